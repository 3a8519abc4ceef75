"""Korean and Japanese regulatory news in machine-translated English (invented sentences)."""

from __future__ import annotations

from tests.unit.extract.helpers import only, run


def _events(text: str, published: str = "2025-06-16") -> set[tuple[str, str, object]]:
    return {(m.type, m.jurisdiction, m.date) for m in run(text, published)}


# Names: Japan's qualifier of a biologic's INN, and brands in quotes with their form.


def test_a_japanese_inn_keeps_its_qualifier_inside_the_label() -> None:
    found = run(
        "Kaizen Pharma has acquired Japanese manufacturing and marketing approval (MHLW) for "
        '"Sorami Subcutaneous Injection 5 mg Pen" (generic name: torvaglutide (genetical '
        "recombination)) on June 20. Sorami is given once a week.",
        published="2025-06-23",
    )
    approval = only(found, "approval")
    assert (approval.drug, approval.aliases) == ("torvaglutide", ("Sorami",))
    assert (approval.jurisdiction, approval.agency, approval.date) == ("JP", "PMDA", "2025-06-20")


def test_a_korean_brand_in_quotes_is_named_by_its_ingredient() -> None:
    found = run(
        "Dongbaek Pharm said its 'Corvexa Tab.' (ingredient name: velotinib) received the item "
        "permission from the Ministry of Food and Drug Safety in May."
    )
    assert (only(found, "approval").drug, only(found, "approval").aliases) == (
        "velotinib",
        ("Corvexa",),
    )


# Korea's item permission (품목허가) is the marketing approval; its application is the NDA.


def test_the_item_permission_is_a_marketing_approval() -> None:
    found = _events(
        "Velotinib of Dongbaek Pharm got the item permission (approval) of Korea's Ministry of "
        "Food and Drug Safety in May."
    )
    assert found == {("approval", "KR", "2025-05")}


def test_an_item_permission_granted_is_an_approval() -> None:
    found = _events("Item permission for velotinib was granted by the MFDS in April.")
    assert found == {("approval", "KR", "2025-04")}


def test_the_item_permission_application_is_a_filing() -> None:
    found = run(
        "In January Dongbaek Pharm filed its item permission application (NDA) for velotinib "
        "with the MFDS."
    )
    submission = only(found, "application_submission")
    assert (submission.jurisdiction, submission.date) == ("KR", "2025-01")
    assert submission.attributes == {"application": "NDA"}


def test_applying_for_item_permission_is_a_filing_not_an_approval() -> None:
    found = _events("Dongbaek Pharm applied for item permission for velotinib to the MFDS in May.")
    assert found == {("application_submission", "KR", "2025-05")}


# Japan's manufacturing and marketing approval (製造販売承認).


def test_an_acquired_manufacturing_and_marketing_approval() -> None:
    found = _events(
        "In March, Kaizen Pharma acquired marketing approval for velotinib from Japan's health "
        "ministry (MHLW)."
    )
    assert found == {("approval", "JP", "2025-03")}


def test_an_approval_acquired_from_the_ministry_in_japanese_order() -> None:
    # The source stands before the object, as Japanese puts it (厚生労働省から…承認を取得).
    found = _events(
        "Today Kaizen Pharma acquired from the Ministry of Health, Labour and Welfare the "
        "approval of partial change for velotinib in gastric cancer.",
        published="2025-06-16",
    )
    assert found == {("approval", "JP", "2025-06-16")}


def test_an_acquired_company_is_no_approval() -> None:
    found = _events("Kaizen Pharma acquired the company for its velotinib in Japan in March.")
    assert found == set()


# A clinical trial plan (IND) approved is a trial clearance, however the sentence runs.


def test_an_approved_clinical_trial_plan_is_a_trial_clearance() -> None:
    found = run(
        "In February Dongbaek Pharm won the MFDS's approval of its phase 3 clinical trial plan "
        "(IND) for velotinib."
    )
    clearance = only(found, "ind_clearance")
    assert (clearance.jurisdiction, clearance.date) == ("KR", "2025-02")
    assert clearance.attributes == {"phase": "3"}


