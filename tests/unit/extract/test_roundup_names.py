"""Names a roundup gives only in its section headings, and trial names that are no drugs."""

from __future__ import annotations

import pytest

from service.extract.drugs import index_drugs
from service.extract.names import find_names
from service.extract.trial_names import trial_codes
from tests.unit.extract.helpers import keys, run

_ROUNDUP = (
    "The FDA closed the year with a rush of approvals.\n\n"
    "Pexorantel (Zalvio) - Acme Biosciences\n"
    "On December 13, 2024, the agency approved it for adults with a rare hormonal disorder.\n\n"
    "Dovamig (Kelvra) - Borealis Pharma\n"
    "The FDA approved Kelvra on December 19, 2024 for a lipid disease.\n"
)


def test_a_name_given_only_in_a_section_heading_owns_its_paragraphs_event() -> None:
    found = {(m.drug, m.type, m.date) for m in run(_ROUNDUP, published="2025-01-03")}
    assert ("pexorantel", "approval", "2024-12-13") in found
    assert ("dovamig", "approval", "2024-12-19") in found


def test_the_brand_in_a_heading_joins_its_name() -> None:
    groups = [{d.canonical, *d.aliases} for d in index_drugs("", _ROUNDUP).drugs]
    assert {"pexorantel", "Zalvio"} in groups


def test_an_entry_header_names_its_product_whatever_its_form() -> None:
    text = (
        "- Ravoxapine (HK-204) | Hoshino Medical\n"
        "- Revenue (USD m) | 3,200\n"
        "Drug: Quenmaxa (dovarsentib) | Company: Ormsby Kline plc\n"
    )
    groups = [{d.canonical, *d.aliases} for d in index_drugs("", text).drugs]
    assert {"ravoxapine", "HK-204"} in groups
    assert {"dovarsentib", "Quenmaxa"} in groups
    assert not any("revenue" in {n.lower() for n in group} for group in groups)


def test_a_numbered_chinese_heading_names_its_product_not_its_company() -> None:
    text = (
        "一、国产1类新药获批\n\n"
        "3. 洛达西尼胶囊（康源药业）\n"
        "康源药业申报的1类新药洛达西尼胶囊于11月获批，用于治疗失眠障碍。\n"
    )
    assert keys(run(text, published="2023-12-01", lang="zh")) == {("洛达西尼", "approval", "CN")}


@pytest.mark.parametrize(
    "trial",
    [
        "the agency questioning data from the pivotal XR-22 study",
        "the agency citing the XR-22 trial",
        "the agency citing XR-22, a randomised phase 3 study,",
        "the agency citing ORCHID-301",
    ],
)
def test_a_trials_name_is_not_the_drug_of_an_event(trial: str) -> None:
    text = (
        "The MHRA approved talvizumab in August 2025. Back in July 2021 the developer "
        f"received a complete response letter from the FDA, with {trial} results."
    )
    found = keys(run(text, published="2025-08-21"))
    assert found == {("talvizumab", "approval", "UK"), ("talvizumab", "rejection", "US")}


def test_a_chinese_trial_named_after_the_word_study_is_not_the_drug() -> None:
    text = (
        "2月5日，公司宣布其抗PD-1单抗洛鲁利单抗已获欧盟委员会批准上市。"
        "此次获批主要基于国际多中心III期临床研究ORBIT-005的结果。"
        "在国内，该药于2022年3月首次获国家药监局批准上市。"
    )
    assert {m.drug for m in run(text, published="2025-02-06", lang="zh")} == {"洛鲁利单抗"}


def test_a_code_starting_the_line_after_a_study_heading_is_still_a_drug() -> None:
    text = (
        "Acme's Oral Treatment AB005 for Eczema enters Phase III Clinical Study\n"
        "AB005 tablets, developed by Acme, is a selective JAK1 inhibitor."
    )
    assert trial_codes(text, find_names(text)) == frozenset()


def test_a_code_described_as_a_product_in_a_trial_is_still_a_drug() -> None:
    text = "The FDA cleared AB-123, a first-in-class antibody in a phase 3 trial, in May."
    assert trial_codes(text, find_names(text)) == frozenset()


