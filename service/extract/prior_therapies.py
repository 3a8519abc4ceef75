"""A drug named as the treated population's earlier therapy: "approved X for adults who cannot
take Y", "for patients whose disease progressed on or after Y", "in people refractory to Y".
Y describes who the patients are, as an indication does; the event is not Y's, whatever name
copy puts closest to its verb."""

from __future__ import annotations

import re

from service.extract.keywords import holds_one_of

# What the patients' history says of the therapy, just before its name (a list of prior
# treatments may sit between: "after two or more prior therapies, including Y").
_HISTORY_BEFORE = re.compile(
    r"(?:\b(?:respon(?:d|ds|ded|ding|se|ses)|refractory|resistant|resistance|intoleran(?:t|ce)|"
    r"relaps(?:ed|es|ing)|progress(?:ed|es|ing|ion)|recurr(?:ed|ing|ence)|fail(?:ed|ing|ure))"
    r"(?:\s+(?:adequately|sufficiently|well|fully|partially))?\s+(?:to|on|of|after|following)"
    # ("tumours that escape Y": the patients' disease outgrew Y.)
    r"|\btolerat(?:e|ed|ing)|\bescap(?:e|es|ed|ing)|\bfail(?:ed|ing)?|\b(?:after|following)"
    r"|\bpreviously\s+(?:received|receiving|been\s+given)"
    r"|\b(?:therapies|therapy|treatments|regimens|lines)\s+(?:including|such\s+as))"
    r"(?:\s*,)?\s+(?:(?:prior|previous|earlier|first-line|standard)\s+)?"
    r"(?:(?:treatment|therapy)\s+(?:with\s+)?)?$",
    re.IGNORECASE,
)
_HISTORY_WORDS = (
    "respon", "refractory", "resist", "intoleran", "relaps", "progress", "recurr", "fail",
    "tolerat", "escap", "after", "following", "previously", "including", "such as",
)  # fmt: skip
# The patients the history is of, earlier in the same sentence.
_PATIENTS = (
    "patients", "adults", "children", "adolescents", "people", "individuals", "participants",
    "subjects", "infants", "those who", "men ", "women ",
)  # fmt: skip
# The name as the subject of what follows ("after Y won approval", "following Y's launch").
_SUBJECT_AFTER = re.compile(
    r"(?:['’]s\b|\s+(?:was|were|is|are|has|had|won|gained|received|got|became)\b)"
)
# Or the indication names them: "an sBLA for hepatocellular carcinoma after Y" is for the
# patients whose carcinoma was treated with Y before, even when a verb follows the name
# ("… after Y won accelerated approval": the sBLA won it).
_DISEASE_AFTER = re.compile(
    r"\bfor\s+[^,.;]{0,60}?\b"
    r"(?:cancer|carcinoma|tumou?rs?|leuka?emia|lymphoma|myeloma|melanoma|sarcoma|disease)"
    r"\s+(?:after|following)\s+(?:(?:prior|previous)\s+)?$"
)
_SENTENCE_BREAKS = (". ", ";", "\n", "。", "；")
_REACH = 200
# Chinese tells the history around the name, the patients after it: "既往接受过至少两种TKI
# （包括Y）治疗的患者", "经Y治疗后进展的患者", "对Y耐药或不耐受的患者".
_ZH_HISTORY_BEFORE = re.compile(r"(?:既往|曾经?|先前)(?:接受|使用|经)[^，。；]{0,30}$|[经对]$")
_ZH_HISTORY_AFTER = re.compile(
    r"[）)]?等?[^，。；]{0,8}?(?:治疗(?:后|失败|进展|无效|的)|耐药|不耐受|难治)[^。；]{0,40}?(?:患者|人群)"
)
_ZH_HINTS = ("既往", "曾", "先前", "经", "对")


def prior_therapy(text: str, start: int, end: int) -> bool:
    """The name at text[start:end] is a therapy the patients had before (see module)."""
    if _chinese_history(text, start, end):
        return True
    near = text[max(0, start - 60) : start].lower()
    if not holds_one_of(near, _HISTORY_WORDS):
        return False
    if _DISEASE_AFTER.search(near):
        return True
    if _HISTORY_BEFORE.search(near) is None or _SUBJECT_AFTER.match(text, end):
        return False
    window = text[max(0, start - _REACH) : start]
    cut = max(window.rfind(b) for b in _SENTENCE_BREAKS)
    return holds_one_of(window[cut + 1 :].lower(), _PATIENTS)


def _chinese_history(text: str, start: int, end: int) -> bool:
    """Chinese words of the patients' history around the name (see `_ZH_HISTORY_BEFORE`)."""
    before = text[max(0, start - 40) : start]
    if not holds_one_of(before, _ZH_HINTS) or _ZH_HISTORY_BEFORE.search(before) is None:
        return False
    return _ZH_HISTORY_AFTER.match(text, end) is not None