def test_a_clinical_trial_plan_approved_after_a_long_subject() -> None:
    found = run(
        "The clinical trial plan (IND) for the global phase 2 study of velotinib, which Dongbaek "
        "Pharm submitted in January, was approved by the MFDS in March."
    )
    clearance = only(found, "ind_clearance")
    assert (clearance.jurisdiction, clearance.date, clearance.attributes) == (
        "KR",
        "2025-03",
        {"phase": "2"},
    )
    assert not [m for m in found if m.type == "approval"]


def test_a_clinical_trial_application_also_approved_is_no_marketing_approval() -> None:
    found = _events(
        "In April, the clinical trial application of velotinib in Korea was also approved by the "
        "Korean Ministry of Food and Drug Safety."
    )
    assert found == {("ind_clearance", "KR", "2025-04")}


def test_an_approved_ind_named_again_is_no_marketing_approval() -> None:
    found = _events(
        "In May the FDA approved velotinib's phase 1/2 clinical trial plan (IND). With the "
        "approval of the US IND, Dongbaek Pharm has a base for the US market."
    )
    assert found == {("ind_clearance", "US", "2025-05")}


def test_a_plan_is_still_a_plan() -> None:
    assert _events("Dongbaek Pharm plans to win approval for velotinib from the MFDS.") == set()


# A trial's first dose as translated copy words it (首例患者给药).


def test_the_first_patient_administration_starts_a_trial() -> None:
    found = run(
        "The phase 1 clinical trial of velotinib in Korea has run since the first "
        "patient administration, which took place in September of last year."
    )
    start = only(found, "trial_initiation")
    assert (start.jurisdiction, start.date, start.attributes) == ("KR", "2024-09", {"phase": "1"})


def test_a_trial_carried_on_since_its_first_dose_started_then() -> None:
    found = _events(
        "Velotinib's Korean phase 1 trial has been going on since first-patient administration "
        "in October 2024 at a hospital in Seoul."
    )
    assert found == {("trial_initiation", "KR", "2024-10")}


def test_a_completed_first_subject_administration_starts_a_trial() -> None:
    found = _events(
        "In March the phase 2 study of velotinib run in Australia finished its first subject "
        "administration."
    )
    assert found == {("trial_initiation", "AU", "2025-03")}


def test_an_expected_first_patient_dosing_is_a_plan() -> None:
    found = _events("Dongbaek Pharm expects the first patient dosing of velotinib in Korea soon.")
    assert found == set()


# A day of the month alone: the event's own day before the day the news was told.


def test_the_events_own_day_wins_over_the_announcements() -> None:
    found = _events(
        "Dongbaek Pharm announced on the 16th that velotinib received the item permission from "
        "Korea's drug regulator, the MFDS, on the 13th."
    )
    assert found == {("approval", "KR", "2025-06-13")}


def test_a_day_in_local_time() -> None:
    found = _events(
        "Dongbaek Pharm said the US FDA had approved velotinib's phase 1/2 clinical trial plan "
        "(IND) on the 4th (local time)."
    )
    assert found == {("ind_clearance", "US", "2025-06-04")}


def test_the_announcements_day_dates_an_event_told_without_one() -> None:
    found = _events(
        "Dongbaek Pharm announced on the 16th that the MFDS has given its approval to the phase 3 "
        "clinical trial plan (IND) for velotinib."
    )
    assert found == {("ind_clearance", "KR", "2025-06-16")}


def test_a_day_after_the_publication_day_is_last_months() -> None:
    found = _events(
        "Dongbaek Pharm announced on the 9th that velotinib received the item permission from "
        "the MFDS on the 28th.",
        published="2025-06-10",
    )
    assert found == {("approval", "KR", "2025-05-28")}


def test_a_phrase_opened_by_its_date_keeps_the_chinese_order() -> None:
    found = _events(
        "Looking back, velotinib in March this year won the CDE's implied licence for clinical "
        "trials, in August this year finished the first subject administration of its phase 1 "
        "study, and so far three dose groups are done.",
        published="2025-11-20",
    )
    assert found == {("ind_clearance", "CN", "2025-03"), ("trial_initiation", "CN", "2025-08")}


