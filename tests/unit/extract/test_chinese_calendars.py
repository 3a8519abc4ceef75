"""Chinese date notations: dates in Chinese numerals, days of the lunar calendar around the
Spring Festival, and days told on Beijing's clock beside the regulator's own."""

from __future__ import annotations

import datetime as dt
import re

from service.extract.chinese_numerals import count, year_of
from service.extract.lunar_calendar import LUNAR_DAY, lunar_day
from tests.unit.extract.helpers import only, run


def test_numerals_count_months_and_days() -> None:
    assert [count(n) for n in ("三", "十", "十二", "二十", "二十三", "三十一")] == [
        3, 10, 12, 20, 23, 31,
    ]  # fmt: skip
    assert year_of("二〇二四") == 2024 and year_of("二零一九") == 2019


def test_a_filing_dates_its_approval_in_chinese_numerals() -> None:
    text = (
        "董事会宣布，本集团于二〇二四年九月二十三日接获国家药品监督管理局通知，"
        "本公司的泰罗莫单抗注射液（英文通用名：teromolimab）新药上市申请已获批准。\n\n"
        "香港，二〇二四年九月二十四日"
    )
    approval = only(run(text, "2024-09-25"), "approval")
    assert (approval.drug, approval.date) == ("teromolimab", "2024-09-23")


def test_background_months_and_a_quarter_in_chinese_numerals() -> None:
    text = (
        "泰罗莫单抗（teromolimab）的新药上市申请于二〇二三年十一月获国家药监局受理，"
        "并于二〇二三年十二月获纳入优先审评程序。"
        "此前，泰罗莫单抗已于二〇二一年第二季度获美国FDA授予孤儿药资格认定。"
    )
    found = run(text, "2024-09-25")
    assert only(found, "application_acceptance").date == "2023-11"
    assert only(found, "priority_review").date == "2023-12"
    assert only(found, "designation").date == "2021-Q2"


def test_a_month_and_day_in_numerals_take_the_publication_year() -> None:
    text = "国家药监局于八月十九日批准泰罗莫单抗（teromolimab）上市。"
    assert only(run(text, "2024-09-25"), "approval").date == "2024-08-19"


def test_a_day_of_the_twelfth_lunar_month_before_a_short_one() -> None:
    # Lunar year 2025's twelfth month had 29 days: New Year's Day was 29 January 2025.
    text = "公司透露，KX-2207片的Ⅰ期临床试验已于腊月二十六完成首例受试者给药。"
    initiation = only(run(text, "2025-02-10"), "trial_initiation")
    assert initiation.date == "2025-01-25"


def test_a_day_of_the_first_lunar_month() -> None:
    text = "正月初六，国家药监局批准KX-2207片上市，用于治疗银屑病。"
    assert only(run(text, "2024-02-20"), "approval").date == "2024-02-15"


def _lunar(phrase: str, published: str) -> str | None:
    found = re.compile(LUNAR_DAY).fullmatch(phrase)
    assert found is not None
    return lunar_day(found, dt.date.fromisoformat(published))[0]


def test_new_years_eve_is_the_last_day_of_the_twelfth_month() -> None:
    assert _lunar("除夕", "2024-03-01") == "2024-02-09"  # a 30-day twelfth month
    assert _lunar("除夕", "2026-03-01") == "2026-02-16"  # a 29-day one
    assert _lunar("大年初三", "2026-03-01") == "2026-02-19"


def test_a_lunar_day_soon_to_come_is_not_read_as_last_years() -> None:
    assert _lunar("腊月二十八", "2025-12-20") is None
    assert _lunar("腊月三十", "2025-03-01") is None  # that month had no 30th


def test_a_beijing_day_yields_to_the_regulators_local_day() -> None:
    text = (
        "On May 8, Beijing time, Qiantang Bio announced that the US FDA has approved its "
        "independently developed oral KRAS inhibitor Velo Tini tablets (English common name: "
        "velotinib, research code QT-208) on May 7, US local time, for adults with lung cancer."
    )
    approval = only(run(text, "2025-05-08"), "approval")
    assert approval.date == "2025-05-07"


def test_a_chinese_beijing_day_yields_to_the_day_named_after_it() -> None:
    text = (
        "北京时间5月8日，钱塘生物宣布，其自主研发的口服KRAS抑制剂维洛替尼片（英文通用名："
        "velotinib，研发代号：QT-208）已获美国FDA批准上市，用于治疗成人肺癌，"
        "获批时间为美国当地时间5月7日。"
    )
    approval = only(run(text, "2025-05-08"), "approval")
    assert approval.date == "2025-05-07"
