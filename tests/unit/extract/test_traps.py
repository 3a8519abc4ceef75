"""Sentences that look like milestones but are not, and hard date/name cases."""

from __future__ import annotations

import pytest

from tests.unit.extract.helpers import keys, only, run


def test_plans_and_expectations_are_not_milestones() -> None:
    found = run(
        "Acme expects to submit a new drug application for velotinib in the fourth quarter. "
        "The company plans to initiate a phase 3 trial next year. If approved, velotinib "
        "would be the first therapy for the disease."
    )
    assert found == []


def test_a_filing_on_track_is_a_plan() -> None:
    found = run(
        'Acme told investors in early 2023 that velotinib was "on track for an NDA submission '
        'by year-end" and that the FDA had agreed with its plan.',
        published="2024-10-22",
    )
    assert found == []


def test_an_anticipated_step_in_the_present_tense_is_a_plan() -> None:
    found = run(
        "Acme submitted a marketing authorisation application for velotinib to the EMA in "
        "May 2025. Acme anticipates validation of the MAA before year-end."
    )
    assert keys(found) == {("velotinib", "application_submission", "EU")}


def test_negations_are_not_milestones() -> None:
    found = run(
        "Velotinib has not yet been approved by the FDA. No application has been filed, and "
        "the drug is not approved anywhere."
    )
    assert found == []


def test_background_milestone_keeps_its_own_date() -> None:
    found = run(
        "The FDA granted priority review to velotinib on Tuesday. The NDA was accepted in "
        "November 2024.",
        published="2025-06-13",
    )
    assert only(found, "priority_review").date == "2025-06-10"
    acceptance = only(found, "application_acceptance")
    assert (acceptance.date, acceptance.date_precision) == ("2024-11", "month")


def test_boilerplate_without_events_adds_nothing() -> None:
    found = run(
        "Acme today announced that the FDA approved velotinib for lymphoma.\n"
        "About Acme\nAcme is developing AB-7007 and kelomab in several cancers. "
        "Forward-looking statements: Acme may seek approval of kelomab in the future."
    )
    assert keys(found) == {("velotinib", "approval", "US")}


def test_relative_dates_resolve_against_publication() -> None:
    found = run(
        "Acme said last week that the EMA validated its marketing authorisation "
        "application for kelomab.",
        published="2025-06-13",
    )
    acceptance = only(found, "application_acceptance")
    assert (acceptance.date, acceptance.date_precision) == ("2025-06", "month")


def test_recently_gives_unknown_date() -> None:
    found = run("Recently, the NMPA approved AB-8008 for the treatment of liver cancer.")
    approval = only(found, "approval")
    assert (approval.date, approval.date_precision) == (None, "unknown")


def test_aliases_and_misspelling_tied_by_parentheses() -> None:
    found = run(
        "Acme Announces NMPA Approval of Velotimab (AB-1001)\n"
        "Acme announced today that the NMPA has approved Velotinab (Velotimab, AB-1001), its "
        "new antibody."
    )
    approval = only(found, "approval")
    assert {approval.drug.lower(), *(a.lower() for a in approval.aliases)} >= {
        "velotimab",
        "velotinab",
        "ab-1001",
    }


def test_year_typo_in_dateline_is_recorded_as_conflict() -> None:
    found = run(
        "June 10, 2024 – Acme announced on June 10 that the NMPA has approved velotinib.",
        published="2025-06-13",
    )
    approval = only(found, "approval")
    assert approval.date == "2025-06-10"
    assert approval.attributes["date_conflict"]["stated"] == "2024-06-10"


def test_a_timeline_entry_keeps_its_year_though_it_opens_a_line_with_a_dash() -> None:
    found = run(
        "Acme at twenty: a timeline\n\n2011 - Founded in Lund\n"
        "May 2014 - FDA approves velotinib for lymphoma\n2016 - Listed in Stockholm",
        published="2025-06-13",
    )
    approval = only(found, "approval")
    assert approval.date == "2014-05"
    assert "date_conflict" not in approval.attributes


def test_month_precision_and_year_inference() -> None:
    found = run("In October the FDA approved velotinib for lymphoma.", published="2025-01-20")
    assert only(found, "approval").date == "2024-10"


def test_chmp_positive_opinion_is_not_an_approval() -> None:
    found = run(
        "The CHMP adopted a positive opinion recommending approval of kelomab. The European "
        "Commission has not yet decided and kelomab is not authorised in the EU."
    )
    assert found == []


def test_ind_submission_and_advisory_vote_are_not_milestones() -> None:
    found = run(
        "Acme submitted an investigational new drug application for AB-9009 on June 2. "
        "An FDA advisory committee voted 10-2 in favour of kelomab."
    )
    assert found == []


