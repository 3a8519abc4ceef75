"""Events given to the wrong owner: a company taken for a drug, a name not recognised, a
headline's clause, a section heading or a headline read as events of their own."""

from __future__ import annotations

import pytest

from service.extract.described_names import described_names
from service.extract.drugs import index_drugs
from service.extract.names import find_names
from tests.unit.extract.helpers import keys, run


def test_a_company_named_with_its_noun_once_is_no_drug_anywhere() -> None:
    text = (
        "Brannersen Biosciences said on Tuesday that its partner had dosed patients. "
        "The FDA approved Brannersen's sodium channel blocker tovarsen in March 2024 for "
        "adults with erythromelalgia. Brannersen shares rose 12%."
    )
    index = index_drugs("Brannersen wins approval", text)
    assert [d.canonical for d in index.drugs] == ["tovarsen"]
    assert keys(run(text, "2024-05-02")) == {("tovarsen", "approval", "US")}


def test_a_drug_opening_a_sentence_beside_its_company_stays_a_drug() -> None:
    text = (
        "Tovar Biosciences said the FDA approved tovarsen in March 2024 for adults with "
        "erythromelalgia. Tovarsen has held orphan drug designation since 2021."
    )
    assert [d.canonical for d in index_drugs("", text).drugs] == ["tovarsen"]
    assert ("tovarsen", "approval", "US") in keys(run(text, "2024-05-02"))


@pytest.mark.parametrize(
    "word",
    ["trenorexton", "velaglipron", "sotabegron", "darifenacin", "zolmiditan", "ervocalcet",
     "ospemoxifene", "retosiban", "corbetocin", "remikiren", "lifitegrast", "tozadenant",
     "belumosudil", "palifermin", "nateglinide", "brexapine"],
)  # fmt: skip
def test_more_inn_stems_are_names(word: str) -> None:
    assert [n.text for n in find_names(f"Doctors may prescribe {word} daily.")] == [word]


def test_a_coined_word_after_its_owners_class_noun_is_a_name() -> None:
    text = (
        "• Japan's PMDA granted orphan drug designation to Quillon Bio's SGLT1 inhibitor "
        "KQB-118 for a rare glycogen disorder last week.\n"
        "• Canada's Health Canada granted priority review to Marrowgate Pharma's "
        "hepcidin mimetic agonist torelvamic for polycythaemia vera in March 2025."
    )
    assert keys(run(text, "2025-04-04")) == {
        ("KQB-118", "designation", "JP"),
        ("torelvamic", "priority_review", "CA"),
    }


def test_an_ordinary_word_after_a_class_noun_is_no_name() -> None:
    text = "Marrowgate Pharma's hepcidin agonist franchise, its lead asset, grew in 2024."
    lowered = text.lower()
    assert described_names(text, lowered) == []
    assert [d.canonical for d in index_drugs("", text).drugs] == []


def test_each_phrase_of_a_two_event_headline_keeps_its_own_drug() -> None:
    text = (
        "Qinghe Biotech: QH-0731 capsules granted clinical trial approval, dervalimab phase II "
        "study doses first patient\n\n"
        "On March 3, 2025, the NMPA approved the clinical trial application of QH-0731 "
        "capsules. Dervalimab dosed its first patient in a phase 2 study in China on "
        "February 27, 2025."
    )
    found = keys(run(text, "2025-03-05"))
    assert ("QH-0731", "ind_clearance", "CN") in found
    assert ("dervalimab", "ind_clearance", "CN") not in found


def test_a_requirement_still_to_be_met_is_no_event() -> None:
    text = (
        "Kestrel Pharma said the above drugs still need to complete clinical trials and obtain "
        "approval from the NMPA before QH-0731 and dervalimab can be marketed."
    )
    assert run(text, "2025-03-05") == []


def test_a_numbered_heading_naming_no_drug_borrows_none_from_the_section_above() -> None:
    text = (
        "Our monthly recap.\n\n"
        "1. Brightwell gets its approval\n"
        "On May 6 the FDA approved Felora (tessarimab) for adults with lupus nephritis.\n\n"
        "IV. A complete response letter for Dunmore\n"
        "Dunmore Therapeutics received a complete response letter on May 21 for DNM-330, its "
        "long-acting injectable for schizophrenia.\n\n"
        "3. Another approval, abroad\n"
        "Health Canada approved tessarimab on May 28."
    )
    found = {(m.drug, m.type, m.jurisdiction, m.date) for m in run(text, "2025-06-03")}
    assert found == {
        ("tessarimab", "approval", "US", "2025-05-06"),
        ("DNM-330", "rejection", "US", "2025-05-21"),
        ("tessarimab", "approval", "CA", "2025-05-28"),
    }


def test_a_numbered_line_telling_its_own_event_keeps_it() -> None:
    text = "Highlights:\n2. The FDA approved tessarimab for lupus nephritis on May 6, 2025."
    assert keys(run(text, "2025-06-03")) == {("tessarimab", "approval", "US")}


_RELEASE_BODY = (
    "BOSTON and SUZHOU, March 12, 2025 -- Corvane Bio today announced that the first "
    "patient was dosed on March 10 in ORCA-2, its Phase 1 study of CRV-318, at a hospital "
    "in Nashville, Tennessee.\n\n"
    "In January, China's Center for Drug Evaluation granted implied approval for a Phase 1 "
    "study of CRV-318 in China."
)


def test_a_headline_restating_the_bodys_trial_start_is_not_a_second_one() -> None:
    headline = "Corvane Bio Announces First Patient Dosed in ORCA-2 Phase 1 Trial of CRV-318\n\n"
    found = keys(run(headline + _RELEASE_BODY, "2025-03-12"))
    assert found == {
        ("CRV-318", "trial_initiation", "US"),
        ("CRV-318", "ind_clearance", "CN"),
    }


def test_a_headline_naming_its_own_place_keeps_its_event() -> None:
    # The headline tells a start in China the body does not: a second trial start.
    headline = "Corvane Bio Announces First Patient Dosed in China in Phase 1 Trial of CRV-318\n\n"
    found = keys(run(headline + _RELEASE_BODY, "2025-03-12"))
    assert ("CRV-318", "trial_initiation", "CN") in found
    assert ("CRV-318", "trial_initiation", "US") in found


def test_a_withdrawal_told_on_the_announcement_evening_is_dated_by_its_own_day() -> None:
    text = (
        "3月12日晚间，苏州明澜药业股份有限公司发布公告称，经与CDE沟通，公司决定主动撤回"
        "其GLP-1受体激动剂明格鲁肽注射液（英文通用名：minglutide）的上市许可申请，并已于"
        "3月11日向CDE提交撤回申请。"
    )
    found = [(m.drug, m.type, m.date) for m in run(text, "2025-03-13")]
    assert found == [("minglutide", "withdrawal", "2025-03-11")]


def test_a_withdrawal_only_planned_is_no_event() -> None:
    text = (
        "3月12日晚间，苏州明澜药业股份有限公司发布公告称，公司拟于近期撤回明格鲁肽注射液"
        "（英文通用名：minglutide）的上市许可申请。"
    )
    assert run(text, "2025-03-13") == []


def test_a_regulators_dated_decision_dates_the_approval() -> None:
    text = (
        "7月4日，澄川生物发布公告称，其自主研发的澄替尼（英文通用名：chengtinib）已获欧盟"
        "委员会批准上市。公告显示，欧盟委员会于7月1日作出批准决定。"
    )
    found = [(m.drug, m.type, m.jurisdiction, m.date) for m in run(text, "2025-07-04")]
    assert found == [("chengtinib", "approval", "EU", "2025-07-01")]
