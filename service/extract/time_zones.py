"""Days told on Beijing's clock: Chinese copy (and its translations) about a foreign
regulator's act dates the company's announcement in Beijing time and the act in the
regulator's own local time, often a day apart ("北京时间10月16日，X宣布，FDA已于美国时间
10月15日批准…", "On October 16, Beijing time, X announced that the FDA approved … on
October 15, US local time"). The Beijing day is the announcement's; the other is the event's.
"""

from __future__ import annotations

import re

from service.extract.date_mentions import DateMention

# The mark before the day ("北京时间10月16日", "Beijing time October 16") or after it
# ("October 16, Beijing time", "10月16日（北京时间）", "October 16 (Beijing time)").
_BEFORE = re.compile(r"(?:北京时间|Beijing\s+time,?)\s*(?:on\s+)?$", re.IGNORECASE)
_AFTER = re.compile(r",?\s*[(（]?\s*(?:北京时间|Beijing\s+time)", re.IGNORECASE)
_HINTS = ("北京时间", "Beijing", "beijing")


def in_beijing_time(text: str, date: DateMention) -> bool:
    """Whether the copy tells the day in Beijing time."""
    low = max(0, date.start - 20)
    if not any(h in text[low : date.end + 20] for h in _HINTS):
        return False
    return bool(_BEFORE.search(text, low, date.start) or _AFTER.match(text, date.end))


def local_days(text: str, pool: list[DateMention]) -> list[DateMention]:
    """The pool without its days told in Beijing time when it holds another day: that one
    is the act's, told on the clock of the place where it happened."""
    if len(pool) < 2:
        return pool
    local = [d for d in pool if not in_beijing_time(text, d)]
    if len(local) == len(pool) or not any(d.precision == "day" for d in local):
        return pool
    return local
