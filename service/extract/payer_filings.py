"""Filings made to a payer, not to a regulator: a price dossier, an application for
reimbursement, a request for formulary listing. They ask what a medicine will cost or who
pays for it, after its licence; they are no marketing application, whatever verb files them.
"""

from __future__ import annotations

import re

from service.extract.event_words import Match
from service.extract.sentences import Segment

# (Not "listing": translated Chinese copy calls a marketing application a "listing
# application", 上市申请.)
_PAYER_ASK = (
    r"(?:price|pricing|prices|reimbursement|coverage|formulary|funding|tender|"
    r"health technology assessment|HTA)"
)
# The filing named by what it asks ("the price dossier", "a reimbursement application").
_PAYER_NOUN = re.compile(
    rf"\b{_PAYER_ASK}\s+(?:[\w-]+\s+)?(?:dossiers?|applications?|requests?|submissions?|files?)\b",
    re.IGNORECASE,
)
# Or the filing, then what it asks for ("an application for reimbursement to the NHIA").
_ASKS_PAYER = re.compile(
    rf"\s+(?:for|of)\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){{0,2}}?{_PAYER_ASK}\b", re.IGNORECASE
)


def payer_filing(text: str, match: Match, sentence: Segment) -> bool:
    """The filing the match reports asks a payer, not a regulator (see the module)."""
    if _PAYER_NOUN.search(text, match.start(), match.end()):
        return True
    return _ASKS_PAYER.match(text, match.end(), sentence.end) is not None