def test_voucher_is_not_priority_review_or_designation() -> None:
    found = run(
        "Along with the approval, Acme received a rare pediatric disease priority "
        "review voucher for kelomab."
    )
    assert [m for m in found if m.type in ("priority_review", "designation")] == []


def test_noun_submission_with_date_and_weekday_without_on() -> None:
    found = run(
        "Acme said Monday that the FDA has accepted its NDA for velotinib. The NDA submission "
        "in March 2025 was supported by two phase 3 trials. Its IND submission in 2021 is not "
        "a marketing application.",
        published="2025-06-11",
    )
    assert only(found, "application_acceptance").date == "2025-06-09"
    assert only(found, "application_submission").date == "2025-03"


def test_corporate_approvals_are_not_regulatory() -> None:
    found = run(
        "Acme develops velotinib for lymphoma. Shareholders approved the merger with Beta on "
        "Tuesday, and the deal cleared antitrust review in May."
    )
    assert found == []


def test_stative_background_is_not_dated_by_the_next_announcement() -> None:
    found = run(
        "Kelomab is approved in the EU and Japan for this indication. Acme said on Tuesday the "
        "FDA approved kelomab for adults.",
        published="2025-04-02",
    )
    dates = {m.jurisdiction: m.date for m in found if m.type == "approval"}
    assert dates == {"EU": None, "JP": None, "US": "2025-04-01"}


def test_a_rejection_by_advisers_is_a_vote() -> None:
    found = run(
        "The FDA is due to decide by May 2, and it can approve a product that its advisers have "
        "rejected, as they did velotinib last week."
    )
    assert found == []


def test_an_already_approved_product_is_a_description() -> None:
    found = run(
        "Acme is running a bridging study that compares velotinib with an already approved "
        "antibody in the US."
    )
    assert found == []


def test_its_resubmitted_application_names_the_filing() -> None:
    found = run(
        "Acme disclosed on Tuesday the FDA had sent a complete response letter for its "
        "resubmitted new drug application for velotinib.",
        published="2024-10-18",
    )
    assert {m.type for m in found} == {"rejection"}


def test_a_complete_response_in_a_trial_is_an_efficacy_result_not_a_rejection() -> None:
    found = run(
        "Acme said the FDA will decide on velotinib by June. In the phase 3 study, 80% of "
        "patients had a complete response after three cycles, 12 more achieved a complete "
        "response later, and those who reached a complete response stayed on the drug."
    )
    assert found == []


def test_a_complete_response_sent_by_the_regulator_is_a_rejection() -> None:
    found = run(
        "Acme said the FDA issued a complete response to its BLA for velotinib on Friday.",
        published="2025-06-16",
    )
    assert only(found, "rejection").date == "2025-06-13"


def test_a_complete_response_the_sponsor_submits_to_a_hold_is_no_rejection() -> None:
    found = run(
        "The FDA put the IND for velotinib on clinical hold in January. Acme submitted a "
        "complete response to the hold in March, and the agency is reviewing it.",
        published="2025-04-16",
    )
    assert [m.type for m in found if m.type == "rejection"] == []


def test_the_fda_saying_a_proposed_study_may_proceed_clears_the_ind() -> None:
    found = run(
        "Acme said the FDA has lifted the clinical hold on its IND for velotinib. In a letter "
        "received on Monday, the agency told Acme that its proposed Phase 1 study may proceed.",
        published="2025-06-13",
    )
    clearance = only(found, "ind_clearance")
    assert (clearance.jurisdiction, clearance.date) == ("US", "2025-06-09")


def test_slide_shorthand_hedges_after_the_event_name() -> None:
    text = (
        "• Mar 2025: the FDA accepted the NDA for dorvistat; priority review not granted\n"
        "• Dorvistat IND clearance in Japan expected 1Q 2026\n"
        "• Dorvistat MAA submission to the EMA (4Q 2025)"
    )
    found = {(m.type, m.jurisdiction, m.date) for m in run(text, published="2025-08-07")}
    assert found == {("application_acceptance", "US", "2025-03")}


def test_an_event_dated_only_after_publication_has_not_happened() -> None:
    text = (
        "• 4Q 2025: dorvistat MAA submission to the EMA\n"
        "• 2Q 2025: dorvistat NDA submission to the FDA"
    )
    found = {(m.jurisdiction, m.date) for m in run(text, published="2025-08-07")}
    assert found == {("US", "2025-Q2")}


