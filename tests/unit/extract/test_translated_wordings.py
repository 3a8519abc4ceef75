"""Events as translated copy and background paragraphs word them (invented sentences)."""

from __future__ import annotations

from tests.unit.extract.helpers import only, run


def _events(text: str, published: str = "2024-10-18") -> set[tuple[str, str, object]]:
    return {(m.type, m.jurisdiction, m.date) for m in run(text, published)}


def test_the_state_drug_administration_is_chinas_regulator() -> None:
    found = run(
        "The State Drug Administration approved the velotinib capsule of Acme for listing. "
        "Acme is in talks with the U.S. FDA about a later filing."
    )
    assert (only(found, "approval").jurisdiction, only(found, "approval").agency) == ("CN", "NMPA")


def test_the_old_china_food_and_drug_administration_is_not_the_fda() -> None:
    found = run("In 2017 the China Food and Drug Administration approved velotinib.")
    assert only(found, "approval").jurisdiction == "CN"


def test_an_adverb_before_accepted_in_translated_copy() -> None:
    found = _events(
        "The listing application of velotinib was before accepted by the CDE and was included "
        "into the priority review procedure."
    )
    assert ("application_acceptance", "CN", None) in found


def test_accepted_it_for_review() -> None:
    found = _events(
        "Acme resubmitted the BLA for velotinib, and the FDA accepted it for review in May 2024."
    )
    assert ("application_acceptance", "US", "2024-05") in found


def test_a_match_inside_a_word_does_not_hide_the_event_after_it() -> None:
    # "nda" inside "Hinda" must not swallow "its application was accepted".
    found = _events(
        "Velotinib (partner Hinda Bio code HB-7), its application was accepted by the FDA in "
        "May 2024."
    )
    assert ("application_acceptance", "US", "2024-05") in found


def test_carried_out_the_application_is_a_submission() -> None:
    found = _events(
        "Acme carried out the application of velotinib in Japan in June 2023, and the MHLW "
        "approved it this month."
    )
    assert ("application_submission", "JP", "2023-06") in found


def test_an_application_for_a_clinical_trial_is_no_marketing_filing() -> None:
    assert _events("Acme made an application for a clinical trial of velotinib in Japan.") == set()


def test_a_regulator_revoking_an_approval_is_a_withdrawal() -> None:
    found = _events(
        "Velotinib, approved in Korea in May 2019, had its approval revoked by the ministry in "
        "March 2021 after a labelling scandal."
    )
    assert ("withdrawal", "KR", "2021-03") in found


def test_a_product_abbreviation_does_not_end_the_sentence() -> None:
    found = run(
        "Acme's Velora Inj. (velotinib), approved in Korea in 2018, had its licence revoked by "
        "the ministry in 2020."
    )
    assert only(found, "withdrawal").drug == "velotinib"


def test_reviewed_the_application_under_project_orbis() -> None:
    found = run(
        "Health Canada approved velotinib today. Health Canada reviewed the application under "
        "Project Orbis, an initiative of the FDA's Oncology Center of Excellence."
    )
    inclusion = only(found, "program_inclusion")
    assert (inclusion.jurisdiction, inclusion.attributes) == ("CA", {"program": "Project Orbis"})


def test_a_once_daily_product_is_no_condition() -> None:
    found = _events("Acme's once-daily velotinib tablet was approved by the FDA on October 16.")
    assert found == {("approval", "US", "2024-10-16")}


def test_a_trial_that_obtained_approval_is_a_trial_clearance() -> None:
    found = run(
        "Earlier this year, the phase 3 trial of velotinib in gastric cancer also obtained the "
        "approval of the US FDA.",
        published="2024-10-18",
    )
    clearance = only(found, "ind_clearance")
    assert (clearance.jurisdiction, clearance.date) == ("US", "2024")


def test_expected_to_become_the_first_describes_the_product_not_the_event() -> None:
    found = _events(
        "Acme's velotinib, its listing application was accepted by the NMPA in May and included "
        "in the priority review, is expected to become the first such inhibitor approved in China."
    )
    assert ("priority_review", "CN", "2024-05") in found


