"""What an English event word is about, when that makes it no milestone: a refusal of a
status request (not of a marketing application), a first patient treated in routine care
(not in a trial), a status named only to compare another with it, an approval of a trial
document or of a label change or one only asked for or only recommended, a company leaving a
deal (not an application or licence withdrawn)."""

from __future__ import annotations

import re

from service.extract.event_words import Match
from service.extract.rules import Guarded
from service.extract.sentences import Segment

# A status a regulator grants on request: refusing it leaves every application untouched.
_STATUS = (
    r"(?:designations?|status|priority review|fast[- ]track|breakthrough therapy|rmat|prime"
    r"|orphan drug)"
)
# The refusal's object names the status: "declined to grant breakthrough therapy
# designation", "rejected its request for orphan status".
_STATUS_OBJECT = re.compile(
    rf"\s+(?:(?:the|its|their|an?|this|that|[\w-]+['’]s)\s+)?(?:[\w'’-]+\s+){{0,4}}?{_STATUS}\b",
    re.IGNORECASE,
)
# Or refers back to one named before it: "applied for the designation, and the agency
# declined to grant it".
_PRONOUN_OBJECT = re.compile(
    r"\s+(?:it|them|(?:the|its|their|that|this)\s+(?:request|petition|bid)s?)\b", re.IGNORECASE
)
_STATUS_NOUN = re.compile(_STATUS, re.IGNORECASE)
_MARKETING_NOUN = re.compile(
    r"\b(?:applications?|s?NDA|s?BLA|MAA|filings?|submissions?|approvals?|approved|licen[cs]es?"
    r"|authori[sz]ations?)\b",
    re.IGNORECASE,
)
# The request as the subject of a passive: "the request for fast track status was rejected".
_STATUS_REQUEST_BEFORE = re.compile(
    rf"\b(?:requests?|petitions?|bids?|applications?)\s+for\s+[^.;]{{0,40}}?{_STATUS}"
    r"[^.;]{0,20}?\s(?:was|were|has been|had been|is)\s+$",
    re.IGNORECASE,
)


def status_refused(text: str, sentence: Segment, match: Match) -> bool:
    """The refusal's object is a status asked for (see `_STATUS_OBJECT`), by name, by a
    pronoun whose nearest noun before is one, or as a passive's subject."""
    after = text[match.end() : match.end() + 80]
    if _STATUS_OBJECT.match(after):
        return True
    before = text[sentence.start : match.start()]
    if _PRONOUN_OBJECT.match(after):
        statuses = [m.end() for m in _STATUS_NOUN.finditer(before)]
        marketing = [m.end() for m in _MARKETING_NOUN.finditer(before)]
        return bool(statuses) and statuses[-1] > max(marketing, default=-1)
    return _STATUS_REQUEST_BEFORE.search(before[-120:]) is not None


# A trial named anywhere in the sentence keeps its first patient a trial's.
_TRIAL = Guarded(
    re.compile(
        r"\b(?:trials?|stud(?:y|ies)|phase|cohorts?|IND|CTA|first-in-human|protocols?)\b",
        re.IGNORECASE,
    ),
    ("trial", "study", "studies", "phase", "cohort", "ind", "cta", "first-in-human", "protocol"),
)
# The product named as one already on the market: "a newly approved therapy", "which the FDA
# approved in December", "the first commercial patient", "outside a clinical trial".
_ON_THE_MARKET = re.compile(
    r"\bcommercial(?:ly)?\b|\b(?:newly|recently|already)\s+(?:\S+\s+)?approved\b"
    r"|\bapproved\s+(?:on|in|last|earlier|since)\b|\bauthori[sz]ed\s+treatment\s+cent(?:er|re)",
    re.IGNORECASE,
)


