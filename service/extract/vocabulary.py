"""Named designations and regulator programmes, each with its canonical wire name."""

from __future__ import annotations

import re

from service.extract.keywords import holds_one_of

# Korea's 신속심사, an expedited review of a filed application (a priority review, not a
# development-stage designation), which translated copy may call a "fast-track review":
# glossed in Korean, or as the scheme a product is made "a target" of (대상으로 지정), which
# translation words either way round: "a target of/for (the) fast-track review", or "a
# fast-track review target" in the Korean order (not a PDUFA "target (action) date"). The
# opening lookahead lets most places fail on "f" before trying the lookbehinds.
KOREAN_RAPID = (
    r"신속\s?심사|(?i:(?=fast[- ]track (?:review|examination)\b)"
    r"(?:(?<=target of )|(?<=target for )|(?<=target of the )|(?<=target for the )"
    r"|(?<=target of a ))"
    r"fast[- ]track (?:review|examination)\b"
    r"|fast[- ]track (?:review|examination)(?=\s*(?:[(（]\s*신속|target\b(?! (?:action )?date))))"
)
# (canonical, pattern); patterns are case-sensitive where the words are also common English.
_DESIGNATIONS = (
    (
        "breakthrough_therapy",
        r"(?i:breakthrough therapy|breakthrough designation)|\bBTD\b|突破性治疗|突破性疗法"
        # Saudi Arabia's SFDA calls its own a "Breakthrough Medicine designation".
        r"|(?i:breakthrough medicines? designation)"
        # Translated copy renders 突破性治疗药物 / 品种 word for word.
        r"|(?i:breakthrough (?:therapeutic|treatment) (?:drugs?|variet(?:y|ies)|products?))"
        # Spoken and informal copy drops the scheme's noun: "got FDA breakthrough for X",
        # "won breakthrough status" (not "FDA breakthrough device", another scheme's).
        r"|(?<=FDA )(?i:breakthrough)(?= (?:for|on|in|back|last|this|earlier)\b|\s*[,.;)])"
        r"|(?i:breakthrough)(?= status\b)",
    ),
    # Translated copy renders 快速通道 as the "fast lane" or "fast channel".
    ("fast_track", rf"(?!{KOREAN_RAPID})(?i:fast[- ](?:track|lane|channel))|快速通道"),
    # Not the EMA's orphan committee (the COMP), whose opinion only recommends one.
    (
        "orphan_drug",
        r"(?i:(?<!committee for )orphan(?! committee| (?:drugs?|medicinal products?) committee)"
        r"(?: drug| medicinal product)?)(?= |,|s|$)|孤儿药(?!品?委员会)"
        # Translated Korean renders 희귀의약품 (지정) word for word: "designated as a rare
        # medicine", "rare drug designation".
        r"|(?:(?<=designated as a )|(?<=designation as a ))(?i:rare (?:disease )?(?:medicine|drug))"
        r"|(?i:rare (?:disease )?(?:medicine|drug))(?= designation)",
    ),
    ("rare_pediatric_disease", r"(?i:rare pa?ediatric disease)|罕见儿科疾病"),
    ("prime", r"\bPRIME\b|(?i:priority medicines)"),
    # Chinese copy translates Japan's 先駆け審査指定 as 先驱审查/审评指定.
    ("sakigake", r"(?i:sakigake)|先驱审[查评]指定|先駆け?審査指定"),
    ("rmat", r"(?i:regenerative medicine advanced therapy)|\bRMAT\b"),
    ("qidp", r"(?i:qualified infectious disease product)|\bQIDP\b"),
    ("innovation_passport", r"(?i:innovation passport)|\bILAP\b|创新护照"),
    ("pim", r"(?i:promising innovative medicine)"),
    # Australia's TGA determines a medicine eligible for provisional registration before its
    # dossier is lodged: a designation (its "priority determination" is a priority review).
    ("provisional_determination", r"(?i:provisional determination)"),
)
_PROGRAMMES = (
    ("SPARK Plan", r"\bSPARK\b|(?i:star ?light (?:plan|program)|star program)|星光计划"
     r"|(?i:support anti-?\s?tumou?r drugs?\s*r&d for kids)"
     r"|(?i:pediatric antitumou?r drug development encouragement pilot program)"
     r"|儿童抗肿瘤药物研发鼓励试点计划"),
    ("CARE Plan", r"\bCARE Plan\b|(?i:patient-centered action for rare diseases encouragement)"
     r"|罕见病关爱计划|关爱计划|(?<![A-Za-z])CARE ?计划"
     # The CDE's own Chinese name: "以患者为中心的罕见病药物研发鼓励试点".
     r"|以患者为中心的罕见病药物研发鼓励试点"),
    ("Project Orbis", r"(?i:project orbis)|\bOrbis\b"),
    ("START Pilot Program", r"\bSTART\b|(?i:support for clinical trials advancing rare disease)"),
    ("Real-Time Oncology Review", r"(?i:real-time oncology review)|\bRTOR\b"),
    # The work-sharing coalition of the UK, Canadian, Australian, Swiss and Singapore
    # regulators, named as Project Orbis is (its initiative by name, or the consortium).
    # (Its listings shorten the initiative: "Access NAS Work-Sharing Initiative".)
    ("Access Consortium",
     r"(?i:access consortium|(?:new active substance|access nas) work-?sharing)"),
    # The UK's pathway, which a drug enters (its Innovation Passport, a designation, is the
    # ticket in: see `ENTRY_TOKENS`).
    ("Innovative Licensing and Access Pathway", r"(?i:innovative licensing and access pathway)"
     r"|\bILAP\b"),
    # Korea's MFDS fast-track review programme for innovative products, which it adds drugs to.
    ("GIFT", r"\bGIFT\b|(?i:global innovative products? on fast track)"),
)  # fmt: skip