def test_a_heading_line_naming_no_drug_is_not_the_event_of_the_section_above() -> None:
    text = (
        "3) A win for Acme\nThe EMA approved dorvatinib for gout on Tuesday.\n\n"
        "4) Rejection for an eye drop\n"
        "Beta Labs said the FDA turned down its BX-5521 drops in glaucoma last week.\n\n"
        "Withdrawn application\nGamma withdrew its application for GM-310 on June 2.\n"
    )
    found = keys(run(text, published="2025-06-13"))
    assert ("dorvatinib", "rejection", "US") not in found
    assert ("BX-5521", "rejection", "US") in found
    assert not {k for k in found if k[1] == "withdrawal" and k[0] != "GM-310"}


@pytest.mark.parametrize("label", ["Complete response letters.", "Priority review grants."])
def test_a_run_in_label_is_not_about_the_drug_of_the_paragraph_before(label: str) -> None:
    text = (
        "Approvals. On May 2, the FDA approved Tovern Bio's rulatinib for gout.\n\n"
        f"{label} Halden Bio said on May 9 that the FDA had issued a complete response "
        "letter for ostarsen.\n"
    )
    found = {(m.drug, m.type) for m in run(text, "2025-06-13")}
    assert found == {("rulatinib", "approval"), ("ostarsen", "rejection")}


def test_a_kicker_in_capitals_is_not_about_the_item_before_it() -> None:
    text = (
        "APPROVED -- Hollin Bio (HOLN). The FDA on Monday approved dravitinib for gout. "
        "Hollin said a filing with the MHRA will follow in the UK.\n\n"
        "REJECTED -- Marlow Pharma (MRLW). Marlow received a complete response letter on "
        "Tuesday for ostarsen.\n"
    )
    found = {(m.drug, m.type, m.jurisdiction) for m in run(text, "2025-06-13")}
    assert found == {("dravitinib", "approval", "US"), ("ostarsen", "rejection", "US")}


def test_a_heading_dated_by_where_its_window_opens_is_no_event() -> None:
    text = (
        "Authorised since March\n\nAcme's dorvatinib, for gout, had a positive opinion in "
        "March. The European Commission granted it a marketing authorisation on 14 May."
    )
    found = run(text, published="2025-06-13")
    assert [(m.drug, m.type, m.date) for m in found] == [("dorvatinib", "approval", "2025-05-14")]


_SHOUTED_ROUNDUP = (
    "TRANSPACIFIC DESK | Friday, March 6, 2026\n\n"
    "Where three products stand after a busy fortnight.\n\n"
    "UNITED STATES (FDA)\n\n"
    "BRELTOVAN (Quillmere Bio)\n"
    "US: Approved Tuesday for adults with chronic urticaria.\n\n"
    "DARNOSEL / Vexaro (Pellhaven Therapeutics)\n"
    "EU: The Commission approved the inhibitor on 2 March for cluster headache.\n"
    "US: On the market since the FDA granted it approval in May 2024.\n\n"
    "**KORLITHANE** | Ostwick Oncology\n"
    "US: A complete response letter arrived on 27 February.\n"
)


def test_a_product_in_a_capitals_heading_owns_the_lines_below_it() -> None:
    found = {(m.drug, m.type, m.jurisdiction, m.date) for m in run(_SHOUTED_ROUNDUP, "2026-03-06")}
    assert found == {
        ("breltovan", "approval", "US", "2026-03-03"),
        ("darnosel", "approval", "EU", "2026-03-02"),
        ("darnosel", "approval", "US", "2024-05"),
        ("korlithane", "rejection", "US", "2026-02-27"),
    }


def test_a_brand_after_a_slash_in_a_capitals_heading_joins_its_name() -> None:
    groups = [{d.canonical, *d.aliases} for d in index_drugs("", _SHOUTED_ROUNDUP).drugs]
    assert {"darnosel", "Vexaro"} in groups
    assert not any({"united states", "transpacific desk"} & group for group in groups)


def test_a_glycoprotein_name_opening_a_run_in_item_is_the_items_drug() -> None:
    text = (
        "Quillon Therapeutics said its oral marbotinib was assessed under the new scheme.\n\n"
        "Pelvanase alfa. Hartwick Bio's Oranzo won EU approval on Tuesday for Fabry disease.\n\n"
        "Doravisiran. Tamsby Pharma dosed the first patient in a phase 2 trial on 3 March."
    )
    found = keys(run(text, "2026-03-06"))
    assert ("pelvanase alfa", "approval", "EU") in found
    assert ("marbotinib", "approval", "EU") not in found
