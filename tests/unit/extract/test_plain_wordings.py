"""UK and EU programme wordings, reviews and trial starts told in plain words (invented)."""

from __future__ import annotations

from tests.unit.extract.helpers import only, run


def _events(text: str, published: str = "2025-06-13", lang: str | None = None) -> set[tuple]:
    return {
        (m.type, m.jurisdiction, m.date, tuple(sorted(m.attributes.items())))
        for m in run(text, published, lang=lang)
    }


def test_entering_ilap_is_a_programme_inclusion_not_a_second_designation() -> None:
    found = _events(
        "Pelvanotide joined the MHRA's Innovative Licensing and Access Pathway in 2023, "
        "earning an Innovation Passport that opened early talks with NICE."
    )
    assert found == {
        (
            "program_inclusion",
            "UK",
            "2023",
            (("program", "Innovative Licensing and Access Pathway"),),
        )
    }


def test_an_innovation_passport_awarded_stays_a_designation() -> None:
    found = _events(
        "In 2023 pelvanotide was awarded an Innovation Passport under the Innovative "
        "Licensing and Access Pathway (ILAP)."
    )
    assert found == {("designation", "UK", "2023", (("designation", "innovation_passport"),))}


def test_the_agency_agreeing_to_review_an_application_accepts_it() -> None:
    found = _events(
        "In April, the European Medicines Agency agreed to start reviewing our application "
        "for Tovira (pelvanotide) in Europe."
    )
    assert found == {("application_acceptance", "EU", "2025-04", ())}
    assert _events(
        "The FDA began its review of the Tovira (pelvanotide) application in March 2025."
    ) == {("application_acceptance", "US", "2025-03", ())}


def test_agreeing_to_review_data_or_a_future_review_is_no_acceptance() -> None:
    assert _events("In April, the FDA agreed to review new data on pelvanotide.") == set()
    assert _events("The EMA may agree to start reviewing our pelvanotide application.") == set()


def test_acceptance_told_in_a_relative_clause_takes_its_own_month() -> None:
    found = _events(
        "Harwick submitted an MAA for pelvanotide in March, which the EMA validated in April."
    )
    assert ("application_submission", "EU", "2025-03", (("application", "MAA"),)) in found
    assert ("application_acceptance", "EU", "2025-04", (("application", "MAA"),)) in found


def test_a_relative_clause_telling_a_plan_accepts_nothing() -> None:
    found = _events(
        "Harwick submitted an MAA for pelvanotide in March, which the EMA is expected to "
        "validate in May."
    )
    assert {kind for kind, *_ in found} == {"application_submission"}


def test_a_trial_that_began_enrolling_started() -> None:
    found = _events(
        "A phase 2 study pairing pelvanotide with standard care began enrolling at German "
        "sites in February.",
    )
    assert {(kind, date) for kind, _, date, _ in found} == {("trial_initiation", "2025-02")}


def test_a_start_named_as_a_time_is_no_trial_start() -> None:
    assert _events(
        "Pelvanotide also holds fast track designation, which Harwick secured before the "
        "ORCHID trial started enrolling."
    ) == {("designation", "US", None, (("designation", "fast_track"),))}


def test_first_participant_dosed_with_an_appositive_after_the_drug() -> None:
    found = _events(
        "Harwick said the first participant in its phase 1 study of pelvanotide, an inhaled "
        "peptide, was dosed on May 6 at a hospital in Glasgow."
    )
    assert ("trial_initiation", "UK", "2025-05-06", (("phase", "1"),)) in found


def test_a_run_in_label_in_headline_form_is_not_the_paragraph_before_it() -> None:
    found = _events(
        "Orphan status for Harwick's HW-207. The FDA granted orphan drug designation to HW-207 in "
        "March.\n\nFirst patient dosed. Separately, Brenmoor said the first patient in its "
        "phase 2 study of delsotinib was dosed on 2 May."
    )
    assert {(kind, date) for kind, _, date, _ in found} == {
        ("designation", "2025-03"),
        ("trial_initiation", "2025-05-02"),
    }


def test_also_granted_beside_a_designation_shares_its_month() -> None:
    found = _events(
        "Harwick said in March that the FDA had granted orphan drug designation to HW-207. The "
        "agency also granted rare pediatric disease designation."
    )
    assert ("designation", "US", "2025-03", (("designation", "rare_pediatric_disease"),)) in (found)


def test_also_granted_beside_another_kind_of_event_stays_undated() -> None:
    found = _events(
        "The FDA accepted the NDA for HW-207 in March. The FDA also granted it orphan drug "
        "designation."
    )
    assert ("designation", "US", None, (("designation", "orphan_drug"),)) in found


