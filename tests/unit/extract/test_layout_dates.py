"""English events told in layouts and wordings the verb rules missed: a live blog's stamped
posts, a list item ticked off by the line after it, "this afternoon", a week of a month,
the bare "Commission", a licence "issued", and Health Canada's No Objection Letter."""

from __future__ import annotations

from tests.unit.extract.helpers import keys, only, run

_BLOG = (
    "Live updates from the goal-date day.\n\n"
    "06:50 — Good morning. Two decisions are due today.\n\n"
    "09:12 — Hollin Therapeutics: FDA APPROVES dravolimab for adults with chronic gout.\n\n"
    "11:03 — Nothing yet from Quarry Bio on zentaparib.\n\n"
    "15:40 — Quarry Bio says it got a complete response letter for zentaparib.\n"
)


def test_a_live_post_dates_its_news_to_the_blog_day() -> None:
    found = run(_BLOG, published="2025-04-11")
    assert only(found, "approval").date == "2025-04-11"
    assert only(found, "rejection").date == "2025-04-11"


def test_one_stamped_line_is_no_live_blog() -> None:
    text = "Notes from the call.\n\n09:12 — The FDA approved dravolimab for chronic gout.\n"
    assert only(run(text, published="2025-04-11"), "approval").date is None


def test_this_afternoon_is_the_publication_day() -> None:
    text = "Quarry Bio said it received a complete response letter for zentaparib this afternoon."
    assert only(run(text, published="2025-04-11"), "rejection").date == "2025-04-11"


def test_a_follow_up_line_ticks_an_item_off_with_its_month() -> None:
    text = (
        "Milestones for the year\n"
        "[x] First patient dosed in the U.S. phase 1 study of KLM-77 in psoriasis.\n"
        "Completed in February, a month early.\n"
    )
    assert only(run(text, published="2025-06-02"), "trial_initiation").date == "2025-02"


def test_a_week_of_a_month_names_the_month() -> None:
    text = "The FDA approved dravolimab for chronic gout in the second week of March."
    assert only(run(text, published="2025-06-02"), "approval").date == "2025-03"


def test_the_bare_commission_is_the_european_one() -> None:
    text = (
        "The MHRA accepted the filing for velnotinib in May. "
        "The Commission granted orphan designation to velnotinib in 2022."
    )
    assert ("velnotinib", "designation", "EU") in keys(run(text, published="2025-06-02"))


def test_the_commission_on_human_medicines_is_not_the_european_one() -> None:
    text = "The MHRA approved velnotinib in May after the Commission on Human Medicines advised it."
    assert keys(run(text, published="2025-06-02")) == {("velnotinib", "approval", "UK")}


def test_a_marketing_authorisation_issued_is_an_approval() -> None:
    text = (
        "Health Canada approved corimastat in April, and the European Commission issued "
        "a marketing authorisation in June."
    )
    found = run(text, published="2025-08-20")
    europe = [m for m in found if m.jurisdiction == "EU"]
    assert [(m.type, m.date) for m in europe] == [("approval", "2025-06")]


def test_a_no_objection_letter_is_a_trial_clearance() -> None:
    text = "Health Canada issued a No Objection Letter for a phase 2 study of TRV-310 in April."
    found = only(run(text, published="2025-08-20"), "ind_clearance")
    assert (found.drug, found.jurisdiction, found.date) == ("TRV-310", "CA", "2025-04")


def test_a_mastheads_date_is_the_issues_not_its_first_items() -> None:
    found = run(
        "行业快讯｜2025年6月20日\n\n【星光计划】HZ-7701正式纳入\n"
        "6月18日，恒泽生物的HZ-7701注射液经公示无异议，正式纳入“星光计划”。",
        published="2025-06-20",
        lang="zh",
    )
    assert [(m.type, m.date) for m in found] == [("program_inclusion", "2025-06-18")]


def test_a_ticked_line_closed_by_a_year_is_dated_by_it() -> None:
    for tick in "☑✔":
        text = (
            "Orlavine (TRV-310), Corbell Bio's gout drug: FDA milestones\n"
            f"{tick} Orphan drug designation (2023)\n"
            f"{tick} Fast Track designation (2024)\n"
            "☐ NDA submission (2026)\n"
        )
        found = {
            (m.attributes["designation"], m.date)
            for m in run(text, published="2025-06-02")
            if m.type == "designation"
        }
        assert found == {("orphan_drug", "2023"), ("fast_track", "2024")}, tick


def test_a_markdown_checklist_item_ticked_is_done_and_dated_by_its_year() -> None:
    text = (
        "Orlavine (TRV-310), Corbell Bio's gout drug: FDA milestones\n"
        "- [x] Fast Track designation (2024)\n"
        "- [ ] Breakthrough Therapy designation (2025)\n"
    )
    found = {
        (m.attributes["designation"], m.date)
        for m in run(text, published="2025-06-02")
        if m.type == "designation"
    }
    assert found == {("fast_track", "2024")}
