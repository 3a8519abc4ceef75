"""English trigger rules for a licence told by the name its regulator gives it: Korea's item
permission, Japan's acquired approval and Taiwan's drug permit as translated copy words
them, and the registration that Australia, Hong Kong and Macau grant. `wordings_en` runs
them in its own order."""

from __future__ import annotations

from service.extract.decisions import REFUSED_OUTCOME
from service.extract.national_regulators import NATIONAL_ROWS
from service.extract.rules import Rule

# Who registers a medicine: a regulator by its code, or by the head noun of its name ("the
# Authority"), never a company (which registers trials, offices and trademarks).
REGISTRARS = "|".join(
    sorted(
        {row[1].lower() for row in NATIONAL_ROWS}
        | {"tga", "hsa", "fda", "ema", "nmpa", "mfds", "swissmedic", "authority", "agency"}
        | {"administration", "regulator", "ministry", "establishment", "board", "institute"},
        key=len,
        reverse=True,
    )
)

TRANSLATED_LICENCE_RULES: tuple[Rule, ...] = (
    # Korea's marketing licence in translated copy (품목허가): "got item permission (approval)",
    # "item approval was granted" (not the application for it); the regulator as subject
    # "gave the item permission for X" (허가를 내줬다).
    Rule(
        "approval",
        r"\b(?:received|receives|obtained|obtains|acquired|acquires|won|secured|gained|got|"
        r"granted|given|gave|gives|issued|issues)\s+(?:\S+\s+){0,3}?item\s+(?:permission|licen[cs]e)\b"
        r"(?!\s+application)"
        r"|\bitem\s+(?:permission|approval|licen[cs]e)(?:\s+(?:for|of)\s+\S+)?\s+(?:was|were|"
        r"has been|had been)\s+"
        r"(?:granted|issued|obtained|received)\b",
        keywords=("item permission", "item approval", "item licen"),
    ),
    # Japan's licence as translated copy words it (製造販売承認): "acquired manufacturing and
    # marketing approval", "acquired approval for partial change" (not a company acquired),
    # "marketing approval was acquired from the Ministry".
    Rule(
        "approval",
        r"\bacquire[sd]\s+(?:the\s+|an?\s+|its\s+)?(?:(?:manufacturing|marketing|sales|and|"
        r"distribution|import|regulatory|domestic|mhlw|pmda|japanese)\s+){0,5}approval\b"
        # Japanese order keeps the source before the object: "acquired from the Ministry of
        # Health, Labour and Welfare the approval of partial change" (一部変更承認).
        r"|\bacquire[sd]\s+from\s+(?:the\s+)?[^.;]{0,60}?\b(?:ministry|mhlw|pmda)\b[^.;]{0,40}?"
        r"\s+(?:the|an?|its)\s+(?:(?:manufacturing|marketing|and|partial|change|of|for)\s+){0,4}"
        r"approval\b"
        r"|\bapproval(?:\s+(?:of|for)\s+\S+)?\s+(?:was|were|has been|had been)\s+acquired\b",
        keywords=("acquire",),
    ),
    # German order keeps the object last, past what it is for: "has received for its vaccine
    # X against Lyme disease the approval (Zulassung) by the European Commission".
    Rule(
        "approval",
        r"\b(?:received|receives|obtained|obtains)\s+for\s+(?:its|the|their|our)\s+[^.;]{1,100}?"
        r"\s+the\s+(?:(?:marketing|conditional|full)\s+)?(?:approval|authori[sz]ation)\b"
        r"(?!\s+(?:to|for)\s+(?:start|initiat|conduct|begin)\w*)",
        keywords=("received for", "receives for", "obtained for", "obtains for"),
    ),
    # Taiwan's licence as translated copy words it (藥品許可證): "obtained the TFDA-issued new
    # drug permit license", "the drug permit was issued".
    Rule(
        "approval",
        r"\b(?:obtain(?:ed|s)?|receiv(?:ed|es)|got|gets|won|secured|acquired|granted|issued)\b"
        r"(?:\s+\S+){0,3}?\s+(?:new\s+)?drug\s+permit\b"
        r"|\bdrug\s+permit(?:\s+licen[cs]e)?\s+(?:was|were|has been|had been)\s+"
        r"(?:granted|issued|obtained)\b",
        keywords=("permit",),
    ),
    # Asked for by name: "applied for item permission", "filed for item approval"; translated
    # copy may drop the preposition (허가를 신청했다): "applied the item approval to the MFDS".
    Rule(
        "application_submission",
        r"\b(?:applied|filed)\s+(?:for\s+)?(?:the\s+|its\s+|an?\s+)?item\s+"
        r"(?:permission|approval|licen[cs]e)\b",
        keywords=("item permission", "item approval", "item licen"),
    ),
)

