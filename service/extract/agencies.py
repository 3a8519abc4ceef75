"""Regulators and countries: which agency and jurisdiction a phrase points to."""

from __future__ import annotations

import re
from collections import Counter
from typing import NamedTuple

from service.extract.keywords import holds_one_of
from service.extract.leads import minimal_leads, scan_at_leads
from service.extract.national_regulators import NATIONAL_ROWS
from service.extract.shared_names import local_readings

# (pattern, agency, jurisdiction, strength): strength 2 names a regulator, 1 only a country.
_BIG_TABLE: tuple[tuple[str, str, str, int], ...] = (
    (r"(?:U\.S\.|US|United States) Food and Drug Administration|Food and Drug Administration"
     r"|FDA\b|CDER\b|CBER\b|Center for (?:Drug|Biologics) Evaluation and Research"
     r"|美国食品药品监督管理局|美国食品药物管理局", "FDA", "US", 2),
    (r"National Medical Products Administration|NMPA\b|CDE\b"
     r"|Center for Drug Evaluation(?! and Research)|China's drug regulator"
     # 药品审评中心 translated word for word.
     r"|Drug (?:Evaluation|Review) Center"
     r"|China (?:Food and )?Drug Administration"
     r"|国家药品监督管理局|国家药监局|药品审评中心|药审中心|国家食品药品监督管理总局",
     "NMPA", "CN", 2),
    # Translated copy renders 国家药监局 as "the State Drug Administration"; the regulator's
    # older names were the State (SFDA) and China (CFDA, above) Food and Drug Administration.
    # (Alternatives that open with a letter, not a class: the regex engine skips to them.)
    (r"State (?:Food and )?Drug (?:Supervision )?Administration|CFDA\b|SFDA\b", "NMPA", "CN", 2),
    # Documents only China's regulator issues name it: "收到《药物临床试验批准通知书》".
    (r"药物临床试验批准通知书|药品注册证书", "NMPA", "CN", 2),
    (r"European Medicines Agency|EMA\b|CHMP\b|Committee for Medicinal Products for Human Use"
     r"|European Commission|欧洲药品管理局|欧盟委员会"
     # Drug copy's bare "the Commission" is the European one (not the UK's "Commission on
     # Human Medicines"). (The literal first, so that the row keeps its leads.)
     r"|Commission\b(?<=\b[Tt]he Commission)(?!\s+on\b)", "EMA", "EU", 2),
    (r"Pharmaceuticals and Medical Devices Agency|PMDA\b|Ministry of Health,? Labou?r and Welfare"
     r"|MHLW\b|厚生劳动省", "PMDA", "JP", 2),
    (r"Medicines and Healthcare products Regulatory Agency|MHRA\b|英国药品和保健品监管局",
     "MHRA", "UK", 2),
    (r"Health Canada|加拿大卫生部", "HC", "CA", 2),
    (r"Ministry of Food and Drug Safety|MFDS\b|韩国食品药品安全部", "MFDS", "KR", 2),
    (r"Therapeutic Goods Administration|TGA\b|澳大利亚药品管理局", "TGA", "AU", 2),
    (r"Swissmedic", "Swissmedic", "CH", 2),
    # Taiwan's regulator, the Food and Drug Administration of the Ministry of Health and
    # Welfare, by its English names (before the US FDA's rows can take its words).
    (r"Taiwan(?:'s)? (?:Food and Drug Administration|FDA)\b|TFDA\b"
     r"|Ministry of Health and Welfare,? Food and Drug Administration"
     r"|Food and Drug Administration,? (?:of the )?Ministry of Health and Welfare"
     r"|Food and Drug Administration\s*[(（]TFDA\b"
     r"|卫生福利部食品药物管理署|衛生福利部食品藥物管理署|食品药物管理署|食品藥物管理署|食药署|食藥署",
     "TFDA", "TW", 2),
    # Hong Kong registers drugs through its own Department of Health (Drug Office), not the
    # NMPA, though its copy is written in Chinese and names the Mainland's regulator beside it.
    # (Its English names also by the region's initials, "HKSAR"; never a bare "Department of
    # Health" or "Pharmacy and Poisons Board": other countries' regulators bear them, Kenya's.)
    (r"Department of Health,? (?:of )?(?:the )?(?:Government of )?(?:the )?(?:Hong Kong|HKSAR)\b"
     r"|(?:Hong Kong(?: SAR| Special Administrative Region)?|HKSAR|HK)(?: Government)?(?:'s)? "
     r"(?:Department of Health|Drug Office)|Drug Office of the Department of Health"
     r"|(?:Hong Kong|HKSAR)(?:'s)? Pharmacy and Poisons Board"
     r"|Pharmacy and Poisons Board of (?:the )?(?:Hong Kong|HKSAR)\b"
     # Its Chinese names as the rules read them, Traditional copy converted (衞生署, 特區,
     # 藥物辦公室 as 卫生署, 特区, 药物办公室): the region in full or shortened to 特区, and its
     # Drug Office, a name no other government's office bears, with or without the department.
     r"|香港特(?:别行政)?区(?:政府)?卫生署|香港(?:政府)?卫生署|(?:卫生署)?药物办公室"
     r"|药剂业及毒药管理局"
     # Its "1+" registration route (one reference regulator's approval plus local data) is
     # the name copy gives the decision when it names no office ("通过“1+”机制获批").
     # (Matched from "1+", not its opening quote, so that its rows keep leading literals.)
     r"|1\+[\"'”’」]?\s*(?:机制|機制|[Mm]echanism)",
     "DH", "HK", 2),
    # Macau registers drugs through its own Pharmaceutical Administration Bureau (ISAF), by
    # its English, Portuguese and Chinese names (Traditional copy converted: 澳門藥物監督管理局
    # as 澳门药物监督管理局), and its "1+1" route. A row of its own, never Hong Kong's: copy
    # about both regions names both regulators, each for its own licence. The region's name
    # alone is no regulator (copy names places for many reasons), nor a bare 药物监督管理局.
    (r"(?:Macao|Macau)(?: SAR| Special Administrative Region)?(?: Government)?(?:'s)? "
     r"(?:Pharmaceutical Administration Bureau|drug regulator)"
     r"|Pharmaceutical Administration Bureau|ISAF\b"
     r"|Instituto para a Supervis[aã]o e Administra[cç][aã]o Farmac[eê]utica"
     r"|澳门(?:特(?:别行政)?区)?(?:政府)?(?:药物监督管理局|药监局)"
     r"|1\+1[\"'”’」]?\s*(?:机制|機制|[Mm]echanism)",
     "ISAF", "MO", 2),
    # (A continent is no country: "approved in Latin America", "South America".)
    (r"U\.S\.|US\b|United States|(?<!Latin )(?<!South )(?<!North )(?<!Central )America\b|美国",
     "FDA", "US", 1),
    # Hong Kong and Macau copy calls China "the Mainland" (内地), as against the regions (not
    # "mainland Europe"; nor 境内地区 or 体内地, which hold the characters).
    (r"China(?:'s)?\b|Chinese\b|CTR\d{8}\b|Mainland\b(?! Europe)|中国|国内|我国"
     r"|(?<![境国体])内地", "NMPA", "CN", 1),
    # "withdrew its European marketing application": the adjective before a filing or licence
    # (not a society's or a congress's, "European Hematology Association").
    (r"EU\b|European Union|Europe\b|European(?= (?:marketing|applications?|filings?|submissions?"
     r"|MAA|approvals?|authori[sz]ations?|licen[cs]es?|regulators?)\b)|欧盟|欧洲", "EMA", "EU", 1),
    (r"Japan(?:ese)?\b|日本", "PMDA", "JP", 1),
    (r"UK\b|United Kingdom|Britain(?:'s)?\b|British\b|英国", "MHRA", "UK", 1),
    (r"Canad(?:a|ian)\b|加拿大", "HC", "CA", 1),
    (r"South Korea\b|Korea(?:n)?\b|韩国", "MFDS", "KR", 1),
    (r"Australia(?:n)?\b|澳大利亚", "TGA", "AU", 1),
    (r"Switzerland\b|Swiss\b", "Swissmedic", "CH", 1),
    (r"Taiwan(?:ese)?\b|台湾|台灣", "TFDA", "TW", 1),
)  # fmt: skip
_TABLE = _BIG_TABLE + tuple(row[:4] for row in NATIONAL_ROWS)
# The regulators' acronyms as the rows spell them ("FDA", "BfArM"), by their capitals: a
# line written all in capitals keeps them (see `shouted_lines`).
ACRONYMS: dict[str, str] = {
    word.upper(): word
    for row in _TABLE
    for word in re.findall(r"(?<![A-Za-z\\])[A-Z][A-Za-z]*[A-Z][A-Za-z]*(?![A-Za-z])", row[0])
}
# ASCII word boundaries: in Chinese copy an acronym runs straight into the next character
# ("获FDA批准"), which a Unicode \b counts as part of the same word.
_COMPILED = tuple(re.compile(row[0], re.ASCII) for row in _TABLE)
# Literal hints, matched case-sensitively like the patterns: a row's pattern only runs
# when one of its hints occurs in the text.
_HINTS: tuple[tuple[str, ...], ...] = (
    ("Food and Drug", "FDA", "CDER", "CBER", "Evaluation and Research", "美国食品"),
    ("Medical Products", "NMPA", "CDE", "Center for Drug", "Drug Evaluation Center",
     "Drug Review Center",
     "drug regulator", "国家药", "审评中心",
     "药审", "国家食品"),
    ("Drug Administration", "Drug Supervision Administration", "CFDA", "SFDA"),
    ("批准通知书", "注册证书"),
    ("European Medicines", "EMA", "CHMP", "Medicinal Products", "Commission", "欧洲药品",
     "欧盟委员会"),
    ("Medical Devices Agency", "PMDA", "Ministry of Health", "MHLW", "厚生"),
    ("Healthcare products", "MHRA", "英国药品"),
    ("Health Canada", "加拿大卫生"),
    ("Drug Safety", "MFDS", "韩国食品"),
    ("Therapeutic Goods", "TGA", "澳大利亚药品"),
    ("Swissmedic",),
    ("Taiwan", "TFDA", "Ministry of Health and Welfare", "食品药物", "食品藥物", "食药署",
     "食藥署"),
    ("Department of Health", "Hong Kong", "HKSAR", "HK", "Drug Office", "卫生署", "药物办公室",
     "毒药", "1+"),
    ("Macao", "Macau", "Pharmaceutical Administration", "ISAF", "Instituto", "澳门", "1+1"),
    ("U.S.", "US", "United States", "America", "美国"),
    ("China", "Chinese", "CTR", "Mainland", "中国", "国内", "我国", "内地"),
    ("EU", "Europe", "欧"),
    ("Japan", "日本"),
    ("UK", "United Kingdom", "Britain", "British", "英国"),
    ("Canad", "加拿大"),
    ("Korea", "韩国"),
    ("Australia", "澳大利亚"),
    ("Switzerland", "Swiss"),
    ("Taiwan", "台湾", "台灣"),
    *(row[4] for row in NATIONAL_ROWS),
)  # fmt: skip
# In text without Chinese, a row runs only when one of these capitalised words occurs: the
# first word of each of its alternatives ("U.S." gives "U"). A set look-up per word is far
# cheaper than substring tests over the whole text.
_WORD_HINTS: tuple[frozenset[str], ...] = tuple(frozenset(words.split()) for words in (
    "U US United Food FDA CDER CBER Center",
    "National NMPA CDE Center China Drug",
    "State CFDA SFDA",
    "",
    "European EMA CHMP Committee Commission",
    "Pharmaceuticals PMDA Ministry MHLW",
    "Medicines MHRA",
    "Health",
    "Ministry MFDS",
    "Therapeutic TGA",
    "Swissmedic",
    "Taiwan TFDA Ministry Food",
    "Department Hong HKSAR HK Drug 1+",
    "Macao Macau Pharmaceutical ISAF Instituto 1+",
    "U US United America",
    "China Chinese CTR Mainland",
    "EU European Europe",
    "Japan Japanese",
    "UK United Britain British",
    "Canada Canadian",
    "South Korea Korean",
    "Australia Australian",
    "Switzerland Swiss",
    "Taiwan Taiwanese",
    *(row[5] for row in NATIONAL_ROWS),
))  # fmt: skip
# The literals each row's matches start with, for `_row_matches`.
_LEADS = tuple(minimal_leads(row[0]) for row in _TABLE)
# (And "1+", which opens the name of Hong Kong's registration route, "the 1+ mechanism".)
_OPENING_WORDS = re.compile(r"[A-Z][A-Za-z]*|1\+")
_CJK = re.compile(r"[\u4e00-\u9fff]")
# Country words inside institution names say nothing about where a regulator acted.
_NOT_JURISDICTION = re.compile(
    r"(?:Society|Academy|Association|College|Institute|Journal|Congress) of[\w ]{0,20}$"
)
# A company's nationality ("a Swiss biotech company", "the Korean drugmaker", "a US-based
# developer") tells where it is based, not where a regulator acted.
_COMPANY_AFTER = re.compile(
    r"(?:-based|-headquartered)?\s+"
    r"(?:(?!(?:the|an?|of|for|in|on|under|by|with|to|and|or|its|their)\s)[a-z][\w-]*\s+){0,3}?"
    r"(?:company|companies|firms?|"
    r"drugmakers?|biotechs?|start-?ups?|developers?|manufacturers?|corporation|group)\b"
)
# "Outside Japan, the European Commission cleared the drug …": the place named is
# where the event did not happen, though a comma joins it to the regulator that acted.
_EXCLUDED_PLACE = re.compile(r"\b[Oo]utside\s+(?:of\s+)?(?:the\s+)?$")
# Chinese names the excluded place first: "在中国以外首个获批的市场", "美国之外".
_EXCLUDED_AFTER = ("以外", "之外")


