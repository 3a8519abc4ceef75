"""Wordings of digests and trackers, which write abbreviations: "BTD", "J-NDA"."""

from __future__ import annotations

from tests.unit.extract.helpers import keys, only, run


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