def test_first_child_dosed_in_chinese_copy() -> None:
    found = _events("公告显示，佩伐替尼Ⅰ期临床试验今年4月首例患儿完成给药。", lang="zh")
    assert {(kind, date) for kind, _, date, _ in found} == {("trial_initiation", "2025-04")}


def test_acceptance_told_of_the_filing_by_pronoun_takes_its_own_date() -> None:
    for text in (
        "Its US arm filed the BLA for velotinib with the FDA, and it was accepted in "
        "November 2024.",
        "Osprey submitted the BLA of velotinib to the FDA, and it was accepted at November of "
        "last year.",
    ):
        acceptance = only(run(text, published="2025-03-02"), "application_acceptance")
        assert (acceptance.jurisdiction, acceptance.date) == ("US", "2024-11"), text


def test_pronoun_acceptance_of_no_marketing_application_is_none() -> None:
    text = "Osprey proposed a trial design for velotinib to the FDA, and it was accepted in May."
    assert run(text, published="2025-03-02") == []


def test_priority_review_granted_at_acceptance_takes_the_acceptance_date() -> None:
    found = _events(
        "In April 2025 the FDA accepted the BLA for HW-207 in adults with lupus. "
        "The BLA was granted priority review upon acceptance."
    )
    assert ("priority_review", "US", "2025-04", ()) in found


def test_a_filing_told_in_a_relative_clause_past_the_drugs_description() -> None:
    found = _events(
        "On May 12, the FDA accepted for filing the NDA for pelvanotide, Harwick's oral "
        "inhibitor for previously treated liver cancer, which Harwick submitted in March."
    )
    assert ("application_submission", "US", "2025-03", (("application", "NDA"),)) in found
    assert ("application_acceptance", "US", "2025-05-12", (("application", "NDA"),)) in found
    planned = _events(
        "On May 12, the FDA accepted the NDA for pelvanotide, a liver cancer pill, which "
        "Harwick plans to submit in Japan next year."
    )
    assert {kind for kind, *_ in planned} == {"application_acceptance"}


def test_a_filing_told_in_a_restrictive_relative_clause_on_the_application() -> None:
    found = _events(
        "Pelvanotide has Fast Track designation from the FDA. In Europe, the marketing "
        "authorisation application that Harwick submitted to the European Medicines Agency "
        "in February 2025 remains under review."
    )
    assert ("application_submission", "EU", "2025-02", (("application", "MAA"),)) in found
    filed = _events(
        "Pelvanotide has Fast Track designation from the FDA. The BLA that Harwick filed with "
        "the agency in January 2025 is under review."
    )
    assert ("application_submission", "US", "2025-01", (("application", "BLA"),)) in filed


def test_an_application_the_agency_filed_is_no_submission() -> None:
    found = _events(
        "Pelvanotide has Fast Track designation from the FDA. The BLA that the FDA filed in "
        "January 2025 has a goal date in September."
    )
    assert "application_submission" not in {kind for kind, *_ in found}


def test_an_acceptance_told_as_the_earlier_step_is_dated_back_from_the_approval() -> None:
    found = _events(
        "Helvane Bio said the FDA approved brantolimab on 20 October 2023 for gout, five "
        "months after accepting the BLA."
    )
    assert ("application_acceptance", "US", "2023-05", (("application", "BLA"),)) in found
    assert ("approval", "US", "2023-10-20", ()) in found


def test_an_application_that_went_in_on_a_day_was_submitted() -> None:
    found = _events(
        "The FDA gave brantolimab fast track designation in 2019. Helvane Bio's new drug "
        "application for it went in on 2 March 2021."
    )
    assert ("application_submission", "US", "2021-03-02", (("application", "NDA"),)) in found


def test_an_ind_that_went_into_effect_was_cleared() -> None:
    found = _events(
        "The FDA gave brantolimab fast track designation in 2019. Helvane Bio's IND for it "
        "had gone into effect on 8 July 2016."
    )
    assert ("ind_clearance", "US", "2016-07-08", ()) in found


def test_an_ind_said_to_become_effective_in_general_is_no_clearance() -> None:
    found = _events(
        "The FDA gave brantolimab fast track designation in 2019. Under the statute, the "
        "period runs from the day an IND becomes effective."
    )
    assert {kind for kind, *_ in found} == {"designation"}


def test_the_fda_formally_filing_an_application_accepts_it() -> None:
    found = _events(
        "Helvane Bio submitted its NDA for brantolimab on 1 February 2019; the FDA formally "
        "filed the application 60 days later."
    )
    kinds = {(kind, date) for kind, _, date, _ in found}
    assert kinds == {
        ("application_submission", "2019-02-01"),
        ("application_acceptance", "2019-04-02"),
    }
