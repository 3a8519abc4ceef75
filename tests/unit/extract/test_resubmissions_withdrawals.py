"""A drug's history of resubmissions, conversions and withdrawals, as news copy tells it
(invented articles): each step dated by its own words, not by the day it was reported."""

from __future__ import annotations

from tests.unit.extract.helpers import only, run


def _steps(text: str, published: str) -> set[tuple[str, str, str | None]]:
    return {(m.type, m.jurisdiction, m.date) for m in run(text, published, title="Update")}


def test_a_resubmission_named_then_dated_in_a_participle_is_a_filing() -> None:
    found = _steps(
        "The FDA has accepted Osterlund's resubmitted NDA for pelvarostat, the company said "
        "today. The resubmission, filed in April, follows a complete response letter the "
        "agency sent in October 2024.",
        "2025-05-20",
    )
    assert ("application_submission", "US", "2025-04") in found
    assert ("rejection", "US", "2024-10") in found


def test_a_resubmission_made_in_a_month_is_a_filing_and_the_letter_keeps_its_own_date() -> None:
    found = _steps(
        "The FDA has accepted Osterlund's resubmitted NDA for pelvarostat, the company said "
        "today. The resubmission, made in mid-April, answers the complete response letter "
        "Osterlund received in October 2024.",
        "2025-05-20",
    )
    assert ("application_submission", "US", "2025-04") in found
    assert ("rejection", "US", "2024-10") in found


def test_a_filing_for_japanese_manufacturing_and_marketing_approval_is_a_submission() -> None:
    found = _steps(
        "Its partner Hokuto Pharma filed for manufacturing and marketing approval of "
        "pelvarostat in Japan in March 2025.",
        "2025-05-20",
    )
    assert ("application_submission", "JP", "2025-03") in found


def test_a_withdrawal_is_dated_by_the_letter_not_the_notice_that_reported_it() -> None:
    found = _steps(
        "Kestrel Oncology has withdrawn its application to market dorvatinib in the European "
        "Union, the European Medicines Agency said in a notice published on Tuesday. Kestrel "
        "told the agency in a letter dated 4 August that it was pulling the marketing "
        "authorisation application.",
        "2025-09-12",
    )
    assert {f for f in found if f[0] == "withdrawal"} == {("withdrawal", "EU", "2025-08-04")}


def test_a_withdrawal_is_dated_by_the_day_it_took_effect() -> None:
    found = _steps(
        "Brannock Pharma said this month it had voluntarily withdrawn the U.S. indication for "
        "selvapimod in bladder cancer. The withdrawal took effect on March 3, Brannock said.",
        "2025-03-18",
    )
    assert {f for f in found if f[0] == "withdrawal"} == {("withdrawal", "US", "2025-03-03")}


def test_a_conversion_is_a_full_approval_beside_the_accelerated_one_it_ends() -> None:
    found = _steps(
        "Tallis Bio said Monday the FDA has granted full approval to rovatuzumab for "
        "relapsed myeloma, converting the accelerated approval the antibody received in "
        "March 2022.",
        "2025-06-17",
    )
    assert ("approval", "US", "2025-06-16") in found
    assert ("approval", "US", "2022-03") in found


def test_a_fully_approved_indication_left_untouched_is_an_approval_of_its_own() -> None:
    found = _steps(
        "Merrow Pharma said it had withdrawn the U.S. indication for quindalisib in lymphoma, "
        "granted under accelerated approval in 2020. The move does not affect quindalisib's "
        "separate, fully approved indication in leukaemia.",
        "2025-06-13",
    )
    assert ("approval", "US", "2020") in found
    assert ("approval", "US", None) in found


def test_a_filing_without_its_regulator_takes_the_one_the_next_sentence_retells_it_with() -> None:
    found = _steps(
        "Osterlund said it has resubmitted its Biologics License Application for pelvarostat. "
        "The filing answers the complete response letter the FDA issued in October 2024. "
        "Until the European Commission acts, the product is not authorised in the EU.",
        "2025-05-20",
    )
    assert ("application_submission", "US", None) in found


def test_an_application_described_at_length_before_its_passive_is_withdrawn() -> None:
    found = _steps(
        "An application for a variation to Orvessa (belmitinib), to extend its use to "
        "children aged 6 to 11 years with moderate to severe plaque psoriasis, was withdrawn "
        "by the applicant on 3 June 2025, the EMA said.",
        "2025-06-27",
    )
    assert ("withdrawal", "EU", "2025-06-03") in found


def test_a_withdrawal_announced_as_a_noun_is_one() -> None:
    found = _steps(
        "On April 22 the FDA announced the withdrawal of the accelerated approval of "
        "corvalimab, after its confirmatory trial missed.",
        "2025-05-02",
    )
    assert ("withdrawal", "US", "2025-04-22") in found
    assert not _steps(
        "Rowan Bio has asked for the withdrawal of the accelerated approval of corvalimab.",
        "2025-05-02",
    )


def test_a_supplement_withdrawn_is_a_withdrawal() -> None:
    found = _steps(
        "Acme said on Monday that it had withdrawn its sNDA seeking to extend Orvessa "
        "(belmitinib), Acme's oral antagonist for migraine, to adolescents, after the FDA "
        "raised questions.",
        "2025-06-27",
    )
    assert ("withdrawal", "US", "2025-06-23") in found


