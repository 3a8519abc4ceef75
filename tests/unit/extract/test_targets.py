"""Targets written like company codes are genes or proteins, not products (invented)."""

from __future__ import annotations

from service.extract.names import find_names
from tests.unit.extract.helpers import keys, run


def test_a_code_the_text_calls_positive_is_a_target_not_a_drug() -> None:
    found = run(
        "本公司宣布，靶向TRZ41的抗体偶联药物QT-2291注射液已于2025年3月2日获得国家药监局签发的"
        "《药物临床试验批准通知书》，用于治疗TRZ41阳性晚期实体瘤。",
        published="2025-03-05",
        lang="zh",
    )
    assert keys(found) == {("QT-2291", "ind_clearance", "CN")}


def test_english_target_wordings() -> None:
    text = (
        "QT-2291, an antibody targeting TRZ41, is being tested in TRZ41-positive tumours; "
        "the MKL44-directed bispecific QT-3305 follows."
    )
    assert {n.text for n in find_names(text) if n.kind == "code"} == {"QT-2291", "QT-3305"}


def test_a_product_in_a_dose_group_or_targeting_something_stays_a_product() -> None:
    text = (
        "QT-2291 high-dose cohorts enrolled quickly. QT-3305 targeting TRZ41 is next, and "
        "the company is targeting QT-3305 filing in 2027."
    )
    assert {n.text for n in find_names(text) if n.kind == "code"} >= {"QT-2291", "QT-3305"}