def test_a_use_added_later_is_another_approval() -> None:
    found = _events(
        "Health Canada first granted velotinib conditional approval in May 2021 for gastric "
        "cancer, and added second-line biliary cancer in February 2023."
    )
    assert {d for t, j, d in found if t == "approval"} == {"2021-05", "2023-02"}


def test_a_warning_added_later_is_no_approval() -> None:
    found = _events(
        "Health Canada approved velotinib in May 2021, and added boxed warning language in 2023."
    )
    assert found == {("approval", "CA", "2021-05")}


def test_a_licence_held_is_a_background_approval() -> None:
    found = _events(
        "Velotinib got accelerated approval in the United States in August 2018 and currently "
        "holds conditional marketing authorisation within the European Union."
    )
    assert found == {("approval", "US", "2018-08"), ("approval", "EU", None)}


def test_products_among_the_included_varieties_each_get_the_inclusion() -> None:
    found = run(
        "On April 9, the CDE announced the second batch of varieties "
        'included into the "Starlight Program", Acme\'s kinase inhibitor VX-410 and Beta '
        'Cell\'s CAR-T product "BC-CAR21 injection" were among the included varieties.'
    )
    assert {m.drug for m in found if m.type == "program_inclusion"} == {"VX-410", "BC-CAR21"}


def test_drugs_a_population_progressed_on_are_not_a_list_of_products() -> None:
    found = run(
        "Velotinib obtained the conditional approval of the NMPA in March 2024, for adult "
        "patients with solid tumors, including patients who progressed after treatment with "
        "fluorouracil, oxaliplatin and irinotecan."
    )
    assert {m.drug for m in found} == {"velotinib"}


def test_the_drug_evaluation_center_is_chinas_regulator() -> None:
    found = run(
        "Last month VX-420 received the Drug Evaluation Center's clinical trial implied license "
        "for lymphoma, and the drug had earlier been granted fast track designation by the US "
        "FDA."
    )
    assert only(found, "ind_clearance").jurisdiction == "CN"


def test_the_first_healthy_subject_of_a_study_dosed_starts_it() -> None:
    found = run(
        "In May of this year, the first healthy subject of the Phase I study of VX-430 was dosed "
        "in Australia, and in June the first patient in the Phase II trial was dosed in China."
    )
    assert {(m.type, m.jurisdiction, m.date) for m in found} == {
        ("trial_initiation", "AU", "2025-05"),
        ("trial_initiation", "CN", "2025-06"),
    }


def test_a_regulator_that_agreed_the_ind_application_cleared_it() -> None:
    found = run(
        "In April, the U.S. FDA also agreed the IND application of VX-440, permitting the "
        "company to directly start a Phase IIa study in America."
    )
    assert (only(found, "ind_clearance").jurisdiction, only(found, "ind_clearance").date) == (
        "US",
        "2025-04",
    )


def test_a_count_of_varieties_names_no_drug() -> None:
    found = run(
        "On June 2, VX-470 was formally included into the priority review process of the CDE. "
        "In 2024, more than 40 varieties were included into the priority review."
    )
    assert {(m.type, m.date) for m in found} == {("priority_review", "2025-06-02")}


def test_an_acceptance_sharing_the_filings_subject() -> None:
    found = _events(
        "According to the CDE website, the new drug application of VX-480 was submitted in "
        "July of last year and accepted in August.",
        published="2024-02-10",
    )
    assert found == {
        ("application_submission", "CN", "2023-07"),
        ("application_acceptance", "CN", "2023-08"),
    }


def test_a_date_in_the_chinese_order_and_counters() -> None:
    found = _events(
        "Acme in 2024 year 7 month 9 day received the State Drug Administration approval "
        "notice, velotinib tablets agree to carry out clinical trial.",
        "2024-07-12",
    )
    assert found == {("ind_clearance", "CN", "2024-07-09")}