def test_english_order_still_dates_the_event_before_its_date() -> None:
    found = _events(
        "The FDA granted velotinib orphan drug designation in May 2023, and approved it in "
        "March 2025.",
    )
    assert found == {("designation", "US", "2023-05"), ("approval", "US", "2025-03")}


def test_a_second_verb_opened_by_its_date_in_english() -> None:
    found = _events(
        "Acme filed the NDA for velotinib with the FDA in 2023 and in June 2024 received FDA "
        "approval."
    )
    assert found == {("application_submission", "US", "2023"), ("approval", "US", "2024-06")}


def test_a_marketing_filing_after_a_trial_clearance_is_still_a_filing() -> None:
    found = run(
        "Dongbaek Pharm won MFDS approval for its phase 3 clinical trial plan (IND) in 2022, and "
        "submitted its item permission application (NDA) for velotinib in November of last year."
    )
    assert {(m.type, m.date) for m in found} == {
        ("ind_clearance", "2022"),
        ("application_submission", "2024-11"),
    }


def test_an_investigational_new_drug_application_is_no_marketing_filing() -> None:
    found = _events("Acme filed an investigational new drug application on velotinib with the FDA.")
    assert found == set()


def test_a_completed_administration_to_the_first_patient_starts_a_trial() -> None:
    found = _events(
        "Dongbaek Pharm completed administration to the first patient in the phase 1 trial of "
        "velotinib in Korea in May."
    )
    assert found == {("trial_initiation", "KR", "2025-05")}


def test_a_completed_first_dosing_cohort_starts_nothing() -> None:
    found = _events(
        "Dongbaek Pharm completed the first dosing cohort of the phase 1 trial of velotinib in "
        "Korea in May."
    )
    assert found == set()


def test_a_day_in_a_named_time_zone() -> None:
    found = _events(
        "Dongbaek Pharm said the MFDS granted item permission to velotinib on the 15th (Korean "
        "time)."
    )
    assert found == {("approval", "KR", "2025-06-15")}


def test_an_approval_also_given_after_a_trial_clearance_is_another_clearance() -> None:
    found = _events(
        "Velotinib received approval of the phase 1 clinical trial plan from the MFDS in March. "
        "In May the US FDA also approved it."
    )
    assert found == {("ind_clearance", "KR", "2025-03"), ("ind_clearance", "US", "2025-05")}


def test_an_accelerated_approval_also_given_is_a_marketing_one() -> None:
    found = _events(
        "Velotinib received approval of the phase 1 clinical trial plan from the MFDS in March. "
        "In May the US FDA also granted it accelerated approval."
    )
    assert found == {("ind_clearance", "KR", "2025-03"), ("approval", "US", "2025-05")}


def test_an_approval_after_a_clearance_without_also_is_a_marketing_one() -> None:
    found = _events(
        "Velotinib was cleared for a phase 1 trial by the FDA in 2021. It was approved by the "
        "MFDS in May."
    )
    assert found == {("ind_clearance", "US", "2021"), ("approval", "KR", "2025-05")}


def test_the_first_patient_of_a_place_dosed_starts_a_trial() -> None:
    found = _events(
        "In July the FDA cleared the IND of velotinib for a phase 3 trial; the first U.S. "
        "patient of the study was dosed in October.",
        published="2025-11-20",
    )
    assert ("trial_initiation", "US", "2025-10") in found


def test_first_line_patients_treated_start_no_trial() -> None:
    found = _events("In first line patients treated with velotinib in Korea, healing was 90%.")
    assert found == set()


def test_the_approved_plan_of_a_trial_is_no_approval() -> None:
    found = _events(
        "Velotinib received IND clearance from the FDA in May. Under the approved design, "
        "velotinib will be given to 40 patients in the US."
    )
    assert found == {("ind_clearance", "US", "2025-05")}


