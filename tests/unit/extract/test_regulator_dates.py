"""One event told for several regulators, each with its own date: one milestone each."""

from __future__ import annotations

from tests.unit.extract.helpers import run


def _approvals(text: str, published: str = "2025-11-04") -> dict[str, str | None]:
    return {m.jurisdiction: m.date for m in run(text, published) if m.type == "approval"}


def test_approvals_listed_by_regulator_each_take_their_own_month() -> None:
    text = (
        "Swissmedic authorised Velquora (dantorelin) for gout on Friday. The decision comes "
        "after approvals by the European Commission in April and by Japan's Ministry of "
        "Health, Labour and Welfare in July."
    )
    found = _approvals(text)
    assert found["EU"] == "2025-04"
    assert found["JP"] == "2025-07"


def test_approvals_with_bracketed_months_each_take_their_own() -> None:
    text = (
        "The MHRA approved Orlenza (tivasertib) for sarcoma last week, following approvals "
        "from the Therapeutic Goods Administration (March) and Health Canada (September)."
    )
    found = _approvals(text)
    assert found["AU"] == "2025-03"
    assert found["CA"] == "2025-09"


def test_a_verb_approved_by_two_regulators_on_two_dates_is_two_approvals() -> None:
    text = (
        "Pexolan (mirabrutinib) was approved by the EMA on 12 February 2024 and by the PMDA "
        "on 30 August 2024 for mantle cell lymphoma."
    )
    assert _approvals(text) == {"EU": "2024-02-12", "JP": "2024-08-30"}


def test_places_named_with_their_own_days_each_take_theirs() -> None:
    text = (
        "The TGA registered Kelvora (ostinafil) in June. A comparable dossier had already "
        "been approved in the United Kingdom on 4 March 2025 and in Switzerland on 19 April "
        "2025."
    )
    found = _approvals(text)
    assert found["UK"] == "2025-03-04"
    assert found["CH"] == "2025-04-19"


def test_an_ethics_committees_approval_with_its_month_is_no_approval() -> None:
    text = (
        "The study of Rivenzo (lotaparib) runs under the notification scheme, following "
        "approval from the Northern Hospitals Ethics Committee in May 2025, and approvals by "
        "the Food and Drug Administration (FDA) in June and by the MHRA in August."
    )
    assert _approvals(text) == {"US": "2025-06", "UK": "2025-08"}


def test_filings_with_two_regulators_in_two_months_are_two_filings() -> None:
    text = "Orchard Vale said tamsolimab was filed with the FDA in March and with the EMA in May."
    found = {
        m.jurisdiction: m.date
        for m in run(text, "2025-09-01")
        if m.type == "application_submission"
    }
    assert found == {"US": "2025-03", "EU": "2025-05"}


def test_a_later_regulator_with_its_date_set_off_before_it_takes_that_date() -> None:
    text = (
        "Talvenor Bio licensed TVR-210 in 2014. In 2016 the programme picked up orphan drug "
        "designation in the United States and, the following year, in the European Union."
    )
    found = {m.jurisdiction: m.date for m in run(text, "2025-11-04") if m.type == "designation"}
    assert found == {"US": "2016", "EU": "2017"}
