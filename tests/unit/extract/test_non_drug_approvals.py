"""Wordings that hold a regulator's verb and report no milestone: approvals by bodies that
license no medicine (a company's board, an ethics committee, a prefecture), of things that
are not the medicine (a plant, a companion test, a trial's design), of products only ranked
or counted, questions and hypotheticals, and a designation only applied for (invented
sentences)."""

from __future__ import annotations

import pytest

from tests.unit.extract.helpers import run

_LEAD = "The FDA granted velotinib (AX-12) orphan drug designation in March 2025. "


def _events(text: str, lang: str | None = None) -> set[tuple[str, str]]:
    return {(m.type, m.jurisdiction) for m in run(text, "2025-06-13", lang=lang)}


@pytest.mark.parametrize(
    "sentence",
    [
        "Axeler's board, meanwhile, approved a new $40 million loan facility in May.",
        "Our board approved the 2026 budget last week.",
        "The company's board approved his appointment as chief executive in April.",
        "The ethics committee at the lead hospital, Northfield General, approved the study "
        "protocol on June 2.",
        "The institutional review board approved the study protocol on June 2.",
        "Axeler also expanded its Osaka office, which the prefecture approved for "
        "construction in April.",
    ],
)
def test_an_approval_by_a_body_that_licenses_no_medicine_is_none(sentence: str) -> None:
    assert _events(_LEAD + sentence) == {("designation", "US")}


@pytest.mark.parametrize(
    "sentence",
    [
        "In May the FDA approved a supplement adding Axeler's second plant in Ohio as a "
        "manufacturing site for Velzaro (velotinib).",
        "The agency approved the company's new fill-finish facility for Velzaro (velotinib) "
        "in May.",
        "In May the agency accepted a prior approval supplement for velotinib.",
        "On Monday the FDA approved Trellis Diagnostics' GeneFind HER3 panel test as a "
        "companion diagnostic for patients who may receive velotinib.",
        "Some reports said in May that the FDA approved the company's phase 3 design for "
        "velotinib.",
        "Velotinib is taken by mouth; every approved option is injected.",
    ],
)
def test_an_approval_of_what_is_not_the_medicine_is_none(sentence: str) -> None:
    assert ("approval", "US") not in _events(_LEAD + sentence)


def test_the_medicine_approved_with_its_test_is_still_approved() -> None:
    found = _events("In May the FDA approved velotinib with the GeneFind HER3 panel test.")
    assert found == {("approval", "US")}


def test_a_readers_quoted_question_is_no_event() -> None:
    found = _events(_LEAD + '\n\nReader question: "Has the FDA approved velotinib for children?"')
    assert found == {("designation", "US")}


def test_an_indefinite_event_as_a_modal_subject_is_a_hypothetical() -> None:
    found = _events(_LEAD + '"A complete response letter for velotinib would hurt us," he said.')
    assert found == {("designation", "US")}


def test_an_approval_after_a_negated_effect_in_a_place_stands() -> None:
    found = _events(
        "The EU withdrawal of velotinib (AX-12) has no effect in Japan, where the PMDA "
        "approved velotinib in May 2024."
    )
    assert ("approval", "JP") in found


def test_a_chinese_inclusion_allowed_only_once_a_condition_is_met_is_none() -> None:
    found = _events(
        "6月10日，CDE公示维洛替尼片（AX-12）拟纳入优先审评。按规定，公示期满无异议的品种"
        "方可正式纳入优先审评审批程序。",
        lang="zh",
    )
    assert ("priority_review", "CN") not in found


def test_a_chinese_designation_application_submitted_is_no_designation() -> None:
    found = _events(
        "公司已于2025年5月向药审中心提交维洛替尼片（AX-12）突破性治疗药物认定申请，目前处于审评阶段。",
        lang="zh",
    )
    assert found == set()


def test_a_chinese_approval_by_an_ethics_committee_is_none() -> None:
    lead = "维洛替尼片（AX-12）于2025年3月获得国家药监局临床试验默示许可。"
    sentence = "公司合作医院伦理委员会亦已批准一项维洛替尼相关研究方案。"
    assert _events(lead + sentence, lang="zh") == {("ind_clearance", "CN")}


def test_a_chinese_rank_among_approved_products_is_no_approval() -> None:
    found = _events(
        "维洛替尼片（AX-12）于2025年3月获得国家药监局批准上市。公司已于5月向美国FDA递交IND申请，"
        "尚未获得FDA许可。董事长表示：“这是公司首个获批上市的产品。”",
        lang="zh",
    )
    assert found == {("approval", "CN")}