# Each jurisdiction's regulator, for a place named without one (a trial's site).
# (Reversed: a jurisdiction's first row, which names its regulator, is the one kept.)
_AGENCY_OF = {jurisdiction: agency for _, agency, jurisdiction, _ in reversed(_TABLE)}


def agency_of(jurisdiction: str) -> str:
    return _AGENCY_OF[jurisdiction]


class Regulator(NamedTuple):
    start: int
    end: int
    agency: str
    jurisdiction: str
    strength: int


def find_regulators(text: str) -> list[Regulator]:
    """Non-overlapping regulator and country mentions, longest first at each position."""
    # An ASCII text holds no Chinese: no need to search it for some.
    chinese = not text.isascii() and _CJK.search(text) is not None
    words = None if chinese else set(_OPENING_WORDS.findall(text))
    hits = sorted(
        (
            Regulator(m.start(), m.end(), agency, jurisdiction, strength)
            for (_, agency, jurisdiction, strength), pattern, leads, hints, word_hints in zip(
                _TABLE, _COMPILED, _LEADS, _HINTS, _WORD_HINTS, strict=True
            )
            if (holds_one_of(text, hints) if words is None else not word_hints.isdisjoint(words))
            for m in _row_matches(text, pattern, leads)
        ),
        key=lambda r: (r.start, -r.strength, -(r.end - r.start)),
    )
    kept: list[Regulator] = []
    for hit in hits:
        if kept and hit.start < kept[-1].end:
            continue
        if hit.start > 0 and text[hit.start - 1].isascii() and text[hit.start - 1].isalnum():
            continue
        window = max(0, hit.start - 40)
        if " of" in text[window : hit.start] and _NOT_JURISDICTION.search(text, window, hit.start):
            continue
        if "utside" in text[max(0, hit.start - 16) : hit.start] and _EXCLUDED_PLACE.search(
            text, max(0, hit.start - 16), hit.start
        ):
            continue
        if chinese and text.startswith(_EXCLUDED_AFTER, hit.end):
            continue
        if hit.strength == 1 and _COMPANY_AFTER.match(text, hit.end):
            continue
        kept.append(hit)
    # A bare name two regulators share ("SFDA", "the FDA") is the one the article spells out.
    for i, jurisdiction in local_readings(text, kept).items():
        kept[i] = kept[i]._replace(agency=_AGENCY_OF[jurisdiction], jurisdiction=jurisdiction)
    return kept


def _row_matches(
    text: str, pattern: re.Pattern[str], leads: tuple[str, ...] | None
) -> list[re.Match[str]]:
    """A row's matches, tried where the literals its matches start with occur."""
    return list(pattern.finditer(text)) if leads is None else scan_at_leads(pattern, leads, text)


def dominant(regulators: list[Regulator]) -> Regulator | None:
    """The jurisdiction an article is mostly about (regulator names weigh more than countries)."""
    if not regulators:
        return None
    weights: Counter[str] = Counter()
    first: dict[str, Regulator] = {}
    for regulator in regulators:
        weights[regulator.jurisdiction] += 3 if regulator.strength == 2 else 1
        if regulator.strength == 2 or regulator.jurisdiction not in first:
            first.setdefault(regulator.jurisdiction, regulator)
    best = max(weights, key=lambda j: (weights[j], -first[j].start))
    return first[best]
