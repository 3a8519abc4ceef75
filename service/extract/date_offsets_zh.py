"""Chinese dates told by their distance from the date before them: "次月" (the following
month), "次年" / "翌年" (the following year), "次年3月" (March of the following year),
"两个月后" (two months later). A history told in order dates each step this way, as
`date_offsets` reads the English ones; 同年 and 同月 are the table's (no distance)."""

from __future__ import annotations

import re

from service.extract import chinese_numerals as numerals
from service.extract.date_offsets import Offset
from service.extract.keywords import holds_one_of

_NUMERAL = r"[一二两三四五六七八九十]{1,3}|\d{1,2}"
# (第二年 only after a word that sets a time, not "治疗第二年", a trial's second year.)
_NEXT = r"(?:次|翌|(?<=[于在，,。；;])第二)"
_OFFSET = re.compile(
    rf"{_NEXT}年(?:的)?(?P<mon>\d{{1,2}})月(?:(?P<day>\d{{1,2}})日)?"
    # (Not 次年度, a fiscal year named from now: a plan's.)
    rf"|{_NEXT}(?P<next>年|月)(?!度)"
    # A count opening its clause ("，两个月后获批"), not "获批两个月后": counted from an
    # event it names, or, with 内, a window.
    rf"|(?<=[，,。；;：:\n])(?:仅|约|又|随后)?(?P<n>{_NUMERAL}|半)(?:个)?(?P<unit>月|季度|年)"
    r"(?:之|以)?后",
)
_HINTS = ("次年", "次月", "翌年", "翌月", "第二年", "后")


def find_offsets_zh(text: str, regions: list[tuple[int, int]]) -> list[Offset]:
    """The Chinese anaphors counted from the date before them, in the regions."""
    found = []
    for start, end in regions:
        if not holds_one_of(text[start:end], _HINTS):
            continue
        for match in _OFFSET.finditer(text, start, end):
            offset = _read(match)
            if offset is not None:
                found.append(offset)
    return found


def _read(match: re.Match[str]) -> Offset | None:
    start, end = match.start(), match.end()
    if match["mon"]:
        month = int(match["mon"])
        if not 1 <= month <= 12:
            return None
        if match["day"]:
            # A day of the following year: the table's 同年 form, counted a year on.
            return Offset(start, end, "day", 12, month, int(match["day"]))
        return Offset(start, end, "month", 12, month)
    if match["next"]:
        return Offset(start, end, "month", 1) if match["next"] == "月" else _year(start, end)
    months = _months(match["n"], match["unit"])
    if not months:
        return None
    precision = "quarter" if match["unit"] == "季度" else "month"
    if match["unit"] == "年" and months % 12 == 0:
        precision = "year"
    return Offset(start, end, precision, months)


def _year(start: int, end: int) -> Offset:
    return Offset(start, end, "year", 12)


_UNIT_MONTHS = {"月": 1, "季度": 3, "年": 12}


def _months(numeral: str, unit: str) -> int:
    if numeral == "半":
        return 6 if unit == "年" else 0  # (半个月 is half a month: no month's step)
    if numeral.isdigit():
        number = int(numeral)
    else:
        try:
            number = numerals.count(numeral.replace("两", "二"))
        except KeyError:
            return 0
    return number * _UNIT_MONTHS[unit]
