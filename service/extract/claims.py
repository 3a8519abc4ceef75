"""Claims an article retells in order to deny or correct them: a clarification's "the
article further stated that …", "speculation on social media that …", "the release
incorrectly stated that …". The event such a frame introduces did not happen as told."""

from __future__ import annotations

import re

from service.extract.keywords import holds_one_of
from service.extract.sentences import Segment

_SAYS = (
    r"(?:stated|states|claimed|claims|reported|reports|said|says|suggested|suggests|alleged|"
    r"alleges|asserted|wrote|indicated|indicates|mentioned|noted)"
)
# Frames that retell someone else's words, whatever follows: third-party coverage (a company
# announcing its own news never calls it "the article"), rumour, and copy said to be wrong.
_HEARSAY = re.compile(
    rf"\b(?:articles?|story|stories|newspapers?|columns?|blogs?|coverage|media reports?)\b"
    rf"[^.;]{{0,40}}?\b{_SAYS}\b"
    # A correction's superseded text: "The earlier version also said X holds …".
    rf"|\b(?:earlier|previous|original|prior|initial)\s+versions?\b[^.;]{{0,40}}?\b{_SAYS}\b"
    r"|\b(?:speculation|rumou?rs?|allegations?|hearsay|gossip)\b[^.;]{0,80}?\bthat\b"
    r"|\b(?:incorrectly|erroneously|mistakenly|wrongly|inaccurately|falsely)\s+(?:\w+\s+)?"
    r"(?:stated|reported|identified|described|listed|said|claimed|indicated|referred to|named|"
    r"announced|disclosed|characteri[sz]ed)\b"
    r"|\bmis(?:identified|stated|reported|described|named|labell?ed|characteri[sz]ed)\b",
    re.IGNORECASE,
)
# Frames that retell a document's words, true in most news ("the statement said the FDA
# approved …"): a claim only where a correction follows (see `_CORRECTION_CUES`).
# So do the press told as a verb's subject, and a report with no one behind it: "some media
# reported that X obtained approval", "local outlets claimed …", "it was reported that …".
_DOCUMENT_SAYS = re.compile(
    rf"\b(?:reports?|releases?|announcements?|statements?|posts?|tweets?|publications?)\b"
    rf"[^.;]{{0,40}}?\b{_SAYS}\b|\breports?\s+that\b"
    rf"|\b(?:media|press|outlets?|newspapers?|reporters?|journalists?)\b[^.;]{{0,20}}?\b{_SAYS}\b"
    r"|\b(?:was|were|been|is|are)\s+(?:widely\s+)?(?:reported|rumou?red|claimed)\b"
    r"|\breportedly\b",
    re.IGNORECASE,
)
# A claim whose words the writer quotes, not vouches for: "the websites claimed their
# products were "FDA cleared" or had received "Breakthrough Therapy designation"" (a
# warning letter's copy). The event must open inside the quotation marks.
_QUOTED_CLAIM = re.compile(r"\bclaim(?:ed|s|ing)\b(?:\s+that)?\s", re.IGNORECASE)
_QUOTED_CLAIM_REACH = 120
# The words of a clarification, in the claim's clause or the text just after it.
# (Whole words where a longer one is common: "correctly", "false-positive".)
_CORRECTION_CUES = (
    "clarif", "incorrect", "correction", "corrected", "inaccura", "erroneous", "untrue",
    "not true", "is false", "was false", "are false", "were false", "mislead", "deny",
    "denies", "denied", "no such", "not accurate", "unfounded", "groundless", "retract",
)  # fmt: skip
_CORRECTION_REACH = 400
# A frame fronted as the setting of the main clause, which a comma ends: "Despite rumours
# that the deal had collapsed, the FDA approved X".
_SETTING_BEFORE = re.compile(
    r"\b(?:despite|amid|amidst|notwithstanding|contrary to|in spite of|following|after)\b",
    re.IGNORECASE,
)
# A frame the writer vouches for: "confirmed media reports that the FDA had approved X".
_CONFIRMED_BEFORE = re.compile(r"\b(?:confirm|verif|corroborat)\w*\b", re.IGNORECASE)
# The event itself said to be misreported: "the Breakthrough Therapy designation was
# incorrectly identified", "the Orphan Drug Designation named in the original release was an
# error" (its own phrase, which no comma closes).
_MISTOLD_AFTER = re.compile(
    r"(?:\s+(?:designation|status|approval))?\s+(?:was|were|had been|has been|is)\s+"
    r"(?:incorrectly|erroneously|mistakenly|wrongly|inaccurately)\b"
    r"|[^.;,]{0,90}?\b(?:was|were|is|are)\s+(?:an?\s+)?(?:error|mistake|incorrect|inaccurate|"
    r"erroneous|wrong|untrue)\b",
    re.IGNORECASE,
)
# Chinese hearsay ("有媒体报道称", "网传", "市场传言", "网络上流传的“X已获批”的消息") retells a
# claim; it is one only where the company's denial follows ("公司对此予以否认", "系不实信息",
# "管理层作出澄清"): "据媒体报道，X获批" is news.
_ZH_HEARSAY = re.compile(
    r"(?:媒体|报道|传闻|传言|网传|消息人士|流传|盛传|谣传|谣言|坊间)[^，。；]{0,12}?(?:称|指|说|表示)?"
)
_ZH_DENIALS = ("否认", "辟谣", "不实", "失实", "不属实", "并非事实", "澄清")
_ZH_DENIAL_REACH = 60
# Literals of which each `_MISTOLD_AFTER` match holds one.
_MISTOLD_CUES = (
    "error", "mistake", "incorrect", "inaccurate", "erroneous", "wrong", "untrue",
)  # fmt: skip
# The other term of a contrast: "granted Fast Track rather than Breakthrough Therapy
# designation" (as "…, not Breakthrough Therapy designation" is a negation).
_CONTRASTED = re.compile(r"\b(?:rather than|instead of)\s+(?:(?:the|an?)\s+)?(?:[\w.-]+\s+){0,2}$")
# Literals of which every match of each frame holds one, lower-cased: most clauses hold
# none. (Testing each costs a tenth of one case-blind search for the frame.)
_HEARSAY_HINTS = (
    "article", "stor", "newspaper", "column", "blog", "coverage", "media report", "speculat",
    "rumo", "allegation", "hearsay", "gossip", "incorrect", "erroneous", "mistaken", "wrong",
    "inaccurate", "false", " mis", "version",
)  # fmt: skip
_DOCUMENT_HINTS = (
    "report", "release", "announcement", "statement", "post", "tweet", "publication",
    "media", "press", "outlet", "newspaper", "journalist", "rumo", "claimed",
)  # fmt: skip


