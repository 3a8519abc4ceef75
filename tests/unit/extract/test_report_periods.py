"""Events a results report tells as happening in its period (invented reports)."""

from __future__ import annotations

from tests.unit.extract.helpers import only, run


def _dates(text: str, published: str, title: str, lang: str | None = None) -> set[tuple]:
    return {(m.type, m.date, m.date_precision) for m in run(text, published, title, lang)}


def test_an_interim_reports_period_dates_to_its_year() -> None:
    found = _dates(
        "青禾医药公布半年度业绩。报告期内，QH-5501片获得国家药监局批准上市。",
        "2025-08-26",
        "青禾医药2025年半年度报告",
        "zh",
    )
    assert found == {("approval", "2025", "year")}


def test_an_annual_reports_period_is_the_year_before_its_publication() -> None:
    found = _dates(
        "青禾医药发布年度业绩。报告期内，QH-5502注射液的上市申请获得药审中心受理。",
        "2025-03-28",
        "青禾医药2024年年度报告",
        "zh",
    )
    assert found == {("application_acceptance", "2024", "year")}


def test_a_quarterly_reports_period_is_its_quarter() -> None:
    found = _dates(
        "青禾医药公布季度业绩。报告期内，QH-5503胶囊获得美国FDA快速通道资格认定。",
        "2025-10-29",
        "青禾医药2025年第三季度报告",
        "zh",
    )
    assert found == {("designation", "2025-Q3", "quarter")}


def test_the_quarter_of_an_english_report_is_told_by_the_month_it_ended() -> None:
    found = _dates(
        "Highlights for the quarter ended 30 June 2025 follow. During the period, the FDA "
        "accepted the NDA for QH-5504. During the quarter, QH-5505 received Orphan Drug "
        "Designation from the FDA.",
        "2025-07-30",
        "Quarterly Update",
    )
    assert found == {
        ("application_acceptance", "2025-Q2", "quarter"),
        ("designation", "2025-Q2", "quarter"),
    }


def test_a_reports_year_dates_what_happened_during_the_year() -> None:
    found = _dates(
        "Maple Bio reported its results. During the year, the FDA approved QH-5506.",
        "2025-02-27",
        "Maple Bio Reports Fourth Quarter and Full Year 2024 Financial Results",
    )
    assert found == {("approval", "2024", "year")}


def test_a_fiscal_quarter_or_an_article_that_is_no_report_gives_no_period() -> None:
    fiscal = _dates(
        "Maple Bio reported results. During the quarter, the FDA approved QH-5507.",
        "2025-11-12",
        "Maple Bio Reports Second Quarter Fiscal 2026 Results",
    )
    news = _dates(
        "Maple Bio said the FDA approved QH-5508 during the quarter.",
        "2025-11-12",
        "Maple Bio wins FDA nod",
    )
    assert fiscal == {("approval", None, "unknown")}
    assert news == {("approval", None, "unknown")}


def test_a_capitalised_defined_period_dates_the_event_told_in_it() -> None:
    text = (
        "Harrow Bio plc announces its unaudited interim results for the six months ended "
        '30 June 2024 ("H1 2024" or the "Period").\n\n'
        "- The first participant in the phase 1 trial of corvatinib was dosed in Leeds "
        "during the Period."
    )
    assert only(run(text, published="2024-09-10"), "trial_initiation").date == "2024"


def test_what_a_report_tells_as_after_its_quarter_dates_from_then_to_publication() -> None:
    found = _dates(
        "Larchwood Bio today reported results for the third quarter ended September 30, "
        "2025.\n\n- Subsequent to quarter end, the FDA accepted the NDA for LW-310.\n"
        "- After the end of the quarter, the EMA validated the MAA for LW-311 on 2 October "
        "2025.",
        "2025-11-12",
        "Larchwood Bio Reports Third Quarter 2025 Results",
    )
    assert found == {
        ("application_acceptance", "2025-Q4", "quarter"),
        ("application_acceptance", "2025-10-02", "day"),
    }


def test_a_quarter_told_with_its_half_by_the_day_they_ended_is_a_calendar_quarter() -> None:
    found = _dates(
        "Banyan Pharma follows an April-March fiscal year and today reported results for "
        "the second quarter and half year ended September 30, 2025.\n\n- During the "
        "quarter, the FDA granted Fast Track designation to BP-220.",
        "2025-11-04",
        "Banyan Pharma Q2 FY26 results",
    )
    assert found == {("designation", "2025-Q3", "quarter")}


def test_a_chinese_interim_told_by_its_six_months_dates_its_period_to_the_year() -> None:
    found = _dates(
        "董事会宣布本集团截至2025年6月30日止六个月（“报告期”）之未经审核业绩。\n"
        "报告期内，QH-7701获国家药监局纳入突破性治疗药物品种。",
        "2025-08-20",
        "青禾生物中期业绩公告",
        "zh",
    )
    assert found == {("designation", "2025", "year")}


def test_the_year_up_to_a_quarters_end_dates_to_its_year() -> None:
    found = _dates(
        "青禾医药披露三季报。年初至报告期末，QH-7702获得美国FDA授予的孤儿药资格认定。",
        "2025-10-28",
        "青禾医药2025年第三季度报告",
        "zh",
    )
    assert found == {("designation", "2025", "year")}
