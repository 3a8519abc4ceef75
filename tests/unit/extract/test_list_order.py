"""A list of events in date order: the one entry whose year breaks the order has a
mistyped year (invented lists)."""

from __future__ import annotations

from tests.unit.extract.helpers import only, run

_REPORT = (
    "二、报告期内研发进展\n"
    "1. 2023年2月，甲药片（ambelitinib）获国家药监局批准上市。\n"
    "2. 2023年5月，乙药注射液（borvumab）的上市申请获国家药监局受理。\n"
    "3. 2013年7月，丙药胶囊（cevoxaban）的临床试验申请获国家药监局批准。\n"
    "4. 2023年9月，丁药片（delmarone）获美国FDA授予孤儿药资格认定。\n"
    "5. 2023年11月，戊药片（estapride）的Ⅱ期临床研究完成首例患者入组。\n"
)


def test_an_entry_whose_year_breaks_its_lists_order_takes_its_neighbours_year() -> None:
    clearance = only(run(_REPORT, published="2024-03-20", lang="zh"), "ind_clearance")
    assert clearance.date == "2023-07"
    assert clearance.attributes["date_conflict"]["stated"] == "2013-07"
    # Entries in order keep their years.
    in_order = run(_REPORT.replace("2013年7月", "2023年7月"), published="2024-03-20", lang="zh")
    assert "date_conflict" not in only(in_order, "ind_clearance").attributes


_LISTING = (
    "Novel drug approvals, March 2025\n\n"
    "The FDA's drug centre approved these new medicines this month, listed in the order in "
    "which they were approved.\n\n"
    "No. 12 - Arvenza (tolbacitinib) tablets\n"
    "Approval date: 3/4/2025\n"
    "Sponsor: Harlow Pharma\n\n"
    "No. 13 - Belquin (quinderavir) capsules\n"
    "Approval date: 3/11/2024\n"
    "Sponsor: Ostrander Bio\n\n"
    "No. 14 - Cortessa (merolimod) injection\n"
    "Approval date: 3/19/2025\n"
    "Sponsor: Tessel Therapeutics\n\n"
    "No. 15 - Dravelo (pranoxetine) tablets\n"
    "Approval date: 3/27/2025\n"
    "Sponsor: Varrow Labs\n"
)


def test_a_listings_approval_dated_a_year_off_between_its_neighbours_is_a_typo() -> None:
    found = {m.drug: m.date for m in run(_LISTING, published="2025-04-02")}
    assert found["quinderavir"] == "2025-03-11"
    # Out of order by more than its year (no year puts 11 February between 4 and 19
    # March): left as stated.
    text = _LISTING.replace("3/11/2024", "2/11/2024")
    found = {m.drug: m.date for m in run(text, published="2025-04-02")}
    assert found["quinderavir"] == "2024-02-11"


_SECTION = (
    "（二）甲药\n"
    "甲药（ambelitinib）是公司自主研发的小分子抑制剂。\n"
    "1. 2024年2月，公司完成甲药生产车间的扩建。\n"
    "2. 2024年4月，公司在学术年会上公布了甲药的早期数据。\n"
    "3. 2014年6月，甲药的临床试验申请获国家药监局批准。\n"
    "4. 2024年8月，公司就甲药签订了一项海外授权协议。\n"
    "5. 2024年10月，公司完成新一轮融资。\n"
)


def test_an_entry_is_placed_by_list_entries_that_tell_no_event() -> None:
    # Only the entries beside the event's are read for its dates; the list's first and last
    # entries, which tell no event, still show the order it breaks.
    clearance = only(run(_SECTION, published="2025-03-28", lang="zh"), "ind_clearance")
    assert clearance.date == "2024-06"
    assert clearance.attributes["date_conflict"]["stated"] == "2014-06"
    # Out of order by more than its year: left as stated.
    moved = run(_SECTION.replace("2014年6月", "2014年12月"), published="2025-03-28", lang="zh")
    assert only(moved, "ind_clearance").date == "2014-12"