def routine_care(text: str, sentence: Segment) -> bool:
    """A first patient treated with a product on the market, in a sentence naming no trial
    (see `_ON_THE_MARKET`): care given, not a trial started."""
    body = text[sentence.start : sentence.end]
    if _TRIAL.search(body):
        return False
    return _ON_THE_MARKET.search(body) is not None


# A status named to compare another with it: "Like breakthrough therapy designation, RMAT
# gives …", "unlike the FDA's fast track" (no drug is told to hold it).
_COMPARED_BEFORE = Guarded(
    re.compile(
        r"(?<![\w-])(?:like|unlike|similar to|as with|akin to|comparable to)\s+"
        r"(?:the\s+)?(?:(?:FDA|EMA|U\.S\.|US|EU|agency)(?:['’]s)?\s+)?$",
        re.IGNORECASE,
    ),
    ("like", "similar", "as with", "akin", "comparable"),
)


def compared_status(text: str, clause: Segment, start: int) -> bool:
    """The status at `start` is named in a comparison (see `_COMPARED_BEFORE`)."""
    return _COMPARED_BEFORE.search(text, max(clause.start, start - 40), start) is not None


# A change to a product's label approved, not the product: "approved a safety labeling
# change adding warnings", "the label update was approved" (a safety or wording revision to
# an authorised product is no new authorisation).
# So is a vaccine's seasonal strain change ("approved the strain-change supplements"): the
# licensed product given this season's strains, a routine act each year, no milestone.
_LABEL_CHANGE = (
    r"(?:(?:label(?:l?ing)?|prescribing[- ]information)\s+|strain[- ])"
    r"(?:changes?|updates?|revisions?)"
)
_LABEL_CHANGE_AFTER = re.compile(
    rf"\s+(?:(?:a|an|the|its|their)\s+)?(?:[\w-]+\s+){{0,2}}?{_LABEL_CHANGE}\b", re.IGNORECASE
)
# Or to its name: "signed off on the change from Brandel to Brandix", "approved the name
# change", "approved the new brand name" (the product was authorised before).
_RENAME_AFTER = re.compile(
    r"\s+(?:(?:a|an|the|its|their)\s+)?(?:(?:brand|trade|product|proprietary)\s+)?"
    r"(?:name\s+change|change\s+(?:of\s+(?:the\s+|its\s+)?(?:\w+\s+)?name|from\s+\S+\s+to)\b"
    r"|renaming|new\s+(?:brand|trade|proprietary)\s+name)\b",
    re.IGNORECASE,
)
_LABEL_CHANGE_BEFORE = Guarded(
    re.compile(
        rf"\b{_LABEL_CHANGE}(?:\s+(?:for|to|of)\s+[^.;,]{{1,40}}?)?"
        r"\s+(?:(?:was|were|has|have|had|been|now)\s+){1,2}$"
        # The change as the object of a relative clause: "under a strain-change supplement
        # (that) the agency approved on August 22".
        rf"|\b{_LABEL_CHANGE}(?:\s+(?:supplements?|applications?|variations?|submissions?))?"
        r"\s+(?:(?:that|which)\s+)?(?:the\s+)?(?:agency|regulators?|FDA|EMA|MHRA|PMDA|NMPA"
        r"|TGA|Commission|ministry|it|they)\s+(?:(?:has|have|had)\s+)?$",
        re.IGNORECASE,
    ),
    ("label", "prescribing", "strain"),
)
# A company leaving a deal, not an application or licence withdrawn: "withdrew from the
# joint development of X", "has withdrawn from its licence agreement", "pulled out of the
# collaboration".
_LEFT_A_DEAL = re.compile(
    r"\b(?:withdr\w+|pull\w*)\s+(?:\w+\s+)?(?:from|out of)\s+"
    r"(?:(?:the|its|their|an?|this|that)\s+)?(?:[\w-]+\s+){0,3}?"
    r"(?:(?:co-?)?development|collaboration|partnership|agreements?|alliance|deal|venture|"
    r"licen[cs]e|licensing|arrangement|consortium|(?:co-)?commerciali[sz]ation|joint)\b",
    re.IGNORECASE,
)
# The licence an application asks for, not one granted: "performed the application for
# manufacturing and marketing approval in November"; or the licence it asks to change:
# "filed a variation to extend the EU marketing authorisation in June".
_ASKED_FOR_BEFORE = re.compile(
    r"\b(?:(?:applications?|applied|apply|applying|filed|filing|requests?|requested)\s+for"
    r"|(?:applications?|variations?|requests?|filings?|submissions?)\s+to\s+(?:extend|expand|"
    r"vary|amend|broaden|update|change))\s+(?:(?:an?|the|its|their)\s+)?(?:[\w-]+\s+){0,4}?$",
    re.IGNORECASE,
)


