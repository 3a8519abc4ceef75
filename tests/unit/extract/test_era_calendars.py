"""Years of Japan's eras and of Taiwan's (Minguo) calendar, and Taiwan's regulator (invented)."""

from __future__ import annotations

from tests.unit.extract.helpers import only, run


def _event(
    text: str, kind: str, published: str = "2024-07-10", lang: str | None = None
) -> tuple[str, str, str, str | None]:
    found = only(run(text, published, lang=lang), kind)
    return found.drug, found.jurisdiction, found.agency, found.date


def test_a_minguo_day_dates_a_taiwanese_licence() -> None:
    text = (
        "Corvane Bio's drug Orvesta (velantide) obtained the Taiwan FDA issued new drug permit "
        "license on Minguo 113 year 7 month 4 day."
    )
    assert _event(text, "approval") == ("velantide", "TW", "TFDA", "2024-07-04")


def test_a_three_digit_year_alone_is_a_minguo_year() -> None:
    text = (
        "The company submitted the new drug application (NDA) of velantide to TFDA in 112 year "
        "9 month."
    )
    assert _event(text, "application_submission") == ("velantide", "TW", "TFDA", "2023-09")


def test_a_chinese_minguo_day_and_taiwans_drug_licence() -> None:
    text = (
        "欣瑞生技宣布，其新药泰洛司他（tylostat）已于民國113年5月20日取得卫生福利部食品药物管理署"
        "核发的新药许可证。"
    )
    assert _event(text, "approval", "2024-05-23", "zh") == ("tylostat", "TW", "TFDA", "2024-05-20")


def test_taiwans_food_and_drug_administration_is_not_the_fda() -> None:
    text = (
        "Lanmere Bio's orvitide was approved by the Ministry of Health and Welfare Food and Drug "
        "Administration (TFDA) in May."
    )
    assert _event(text, "approval") == ("orvitide", "TW", "TFDA", "2024-05")


def test_a_reiwa_year_takes_the_gregorian_year_in_brackets() -> None:
    text = (
        "Ryokai Pharma said its antibody tezurimab received the designation as orphan drug from "
        "the Ministry of Health, Labour and Welfare in Reiwa 3 year （2021 year） 6 month."
    )
    assert _event(text, "designation") == ("tezurimab", "JP", "PMDA", "2021-06")


def test_a_heisei_year_counts_from_1988() -> None:
    text = (
        "Hanei Pharma's lorbatinib won approval from the Ministry of Health, Labour and Welfare "
        "in Heisei 30 year 4 month."
    )
    assert _event(text, "approval") == ("lorbatinib", "JP", "PMDA", "2018-04")


def test_a_chinese_reiwa_year_counts_from_2018() -> None:
    text = "科美制药的奥维卡肽（ovicaltide）于令和5年9月获得日本厚生劳动省批准。"
    assert _event(text, "approval", "2024-01-10", "zh") == ("ovicaltide", "JP", "PMDA", "2023-09")


def test_a_counted_year_then_a_month_name_dates_to_the_month() -> None:
    text = (
        "Quorvix (zelbatinib) obtained US FDA clinical trial permission (IND) in 2023 year March, "
        "the company said."
    )
    assert _event(text, "ind_clearance") == ("zelbatinib", "US", "FDA", "2023-03")