def retold_claim(text: str, clause: Segment, start: int, end: int) -> bool:
    """The event at text[start:end] is a claim the clause retells to correct it."""
    window = text[clause.start : start].lower()
    if ("rather" in window or "instead" in window) and _CONTRASTED.search(
        text, max(clause.start, start - 40), start
    ):
        return True
    if holds_one_of(window, _HEARSAY_HINTS):
        for frame in _HEARSAY.finditer(text, clause.start, start):
            if _frames(text, clause, frame, start):
                return True
    if holds_one_of(window, _DOCUMENT_HINTS) and _corrected(text, clause):
        for frame in _DOCUMENT_SAYS.finditer(text, clause.start, start):
            if _frames(text, clause, frame, start):
                return True
    if _denied_hearsay(text, clause, start, end) or _quoted_claim(text, clause, start):
        return True
    if _quoted_description(text, clause, start, end) or _quoted_hearsay(text, clause, start, end):
        return True
    after = text[end : min(clause.end, end + 110)].lower()
    if not holds_one_of(after, _MISTOLD_CUES):
        return False
    return _MISTOLD_AFTER.match(text, end, clause.end) is not None


def _quoted_claim(text: str, clause: Segment, start: int) -> bool:
    """The event opens inside quotation marks after "claimed" (see `_QUOTED_CLAIM`)."""
    low = max(clause.start, start - _QUOTED_CLAIM_REACH)
    if "claim" not in text[low:start].lower():
        return False
    frames = list(_QUOTED_CLAIM.finditer(text, low, start))
    if not frames:
        return False
    quoted = text[frames[-1].end() : start]
    if "“" in quoted or "”" in quoted:
        return quoted.rfind("“") > quoted.rfind("”")
    return quoted.count('"') % 2 == 1


