"""Dates written in digits and separators: year first ("2025-06-03", "2025/06/03",
"2025.06.03"), a form's "10/3/2025" and "07/2025", Europe's dotted "03.06.2025", Chinese
copy's short "25/6/3" and a roundup's month-slash-day "7/15"; the rows `date_patterns`
reads them by."""

from __future__ import annotations

import re

from service.extract import date_resolvers as en
from service.extract import date_resolvers_zh as zh

# A date's digits that run on from a longer number are no date of their own. (The "before"
# patterns end in \Z, not $: a line ending in a number or a stop, "No 726/2004", runs on
# into no date opening the next line, "11/09/2023 | …", which $ would match before.)
DIGIT_BEFORE = re.compile(r"\d\Z")

# Year first, its parts split by one separator used twice: "2025-06-03", the "2025/06/03"
# of Chinese, Japanese and Korean releases, the "2025.06.03" of their timelines. Year first
# is never day first, so no order need be guessed; a longer run ("2025.06.03.1") is a code.
ISO = (
    r"(?P<y>(?:19|20)\d\d)(?P<sep>[-/.])(?P<m>[01]?\d)(?P=sep)(?P<d>[0-3]?\d)"
    r"(?!\d|[-/.]\d)"
)
# A form's or a table's numeric date, "10/3/2025" (see `date_resolvers.numeric` for the order).
NUMERIC = r"(?P<a>[0-3]?\d)/(?P<b>[0-3]?\d)/(?P<y>(?:19|20)\d\d)(?![\d/])"
_SLASH_OR_DIGIT_BEFORE = re.compile(r"[\d/]\Z")
# A pipeline table's or a form's month with its year, "07/2025", "granted 1/2026" (not the
# tail of "10/3/2025", a ratio or a numbered act: "Decree No. 12/2025", "Law 5/2024").
_MONTH_SLASH_YEAR = r"(?P<m>1[0-2]|0?[1-9])/(?P<y>(?:19|20)\d\d)(?![\d/%]|[.,-]\d)"
_NUMBERED_BEFORE = re.compile(
    r"(?:[\d/.:-]|\b(?:No|Nos|Nr|n[º°o]|Law|Decree|Act|Order|Resolution|Regulation|"
    r"Directive|Decision|Ordinance|RDC|Article|Art)\.?[ \t]*)\Z",
    re.IGNORECASE,
)
# European copy dots its dates day first: "03.06.2025" is 3 June (no country dots them month
# first). Not inside a longer dotted run, a version ("v1.2.2025") or a decimal.
_DOTTED = r"(?P<d>[0-3]?\d)\.(?P<m>[01]?\d)\.(?P<y>(?:19|20)\d\d)(?!\d|[.,]\d)"
_CODE_BEFORE = re.compile(r"(?:[\d.,/]|\b[Vv](?:ersion)?[ \t]*)\Z")
# Chinese timelines, and copy translated from them, write a month year first with a dot:
# "granted in 2024.8" is August 2024. Not a day's date's head ("2023.9.14"), nor an amount
# ("RMB 2024.5 million"), whose decimal is followed by its unit or sign.
_YEAR_DOT_MONTH = (
    r"(?P<y>20\d\d)\.(?P<m>1[0-2]|0?[1-9])(?![\d.]\d|\d)"
    r"(?!\s*(?:%|million|billion|mn|bn|thousand|亿|万|元))"
)
_AMOUNT_BEFORE = re.compile(r"(?:[\d.,/$¥€£]|\b(?:RMB|USD|HKD|EUR|[Vv](?:ersion)?)[ \t]*)\Z")
# Chinese copy shortens the year of a year-first date to two digits: "于25/6/3获得" is 3 June
# 2025. Only right after a Chinese character, where no fraction or score stands.
_SHORT_YEAR = r"(?P<y>[1-3]\d)/(?P<m>[01]?\d)/(?P<d>[0-3]?\d)(?![\d/])"
_CHINESE_BEFORE = re.compile(r"[\u4e00-\u9fff，、：（]$")
# Weekly roundups, Chinese and translated, write a day of this year month first with a
# slash: "1/6，国家药监局…", "7/15公示的品种", "上周五（1/9）", "included … on 9/1". A slash
# also writes fractions ("1/3的患者") and phases ("1/2期"): only where a day stands, after
# "on", "dated" or "came" in English ("the decision came 7/18"), or as the first cell of a
# table's row ("11/15 | Health Canada | …"); in Chinese after a sentence's or a phrase's
# opening (or a weekday's bracket, or the clock it is told on: "美国东部时间3/3") and before
# a comma, a bracket, a range's dash or an event's word (or a letter's receipt: "3/3收到").
_MONTH_SLASH_DAY = r"(?P<m>1[0-2]|0?[1-9])/(?P<d>3[01]|[12]\d|0?[1-9])(?![\d/%]|\.\d)"
_ON_BEFORE = re.compile(r"\b(?:[Oo]n|dated|came)\s+$")
_ROW_CELL_AFTER = r"(?=[ \t]*\|)"
_LINE_START = re.compile(r"\n$")
_ZH_SLASH_DAY_AFTER = r"(?=[，,、）)—–~至起晚早当获被经]|公示|发布|宣布|正式|收到)"
_ZH_DAY_OPENING = re.compile(
    r"(?:^|[\n。；：，]|[—–~]|(?:周|星期)[一二三四五六日天][（(]|[于自至]"
    r"|(?:东部|美东|北京|当地|美国|欧洲中部)时间)$"
)
# Chinese roundups also dot a day of this year month first: "6.12，某公司…获准开展", "已于3.5完成
# 首例给药". A dot also writes decimals ("3.5亿元", "评分：3.5"): only after a sentence's or a
# phrase's opening or "于", and before a comma, a bracket, a range's dash or an event's word.
_MONTH_DOT_DAY = _MONTH_SLASH_DAY.replace("/", r"\.") + r"(?![.%])"
_ZH_DOT_DAY_AFTER = r"(?=[，,、）)—–~至起晚早当获被经]|公示|发布|宣布|正式|收到|完成)"
_ZH_DOT_DAY_OPENING = re.compile(r"(?:^|[\n。；，]|[于自至])$")

