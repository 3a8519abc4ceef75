"""Stock-exchange announcements: a disclaimer, then the board's formula opening the news
(invented)."""

from __future__ import annotations

from tests.unit.extract.helpers import run

_DISCLAIMER = (
    "The exchange takes no responsibility for the contents of this announcement, makes no "
    "representation as to its accuracy or completeness and expressly disclaims any liability "
    "whatsoever for any loss howsoever arising from or in reliance upon the whole or any part "
    "of the contents of this announcement. The directors jointly and severally accept full "
    "responsibility for the accuracy of the information it holds.\n\nACME PHARMA HOLDINGS "
    "LIMITED\n(Stock code: 9999)"
    "\n\nVOLUNTARY ANNOUNCEMENT\n\nThis announcement is made by Acme Pharma Holdings Limited "
    '(the "Company") on a voluntary basis, to keep the shareholders and potential investors '
    "of the Company informed of the latest business progress of the Company and its group.\n\n"
)


def test_the_board_that_announces_is_not_a_board_that_approves() -> None:
    found = run(
        'The board of directors of the Company (the "Board") is pleased to announce that, on '
        "3 May 2024, the Company's velotinib tablets were approved for listing by the State Drug "
        "Administration.",
        published="2024-05-06",
    )
    assert [(m.type, m.jurisdiction, m.date) for m in found] == [("approval", "CN", "2024-05-03")]


def test_the_announced_news_with_last_years_date_after_a_long_disclaimer_is_a_typo() -> None:
    found = run(
        _DISCLAIMER + 'The board of directors of the Company (the "Board") is pleased to '
        "announce that, on February 11, 2023, the Company's velotinib tablets were approved "
        "for listing by the State Drug Administration.\n\nHong Kong, February 13, 2024",
        published="2024-02-13",
    )
    assert [(m.type, m.date) for m in found] == [("approval", "2024-02-11")]


def test_a_chinese_filing_retold_with_last_years_date_is_a_typo() -> None:
    found = run(
        "6月9日晚间，某某制药发布公告称，公司于2024年6月8日收到国家药品监督管理局核准签发的"
        "《受理通知书》，其1类新药维洛替尼片的上市申请获得受理。",
        published="2025-06-10",
    )
    assert [(m.type, m.date) for m in found] == [("application_acceptance", "2025-06-08")]


def test_a_chinese_filing_dated_last_year_in_a_retrospective_keeps_its_year() -> None:
    found = run(
        "回顾研发历程，公司于2024年6月8日收到国家药品监督管理局核准签发的《受理通知书》，"
        "维洛替尼片的上市申请获得受理。",
        published="2025-06-10",
    )
    assert [(m.type, m.date) for m in found] == [("application_acceptance", "2024-06-08")]
