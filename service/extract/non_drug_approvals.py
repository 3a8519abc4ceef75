"""Approvals that are no medicine's licence: given by a body that licenses no medicine (a
company's board, its shareholders, an institutional review board or ethics committee, a
prefecture), or given to a thing that is not the medicine (a manufacturing site or plant, a
diagnostic test). The verb is a regulator's; the sentence is about something else."""

from __future__ import annotations

import re

from service.extract.event_words import Match
from service.extract.rules import Guarded
from service.extract.sentences import Segment

# A body that approves budgets, protocols and plants, never a medicine: a company's own board
# ("Acme's board", "our board", "the company's board of directors"), its owners, a hospital's
# review board or ethics committee, a local government.
_BODY = (
    r"\b(?:(?:[\w-]+['’]s|our|its|their)\s+(?:\w+\s+)?board(?:\s+of\s+directors)?"
    r"|institutional\s+review\s+boards?|IRBs?|(?:research\s+)?ethics\s+(?:committees?|boards?)"
    r"|(?:share|stock)holders|(?:annual|extraordinary)\s+general\s+meeting"
    r"|prefecture|prefectural\s+(?:government|authorit(?:y|ies)))\b"
)
_BODY_BEFORE = Guarded(
    re.compile(_BODY + r"[^.;]{0,90}?$", re.IGNORECASE),
    ("board", "irb", "ethics", "holders", "general meeting", "prefect"),
)
# Or named as the approval's modifier: "the study has received ethics committee approval",
# "won IRB approval for the protocol".
_BODY_APPROVAL = Guarded(
    re.compile(_BODY + r"\s+(?:approvals?|clearance|sign-off)\b", re.IGNORECASE),
    ("board", "irb", "ethics", "holders", "general meeting", "prefect"),
)
# A regulator named before the verb may be the one that acted ("the FDA and the IRB").
_REGULATOR = re.compile(
    r"\b(?:FDA|EMA|PMDA|MHLW|NMPA|CDE|MHRA|TGA|MFDS|Health\s+Canada|Swissmedic|agency"
    r"|regulators?|(?:European\s+)?Commission|ministry)\b",
    re.IGNORECASE,
)
# Chinese names the body just before its verb, an adverb at most between: "董事会审议通过",
# "伦理委员会亦已批准".
_BODY_ZH = re.compile(
    r"(?:董事会|监事会|股东大会|股东会|伦理委员会|伦理审查委员会)"
    r"(?:亦|也|均|已|已经|同意|审议|正式){0,3}(?:批准|通过)$"
)

# What was approved, told right after the verb, is a place the medicine is made: "approved a
# prior approval supplement adding a new plant as a manufacturing site", "approved the
# company's new fill-finish facility".
_SITE_OBJECT = re.compile(
    r"\s+(?:(?:an?|the|its|their|our)\s+)?(?:[\w'’-]+\s+){0,4}?"
    r"(?:supplements?|variations?|changes?)\b[^.;]{0,80}?\b(?:plants?|facilit(?:y|ies)|"
    r"(?:manufacturing|production)\s+(?:sites?|lines?))\b"
    r"|\s+(?:(?:an?|the|its|their|our)\s+)?(?:[\w'’-]+\s+){0,3}?(?:new\s+)?(?:[\w-]+\s+)?"
    r"(?:plants?|facilit(?:y|ies)|(?:manufacturing|production)\s+(?:sites?|lines?))\b",
    re.IGNORECASE,
)
# Or a test that selects the patients, named as the object's head: "approved Acme's XYZ
# assay as a companion diagnostic" (not "approved X with the XYZ test", the drug's approval).
_TEST_OBJECT = re.compile(
    r"\s+(?:(?:an?|the|its|their)\s+)?(?:(?!(?:and|with|plus|for|in|alongside)\b)[\w.'’-]+\s+)"
    r"{0,5}?(?:assays?|tests?|test\s+kits?|(?:companion\s+)?diagnostics?|CDx)\b"
    r"(?!\s+(?:and|with|plus|together)\b)",
    re.IGNORECASE,
)

