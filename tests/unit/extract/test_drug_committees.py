"""A Japanese drug committee's "approval appropriate" is a recommendation; the ministry's
formal approval comes later, and a time given as its earliest bound is still ahead (invented
sentences, in the style of machine-translated trade press)."""

from __future__ import annotations

from tests.unit.extract.helpers import run

_BACKGROUND = "Kanoya Pharma filed the application for tovaxitinib with the MHLW in May 2025."
_FILED = ("application_submission", "JP", "2025-05")


def _events(text: str, title: str = "") -> set[tuple[str, str, object]]:
    return {(m.type, m.jurisdiction, m.date) for m in run(text, "2026-02-27", title=title)}


def test_a_committee_judgement_is_no_approval() -> None:
    for judgement in (
        "The First Committee on New Drugs of the MHLW approved tovaxitinib on the 26th.",
        "Tovaxitinib was approved by the MHLW's Second Committee on New Drugs on the 26th.",
        "Tovaxitinib obtained the approval appropriate judgement of the drug committee on the "
        "26th.",
    ):
        assert _events(f"{_BACKGROUND} {judgement}") == {_FILED}, judgement
    chinese = _events(
        "康瑞制药于2025年5月向日本PMDA提交了KR-512的上市申请。日本厚生劳动省药事审议会"
        "第一部会于2月26日批准了KR-512的上市申请，正式批准最早在3月下旬。"
    )
    assert chinese == {_FILED}


def test_a_headline_with_the_formal_approval_at_the_earliest_is_no_approval() -> None:
    title = (
        'Drug committee: tovaxitinib "approval appropriate"... formal approval in May at the '
        "earliest"
    )
    assert _events(f"{title}\n\n{_BACKGROUND}", title=title) == {_FILED}


def test_the_ministrys_approval_after_the_committee_is_an_approval() -> None:
    found = _events(
        f"{_BACKGROUND} The MHLW approved tovaxitinib on February 20 after the drug committee "
        "had judged the approval appropriate in January."
    )
    assert found == {_FILED, ("approval", "JP", "2026-02-20")}
    told = _events(
        f"{_BACKGROUND} Kanoya said that tovaxitinib obtained MHLW approval on February 20, "
        "and in March at the earliest it will be launched."
    )
    assert told == {_FILED, ("approval", "JP", "2026-02-20")}
