"""An approval told of a document, in a relative clause after it.

A trial's approval letter is often described by who signed it: "received the Clinical
Trial Approval Notice, which is approved and issued by the NMPA" (machine-translated
Chinese keeps 批准签发 as "approved and issued"). What was approved there is the notice,
which the sentence already reports as its own event; the verb tells no licence.
"""

from __future__ import annotations

import re

from service.extract.event_words import Match

# The document's noun, its closing quote (and a short phrase: "for X on June 10,"), then
# the relative pronoun and a passive's auxiliary straight before "approved".
_DOCUMENT_RELATIVE = re.compile(
    r"\b(?:notices?|notifications?|certificates?|letters?|permits?|documents?|decisions?"
    r"|approvals?)[\"'”’]?(?:\s+[^.;\"”]{0,40}?)?\s*,?\s*(?:which|that)\s+(?:is|was|were|are|has\s+been|had\s+been)"
    r"\s+$",
    re.IGNORECASE,
)


def approves_a_document(text: str, match: Match) -> bool:
    """The match's verb is a document's description (see `_DOCUMENT_RELATIVE`)."""
    if not text.startswith("approved", match.start()):
        return False
    low = max(0, match.start() - 60)
    return _DOCUMENT_RELATIVE.search(text, low, match.start()) is not None
