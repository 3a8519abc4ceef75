"""A drug said to meet a status's criteria: an eligibility, not the status granted."""

from __future__ import annotations

import re

# The verb of meeting before the event's words, the criteria after them: "符合突破性治疗品种的
# 纳入条件", "满足优先审评的认定标准", "已符合附条件批准上市的条件" (a company's reading of
# the rules; the application is still to come).
_MEETS_ZH = re.compile(r"符合|满足|具备|达到")
_CRITERIA_AFTER_ZH = re.compile(
    r"[^，。；]{0,6}?的?(?:纳入|认定|申请|申报|适用|入选|审评)?(?:条件|标准|门槛)"
)
# English names the criteria first: "meets the criteria for Breakthrough Therapy
# designation", "satisfies the requirements for accelerated approval", "qualifies for".
_CRITERIA_BEFORE_EN = re.compile(
    r"(?:\b(?:meets?|meeting|satisf(?:y|ies|ying)|fulfil(?:s|ls|ling)?)\s+(?:(?:all|the|its)\s+){0,2}"
    r"(?:criteria|requirements|conditions|standards?)\s+(?:for|of)\s+"
    r"|\bqualif(?:y|ies|ying)\s+for\s+)"
    r"(?:(?:the|an?)\s+)?(?:[\w-]+\s+){0,3}?$",
    re.IGNORECASE,
)
_EN_WORDS = ("criteria", "requirement", "condition", "standard", "qualif")


def criteria_met(text: str, floor: int, start: int, end: int, phrase_end: int) -> bool:
    """The event's words name a status whose criteria the drug is said to meet, in the phrase
    from `floor` to `phrase_end`: Chinese puts the criteria after them, English before."""
    if _MEETS_ZH.search(text, floor, start) is not None:
        return _CRITERIA_AFTER_ZH.match(text, end, phrase_end) is not None
    window = text[max(floor, start - 80) : start].lower()
    if not any(word in window for word in _EN_WORDS):
        return False
    return _CRITERIA_BEFORE_EN.search(text, max(floor, start - 80), start) is not None
