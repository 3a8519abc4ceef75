"""English verb patterns that report a regulatory event (checked in this order); those of a
trial's clearance or start are `trials_en`'s, those of an approval `approvals_en`'s."""

from __future__ import annotations

from dataclasses import replace

from service.extract.approvals_en import APPROVAL_RULES
from service.extract.cues_en import (
    APPLICATION_NOUN,
    DESIGNATION_NOUNS,
    DESIGNATION_VERBS,
    PLURAL_CUE,
    PRIORITY_REVIEW,
    PRIORITY_VERBS,
    PROGRAMME_ANAPHOR,
    PROGRAMME_KEYWORDS,
    PROGRAMME_VERBS,
    REGULATOR_SUBJECT,
    UNNAMED_SUBJECT,
)
from service.extract.hedges_en import (
    ADVISORY,
    CONDITIONAL,
    CORPORATE,
    GENERIC_OBJECT,
    IND_CONTEXT,
    NEGATION,
    NEGATION_AFTER,
    PLAN,
    PLAN_EXEMPT,
    RUNWAY,
    STEP_SPAN,
    TRIAL_SUBJECT,
)
from service.extract.listings import FIELD_RULES
from service.extract.plain_wordings import PLAIN_RULES
from service.extract.rules import Language, Rule
from service.extract.trials_en import TRIAL_RULES
from service.extract.wordings_en import WORDING_RULES

