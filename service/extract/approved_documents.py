"""An approval told of a document, not a drug: "approved" as a trial document's adjective,
or in a relative clause after a document's noun.

A trial's document named with "approved" before it ("according to the approved plan") is a
thing the sentence is about, not an event it reports. A trial's approval letter is often
described by who signed it: "received the Clinical Trial Approval Notice, which is approved
and issued by the NMPA" (machine-translated Chinese keeps 批准签发 as "approved and
issued"). What was approved there is the notice, which the sentence already reports as its
own event; the verb tells no licence.
"""

from __future__ import annotations

import re

from service.extract.event_words import Match

# A trial's document named with "approved" as its adjective: "its approved protocol".
_APPROVED_DOCUMENT = re.compile(
    r"\b(?:the|its|their|this|that)\s+(?P<word>approved)\s+(?:[\w-]+\s+){0,3}?(?:plans?|"
    r"protocols?|designs?|trials?|stud(?:y|ies))\b",
    re.IGNORECASE,
)
# The document's noun, its closing quote (and a short phrase: "for X on June 10,"), then
# the relative pronoun and a passive's auxiliary straight before "approved".
_DOCUMENT_RELATIVE = re.compile(
    r"\b(?:notices?|notifications?|certificates?|letters?|permits?|documents?|decisions?"
    r"|approvals?)[\"'”’]?(?:\s+[^.;\"”]{0,40}?)?\s*,?\s*(?:which|that)\s+(?:is|was|were|are|has\s+been|had\s+been)"
    r"\s+$",
    re.IGNORECASE,
)


def approved_document(text: str, match: Match) -> bool:
    """The match's "approved" is a trial document's adjective (see `_APPROVED_DOCUMENT`) or
    a document's description (see `_DOCUMENT_RELATIVE`)."""
    if not text.startswith("approved", match.start()):
        return False
    found = _APPROVED_DOCUMENT.search(text, max(0, match.start() - 6), match.end() + 40)
    if found is not None and found.start("word") == match.start():
        return True
    low = max(0, match.start() - 60)
    return _DOCUMENT_RELATIVE.search(text, low, match.start()) is not None
