"""Imports authorised for named patients: an exceptional-access permit lets one hospital or
patient bring in an unregistered medicine ("authorised the import of X for a single named
patient"). It is no marketing authorisation, whatever verb grants it."""

from __future__ import annotations

import re

from service.extract.event_words import Match
from service.extract.sentences import Segment

_IMPORT_AFTER = re.compile(
    r"\s+(?:the\s+)?(?:import(?:ation)?s?\s+of|to\s+import)\b", re.IGNORECASE
)
_NAMED_PATIENT = re.compile(
    r"\b(?:named[- ]patients?|(?:single|one|individual|specific)\s+(?:named\s+)?patients?|"
    r"compassionate|exceptional[- ]access|special[- ]access|expanded[- ]access)\b",
    re.IGNORECASE,
)


def named_patient_import(text: str, clause: Segment, match: Match, sentence: Segment) -> bool:
    """The approval authorises an import for named patients (see the module)."""
    if _IMPORT_AFTER.match(text, match.end(), clause.end) is None:
        return False
    return _NAMED_PATIENT.search(text, match.end(), sentence.end) is not None
