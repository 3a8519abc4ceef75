"""The two real machine-translated seed articles, judged as a careful analyst would."""

from __future__ import annotations

from pathlib import Path

import pytest

from service.extract import Milestone, extract
from service.ingest.files import load_article

SEEDS = Path(__file__).resolve().parents[3].parent / "shared" / "seeds"


def _seed(prefix: str) -> list[Milestone]:
    paths = sorted(SEEDS.glob(f"{prefix}_*.txt")) if SEEDS.is_dir() else []
    if not paths:
        pytest.skip("seed articles not present")
    return extract(load_article(paths[0], None))


def _names(milestone: Milestone) -> set[str]:
    return {milestone.drug.lower(), *(a.lower() for a in milestone.aliases)}


def test_seed_000_approval_with_date_conflict_and_spark() -> None:
    found = _seed("000")
    approvals = [m for m in found if m.type == "approval"]
    assert len(approvals) == 1
    approval = approvals[0]
    assert {"zoleretinib", "ichinoclax", "icp-723"} <= _names(approval)
    assert (approval.jurisdiction, approval.agency) == ("CN", "NMPA")
    assert (approval.date, approval.date_precision) == ("2025-12-11", "day")
    assert approval.attributes["date_conflict"]["stated"] == "2024-12-11"
    spark = [m for m in found if m.type == "program_inclusion"]
    assert len(spark) == 1 and spark[0].attributes["program"] == "SPARK Plan"
    assert spark[0].date is None and spark[0].date_precision == "unknown"
    assert not [m for m in found if m.type == "application_submission"]


def test_seed_001_spark_background_acceptance_and_us_ind() -> None:
    found = _seed("001")
    by_type = {m.type: m for m in found if "vc004" in _names(m)}
    spark = by_type["program_inclusion"]
    assert "eratrectinib" in _names(spark) and spark.attributes["program"] == "SPARK Plan"
    assert spark.date is None
    for kind in ("application_acceptance", "priority_review"):
        assert (by_type[kind].jurisdiction, by_type[kind].date) == ("CN", None)
    assert (by_type["ind_clearance"].jurisdiction, by_type["ind_clearance"].date) == (
        "US",
        "2024-10-16",
    )
    assert "approval" not in by_type
    assert not [m for m in found if m.type == "trial_initiation" and "vc004" in _names(m)]
