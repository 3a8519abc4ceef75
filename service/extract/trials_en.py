"""English verb patterns that report a trial cleared to run or started: an IND accepted or a
trial let proceed, a first patient dosed, a study initiated. They run before the other
general rules of `patterns_en`, in this order."""

from __future__ import annotations

from dataclasses import replace

from service.extract.cues_en import IND_NOUN
from service.extract.places import REGION_WORDS
from service.extract.rules import Rule

_RULES: tuple[Rule, ...] = (
    Rule("ind_clearance", rf"\baccepted\s+(?:its|the|an?|their)\s+{IND_NOUN}"),
    Rule("ind_clearance", r"\bmay proceed\b|\blet the (?:trial|study) (?:go ahead|proceed)\b"),
    Rule(
        "ind_clearance",
        r"\bagree[sd]?\b[^.;]{0,80}?\b(?:carry out|conduct|start|initiate)\b[^.;]{0,30}?"
        r"clinical (?:trials?|stud)"
        # Translated copy (同意…临床试验申请): "the FDA agreed the IND application of AB-1".
        r"|\bagree[sd]?\s+(?:to\s+)?(?:the\s+|its\s+|their\s+)?(?:investigational new drug|"
        r"IND|clinical trial) application\b",
    ),
    Rule(
        "ind_clearance",
        # Health Canada clears a clinical trial application with a No Objection Letter.
        r"approval notice|clinical trial permission|IND permission|\(IND\) permission|"
        r"no[- ]objection letter|"
        r"IND clearance"
        # China's 默示许可, however translated copy renders it: "implied permission", "tacit
        # approval", "default approval" (the trial may start once 60 days pass unopposed).
        r"|\b(?:implied|implicit|tacit|default) (?:licen[cs]e|approval|permission|consent)\b"
        r"|clinical trial licen[cs]e|licen[cs]e (?:of|for) (?:the |a )?clinical trial"
        # Hong Kong's permission is a certificate its Department of Health issues.
        r"|\b(?:received|obtained|granted|issued|secured)\b[^.;]{0,60}?"
        r"\b(?:clinical trial certificate|certificate for (?:a |the )?clinical trials?)\b"
        # A regulator's permission to run a study, as India's CDSCO grants one: "granted the
        # company permission to conduct a phase 3 clinical trial of X".
        r"|\b(?:granted|grants|gave|given|issued|received|obtained|secured|won)\s+"
        r"(?:[^\s.;]+\s+){0,3}?permission\s+to\s+(?:conduct|run|start|initiate|begin|"
        r"carry\s+out|undertake)\s+(?:[\w/-]+\s+){0,5}?(?:trials?|stud(?:y|ies))\b"
        # The clearance as a noun with its application: "follows the FDA's clearance of the
        # company's investigational new drug application in March".
        r"|\bclearance\s+of\s+(?:(?:the|its|their|our|an?|[\w&.-]+['’]s)\s+)?"
        rf"(?:[\w/-]+\s+){{0,2}}?{IND_NOUN}\b",
    ),
    Rule(
        "trial_initiation",
        # The trial (or its name) may come between: "the first U.S. patient in ABC-2 was dosed",
        # "the first subject in its study of X, an oral inhibitor, was dosed" (an appositive).
        rf"\bfirst\s+(?:(?:healthy|adult|pediatric|paediatric|child|{REGION_WORDS})\s+)?(?:patient|"
        r"subject|participant|person|volunteer)s?\s+(?:(?:in|of|on)\s+(?:(?:the|that|this|its|our"
        r"|their|an?)\s+)?(?:(?:[\w/-]+\s+){0,4}?(?:study|trial)(?:\s+(?:of|with)\s+[\w-]+)?"
        # (Or a relative clause: "the first patient in ABC-2, which is enrolling adults at
        # ten sites in Spain, was dosed in May".)
        # (Or a trial's name alone: "the first patient in HARBOR was dosed".)
        r"|[a-z]+-[\w-]*\d[\w-]*|[a-z][a-z\d-]{2,}(?=\s+(?:was|were|has|have)\s))(?:,\s+[^,.;]{1,60},|,\s+(?:which|that)\s+[^,.;]{1,160},)?\s+)?(?:has\s+been\s+|have\s+been\s+|"
        r"was\s+|were\s+)?(?:dosed|treated|enrolled|randomi[sz]ed|administered)\b|\bdosed\s+(?:the\s+|its\s+)?"
        # (A child too, as translated copy writes 首例患儿: "dosed the first child patient".)
        # (A vaccine's first dose goes to healthy volunteers: "dosed the first volunteers".)
        r"first\s+(?:(?:child|pediatric|paediatric|adult|healthy)\s+)?(?:patient|subject|participant"
        r"|volunteer)|\b(?:enrolled|randomi[sz]ed|treated)\s+(?:the\s+|its\s+)?"
        # Translated copy (完成首例受试者给药): "completed the first subject administration".
        r"first\s+(?:(?:healthy\s+)?volunteer|patient|subject|participant)|\bcompleted\s+(?:the\s+|its\s+)?first\s+"
        r"(?:(?:healthy|adult)\s+)?(?:patient|subject|participant)s?\s+(?:administration|dosing"
        r"|enrol(?:l)?ment|randomi[sz]ation)\b",
    ),
    Rule(
        "trial_initiation",
        # Not "investigator-initiated Phase 2 trial", which names who ran the trial.
        r"(?<![\w-])(?:initiated|started|commenced|began|begun|launched)\s+(?:a|an|the|its|their)?\s*"
        r"(?:[\w/-]+\s+){0,4}?(?:phase|trial|study)\b|\b(?:trial|study)\b[^.;]{0,60}?\b(?:was|has "
        r"been|were|have been|is)\s+(?:officially\s+)?(?:initiated|started|launched|commenced)\b"
        r"|\benter(?:s|ed)\s+(?:a\s+|the\s+|into\s+)?phase\b"
        # Slide shorthand: "Phase 3 VERA-2 initiated in 1H 2025"; "FPI Q1 2024" (first
        # patient in), "FPD: March 2025" (first patient dosed), with the period it came in.
        r"|\bfp[id]:?\s+(?:in\s+)?(?=q[1-4]\s+(?:19|20)\d\d|(?:19|20)\d\d|(?:jan|feb|mar|apr|may|jun|jul"
        r"|aug|sep|oct|nov|dec)[a-z]*\.?\s+(?:19|20)\d\d)"
        r"|\bphase\s+[1-4][ab]?(?:/[1-4])?\b[^.;]{0,40}?\b(?:initiated|started|commenced)"
        r"\s+(?:in|on)\b",
    ),
)

_KEYWORDS: tuple[tuple[str, ...], ...] = (
    ("accepted",),
    ("proceed", "go ahead"),
    ("agree",),
    ("notice", "permission", "clearance", "implied", "implicit", "tacit", "default", "licen",
     "objection", "certificate"),
    ("dosed", "first"),
    ("initiated", "started", "commenced", "began", "begun", "launched", "enter", "fpi", "fpd"),
)  # fmt: skip
TRIAL_RULES = tuple(replace(rule, keywords=k) for rule, k in zip(_RULES, _KEYWORDS, strict=True))
