"""Wire briefs written all in capitals, read as the same copy in ordinary case (invented
sentences)."""

from __future__ import annotations

from service.extract.models import Article
from service.extract.shouted_lines import unshouted
from tests.unit.extract.helpers import keys, only, run

_BRIEF = (
    "Mar 6 (Reuters) - Tollan Biosciences Inc:\n"
    "* TOLLAN BIOSCIENCES SAYS U.S. FDA GRANTED FAST TRACK DESIGNATION TO VELDAROSTAT "
    "(TB-414) FOR IDIOPATHIC PULMONARY FIBROSIS ON FEBRUARY 27\n"
    "* SAYS NMPA ACCEPTED NEW DRUG APPLICATION FOR VELDAROSTAT IN DECEMBER 2025\n"
)


def test_a_shouted_brief_names_its_drug_and_dates() -> None:
    found = run(_BRIEF, published="2026-03-06")
    assert ("veldarostat", "designation", "US") in keys(found)
    assert only(found, "designation").date == "2026-02-27"
    acceptance = only(found, "application_acceptance")
    assert (acceptance.jurisdiction, acceptance.date) == ("CN", "2025-12")


def test_the_quote_keeps_the_capitals() -> None:
    designation = only(run(_BRIEF, published="2026-03-06"), "designation")
    assert designation.evidence.quote.startswith("* TOLLAN BIOSCIENCES SAYS")


def test_acronyms_months_and_the_articles_own_spellings_survive() -> None:
    article = Article(
        id="t",
        title="Tollan's Veldarostat wins nod",
        text="* SAYS EMA GRANTED VELDAROSTAT PRIME STATUS FOR IPF ON MAY 2, AS FDA MAY FOLLOW",
        published=None,
    )
    assert unshouted(article).text == (
        "* Says EMA granted Veldarostat PRIME status for IPF on May 2, as FDA may follow"
    )


def test_a_short_heading_in_capitals_is_left_alone() -> None:
    article = Article(id="t", title="", text="OTHER MARKETS\nJapan approved it.", published=None)
    assert unshouted(article) is article


def test_capitals_inside_an_ordinary_line_leave_the_article_itself() -> None:
    # Four acronyms in a row shout nothing in a line with small letters: no copy to read.
    text = "Velmora said the FDA BLA PDUFA PRV review of tirelumab ended early."
    article = Article(id="t", title="", text=text, published=None)
    assert unshouted(article) is article
