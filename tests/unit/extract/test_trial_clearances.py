"""A regulator's permission to run a trial as Chinese and translated copy word it: the
permission received as a document, the study as what was approved, 许可 as the verb
(invented sentences)."""

from __future__ import annotations

from tests.unit.extract.helpers import only, run


def _events(text: str, published: str = "2025-06-13") -> set[tuple[str, str, object]]:
    return {(m.type, m.jurisdiction, m.date) for m in run(text, published)}


def test_an_ind_permission_received_is_a_clearance_and_one_expected_a_plan() -> None:
    found = _events("早在2021年，宁川生物就拿到了美国FDA对NC-101的IND许可。")
    assert found == {("ind_clearance", "US", "2021")}
    assert _events("宁川生物预计NC-101将很快拿到美国FDA的IND许可。") == set()


def test_a_trial_permit_received_is_a_clearance() -> None:
    found = _events("2023年6月，宁川生物取得了NC-101片的临床批件。")
    assert found == {("ind_clearance", "CN", "2023-06")}


def test_an_application_dated_before_its_permission_is_a_clearance_not_its_receipt() -> None:
    found = _events("NC-101的美国新药临床试验申请（IND）于2024年9月获FDA许可。")
    assert found == {("ind_clearance", "US", "2024-09")}
    assert _events("NC-101的临床试验申请于2024年3月获得国家药监局受理。") == set()


def test_a_study_approved_after_its_date_is_a_trial_clearance() -> None:
    found = run("NC-101的首例患者已完成给药。该II期研究于2024年10月获得CDE批准。")
    clearance = only(found, "ind_clearance")
    assert (clearance.jurisdiction, clearance.date, clearance.attributes.get("phase")) == (
        "CN",
        "2024-10",
        "2",
    )
    assert not [m for m in found if m.type == "approval"]


def test_a_product_approved_on_a_study_is_approved_and_the_study_cleared() -> None:
    found = _events("NC-101片于2024年5月获国家药监局批准上市，此前其III期研究于2022年获得CDE批准。")
    assert found == {("approval", "CN", "2024-05"), ("ind_clearance", "CN", "2022")}
    found = _events("NC-101片基于一项III期研究于2024年5月获得国家药监局批准。")
    assert found == {("approval", "CN", "2024-05")}


def test_a_regulator_that_permitted_the_ind_cleared_it() -> None:
    text = "Abroad, the US FDA permitted the IND of phase 1 clinical trial of NC-101 in 2023."
    found = only(run(text), "ind_clearance")
    assert (found.jurisdiction, found.date, found.attributes.get("phase")) == ("US", "2023", "1")


def test_an_ind_that_was_allowed_was_cleared_and_ind_enabling_studies_allow_nothing() -> None:
    found = _events("The IND of NC-101 was allowed by the FDA in March 2023.")
    assert found == {("ind_clearance", "US", "2023-03")}
    assert _events("NC-101 IND-enabling studies allowed Acme to plan a phase 1 trial.") == set()


def test_a_chinese_regulator_that_approved_the_ind_it_names_after_its_verb() -> None:
    text = "今年2月，美国FDA批准了NC-102开展II期临床研究的新药临床试验申请（IND）。"
    found = only(run(text, "2025-06-13", lang="zh"), "ind_clearance")
    assert (found.jurisdiction, found.date, found.attributes.get("phase")) == ("US", "2025-02", "2")


def test_a_study_called_linchuang_alone_is_a_cleared_trial() -> None:
    # Copy shortens the trial to 临床: "获FDA批准开展Ⅰ期临床" is a clearance, not an approval.
    found = _events("此前，NC-101已于去年11月获FDA批准开展Ⅰ期临床。", "2026-01-13")
    assert found == {("ind_clearance", "US", "2025-11")}
    assert _events("NC-101已获准开展II期临床。") == {("ind_clearance", "CN", None)}


def test_a_headline_clears_an_ind() -> None:
    found = run("Regulator roundup: FDA clears IND for the oral degrader PQR-551.")
    assert only(found, "ind_clearance").jurisdiction == "US"


def test_trial_applications_submitted_are_no_marketing_filing() -> None:
    found = run(
        "The EMA reviewed Acme's dossier for KV-311 last year. Acme is also preparing a "
        "phase 3 trial of KV-311, which it hopes to begin in the autumn, and has submitted "
        "trial applications in three countries."
    )
    assert "application_submission" not in {m.type for m in found}


def test_this_application_after_a_trial_application_is_no_marketing_acceptance() -> None:
    found = _events(
        "6月10日，宁川生物宣布，NC-101胶囊的临床试验申请已获CDE默示许可。该申请于今年3月获CDE受理。"
    )
    assert found == {("ind_clearance", "CN", "2025-06-10")}


def test_this_application_after_a_marketing_application_is_its_acceptance() -> None:
    found = _events(
        "6月10日，宁川生物宣布，NC-101胶囊的上市申请已获批准。该申请于去年3月获CDE受理。"
    )
    assert found == {("approval", "CN", "2025-06-10"), ("application_acceptance", "CN", "2024-03")}


def test_the_clearance_of_an_ind_told_as_a_noun_is_a_clearance() -> None:
    found = _events(
        "The award follows the FDA's clearance of Halvard's investigational new drug "
        "application for the Phase 1 HAL-3 study of pemtrolimab in April."
    )
    assert any(kind == "ind_clearance" and date == "2025-04" for kind, _, date in found)


def test_an_application_to_run_a_described_study_is_no_marketing_filing() -> None:
    text = (
        "Its partner Mallory Pharma submitted an application to CDSCO in May to run a local "
        "phase 3 bridging study of quintavimab."
    )
    assert not [m for m in run(text) if m.type == "application_submission"]
