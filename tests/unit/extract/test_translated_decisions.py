"""Regulators' decisions in machine-translated Korean and Chinese copy, and Hong Kong's and
Macau's own approvals (invented sentences)."""

from __future__ import annotations

import pytest

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


@pytest.mark.parametrize("regulator", ["香港特区政府卫生署", "香港药物办公室", "卫生署药物办公室"])
def test_hong_kong_s_shortened_chinese_names(regulator: str) -> None:
    found = _events(
        f"恒川医药9月3日宣布，其奥瑞替尼片已获{regulator}批准注册，用于治疗晚期胆管癌。",
        published="2025-09-04",
    )
    assert found == {("approval", "HK", "DH", "2025-09-03")}


# In English: the "1+" route alone names Hong Kong; so do its department and offices by the
# region's initials; and its licence is told as a registration.


@pytest.mark.parametrize(
    "sentence",
    [
        "orvetinib was approved under the '1+' mechanism for advanced cholangiocarcinoma",
        "orvetinib was approved by the Department of Health of the HKSAR",
        "the HKSAR Department of Health approved orvetinib",
        "orvetinib was registered by Hong Kong's Department of Health under the 1+ mechanism",
        "orvetinib was registered with the Drug Office of the Department of Health",
        "orvetinib was registered by the Pharmacy and Poisons Board of Hong Kong",
    ],
)
def test_hong_kong_s_regulator_in_english(sentence: str) -> None:
    found = _events(f"Hengchuan Pharma said on September 3 that {sentence}.", "2025-09-04")
    assert found == {("approval", "HK", "DH", "2025-09-03")}


def test_another_country_s_pharmacy_and_poisons_board_is_not_hong_kong_s() -> None:
    found = _events(
        "Savanna Bio said on September 3 that Kenya's Pharmacy and Poisons Board approved "
        "orvetinib.",
        "2025-09-04",
    )
    assert all(jurisdiction != "HK" for _, jurisdiction, _, _ in found)


def test_a_registration_with_a_state_department_of_health_is_no_approval() -> None:
    found = _events(
        "Hengchuan Pharma said on September 3 that its plant was registered with the state "
        "Department of Health.",
        "2025-09-04",
    )
    assert found == set()


# Macau's Pharmaceutical Administration Bureau (ISAF) by its Chinese, English and Portuguese
# names, its "1+1" route and its registration; never Hong Kong's, and never the place alone.


@pytest.mark.parametrize(
    "regulator",
    ["澳门特别行政区药物监督管理局", "澳门特区药物监督管理局", "澳门药物监督管理局", "澳门药监局"],
)
def test_macau_s_regulator_in_chinese(regulator: str) -> None:
    found = _events(
        f"恒川医药9月3日宣布，其奥瑞替尼片已获{regulator}批准进口注册，用于治疗晚期胆管癌。",
        published="2025-09-04",
    )
    assert found == {("approval", "MO", "ISAF", "2025-09-03")}


def test_an_approval_under_the_one_plus_one_mechanism_is_macau_s() -> None:
    found = _events(
        "恒川医药9月3日宣布，其奥瑞替尼片已通过“1+1”机制获批上市，用于治疗晚期胆管癌。",
        published="2025-09-04",
    )
    assert found == {("approval", "MO", "ISAF", "2025-09-03")}


@pytest.mark.parametrize(
    "sentence",
    [
        "the Pharmaceutical Administration Bureau of Macao SAR (ISAF) approved orvetinib",
        "the Macao SAR Pharmaceutical Administration Bureau approved orvetinib",
        "Macau's drug regulator approved orvetinib",
        "orvetinib won approval from the Instituto para a Supervisão e Administração Farmacêutica",
        "orvetinib was approved under the '1+1' mechanism for advanced cholangiocarcinoma",
        "orvetinib was registered with Macau's Pharmaceutical Administration Bureau",
        "orvetinib was registered by the ISAF",
    ],
)
def test_macau_s_regulator_in_english(sentence: str) -> None:
    found = _events(f"Hengchuan Pharma said on September 3 that {sentence}.", "2025-09-04")
    assert found == {("approval", "MO", "ISAF", "2025-09-03")}


@pytest.mark.parametrize(
    "text",
    [
        "恒川医药9月3日宣布，其奥瑞替尼片已获香港卫生署及澳门药物监督管理局批准上市。",
        "Hengchuan Pharma said on September 3 that the Hong Kong Department of Health and "
        "Macau's Pharmaceutical Administration Bureau approved orvetinib.",
    ],
)
def test_hong_kong_s_and_macau_s_regulators_named_together_each_approve(text: str) -> None:
    found = _events(text, "2025-09-04")
    assert found == {
        ("approval", "HK", "DH", "2025-09-03"),
        ("approval", "MO", "ISAF", "2025-09-03"),
    }


@pytest.mark.parametrize(
    "text",
    [
        "澳门恒川医药9月3日宣布，其奥瑞替尼片获国家药监局批准上市，并计划进入澳门市场。",
        "Macau-based Hengchuan Pharma said on September 3 that the NMPA approved orvetinib, "
        "which it will also sell in Macau.",
    ],
)
def test_macau_named_as_a_place_is_no_regulator(text: str) -> None:
    found = _events(text, "2025-09-04")
    assert found == {("approval", "CN", "NMPA", "2025-09-03")}


# Hong Kong's and Macau's copy calls China "the Mainland" (内地): an approval there is China's.


@pytest.mark.parametrize(
    "text",
    [
        "恒川医药9月3日宣布，其奥瑞替尼片获香港卫生署批准上市。该药已于2022年在内地获批上市。",
        "Hengchuan Pharma said on September 3 that the Hong Kong Department of Health approved "
        "orvetinib. Orvetinib has been on the market in the Mainland since 2022.",
    ],
)
def test_an_approval_on_the_mainland_is_china_s(text: str) -> None:
    found = _events(text, "2025-09-04")
    assert found == {("approval", "HK", "DH", "2025-09-03"), ("approval", "CN", "NMPA", "2022")}


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


def test_a_lead_tagged_with_its_news_day_dates_a_slipped_year_as_this_years() -> None:
    found = _events(
        'May 12, 2025 news, Ningbo Linhai Pharma Co., Ltd. (hereinafter "Linhai") issued '
        "announcement, the company's dovestrant tablet has on May 7, 2024 obtained the European "
        "Commission approval of marketing authorization.",
        published="2025-05-12",
    )
    assert found == {("approval", "EU", "EMA", "2025-05-07")}


def test_translated_copy_puts_last_months_day_after_the_month() -> None:
    found = _events(
        "In addition, on last month 28th, the UK MHRA also approved dovestrant to marketing.",
        published="2025-04-08",
    )
    assert found == {("approval", "UK", "MHRA", "2025-03-28")}


def test_a_withdrawal_day_a_year_before_its_telling_in_other_words_is_a_typo() -> None:
    for telling in ("said on April 11", "disclosed in a notice on April 11"):
        found = _events(
            f"Linhai Pharma {telling} that it has withdrawn the NDA of dovestrant tablets from "
            "the CDE, and the withdrawal procedure was completed on April 8, 2024.",
            published="2025-04-12",
        )
        assert ("withdrawal", "CN", "NMPA", "2025-04-08") in found, telling
        assert not any(str(date).startswith("2024") for *_, date in found), telling