_RULES: tuple[Rule, ...] = (
    Rule(
        "application_submission",
        # Translated copy keeps the base form: "in September 2024 re-submit the BLA".
        # (Not across a comma: "filed for gout in 2023, withdrew its application".)
        # (Nor across a table's column bar: "Filed | EU: MAA validated …" is two cells.)
        rf"\b(?:submitted|filed|refiled|resubmitted|re-submitted|re-?submits?|submits)\b"
        rf"(?:\s+[^\s,|]+){{0,5}}?\s+"
        rf"{APPLICATION_NOUN}"
        rf"|\b(?:sNDA|sBLA|(?:J-?)?NDA|BLA|MAA|S?NDS|application|filing|new drug submission)\b"
        # (Or past a long aside set off by commas: "A second sNDA, seeking …, was filed".)
        # (NDS: Canada's New Drug Submission.)
        rf"(?:[^.;]{{0,80}}?\b|(?:\s+(?:for|of)\s+[\w-]+)?,[^.;,]{{1,160}},\s+)(?:was|has been|"
        r"were|have been)\s+(?:(?:originally|initially|first)\s+)?(?:submitted|filed)\b"
        r"(?!\s+by\s+(?:the\s+)?(?:U\.S\.\s+)?(?:FDA|agency)\b)"
        # Without the auxiliary, as slides and relative clauses put it: "NDA submitted to the
        # FDA in June", "the NDA, which Acme submitted in late July".
        r"|\b(?:sNDA|sBLA|(?:J-?)?NDA|BLA|MAA|new drug application|biologics? licen[cs]e "
        r"application|marketing authori[sz]ation application)\s+(?:re)?submitted\s+"
        # A status line's note puts the period straight after it: "MAA submitted Q1 2025".
        r"(?:to|in|on|this|last|[QH][1-4]\s+\d{4}|[12]H\s+\d{4}|(?:Jan|Feb|Mar|Apr|May|Jun|Jul"
        r"|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?[\s-]+\d{4})\b"  # (or "BLA submitted Sep-2025")
        # Translated Brazilian copy names the filing a registration request, and files it
        # as Portuguese does (protocolado): "The request of registration was protocolized".
        r"|\b(?:registration\s+request|request\s+(?:of|for)\s+(?:the\s+)?registration)\b"
        r"[^.;]{0,60}?\b(?:was|has\s+been|were|have\s+been)\s+(?:protocoli[sz]ed|submitted|filed)\b"
        # Plain-language copy sends it: "has also sent its application to the EMA".
        r"|\bsent\s+(?:its|their|the|an?)\s+(?:[\w-]+\s+){0,2}?application\s+to\b"
        # Set off by commas, any application: "The U.S. application, submitted in July, …".
        # (Or an NDA "first filed": "The original NDA, first filed in 2024, was accepted".)
        r"|\b(?:s?NDA|s?BLA|MAA|application|filing|dossier|submission)"
        r"(?:\s+(?:for|of)\s+[\w-]+)?,\s+"
        r"(?:(?:originally|initially|first)\s+)?(?:re)?(?:submitted|filed)\s+"
        r"(?:to|in|on|this|last|early|late)\b"
        r"|(?<=(?:nda|bla|maa), )which\s+(?:\S+\s+){1,3}?(?:re)?submitted\s+(?:to|in|on)\b"
        r"|\bcompleted\s+(?:the|its|their|an?)\s+(?:(?:rolling|final|regulatory)\s+)?"
        r"(?:(?:sNDA|sBLA|NDA|BLA|MAA)\s+)?(?:submission|filing|resubmission|sNDA|sBLA|NDA|BLA|MAA"
        r"|new drug application|biologics? licen[cs]e application|marketing authori[sz]ation "
        r"application)\b",
    ),
    # "has filed for approval in Japan": an application named by what it asks for, Japan's
    # by its own name ("filed for manufacturing and marketing approval").
    # Translated and British copy make, lodge, "carry out" or "perform" the application.
    Rule(
        "application_submission",
        r"\b(?:filed|applied|submitted)\s+(?:\w+\s+)?for\s+"
        r"(?:(?:manufacturing\s+and\s+)?marketing\s+|regulatory\s+)?"
        r"(?:approval|authori[sz]ation)\b"
        # Translated Korean copy applies for the application itself: "has applied for the new
        # drug application (NDA) of X to the MFDS".
        r"|\bapplied\s+for\s+(?:the|an?|its)\s+(?:[\w-]+\s+){0,2}?(?:new drug application|"
        r"biologics? licen[cs]e application|marketing authori[sz]ation application|s?NDA|s?BLA"
        r"|MAA)\b"
        r"|\b(?:made|lodged|carried out|performed)\s+(?:the|an|its|a)\s+(?:\w+\s+){0,2}?"
        r"application\b"
        r"(?!\s+(?:for|of)\s+(?:an?\s+|the\s+)?(?:clinical|ind\b|trial|investigational))",
    ),
    Rule("application_submission", r"\b(?:refiled|resubmitted)\b", bare=True),
    Rule(
        "application_submission",
        r"\b(?:sNDA|sBLA|NDA|BLA|MAA|application) (?:re)?submission\b"
        r"|\b(?:re)?submission of (?:the|its|a|an|their) (?:\w+ ){0,3}"
        r"(?:sNDA|sBLA|NDA|BLA|MAA|application)\b",
        bare=True,
    ),
    Rule(
        "application_acceptance",
        rf"\b(?:accepted|validated)\b(?:\s+\S+){{0,5}}?\s+{APPLICATION_NOUN}"
        # (Not the file taken into a programme: "accepted the BLA into the program", an entry.)
        r"(?!\s+into\s+(?:the\s+|its\s+)?(?i:program|programme|project|pilot|scheme|initiative|"
        r"orbis|real-time|rtor))"
        r"|\baccepted (?:it |them )?for (?:review|filing|evaluation)\b"
        # The application as the "file" a feature calls it: "the FDA accepted the file in May"
        # (not "accepted its request to file").
        r"|\b(?:accepted|validated)\s+(?:the|its|their|this|that|[\w-]+['’]s)\s+"
        r"(?:[\w-]+\s+){0,2}?(?<!\bto )file\b"
        # (With its auxiliary, the passive below, whose event is its verb.)
        r"|\b(?:sNDA|sBLA|(?:J-?)?NDA|BLA|MAA)\b[^.;]{0,40}?(?<!\bwas )(?<!\bwere )(?<!\bis )"
        r"(?<!\bbeen )(?<!\bbe )\b(?:accepted|validated) by\b"
        # Without the auxiliary, as a tracker's note puts it: "Filing accepted in May".
        r"|\b(?:sNDA|sBLA|(?:J-?)?NDA|BLA|MAA|filing|application)\s+(?:accepted|validated)\s+"
        r"(?:in|on|for)\b"
        # Or set off by commas, as a filing is: "The U.S. NDA, accepted in March, remains".
        r"|\b(?:sNDA|sBLA|(?:J-?)?NDA|BLA|MAA|application|filing|dossier|submission)"
        r"(?:\s+(?:for|of)\s+[\w-]+)?,\s+(?:accepted|validated)\s+(?:in|on|by|for|this|last|early|late)\b"
        rf"|{REGULATOR_SUBJECT}accepts?\b(?:\s+\S+){{0,5}}?\s+{APPLICATION_NOUN}"
        # A stock-exchange announcement describes the drug at length between the two.
        rf"|\b(?:sNDA|sBLA|(?:J-?)?NDA|BLA|MAA|applications?|filings?|submissions?|resubmission)\b[^.;]"
        # (The event is its verb: a filing's own participle between, "The NDA, filed in May,
        # was accepted in July", reports the filing, dated before.)
        r"{0,400}?\b(?P<event>(?:was|is|has been|have been|were|been|be)\s+"
        # Translated copy puts its adverb first: "the listing application was before accepted".
        r"(?:(?:officially|formally|already|previously|earlier|before|also)\s+){0,2}"
        r"(?:accepted|validated))\b"
        # Its subject shared with the filing before: "was submitted in May and accepted in June".
        r"|\band\s+(?:then\s+|later\s+|subsequently\s+)?(?:accepted|validated)\s+(?:in|on|by)\b"
        # The acceptance named as a noun, told as done: "The FDA acceptance of this NDA was
        # announced last year" (not "acceptance of the NDA is expected").
        rf"|\b(?:acceptance|validation)\s+of\s+(?:\S+\s+){{0,3}}?{APPLICATION_NOUN}"
        r"(?![^.;]{0,60}\b(?:expected|anticipated|will|would|could|may|might|pending)\b)",
    ),
    Rule(
        "rejection",
        # A patient who "had/achieved a complete response" is a trial result, not a letter.
        r"\bcomplete (?:response|reply) letters?\b|(?<!had )(?<!achieved )(?<!reached )"
        r"(?<!attained )(?<!showed )(?<!with )"
        # Nor is the company's reply to a clinical hold: "submitted a complete response to the
        # hold" (the agency issues letters; the sponsor submits responses).
        r"(?<!submitted )(?<!submits )(?<!submit )(?<!sent )(?<!filed )(?<!provided )"
        r"\b(?:a|its|the) complete response\b(?! rate)(?!\s+to\s+(?:the|its|an?)\s+"
        r"(?:(?:partial|full|clinical)\s+){0,2}hold\b)"
        # (Not a company code spelt with the same letters: "CRL-1207".)
        # Nor the FDA's collection of letters: "the CRL database".
        r"|\bCRL\b(?![-‐]\d)(?!\s+[Dd]atabase\b)|\bnegative opinion\b|\brecommended against\b"
        r"|\b(?:rejected|rejects|refused|refuses|turned (?:away|down)|declined\s+(?:\w+\s+){0,3}?"
        r"to (?:approve|grant|convert|clear|register))\b"
        # Refusing to do something else is no refusal of the drug: a court "refused to
        # dismiss" a suit, an agency "refused to comment".
        r"(?!\s+to\s+(?!(?:approve|grant|accept|file|register|authori[sz]e|clear|licen[cs]e"
        r"|renew|convert|extend)\b)\w)"
        # A party denying what is said of it rejects words, not a product: "the company
        # rejected the allegations", "rejects any suggestion of wrongdoing", "refused the bid".
        r"(?!\s+(?:(?:the|these|those|such|its|their|all|any|that|this)\s+)?(?:[\w-]+\s+)?"
        r"(?:claims?|allegations?|accusations?|assertions?|suggestions?|criticisms?|charges?"
        r"|characteri[sz]ations?|offers?|bids?|proposals?)\b)"
        r"|\brefus(?:al|e)[- ]to[- ]file\b|\brtf letter\b"
        # The EMA committee's wording: "recommended the refusal of a marketing authorisation".
        r"|\brecommended (?:the )?refus(?:al|ing)\b",
    ),
    Rule(
        "withdrawal",
        r"\b(?:withdrew|withdrawn|withdraws|withdrawing|pulled|pulling|revoked|revokes|rescinded)\b"
        # (A supplement too: "withdrawn its sNDA seeking to extend the label".)
        r"[^.;]{0,60}?\b(?:application|s?BLA|s?NDA|MAA|approval|authori[sz]ation|licen[cs]e|"
        r"markets?|registration|"
        r"drug|filing|indication)\b"
        # The application may be described at length before its verb: "An application for an
        # extension of indication for X, to add adolescents aged 12 to 17, was withdrawn".
        # (An adverb may come between: "was also withdrawn by X", "was later withdrawn".)
        r"|\b(?:application|BLA|NDA|MAA|filing|approval|authori[sz]ation)\b[^.;]{0,160}?\b(?:was|"
        r"has been|were)\s+(?:also\s+|later\s+|subsequently\s+|since\s+)?withdrawn\b"
        # "had its approval revoked by the ministry": the regulator took the licence back.
        r"|\b(?:approval|authori[sz]ation|licen[cs]e|registration)s?\s+"
        r"(?:was\s+|were\s+|has been\s+)?(?:revoked|rescinded|cancell?ed)\b"
        # The regulator's act told actively: "the ministry cancelled that licence in 2024".
        r"|\bcancell?(?:ed|s)\s+(?:(?:the|its|their|that|this)\s+)?(?:[\w'-]+\s+){0,2}?"
        r"(?:licen[cs]e|authori[sz]ation|approval|registration)s?\b"
        # "withdrew it from Europe": the product itself taken off a market.
        r"|\b(?:withdrew|withdrawn|pulled)\s+(?:it|them)\s+from\b"
        # A regulator's order: "issued a final decision to withdraw the approval".
        r"|\b(?:decision|decided|decides|ordered|orders)\s+(?:\w+\s+){0,3}?to withdraw\b"
        # A past cause carried out: "the refusal led (forced) Acme to withdraw its application"
        # (not "could lead Acme to withdraw", which the hedge before it keeps a plan).
        r"|\b(?:led|prompted|forced|compelled)\s+(?:[\w.&'’-]+\s+){1,3}?to\s+(?P<event>withdraw)\s+"
        r"(?:its|their|the)\s+(?:[\w.-]+\s+){0,2}?(?:application|s?BLA|s?NDA|MAA|filing)\b"
        # The noun, made public or carried out: "the FDA announced the withdrawal of the
        # accelerated approval" (not one asked for, which is yet to happen). Translated French
        # pronounces it, with an aside between: "pronounced, at the holder's request, the …".
        r"|\b(?:announced|confirmed|completed|ordered|issued|published|finali[sz]ed|pronounced)"
        r"(?:\s*,[^,.;]{1,50},)?\s+"
        r"(?:the\s+|its\s+)?withdrawal\s+of\s+(?:(?:the|its|their|an?)\s+)?(?:[\w.-]+\s+){0,3}?"
        r"(?:approval|authori[sz]ation|application|licen[cs]e|MAA|s?NDA|s?BLA|indication"
        r"|registration)s?\b",
    ),
)

