"""A decision dated before its own application's steps has a year typed one too low
(invented sentences)."""

from __future__ import annotations

from tests.unit.extract.helpers import only, run


def test_an_approval_dated_before_its_acceptance_takes_the_next_year() -> None:
    found = run(
        "The NMPA granted conditional approval to velotinib on 9 February 2025 for adults "
        "with advanced gastric cancer. The new drug application had been accepted in April "
        "2025 and was given priority review in June 2025.",
        published="2026-03-02",
    )
    approval = only(found, "approval")
    assert approval.date == "2026-02-09"
    assert approval.attributes["date_conflict"]["stated"] == "2025-02-09"


def test_an_approval_after_its_steps_is_left_alone() -> None:
    found = run(
        "The NMPA approved velotinib on 9 February 2026. The new drug application had been "
        "accepted in April 2025.",
        published="2026-03-02",
    )
    assert only(found, "approval").date == "2026-02-09"


def test_a_first_approval_before_a_supplements_acceptance_is_left_alone() -> None:
    found = run(
        "The FDA first approved velotinib in June 2024. A supplemental new drug application "
        "(sNDA) for a second indication was accepted in September 2024.",
        published="2025-08-20",
    )
    assert only(found, "approval").date == "2024-06"


def test_no_correction_that_would_pass_publication() -> None:
    found = run(
        "The FDA approved velotinib in June 2025. Its new drug application was accepted in "
        "September 2025.",
        published="2026-03-02",
    )
    assert only(found, "approval").date == "2025-06"


def test_a_day_told_as_months_after_a_later_one_takes_the_next_year() -> None:
    found = run(
        "Glenrock Pharma said its gout pill velotinib was approved by Swissmedic on 2 April "
        "2024, about seven months after the FDA approved it in September 2024.",
        published="2025-04-10",
    )
    dates = {m.jurisdiction: m.date for m in found if m.type == "approval"}
    assert dates == {"CH": "2025-04-02", "US": "2024-09"}


def test_a_day_told_as_months_after_an_event_named_by_its_noun_takes_the_next_year() -> None:
    text = (
        "The agency's refusal-to-file letter of 14 September 2024 asked for more stability "
        "data. Tarrow Bio resubmitted the BLA for velotinib on 20 December 2023, about three "
        "months after the letter, and the FDA has since accepted it."
    )
    submission = only(run(text, published="2025-03-05"), "application_submission")
    assert submission.date == "2024-12-20"
    assert submission.attributes["date_conflict"]["stated"] == "2023-12-20"
    # The interval fits no year of it: left alone.
    unfit = run(text.replace("three months", "eight months"), published="2025-03-05")
    assert only(unfit, "application_submission").date == "2023-12-20"


def test_a_decision_retold_by_its_year_takes_the_next_year_with_it() -> None:
    found = run(
        "The FDA approved velotinib on 9 February 2025. It is the first drug the agency "
        "approved this year for gastric cancer. The new drug application had been submitted "
        "in May 2025 and accepted in July 2025.",
        published="2026-02-12",
    )
    approval = only(found, "approval")
    assert approval.date == "2026-02-09"
    assert approval.attributes["date_conflict"]["stated"] == "2025-02-09"


def test_a_date_a_later_one_restates_as_months_after_it_takes_the_next_year() -> None:
    text = (
        "Halden Bio filed the new drug application for velotinib in April 2024, and the FDA "
        "accepted it in June 2025, two months later."
    )
    submission = only(run(text, published="2025-11-03"), "application_submission")
    assert submission.date == "2025-04"
    assert submission.attributes["date_conflict"]["stated"] == "2024-04"
    # The interval fits the dates as stated, or no year makes it fit: left alone.
    fitting = run(text.replace("April 2024", "April 2025"), published="2025-11-03")
    assert "date_conflict" not in only(fitting, "application_submission").attributes
    unfit = run(text.replace("two months", "five months"), published="2025-11-03")
    assert only(unfit, "application_submission").date == "2024-04"


