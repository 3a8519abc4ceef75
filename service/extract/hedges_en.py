"""English words that hedge, negate or disqualify an event the trigger patterns found."""

from __future__ import annotations

import re

from service.extract.forecasts import FORECAST
from service.extract.rules import Guarded, WordPattern

IND_CONTEXT = Guarded(
    re.compile(
        # (A CTA is Europe's and the UK's trial application: "CTA approved by MHRA Jun-2025".)
        r"\bIND\b|\bCTAs?\b|investigational new drug|clinical trials?\b|clinical stud|"
        r"first-in-human|"
        # A trial's filing named without "clinical": "has submitted trial applications".
        r"\btrial applications?\b|"
        r"\bphase \w+ (?:study|trial)"
        # "approved X to carry out Phase II clinical study": what is approved is the trial.
        # (Or "cleared an application in April to run the phase 2 part of a study".)
        r"|\bto (?:carry out|conduct|start|initiate|begin|run) (?:an? |the |its )?"
        r"(?:phase|trials?\b)"
        # Korean copy's 임상 3상 승인 translated: "approved for phase 3 clinical".
        r"|\bfor (?:an? |the |its )?phase \w+ clinical\b"
        # Spanish copy translated (protocolo de investigación clínica): "authorized the
        # protocol of clinical research phase 3", "a clinical research protocol".
        r"|\bprotocols? (?:of|for) (?:an? |the )?(?:phase \w+ )?clinical research\b"
        r"|\bclinical research protocols?\b",
        re.IGNORECASE,
    ),
    ("ind", "cta", "investigational", "clinical", "first-in-human", "phase", "trial"),
)
# A comparative's "no" compares an outcome, a time or an amount, it does not negate the
# event: "fared no better when the agency declined to approve X" tells a rejection, as do
# "no sooner had the FDA approved X", "after no less than ten months" and "no different".
# ("No more" without "than" still negates: "no more approvals".)
# A speaker's "No," answers the question before it: "No, they pulled the application in May"
# tells the withdrawal.
NEGATION = WordPattern(
    r"\b(?:not|no(?!\s+(?:better|worse|sooner|later|earlier|faster|quicker|less|fewer|"
    r"more than|different(?:ly)?)\b)(?!\s*[,!])|never|neither|nor|none|nothing|without|yet to|"
    r"stops? short of|cannot|failed to)\b",
    rare=("n't", r"\b\w+n't\b"),
)
# Said after the event: "has not happened", "(a decision in June) is expected".
# Or an event named as a generic subject: "acceptance does not mean approval".
NEGATION_AFTER = Guarded(
    re.compile(
        r"^[^.;]{0,40}?\b(?:(?:has|have|had) not (?:yet )?happened|(?:is|are) "
        # A forecast ranked among outcomes: "a refusal is now the most likely outcome".
        r"(?:(?:now|still) )?(?:(?:the|an?) )?(?:(?:most|more) )?(?:expected|"
        # Not a description of the product the event is about: "…, is expected to become the
        # first such inhibitor approved in China".
        r"anticipated|likely|scheduled)\b(?! to (?:become|be) the (?:first|second|only)\b)"
        r"|(?:does|do) not (?:mean|guarantee|imply|ensure)\b)"
        # Slide and table shorthand puts the hedge straight after the event's name: "priority
        # review not granted", "IND clearance expected 4Q 2025", "approval pending".
        r"|^\W{0,3}(?:not (?:yet )?(?:granted|received|obtained|given|accepted|approved|cleared)"
        r"|denied|pending)\b"
        # The event as the object of a forecast: "the list of issues made a negative opinion
        # likely", "left a rejection unlikely".
        r"|^\s+(?:un)?likely\b"
        # (not "sooner than expected", "as planned", "that it had planned")
        r"|^[^.;,()]{0,30}?(?<!than)(?<!as)(?<!had)(?<!has)(?<!have)\s"
        r"(?:expected|anticipated|planned)\b"
        # A time given as a bound is still ahead: "formal approval in March at the earliest".
        r"|^[^.;,]{0,40}?\bat the (?:earliest|latest)\b"
    ),
    ("happened", "expected", "anticipated", "likely", "scheduled", "not mean", "not guarantee",
     "not imply", "not ensure", "not ", "denied", "planned", "pending", "earliest", "latest"),
)  # fmt: skip
# A trial as the subject of an approval: "the Phase III trial of X in colorectal cancer also
# obtained the approval of the US FDA" (run on the clause before the approval's verb).
TRIAL_SUBJECT = Guarded(
    re.compile(
        r"\b(?:trial|study)(?:\s+(?:of|in|for)\s+[^.;,]{1,60}?)?\s+(?:has\s+|had\s+|have\s+)?"
        r"(?:also\s+)?$"
        # A trial's application as the subject of a passive, however long the phrase that
        # describes it: "the clinical trial plan (IND) of X, which Acme submitted in May, was
        # approved", "the clinical trial application of X in Korea was also approved".
        r"|\b(?:trial|study|IND|CTA)\s+(?:plan|application|protocol)s?\b(?:\s*\([A-Z]{2,4}\))?"
        r"[^.;]{0,120}?\s(?:was|were|has been|have been|had been)\s+(?:\w+ly\s+|also\s+)?$"
        # Or the IND itself, named by its initials: "the IND of X for a bridging study was
        # cleared by the FDA" (not "IND-enabling work", nor one past a comma).
        r"|\b(?:IND|CTA)s?\b(?!-)(?:\s*\([A-Z]{2,4}\))?[^.;,]{0,80}?\s(?:was|were|has been"
        r"|have been|had been)\s+(?:\w+ly\s+|also\s+)?$"
        # A trial's application the clause is about, then who acted on it: "runs under an
        # IND that the FDA cleared in 2023", "the CTA, which the agency approved last week".
        r"|\b(?:IND|CTA|investigational new drug|clinical trial)(?:\s+(?:application|"
        r"submission|filing|request)s?)?(?:\s*\([A-Z]{2,4}\))?,?\s+(?:that|which)\s+"
        r"(?:[^.;,]|(?<=\b[A-Z])\.){1,60}?\s(?:has\s+|had\s+|have\s+)?(?:also\s+)?$",
        re.IGNORECASE,
    ),
    ("trial", "study", "ind", "cta", "investigational"),
)
# A rejection by advisers is a vote, not a decision: "a product that advisers have rejected".
ADVISORY = Guarded(
    re.compile(r"\b(?:advis[eo]rs?|advisory|panel(?:ists?|s)?|voters?)\b[^.;]{0,15}$", re.I),
    ("advis", "panel", "voter"),
)
# "once-daily" / "once weekly" is a dosing schedule, not a condition.
_ONCE = r"once(?![\s-](?:daily|weekly|monthly|a\b|every\b))"
# A speaker's aside to the audience hedges what they know, not the event: "as you may
# remember, X received the designation in 2022", "as many of you will have seen".
_KNOWN = r"(?!\s+(?:well\s+)?(?:remember|recall|know|be aware|have (?:seen|heard|read|noticed))\b)"
# Korean copy calls an IND a "clinical trial plan" (임상시험계획): a document, not a plan.
PLAN = WordPattern(
    rf"\b(?:if|{_ONCE}|would|could|might{_KNOWN}|will{_KNOWN}|shall|"
    r"should|expects?|expected|plan(?<!trial plan)(?<!study plan)s?|planned|"
    r"planning|intends?|intended|aims?|hopes?|seeks?|seeking|prepares?|preparing|ready to|"
    # A step still required: "the drugs still need to obtain approval before launch".
    r"needs? to|"
    # A regulator's proposal to grant a status is put out for comment first, granted later.
    r"slated|eligible|potential(?:ly)?|anticipat(?:es?|ed|ing)|to be|pending|proposed|proposals?|"
    r"upon|"
    rf"whether|may{_KNOWN}|"
    # Translated Japanese and Korean copy weighs a step (検討 / 검토) before it plans one:
    # "is considering to apply for the designation" (not "Considering the data, it approved").
    r"(?:is|are|was|were|been) considering|considering (?:to|applying|filing|submitting|"
    r"seeking|requesting)\b|"
    # Conditions other than "if": "as soon as the IND is cleared", "provided that it is".
    r"as soon as|provided that|providing that|assuming|in the event (?:that|of)|"
    r"on condition that|unless|"
    # A committee's drift, reported before it votes: "was leaning (had leaned) towards a
    # negative opinion".
    r"(?:leaning|leaned|leant) (?:towards?|to)|(?:heading|headed|poised) (?:for|towards?)|"
    # A schedule told as kept: "on track for an NDA submission by year-end".
    r"on (?:track|course|schedule) (?:for|to)|"
    rf"{FORECAST})\b",
    exact=("may",),
)
# A sentence opening with a condition, or a "would", hedges every event it mentions.
CONDITIONAL = Guarded(
    re.compile(
        rf"^\W*(?:if|{_ONCE}|should|unless)\b"
        # Or a quotation opening so: 'The industry said "If the plan goes smoothly, X may …"'.
        r"|[\"“]\s*(?:if|unless)\b"
        # An inverted conditional, a counterfactual: "Had it been approved, X would have …",
        # "Were the agency to approve it, …" (a sentence opening so reports nothing).
        r"|^\W*(?:had|were)\s+[\w'’-]+"
        r"|(?<![\w-])would(?![\w-])"
        # Its spoken contraction before a verb of guessing: "I'd bet the FDA gives them
        # priority review", "we'd hope for approval" (not "we'd filed", a "had").
        r"|\b(?:i|we|you|they|he|she)['’]d\s+(?:bet|hope|expect|guess|imagine|assume|"
        r"anticipate|wager|like|love|want)\b",
        re.I,
    ),
    ("if", "once", "should", "unless", "would", "'d ", "’d ", "had ", "were "),
)
# Approvals by boards, shareholders or courts, and deal clearances, are not regulatory events.
# (Not the board that announces: "The board of directors (the "Board") is pleased to announce
# that …", as a stock-exchange announcement opens.)
CORPORATE = Guarded(
    re.compile(
        r"\b(?:board of directors|the board)\b(?![^.;]{0,60}?\b(?:pleased to|hereby|further)\s+"
        r"announces?\b)"
        r"|\b(?:shareholders?|stockholders?|court|judge|antitrust|"
        r"merger|acquisition|buyback|dividend|lenders|Hart-Scott-Rodino|HSR)\b"
        # A payer's committee approves what its formulary covers, not a product's licence.
        r"|\b(?:formular(?:y|ies)|pharmacy and therapeutics|P&T)\b",
        re.IGNORECASE,
    ),
    ("holder", "board", "court", "judge", "antitrust", "merger", "acquisition", "buyback",
     "dividend", "lenders", "hart-scott", "hsr", "formular", "pharmacy and", "p&t"),
)  # fmt: skip
# A cash runway's landmark is a step still ahead: "funded into 2026, past the BLA
# submission", "cash to fund operations through the NDA filing" (run on the clause before
# the trigger).
RUNWAY = Guarded(
    re.compile(
        r"\b(?:funded|fund\s+(?:its\s+|our\s+|the\s+company['’]s\s+)?operations|runway)\b"
        r"[^.;]{0,80}?\b(?:past|beyond|through)\s+(?:the\s+|its\s+|our\s+)?(?:[\w-]+\s+){0,3}$",
        re.IGNORECASE,
    ),
    ("funded", "fund ", "runway"),
)
# A past change of state is no plan: "became eligible for PRIME" (the EMA's grant of it).
# The FDA's own words clearing an IND call the trial "proposed": "the proposed clinical
# investigation may proceed" is the clearance, not a proposal.
PLAN_EXEMPT = Guarded(
    re.compile(
        r"\bwill be (?:officially )?included\b"
        r"|\b(?:became|(?:was|were|been) (?:deemed|found|confirmed|judged)) eligible\b"
        r"|\bproposed\b[^.;]{0,60}?\bmay proceed\b"
        # An application under review was filed: "has an application pending with the MHRA,
        # which it submitted in January" (the review is pending, not the filing).
        r"|\bpending\b[^.;]{0,60}?,?\s+(?:which|that)\s+(?:[\w'’-]+\s+){0,3}?"
        r"(?:submitted|filed|lodged)\b",
        re.IGNORECASE,
    ),
    ("included", "eligible", "may proceed", "pending"),
)
_COUNT_WORDS = "one|two|three|four|five|six|seven|eight|nine|ten"
_ORDINAL_WORDS = ("second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth",
                  "tenth")  # fmt: skip