def test_a_regulator_that_approved_plans_for_a_trial_cleared_it() -> None:
    found = _events("The MFDS approved plans for a phase 3 trial of velotinib in May.")
    assert found == {("ind_clearance", "KR", "2025-05")}


# A transliterated name spelled in parts, and Korean copy's 개발명 ("development name").


def test_an_ingredient_name_spelled_in_parts_is_one_name() -> None:
    found = run(
        "Hanul Pharm said on the 12th that the MFDS granted item approval on the 11th of this "
        "month to 'Verexa Tab. 100mg (ingredient name: Dora Mestinib)'. Verexa (development "
        "code name HN-4410, INN doramestinib) is an oral kinase inhibitor.",
        published="2025-06-13",
    )
    approval = only(found, "approval")
    assert (approval.drug, approval.date) == ("doramestinib", "2025-06-11")
    assert "Dora Mestinib" in approval.aliases
    assert {m.drug for m in found} == {"doramestinib"}


def test_the_development_name_labels_a_code() -> None:
    found = run(
        "Hanul Bio said the FDA accepted the BLA of 'Kelvotamab (development name HN-5520)' on "
        "the 1st (local time). HN-5520 was also granted priority review.",
        published="2025-06-03",
    )
    acceptance = only(found, "application_acceptance")
    assert {m.drug for m in found} == {acceptance.drug}
    assert {acceptance.drug, *acceptance.aliases} >= {"Kelvotamab", "HN-5520"}


def test_a_year_in_a_partners_relative_clause_does_not_date_its_filing() -> None:
    found = run(
        "Its licensee in China, Lumen Pharma, which acquired regional rights to doramestinib in "
        "2022, filed a new drug application with the NMPA last month.",
        published="2025-06-13",
    )
    submission = only(found, "application_submission")
    assert (submission.jurisdiction, submission.date) == ("CN", "2025-05")


def test_an_approval_told_as_acquired_is_not_the_one_its_application_asked_for() -> None:
    found = run(
        "Ryokai Pharma said domestic manufacturing and marketing approval of tezurimab was "
        "acquired from the Ministry of Health, Labour and Welfare on July 2 (Tuesday) in this "
        "year. The company performed the application for manufacturing and marketing approval "
        "in 2023 year 8 month.",
        published="2024-07-10",
    )
    assert {(m.type, m.date) for m in found} == {
        ("approval", "2024-07-02"),
        ("application_submission", "2023-08"),
    }


def test_a_designation_named_by_an_acronym_and_its_expansion_asked_for_is_not_held() -> None:
    text = (
        "Hanbit Bio announced on the 3rd that it has completed the consultation meeting with "
        "the MFDS in relation to the application of the GIFT (Global Innovative products on "
        "Fast Track) designation for 'HB-310', a treatment for biliary cholangitis."
    )
    assert _events(text) == set()


def test_an_application_received_by_the_pmda_is_accepted() -> None:
    # 申請受理: the PMDA's receipt of the filing is its acceptance (not the FDA's receipt).
    found = _events(
        "Hokuriku Bio filed for manufacturing and marketing approval of dortalisib on 4月20日, "
        "and the application was received (申請受理) by the Pharmaceuticals and Medical "
        "Devices Agency (PMDA) on 5月2日 (May 2).",
        published="2025-05-09",
    )
    assert ("application_acceptance", "JP", "2025-05-02") in found
    found = _events(
        "The application for dortalisib was received by the FDA on May 2.", published="2025-05-09"
    )
    assert not any(kind == "application_acceptance" for kind, _, _ in found)


def test_applying_for_the_new_drug_application_is_its_submission() -> None:
    text = (
        "Hanbit Pharm said it applied for the new drug application (NDA) of velogliptin to "
        "the MFDS in March of last year, and the approval was made in 14 months."
    )
    found = [m for m in run(text, "2025-05-20") if m.type == "application_submission"]
    assert [(m.drug, m.jurisdiction, m.date) for m in found] == [("velogliptin", "KR", "2024-03")]
