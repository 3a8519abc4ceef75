"""Events told as happening everywhere or in unnamed countries abroad: no one regulator's."""

from __future__ import annotations

import re

from service.extract.event_words import Trigger

# "pirfenidone and nintedanib are approved worldwide": approved everywhere is no one
# regulator's event, and the treatment landscape a background sentence sketches.
# Nor is one in a count of countries left unnamed: "approved in several markets in Asia",
# "approved in more than 40 countries", "in five countries" (as the Chinese "在多个国家获批"
# below).
_COUNT = r"(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a dozen|dozens of)"
_NOWHERE = re.compile(
    r"(?:\s+(?:for\s+)?(?:marketing|use|sale))?\s+(?:worldwide|globally|around the world)\b"
    rf"|\s+in\s+(?:several|many|multiple|numerous|various|(?:more than|over)\s+{_COUNT}"
    rf"|{_COUNT}|a (?:number|range) of)\s+(?:other\s+)?(?:markets|countries|territories"
    r"|jurisdictions)\b"
)
# Chinese puts the places before the verb: "已在海外多个国家和地区获批上市", "在全球40多个
# 国家获批", "在境外上市": abroad, or a count of countries, names none of them.
_ABROAD = r"(?:海外|境外|国外|全球|世界|国际)(?:范围内|各地)?"
_COUNTED = r"(?:多|\d+多?|[一二两三四五六七八九十几数]+多?)个?(?:国家|地区)(?:(?:和|及|或|与)地区)?"
_NOWHERE_ZH = re.compile(
    rf"在(?:{_ABROAD}(?:{_COUNTED})?|{_COUNTED})(?:市场)?内?(?:均|都|已|先后|陆续|相继)*$"
)
_REACH = 30


def names_no_place(text: str, trigger: Trigger, chinese: bool) -> bool:
    """The event is told as happening worldwide or in countries the clause leaves unnamed
    (the caller has found no regulator named for it)."""
    clause = trigger.clause
    if not chinese:
        return _NOWHERE.match(text, trigger.end, min(clause.end, trigger.end + _REACH)) is not None
    low = max(clause.start, text.rfind("，", clause.start, trigger.start) + 1)
    return _NOWHERE_ZH.search(text, max(low, trigger.start - _REACH), trigger.start) is not None
