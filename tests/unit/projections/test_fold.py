from __future__ import annotations

from service.projections.fold import LedgerFold
from service.projections.view import drug_status, ordered
from service.store.memory import InMemoryEventLog
from tests.unit.projections.ledger_events import (
    append,
    corrected,
    corroborated,
    linked,
    merged,
    recorded,
    retracted,
)


def fold_of(log: InMemoryEventLog) -> LedgerFold:
    fold = LedgerFold()
    fold.apply_all(log.read_all(0, limit=10_000))
    return fold


def items(fold: LedgerFold, slug: str) -> list[dict]:
    return [item for _, item in ordered(fold.drug_lines(slug))]


def test_a_second_source_corroborates_and_the_majority_date_wins_with_the_other_shown() -> None:
    log = InMemoryEventLog()
    first = recorded("zurletrectinib", "approval", "CN", date="2024-12-11", article="a1")
    append(
        log,
        first,
        corroborated(first.milestone_id, "a2", date="2024-12-11"),
        corroborated(first.milestone_id, "a3", date="2024-12-12"),
    )
    [line] = items(fold_of(log), "zurletrectinib")
    assert line["date"] == "2024-12-11"
    assert line["corroboration"] == 3
    assert [s["article_id"] for s in line["sources"]] == ["a1", "a2", "a3"]
    assert line["date_conflict"] is True
    assert [(c["value"], c["sources"]) for c in line["conflicts"]] == [("2024-12-12", 1)]


def test_a_coarser_date_supports_a_finer_one_instead_of_conflicting() -> None:
    log = InMemoryEventLog()
    first = recorded("vc004", "ind_clearance", "US", date="2024-10", precision="month")
    append(log, first, corroborated(first.milestone_id, "a2", date="2024-10-16"))
    [line] = items(fold_of(log), "vc004")
    assert (line["date"], line["date_precision"]) == ("2024-10-16", "day")
    assert line["conflicts"] == [] and line["date_conflict"] is False


def test_the_extractors_date_conflict_flag_is_shown() -> None:
    log = InMemoryEventLog()
    append(
        log, recorded("x1", "approval", "US", date="2025-01-02", attributes={"date_conflict": True})
    )
    [line] = items(fold_of(log), "x1")
    assert line["date_conflict"] is True


def test_merging_two_records_puts_their_milestones_on_one_timeline() -> None:
    log = InMemoryEventLog()
    zole = recorded(
        "Zoleretinib", "approval", "CN", date="2024-12-11", aliases=("ICP-723",), article="s1"
    )
    zole_program = recorded(
        "Zoleretinib", "program_inclusion", "CN", attributes={"program": "SPARK Plan"}, article="s1"
    )
    zurl = recorded(
        "zurletrectinib", "approval", "CN", date="2024-12-11", aliases=("ICP-723",), article="d1"
    )
    zurl_pr = recorded("zurletrectinib", "priority_review", "CN", date="2024-05-02", article="d1")
    append(log, zole, zole_program, zurl, zurl_pr, merged("zurletrectinib", "zoleretinib"))
    fold = fold_of(log)
    lines = items(fold, "zurletrectinib")
    assert [line["type"] for line in lines] == ["priority_review", "approval", "program_inclusion"]
    approval = lines[1]
    assert approval["corroboration"] == 2
    assert approval["merged_ids"] == ["zoleretinib:approval:CN"]
    assert items(fold, "zoleretinib") == lines  # the merged slug follows to the live record
    record = fold.registry.drugs["zurletrectinib"]
    assert {"Zoleretinib", "ICP-723", "zurletrectinib"} <= record.aliases
    assert fold.registry.resolve(["icp723"]) == "zurletrectinib"


def test_after_a_merge_new_reports_under_either_name_land_on_the_same_line() -> None:
    log = InMemoryEventLog()
    zole = recorded("Zoleretinib", "approval", "CN", date="2024-12-11", article="s1")
    append(log, zole, recorded("zurletrectinib", "priority_review", "CN", article="d1"))
    append(log, merged("zurletrectinib", "zoleretinib"))
    later = recorded("zurletrectinib", "approval", "CN", date="2024-12-11", article="d9")
    append(log, later, corroborated(zole.milestone_id, "d10", date="2024-12-11"))
    approval = [i for i in items(fold_of(log), "zurletrectinib") if i["type"] == "approval"]
    assert len(approval) == 1
    assert approval[0]["corroboration"] == 3


def test_corrections_and_retractions_appear_as_such() -> None:
    log = InMemoryEventLog()
    first = recorded(
        "vc005",
        "trial_initiation",
        "CN",
        date="2024-10",
        precision="month",
        attributes={"phase": "3"},
    )
    other = recorded("vc005", "approval", "CN", date="2025-01-01")
    append(
        log,
        first,
        other,
        corrected(
            first.milestone_id, {"date": "2024-10-22", "date_precision": "day"}, "press release"
        ),
        retracted(other.milestone_id, "misread: it was a CHMP opinion"),
    )
    trial, approval = items(fold_of(log), "vc005")
    assert trial["date"] == "2024-10-22" and trial["corrected"] is True
    assert trial["corrections"][0]["reason"] == "press release"
    assert trial["corrections"][0]["actor"] == "tests"
    assert approval["status"] == "retracted"
    assert approval["retraction"]["reason"].startswith("misread")


def test_unknown_dates_are_marked_and_placed_at_their_first_report() -> None:
    log = InMemoryEventLog()
    append(
        log,
        recorded(
            "d1",
            "designation",
            "US",
            attributes={"designation": "orphan_drug"},
            published="2025-03-01",
        ),
        recorded("d1", "ind_clearance", "US", date="2024-01-05"),
        recorded("d1", "approval", "US", date="2025-09-19"),
    )
    lines = items(fold_of(log), "d1")
    assert [line["type"] for line in lines] == ["ind_clearance", "designation", "approval"]
    assert lines[1]["date_known"] is False and lines[1]["placed_by"] == "first_report"


def test_status_is_the_furthest_stage_per_jurisdiction_with_active_designations() -> None:
    log = InMemoryEventLog()
    withdrawn = recorded("d2", "designation", "US", attributes={"designation": "fast_track"})
    append(
        log,
        recorded("d2", "ind_clearance", "US", date="2023-01-01"),
        recorded("d2", "trial_initiation", "US", date="2024-06-01", attributes={"phase": "3"}),
        recorded("d2", "ind_clearance", "EU", date="2024-02-01"),
        recorded("d2", "approval", "CN", date="2025-01-01"),
        recorded("d2", "designation", "US", attributes={"designation": "orphan_drug"}),
        withdrawn,
        retracted(withdrawn.milestone_id, "wrong drug"),
    )
    status = drug_status(items(fold_of(log), "d2"))
    stages = {(s["jurisdiction"], s["stage"], s["detail"]) for s in status["stages"]}
    assert stages == {
        ("CN", "approval", None),
        ("EU", "ind_clearance", None),
        ("US", "trial_initiation", "3"),
    }
    assert [d["detail"] for d in status["designations"]] == ["orphan_drug"]


def test_an_alias_link_makes_the_alias_resolve_and_corroborations_of_unknown_ids_are_counted() -> (
    None
):
    log = InMemoryEventLog()
    append(log, recorded("vc004", "ind_clearance", "US"), linked("vc004", "Eratrectinib"))
    append(log, corroborated("nope:approval:US", "a9"))
    fold = fold_of(log)
    assert fold.registry.resolve(["ERATRECTINIB"]) == "vc004"
    assert fold.orphans == 1
