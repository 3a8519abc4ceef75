"""What each regulator grants and what it calls an application: the designations only
some regulators grant, the FDA's accelerated approval, the EU's and the UK's MAAs beside
the FDA's NDAs and BLAs. An event whose regulator is told elsewhere borrows only one whose
remit holds it."""

from __future__ import annotations

import re

from service.extract.agencies import Regulator
from service.extract.context import Context
from service.extract.event_words import Trigger

# Designations only one regulator grants name it where the article names no regulator at
# all ("- Fast Track designation granted on May 2" in a pipeline list).
_OWNERS = {
    "fast_track": Regulator(0, 0, "FDA", "US", 1),
    "rare_pediatric_disease": Regulator(0, 0, "FDA", "US", 1),
    "rmat": Regulator(0, 0, "FDA", "US", 1),
    "qidp": Regulator(0, 0, "FDA", "US", 1),
    "prime": Regulator(0, 0, "EMA", "EU", 1),
    "sakigake": Regulator(0, 0, "PMDA", "JP", 1),
    "innovation_passport": Regulator(0, 0, "MHRA", "UK", 1),
    "provisional_determination": Regulator(0, 0, "TGA", "AU", 1),
}

# Where the designations only some regulators grant come from (China's NMPA grants its own
# breakthrough therapy designation, Saudi Arabia's SFDA its "Breakthrough Medicine" one).
_GRANTORS = {
    "breakthrough_therapy": ("US", "CN", "SA"),
    **{name: (owner.jurisdiction,) for name, owner in _OWNERS.items()},
}

# "Accelerated approval" is the FDA's pathway alone (the EU's and Japan's are conditional):
# an approval told by it, its regulator unnamed, is the FDA's, not the article's most named.
_ACCELERATED = re.compile(r"\baccelerated approval\b", re.IGNORECASE)
_FDA = Regulator(0, 0, "FDA", "US", 1)

# Applications by the names some regulators give them: the EU's and the UK's are MAAs,
# the FDA's NDAs and BLAs (as China's and Japan's new drug applications are NDAs).
_FILING_STEPS = ("application_submission", "application_acceptance")
_MAA_PLACES = ("EU", "UK")
_US_KINDS = re.compile(
    r"\b(?:s?NDA|s?BLA|(?:new drug|biologics? licen[cs]e) application)\b", re.IGNORECASE
)
_MAA = re.compile(r"\bMAA\b|marketing authori[sz]ation application", re.IGNORECASE)


def sole_grantor(ctx: Context, trigger: Trigger) -> Regulator | None:
    """The one regulator that grants what the event names, where only one does."""
    owner = _OWNERS.get(trigger.attributes.get("designation", ""))
    if owner is None and (_accelerated(ctx, trigger) or _supplement_approved(ctx, trigger)):
        owner = _FDA
    return owner


# "The adjuvant sBLA was approved October 18": a supplement by the FDA's name for it, approved.
_SUPPLEMENT = re.compile(r"\bs(?:NDA|BLA)\b")


def _supplement_approved(ctx: Context, trigger: Trigger) -> bool:
    return trigger.type == "approval" and bool(
        _SUPPLEMENT.search(ctx.text, trigger.clause.start, trigger.end)
    )


def _accelerated(ctx: Context, trigger: Trigger) -> bool:
    clause = trigger.clause
    return trigger.type == "approval" and bool(
        _ACCELERATED.search(ctx.text, clause.start, clause.end)
    )


def fits(ctx: Context, trigger: Trigger, regulator: Regulator) -> bool:
    """Whether the regulator grants the designation the event names, or receives the kind
    of application its words name: a history moving from one regulator to the next ("The
    EMA granted orphan status. BTD followed, and the NDA was submitted in 2016") does not
    lend the EMA a designation only others grant, nor an application it has no name for."""
    places = _GRANTORS.get(trigger.attributes.get("designation", ""))
    if places is not None:
        return regulator.jurisdiction in places
    if _accelerated(ctx, trigger):
        return regulator.jurisdiction == "US"
    if trigger.type == "approval" and regulator.jurisdiction in _MAA_PLACES:
        # An approval of an application by the FDA's name is no approval in the EU or UK.
        return _US_KINDS.search(ctx.text, trigger.clause.start, trigger.end) is None
    if trigger.type not in _FILING_STEPS:
        return True
    words = ctx.text[trigger.start : trigger.end]
    if regulator.jurisdiction in _MAA_PLACES:
        return _US_KINDS.search(words) is None
    return _MAA.search(words) is None