_KEYWORDS: tuple[tuple[str, ...], ...] = (
    ("submitted", "filed", "refiled", "resubmitted", "re-submit", "resubmit", "submits",
     "completed", "sent", "protocoli"),
    ("filed", "applied", "submitted", "lodged", "carried out", "made an application",
     "made its application", "made the application", "performed"),
    ("refiled", "resubmitted"),
    ("submission", "resubmission"),  # (keywords are read as word starts)
    ("accept", "validated", "validation"),
    ("complete response", "complete reply", "crl", "opinion", "against", "reject", "refus",
     "turned", "declined", "rtf letter"),
    ("withdr", "pull", "revoke", "rescind", "cancel"),  # "pulled", "pulling"
)  # fmt: skip
RULES = (
    *TRIAL_RULES,
    *(replace(rule, keywords=k) for rule, k in zip(_RULES, _KEYWORDS, strict=True)),
    *APPROVAL_RULES,
    *WORDING_RULES,
    *PLAIN_RULES,
    *FIELD_RULES,
)

ENGLISH = Language(
    rules=RULES,
    negation=NEGATION,
    plan=PLAN,
    plan_exempt=PLAN_EXEMPT,
    plan_far=RUNWAY,
    ind_context=IND_CONTEXT,
    designation_verbs=DESIGNATION_VERBS,
    designation_nouns=DESIGNATION_NOUNS,
    priority_review=PRIORITY_REVIEW,
    priority_verbs=PRIORITY_VERBS,
    programme_verbs=PROGRAMME_VERBS,
    programme_anaphor=PROGRAMME_ANAPHOR,
    programme_keywords=PROGRAMME_KEYWORDS,
    plural_cue=PLURAL_CUE,
    negation_window=90,
    plan_window=80,
    negation_after=NEGATION_AFTER,
    conditional=CONDITIONAL,
    corporate=CORPORATE,
    advisory=ADVISORY,
    trial_subject=TRIAL_SUBJECT,
    generic_object=GENERIC_OBJECT,
    unnamed_subject=UNNAMED_SUBJECT,
    step_span=STEP_SPAN,
)
