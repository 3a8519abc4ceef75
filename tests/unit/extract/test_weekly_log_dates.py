"""Weekly logs and their corrections: a bullet that opens with its weekday and date dates
every step it tells; a bromodomain inhibitor's name ("-bresib"); a correction notice that
names an approval whose date was wrong and gives the right one in the next sentence; a
lead's year typed one off, told by a sentence that names "the U.S." before it; a product's
standing ("the first therapy approved for …") is no second approval; and a decision that
"reached" the company late on a day dates the regulator's act."""

from __future__ import annotations

from tests.unit.extract.helpers import keys, only, run

_LOG = (
    "Regulatory decisions of the week.\n\n"
    "DECISIONS\n"
    "- Tue., June 3 | FDA | Pellam Bio | dorivaptan (PLM-21): new drug application accepted "
    "for adults with hyponatraemia; priority review granted.\n"
    "- Thursday, June 5 | FDA | Quillon Pharma | tavibresib (QLN-4): complete response "
    "letter for myelofibrosis.\n"
)


def test_a_log_bullet_opening_with_weekday_and_date_dates_each_step() -> None:
    found = run(_LOG, published="2025-06-09")
    assert only(found, "application_acceptance").date == "2025-06-03"
    assert only(found, "priority_review").date == "2025-06-03"


def test_a_bromodomain_inhibitor_is_a_drug_name() -> None:
    found = run(_LOG, published="2025-06-09")
    rejection = only(found, "rejection")
    assert (rejection.drug, rejection.date) == ("tavibresib", "2025-06-05")


_CORRECTION = (
    "CORRECTION\n"
    "An earlier edition gave the wrong date for the European Commission's marketing "
    "authorisation of Harlow Biologics' fenrastamig in mantle cell lymphoma. The "
    "Commission's decision was adopted on May 14, not May 16."
)


def test_a_correction_dates_the_approval_it_names_by_the_right_day() -> None:
    found = run(_CORRECTION, published="2025-05-26")
    approval = only(found, "approval")
    assert (approval.drug, approval.jurisdiction, approval.date) == (
        "fenrastamig",
        "EU",
        "2025-05-14",
    )


def test_a_lead_year_typed_one_off_after_the_us_initials_is_corrected() -> None:
    text = (
        "Brantley Therapeutics said on Thursday that the U.S. Food and Drug Administration "
        "approved corvelimab on April 8, 2024, for adults with bullous pemphigoid."
    )
    assert only(run(text, published="2025-04-10"), "approval").date == "2025-04-08"


def test_a_products_standing_among_its_kind_is_no_second_approval() -> None:
    text = (
        "Brantley Therapeutics said on Thursday that the FDA approved corvelimab on April 8 "
        "for adults with bullous pemphigoid, making it the first therapy approved "
        "specifically for the blistering disease."
    )
    approval = only(run(text, published="2025-04-10"), "approval")
    assert approval.date == "2025-04-08"


def test_becoming_the_first_approved_drug_still_reports_the_approval() -> None:
    """Only a standing told as the consequence ("making it the first ...") is no event."""
    became = (
        "On Tuesday, zelnoratinib (KX-101) became the first therapy approved by the FDA "
        "for adults with KRAS G13D-mutant colorectal cancer."
    )
    assert only(run(became), "approval").jurisdiction == "US"
    dated = (
        "Korvex Bio's tralimumab became the first drug approved in China for IgG4-related "
        "disease on 3 June, the NMPA said."
    )
    assert only(run(dated), "approval").date == "2025-06-03"


def test_a_decision_reaching_the_company_late_on_a_day_is_the_regulators_day() -> None:
    text = (
        "Nanhu Biotech said on Sunday that the FDA has approved zelmotinib (NH-33) for "
        "metastatic colorectal cancer.\n\n"
        "The decision reached Nanhu late Saturday U.S. Eastern time, already Sunday in "
        "Hangzhou."
    )
    found = run(text, published="2025-08-11")
    assert keys(found) == {("zelmotinib", "approval", "US")}
    assert only(found, "approval").date == "2025-08-09"