def licence_asked_for(text: str, match: Match, clause: Segment) -> bool:
    """The approval is what an application before it asks for (see `_ASKED_FOR_BEFORE`)."""
    low = max(clause.start, match.start() - 60)
    window = text[low : match.start()]
    if " for " not in window and " to " not in window:
        return False  # a literal test spares the end-anchored pattern
    return _ASKED_FOR_BEFORE.search(text, low, match.start()) is not None


# A committee's words between the verb and the licence: "received a positive opinion
# recommending a conditional marketing authorisation", "won a CHMP recommendation for
# approval" (what was received is the recommendation; the decision comes later).
# So do odds put on it: "gave X a 60% probability of approval" (a forecast, no decision).
_RECOMMENDATION = re.compile(
    r"\b(?:opinions?|recommend\w*|(?:probability|chances?|odds|likelihood)\s+of)\b",
    re.IGNORECASE,
)


# An adviser's verb before the licence: "a subcommittee endorsed approval in May", "the
# panel recommended X for approval", "an opinion recommending approval of X" (the
# decision is the regulator's, later).
_RECOMMENDED_BEFORE = re.compile(
    r"\b(?:endorsed|endorses|recommended|recommends|recommending"
    r"|voted\s+(?:in\s+favou?r\s+of|for)|urged|urges|advised)"
    r"\s+(?:(?:the|its|an?)\s+)?(?:\S+\s+){0,3}?(?:for\s+)?$",
    re.IGNORECASE,
)


def licence_recommended(text: str, match: Match) -> bool:
    """The approval's own words name a recommendation or odds (see `_RECOMMENDATION`), or
    an adviser's verb has it as its object (see `_RECOMMENDED_BEFORE`)."""
    if _RECOMMENDATION.search(match.group()) is not None:
        return True
    return _RECOMMENDED_BEFORE.search(text, max(0, match.start() - 60), match.start()) is not None


def label_change(text: str, match: Match) -> bool:
    """The approval's object is a change to a label or a name (see `_LABEL_CHANGE_AFTER`,
    `_RENAME_AFTER`)."""
    if _LABEL_CHANGE_AFTER.match(text, match.end(), match.end() + 60):
        return True
    if _RENAME_AFTER.match(text, match.end(), match.end() + 60):
        return True
    before = _LABEL_CHANGE_BEFORE.search(text, max(0, match.start() - 100), match.start())
    return before is not None


# A form's sign-off field, not the drug's approval: "Approved by the Director: K. Zhou",
# "Approved by: Head of Division" on a request form or a listing's line (the person who
# signed the document, named by office).
_OFFICE = (
    r"(?:the\s+)?(?:(?:deputy|acting|assistant|associate|division|department|section|unit|"
    r"general|chief|managing|medical|review|project|quality)\s+)*(?:director|head|chief|"
    r"manager|supervisor|chair(?:man|woman|person)?|reviewer|officer|secretary|signatory)"
    r"(?:[- ]general)?\b"
)
_SIGN_OFF = re.compile(
    rf"approved\s+by\s+{_OFFICE}[^\n:.;]{{0,30}}:|approved\s+by\s*:\s*{_OFFICE}",
    re.IGNORECASE,
)