def test_a_trial_clearance_dated_before_its_applications_acceptance_takes_the_next_year() -> None:
    text = (
        "宁川生物于2023年5月12日收到国家药监局核发的NC-101片《药物临床试验批准通知书》。"
        "据公告，NC-101的临床试验申请于2024年2月获得受理。"
    )
    clearance = only(run(text, published="2024-05-20", lang="zh"), "ind_clearance")
    assert clearance.date == "2024-05-12"
    assert clearance.attributes["date_conflict"]["stated"] == "2023-05-12"
    # Cleared after the acceptance, or a year on would pass publication: left alone.
    after = run(text.replace("2024年2月", "2023年2月"), published="2024-05-20", lang="zh")
    assert only(after, "ind_clearance").date == "2023-05-12"
    early = run(text, published="2024-04-30", lang="zh")
    assert only(early, "ind_clearance").date == "2023-05-12"


def test_an_ind_cleared_before_it_was_submitted_takes_the_next_year() -> None:
    found = run(
        "The FDA cleared the investigational new drug application for velotinib in June "
        "2024. Halden Bio said the IND for velotinib was submitted in May 2025.",
        published="2025-08-14",
    )
    clearance = only(found, "ind_clearance")
    assert clearance.date == "2025-06"
    assert clearance.attributes["date_conflict"]["stated"] == "2024-06"


def test_an_event_on_the_same_day_as_a_corrected_decision_moves_with_it() -> None:
    found = run(
        "Osprey Pharma said the MHLW approved velotinib on 4 February 2025. The company had "
        "filed the application in May 2025. On the same day, Osprey also submitted a partial "
        "change application to add gastric cancer.",
        published="2026-02-06",
    )
    dates = sorted(str(m.date) for m in found if m.type == "application_submission")
    assert dates == ["2025-05", "2026-02-04"]
    assert only(found, "approval").date == "2026-02-04"


def test_a_designation_granted_before_it_was_requested_takes_the_next_year() -> None:
    text = (
        "岭川医药公告，美国FDA已于2024年3月18日授予LC-207胶囊孤儿药资格认定，用于治疗特发性"
        "肺纤维化。公告回顾，该药的IND于2023年9月获FDA批准，公司于2025年1月向FDA提交了孤儿药"
        "资格认定申请。"
    )
    designation = only(run(text, published="2025-04-02", lang="zh"), "designation")
    assert designation.date == "2025-03-18"
    assert designation.attributes["date_conflict"]["stated"] == "2024-03-18"
    # Requested before it was granted: left alone.
    after = run(text.replace("2025年1月", "2023年11月"), published="2025-04-02", lang="zh")
    assert only(after, "designation").date == "2024-03-18"


def test_a_fast_track_granted_before_its_request_in_english_takes_the_next_year() -> None:
    found = run(
        "Corvane Bio said the FDA granted Fast Track designation to corvalimab on 5 March "
        "2024. Corvane submitted its request for Fast Track designation in January 2025.",
        published="2025-05-20",
    )
    designation = only(found, "designation")
    assert designation.date == "2025-03-05"
    # Another designation's request bounds nothing.
    other = run(
        "Corvane Bio said the FDA granted Fast Track designation to corvalimab on 5 March "
        "2024. Corvane submitted its request for orphan drug designation in January 2025.",
        published="2025-05-20",
    )
    assert only(other, "designation").date == "2024-03-05"


def test_a_lead_told_on_its_day_does_not_keep_a_slipped_decision_year() -> None:
    found = run(
        "Acme Bio said on Monday that the TGA has approved corvalimab for adults with lupus "
        "nephritis.\n\nAccording to the company's filing, the regulator granted the approval "
        "on May 2, 2024, ending a review that began when it accepted the application in "
        "August 2024.",
        published="2025-05-07",
    )
    approval = only(found, "approval")
    assert approval.date == "2025-05-02"
    assert approval.attributes["date_conflict"]["stated"] == "2024-05-02"


def test_a_lead_told_on_its_day_after_the_event_is_the_decision_retold() -> None:
    found = run(
        "Health Canada has approved corvalimab for adults with lupus nephritis, the company "
        "said on Monday.\n\nThe department issued a Notice of Compliance on May 2, 2024, Acme "
        "said, ending a review that began when it accepted the submission in August 2024.",
        published="2025-05-07",
    )
    assert only(found, "approval").date == "2025-05-02"
