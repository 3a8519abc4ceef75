"""Copy machine-translated from German, French, Italian, Spanish and Korean releases."""

from __future__ import annotations

from tests.unit.extract.helpers import only, run


def test_year_named_as_a_noun_dates_a_designation() -> None:
    text = (
        "In the USA the Food and Drug Administration had granted to dalmorestat already in "
        "the year 2022 the Fast-Track-status."
    )
    designation = only(run(text), "designation")
    assert (designation.jurisdiction, designation.date) == ("US", "2022")


def test_year_named_as_a_noun_opening_a_sentence() -> None:
    text = (
        "Already in the year 2021 the vaccine Lymorix (KVB-311) had been admitted into the "
        "PRIME programme of the European Medicines Agency."
    )
    designation = only(run(text), "designation")
    assert (designation.jurisdiction, designation.date) == ("EU", "2021")


def test_day_first_dateline_on_the_publication_day_keeps_weekdays_in_its_week() -> None:
    text = (
        "Nantes, 09/10/2026 – Brevelle SAS informs that the ANSM authorised on Tuesday the "
        "phase 1/2 clinical trial of dortalisib (BVL-220) in adults with lupus."
    )
    clearance = only(run(text, "2026-10-09"), "ind_clearance")
    assert (clearance.jurisdiction, clearance.date) == ("FR", "2026-10-06")


def test_month_first_dateline_before_publication_still_tells_today() -> None:
    text = (
        "BOSTON, 09/10/2026 – Corvane Bio today announced that the FDA cleared its IND for "
        "tesamorilib (CVB-18) in adults with lupus."
    )
    clearance = only(run(text, "2026-09-12"), "ind_clearance")
    assert clearance.date == "2026-09-10"


def test_regulator_pronounces_a_withdrawal_with_an_aside() -> None:
    text = (
        "Brevelle SAS informs that the ANSM has pronounced, at the request of the holder, the "
        "withdrawal of the marketing authorisation (AMM) of its antihistamine Sommeline "
        "(trozapine) 5 mg, tablet, on 30/09/2026."
    )
    withdrawal = only(run(text, "2026-10-09"), "withdrawal")
    assert (withdrawal.jurisdiction, withdrawal.agency) == ("FR", "ANSM")
    assert withdrawal.date == "2026-09-30"


def test_status_held_as_a_benefit_is_a_background_designation() -> None:
    text = (
        "Dortalisib (BVL-220) benefits since 2021 of the designation of orphan medicine in "
        "the European Union."
    )
    designation = only(run(text), "designation")
    assert (designation.jurisdiction, designation.date) == ("EU", "2021")
    assert designation.attributes == {"designation": "orphan_drug"}


def test_the_benefits_of_a_status_grant_nothing() -> None:
    text = (
        "The FDA approved dortalisib (BVL-220) in 2023. The benefits of orphan designation "
        "include seven years of market exclusivity."
    )
    assert [m.type for m in run(text)] == ["approval"]


def test_korean_rare_medicine_designation_is_orphan() -> None:
    text = (
        "Hanbit Bio said its antibody velpratumab (HBB-301) was designated as a rare medicine "
        "by the Ministry of Food and Drug Safety in 2024.06."
    )
    designation = only(run(text, "2025-03-02"), "designation")
    assert designation.attributes == {"designation": "orphan_drug"}
    assert (designation.jurisdiction, designation.date) == ("KR", "2024-06")


def test_rare_drug_designation_not_yet_held_is_none() -> None:
    text = "In Korea velpratumab (HBB-301) has not yet been designated as a rare medicine."
    assert run(text) == []


def test_month_named_as_a_noun_without_its_year() -> None:
    # "in the month of November" (nel mese di novembre, en el mes de noviembre): the last
    # November before the news, as a bare "in November" is.
    text = (
        "In the United States, the FDA accepted for review the BLA of dortalisib in the month "
        "of November."
    )
    acceptance = only(run(text, published="2026-02-05"), "application_acceptance")
    assert (acceptance.jurisdiction, acceptance.date) == ("US", "2025-11")


def test_spanish_day_month_of_year_is_a_day() -> None:
    # "5 de febrero de 2026" translated word for word.
    found = run(
        "On 5 of February of 2026 the FDA accepted the BLA of dortalisib.",
        published="2026-02-09",
    )
    acceptance = only(found, "application_acceptance")
    assert (acceptance.date, acceptance.date_precision) == ("2026-02-05", "day")


def test_german_order_received_for_its_product_the_approval() -> None:
    # "hat für seinen Impfstoff X gegen Y die Zulassung der Europäischen Kommission erhalten".
    text = (
        "Kiel, 06.09.2024 – Ostwind Vakzine AG has received for its vaccine Corvax (OWV-311) "
        "against tick-borne encephalitis the approval by the European Commission."
    )
    approval = only(run(text, published="2024-09-06"), "approval")
    assert (approval.drug, approval.jurisdiction) == ("OWV-311", "EU")
