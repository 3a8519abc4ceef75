"""English verb patterns that report an approval: a licence granted, won, issued or held, an
earlier one named, one named by its date, and a later market following the one before. They
run after the other general rules of `patterns_en`, in this order."""

from __future__ import annotations

from dataclasses import replace

from service.extract import calendar as cal
from service.extract.cues_en import APPROVAL_NOUN, APPROVAL_WORD, REGULATOR_SUBJECT, WHEN_DATED
from service.extract.rules import Rule

_RULES: tuple[Rule, ...] = (
    Rule(
        "approval",
        r"\b(?:earlier|previous|prior|existing)\s+(?:[\w.]+\s+){0,2}approval\b",
        distinct=True,
    ),
    Rule(
        "approval",
        rf"\b(?:granted|grants|gave|given|awarded)\b(?:\s+\S+){{0,6}}?\s+{APPROVAL_WORD}"
        rf"|\b(?:won|wins|received|receives|obtain|obtained|obtains|secured|secures|gained|earned|got|"
        rf"gets?)"
        # Up to five words between: "won US Food and Drug Administration approval".
        rf"\b(?:\s+\S+){{0,5}}?\s+{APPROVAL_WORD}"
        # A regulator's full name before its acronym: "obtain the Food and Drug Administration
        # (FDA) approval".
        rf"|\b(?:won|received|obtain|obtained|obtains|secured|gained|gets?|got)\s+(?:the\s+)?"
        rf"(?:[\w.]+\s+){{1,8}}?\([a-z]{{2,6}}\)\s+{APPROVAL_WORD}"
        # "The Commission issued a conditional marketing authorisation" (not "issued guidance").
        rf"|\bissu(?:ed|es)\s+(?:an?|the|its)\s+{APPROVAL_WORD}"
        rf"|{REGULATOR_SUBJECT}approve\b"
        # "(markets) where it is approved" names a state, and "an already approved antibody"
        # a product: neither reports the event. (Checked behind the word, which is faster.)
        r"|\bapprov(?:ed|es)\b(?<!where it is approved)(?<!where they are approved)"
        r"(?<!which it is approved)(?<!\ban approved)(?<!\ba approved)(?<!an already approved)"
        # (Nor "the approved conjugate does not reach": a product named by its standing.)
        r"(?<!\bthe approved)"
        r"(?<!a previously approved)(?<!: not approved)"  # (that field: a wording's refusal)
        # The standing made one word: "already-approved ingredients".
        r"(?<!already-approved)(?<!previously-approved)"
        # "NDA 021488 remains approved": a licence's standing, told to deny it was withdrawn.
        r"(?<!remains approved)(?<!remain approved)(?<!remained approved)(?<!stays approved)"
        r"(?! (?:(?:generic|biosimilar|other) )?(?:therapies|drugs|treatments|"
        r"medicines|products|indications?|labels?|doses?|regimens?|uses?|versions?|generics?"
        r"|ingredients?|substances?)\b)"
        # (Nor "for authorised products": the participle naming a class of products, as
        # "approved" above.)
        r"|\bauthori[sz](?:ed|es)\b(?! generics?\b| representatives?\b"
        r"| (?:medicines|products|drugs|therapies|treatments|indications|uses)\b)"
        r"|\bcleared\b(?! the way\b| (?:a|an|the|its)? ?(?:\w+ )?hurdles?\b)"
        r"|\badded\s+(?:a\s+|an\s+)?(?:second|third|new|another|further)\s+indication\b"
        r"|\bsigned off on\b|\bexpand(?:ed|s)\s+(?:\S+\s+){0,2}?(?:label|indication)s?\b"
        # The label as the subject, as a timeline's entry tells it: "June 2024 - X label
        # expanded in the US to first-line use" (a widened label is a new approval).
        r"|\blabels?\s+(?:was\s+|were\s+|has\s+been\s+|had\s+been\s+)?(?:expanded|extended)\b"
        # "extended that accelerated approval to children": the label widened, a new approval.
        r"|\bextend(?:ed|s)\s+(?:(?:that|the|its|this|an?|accelerated|conditional)\s+){1,2}"
        r"(?:approval|authori[sz]ation|label)\b"
        rf"|{APPROVAL_NOUN}\s+(?:was\s+|were\s+|has been\s+|had been\s+)?(?:granted|issued) by "
        r"(?:the )?(?:\S+ ){0,3}?(?:commission|agency|administration|fda|ema|nmpa|pmda|mhra|mhlw|"
        r"ministry|regulators?|authorit(?:y|ies)|canada|tga|mfds|swissmedic)\b"
        # A form's label: "Date of approval: March 25, 2020"; a European register's, "Authorisation
        # date: 03.03.2026"; a register's entry, "ARTG registration date: 11 February 2026".
        r"|\b(?:date of (?:approval|authori[sz]ation|(?:artg )?registration)"
        r"|(?:approval|authori[sz]ation|artg registration) date)\s*:"
        # A licence held, told as background: "also holds a conditional marketing authorisation
        # in the European Union", "an indication that has carried an accelerated approval
        # since September 2021".
        r"|\b(?:holds|held|carries|carried)\s+(?:an?\s+)?"
        r"(?:(?:conditional|full|marketing|accelerated)\s+){0,2}(?:authori[sz]ation|approval)\b",
    ),
    # A regulator's document or act told by its participle: "a Commission decision dated
    # 2 May granting marketing authorisation for X"; a licence to sell named by its purpose:
    # "the agency granted permission to market X", "received marketing permission".
    Rule(
        "approval",
        # (A day written with dots, "dated 03.06.2025", stays within the sentence.)
        r"\b(?:decision|order|letter|notice|resolution)\b(?:[^.;]|\.(?=\d)){0,40}?\bgranting\s+"
        rf"(?:\S+\s+){{0,3}}?{APPROVAL_WORD}"
        # The holder may be named first: "granted permission to Acme Pharma to import and
        # market X". (Not what a committee says should be done: "recommended that Acme be
        # granted permission to market X".)
        r"|\b(?<!\bbe )(?:granted|grants|granting|gave|given|issued|received|obtained|secured"
        r"|won)\s+(?:(?:the|its|a|an)\s+)?(?:\S+\s+){0,2}?(?:permission|licen[cs]e)\s+to\s+"
        r"(?:[\w&.'-]+\s+){0,4}?(?:to\s+)?"
        r"(?:import\s+and\s+|manufacture\s+and\s+)?(?:market|sell|commerciali[sz]e)\b"
        r"|\b(?:granted|grants|gave|given|issued|received|obtained|secured|won)\s+"
        r"(?:(?:the|its|a|an)\s+)?(?:\S+\s+){0,2}?marketing\s+permission\b",
    ),
    # An approval named by when it happened: "through an accelerated approval in May 2021".
    # Or with its product named first: "the FDA's approval of Xyz in November 2024".
    Rule(
        "approval",
        rf"{APPROVAL_NOUN}\s+(?:(?:in|from|by|of)\s+(?:the\s+)?\S+\s+){{0,2}}?{WHEN_DATED}",
    ),
    # An approval dated by a month or year written before the noun, after its owner: "nine
    # months after the FDA's November approval", "its 2024 authorisation" (not a date the
    # approval is set for: "the FDA's March approval deadline").
    Rule(
        "approval",
        rf"(?:['’]s|\bits)\s+(?:(?:{cal.MONTH_NAMES})(?:\s+(?:19|20)\d\d)?|(?:19|20)\d\d)\s+"
        rf"{APPROVAL_NOUN}(?!\s+(?:date|deadline|target|goal|decision|timeline|window)\b)",
    ),
    # The approval named, then who granted it and when, in a relative clause or participle:
    # "the US approval, which the FDA granted in September 2024", "its EU authorisation,
    # granted by the Commission in May 2023", "Japan's approval for the same use, granted two
    # months later" (dated from the date before), "the FDA's approval of the medicine,
    # granted in January 2025" (its object set off by the comma: "approval of X was granted
    # on …" is the wordings' rule's).
    Rule(
        "approval",
        rf"{APPROVAL_NOUN}(?:\s+for\s+[^,;.]{{1,50}}?|\s+of\s+[^,;.]{{1,50}}?(?=,))?,?\s+"
        r"(?:(?:which|that)\s+(?:the\s+)?"
        r"(?:\S+\s+){1,3}?(?:granted|issued|gave|won|received|obtained)|(?:granted|issued|given"
        r"|won|received|obtained)(?:\s+by\s+(?:the\s+)?\S+)?)\s+(?:(?:it|the drug)\s+)?"
        rf"(?:{WHEN_DATED}|\w+\s+(?:weeks?|months?|years?)\s+later\b)",
    ),
    # "The FDA followed on Dec. 8 with an approval in …": the approval is named after the verb.
    # (Canada's licence is its Notice of Compliance.)
    Rule(
        "approval",
        rf"\bfollowed\s+(?:\S+\s+){{0,5}}?with\s+(?:an?\s+|its\s+)?(?:{APPROVAL_NOUN}"
        r"|notice of compliance\b|noc(?:/c)?\b)",
    ),
    # The approval noun as the subject of "followed" or "came": "A conditional marketing
    # authorisation followed in the EU in May 2024" is a later approval of its own, not a
    # repeat; so is "Canada's authorisation, issued with conditions, came a month after the
    # US decision" and "Australia's provisional registration followed that August" (past an
    # aside; not "came to nothing" or "came up for renewal").
    Rule(
        "approval",
        rf"(?:{APPROVAL_NOUN}|(?:provisional|conditional)\s+registration\b)(?:,[^,;.()]{{1,60}},)?"
        r"\s+(?:(?:in|from|by|of)\s+(?:the\s+)?\S+\s+){0,2}?(?:(?:soon|later|then|quickly)\s+)?"
        r"(?:followed\b(?!\s+(?:by|with|from)\b)|came\b(?!\s+(?:to|up|under)\b))",
    ),
    # "…, with Japan following in September 2019": the place repeats the event before it
    # (the Commission's following is its committee's recommendation's, see the wordings);
    # "first granted it approval in March 2022, and added first-line use in January 2023": a
    # use added later repeats it (not a warning, data or patients added).
    Rule(
        "approval",
        r"\bfollowed\b(?<!commission followed)(?<!approval followed)(?<!authori[sz]ation followed)"
        r"|\bwith\s+(?:the\s+)?(?:\S+\s+){1,3}?following\b"
        r"(?! \w+ing\b)"
        r"|\band added\b(?=(?:\s+(?!(?:an?|the|boxed|warnings?|data|patients|sites|safety|"
        r"language|restrictions?|cohorts?)\b)[\w-]+){1,5}?\s+in\s+"
        r"(?:(?:19|20)\d\d|[a-z]+ (?:19|20)\d\d))",
        follow=True,
    ),
)

_KEYWORDS: tuple[tuple[str, ...], ...] = (
    ("earlier", "previous", "prior", "existing"),
    # Every branch ends in an approval word, "cleared" or an added indication.
    ("approv", "authori", "cleared", "indication", "signed off", "expand", "extend", "holds",
     "held", "carrie", "registration date", "date of registration", "date of artg"),
    ("granting", "permission", "licence to", "license to"),
    ("approval", "authoris", "authoriz"),  # the noun only: the rule needs it
    ("approval", "authoris", "authoriz"),
    ("approval", "authoris", "authoriz"),
    ("followed",),
    ("followed", "came"),
    ("followed", "following", "added"),
)  # fmt: skip
APPROVAL_RULES = tuple(replace(rule, keywords=k) for rule, k in zip(_RULES, _KEYWORDS, strict=True))
