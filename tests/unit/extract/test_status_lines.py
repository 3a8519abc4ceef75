"""Status lines of a country-by-country list, and filings that ask to change a licence."""

from __future__ import annotations

from tests.unit.extract.helpers import run


def _events(text: str, published: str = "2025-06-13") -> set[tuple[str, str, str, str | None]]:
    return {(m.drug, m.type, m.jurisdiction, m.date) for m in run(text, published)}


_STATUS = (
    "Harbeck Bio today reported progress for Quenzia (quenzaparin).\n\n"
    "Status of Quenzia by market:\n\n"
    "United States – Approved (FDA; full approval, 4 March 2023)\n"
    "European Union – Approved (European Commission; conditional marketing authorisation, "
    "11 August 2024)\n"
    "United Kingdom – Under review (MHRA; marketing authorisation application submitted "
    "Q4 2024)\n"
    "Canada – Accepted for review (Health Canada; New Drug Submission accepted February 2025)\n"
)


def test_a_bracketed_note_dates_its_status_across_a_semicolon() -> None:
    events = _events(_STATUS)
    assert ("quenzaparin", "approval", "US", "2023-03-04") in events
    assert ("quenzaparin", "approval", "EU", "2024-08-11") in events
    assert ("quenzaparin", "application_acceptance", "CA", "2025-02") in events


def test_a_named_application_submitted_with_its_period_straight_after() -> None:
    assert ("quenzaparin", "application_submission", "UK", "2024-Q4") in _events(_STATUS)


def test_a_variation_to_extend_a_licence_is_a_filing_not_an_approval() -> None:
    text = (
        "Brenlo (brenlotamab) has been sold in the US since 2022. Osterby Pharma filed a "
        "variation to extend the EU marketing authorisation to children in April, and it "
        "expects a decision next year."
    )
    events = _events(text)
    assert ("brenlotamab", "application_submission", "EU", "2025-04") in events
    assert not any(e[1] == "approval" and e[2] == "EU" for e in events)


def test_an_application_to_expand_a_licence_asks_for_it() -> None:
    text = (
        "Veltrix (veltorimab) is approved in Japan. Norrland Bio submitted an application to "
        "expand the EU marketing authorisation in May, and it plans a new trial."
    )
    assert not any(e[1] == "approval" and e[2] == "EU" for e in _events(text))


def test_an_undated_market_entry_follows_the_agency_told_just_before() -> None:
    text = (
        "The FDA on Friday approved Kestrava (kestrimab) for gastric cancer.\n\n"
        "The agency also approved a label update for Dunmore Bio's palvoxumab. Palvoxumab "
        "first reached the market in 2021 as a single agent.\n\n"
        "In Europe, the EMA validated an application for kestrimab in May, and the CHMP "
        "could give an opinion in the autumn; the EMA also reviews a second dossier."
    )
    events = _events(text)
    assert ("palvoxumab", "approval", "US", "2021") in events
    assert not any(e[0] == "palvoxumab" and e[2] == "EU" for e in events)


def test_the_agency_after_a_committee_is_the_regulator_named_before_it() -> None:
    text = (
        "The FDA approved Ortavix (ortalisib) on May 2. The CHMP gave it a positive opinion "
        "later that month. Sales began at once.\n\nOn June 6, the agency signed off on a "
        "new indication for Ortavix."
    )
    assert ("ortalisib", "approval", "US", "2025-06-06") in _events(text)


_PIPELINE = (
    "Corbel Therapeutics plc: Half-year update\n\n"
    "Programme | Indication | Stage | Latest regulatory event | Next expected milestone\n"
    "Velostat (CRB-10) | Gout | Filed | EU: MAA validated by EMA, Q4 2024; US: NDA submitted "
    "Mar-2025 | CHMP opinion H2 2026\n"
    "CRB-22 | Lupus | Phase 1 | UK: CTA approved by MHRA Feb-2025 | Data 2026\n"
)


def test_a_pipeline_tables_stage_cell_is_not_the_next_cells_filing() -> None:
    events = _events(_PIPELINE, "2025-08-20")
    assert ("velostat", "application_acceptance", "EU", "2024-Q4") in events
    assert not {e for e in events if e[1] == "application_submission" and e[2] == "EU"}


def test_a_status_note_dated_by_a_hyphenated_month() -> None:
    assert ("velostat", "application_submission", "US", "2025-03") in _events(
        _PIPELINE, "2025-08-20"
    )


def test_a_cta_approved_is_a_trial_clearance_not_a_marketing_approval() -> None:
    events = _events(_PIPELINE, "2025-08-20")
    assert ("CRB-22", "ind_clearance", "UK", "2025-02") in events
    assert not {e for e in events if e[1] == "approval"}


def test_a_status_named_with_its_day_and_no_verb_was_granted() -> None:
    text = (
        "WEEKLY TRACKER | Friday, June 13, 2025\n\n"
        "QUARVETIMAB (Dellmoor Bio)\n"
        "US: Orphan drug designation on Tuesday for Castleman disease.\n"
        "EU: The Commission approved the antibody on 2 June.\n\n"
        "5. Hennick Pharma, HNK-204. Fast track designation from the FDA on June 4 for "
        "sarcoidosis.\n"
    )
    events = _events(text)
    assert ("quarvetimab", "designation", "US", "2025-06-10") in events
    assert ("HNK-204", "designation", "US", "2025-06-04") in events


def test_a_status_named_without_its_day_tells_no_grant() -> None:
    text = "QUARVETIMAB (Dellmoor Bio)\nUS: Orphan drug designation would help the launch.\n"
    assert not [e for e in _events(text) if e[1] == "designation"]