def test_a_withdrawal_told_on_a_day_keeps_it_over_a_relative_clauses_date() -> None:
    text = (
        "Acme said on Monday that it has withdrawn the U.S. indication of velotinib for "
        "mantle cell lymphoma, an indication whose confirmatory study missed its goal in "
        "August."
    )
    withdrawals = [m for m in run(text, "2025-03-05") if m.type == "withdrawal"]
    assert [m.date for m in withdrawals] == ["2025-03-03"]


def test_an_indication_that_has_carried_an_approval_since_a_month_was_approved_then() -> None:
    text = (
        "Velotinib's label in mantle cell lymphoma, an indication that has carried an "
        "accelerated approval from the FDA since March 2022, is under review."
    )
    approvals = [m for m in run(text, "2025-03-05") if m.type == "approval"]
    assert [(m.jurisdiction, m.date) for m in approvals] == [("US", "2022-03")]


def test_the_day_a_withdrawal_was_said_is_not_a_second_withdrawal() -> None:
    for telling in ("said on June 12", "stated on June 12", "disclosed on June 12"):
        found = _steps(
            f"Tarnow Biologics {telling} that it had withdrawn its NDA for belzatinib from the "
            "CDE, and that the withdrawal procedure was completed on June 9.",
            "2025-06-13",
        )
        withdrawals = {f for f in found if f[0] == "withdrawal"}
        assert withdrawals == {("withdrawal", "CN", "2025-06-09")}, telling


def test_the_said_day_before_that_still_dates_what_was_said() -> None:
    found = _steps(
        "Tarnow Biologics said that on June 12 the FDA approved belzatinib.", "2025-06-13"
    )
    assert found == {("approval", "US", "2025-06-12")}


def test_a_withdrawal_of_an_application_completed_on_a_day_is_dated_by_it() -> None:
    found = _steps(
        "Tarnow Biologics has withdrawn its marketing application for belzatinib from the EMA. "
        "Tarnow said on June 12 that the withdrawal of its application for belzatinib in the "
        "EU was completed on June 9.",
        "2025-06-13",
    )
    assert {f for f in found if f[0] == "withdrawal"} == {("withdrawal", "EU", "2025-06-09")}


def test_a_rejection_told_by_its_noun_and_date_is_one() -> None:
    found = _steps(
        "The FDA approved Osterlund's pelvarostat for gout on Tuesday. Osterlund had refiled "
        "the NDA in June after an earlier rejection in February.",
        "2025-09-12",
    )
    assert ("rejection", "US", "2025-02") in found
    # A graft's rejection, counted in a trial, is none.
    trial = _steps(
        "The FDA approved Osterlund's pelvarostat for kidney transplant recipients on Tuesday. "
        "Acute rejection in 2024 data occurred in 4% of patients.",
        "2025-09-12",
    )
    assert not {s for s in trial if s[0] == "rejection"}


def test_a_regulator_cancelling_a_licence_withdraws_it() -> None:
    found = run(
        "Acme's cell therapy ZX-401 received conditional approval in Korea in 2018. "
        "The MFDS cancelled its licence in 2023 after the confirmatory study was not delivered.",
    )
    withdrawal = only(found, "withdrawal")
    assert (withdrawal.drug, withdrawal.jurisdiction, withdrawal.date) == ("ZX-401", "KR", "2023")


def test_a_cancelled_meeting_on_an_application_is_no_withdrawal() -> None:
    found = run("The FDA cancelled the advisory committee meeting on the application for ZX-401.")
    assert not [m for m in found if m.type == "withdrawal"]


def test_a_rolling_submission_begun_is_not_filed_until_completed() -> None:
    found = _steps(
        "We began a rolling submission of an NDA for tirvalostat to the FDA in March 2025 and "
        "completed the rolling submission on June 4, 2025.",
        "2025-08-01",
    )
    assert found == {("application_submission", "US", "2025-06-04")}


def test_a_class_1_resubmission_made_and_acknowledged_is_a_filing_then_an_acceptance() -> None:
    found = _steps(
        "The FDA approved pelvarostat on Nov. 20, 2025, Osterlund said today. In June the "
        "FDA issued a complete response letter for the NDA. Osterlund made a Class 1 "
        "resubmission of the NDA on Aug. 4, which the FDA acknowledged in August as a "
        "complete Class 1 response.",
        "2025-11-24",
    )
    assert ("application_submission", "US", "2025-08-04") in found
    assert ("application_acceptance", "US", "2025-08") in found


def test_a_chinese_withdrawal_named_again_to_say_it_changes_nothing_is_no_second_one() -> None:
    found = _steps(
        "3月4日，某某制药公告称，公司已向CDE申请撤回托美司他片的上市申请。"
        "今年1月，FDA就该药的新药上市申请发出完整回复函。"
        "公司表示，撤回上市申请不会对公司的生产经营产生重大影响。",
        "2025-03-05",
    )
    assert {(kind, place) for kind, place, _ in found} == {
        ("withdrawal", "CN"),
        ("rejection", "US"),
    }


def test_a_chinese_withdrawal_is_dated_by_the_day_its_review_status_became_withdrawn() -> None:
    found = _steps(
        "6月18日晚间，某某制药发布公告称，公司已向CDE申请撤回洛贝司他片的上市申请。"
        "CDE官网显示，该品种的审评状态已于6月16日变更为“已撤回”。",
        "2025-06-19",
    )
    assert found == {("withdrawal", "CN", "2025-06-16")}
