"""Names told as another drug's context in wordings that the short look-behind of
`comparators.comparator_flags` cannot reach: a partner named with its owner and class ("in
combination with Acme Bio's anti-VEGF antibody Y"), the drug a trial's winner beat ("X beat
both placebo and the older blocker Y"), a trial's arm ("X was compared with placebo and with
Acme's oral inhibitor Y") and a control arm told by its result ("79% ..., against 51% on
Y"). None of them is the subject of an event told without a name."""

from __future__ import annotations

import re

from service.extract.keywords import holds_one_of

# A combination's partner with its owner's possessive (a company's name may run to four
# words) and up to four words of description before its name.
_OWNED_PARTNER = re.compile(
    r"\b(?:plus|combin(?:ed|ation)\s+with|together\s+with|added\s+to)\s+"
    r"(?:[A-Z][\w&.-]*\s+){0,3}[A-Z][\w&.-]*['’]s\s+(?:[\w/-]+\s+){0,4}$"
)
# The drug a trial's winner outdid: "X beat both placebo and the older IL-12/23 blocker Y",
# "X topped Acme's Y" (no clause break between the verb and the name).
_BEATEN = re.compile(
    r"\b(?:beat|beats|beating|outperformed|outperforms|topped|tops|bested)\s+[^.;:,!?\"“”]{0,55}$"
)
# What a trial compared its drug with: "X was compared with placebo and with Acme's oral
# inhibitor Y" (no clause break between the verb and the name).
_COMPARED = re.compile(r"\bcompared\s+(?:with|to|against)\s+[^.;:,!?\"“”]{0,55}$")
# A control arm told by its share of patients: "against 51% on Y", "versus 12% of those on
# the older Y", "compared with 30% with Y".
_ARM_RESULT = re.compile(
    r"\b(?:against|versus|vs\.?|compared\s+(?:with|to))\s+\d[\d.]*\s*%\s+"
    r"(?:(?:of|for|in|among)\s+(?:[\w-]+\s+){1,2})?(?:on|with|taking|receiving)\s+"
    r"(?:the\s+)?(?:[\w-]+\s+){0,2}$"
)
_HINTS = ("with", "plus", "added", "beat", "outperform", "top", "bested", "%", "compared")
_REACH = 90


def told_as_context(text: str, start: int) -> bool:
    """The words before the name at `start` make it a partner, a beaten rival or a control
    arm (see module)."""
    before = text[max(0, start - _REACH) : start]
    if not holds_one_of(before, _HINTS):
        return False
    return any(p.search(before) for p in (_OWNED_PARTNER, _BEATEN, _COMPARED, _ARM_RESULT))


def named_as_owned_partner(text: str, start: int) -> bool:
    """A combination's partner named with its owner and class (see `_OWNED_PARTNER`)."""
    return _OWNED_PARTNER.search(text, max(0, start - _REACH), start) is not None
