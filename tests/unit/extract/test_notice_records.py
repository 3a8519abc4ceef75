"""Regulators' records and notices: a record headed by an application number only one
regulator gives, a supplement that only changed a carton, a ministry's numbered list of the
products it approved, a designation heading closed by the day it was notified, a register's
decisions named after a colon, and a committee's opinion told around a decision."""

from __future__ import annotations

from tests.unit.extract.helpers import keys, run

_RECORD = (
    "PRODUCT RECORD | TALMORA (vexitanib) | NDA 318402\n"
    "Data as of March 2, 2026\n\n"
    "Approval history\n\n"
    "Action date | Submission | Action type | Submission classification | Review priority\n"
    "02/10/2026  | SUPPL-4    | Approval    | Efficacy-New Indication | STANDARD\n"
    "12/01/2025  | SUPPL-2    | Approval    | Labeling-Container/Carton Labels | N/A\n"
    "06/14/2025  | ORIG-1     | Approval    | Type 1 - New Molecular Entity | PRIORITY\n\n"
    "Other regions (company-reported)\n"
    "- European Union: the European Medicines Agency validated the marketing authorisation "
    "application in September 2025. The CHMP opinion is due in 2026.\n"
)


def test_a_record_headed_by_an_fda_application_number_is_the_fdas() -> None:
    found = {(m.type, m.jurisdiction, m.date) for m in run(_RECORD, "2026-03-03")}
    assert ("approval", "US", "2025-06-14") in found
    assert ("approval", "US", "2026-02-10") in found
    assert ("priority_review", "US", None) in found
    assert not {f for f in found if f[:2] == ("approval", "EU")}


def test_a_supplement_changing_only_the_carton_is_no_approval() -> None:
    dates = {m.date for m in run(_RECORD, "2026-03-03") if m.type == "approval"}
    assert "2025-12-01" not in dates


def test_a_code_after_a_topical_form_and_strength_names_the_same_drug() -> None:
    text = (
        "- Vexitanib gel 0.5% (TLM-440) for hand eczema: Talmora Bio submitted an NDA to the "
        "FDA in May 2025.\n- European Union: the EMA validated the MAA for vexitanib in "
        "June 2025."
    )
    found = run(text, "2025-09-01")
    assert {m.drug for m in found} == {"vexitanib"}


_NOTICE = (
    "Approval of new drugs: Ministry of Health, Labour and Welfare notice\n\n"
    "Approval date: March 14, 2026\n\n"
    "The following products, reviewed by the Committee on New Drugs on February 20, 2026, "
    "were approved on the date above. Items for already-approved ingredients are omitted.\n\n"
    "1. Norvenza Tablets 25 mg\n"
    "   Applicant: Hollis Pharma K.K.\n"
    "   Active ingredient: pelvorasib\n"
    "   Remarks: orphan drug; priority review item; conditional early approval system applied\n"
    "2. Cardelle Capsules 10 mg\n"
    "   Applicant: Brenmoor Japan Co., Ltd.\n"
    "   Active ingredient: tuzamerod\n"
    "   Remarks: standard review\n\n"
    "Products reviewed on March 5, 2026 (approval expected after procedures)\n"
    "- Ostilvo Injection (rabeximab), Quell Japan G.K., for cystinosis.\n\n"
    "Orphan drug designations (notified March 9, 2026)\n"
    "- sorvalimab (Quell Japan G.K.): neuromyelitis optica spectrum disorder\n\n"
    "Notes\n"
    "Cardelle's approval makes it the first drug of its class in Japan."
)


def test_each_numbered_item_under_a_lead_telling_them_approved_is_an_approval() -> None:
    found = {(m.drug, m.type): m for m in run(_NOTICE, "2026-03-16")}
    assert found[("pelvorasib", "approval")].date == "2026-03-14"
    assert found[("pelvorasib", "approval")].attributes == {"pathway": "conditional"}
    assert found[("tuzamerod", "approval")].date == "2026-03-14"
    assert ("pelvorasib", "priority_review") in found
    assert found[("pelvorasib", "designation")].attributes == {"designation": "orphan_drug"}


