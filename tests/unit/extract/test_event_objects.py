"""English sentences whose event words report no milestone, or another one: a status
request refused, a payer's committee approving, a first patient treated in routine care,
a status named in a comparison, a protein's deposits, another company's candidate; and a
regulator's decision told with its infinitive."""

from __future__ import annotations

import re

from service.extract.event_objects import routine_care, status_refused
from service.extract.sentences import Segment
from tests.unit.extract.helpers import keys, only, run


def _refusal(text: str) -> bool:
    match = re.search(r"declined to grant|rejected|turned down", text)
    assert match is not None
    return status_refused(text, Segment(0, len(text)), match)


def test_refusal_of_a_status_is_told_apart_from_a_marketing_one() -> None:
    assert _refusal("Acme asked for fast track status, and the agency declined to grant it.")
    assert _refusal("The FDA rejected its request for orphan drug designation in May.")
    assert _refusal("The request for breakthrough therapy designation was turned down.")
    assert not _refusal("After fast track designation, the agency rejected the NDA in May.")
    assert not _refusal("It holds orphan status; the BLA was filed and the FDA rejected it.")


def test_first_patient_on_the_market_is_routine_care() -> None:
    sentence = "The clinic treated its first patient with Zorvane, which the FDA approved in May."
    assert routine_care(sentence, Segment(0, len(sentence)))
    trial = "The clinic treated the first patient in the phase 1 trial of Zorvane, approved in May."
    assert not routine_care(trial, Segment(0, len(trial)))


def test_refused_status_request_is_no_rejection() -> None:
    found = run(
        "Kelomab has not been approved anywhere. Acme asked for fast track status in March, "
        "and the agency declined to grant it, citing existing therapies."
    )
    assert found == []


def test_refused_designation_by_name_is_no_rejection() -> None:
    found = run("In May the FDA rejected Acme's request for orphan drug designation for kelomab.")
    assert not [m for m in found if m.type == "rejection"]


def test_refused_application_stays_a_rejection() -> None:
    found = run(
        "Kelomab received fast track designation in 2022; the FDA declined to approve its "
        "biologics license application in May 2025."
    )
    assert ("kelomab", "rejection", "US") in keys(found)


def test_payer_committee_approval_is_no_milestone() -> None:
    found = run(
        "The health plan's pharmacy and therapeutics committee met on May 3 and approved "
        "coverage changes. Background: the FDA approved velotinib in January 2025."
    )
    approval = only(found, "approval")
    assert approval.date == "2025-01"


def test_first_patient_in_routine_care_is_no_trial_start() -> None:
    found = run(
        "Riverside Clinic in Ohio said it has treated the first patient in the county with "
        "velotinib, a newly approved cell therapy from Acme."
    )
    assert not [m for m in found if m.type == "trial_initiation"]


def test_first_patient_in_a_trial_still_starts_it() -> None:
    found = run("Acme dosed the first patient in its U.S. phase 2 trial of velotinib on June 2.")
    assert only(found, "trial_initiation").date == "2025-06-02"


def test_status_named_in_a_comparison_is_not_held() -> None:
    found = run(
        "The FDA granted RMAT designation to velotinib on Monday. Similar to breakthrough "
        "therapy designation, it brings closer agency guidance."
    )
    designations = {m.attributes.get("designation") for m in found}
    assert designations == {"rmat"}


def test_protein_deposits_name_no_drug() -> None:
    found = run(
        "The MFDS has designated AB-7007 as an orphan drug for ALS today. AB-7007 lowered "
        "FUS-21 aggregates in mice. The orphan designation by the MFDS is given to the drug "
        "for rare diseases."
    )
    assert {m.drug for m in found} == {"AB-7007"}


def test_another_companys_candidate_is_not_the_articles_drug() -> None:
    found = run(
        "The FDA approved velotinib on Monday. The society recalled that another "
        "developer's JAK candidate was turned down by the agency last year."
    )
    assert keys(found) == {("velotinib", "approval", "US")}


def test_regulators_decision_to_approve_is_an_approval() -> None:
    found = run(
        "The patient group welcomed the FDA's decision on Wednesday to approve Zorvane "
        "(velotinib) for lymphoma."
    )
    assert only(found, "approval").date == "2025-06-11"


def test_decision_not_to_approve_or_pending_is_no_approval() -> None:
    found = run(
        "The FDA decided not to approve velotinib. A decision on whether to approve kelomab "
        "is expected in July."
    )
    assert not [m for m in found if m.type == "approval"]


def test_a_devices_route_to_market_is_no_drug_approval() -> None:
    text = (
        "US - Gout drug approved\n"
        "The FDA approved Dovrin Bio's pelotinib for gout on Monday.\n\n"
        "Devices - Sensor cleared\n"
        "Kettle Medical's PulseRead 4, a wearable heart monitor, was cleared by the FDA "
        "through the 510(k) pathway on June 12.\n"
        "- FDA grants De Novo authorisation to Kettle Medical's sleep-apnoea software\n"
        "- Kettle's infusion pump won premarket approval (PMA) on June 11\n"
    )
    found = run(text)
    assert [(m.drug, m.type, m.date) for m in found] == [("pelotinib", "approval", "2025-06-09")]


def test_a_word_cut_at_the_trial_window_edge_names_no_ind() -> None:
    # Forty characters after "approval" end inside "indication": no IND is named.
    found = run(
        "The FDA approved zentamab in May 2019. An sBLA for liver cancer won accelerated "
        "approval in April 2021, and the liver cancer indication was made full a year later."
    )
    assert {(m.type, m.date) for m in found if m.date == "2021-04"} == {("approval", "2021-04")}