DESIGNATIONS = tuple((name, re.compile(pattern)) for name, pattern in _DESIGNATIONS)
DESIGNATION_KEYWORDS: tuple[tuple[str, ...], ...] = (
    ("breakthrough", "btd", "突破性"),
    ("fast", "快速"),
    ("orphan", "孤儿", "rare medicine", "rare drug", "rare disease medicine", "rare disease drug"),
    ("rare p", "罕见儿科"),
    ("prime", "priority medicines"),
    ("sakigake", "先驱审", "先駆"),
    ("regenerative", "rmat"),
    ("qualified", "qidp"),
    ("passport", "ilap", "创新护照"),
    ("promising",),
    ("provisional determination",),
)
PROGRAMMES = tuple((name, re.compile(pattern)) for name, pattern in _PROGRAMMES)
# The regulator that runs a programme and leads every review in it: its lead is no partner
# entering it (a work-share's lead among equals, as the Access Consortium's, is).
PROGRAMME_RUNNERS = {
    "SPARK Plan": "NMPA", "CARE Plan": "NMPA", "Project Orbis": "FDA",
    "START Pilot Program": "FDA", "Real-Time Oncology Review": "FDA",
}  # fmt: skip
# A national programme belongs to its one regulator, whichever others the text names
# around it ("reviewed using the FDA's approval as reference. X was also part of ILAP").
PROGRAMME_HOMES = {
    "SPARK Plan": ("NMPA", "CN"), "CARE Plan": ("NMPA", "CN"),
    "Innovative Licensing and Access Pathway": ("MHRA", "UK"), "GIFT": ("MFDS", "KR"),
}  # fmt: skip
# A designation that is the ticket into a programme: told with the entry ("entered ILAP,
# receiving an Innovation Passport"), it is that entry, not a second event.
ENTRY_TOKENS = {"innovation_passport": "Innovative Licensing and Access Pathway"}

APPLICATION_TYPES = (
    ("sNDA", re.compile(r"\bsNDA\b|(?i:supplemental (?:NDA|new drug application))|新适应症")),
    ("sBLA", re.compile(r"\bsBLA\b|(?i:supplemental (?:BLA|biologics? licen[cs]e application))")),
    ("NDA", re.compile(r"\b(?:J-?)?NDA\b|(?i:new drug application)|新药上市申请")),
    ("BLA", re.compile(r"\bBLA\b|(?i:biologics? licen[cs]e application)|生物制品上市许可申请")),
    ("MAA", re.compile(r"\bMAA\b|(?i:marketing authori[sz]ation application)")),
    # Canada's applications: a (supplement to a) New Drug Submission.
    ("SNDS", re.compile(r"\bSNDS\b|(?i:supplement(?:al)?(?: to an?)? new drug submission)")),
    ("NDS", re.compile(r"\bNDS\b|(?i:new drug submission)")),
)

# Where a pipeline table says a status is held, opening its parenthesis: "(US, 2023)",
# "(EU, March 2024)". Names only, not any word: "(Smith et al., 2021)" cites a paper.
LISTED_PLACE = (
    r"[(（](?:U\.?S\.?|EU|UK|FDA|EMA|EC|MHRA|PMDA|Japan|China|NMPA|Korea|MFDS|Canada|"
    r"Health Canada|TGA|Australia)\s*[,;，]\s*"
)

# A slide's or tracker's tick that marks an item done: "[done]", "(completed)", "✓", "✅".
TICK = r"(?:[\[(](?:done|completed?|achieved|x)[\])]|[✓✔✅☑])"

# Literals of which one must occur for a programme's pattern to run: matched in the text as
# written when they hold a capital (like the case-sensitive acronyms), else lower-cased.
_PROGRAMME_HINTS: tuple[tuple[str, ...], ...] = (
    ("SPARK", "starlight", "star light", "star program", "星光", "for kids", "antitumor drug",
     "antitumour", "儿童抗肿瘤"),
    ("CARE", "patient-centered", "关爱", "罕见病药物研发鼓励"),
    ("orbis",),
    ("START", "support for clinical"),
    ("real-time", "RTOR"),
    ("access consortium", "new active substance work", "access nas work"),
    ("innovative licensing", "ILAP"),
    ("GIFT", "global innovative product"),
)  # fmt: skip


def find_programmes(text: str, lowered: str | None = None) -> list[tuple[int, int, str]]:
    """(start, end, canonical) for every programme mention, in order."""
    lowered = text.lower() if lowered is None else lowered
    hits = [
        (m.start(), m.end(), name)
        for (name, pattern), hints in zip(PROGRAMMES, _PROGRAMME_HINTS, strict=True)
        if any(h in (lowered if h.islower() or not h.isascii() else text) for h in hints)
        for m in pattern.finditer(text)
    ]
    return sorted(hits)


# Lower-case literals of which one must occur for the matching APPLICATION_TYPES row to run.
APPLICATION_HINTS: tuple[tuple[str, ...], ...] = (
    ("snda", "supplemental", "新适应症"),
    ("sbla", "supplemental"),
    ("nda", "new drug application", "新药上市申请"),
    ("bla", "biologic", "生物制品上市许可申请"),
    ("maa", "marketing author"),
    ("snds", "new drug submission"),
    ("nds", "new drug submission"),
)


def application_type(text: str) -> str | None:
    lowered = text.lower()
    for (name, pattern), hints in zip(APPLICATION_TYPES, APPLICATION_HINTS, strict=True):
        if holds_one_of(lowered, hints) and pattern.search(text):
            return name
    return None
