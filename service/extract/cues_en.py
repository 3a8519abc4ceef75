"""English words around a designation, priority review or programme name that tell it was
granted or entered, the nouns of applications and approvals the rules read, and the cues
that one event covers several drugs."""

from __future__ import annotations

import re

from service.extract import calendar as cal
from service.extract.rules import Guarded, fast_pattern
from service.extract.vocabulary import KOREAN_RAPID

# An approval named as a noun, with the kinds it comes in ("the accelerated approval").
APPROVAL_NOUN = (
    r"(?:(?:accelerated|conditional|full|traditional|marketing|regulatory)\s+)*"
    r"(?:approval|authori[sz]ation)\b"
)
# A marketing application, by any of its names and the words before them.
APPLICATION_NOUN = (
    r"(?:(?:the|a|an|its|their|this|that|resubmitted|new|supplemental|marketing|biologics?|"
    r"rolling|U\.S\.|EU|Japanese|original|earlier)\s+)*(?:sNDA|sBLA|(?:J-?)?NDA|BLA|MAA|new drug "
    r"application|biologics? licen[cs]e application|marketing authori[sz]ation application|"
    r"applications?|filing|resubmission|submission|dossier|variation)\b"
)
# An approval with the words that qualify it ("the FDA accelerated approval").
APPROVAL_WORD = (
    r"(?:(?:accelerated|conditional|full|traditional|regular|marketing|regulatory|standard|"
    r"final|and|manufacturing|FDA|EU|NMPA|U\.S\.|first|a)\s+)*(?:approval|authori[sz]ation|"
    # Translated copy uses the verb as the noun: "obtained the FDA accelerated approve".
    r"(?<!\bto )approve)\b"
)
# When an event happened, as a year or a month: "in 2021", "on 14 April", "in late March".
# (A day may come first, a comma after: "approval on 14 April, for …".)
WHEN_DATED = (
    r"(?:(?:in|on)\s+(?:(?:early|late|mid)[\s-]+)?(?:(?:19|20)\d\d\b|(?:[0-3]?\d\s+)?"
    # (Or the month ends the sentence: "a marketing authorisation in June.")
    rf"(?:{cal.MONTH_NAMES}|jan\.|feb\.|aug\.|sept?\.|oct\.|nov\.|dec\.)(?:[\s,]|\.(?!\w)))"
    # A month named as past by itself: "the FDA's approval of Xyz last June".
    rf"|last\s+(?:{cal.MONTH_NAMES})\b)"
)
# A regulator as the subject of a base-form verb, as translated copy writes it ("In March
# 2022, NMPA approve its first-line indication", "FDA accept the new drug application").
REGULATOR_SUBJECT = (
    r"\b(?:fda|nmpa|ema|pmda|mhra|mhlw|cde|tga|mfds|commission|agency|administration)\s+"
)
# A trial's application, by any of its names ("the IND", "its clinical trial application").
IND_NOUN = (
    r"(?:investigational new drug application|IND(?: application)?|clinical trial application)"
)
DESIGNATION_VERBS = re.compile(
    r"\b(?:granted|grants|received|receives|holds|held|has|have|had|awarded|obtained|obtains|"
    r"carried|carries|won|earned|given|gave|gives|gets|got|designated|secured|secures|gained|"
    # Feature copy's verbs of getting one: "picked up orphan drug designation", "landed BTD";
    # a brief's "Fast Track designation for X, announced Wednesday" (one sought is dropped);
    # a company telling its own: "disclosed breakthrough therapy designation for X".
    r"picked up|picks up|landed|lands|announced|announces|disclosed|discloses|"
    # A regulator as the giver in feature copy: "the FDA handed X Fast Track designation".
    r"handed|hands|"
    # A scheme the drug entered: "supported through the EMA's PRIME scheme", "accepted into".
    r"supported|admitted|accepted|"
    # A regulator adding a status to those the drug holds: "the MHLW added an orphan drug
    # designation in 2023" (not a speaker who "added that" a status would help).
    r"added(?!\s+that\b)|adds(?!\s+that\b)|"
    # A regulator's notice tells its decision made: "a provisional determination … was made".
    r"(?:was|were|been) made|"
    # Translated French holds a status as a benefit ("bénéficie de"): "X benefits since 2021
    # of the orphan designation", "has benefited from" (not "the benefits of" a status).
    r"(?<!the )(?<!its )benefit(?:s|ed|ted)(?=(?:\s+[\w,]+){0,3}?\s+(?:from|of)\b)|"
    # A result that came about, the regulator made to grant by what came before: "data good
    # enough for the FDA to grant breakthrough status", "results that prompted (led,
    # persuaded, convinced) the agency to award …" (a modal before it is a hedge of its own).
    r"(?:enough\s+for|prompted|prompting|led|leading|persuaded|convinced)\s+[^.;]{0,40}?"
    r"\bto\s+(?:grant|award))\b",
    re.IGNORECASE,
)
# "Qualification", "recognition", "identification" and "cognizance" render 资格 / 认定 in
# translated copy. The UK awards its ILAP "Innovation Passport" as others grant a status.
# "BTD" abbreviates a breakthrough therapy designation, noun and all.
DESIGNATION_NOUNS = re.compile(
    r"designations?|status|designated|qualifications?|recognition|identification|cognizance|"
    # (The TGA's is a "determination": "received a provisional determination in 2024".)
    r"scheme|passports?|\bBTDs?\b|determinations?|"
    # The EMA grants PRIME as "eligibility" ("granted PRIME eligibility to X"); not the rules
    # a product must meet ("eligibility criteria"), which grant nothing.
    r"eligibility(?!\s+(?:criteria|requirements?|conditions?|rules?|review|assessment))",
    re.IGNORECASE,
)
PRIORITY_REVIEW = re.compile(
    # "Priority examination" renders 优先审评 in translated copy.
    # Australia's TGA grants a "priority determination"; Brazil's ANVISA a "priority analysis"
    # (análise prioritária).
    # Other national regulators' copy: "priority evaluation" (Türkiye's öncelikli
    # değerlendirme), a "priority registration track" a file is admitted to.
    r"\b(?:priority|prioriti[sz]ed) (?:review|examination|determination|analysis|evaluation|"
    r"assessment)\b(?!\s+vouchers?)"
    r"|\bpriority (?:registration |approval )?(?:track|lane)\b"
    # Or translated Portuguese's noun (priorização da análise): "granted the prioritization
    # of the analysis of the process".
    r"|\bprioriti[sz]ation\s+of\s+(?:the\s+|its\s+)?(?:analysis|review)\b"
    # Korea's 신속심사 shortens the review of a filed application, as priority review does;
    # translated copy calls it "rapid examination", or a "fast-track review" that a product
    # is made "a target of" (대상) or that the Korean glosses (see `vocabulary.KOREAN_RAPID`).
    rf"|\b(?:rapid|expedited) examination\b|{KOREAN_RAPID}",
    re.IGNORECASE,
)
PRIORITY_VERBS = re.compile(
    r"\b(?:granted|grants|received|placed|under|included|accepted|given|gave|give|gives|"
    # Japan's wording: "the applications were designated for priority review"; Korea's,
    # translated: "selected as a target of rapid examination" (대상으로 선정).
    r"designated|obtained|into|selected|chosen|admitted|"
    # China's CDE "lists" an application for priority review (列入优先审评).
    r"listed)\b"
    # A regulator's summary form: "Review category: Prioritized review".
    r"|\breview category\s*:",
    re.IGNORECASE,
)
# A decision's verbs, and the words that put it inside a programme (see PROGRAMME_VERBS).
_DECIDED_VERBS = (
    "granted", "issued", "came through", "came", "comes through", "comes", "arrived",
    "obtained", "won", "secured",
)  # fmt: skip
_WITHIN = ("under", "as part of", "through", "via", "within")
# (Its day is the decision's, not the day the drug entered the programme.)
_DECIDED_WITHIN = rf"(?:{'|'.join(_DECIDED_VERBS)}) (?:{'|'.join(_WITHIN)})\b"
DECIDED_WITHIN = re.compile(_DECIDED_WITHIN)
# Run on lower-cased text; generic present tense ("applications are selected") is dropped later.
PROGRAMME_VERBS = fast_pattern(
    r"\b(?:selected|included|entered|admitted|joined|picked(?! up))\b"
    # A partner regulator's share of a joint review: "Health Canada also took part in the
    # Orbis review", "the TGA participated in Project Orbis".
    r"|\b(?:took|takes|taking) part in\b|\bparticipat(?:ed|es|ing) in\b"
    # A member of the programme: "X was also part of the ILAP" (not "as part of", a route).
    r"|\b(?:was|were|is|are|became|become|has been|have been)\s+(?:also\s+|now\s+)?part of\b"
    # "a list posted Thursday adds X to the Starlight Plan"
    r"|\badd(?:s|ed)\b(?=[^.;]{0,80}?\bto\b)"
    # "Both reviews ran under Project Orbis", "after assessing the dossier through …"
    r"|\b(?:handled|reviewed|review|run|ran|conducted|assessed|assessing|evaluated)"
    # "reviewed the application under Project Orbis", "assessed the file within Project Orbis"
    # (or the product itself: "are also assessing the medicine under Orbis")
    r"(?: (?:the|its|their|this|that|an?) (?:[\w-]+ ){0,2}?(?:application|submission|filing|"
    r"dossier|file|s?nda|s?bla|maa|medicine|drug|product))? (?:under|as part of|through|via|"
    r"within)\b"
    # A decision told as reached within the programme: "Both approvals came through under
    # Project Orbis", "the licences were granted under Orbis", "issued via Project Orbis".
    rf"|\b{_DECIDED_WITHIN}"
    # Or the drug itself, by its name: "Health Canada reviewed X under Project Orbis".
    r"|\b(?:handled|reviewed|assessed|assessing|evaluated) [a-z][\w-]* (?:under|as part of|"
    r"through|via|within)\b"
    # "had brought its application for X into Project Orbis", "the FDA accepted the BLA into
    # the program"
    r"|\b(?:brought|brings|bring|accepted|accepts)\b(?=[^.;]{0,120}?\binto\b)"
    r"|\b(?:disclosed|announced) (?:its|their) selection\b"
    # A drug-less sentence opening the next one's news: "A second Orbis review followed."
    r"|\b(?:review|assessment) (?:followed|came next)\b"
    # A listing's field naming the route a product's file took, with no verb: "Procedure:
    # Access NAS Work-Sharing Initiative", "Evaluation route: reviewed under Project Orbis".
    r"|(?<![^\n])[ \t]*(?:procedure|(?:evaluation|review|assessment|regulatory) route)[ \t]*:"
)
# (A work-sharing programme's own words for itself: "entered the work-sharing procedure".)
PROGRAMME_ANAPHOR = re.compile(
    r"\b(?:the|this|that) (?:program|programme|pilot|plan"
    r"|work-?sharing (?:procedure|initiative|process|assessment|review))\b",
    re.I,
)
# Translated copy lists the products after "respectively is" (分别是).
PLURAL_CUE = Guarded(
    re.compile(
        r"\bboth of which\b|\beach of which\b|\bboth\b|\brespectively,?\s+(?:is|are)\b",
        re.IGNORECASE,
    ),
    ("both", "each", "respectively"),
)
# An unnamed product as the subject just before the event's verb: indefinite ("a product
# that was approved", "one drug was"), or the company's first or only one, which a pipeline
# update mentions for its sales. (Not "the product", "its drug": those refer back to a name.)
# Or a generic subject opening the sentence, in a programme's or a rule's description:
# "Selected products may…", "Applicants can…", "The programme was launched…".
# A company told indefinitely is not the article's, which it names: "an inhibitor of a
# multinational company", "a drug from a Japanese drugmaker".
_OTHER_COMPANY = (
    r"(?:(?:an?\s+|the\s+)?(?:other|another|rival|competing|different)\s+(?:[\w-]+\s+)?"
    r"|an?\s+(?:[\w-]+\s+){0,2}?)"
    r"(?:compan(?:y|ies)|firms?|drugmakers?|makers?|developers?|manufacturers?|sponsors?)\b"
)
UNNAMED_SUBJECT = Guarded(
    re.compile(
        # (A word may be a target's, "one CLDN6.2 antibody", or an owner's, "another
        # company's drug".)
        r"\b(?:(?:a|an|one|another)\s+(?:[\w.'’-]+\s+){0,3}?"
        r"|(?:(?:the\s+)?company's|its|their|our)\s+(?:first|second|only|sole)\s+(?:[\w-]+\s+){0,2}?"
        # Rivals of the drug's own class: "similar products have already been approved".
        r"|\b(?:similar|comparable|competing|rival|same-class)\s+(?:[\w-]+\s+){0,2}?)"
        # (A candidate too: "another company's FcRn candidate was turned down".)
        r"(?:(?:product|drug|medicine|therapy|biosimilar|treatment|vaccine|inhibitor|candidate"
        r"|compound)s?|antibod(?:y|ies))"
        # Another company's, told after the noun: "a drug of another firm with a new mode of
        # action", "a therapy from a rival drugmaker".
        rf"(?:\s+(?:of|from|by)\s+{_OTHER_COMPANY}(?:\s+with\s+[^.;,]{{1,40}}?)?"
        r"|\s+(?:of|in|from)\s+the\s+same\s+(?:class|category))?"
        r",?\s+(?:(?:which|that)\s+)?"
        r"(?:(?:was|were|is|are|has|have|had|been|also|already|first|subsequently|now)\s+){0,3}$"
        r"|(?:(?<=[.;:]\s)|(?<![^\n]))[\"“]?(?:"
        r"(?:the\s+)?(?:selected|eligible|participating|included)\s+(?:products|drugs|medicines|"
        r"therapies|candidates|companies|sponsors)"
        r"|(?:products|drugs|medicines|therapies|candidates)\s+(?:selected|included|admitted|chosen)"
        r"|(?:applicants|sponsors|companies)"
        # (A drug's own "Barth syndrome program" received its designations: no scheme.)
        r"|(?:the|this)\s+(?:pilot|scheme)|(?:the|this)\s+(?:programme|program|plan)\s+"
        r"(?:was|is|has\s+been)\s+(?:launched|introduced|established|set\s+up|created|designed|"
        r"intended))\b"
        # A listing's section heading names the class its entries belong to: "New chemical
        # entities registered on the ARTG", "Biosimilar medicines approved".
        r"|(?<![^\n])[ \t]*(?:(?:new|novel|generic|biosimilar|prescription|orphan)\s+)*"
        r"(?:chemical\s+entities|active\s+substances|medicines|products|drugs|biosimilars"
        r"|generics|therapies)\s+$",
        re.IGNORECASE,
    ),
    (
        "product", "drug", "medicine", "therap", "biosimilar", "candidate", "compan", "sponsor",
        "entities", "substances", "generics",
        "treatment", "vaccine", "inhibitor", "antibod", "compound",
        "applicant", "pilot", "scheme", "launched", "introduced", "established", "set up",
        "created", "designed", "intended",
    ),
)  # fmt: skip

# Words that screen sentences for PROGRAMME_VERBS (they must cover all its matches).
PROGRAMME_KEYWORDS = (
    "selected", "included", "entered", "admitted", "joined", "picked", "handled", "reviewed",
    "review under", "run under", "conducted under", "review through", "run through",
    "conducted through", "review via", "run via", "conducted via", "assessed", "evaluated",
    "ran under", "ran through", "ran via", "assessing", "part in", "part of", "participat",
    "selection", "adds", "added", "brought", "bring", "procedure", "route", "accept", "followed",
    "came next",
    *(f"{verb} {word}" for verb in _DECIDED_VERBS for word in _WITHIN),
)  # fmt: skip