# (pattern, resolver, text that must precede, text that must not precede), as in `date_patterns`.
ROWS: tuple[tuple[str, en.Resolver, re.Pattern[str] | None, re.Pattern[str] | None], ...] = (
    (ISO, en.iso, None, DIGIT_BEFORE),
    (NUMERIC, en.numeric, None, _SLASH_OR_DIGIT_BEFORE),
    (_MONTH_SLASH_YEAR, zh.month_year, None, _NUMBERED_BEFORE),
    (_DOTTED, en.iso, None, _CODE_BEFORE),
    (_YEAR_DOT_MONTH, zh.month_year, None, _AMOUNT_BEFORE),
    (_SHORT_YEAR, en.short_year, _CHINESE_BEFORE, None),
    (_MONTH_SLASH_DAY, zh.month_day, _ON_BEFORE, None),
    (_MONTH_SLASH_DAY + _ROW_CELL_AFTER, zh.month_day, _LINE_START, None),
    (_MONTH_SLASH_DAY + _ZH_SLASH_DAY_AFTER, zh.month_day, _ZH_DAY_OPENING, None),
    (_MONTH_DOT_DAY + _ZH_DOT_DAY_AFTER, zh.month_day, _ZH_DOT_DAY_OPENING, None),
)
# Each row's hints, as `date_patterns.HINTS` reads them. A month before its slash ends in a
# digit: "1/" … "9/" share their tail, so a text's URLs and "and/or" cost one search, not a scan.
_DIGIT_SLASH = tuple(f"{digit}/" for digit in "0123456789")
_DIGIT_DOT = tuple(f"{digit}." for digit in "0123456789")
HINTS: tuple[tuple[str, ...], ...] = (
    ("20", "19"), ("/20", "/19"), ("/20", "/19"), (".20", ".19"), ("20",), ("/",),
    _DIGIT_SLASH, _DIGIT_SLASH, _DIGIT_SLASH, _DIGIT_DOT,
)  # fmt: skip
