"""Wordings of digests and trackers, which drop verbs and write abbreviations: "approval
from the agency on 14 April", "filing accepted in May", "BTD", "J-NDA"; and a regulator's
proposal, which is put out for comment before anything is granted."""

from __future__ import annotations

from tests.unit.extract.helpers import keys, only, run


def test_an_approval_named_by_a_day_written_before_its_month() -> None:
    text = "Velkanib: conditional approval from the NMPA on 14 April, for thyroid cancer."
    found = only(run(text, "2026-05-04"), "approval")
    assert (found.jurisdiction, found.date) == ("CN", "2026-04-14")


def test_an_approval_granted_without_its_auxiliary() -> None:
    text = "U.S. update. Tivresertib: full approval granted on 2 March for recurrent glioma."
    assert only(run(text, "2026-05-04"), "approval").date == "2026-03-02"


def test_a_filing_accepted_without_its_auxiliary() -> None:
    text = "Tivresertib (Acme Neuro): NDA accepted in February 2026 by the FDA, per the company."
    assert only(run(text, "2026-05-04"), "application_acceptance").date == "2026-02"


def test_btd_abbreviates_a_breakthrough_therapy_designation() -> None:
    text = "Tivresertib received BTD from the FDA on 3 March 2026 for recurrent glioma."
    assert only(run(text, "2026-05-04"), "designation").attributes == {
        "designation": "breakthrough_therapy"
    }


def test_a_japanese_nda_is_an_application_written_with_or_without_a_hyphen() -> None:
    accepted = "The PMDA accepted the JNDA for tivresertib in February 2026, the company said."
    assert keys(run(accepted, "2026-05-04")) == {("tivresertib", "application_acceptance", "JP")}
    filed = "Acme Neuro submitted a J-NDA for tivresertib in Japan on 30 March 2026."
    assert only(run(filed, "2026-05-04"), "application_submission").date == "2026-03-30"


def test_a_published_proposal_to_grant_a_status_is_no_milestone() -> None:
    for text in (
        "A CDE proposal of 25 April, now open for comment, has tivresertib granted BTD.",
        "On 25 April the CDE put out a proposal that tivresertib be granted breakthrough "
        "therapy designation in glioma.",
    ):
        assert run(text, "2026-05-04") == []


def test_the_gloss_of_a_designations_name_is_no_drug() -> None:
    text = "In March 2026 the MHLW gave KZ-710 its SAKIGAKE (pioneer) designation in glioma."
    found = run(text, "2026-05-04")
    assert keys(found) == {("KZ-710", "designation", "JP")}
