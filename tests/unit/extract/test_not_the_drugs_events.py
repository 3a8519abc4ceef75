"""Sentences that hold an event's words but report no event of the article's drug: rivals of
its class, criteria it is said to meet, a rumour the text denies, a step still planned in a
coordinated phrase (invented sentences). Each has a near miss that still reports the event."""

from __future__ import annotations

from tests.unit.extract.helpers import run

_LEAD = "康瑞生物宣布，其自主研发的KR-512（通用名：康瑞替尼）的上市申请于3月2日获NMPA受理。"
_ACCEPTED = ("application_acceptance", "CN", "2025-03-02")


def _events(text: str, published: str = "2025-03-20") -> set[tuple[str, str, object]]:
    return {(m.type, m.jurisdiction, m.date) for m in run(text, published)}


def test_rivals_of_the_class_approved_are_not_the_drugs_approval() -> None:
    for rivals in (
        "目前国内已有同类产品获批上市，市场竞争日趋激烈。",
        "去年已有竞品获NMPA批准上市。",
        "国内已有一款同靶点抑制剂获得国家药监局批准。",
    ):
        assert _events(_LEAD + rivals) == {_ACCEPTED}, rivals


def test_english_rivals_of_the_class_approved_are_not_the_drugs_approval() -> None:
    found = _events(
        "Kanoya Pharma said the FDA accepted the NDA for tovaxitinib on March 2. Similar "
        "products have already been approved in the US."
    )
    assert found == {("application_acceptance", "US", "2025-03-02")}


def test_the_drugs_own_event_beside_its_class_is_still_found() -> None:
    first = _events(_LEAD + "康瑞替尼是同类产品中首个获NMPA批准开展临床试验的药物。")
    assert first == {_ACCEPTED, ("ind_clearance", "CN", None)}
    after_comma = _events(
        "康瑞生物的KR-512是一款口服抑制剂。国内已有同类产品上市，该药则于2024年5月获国家药监局"
        "批准上市。"
    )
    assert after_comma == {("approval", "CN", "2024-05")}