def test_a_scheme_defined_in_boilerplate_is_no_event() -> None:
    found = run(
        "On May 8, the FDA accepted the NDA for velotinib. Priority review is one of the "
        "accelerated pathways, and the review clock of products included is six months."
    )
    assert {m.type for m in found} == {"application_acceptance"}


def test_a_modal_between_the_application_and_its_verb_is_a_plan() -> None:
    found = run(
        "On June 2, Acme submitted the NDA for velotinib to the FDA. Acme added that its "
        "application is expected to be accepted before the end of June, and the FDA could be "
        "asked for priority review."
    )
    assert {m.type for m in found} == {"application_submission"}


def test_a_lead_retold_with_its_day_is_not_dated_by_the_telling() -> None:
    found = run(
        "Swiss regulators have cleared Orvane's zapotide for chronic gout. Swissmedic granted the "
        "authorisation on Monday, Orvane said on Thursday.",
        published="2025-06-13",
    )
    assert only(found, "approval").date == "2025-06-09"


def test_an_undated_lead_still_takes_the_day_it_was_announced() -> None:
    found = run(
        "Swiss regulators have cleared Orvane's zapotide for chronic gout. The drug will launch "
        "in the autumn, Orvane said on Thursday.",
        published="2025-06-13",
    )
    assert only(found, "approval").date == "2025-06-12"


def test_a_status_held_borrows_no_neighbours_date() -> None:
    found = run(
        "Velotinib entered the PRIME scheme in 2022, and it also holds orphan drug designation "
        "from the EMA."
    )
    dates = {m.attributes["designation"]: m.date for m in found}
    assert dates == {"prime": "2022", "orphan_drug": None}


def test_a_status_conferred_with_has_keeps_its_neighbours_date() -> None:
    found = run("In May 2024 the EMA validated the filing, and it has accepted velotinib's MAA.")
    assert only(found, "application_acceptance").date == "2024-05"


def test_a_class_of_products_qualified_by_an_approval_is_no_event() -> None:
    text = (
        "Acme said the FDA extended its review of the NDA for velotinib by three months.\n\n"
        "The advisers meet on June 20 to discuss confirmatory trials for drugs granted "
        "accelerated approval. Medicines that have received conditional approval face "
        "the same questions."
    )
    assert run(text) == []


def test_counted_products_approved_or_a_company_named_medicines_still_report() -> None:
    counted = run("Two new drugs approved by the FDA on Monday: velotinib and zapotide.")
    assert "velotinib" in {m.drug for m in counted if m.type == "approval"}
    company = run("Beta Medicines received approval from the FDA for zapotide on Monday.")
    assert only(company, "approval").drug == "zapotide"


def test_a_rivals_unnamed_product_or_a_batch_of_therapies_gives_no_named_drug_its_event() -> None:
    text = (
        "Brellin Bio's dapvorelin is in a Phase 3 trial in gout. The readout comes two years "
        "after a competing urate-lowering drug from a bigger rival was approved in the United "
        "States. Since mid-2022, the FDA has approved a wave of oral therapies for gout."
    )
    assert run(text, "2025-08-29") == []


def test_selected_products_in_english_are_no_drug() -> None:
    text = (
        "On June 10, Acme said KQ-7705 was selected for the CDE's SPARK Plan. "
        "Products selected under the pilot submit their marketing applications with priority "
        "review. Applicants in the scheme received approval faster."
    )
    found = {(m.type, m.date) for m in run(text, published="2025-06-12")}
    assert found == {("program_inclusion", "2025-06-10")}


def test_leaving_a_partnership_is_not_a_regulatory_withdrawal() -> None:
    for text in (
        "Ostrava Bio said it will withdraw from the joint development of pelfutinib with Hanlow "
        "Pharma in the US.",
        "Ostrava Bio withdrew from its licence agreement for pelfutinib in Europe in May.",
        "Ostrava Bio has pulled out of the US co-commercialisation deal for pelfutinib.",
        "Ostrava Bio decided to withdraw from the co-development of pelfutinib, a drug in "
        "Phase 2 in Japan.",
    ):
        assert [m for m in run(text, "2025-06-13") if m.type == "withdrawal"] == [], text
    found = run(
        "Ostrava Bio withdrew its NDA for pelfutinib in the US after pulling out of the "
        "partnership with Hanlow Pharma.",
        "2025-06-13",
    )
    assert keys(found) == {("pelfutinib", "withdrawal", "US")}


def test_a_companys_nationality_is_not_where_a_regulator_acted() -> None:
    for text in (
        "Ostrava Bio, a Swiss biotech company, withdrew the MAA for pelfutinib last week.",
        "The Korean drugmaker said that pelfutinib has been approved.",
        "Ostrava Bio, a US-based developer, received approval for pelfutinib in March.",
    ):
        assert run(text, "2025-06-13") == [], text
    found = run(
        "Ostrava Bio, a Japanese company, said the EMA validated its MAA for pelfutinib.",
        "2025-06-13",
    )
    assert keys(found) == {("pelfutinib", "application_acceptance", "EU")}


