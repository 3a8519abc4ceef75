"""Events told beside other clauses (invented sentences): a place named in another clause's
plan did not act; a filing told in a relative clause without its pronoun; a withdrawal a
past cause brought about."""

from __future__ import annotations

from tests.unit.extract.helpers import keys, run

_LEAD = "The FDA's advisers backed Corvane Bio's lutamesib on Thursday. "


def test_a_place_named_only_in_another_clauses_plan_did_not_grant_the_status() -> None:
    found = run(
        _LEAD + "Lutamesib was granted Breakthrough Therapy designation for this use in 2023, "
        "and Corvane says it plans to file in Europe once the FDA has acted.",
        "2025-06-13",
    )
    designations = {(m.jurisdiction, m.date) for m in found if m.type == "designation"}
    assert designations == {("US", "2023")}


def test_a_place_in_the_events_own_clause_still_acted_beside_a_plan() -> None:
    found = run(
        _LEAD + "Lutamesib was granted orphan designation in Europe in 2023, and Corvane "
        "plans to file in Japan next year.",
        "2025-06-13",
    )
    assert {m.jurisdiction for m in found if m.type == "designation"} == {"EU"}


def test_a_filing_in_a_relative_clause_without_its_pronoun_is_a_submission() -> None:
    found = run(
        "Japan's health ministry approved lutamesib today. The approval follows the PMDA's "
        "review of the new drug application Corvane submitted in March 2024.",
        "2025-06-13",
    )
    dates = {(m.jurisdiction, m.date) for m in found if m.type == "application_submission"}
    assert dates == {("JP", "2024-03")}


def test_an_application_the_agency_filed_or_one_only_planned_is_no_submission() -> None:
    for sentence in (
        "The application the FDA filed in March 2024 for lutamesib is under review.",
        "The application Corvane plans to submit in 2026 for lutamesib will go to the PMDA.",
    ):
        found = run(sentence, "2025-06-13")
        assert not [m for m in found if m.type == "application_submission"], sentence


def test_a_withdrawal_a_past_cause_brought_about_is_one() -> None:
    found = keys(
        run(
            "The UK refusal has also led Corvane to withdraw its application for lutamesib "
            "in Australia.",
            "2025-06-13",
        )
    )
    assert ("lutamesib", "withdrawal", "AU") in found


def test_a_withdrawal_a_cause_may_still_bring_about_is_none() -> None:
    for sentence in (
        "The refusal could lead Corvane to withdraw its application for lutamesib in Australia.",
        "The refusal may force Corvane to withdraw its application for lutamesib in Australia.",
        "The refusal led investors to question the application for lutamesib in Australia.",
    ):
        assert not [m for m in run(sentence, "2025-06-13") if m.type == "withdrawal"], sentence
