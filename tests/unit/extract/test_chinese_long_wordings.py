"""Chinese event wordings whose parts stand far apart: the agency's full name, the partner
who filed, the pathway or the trial told in a phrase of its own (invented sentences)."""

from __future__ import annotations

from tests.unit.extract.helpers import only, run


def test_a_formal_check_passed_at_the_agency_named_in_full() -> None:
    text = "某某医药的AB-9901胶囊的上市许可申请（MAA）已于3月通过欧洲药品管理局（EMA）的形式审查。"
    acceptance = only(run(text, "2025-08-28", lang="zh"), "application_acceptance")
    assert (acceptance.jurisdiction, acceptance.date) == ("EU", "2025-03")


def test_the_agency_in_brackets_grants_an_accelerated_approval() -> None:
    text = (
        "美国东部时间2025年10月3日，美国食品药品监督管理局（FDA）"
        "已加速批准某某生物的AB-9902注射液上市。"
    )
    approval = only(run(text, "2025-10-06", lang="zh"), "approval")
    assert (approval.jurisdiction, approval.date) == ("US", "2025-10-03")
    assert approval.attributes["pathway"] == "accelerated"


def test_a_consent_whose_trial_follows_after_a_comma() -> None:
    text = "某某生物的AB-9903片已于上月获得美国FDA同意，可在美国开展Ⅰ期临床试验。"
    clearance = only(run(text, "2024-03-12", lang="zh"), "ind_clearance")
    assert (clearance.jurisdiction, clearance.date) == ("US", "2024-02")


def test_a_filing_by_a_partner_sent_to_an_agency_named_in_full() -> None:
    text = (
        "某某医药的AB-9904注射液的日本新药上市申请（J-NDA）于2024年6月由合作伙伴某某制药"
        "向日本医药品医疗器械综合机构（PMDA）递交。"
    )
    filing = only(run(text, "2025-05-20", lang="zh"), "application_submission")
    assert (filing.jurisdiction, filing.date) == ("JP", "2024-06")
