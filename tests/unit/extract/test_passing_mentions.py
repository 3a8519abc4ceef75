"""Events told in passing, inside another statement, are still events: a reference
approval named by its owner and its grant, a status granted in a relative clause after a
plan, a status a translated text says the drug was "recognized as" (invented copy)."""

from __future__ import annotations

from tests.unit.extract.helpers import run


def _found(text: str, published: str = "2025-06-10") -> set[tuple[str, str, str | None]]:
    return {(m.type, m.jurisdiction, m.date) for m in run(text, published)}


def test_a_regulators_approval_of_the_medicine_granted_in_a_month_is_an_approval() -> None:
    text = (
        "Health Canada authorised pelvorastat today. The review relied on the European "
        "Commission's conditional approval of the medicine, granted in February 2025."
    )
    assert ("approval", "EU", "2025-02") in _found(text)


def test_an_approval_of_the_drug_named_as_a_deadline_is_no_approval() -> None:
    text = (
        "Health Canada authorised pelvorastat today. The FDA's approval of the drug, expected "
        "in February 2026, would follow."
    )
    assert ("approval", "US", "2026-02") not in _found(text)


def test_a_status_granted_in_a_relative_clause_after_a_plan_is_granted() -> None:
    text = (
        "Orvane Bio will file tamzelimab's BLA under the FDA's priority review pathway, "
        "which the company was granted in January 2025."
    )
    assert ("priority_review", "US", "2025-01") in _found(text)


def test_a_designation_it_received_after_a_plan_to_file_is_a_designation() -> None:
    text = (
        "Orvane Bio plans to submit tamzelimab under the breakthrough therapy designation "
        "that it received from the FDA in 2023."
    )
    assert ("designation", "US", "2023") in _found(text)


def test_a_status_that_may_be_granted_after_a_plan_stays_a_plan() -> None:
    text = (
        "Orvane Bio will file tamzelimab's BLA under the FDA's priority review pathway, which "
        "it may be granted next year."
    )
    assert not {t for t, _, _ in _found(text)} & {"priority_review"}


def test_a_drug_recognized_as_a_breakthrough_therapy_holds_the_designation() -> None:
    text = (
        "Velnafib is a kinase inhibitor. As early as 2021, the drug was recognized as "
        "breakthrough therapy drug by the CDE."
    )
    assert ("designation", "CN", "2021") in _found(text)


def test_a_regulator_that_identified_the_drug_as_an_orphan_drug_designated_it() -> None:
    assert ("designation", "CN", "2021") in _found(
        "In 2021 the NMPA identified velnafib as an orphan drug."
    )


def test_a_drug_named_an_orphan_drug_holds_the_designation() -> None:
    assert ("designation", "US", "2022") in _found(
        "Velnafib was named an orphan drug by the FDA in 2022."
    )


def test_a_drug_that_could_be_recognized_as_a_breakthrough_therapy_holds_nothing() -> None:
    text = "Velnafib could be recognised as a breakthrough therapy by the FDA next year."
    assert not _found(text)


def test_a_chinese_plans_date_in_the_next_phrase_leaves_a_done_status_standing() -> None:
    text = (
        "美国方面，柯维替尼此前已获得FDA授予的孤儿药资格，公司计划于今年下半年向FDA递交上市申请。"
    )
    found = _found(text)
    assert ("designation", "US", None) in found
    assert not {t for t, _, _ in found} & {"application_submission"}


def test_a_chinese_status_hoped_for_before_a_plans_date_stays_a_plan() -> None:
    text = "柯维替尼有望获得FDA授予的孤儿药资格，公司计划于今年下半年向FDA递交上市申请。"
    assert not _found(text)


def test_a_generic_approval_before_a_chinese_plan_is_not_the_named_drugs() -> None:
    text = "全球已有多款同类药物获批，但口服剂型仍是空白，柯维替尼有望于2027年提交上市申请。"
    assert not _found(text)


def test_a_clearance_to_begin_a_study_of_the_drug_is_a_trial_clearance() -> None:
    text = (
        "Our partner Helvan Bio obtained clearance from the NMPA in June to start a bridging "
        "trial of corvitrelin in Chinese patients."
    )
    assert ("ind_clearance", "CN", "2025-06") in _found(text)


def test_a_clearance_expected_to_begin_a_study_is_a_plan() -> None:
    text = (
        "Helvan Bio expects to receive clearance from the NMPA to begin a bridging study of "
        "corvitrelin."
    )
    assert not _found(text)