def test_products_only_reviewed_and_the_lead_itself_tell_no_approval() -> None:
    found = keys(run(_NOTICE, "2026-03-16"))
    assert not {f for f in found if f[0] == "rabeximab"}
    assert {f for f in found if f[1] == "approval"} == {
        ("pelvorasib", "approval", "JP"),
        ("tuzamerod", "approval", "JP"),
    }


def test_a_designation_heading_closed_by_the_day_notified_dates_its_items() -> None:
    found = [m for m in run(_NOTICE, "2026-03-16") if m.drug == "sorvalimab"]
    assert [(m.type, m.date) for m in found] == [("designation", "2026-03-09")]


def test_a_lead_naming_products_still_to_be_approved_lists_no_approvals() -> None:
    text = (
        "Approval date: March 14, 2026\n\n"
        "The following products are expected to be approved on the date above.\n\n"
        "1. Norvenza Tablets 25 mg\n"
        "   Applicant: Hollis Pharma K.K.\n"
        "   Active ingredient: pelvorasib\n"
    )
    assert not [m for m in run(text, "2026-03-10") if m.type == "approval"]


def test_a_heading_of_applications_received_lists_no_designations() -> None:
    text = (
        "Orphan drug designation applications (received March 9, 2026)\n"
        "- sorvalimab (Quell Japan G.K.): neuromyelitis optica spectrum disorder\n"
    )
    assert run(text, "2026-03-16") == []


_REGISTER = (
    "European Commission: Union Register, decisions of the week\n\n"
    "CHANGES TO EXISTING MARKETING AUTHORISATIONS\n"
    "- Dravenna (solutamab), Kessing Bio GmbH. Decision of 3.6.2025 amending the "
    "authorisation: extension of indication to include adolescents with severe asthma.\n"
    "- Ortelia (fimbrazole), Loden Pharma S.A. Decision of 4.6.2025: withdrawal of the "
    "marketing authorisation at the request of the holder.\n"
    "- Pexora (travoprant), Loden Pharma S.A. Decision of 5.6.2025: transfer of the "
    "marketing authorisation to Calder Medical AB.\n"
)


def test_a_registers_decision_names_its_act_after_a_colon() -> None:
    found = {(m.drug, m.type, m.date) for m in run(_REGISTER, "2025-06-10")}
    assert ("solutamab", "approval", "2025-06-03") in found
    assert ("fimbrazole", "withdrawal", "2025-06-04") in found
    assert not {f for f in found if f[0] == "travoprant"}


def test_an_opinion_recommending_the_granting_of_a_licence_is_no_approval() -> None:
    text = (
        "Dravenna (solutamab) is a medicine for asthma. The CHMP adopted a positive opinion "
        "recommending the granting of a marketing authorisation on 22 May 2025."
    )
    assert not [m for m in run(text, "2025-06-10") if m.type == "approval"]


def test_a_date_in_a_for_which_aside_is_the_asides_not_the_decisions() -> None:
    text = (
        "Dravenna (solutamab), for which the CHMP adopted a positive opinion in April, has "
        "since been authorised: the European Commission adopted its decision on 3 June 2025."
    )
    found = [(m.type, m.date) for m in run(text, "2025-06-10")]
    assert found == [("approval", "2025-06-03")]


def test_a_confirmed_negative_opinion_of_a_month_is_two_rejections() -> None:
    text = (
        "Highlights of the CHMP meeting held from 9 to 12 June 2025\n\n"
        "Following a re-examination, the CHMP confirmed its initial negative opinion of "
        "February 2025 on Ortelia (fimbrazole), intended for gout."
    )
    dates = sorted(m.date or "" for m in run(text, "2025-06-13") if m.type == "rejection")
    assert dates == ["2025-02", "2025-06"]
