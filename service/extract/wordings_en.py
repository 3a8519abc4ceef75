"""English trigger rules for wordings of one regulator or one kind of document: Australia's
register, slide and table shorthand, a conversion of an accelerated approval, a regulator's
"green light". They run after the general rules of `patterns_en`."""

from __future__ import annotations

from service.extract.cues_en import APPROVAL_NOUN
from service.extract.decisions import REFUSED_OUTCOME
from service.extract.rules import Rule

WORDING_RULES: tuple[Rule, ...] = (
    # "converted its accelerated approval to full approval", "the accelerated approval was
    # granted in 2022" (a digest's line drops the verb: "Full approval granted on 3 May"),
    # "gave the green light" (a trial's, if the context is one: see IND).
    Rule(
        "approval",
        r"\bconverted\b[^.;]{0,100}?\bto\s+(?:a\s+)?(?:full|traditional|regular|standard)\s+"
        rf"approval\b|{APPROVAL_NOUN}(?:\s+(?:of|for)\s+\S+)?\s+(?:(?:was|were|had been|has been)"
        r"\s+granted\b|granted\s+(?:on|in|by)\b)|\b(?:gave|given|give|gives|received|receives|got|gets|won|wins|granted|has|had)\s+"
        r"(?:\S+\s+){0,3}?green light\b",
        keywords=("converted", "granted", "green light"),
    ),
    # A licence as the UK and wire copy word it: "picked up a Swiss licence in March", "won
    # a marketing licence" (not a deal's "licence agreement" or a licence "to" rights); an
    # approval named by a past time: "relied on its US approval from last year".
    Rule(
        "approval",
        r"\b(?:picked up|won|received|obtained|secured|gained|got|granted|given)\s+(?:an?\s+|its\s+"
        r"|the\s+)?(?:(?:UK|British|EU|Swiss|Canadian|Australian|full|conditional|marketing|"
        r"product)\s+){1,2}licen[cs]e\b(?!\s+(?:agreement|deal|option|fee|to|from)\b)"
        r"|\bpicked up\s+(?:\S+\s+){0,3}?(?:approval|authori[sz]ation)\b"
        rf"|{APPROVAL_NOUN}\s+(?:from|in)\s+(?:earlier this|early last|late last|last)\s+year\b",
        keywords=("licence", "license", "picked up", "this year", "last year"),
    ),
    # An approval told as arriving: "Its EU approval came in May 2023".
    Rule(
        "approval",
        rf"{APPROVAL_NOUN}\s+(?:arrived|came)\s+(?:in|on|last)\b",
        keywords=("arrived", "came"),
    ),
    # "The drug first reached the market in 2023 under an accelerated approval": a licence
    # told by the route it came to market on.
    Rule(
        "approval",
        r"\b(?:reached|entered|came\s+(?:on)?to|hit)\s+(?:the\s+)?(?:\S+\s+)?markets?\b[^.;]{0,60}?"
        r"\b(?:under|via|through|with|on)\s+(?:an?\s+|the\s+)?(?:accelerated|conditional)\s+"
        r"(?:approval|authori[sz]ation)\b",
        keywords=("market",),
    ),
    # "We filed with the NMPA in the spring": a filing named by the regulator it went to.
    Rule(
        "application_submission",
        r"\b(?:filed|submitted|refiled|resubmitted)\s+with\s+(?:the\s+)?(?:U\.S\.\s+|US\s+)?"
        r"(?:fda|ema|nmpa|cde|pmda|mhlw|mhra|tga|mfds|health canada|swissmedic|food and drug "
        r"administration|european medicines agency|agency|regulators?)\b",
        keywords=("filed with", "submitted with"),
    ),
    # The FDA "files" an application it accepts for review: "the BLA was filed by the FDA in
    # October", "the FDA has filed the NDA".
    Rule(
        "application_acceptance",
        r"\b(?:was|were|has been|have been|had been)\s+filed\s+by\s+(?:the\s+)?(?:U\.S\.\s+)?"
        r"(?:fda|agency)\b|\b(?:fda|agency)\s+(?:has\s+|had\s+)?filed\s+(?:the|its|their|an?)\s+"
        r"(?:\S+\s+){0,3}?(?:s?nda|s?bla|application|submission)\b",
        keywords=("filed",),
    ),
    # "Received clearance from the FDA in July for the IND application".
    Rule(
        "ind_clearance",
        r"\b(?:received|receives|obtained|secured|granted|gave)\s+(?:\S+\s+){0,3}?clearance\b"
        r"(?=[^.;]{0,100}?\b(?:ind|investigational new drug|clinical trial|phase)\b)",
        keywords=("clearance",),
    ),
    # Australia's register: a medicine "registered on the ARTG", "entered on the ARTG", and the
    # notice's "Registration decision: 26 May 2025" or "Decision: Registered" (a trial's
    # registry entry is no approval, nor a decision field telling a refusal).
    Rule(
        "approval",
        r"\b(?:registered|entered|included|listed)\b[^.;]{0,120}?\b(?:on|in) the "
        r"(?:australian register of therapeutic goods|artg)\b|\bregistration decision\s*:"
        rf"(?!\s*{REFUSED_OUTCOME})|\bdecision\s*:\s*(?:provisionally\s+)?registered\b",
        keywords=("artg", "australian register", "decision"),
    ),
    # Its provisional registration, a licence on early data, as others' conditional ones.
    Rule(
        "approval",
        r"\b(?:granted|grants|received|receives|obtained|gained|secured|given|gave)\s+(?:\S+\s+)"
        r"{0,3}?provisional registration\b|\bprovisionally registered\b",
        keywords=("provisional",),
    ),
    # A decision field telling a refusal in words no rejection rule reads: "Registration
    # decision: Not approved" ("Rejected" and "Refused" are read as they are anywhere).
    Rule(
        "rejection",
        r"\bdecision\s*:\s*(?:not\s+(?:approved|registered|granted|authori[sz]ed)|negative)\b",
        keywords=("decision",),
    ),
    # The EMA's wording of a withdrawal: the company "notified the CHMP that it wishes to
    # withdraw its application" (the notice is the withdrawal, not a plan to make one).
    Rule(
        "withdrawal",
        r"\b(?:notified|informed)\b[^.;]{0,160}?\b(?:it|they|the company|the applicant)\s+"
        r"(?:wishe[sd]|wanted)\s+to\s+withdraw\b",
        keywords=("wishes to withdraw", "wished to withdraw", "wanted to withdraw"),
    ),
    # The European Commission's act, by its title: "Commission Implementing Decision of 21
    # July 2025 granting a conditional marketing authorisation … for X".
    Rule(
        "approval",
        r"\bdecision of [^.;]{0,30}?\bgranting (?:an? )?(?:conditional )?marketing "
        r"authori[sz]ation\b",
        keywords=("granting",),
    ),
)