def signed_off(text: str, match: Match) -> bool:
    """The match opens a sign-off field naming an office (see `_SIGN_OFF`)."""
    return _SIGN_OFF.match(text, match.start()) is not None


def left_a_deal(text: str, match: Match) -> bool:
    """The match's verb has a deal as its object (see `_LEFT_A_DEAL`); the verb may come
    late in the match ("chose to withdraw from co-development")."""
    found = _LEFT_A_DEAL.search(text, match.start(), min(len(text), match.end() + 100))
    return found is not None and found.start() < match.end()


# What the filing asks leave for, told after it: "submitted application to the regulator for
# conducting Phase III clinical trial", "filed an application to run a pivotal study" (a
# trial application, whatever its words leave unnamed). Up to four words may describe the
# trial ("to run a local phase 3 bridging study").
_TRIAL_PURPOSE_AFTER = re.compile(
    r"[^.;]{0,50}?\b(?:for\s+(?:(?:conducting|running|starting|initiating|carrying\s+out)\s+)?"
    r"|to\s+(?:conduct|run|start|initiate|begin|carry\s+out)\s+)"
    r"(?:(?:an?|the|its|their|another)\s+)?"
    r"(?:(?:phase\s+[\w/.-]+|[\w-]+)\s+){0,4}?(?:clinical\s+)?(?:trials?|stud(?:y|ies))\b",
    re.IGNORECASE,
)


def trial_purpose(text: str, match: Match, sentence: Segment) -> bool:
    """The filing's purpose, after it, is a trial (see `_TRIAL_PURPOSE_AFTER`)."""
    return _TRIAL_PURPOSE_AFTER.match(text, match.end(), sentence.end) is not None


# What an approval is for, further on: the regulator's long name may stand between ("received
# the authorisation of the Spanish Agency of Medicines and Sanitary Products (AEMPS) for
# initiating the phase I clinical trial of X", as Spanish and Italian copy put it).
_APPROVED_TO_START = re.compile(
    # Or the application it grants, by its infinitive: "approved Acme's application to conduct
    # a phase 3 clinical trial of X" (not a plan told after it: "…, and plans to start a study").
    r"[^.;,]{0,100}?\b(?:for\s+(?:initiating|starting|conducting|beginning|running|carrying\s+"
    r"out)|(?:application|request|permission|authori[sz]ation|permit)\s+to\s+(?:initiate|start|"
    r"conduct|begin|run|carry\s+out))"
    r"\s+(?:(?:an?|the|its|their)\s+)?(?:(?:phase\s+[\w/.-]+|first-in-human)\s+)?"
    r"(?:clinical\s+)?(?:trials?|stud(?:y|ies))\b",
    re.IGNORECASE,
)


def approved_to_start(text: str, match: Match, sentence: Segment) -> bool:
    """The approval is for starting a trial (see `_APPROVED_TO_START`): a trial clearance."""
    return _APPROVED_TO_START.match(text, match.end(), sentence.end) is not None


# A medical device's own routes to market: "cleared through the 510(k) pathway", "granted De
# Novo authorisation", "premarket approval (PMA)", "CE-marked". A drug never takes them, so
# the clause's clearance is a device's, whatever drug the text named before.
_DEVICE_ROUTE = Guarded(
    re.compile(
        r"\b510\s*\(k\)|\bDe Novo\s+(?:classification|authori[sz]ation|request|pathway|grant)"
        r"|\bpre-?market approval\b|\bPMA\b|\bCE[- ]mark",
        re.IGNORECASE,
    ),
    ("510", "novo", "market approval", "pma", "ce mark", "ce-mark"),
)


def device_route(text: str, clause: Segment) -> bool:
    """The clause tells a device's route to market (see `_DEVICE_ROUTE`)."""
    return _DEVICE_ROUTE.search(text, clause.start, clause.end) is not None