def test_a_month_in_the_chinese_order_takes_its_year_or_this_years() -> None:
    found = _events(
        "In 2023 year 11 month, velotinib obtained the FDA orphan drug designation. This year "
        "2 month, velotinib obtained the EMA orphan drug designation. On 3 month 4 day the "
        "State Drug Administration approved velotinib listing.",
        "2024-10-18",
    )
    assert found == {
        ("designation", "US", "2023-11"),
        ("designation", "EU", "2024-02"),
        ("approval", "CN", "2024-03-04"),
    }


def test_the_date_the_application_was_accepted_does_not_date_the_clearance() -> None:
    english = _events(
        "Acme on 2024 year 7 month 9 day received the clinical trial approval notice of the "
        "State Drug Administration. After examination, the velotinib tablets accepted on "
        "2024 year 4 month 2 day meet the requirements, agree to carry out clinical trial.",
        "2024-07-12",
    )
    chinese = _events(
        "公司于2024年7月9日收到国家药监局核准签发的《药物临床试验批准通知书》。经审查，"
        "2024年4月2日受理的维洛替尼片符合药品注册的有关要求，同意本品开展临床试验。",
        "2024-07-12",
    )
    assert english == chinese == {("ind_clearance", "CN", "2024-07-09")}


def test_word_for_word_names_of_chinas_regulator_and_its_review_centre() -> None:
    found = _events(
        "In May 2024 the State Drug Supervision Administration approved velotinib. Acme plans "
        "a filing with the FDA. In 2023, velotinib's application was accepted by the Drug "
        "Review Center. Acme also talks with the FDA."
    )
    assert found == {("approval", "CN", "2024-05"), ("application_acceptance", "CN", "2023")}


def test_respectively_is_lists_the_products_not_the_times() -> None:
    found = run(
        "Beijing, May 21 (Reporter) On the 20th, the State Drug Administration approved the "
        "listing application of 2 innovative drugs, respectively is Acme's velotinib capsules "
        "and Beta's dorzatamab injection.",
        "2024-05-21",
    )
    assert {(m.drug, m.type, m.jurisdiction, m.date) for m in found} == {
        ("velotinib", "approval", "CN", "2024-05-20"),
        ("dorzatamab", "approval", "CN", "2024-05-20"),
    }


def test_a_regulator_named_in_a_plan_lends_no_jurisdiction_to_the_next_sentence() -> None:
    found = _events(
        "The State Drug Administration (NMPA) approved velotinib on the 3rd. Acme plans to submit "
        "the listing application of velotinib to the U.S. FDA next year. Velotinib is an "
        "oral inhibitor, approved for the treatment of adult glioma.",
        "2024-10-05",
    )
    assert found == {("approval", "CN", "2024-10-03")}


def test_an_application_filed_by_the_fda_was_accepted() -> None:
    found = _events(
        "The BLA of velotinib was filed by the FDA in the October of 2023. In March the FDA "
        "has filed the NDA for dorzatinib.",
        "2024-06-01",
    )
    assert found == {
        ("application_acceptance", "US", "2023-10"),
        ("application_acceptance", "US", "2024-03"),
    }


def test_a_statistic_of_approved_drugs_names_no_drug() -> None:
    found = _events(
        "In March 2023 the European Commission approved velotinib. Data of the State Drug "
        "Administration show that in the first half year, the approved new medicines listing "
        "quantity of our country already surpassed the whole previous year.",
        "2024-10-21",
    )
    assert found == {("approval", "EU", "2023-03")}


def test_drugs_approved_worldwide_are_no_ones_event() -> None:
    found = _events(
        "The FDA cleared the IND of velotinib in March. At present only two drugs, dorzatinib "
        "and pelitinib, are approved worldwide for the disease, and none is approved for "
        "marketing globally in children."
    )
    assert found == {("ind_clearance", "US", "2024-03")}


def test_the_star_light_plan_is_the_spark_plan() -> None:
    found = run(
        'Ravotinib was selected for the "Star Light Program" of China\'s Center for Drug '
        "Evaluation in 2025 year 7 month.",
        published="2025-09-02",
    )
    inclusion = only(found, "program_inclusion")
    assert (inclusion.attributes["program"], inclusion.date) == ("SPARK Plan", "2025-07")
