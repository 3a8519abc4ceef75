"""29 February moved into another year, and days a year told before has not (invented
sentences): a move that would land on no real day is no slip of the year alone, so the
stated date is kept; a day grafted onto a year that lacks it dates nothing. Neither may
raise."""

from __future__ import annotations

import datetime as dt

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from service.extract import Article, calendar, extract
from tests.unit.extract.helpers import only, run


def test_a_year_moves_only_onto_a_day_that_exists() -> None:
    assert calendar.in_year("2024-02-29", 2025) is None
    assert calendar.in_year("2024-02-29", 2028) == "2028-02-29"
    assert calendar.in_year("2024-02", 2025) == "2025-02"
    assert calendar.year_on("2024-02-29", dt.date(2025, 6, 1)) is None
    assert calendar.year_on("2024-02-28", dt.date(2025, 6, 1)) == "2025-02-28"


def test_a_leap_day_decision_before_its_steps_keeps_its_year() -> None:
    # The next year would put the approval after its steps, but has no 29 February.
    found = run(
        "The NMPA granted conditional approval to velotinib on 29 February 2024 for adults "
        "with advanced gastric cancer. The new drug application had been accepted in April "
        "2024 and was given priority review in June 2024.",
        published="2025-03-10",
    )
    approval = only(found, "approval")
    assert approval.date == "2024-02-29"
    assert "date_conflict" not in approval.attributes


def test_a_leap_day_told_as_months_after_a_later_one_keeps_its_year() -> None:
    found = run(
        "Glenrock Pharma said its gout pill velotinib was approved by Swissmedic on 29 "
        "February 2024, about seven months after the FDA approved it in July 2024.",
        published="2025-03-10",
    )
    dates = {m.jurisdiction: m.date for m in found if m.type == "approval"}
    assert dates == {"CH": "2024-02-29", "US": "2024-07"}


def test_a_leap_day_a_later_date_restates_as_months_after_it_keeps_its_year() -> None:
    found = run(
        "Halden Bio filed the new drug application for velotinib on 29 February 2024, and "
        "the FDA accepted it in April 2025, two months later.",
        published="2025-11-03",
    )
    assert only(found, "application_submission").date == "2024-02-29"


def test_a_leap_day_clearance_before_its_application_keeps_its_year() -> None:
    chinese = run(
        "宁川生物于2024年2月29日收到国家药监局核发的NC-101片《药物临床试验批准通知书》。"
        "据公告，NC-101的临床试验申请于2024年12月获得受理。",
        published="2025-03-20",
        lang="zh",
    )
    assert only(chinese, "ind_clearance").date == "2024-02-29"
    english = run(
        "The FDA cleared the investigational new drug application for velotinib on February "
        "29, 2024. Halden Bio said the IND for velotinib was submitted in December 2024.",
        published="2025-03-14",
    )
    assert only(english, "ind_clearance").date == "2024-02-29"


def test_a_leap_day_dateline_a_year_off_keeps_its_year() -> None:
    found = run(
        "February 29, 2024 – Acme announced that the NMPA has approved velotinib.",
        published="2025-03-05",
    )
    assert only(found, "approval").date == "2024-02-29"


def test_a_day_of_the_same_year_that_year_lacks_dates_nothing() -> None:
    text = (
        "2023年1月，宁川生物提交了NC-101的新药上市申请。同年2月29日，国家药监局批准NC-101"
        "上市。次日公司发布公告。"
    )
    assert only(run(text, published="2024-06-01", lang="zh"), "approval").date is None
    leap = run(text.replace("2023年1月", "2024年1月"), published="2024-06-01", lang="zh")
    assert only(leap, "approval").date == "2024-02-29"
    thirtieth = run(text.replace("2月29日", "2月30日"), published="2024-06-01", lang="zh")
    assert only(thirtieth, "approval").date is None


def test_a_day_of_a_year_told_before_opening_a_line_is_no_dateline() -> None:
    found = run(
        "同年2月1日 – Acme announced that the NMPA has approved velotinib.",
        published="2024-02-29",
    )
    assert [m.type for m in found] == ["approval"]


_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December")  # fmt: skip
_SENTENCES = (
    "The FDA approved velotinib on {p}.",
    "The new drug application had been accepted in {p}.",
    "Halden Bio filed the NDA for velotinib in {p}, and the FDA accepted it in {q}, two "
    "months later.",
    "Velotinib was approved by Swissmedic on {p}, about seven months after the FDA approved "
    "it in {q}.",
    "Halden Bio said the IND for velotinib was submitted in {p}.",
    "宁川生物于{p}收到NC-101片《药物临床试验批准通知书》。",
    "据公告，NC-101的临床试验申请于{p}获得受理。",
    "{p} – Acme announced that the NMPA has approved velotinib.",
    "Acme announced on {p} that the FDA approved velotinib on {q}.",
)


@st.composite
def _phrase(draw: st.DrawFn) -> str:
    year = draw(st.sampled_from((2023, 2024, 2025)))
    month = draw(st.sampled_from((1, 2, 2, 3, 12)))
    day = draw(st.sampled_from((1, 28, 29, 30, 31)))
    name = _MONTHS[month - 1]
    forms = (
        f"{day} {name} {year}", f"{name} {day}, {year}", f"{name} {year}", f"{name} {day}",
        f"{month}/{day}/{year}", f"{year}年{month}月{day}日", f"{month}月{day}日",
        f"同年{month}月{day}日", f"次年{month}月{day}日", "次日", "a year later",
        f"{name} of the following year",
    )  # fmt: skip
    return draw(st.sampled_from(forms))


@st.composite
def _article(draw: st.DrawFn) -> Article:
    count = draw(st.integers(1, 4))
    lines = [
        draw(st.sampled_from(_SENTENCES)).format(p=draw(_phrase()), q=draw(_phrase()))
        for _ in range(count)
    ]
    published = draw(st.sampled_from((dt.date(2024, 2, 29), dt.date(2025, 3, 1))))
    return Article(id="p", title="", text="\n".join(lines), published=published)


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_article())
def test_extraction_never_raises_on_mixed_day_phrasings(article: Article) -> None:
    extract(article)


def test_a_bare_leap_day_after_a_common_years_date_keeps_its_own_year() -> None:
    text = (
        "Brenvale Bio filed the NDA for sorquatinib in 1 January 2023, and the FDA accepted "
        "it on February 29."
    )
    run(text, published="2024-03-05")  # (must not raise)