# "Prior approval supplement" is the name of an application to change how a product is made.
_SUPPLEMENT_AFTER = re.compile(r"\s+supplements?\b", re.IGNORECASE)

# Or a trial's design the regulator agreed with: "the FDA approved our phase 3 design",
# "approved the trial's endpoints" (a design agreed is no licence; a trial cleared is told as
# a trial or a study, which `triggers` reads as a clearance before this runs).
_DESIGN_OBJECT = re.compile(
    r"\s+(?:(?:the|its|their|our|your|his|her)\s+)?(?:[\w'’-]+\s+){0,3}?"
    r"(?:designs?|endpoints?|development\s+plans?|statistical\s+analysis\s+plans?)\b",
    re.IGNORECASE,
)

# A rank among approved products, its verb made a noun's attribute: "这是公司首个获批上市的
# 产品" says what the product is, an approval the article tells elsewhere.
_RANKED_ZH = re.compile(r"(?:首个|首款|第一个|第一款|唯一)[^，。；]{0,4}$")
_PRODUCT_AFTER_ZH = re.compile(r"(?:上市)?的(?:产品|药物|药品|新药|品种)")


def non_drug_approval(text: str, clause: Segment, match: Match, chinese: bool, kind: str) -> bool:
    """The approval's giver licenses no medicine, or its object is no medicine (nor, for an
    approval, a trial's design: see `_DESIGN_OBJECT`)."""
    if chinese:
        if _RANKED_ZH.search(text, max(clause.start, match.start() - 8), match.start()):
            return _PRODUCT_AFTER_ZH.match(text, match.end()) is not None
        return _BODY_ZH.search(text, max(clause.start, match.start() - 16), match.end()) is not None
    if _by_a_body(text, clause, match.start()) or _of_a_thing(text, match):
        return True
    if _BODY_APPROVAL.search(text, match.start(), min(clause.end, match.end() + 12)):
        return True
    if quantified(text, match):
        return True
    return kind == "approval" and _of_a_design(text, match)


def _by_a_body(text: str, clause: Segment, start: int) -> bool:
    """A body of `_BODY` is the verb's subject, and no regulator is named before the verb."""
    if _BODY_BEFORE.search(text, max(clause.start, start - 140), start) is None:
        return False
    return _REGULATOR.search(text, clause.start, start) is None


def _of_a_thing(text: str, match: Match) -> bool:
    """The verb is the match's last word and its object is a site or a test; or the noun
    names the FDA's manufacturing supplement ("a prior approval supplement")."""
    if _SUPPLEMENT_AFTER.match(text, match.end()):
        return True
    if not _verb_last(match):
        return False
    end = min(len(text), match.end() + 160)
    return bool(
        _SITE_OBJECT.match(text, match.end(), end) or _TEST_OBJECT.match(text, match.end(), end)
    )


# "approved" as the adjective of any one of a kind: "every approved option is injected",
# "all approved therapies in the class" (products of the kind, no event).
_QUANTIFIED = re.compile(r"\b(?:every|each|all|any|other|existing|currently)\s+$", re.IGNORECASE)


def quantified(text: str, match: Match) -> bool:
    """The match is "approved" after a quantifier (see `_QUANTIFIED`)."""
    if match.group().lower() != "approved":
        return False
    return _QUANTIFIED.search(text, max(0, match.start() - 12), match.start()) is not None


def _of_a_design(text: str, match: Match) -> bool:
    """The verb is the match's last word and its object a trial's design."""
    if not _verb_last(match):
        return False
    return _DESIGN_OBJECT.match(text, match.end(), min(len(text), match.end() + 80)) is not None


def _verb_last(match: Match) -> bool:
    """The match ends on the verb "approve" (its object follows it)."""
    return match.group().lower().endswith(("approved", "approves", "approve"))
