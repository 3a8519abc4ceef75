"""Regulators' own notices (invented text): a letter's opening on the file it answers and its
"effective this date", a decision list's withdrawal after a Notice of Non-compliance, a
summary's screening acceptance, partners listed with their abbreviations, a release's
byline naming its issuer, a listing's registration dates and section headings."""

from __future__ import annotations

from tests.unit.extract.helpers import run


def _events(
    text: str, published: str = "2025-10-20", title: str = ""
) -> set[tuple[str, str, str, object]]:
    return {(m.drug, m.type, m.jurisdiction, m.date) for m in run(text, published, title)}


_LETTER = """Food and Drug Administration
Rockville, MD

NDA 219004

Dear Dr. Ramos:

Please refer to your new drug application (NDA) dated and received March 3, 2025, submitted
under section 505(b) of the Federal Food, Drug, and Cosmetic Act for Velquor (tamrolisib)
tablets.

We have approved your NDA for Velquor (tamrolisib) effective this date.
"""


def test_a_letter_dates_its_approval_and_the_file_it_answers() -> None:
    found = _events(_LETTER, "2025-09-30")
    assert ("tamrolisib", "application_submission", "US", "2025-03-03") in found
    assert ("tamrolisib", "approval", "US", "2025-09-30") in found


def test_a_file_referred_to_without_its_day_is_no_submission() -> None:
    found = _events(
        "Food and Drug Administration\n\nPlease refer to your new drug application for "
        "Velquor (tamrolisib) tablets. We have approved your NDA for Velquor (tamrolisib).",
        "2025-09-30",
    )
    assert not any(kind == "application_submission" for _, kind, _, _ in found)


_DECISIONS = """Decisions published this week
- Ostrena (velotinib), Harwell Pharma Inc., New Drug Submission. Decision: Notice of Non-compliance - Withdrawal (NON-W), 2025-09-12.
- Parvel (tamrolisib), Harwell Pharma Inc., New Drug Submission. Decision: Notice of Non-compliance, 2025-09-15.
"""  # noqa: E501


def test_a_non_withdrawal_is_a_withdrawal_and_a_plain_non_a_rejection() -> None:
    found = _events(_DECISIONS, title="Health Canada regulatory decisions")
    assert ("velotinib", "withdrawal", "CA", "2025-09-12") in found
    assert not any(d == "velotinib" and k == "rejection" for d, k, _, _ in found)
    assert ("tamrolisib", "rejection", "CA", "2025-09-15") in found


_SUMMARY = """Regulatory Decision Summary: Velquor - Health Canada

Medicinal ingredient: tamrolisib
Type of submission: New Drug Submission
Date submission received: 2025-01-06
Screening acceptance: 2025-02-10
Decision and date: Issued NOC 2025-09-19

This submission was reviewed under Project Orbis, in collaboration with the United States Food and Drug Administration (FDA) and Switzerland's Swissmedic (SMC).
For authorized products, the Product Monograph will be posted on the Drug Product Database.
"""  # noqa: E501


def test_a_summarys_screening_acceptance_and_its_own_orbis_review() -> None:
    found = _events(_SUMMARY, "2025-10-01")
    assert ("tamrolisib", "application_acceptance", "CA", "2025-02-10") in found
    orbis = {place for _, kind, place, _ in found if kind == "program_inclusion"}
    assert orbis == {"CA"}


def test_authorized_products_in_general_are_no_approval() -> None:
    found = _events(_SUMMARY, "2025-10-01")
    assert [e for e in found if e[1] == "approval"] == [
        ("tamrolisib", "approval", "CA", "2025-09-19")
    ]


_RELEASE = """Press release
Regulator approves treatment for a rare skin disease

From: Medicines and Healthcare products Regulatory Agency
Published 7 October 2025

The MHRA has today approved Velquor (tamrolisib) for adults with a rare blistering disease.
The EMA's committee recommended tamrolisib in July and a Commission decision is awaited.
Harwell has also submitted an application for a topical form of tamrolisib.
"""


def test_a_releases_issuer_takes_an_event_its_sentence_names_no_regulator_for() -> None:
    found = _events(_RELEASE, "2025-10-07")
    assert ("tamrolisib", "application_submission", "UK", None) in found
    assert not any(place == "EU" for _, _, place, _ in found)


def test_without_a_byline_the_sentence_before_lends_its_regulator() -> None:
    text = _RELEASE.replace("From: Medicines and Healthcare products Regulatory Agency\n", "")
    found = _events(text, "2025-10-07")
    assert ("tamrolisib", "application_submission", "UK", None) not in found


_LISTING = """Prescription medicines: new registrations - September 2025
Therapeutic Goods Administration (TGA)
Published 8 October 2025

New chemical entities registered on the Australian Register of Therapeutic Goods (ARTG)

Velquor (tamrolisib) 10 mg tablets
Sponsor: Harwell Pharma Australia Pty Ltd
ARTG registration date: 4 September 2025
Indication: adults with relapsed follicular lymphoma

Ostrena (velotinib) 50 mg capsules
Sponsor: Harwell Pharma Australia Pty Ltd
ARTG registration date: 22 September 2025
Indication: adults with gastrointestinal stromal tumour
"""


def test_a_listings_registration_dates_and_not_its_heading() -> None:
    found = _events(_LISTING, "2025-10-08")
    approvals = {e for e in found if e[1] == "approval"}
    assert approvals == {
        ("tamrolisib", "approval", "AU", "2025-09-04"),
        ("velotinib", "approval", "AU", "2025-09-22"),
    }