REGISTRATION_RULES: tuple[Rule, ...] = (
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
    # The TGA as the subject of its licence: "the Therapeutic Goods Administration on Thursday
    # registered X" (the register is its approval; a company registering a trial is none).
    Rule(
        "approval",
        r"\b(?:tga|therapeutic goods administration)(?:\s+\(tga\))?\s+(?:\S+\s+){0,3}?"
        r"(?:has\s+|had\s+)?registered\b",
        keywords=("registered",),
    ),
    # Its provisional registration, a licence on early data, as others' conditional ones; and
    # the registration national regulators grant as their licence ("granted conditional
    # registration to X", "received marketing registration").
    Rule(
        "approval",
        r"\b(?:granted|grants|received|receives|obtained|gained|secured|given|gave)\s+(?:\S+\s+)"
        r"{0,3}?(?:provisional|conditional|full|marketing|product) registration\b"
        r"|\bprovisionally registered\b",
        keywords=(
            "provisional",
            "conditional registration",
            "full registration",
            "marketing registration",
            "product registration",
        ),
    ),
    # Many national regulators' licence is a registration, told with the regulator as the
    # subject: "SAHPRA has registered X", "the agency formally registered X for adults" (not
    # what is registered on a trial registry, in a country or as a company).
    Rule(
        "approval",
        rf"\b(?:{REGISTRARS})\)?(?:'s)?(?:\s*\([^()]{{1,20}}\))?\s+"
        r"(?:(?:has|had|have|also|formally|officially|now|today|finally|conditionally)\s+){0,2}"
        r"registered\s+(?!(?:on|in|at|with|under|as|by|for|to|its|their|a|an|the)\b)",
        keywords=("registered",),
    ),
    # The documents that carry that licence: "issued a certificate of product registration",
    # "granted registration numbers to 148 medicines", "a registration certificate dated …".
    Rule(
        "approval",
        r"\b(?:granted|grants|issued|issues|assigned|awarded|received|obtained|gave|given)\s+"
        r"(?:\S+\s+){0,3}?(?:registration (?:numbers?|certificates?)|certificates? of (?:product )?"
        r"registration|(?:product|marketing) registration certificates?)\b"
        r"|\bregistration certificate dated\b",
        keywords=(
            "registration number",
            "registration certificate",
            "of registration",
            "of product registration",
        ),
    ),
    # A regulator adding the medicine to its register of drugs: "the ministry added X to its
    # drug register", "entered X into the national medicines registry" (not a trial's registry).
    Rule(
        "approval",
        r"\b(?:added|adds|entered|enters|included|includes)\s+(?:[^.;]{1,60}?\s+)?(?:to|in|into|on)"
        r"\s+(?:its|the|their)\s+(?:national\s+)?(?:drugs?|medicines?|medicinal products?|"
        r"pharmaceuticals?)\s+regist(?:er|ry)\b",
        keywords=("register", "registry"),
    ),
    # Hong Kong's licence is a registration: "registered by Hong Kong's Department of Health",
    # "registered with the Drug Office of the Department of Health" (its offices by name only
    # with the region or the department: others' departments of health register companies).
    # So is Macau's: "registered with Macao's Pharmaceutical Administration Bureau (ISAF)".
    Rule(
        "approval",
        r"\bregistered\s+(?:by|with)\s+(?:the\s+)?(?:(?:macao|macau)\b[^.;]{0,40}?)?"
        r"(?:pharmaceutical administration bureau|isaf\b)"
        r"|\bregistered\s+(?:by|with)\s+(?:the\s+)?(?:(?:hong kong|hksar|hk)\b[^.;]{0,40}?"
        r"(?:department of health|drug office|pharmacy and poisons board)"
        r"|(?:department of health|drug office|pharmacy and poisons board),?\s+of\s+(?:the\s+)?"
        r"(?:government\s+of\s+(?:the\s+)?)?(?:hong kong|hksar|department of health)\b)",
        keywords=("registered by", "registered with"),
    ),
    # Mexico's licence is a sanitary registration (registro sanitario), which translated copy
    # calls a "sanitary registry": "granted the sanitary registry to X", "the registry was
    # emitted on …" (not the request for one).
    Rule(
        "approval",
        r"\b(?:granted|grants|gave|given|received|receives|obtained|obtains|gained|secured|"
        r"issued|issues|emitted|awarded)\s+(?:\S+\s+){0,3}?(?:sanitary|health) "
        r"regist(?:ry|ration)\b"
        r"(?!\s+(?:application|request|dossier))"
        r"|\b(?:sanitary |health |marketing )?regist(?:ry|ration)(?:\s+(?:of|for)\s+\S+)?\s+"
        r"(?:was|were|has been|had been)\s+(?:granted|issued|emitted|awarded)\b",
        keywords=("regist",),
    ),
    # And its refusal: "denied in August the sanitary registry to X".
    Rule(
        "rejection",
        r"\b(?:denied|denies|refused|refuses|rejected|rejects)\s+(?:\S+\s+){0,3}?"
        r"(?:sanitary|health|marketing|product) regist(?:ry|ration)\b",
        keywords=("regist",),
    ),
    # New Zealand's licence is consent to distribute a new medicine (Medicines Act 1981), which
    # Medsafe gives in full or provisionally (its conditional route): "granted provisional
    # consent for X", "received consent to distribute" (not a patient's informed consent).
    Rule(
        "approval",
        r"\b(?:granted|grants|gave|given|received|receives|obtained|gained|secured|issued)\s+"
        r"(?:\S+\s+){0,2}?(?:(?:provisional|ministerial|full) consent\b|consent to distribute\b)",
        keywords=("consent",),
    ),
)
