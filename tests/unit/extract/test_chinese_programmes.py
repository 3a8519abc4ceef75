"""China's regulator programmes (SPARK, CARE) as Chinese copy words them (invented)."""

from __future__ import annotations

from tests.unit.extract.helpers import keys, only, run


def test_the_care_acronym_with_the_chinese_word_for_plan() -> None:
    found = run("4月9日，某某生物宣布，其AB-9201胶囊被药审中心正式纳入“CARE计划”。", lang="zh")
    inclusion = only(found, "program_inclusion")
    assert inclusion.attributes["program"] == "CARE Plan"
    assert inclusion.date == "2025-04-09"


def test_the_products_a_programme_holds_are_a_rule_not_an_event() -> None:
    found = run(
        "4月9日，AB-9202片获得临床试验默示许可。"
        "药审中心表示，纳入“星光计划”的品种将获得全程沟通指导。",
        lang="zh",
    )
    assert keys(found) == {("AB-9202", "ind_clearance", "CN")}


def test_each_product_listed_after_among_them_is_included() -> None:
    found = run(
        "4月9日，药审中心公布第三批纳入“星光计划”的品种名单，共有4个品种入选，"
        "其中包括某某生物的口服抑制剂AB-9203片和某某医药的单克隆抗体AB-9204注射液。",
        lang="zh",
    )
    assert {(m.drug, m.date) for m in found if m.type == "program_inclusion"} == {
        ("AB-9203", "2025-04-09"),
        ("AB-9204", "2025-04-09"),
    }