def test_a_clearance_said_not_to_have_happened_is_none() -> None:
    text = (
        "Halden Bio filed an IND for movarsen with the FDA in May; nothing has been approved "
        "since then, a spokesperson said."
    )
    assert run(text, "2025-06-13") == []


@pytest.mark.parametrize("condition", ["as soon as", "provided that", "assuming"])
def test_an_event_as_a_condition_is_none(condition: str) -> None:
    text = (
        "Halden Bio filed an IND for movarsen with the FDA in May. Dosing can begin "
        f"{condition} the IND is cleared."
    )
    assert run(text, "2025-06-13") == []


def test_asking_for_a_regulators_designation_is_no_grant() -> None:
    text = "Tovern Bio has requested the EMA's PRIME designation for ostarsen."
    assert run(text, "2025-06-13") == []


@pytest.mark.parametrize(
    "rival",
    [
        "a drug of another firm with a new mode of action was",
        "a therapy from a different company was",
        "another company's drug was",
        "just one CLDN6-directed antibody has been",
    ],
)
def test_an_unnamed_product_of_another_company_gets_no_event(rival: str) -> None:
    text = (
        "Tovern Bio's zelvatinib met its primary endpoint in a phase 3 study in Japan. "
        f"Last year, {rival} approved for the disease."
    )
    assert run(text, "2025-06-13") == []


def test_an_approved_safety_labeling_change_is_no_approval() -> None:
    found = run(
        "Last week the FDA approved a safety labeling change for Quvexa (pralvicort), adding "
        "liver injury to the warnings section. Quvexa was approved by the FDA in March 2021."
    )
    assert [m.date for m in found if m.type == "approval"] == ["2021-03"]


@pytest.mark.parametrize(
    "told",
    [
        "signed off on the change from Quvexa to Quvetra",
        "approved the name change",
        "approved the new brand name",
    ],
)
def test_an_approved_change_of_name_is_no_approval(told: str) -> None:
    found = run(
        f"Last week the FDA {told} for Quvexa (pralvicort) after dispensing errors. Quvexa "
        "was approved by the FDA in March 2021."
    )
    assert [m.date for m in found if m.type == "approval"] == ["2021-03"]


def test_a_passive_label_update_is_no_approval() -> None:
    found = run(
        "Ferrowind said a prescribing information update for Dalmora (dalmostat) was approved "
        "by the FDA on June 2, adding a warning on falls."
    )
    assert "approval" not in {m.type for m in found}


def test_a_vaccines_seasonal_strain_change_is_no_approval() -> None:
    found = run(
        "On Monday the FDA approved the strain-change supplements for this season's flu "
        "vaccines, among them Vexora (KZ-210)."
    )
    assert "approval" not in {m.type for m in found}


def test_a_strain_change_the_agency_approved_is_no_approval() -> None:
    found = run(
        "Pellion's COVID-19 vaccine, Covira (PX-77), moved to the new formula under a "
        "strain-change supplement the agency approved on June 2. Covira won FDA approval in "
        "April 2023."
    )
    assert [m.date for m in found if m.type == "approval"] == ["2023-04"]


def test_our_first_product_now_approved_names_no_drug() -> None:
    found = run(
        "\"The second quarter was the busiest in Ferrowind's history: our first product is now "
        "approved on both sides of the Atlantic, our second is under review, and we moved two "
        'more programmes forward," said the chief executive.\n\nDalmora (dalmostat; FW-12)\n'
        "- The European Commission approved Dalmora on June 4, 2025. Dalmora was approved by "
        "the FDA in May 2024.",
        published="2025-08-05",
    )
    assert sorted(m.date or "" for m in found) == ["2024-05", "2025-06-04"]


@pytest.mark.parametrize(
    "told", ["A US judge refused to dismiss a suit", "The FDA refused to comment on a report"]
)
def test_refusing_to_do_something_else_is_no_rejection(told: str) -> None:
    assert run(f"{told} over Acme's velotinib on Friday.", published="2024-10-22") == []


@pytest.mark.parametrize(
    "told", ["refused to approve Acme's velotinib", "refused to file Acme's NDA for velotinib"]
)
def test_refusing_to_approve_or_to_file_is_still_a_rejection(told: str) -> None:
    found = run(f"In May 2024 the FDA {told}.", published="2024-10-22")
    assert keys(found) == {("velotinib", "rejection", "US")}
