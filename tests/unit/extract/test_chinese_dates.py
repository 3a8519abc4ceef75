"""Chinese date expressions resolved against the publication date."""

from __future__ import annotations

from tests.unit.extract.helpers import only, run


def test_a_weekday_of_last_week_is_that_day() -> None:
    restated = "6月20日（上周五），国家药监局批准科瑞药业的普拉维肽注射液上市。"
    alone = "上周二，国家药监局批准科瑞药业的普拉维肽注射液上市。"
    assert only(run(restated, "2025-06-23"), "approval").date == "2025-06-20"
    assert only(run(alone, "2025-06-23"), "approval").date == "2025-06-17"


def test_last_week_without_its_day_stays_a_window() -> None:
    text = "上周，国家药监局批准科瑞药业的普拉维肽注射液上市。"
    assert only(run(text, "2025-06-23"), "approval").date == "2025-06"
