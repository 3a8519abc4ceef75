"""English trigger rules for wordings of one regulator or one kind of document: slide and
table shorthand, a conversion of an accelerated approval, a regulator's "green light", and
a licence by its local name (see `licence_wordings`). They run after the general rules of
`patterns_en`."""

from __future__ import annotations

from service.extract.cues_en import APPROVAL_NOUN, IND_NOUN
from service.extract.licence_wordings import REGISTRATION_RULES, TRANSLATED_LICENCE_RULES
from service.extract.national_wordings import NATIONAL_WORDING_RULES
from service.extract.places import REGION_WORDS
from service.extract.rules import Rule

# A register's decision by its day, perhaps what it changes, then a colon before its act.
_REGISTER_DECISION = (
    r"\bdecision of (?:[^.;:]|\.(?=\d)){1,30}?(?:\s+amending (?:the |its )?(?:marketing )?"
    r"authori[sz]ation)?\s*:\s*"
)

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
    # The earlier licence a conversion ends: "granted full approval, converting the
    # accelerated approval it received in June 2023" (an approval of its own, with its date).
    Rule(
        "approval",
        r"\bconvert(?:s|ed|ing)\s+(?:the|its|their|an?)\s+(?:[\w'’-]+\s+){0,2}?"
        r"(?:accelerated|conditional|provisional)\s+(?:approval|authori[sz]ation|licen[cs]e)\b",
        keywords=("convert",),
        distinct=True,
    ),
    # Another use's licence named by its standing: "its separate, fully approved indication
    # in ovarian cancer" (an approval told as background, other than the news's).
    Rule(
        "approval",
        r"\b(?:fully|traditionally|regularly)\s+approved\s+(?:indications?|uses?)\b",
        keywords=("fully approved", "traditionally approved", "regularly approved"),
        distinct=True,
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
    # Approvals told by the regulators that granted them, each with its time: "follows
    # approvals by the US Food and Drug Administration in June and by Health Canada in
    # August", "approvals from the TGA (March) and the MHRA (May)" (not an ethics committee's).
    Rule(
        "approval",
        r"\bapprovals?\s+(?:by|from)\s+(?:the\s+)?(?:[\w.'’-]+\s+){0,5}?(?:administration|"
        r"agency|commission|ministry|fda|ema|nmpa|pmda|mhra|mhlw|tga|mfds|canada|swissmedic)"
        r"(?:\s+\([a-z]{2,6}\))?\s+(?:(?:in|on)\s+(?:(?:early|mid|late)[\s-]+)?|\(\s*)"
        r"(?:(?:19|20)\d\d\b|[0-3]?\d\s+[a-z]|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|"
        r"dec)[a-z]*\.?[\s),.])",
        keywords=("approval by", "approvals by", "approval from", "approvals from"),
    ),
    # An approval told as arriving: "Its EU approval came in May 2023", "Accelerated
    # approval followed on 3 May 2022" (a new event, not the one before repeated).
    Rule(
        "approval",
        rf"{APPROVAL_NOUN}\s+(?:arrived|came|followed)\s+(?:in|on|last)\b",
        keywords=("arrived", "came", "followed"),
    ),
    # "The drug first reached the market in 2023 under an accelerated approval": a licence
    # told by the route it came to market on (or by the route's name, "the accelerated
    # pathway").
    Rule(
        "approval",
        r"\b(?:reached|entered|came\s+(?:on)?to|hit)\s+(?:the\s+)?(?:\S+\s+)?markets?\b[^.;]{0,60}?"
        r"\b(?:under|via|through|with|on)\s+(?:an?\s+|the\s+)?(?:accelerated|conditional)\s+"
        r"(?:approval|authori[sz]ation|pathway|route)\b",
        keywords=("market",),
    ),
    # Korea's, Japan's and Taiwan's licences, as translated copy words them.
    *TRANSLATED_LICENCE_RULES,
    # "We filed with the NMPA in the spring": a filing named by the regulator it went to.
    Rule(
        "application_submission",
        r"\b(?:filed|submitted|refiled|resubmitted)\s+with\s+(?:the\s+)?(?:U\.S\.\s+|US\s+)?"
        r"(?:fda|ema|nmpa|cde|pmda|mhlw|mhra|tga|mfds|health canada|swissmedic|food and drug "
        r"administration|european medicines agency|agency|regulators?)\b",
        keywords=("filed with", "submitted with"),
    ),
    # A filing named, then its time in a participle set off by commas: "The resubmission,
    # filed last month, answers …", "the NDA, submitted in March, …", "the resubmission,
    # made in mid-May, …".
    Rule(
        "application_submission",
        r"\b(?:re-?submission|s?nda|s?bla|maa|marketing application|application),\s+"
        r"(?:(?:re-?)?(?:filed|submitted)|made|sent|lodged)\s+"
        r"(?=(?:in|on|last|this|earlier|early|late)\b)",
        keywords=("filed", "submitted", "refiled", "resubmitted", ", made", ", sent", ", lodged"),
    ),
    # A regulator's letter opens on the file it answers, with the day the file was made:
    # "Please refer to your new drug application (NDA) dated and received May 2, 2024".
    Rule(
        "application_submission",
        r"\brefer to your\s+(?:[\w-]+\s+){0,4}?(?:application|submission|s?nda|s?bla|maa)"
        r"(?:\s*\([a-z]{2,5}\))?(?:\s+(?:no\.\s*)?\d[\d-]*)?,?\s+"
        r"(?:dated(?:\s+and\s+received)?|received|submitted)\s+(?=(?:on\s+)?[a-z]*\s*\d)",
        keywords=("refer to your",),
    ),
    # The FDA "files" an application it accepts for review: "the BLA was filed by the FDA in
    # October", "the FDA has filed the NDA".
    Rule(
        "application_acceptance",
        r"\b(?:was|were|has been|have been|had been)\s+filed\s+by\s+(?:the\s+)?(?:U\.S\.\s+)?"
        r"(?:fda|agency)\b|\b(?:fda|agency)\s+(?:has\s+|had\s+)?(?:formally\s+|officially\s+)?filed\s+(?:the|its|their|an?)\s+"
        r"(?:\S+\s+){0,3}?(?:s?nda|s?bla|application|submission)\b",
        keywords=("filed",),
    ),
    # "Received clearance from the FDA in July for the IND application", "received clearance
    # from the CDE to begin a bridging study of X" (a trial by its purpose and its drug, not
    # its phase).
    Rule(
        "ind_clearance",
        r"\b(?:received|receives|obtained|secured|granted|gave)\s+(?:\S+\s+){0,3}?clearance\b"
        r"(?=[^.;]{0,100}?\b(?:ind|investigational new drug|clinical trial|phase|(?:begin|start"
        r"|initiate|conduct|run|launch|open)\s+(?:an?\s+|the\s+|its\s+)?(?:[\w-]+\s+){0,3}?"
        r"(?:study|trial)\s+(?:of|with|testing|evaluating))\b)",
        keywords=("clearance",),
    ),
    # 许可 as translated copy renders the verb: "the FDA permitted its IND of phase 2 clinical
    # trial", "the IND was allowed by the FDA in 2022" (not "IND-enabling" studies).
    Rule(
        "ind_clearance",
        r"\b(?:permit(?:ted|s)?|allow(?:ed|s)?)\s+(?:(?:its|the|their|an?|this|that)\s+)?"
        rf"(?:[\w.-]+\s+){{0,3}}?{IND_NOUN}(?![\w-])"
        rf"|\b{IND_NOUN}(?![\w-])[^.;]{{0,60}}?\b(?:was|were|has been|have been|had been)\s+"
        r"(?:\w+\s+)?(?:permitted|allowed)\b",
        keywords=("permit", "allow"),
    ),
    # A headline's or a timeline entry's present tense: "FDA clears IND for X", "2018 - CDE
    # clears China IND".
    Rule(
        "ind_clearance",
        rf"\bclears\s+(?!the\s+way\b)(?:(?:its|the|an?|their)\s+)?(?:[\w.-]+\s+){{0,3}}?{IND_NOUN}(?![\w-])",
        keywords=("clears",),
    ),
    # The trial as the subject of its permission in translated copy (임상 승인을 받았다): "the
    # phase 2 trial was get permission of the NMPA", "the clinical trial received permission
    # from the FDA in 2023" (not permission to market, a licence).
    Rule(
        "ind_clearance",
        r"\b(?:clinical\s+)?(?:trials?|stud(?:y|ies))\s+(?:(?:of|for|with)\s+[\w-]+\s+)?"
        r"(?:has\s+|have\s+|had\s+|was\s+|were\s+)?"
        r"(?:been\s+)?(?:get|gets|got|gotten|received|receives|obtained|obtains|acquired|won)\s+"
        r"(?:the\s+|a\s+)?(?:approval\s+and\s+)?permission\b(?!\s+to\s+(?:market|sell|launch))"
        # Or the drug as the subject, the trial after: "got permission of the NMPA for its
        # phase 2 trial".
        r"|\b(?:get|gets|got|gotten|received|receives|obtained|obtains|acquired|won)\s+"
        r"(?:the\s+|a\s+)?permission\s+(?:of|from)\s+[^.;]{0,60}?\bfor\s+(?:the\s+|its\s+|an?\s+)?"
        r"(?:(?:global|domestic|phase\s+\S+|clinical)\s+){0,3}(?:trials?|stud(?:y|ies))\b",
        keywords=("permission",),
    ),
    # A trial's first dose as translated copy names it (首例患者给药): "completed the first
    # patient administration", "has run since the first-patient dosing in May".
    Rule(
        "trial_initiation",
        rf"\bfirst[\s-]+(?:(?:healthy|adult|pediatric|paediatric|{REGION_WORDS})\s+)?(?:patient|"
        r"subject|participant|volunteer)s?[\s-]+(?:administration|dosing)\b"
        r"|\b(?:completed|finished)\s+(?:the\s+)?(?:first\s+)?(?:administration|dosing)\s+"
        r"(?:(?:to|of|for|in)\s+)(?:the\s+)?first\s+(?:patient|subject|participant)"
        # (Not "completed the first dosing cohort": a dose level, in a trial long started.)
        r"|\bcompleted\s+(?:the\s+)?first\s+(?:administration|dosing)\b"
        r"(?!\s+(?:cohorts?|groups?|levels?|stages?|parts?)\b)",
        keywords=("administration", "dosing"),
    ),
    # Australia's, Hong Kong's and Macau's licences, each a registration.
    *REGISTRATION_RULES,
    *NATIONAL_WORDING_RULES,
    # A decision field telling a refusal in words no rejection rule reads: "Registration
    # decision: Not approved" ("Rejected" and "Refused" are read as they are anywhere).
    Rule(
        "rejection",
        r"\bdecision\s*:\s*(?:not\s+(?:approved|registered|granted|authori[sz]ed)|negative)\b",
        keywords=("decision",),
    ),
    # China's refusal by the document that conveys it (不予批准通知书), as translated copy names
    # it: "received the Notice of Disapproval", "a non-approval notification" (the notice is
    # the decision, dated to its issue).
    Rule(
        "rejection",
        r"\b(?:notice|notification|letter|decision)s?\s+(?:of\s+)?(?:the\s+)?"
        r"(?:disapproval|non[- ]?approval)\b"
        r"|\b(?:disapproval|non[- ]?approval)\s+(?:notice|notification|letter|decision)s?\b",
        keywords=("disapproval", "non-approval", "nonapproval", "non approval"),
    ),
    # The EMA committee's refusal as a noun, and the outcome of its re-examination:
    # "confirmed its recommendation to refuse", "upheld the refusal" (a second negative
    # opinion, on the day it was confirmed). The verb alone is the confirmation: "confirmed
    # its June 2025 recommendation to refuse" tells the June opinion and today's.
    Rule(
        "rejection",
        # (Its date may follow the noun: "its recommendation of June 2025 to refuse".)
        r"\brecommendation (?:(?:of|from) (?:\w+\s+){1,3}?)?"
        r"(?:to refuse|(?:of|for) (?:the )?refusal)\b",
        keywords=("recommendation to refuse", "refusal", "to refuse"),
    ),
    Rule(
        "rejection",
        r"\b(?:confirmed|upheld|maintained|reaffirmed)(?=\s+(?:\S+\s+){0,3}?(?:refusal|rejection"
        r"|recommendation (?:(?:of|from) (?:\w+\s+){1,3}?)?to refuse|negative opinion)\b)",
        keywords=("refus", "rejection", "negative opinion"),
    ),
    # The EMA's wording of a withdrawal: the company "notified the CHMP that it wishes to
    # withdraw its application" (the notice is the withdrawal, not a plan to make one).
    Rule(
        "withdrawal",
        r"\b(?:notified|informed)\b[^.;]{0,160}?\b(?:it|they|the company|the applicant)\s+"
        r"(?:wishe[sd]|wanted)\s+to\s+withdraw\b",
        keywords=("wishes to withdraw", "wished to withdraw", "wanted to withdraw"),
    ),
    # A withdrawal told by the day it took effect: "The withdrawal took effect on 6 March",
    # "the revocation became effective in May" (the noun names the event the text told).
    Rule(
        "withdrawal",
        r"\b(?:withdrawal|revocation|delisting)\s+(?:\S+\s+){0,3}?(?:took|takes)\s+effect\b"
        r"|\b(?:withdrawal|revocation|delisting)\s+(?:\S+\s+){0,3}?became\s+effective\b",
        keywords=("effect",),
    ),
    # China's withdrawal as a procedure the regulator closes (撤回程序已完成), told after the
    # decision to withdraw: "the withdrawal procedure was completed on May 9" is the day the
    # application left review, not the day the company announced it. So is the withdrawal
    # named by what it took back: "the withdrawal of its application was completed".
    Rule(
        "withdrawal",
        r"\bwithdrawal(?:\s+(?:procedures?|process(?:es)?|formalities))?"
        r"(?:\s+of\s+(?:(?:the|its|their|an?)\s+)?(?:[\w.-]+\s+){0,3}?(?:application|filing|"
        r"authori[sz]ation|licen[cs]e|MAA|s?NDA|s?BLA|registration|approval)s?"
        r"(?:\s+(?:for|in|to|with|from)\s[^.;]{1,50}?)?)?\s+(?:was|were|has been|"
        r"had been)\s+(?:completed|finali[sz]ed|concluded)\b",
        keywords=("withdrawal",),
    ),
    # A regulator's decision told as a noun or verb with its infinitive: "welcomed the FDA's
    # decision on Tuesday to approve X", "the agency decided last week to authorise it" (not
    # "decided not to approve", a refusal; a decision yet to come is hedged as any event).
    Rule(
        "approval",
        r"\b(?:decision|decided|decides)\s+(?:(?!not\b|against\b|whether\b)[\w,.'’-]+\s+){0,4}?"
        r"to\s+(?:approve|authori[sz]e|license|licence)\b",
        keywords=("to approve", "to authoris", "to authoriz", "to licen"),
    ),
    # The European Commission's act, by its title: "Commission Implementing Decision of 3
    # March 2024 granting a marketing authorisation … for X".
    Rule(
        "approval",
        r"\bdecision of [^.;]{0,30}?\bgranting (?:an? )?(?:conditional )?marketing "
        r"authori[sz]ation\b",
        keywords=("granting",),
    ),
    # A register's decision, its act named after a colon: "Decision of 14.5.2025 amending the
    # authorisation: extension of indication to …" (a new use licensed), "Decision of
    # 12.5.2025: withdrawal of the marketing authorisation".
    Rule(
        "approval",
        rf"{_REGISTER_DECISION}extension of (?:the )?(?:therapeutic )?indications?\b",
        keywords=("extension of",),
    ),
    Rule(
        "withdrawal",
        rf"{_REGISTER_DECISION}withdrawal of (?:the |its )?(?:marketing )?"
        r"(?:authori[sz]ation|licen[cs]e|registration)\b",
        keywords=("withdrawal of",),
    ),
    # The Commission's decision told as following its committee's recommendation: "The
    # Commission followed on 24 April", "the EC endorsed the opinion in June" (not one that
    # followed a negative opinion, the rejection already told).
    Rule(
        "approval",
        r"\b(?:european\s+)?(?:commission|ec)\s+(?:duly\s+|then\s+|has\s+|had\s+)?(?:followed|"
        r"endorsed|ratified|rubber-stamped)\b(?![^.;]{0,40}\b(?:negative|refus|reject))",
        keywords=("followed", "endorsed", "ratified", "rubber-stamped"),
    ),
    # A correction notice names the approval whose date it sets right: "the list gave the
    # wrong date for the Commission's conditional marketing authorisation of X" (the event
    # happened; its right day follows, see `corrected_dates`).
    Rule(
        "approval",
        r"\b(?:wrong|incorrect|erroneous|mistaken)\s+(?:\S+\s+){0,2}?date\s+(?:for|of)\s+"
        rf"(?:the\s+)?(?:[\w.'’-]+\s+){{0,4}}?{APPROVAL_NOUN}",
        keywords=("date for", "date of"),
    ),
)
