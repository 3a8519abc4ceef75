"""Which words a parenthesis gives as other names of a drug, and which are just words."""

from __future__ import annotations

import pytest

from service.extract.drugs import DrugIndex, index_drugs
from tests.unit.extract.helpers import keys, only, run


def _groups(index: DrugIndex) -> list[set[str]]:
    return [{d.canonical.lower(), *(a.lower() for a in d.aliases)} for d in index.drugs]


@pytest.mark.parametrize(
    "text",
    [
        "Dorvex got a Complete Reply Letter (CRL, meaning complete response letter) from FDA.",
        "Notice on the approval of Dorvex tablets 40mg (machine translation)",
        "Dorvex (once daily) was approved by the FDA.",
    ],
)
def test_plain_english_words_in_a_parenthesis_are_not_names(text: str) -> None:
    assert all(" " not in name for group in _groups(index_drugs("", text)) for name in group)


def test_a_label_research_and_development_code_is_one_label() -> None:
    text = (
        "The State Drug Administration approved Halorasib tablets (trade name: Dorvex, "
        "research and development code: HQ925) for lung cancer."
    )
    assert _groups(index_drugs("", text)) == [{"halorasib", "halorasib tablets", "dorvex", "hq925"}]


def test_an_english_name_label_and_an_enteric_capsule_tie_all_names() -> None:
    text = (
        "Its Class 1 drug Porvatinib enteric capsule (English name: velvatinib, also known as "
        "bozvatinib, research code PQ1001) was approved by the FDA."
    )
    assert _groups(index_drugs("", text)) == [{"porvatinib", "velvatinib", "bozvatinib", "pq1001"}]


def test_a_code_labelled_with_its_owners_name_joins_the_drug() -> None:
    text = "Its inhibitor QR925 (Halzerasib, Partner Bio code PB351) was filed in China."
    assert _groups(index_drugs("", text)) == [{"qr925", "halzerasib", "pb351"}]


def test_a_chinese_code_label_with_a_qualifier_joins_the_drug() -> None:
    text = "信达医药申报的洛泽雷塞片（研发代号IB351，原研代号QF925）新药上市申请获CDE受理。"
    groups = _groups(index_drugs("", text))
    assert len(groups) == 1 and {"ib351", "qf925"} <= groups[0]


def test_a_company_in_parentheses_after_a_chinese_name_is_not_an_alias() -> None:
    text = "国家药监局批准洛维替尼（康达药业）上市。"
    assert _groups(index_drugs("", text)) == [{"洛维替尼"}]
    assert keys(run(text, lang="zh")) == {("洛维替尼", "approval", "CN")}


def test_a_salt_and_a_dosage_form_before_a_parenthesis_do_not_hide_the_name() -> None:
    text = (
        "Its Velshatinib hydrochloride capsule (English name: velsartinib, U.S. trade name "
        "VELSACO, code X-496) was approved by the FDA on December 18, 2024."
    )
    assert _groups(index_drugs("", text)) == [{"velsartinib", "velshatinib", "velsaco", "x-496"}]


def test_a_translated_brand_of_several_syllables_is_one_alias() -> None:
    text = "In China, Velshatinib (trade name Bei Luo Na) was approved in November 2020."
    assert _groups(index_drugs("", text)) == [{"velshatinib", "bei luo na"}]


def test_a_code_known_in_development_is_another_name_of_the_drug() -> None:
    text = (
        "The ministry approved Tressima (lorvastemcel), a cell therapy known in development "
        "as QX418, for chronic stroke. QX418 had earlier won a fast review designation."
    )
    groups = _groups(index_drugs("", text))
    assert {"lorvastemcel", "qx418"} <= next(g for g in groups if "lorvastemcel" in g)


def test_known_as_after_a_parenthesis_glosses_the_name_in_it() -> None:
    text = (
        "The FDA approved Acme's velotinib for cough. It also approved Beta's Norvexa "
        "(quadroprane), long known as BX4410, for adults with glioma."
    )
    groups = _groups(index_drugs("", text))
    assert "bx4410" in next(g for g in groups if "quadroprane" in g)
    assert "bx4410" not in next(g for g in groups if "velotinib" in g)


@pytest.mark.parametrize(
    "statement",
    [
        "The tablet, which was known in early development as QV-771, will be sold by Acme.",
        "Its partner in Asia licensed the same molecule (known there as QV-771) last year.",
        "Norbexa, developed under the code name QV-771, is the company's first product.",
    ],
)
def test_an_alias_told_in_prose_joins_the_drug_named_before(statement: str) -> None:
    text = f"The FDA approved Acme's Norbexa (dorvatinib) for gout. {statement}"
    groups = _groups(index_drugs("", text))
    assert "qv-771" in next(g for g in groups if "dorvatinib" in g)


def test_a_chinese_texts_quoted_misspelling_is_another_name_of_the_drug() -> None:
    text = (
        "青禾生物发布公告，其沃拉替尼片（通用名vorastinib，研发代号QH-118；公告英文版误作"
        "“Vorastinibe”，部分媒体写作“Vorrastinib”）已获国家药监局批准上市。公告称，国家药监局"
        "于当日核准签发药品注册证书。"
    )
    found = run(text, published="2026-03-04", lang="zh")
    assert {m.drug for m in found} == {"vorastinib"}
    assert {"Vorastinibe", "Vorrastinib"} <= set(only(found, "approval").aliases)


def test_a_code_a_brand_was_known_as_joins_the_brands_inn() -> None:
    index = index_drugs(
        "",
        "The FDA approved Morvenda (tilarafexor) tablets on May 2. Morvenda, an oral agonist "
        "previously known as MRV-118, was approved under the accelerated approval pathway.",
    )
    assert {"morvenda", "tilarafexor", "mrv-118"} in _groups(index)
