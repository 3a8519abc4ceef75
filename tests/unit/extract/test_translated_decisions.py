"""Regulators' decisions in machine-translated Korean and Chinese copy, and Hong Kong's own
approvals (invented sentences)."""

from __future__ import annotations

from tests.unit.extract.helpers import only, run


def _events(text: str, published: str) -> set[tuple[str, str, str, object]]:
    return {(m.type, m.jurisdiction, m.agency, m.date) for m in run(text, published)}


# Korea's item permission (품목허가) with the regulator as the one who gave it.


def test_the_regulator_gave_the_item_permission() -> None:
    found = _events(
        "Haneul Pharm said the Ministry of Food and Drug Safety gave the item permission for "
        "'Duvora tablet (ingredient name: pelodastat)' on the 8th.",
        published="2025-09-10",
    )
    assert found == {("approval", "KR", "MFDS", "2025-09-08")}


def test_the_mfds_issued_item_permission() -> None:
    found = _events(
        "The MFDS issued item permission to Haneul Pharm's pelodastat in August.",
        published="2025-09-10",
    )
    assert found == {("approval", "KR", "MFDS", "2025-08")}


# China's refusal (不予批准通知书) by the notice's translated name, dated to its issue.


def test_a_notice_of_disapproval_is_a_rejection_on_its_issue_day() -> None:
    text = (
        "Baiyun Bio announced on March 6 that it received the Notice of Disapproval issued "
        "by the NMPA on March 3 for the BLA of talvexumab (code: BY-77)."
    )
    rejection = only(run(text, published="2025-03-07"), "rejection")
    assert (rejection.jurisdiction, rejection.agency, rejection.date) == (
        "CN",
        "NMPA",
        "2025-03-03",
    )


def test_a_non_approval_notification_is_a_rejection() -> None:
    found = _events(
        "In May the CDE sent a non-approval notification for the NDA of morvetinib.",
        published="2025-06-20",
    )
    assert found == {("rejection", "CN", "NMPA", "2025-05")}


# Hong Kong's Department of Health by its full Chinese name, and its "1+" route.


def test_the_hong_kong_sar_department_of_health_without_government() -> None:
    found = _events(
        "恒川医药9月3日宣布，其奥瑞替尼片已获香港特别行政区卫生署批准注册，用于治疗晚期胆管癌。",
        published="2025-09-04",
    )
    assert found == {("approval", "HK", "DH", "2025-09-03")}


def test_an_approval_under_the_one_plus_mechanism_is_hong_kong_s() -> None:
    found = _events(
        "恒川医药9月3日宣布，其奥瑞替尼片已通过“1+”机制在香港获批上市，用于治疗晚期胆管癌。"
        "该药于2024年12月获国家药监局批准上市。",
        published="2025-09-04",
    )
    assert found == {("approval", "HK", "DH", "2025-09-03"), ("approval", "CN", "NMPA", "2024-12")}


def test_an_english_one_plus_mechanism_approval_is_hong_kong_s() -> None:
    found = _events(
        'Hengchuan Pharma said on September 3 that orvetinib was approved under the "1+" '
        "mechanism in Hong Kong for advanced cholangiocarcinoma.",
        published="2025-09-04",
    )
    assert found == {("approval", "HK", "DH", "2025-09-03")}


# A withdrawal told as a completed procedure, its year slipped behind the announcement's.


def test_a_completed_withdrawal_procedure_dates_the_withdrawal() -> None:
    found = _events(
        "Linhai Pharma announced on April 11 that it has withdrawn the NDA of dovestrant "
        "tablets submitted to the CDE, and the withdrawal procedure was completed on April 8.",
        published="2025-04-12",
    )
    assert found == {("withdrawal", "CN", "NMPA", "2025-04-08")}


def test_a_withdrawal_day_a_year_before_its_announcement_is_a_typo() -> None:
    found = _events(
        "Linhai Pharma issued an announcement on the evening of April 11 that it has withdrawn "
        "the NDA of dovestrant tablets from the CDE, and the withdrawal procedure was "
        "completed on April 8, 2024.",
        published="2025-04-12",
    )
    assert found == {("withdrawal", "CN", "NMPA", "2025-04-08")}


def test_a_withdrawal_day_a_year_before_its_telling_in_other_words_is_a_typo() -> None:
    for telling in ("said on April 11", "disclosed in a notice on April 11"):
        found = _events(
            f"Linhai Pharma {telling} that it has withdrawn the NDA of dovestrant tablets from "
            "the CDE, and the withdrawal procedure was completed on April 8, 2024.",
            published="2025-04-12",
        )
        assert ("withdrawal", "CN", "NMPA", "2025-04-08") in found, telling
        assert not any(str(date).startswith("2024") for *_, date in found), telling