_ORDINALS = rf"(?:{'|'.join(_ORDINAL_WORDS)})"
# Products named by their kind, not by name.
_KIND_WORDS = (
    "medicines", "drugs", "products", "therapies", "treatments", "biosimilars", "biologics",
    "agents", "inhibitors", "antibodies", "vaccines", "options",
)  # fmt: skip
_KINDS = rf"(?:{'|'.join(_KIND_WORDS)})"
# An indefinite number of them: "a handful of", "only a few", "several", "many".
_QUANTIFIED = (
    r"(?:(?:only\s+)?(?:a\s+(?:handful|few|couple|number|dozen)\s+of|few|several|many|most"
    r"|various|numerous|multiple)|dozens\s+of|scores\s+of)"
)
GENERIC_OBJECT = Guarded(
    re.compile(
        rf"\b(?:{_COUNT_WORDS}|\d+)\s+"
        r"(?:new\s+|novel\s+|innovative\s+|generic\s+|biosimilar\s+)?"
        # Translated copy counts 品种 as "varieties": "more than 60 varieties were included".
        # A committee's tally counts licences: "recommended refusing two marketing authorisations".
        r"(?:medicines|drugs|products|therapies|treatments|biosimilars|varieties"
        r"|(?:marketing\s+)?authori[sz]ations?)\b"
        r"|\b(?:rejected|approved|authori[sz]ed) one\b"
        # A count of letters ("published 200 complete response letters") names no drug.
        r"|\b(?:\d[\d,]*|dozens of|hundreds of)\s+(?:(?:additional|more|further|other|new)\s+)?"
        r"(?:complete response letters|CRLs)\b"
        # A statistic, and translated copy's (数量): "approved new drugs listing quantity".
        r"|\b(?:drugs|medicines|products|varieties|listings?|approvals)\s+(?:listing\s+)?quantity\b"
        r"|\bnumber of (?:\w+\s+){0,2}?(?:drugs|medicines|products|approvals|varieties)\b"
        # An uncounted batch ("cleared a string of targeted therapies"), and a competitor's
        # product ("a competing therapy from a larger rival"): no drug the article names.
        r"|\b(?:a|an)\s+(?:string|series|wave|handful|slew|raft|host|flurry)\s+of\s+"
        rf"(?:[\w-]+\s+){{0,3}}?{_KINDS}\b"
        # Products in general as the subject of the event: "Only a few biologics are approved
        # for it", "Several JAK inhibitors in the class have won approval" (no one drug's).
        rf"|\b{_QUANTIFIED}\s+(?:the\s+)?(?:other\s+)?(?:[\w-]+\s+){{0,3}}?{_KINDS}"
        r"(?:\s+(?:in|for|from|of|against|targeting|with)\s+[^.;,]{1,40}?)?\s+(?:are|were|have"
        r"|has|had|got|won|received|gained|obtained|secured)\b"
        r"|\b(?:a|an|another)\s+(?:competing|rival)\b|\bfrom\s+(?:a|an)\s+(?:[\w-]+\s+)?rival\b"
        # A tally of a period's events: "at least the third CRL this year", "the agency's
        # fifth rejection in a row" (the count spans sponsors; it is no one drug's event).
        rf"|\bthe\s+(?:[\w.]+['’]s\s+)?{_ORDINALS}\s+(?:such\s+)?(?:[\w-]+\s+)?"
        r"(?:CRLs?|complete response letters?|rejections?|refusals?|approvals?|withdrawals?)"
        r"(?=\s+(?:(?:this|that|last)\s+(?:year|month|quarter|week)|so far|in a row"
        r"|(?:in|since|of)\s+(?:the\s+|this\s+)?(?:year|(?:19|20)\d\d)))\b"
        # A list page's account of itself: "shows all marketing authorisations granted …,
        # together with licences cancelled" (every product it lists, no one of them).
        r"|\ball\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:licen[cs]es|(?:marketing\s+)?"
        r"authori[sz]ations|registrations|medicines|drugs|products)\b"
        # A list's title of its plural subject: "New Drugs Approved in FY2026".
        r"|\b(?:drugs|medicines|products|therapies)\s+(?:approved|authori[sz]ed|registered)\b",
        re.IGNORECASE,
    ),
    (
        "rival",
        "competing",
        "quantity",
        "number of",
        *_KIND_WORDS,
        "varieties",
        " one",
        "letters",
        "crls",
        "authori",
        "licen",
        "registrations",
        *_ORDINAL_WORDS,
    ),
)
_DURATION = (
    rf"(?:\d+(?:\.\d+)?|{_COUNT_WORDS}|eleven|twelve|a few|several)(?:\s+|-)"
    r"(?:months?|weeks?|days?|years?)\b"
)
# "It took 14 months from submission to approval", "from acceptance to approval, the review
# took ten months", "went from IND clearance to approval in under four years".
STEP_SPAN = Guarded(
    re.compile(
        rf"\b{_DURATION}\s+(?:[\w-]+\s+){{0,2}}?from\s+[^.;,]{{2,50}}?\s+(?:to|until)\s+[\w-]+"
        rf"|\bfrom\s+[^.;,]{{2,50}}?\s+(?:to|until)\s+[^.;]{{2,40}}?(?=[^.;]{{0,30}}?\b{_DURATION})",
        re.IGNORECASE,
    ),
    ("from",),
    also=("month", "week", "day", "year"),  # (of `_DURATION`, in every match)
)


# A verb of getting and its noun around the negation: "received neither an approval nor a
# CRL", "won no approval" (not "Not approved", a refusal whose negation opens it).
_GOT_VERB = re.compile(
    r"(?:received|receives|obtained|obtains|won|wins|granted|grants|gave|given|secured|got|"
    r"gained|earned|issued)\s",
    re.IGNORECASE,
)


# (Not the name of a letter that permits: "got its No Objection Letter".)
_NO_OBJECTION = re.compile(r"[\s-]*objection", re.IGNORECASE)


def negated_object(text: str, start: int, end: int) -> bool:
    """The event's words, from a verb of getting to its noun, hold a negation."""
    got = _GOT_VERB.match(text, start, end)
    at = got.end() if got is not None else end
    while (found := NEGATION.search(text, at, end)) is not None:
        if not _NO_OBJECTION.match(text, found.end()):
            return True
        at = found.end()
    return False
