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


def test_criteria_said_to_be_met_are_no_designation() -> None:
    for eligible in (
        "公司认为KR-512符合突破性治疗药物的认定条件，计划在II期数据读出后再提出申请。",
        "管理层表示，KR-512已满足附条件批准上市的标准。",
    ):
        assert _events(_LEAD + eligible) == {_ACCEPTED}, eligible
    found = _events(
        "Kanoya Pharma said the FDA accepted the NDA for tovaxitinib on March 2. The company "
        "believes tovaxitinib meets the criteria for Breakthrough Therapy designation."
    )
    assert found == {("application_acceptance", "US", "2025-03-02")}


def test_a_designation_granted_beside_its_criteria_is_still_found() -> None:
    found = _events(
        "因符合相关条件，KR-512于2024年5月被CDE纳入突破性治疗品种，适用人群符合认定标准。"
    )
    assert found == {("designation", "CN", "2024-05")}


def test_a_rumoured_approval_the_company_denies_is_none() -> None:
    for rumour in (
        "对于市场上流传的“KR-512已获NMPA批准上市”的说法，公司予以否认。",
        '针对坊间盛传的"KR-512获批上市"一事，公司澄清称该产品仍在审评中。',
    ):
        assert _events(_LEAD + rumour) == {_ACCEPTED}, rumour


def test_a_rumour_the_text_confirms_is_an_approval() -> None:
    found = _events("此前网络流传KR-512获批的消息已得到证实：KR-512已于3月10日获NMPA批准上市。")
    assert found == {("approval", "CN", "2025-03-10")}


def test_a_future_reaches_the_phrase_coordinated_after_it() -> None:
    for plan in (
        "公司将继续开展KR-512的补充研究，并在数据完善后重新向CDE提交上市申请。",
        "公司将与监管机构保持沟通，同时在条件成熟时再次递交上市申请。",
    ):
        assert _events("康瑞生物宣布撤回KR-512的上市申请。" + plan) == {
            ("withdrawal", "CN", None)
        }, plan


def test_a_coordinated_phrase_told_as_done_is_still_an_event() -> None:
    found = _events("康瑞生物宣布将扩建产能，并已于2024年3月向NMPA提交了KR-512的上市申请。")
    assert found == {("application_submission", "CN", "2024-03")}
