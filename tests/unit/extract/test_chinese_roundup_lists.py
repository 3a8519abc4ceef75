"""Chinese list layouts: catalyst lists, generics round-ups and numbered weekly items
(invented)."""

from __future__ import annotations

from tests.unit.extract.helpers import keys, only, run


def test_a_catalyst_marked_expected_is_no_event() -> None:
    found = run(
        "重点催化剂：\n"
        "1）QX-310 获FDA孤儿药资格认定——已完成（2025年2月）\n"
        "2）QX-310 国内获批上市——预计年内\n"
        "3）QX-310 纳入CDE优先审评（预计年内）\n",
        published="2025-06-13",
        lang="zh",
    )
    assert keys(found) == {("QX-310", "designation", "US")}


def test_a_catalyst_dated_by_a_later_half_is_no_event() -> None:
    found = run(
        "管线进展：\n1）QX-311 获FDA快速通道资格认定——已完成\n2）QX-311 国内获批上市——2026H1\n",
        published="2025-06-13",
        lang="zh",
    )
    assert keys(found) == {("QX-311", "designation", "US")}


def test_a_quarter_written_after_its_year_dates_the_item() -> None:
    found = run(
        "管线进展：\n1）QX-312 获FDA快速通道资格认定——已完成（2025Q1）\n",
        published="2025-06-13",
        lang="zh",
    )
    designation = only(found, "designation")
    assert (designation.date, designation.date_precision) == ("2025-Q1", "quarter")


def test_a_passed_consistency_evaluation_is_no_approval() -> None:
    found = run(
        "9月3日，甲乙制药的QX-313片获得国家药监局批准上市。"
        "另外，丙丁药业的QX-320片于9月上旬通过一致性评价；戊己药业的QX-321片一致性评价补充申请亦获批准。",
        published="2025-09-20",
        lang="zh",
    )
    assert keys(found) == {("QX-313", "approval", "CN")}


def test_counted_unnamed_companies_file_for_no_named_drug() -> None:
    found = run(
        "9月3日，甲乙制药的QX-314片获得国家药监局批准上市。"
        "此外，9月另有十余家企业递交了补充申请，均已获CDE承办。",
        published="2025-09-20",
        lang="zh",
    )
    assert keys(found) == {("QX-314", "approval", "CN")}


def test_a_first_dose_whose_time_is_not_yet_known_is_no_start() -> None:
    found = run(
        "9月3日，QX-315注射液获得国家药监局临床试验默示许可。公司称随后将开展研究，首例患者给药时间尚未确定。",
        published="2025-09-20",
        lang="zh",
    )
    assert keys(found) == {("QX-315", "ind_clearance", "CN")}


def test_a_numbered_item_heading_takes_no_date_of_the_intro() -> None:
    found = run(
        "导语：本周要闻整理如下。\n\n"
        "一、甲乙医药：QX-316胶囊获批上市\n\n"
        "9月16日，国家药监局批准甲乙医药的QX-316胶囊上市，用于晚期胃癌。",
        published="2025-09-22",
        lang="zh",
    )
    approval = only(found, "approval")
    assert approval.date == "2025-09-16"


def test_a_counted_event_is_each_product_the_next_sentence_lists() -> None:
    found = run(
        "本周有两款新药于3月4日被CDE正式纳入突破性治疗药物程序。一是禾川生物的HC-2201注射液，"
        "用于复发性多发性骨髓瘤；二是远岭医药的伏拉替尼片（英文名folatinib），用于晚期胃癌。",
        published="2025-03-07",
        lang="zh",
    )
    assert keys(found) == {
        ("HC-2201", "designation", "CN"),
        ("folatinib", "designation", "CN"),
    }
    assert {m.date for m in found} == {"2025-03-04"}


def test_a_list_naming_more_products_than_counted_is_not_the_counts() -> None:
    found = run(
        "本周有两款新药于3月4日获批上市。一是禾川生物的HC-2201注射液；二是远岭医药的伏拉替尼片；"
        "三是KT-330胶囊。",
        published="2025-03-07",
        lang="zh",
    )
    assert found == []
