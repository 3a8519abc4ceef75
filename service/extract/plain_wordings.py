"""English trigger rules for steps told in plain words rather than a regulator's terms: the
agency "agreed to start reviewing" an application or "validated" it in a relative clause on
the filing, a trial that "began enrolling". They run after the general rules of
`patterns_en`."""

from __future__ import annotations

from service.extract.rules import Rule

PLAIN_RULES: tuple[Rule, ...] = (
    # Plain-language copy tells the regulator taking the application up: "the agency agreed
    # to start reviewing our application", "began its review of the marketing application"
    # (not a trial's application, and not a review it merely may start).
    Rule(
        "application_acceptance",
        r"\b(?:(?:agreed|decided)\s+to\s+(?:start\s+|begin\s+)?review(?:ing)?"
        r"|(?:started|began|begun|commenced)\s+(?:reviewing|to\s+review|(?:its|the|a)\s+"
        r"(?:formal\s+|full\s+)?review\s+of))\s+"
        r"(?=(?:the|its|our|their|this|that|an?|[\w-]+['’]s)\s+(?:\S+\s+){0,4}?"
        r"(?:application|submission|filing|dossier|s?nda|s?bla|maa)\b)"
        r"(?!(?:\S+\s+){0,4}?(?:ind|clinical|trial|investigational)\b)",
        keywords=("review",),
    ),
    # The acceptance told in a relative clause on the filing, the regulator its subject:
    # "filed an MAA in January, which the EMA validated in February" (not "which the FDA
    # accepted as adequate", a design or plan the agency agreed to).
    Rule(
        "application_acceptance",
        r"(?<=, )which\s+(?:the\s+)?(?:u\.s\.\s+|european\s+)?(?:fda|ema|nmpa|cde|pmda|mhra|"
        r"tga|mfds|swissmedic|health canada|medicines agency|agency|regulator)\s+"
        r"(?:has\s+|had\s+|then\s+|later\s+|subsequently\s+|duly\s+){0,2}"
        r"(?:accepted|validated)\b(?=\s+(?:for|in|on|last|this|early|late|within|[0-9]))",
        keywords=("accepted", "validated"),
    ),
    # The acceptance told of the filing just named, by pronoun: "filed the BLA with the FDA,
    # and it was accepted in December" (not "accepted as adequate", nor "into" a programme).
    Rule(
        "application_acceptance",
        r"(?:(?<=nda)|(?<=bla)|(?<=maa)|(?<=application)|(?<=dossier))(?<!designation application)"
        r"\b[^.;]{0,120}?"
        r"(?:(?<=, )|(?<=\band ))(?:and\s+)?(?P<event>(?:it|which)\s+(?:was|has been|had been)\s+"
        r"(?:formally\s+)?(?:accepted|validated))\b(?!\s+(?:as|into|in\s+principle)\b)"
        r"(?=[^.;]{0,12}?\b(?:in|at|on|last|this|early|late|within|[0-9]))",
        keywords=(
            "was accepted",
            "been accepted",
            "was validated",
            "been validated",
            "was formally",
            "been formally",
        ),
    ),
    # Japan's receipt of an application (申請受理) is its acceptance, as translated copy tells
    # it: "the application was received (申請受理) by the PMDA on 5月8日" (the agency that
    # screens filings; receipt elsewhere may be the filing's own day).
    Rule(
        "application_acceptance",
        r"\b(?:application|filing|j-?nda|nda)\b[^.;]{0,40}?\b(?P<event>(?:was|were|has been|had "
        r"been)\s+received)\s*(?:\((?:申[請请])?受理\)\s*)?by\s+(?:the\s+)?(?:pmda\b|"
        r"pharmaceuticals and medical devices agency)",
        keywords=("received",),
    ),
    # A trial's start told by its enrolment: "the phase 3 trial began enrolling at U.S. sites
    # in December", "began recruiting patients into its phase 2 study" (not one that "will
    # begin enrolling", nor enrolment that "continued", nor the start as a time: "a status
    # secured before the trial started enrolling").
    Rule(
        "trial_initiation",
        r"(?<!before )(?<!until )(?<!since )(?<!when )\b(?:the|a|an|its|their|our|this)\s+"
        r"(?:[\w/-]+\s+){0,5}?(?:trial|study)\b[^.;]{0,80}?\b(?:began|started|commenced)\s+"
        r"(?:enrolling|"
        r"enrol(?:l)?ment|recruiting|recruitment|dosing)\b"
        r"|\b(?:began|started|commenced)\s+(?:enrolling|recruiting|dosing)\s+(?:\S+\s+){0,3}?"
        r"(?:in|into|for|on)\s+(?:the|its|their|a|an|our)\s+(?:[\w/-]+\s+){0,4}?(?:trial|study)\b",
        keywords=("enrol", "recruit", "dosing"),
    ),
    # The filing told in a relative clause well after the application it is of, past the
    # drug's description: "accepted the NDA for X, the company's oral inhibitor for liver
    # cancer, which Acme submitted in March" (not "which Acme plans to submit"); or straight
    # after it, restrictive: "the MAA that Acme submitted to the EMA in April remains under
    # review" (not one "that the FDA filed", the agency's acceptance).
    Rule(
        "application_submission",
        r"(?:(?<=nda)|(?<=bla)|(?<=maa)|(?<=application)|(?<=dossier))(?<!designation application)"
        r"(?:\b[^.;]{0,160}?,\s+(?=which\b)|\s+(?=(?:which|that)\s+(?!(?:the\s+)?(?:u\.s\.\s+)?"
        r"(?:fda|agency)\b)))"
        r"(?P<event>(?:which|that)\s+(?:(?!was\b|were\b)[\w.&'’-]+\s+){1,3}?"
        r"(?:had\s+|has\s+)?(?:re)?(?:submitted|filed))\s+(?:to|in|on|with|last|this|early|late)\b",
        keywords=("submitted", "filed"),
    ),
    # The same relative clause without its pronoun: "the new drug application Acme submitted
    # in November" (not "the application was submitted", nor one "the FDA filed", the
    # agency's acceptance, nor a phrase after it: "the application for X submitted").
    Rule(
        "application_submission",
        r"(?:(?<=\bnda)|(?<=\bbla)|(?<=\bmaa)|(?<=\bapplication)|(?<=\bdossier))"
        r"(?<!designation application)\s+"
        r"(?P<event>(?!(?:was|were|is|are|has|had|been|being|for|of|to|in|on|with|and|or|the|"
        r"fda|agency|regulators?|now|already|recently|previously|also|not)\b)"
        r"(?:[\w.&'’-]+\s+){1,2}?(?:had\s+|has\s+)?(?:re)?(?:submitted|filed))\s+"
        r"(?:to|in|on|with|last|this|early|late)\b",
        keywords=("submitted", "filed"),
    ),
    # Feature copy tells a filing as sent: "the NDA went to the agency in June" (not the
    # agency's own letters or meetings, which are no application), or as "went in" at a
    # date: "the new drug application went in on 4 May".
    Rule(
        "application_submission",
        r"\b(?:s?NDA|s?BLA|MAA|(?:marketing\s+)?application|dossier)(?:\s+(?:for|of)\s+\S+)?\s+went\s+(?:in\s+)?to\s+"
        r"(?:the\s+)?(?:U\.S\.\s+|European\s+)?(?:agency|regulators?|FDA|EMA|PMDA|MHRA|NMPA"
        r"|Health Canada)\b"
        r"|\b(?:s?NDA|s?BLA|MAA|(?:marketing\s+|drug\s+)?application|dossier)"
        r"(?:\s+(?:for|of)\s+\S+)?\s+went\s+in\s+"
        r"(?=(?:on|in|last|this|early|late|during)\b)",
        keywords=("went",),
    ),
    # The acceptance told as what came before a dated event, by its gerund: "approved on
    # 11 May, four months after accepting the NDA" (see `date_spans`).
    Rule(
        "application_acceptance",
        r"(?<=\bafter )(?:accepting|validating)\s+(?:the|its|their|an?)\s+(?:\S+\s+){0,3}?"
        r"(?:s?NDA|s?BLA|MAA|application|filing|dossier|submission)\b",
        keywords=("after accepting", "after validating"),
    ),
    # An IND told by the day it took effect (the agency's 30 days passed without a hold):
    # "the IND went into effect on 3 May" (not the statute's "becomes effective").
    Rule(
        "ind_clearance",
        r"\b(?:IND|investigational new drug application)\b[^.;]{0,60}?\b(?:(?:went|gone|came)"
        r"\s+into\s+effect|became\s+effective|took\s+effect)\b",
        keywords=("into effect", "became effective", "took effect"),  # (not "becomes")
    ),
    # The acceptance told of a filing named before it, by pronoun: "the NDA went in in June;
    # two months later the FDA accepted it" (not "accepted it as adequate", a plan
    # agreed, nor "into" a programme).
    Rule(
        "application_acceptance",
        r"\b(?:FDA|EMA|PMDA|MHRA|NMPA|agency|regulators?)\s+(?:then\s+|later\s+)?"
        r"(?:accepted|validated)\s+it\b(?!\s+(?:as|into|in\s+principle)\b)",
        keywords=("accepted it", "validated it"),
    ),
    # A resubmission after a complete response letter is taken up when the FDA rates it a
    # complete Class 1 or Class 2 response: "which the FDA acknowledged in October as a
    # complete Class 1 response", "the agency classified the resubmission as a complete,
    # Class 2 response" (the verb is the event; the class sets the review clock).
    Rule(
        "application_acceptance",
        r"\b(?:acknowledged|classified|deemed|considered|categori[sz]ed)\b(?=[^.;]{0,80}?\bas\s+"
        r"(?:an?\s+)?(?:complete,?\s+(?:class\s+(?:1|2|one|two),?\s+)?|class\s+(?:1|2|one|two)\s+)"
        r"(?:response|resubmission)\b)",
        keywords=("acknowledged", "classified", "deemed", "considered", "categori"),
    ),
    # A licence told by the product's arrival on a market at a date: "first reached the
    # market in 2023", "has been on the US market since March 2024" (not a rival's launch
    # plan: a hedge drops "could reach the market in 2027").
    Rule(
        "approval",
        r"\b(?:reached|entered|hit)\s+(?:the\s+)?(?:[\w.]+\s+)?market\s+(?=in\s+(?:19|20)\d\d\b"
        r"|in\s+[A-Z][a-z]+\s+(?:19|20)\d\d\b)"
        r"|\bon\s+the\s+(?:[\w.]+\s+)?market\s+(?:[^.;,]{0,30}?\s)?since\s+(?=[A-Z][a-z]+\s+"
        r"(?:19|20)\d\d\b|(?:19|20)\d\d\b)",
        keywords=("market",),
    ),
    # A refusal told by its noun and its own date: "resubmitted after a first rejection in
    # January", "its rejection in 2023" (not a graft's "acute rejection in 12% of patients":
    # a determiner or an ordinal must come just before, and a date just after).
    Rule(
        "rejection",
        r"\b(?:an?|the|its|their|first|second|third|earlier|previous|prior|initial)\s+"
        r"(?:(?:first|second|third|earlier|previous|prior|initial|fda|regulatory)\s+)?"
        r"rejection\s+(?=(?:in|on)\s+(?:(?:19|20)\d\d\b|(?:jan|feb|mar|apr|may|jun|jul|aug|sep"
        r"|oct|nov|dec)[a-z]*\b|[0-3]?\d\s+[a-z])|last\s+(?:year|month|week)\b)",
        keywords=("rejection",),
    ),
)
