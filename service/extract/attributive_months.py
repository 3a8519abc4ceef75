"""A month named without a preposition, as a word that qualifies the event's noun: "the
FDA's November approval", "its March filing", "January's complete response letter".

Copy drops the "in" when the month stands before the noun, as an adjective or a
possessive; the month still dates the event. (The rows that read them are in
`date_patterns`; these are the texts they need before, or must not have before.)
"""

from __future__ import annotations

import re

# The owner's possessive before the month: "the FDA's November approval", "its March filing".
OWNER_BEFORE = re.compile(r"(?:['’]s|\b[Ii]ts|\b[Tt]heir)\s+$")
# "last January's letter" is read by the row of "last <month>"; a month ahead is a plan's:
# "next January's decision", "this coming March's meeting".
NAMED_YEAR_BEFORE = re.compile(r"\b(?:[Ll]ast|[Nn]ext|[Cc]oming|[Tt]his)\s+$")