# A document's wording quoted to be corrected: "there was the description "acquired the
# approval of X". This is an error", "the sentence "X was approved" is incorrect".
_QUOTED_WORDING = re.compile(
    r"\b(?:description|wording|sentence|phrase|expression|statement|words)\s*[:,]?\s*[\"“]$",
    re.IGNORECASE,
)
_WORDING_REACH = 80  # from the quotation mark to the event
_VERDICT_REACH = 160  # from the event to the words that call the quotation wrong
_WRONG_WORDING = ("error", "mistake", "incorrect", "erroneous", "inaccurate", "wrong")


def _quoted_description(text: str, clause: Segment, start: int, end: int) -> bool:
    """The event opens inside a quoted wording that the text then calls wrong (see
    `_QUOTED_WORDING`): the quotation is the error, not news."""
    low = max(clause.start, start - _WORDING_REACH)
    mark = max(text.rfind('"', low, start), text.rfind("“", low, start))
    if mark < 0 or not _QUOTED_WORDING.search(text, max(0, mark - 30), mark + 1):
        return False
    return holds_one_of(text[end : end + _VERDICT_REACH].lower(), _WRONG_WORDING)


# A Chinese claim's noun after the event: "获批传闻" (a rumour of approval), or after the
# quotation the event opens: "文章提及该产品“已被纳入附条件批准通道”的说法", "“已获批上市”的传闻"
# (what others say, which the writer does not vouch for).
_CLAIM_NOUN = r"(?:等|这一|这种|一)?的?(?:说法|传闻|传言|谣言)"
_CLAIM_NOUN_AFTER = re.compile(_CLAIM_NOUN)
_QUOTE_CLAIMED_AFTER = re.compile(rf"[^“”。；\n]{{0,40}}?”{_CLAIM_NOUN}")


def _quoted_hearsay(text: str, clause: Segment, start: int, end: int) -> bool:
    """The event is a claim's content (see `_CLAIM_NOUN`)."""
    if _CLAIM_NOUN_AFTER.match(text, end):
        return True
    mark = text.rfind("“", clause.start, start)
    if mark < 0 or text.rfind("”", mark, start) >= 0:
        return False
    return _QUOTE_CLAIMED_AFTER.match(text, end) is not None


def _frames(text: str, clause: Segment, frame: re.Match[str], start: int) -> bool:
    """The frame governs the event after it, unless the writer vouches for it or it only
    sets the main clause's scene."""
    if _CONFIRMED_BEFORE.search(text, clause.start, frame.start()):
        return False
    if not _SETTING_BEFORE.search(text, clause.start, frame.start()):
        return True
    return "," not in text[frame.end() : start]


def _corrected(text: str, clause: Segment) -> bool:
    following = text[clause.start : clause.end + _CORRECTION_REACH].lower()
    return holds_one_of(following, _CORRECTION_CUES)


def _denied_hearsay(text: str, clause: Segment, start: int, end: int) -> bool:
    """A Chinese report or rumour before the event that the text then denies (see
    `_ZH_HEARSAY`): the denial closes the claim's sentence or opens the next."""
    if _ZH_HEARSAY.search(text, clause.start, start) is None:
        return False
    stop = text.find("。", end)
    stop = text.find("。", stop + 1) if stop >= 0 else -1
    after = text[end : min(end + _ZH_DENIAL_REACH, stop if stop >= 0 else len(text))]
    return holds_one_of(after, _ZH_DENIALS)
