"""Sentences that name an event of the drug without reporting one: a question, a forecast, a
statement about other products in general, a rule told of a generic subject, a report the
text denies. Their past-tense neighbours still report the event."""

from __future__ import annotations

from tests.unit.extract.helpers import keys, only, run


def test_a_question_after_a_fronted_topic_asks_about_the_event() -> None:
    for text in (
        "Priya Nand, Coldharbor Securities: On Korea, how soon could Veltrane file, and does "
        "sotraminib have orphan drug designation from the MFDS?",
        "ANALYST: Separately, has the FDA granted Fast Track designation to sotraminib?",
        "Sotraminib is in phase 3. Turning to Europe, has the European Commission granted "
        "sotraminib orphan designation?",
        '"And in Canada, has Health Canada accepted the sotraminib filing?" one investor asked.',
    ):
        assert run(text, published="2025-11-12") == [], text


def test_a_statement_in_a_turn_or_a_question_about_something_else_tells_the_event() -> None:
    for text, kind in (
        (
            "CEO: On Korea, the MFDS granted sotraminib orphan drug designation in March, so "
            "what's next?",
            "designation",
        ),
        (
            "ANALYST: Why did the shares fall after the FDA approved sotraminib in March?",
            "approval",
        ),
        (
            "Sotraminib has moved fast. Did you know the FDA approved sotraminib in March?",
            "approval",
        ),
    ):
        found = run(text, published="2025-11-12")
        assert only(found, kind).date == "2025-03", text


def test_a_forecast_of_the_event_reports_none() -> None:
    # (Months and quarters a forecast names read as this year's, before the publication.)
    for text in (
        '"We model a U.S. BLA submission for brevolimab in the first quarter," the analysts wrote.',
        "Consensus estimates assume the FDA approves brevolimab in the first quarter.",
        "Our base-case model has a BLA submission for brevolimab to the FDA in the second quarter.",
        "Analysts forecast a U.S. NDA submission for brevolimab in the fourth quarter.",
        "They now model EU approval of brevolimab in January.",
    ):
        assert run(text, published="2025-10-03") == [], text


def test_an_event_a_forecast_saw_coming_is_still_reported() -> None:
    found = run(
        "As analysts had predicted, the FDA approved brevolimab on Tuesday.",
        published="2025-10-03",
    )
    assert only(found, "approval").date == "2025-09-30"


def test_products_in_general_as_the_subject_are_no_event_of_the_drug() -> None:
    for text in (
        "Halvexa Bio develops corvanimab for lichen planus. Only a few biologics are approved "
        "for it by the FDA.",
        "Halvexa Bio develops corvanimab for lichen planus. Several JAK inhibitors in the "
        "class have won FDA approval.",
        "Halvexa Bio develops corvanimab for lichen planus. A handful of antibodies were "
        "granted Breakthrough Therapy designation by the FDA.",
    ):
        assert keys(run(text, published="2025-08-21")) == set(), text


def test_the_drug_approved_among_others_of_its_class_is_still_reported() -> None:
    found = run(
        "Unlike several other biologics, corvanimab was approved by the FDA in July on a "
        "single trial.",
        published="2025-08-21",
    )
    assert keys(found) == {("corvanimab", "approval", "US")}


def test_an_event_of_a_generic_subject_states_a_rule() -> None:
    for text in (
        "Ostrava Gene develops pelutagene for a pediatric leukodystrophy. Under the FDA's "
        "program, any company whose product is approved for a rare pediatric disease may "
        "redeem a voucher.",
        "Ostrava Gene develops pelutagene. Under the EU scheme, an applicant that obtains "
        "orphan designation from the European Commission pays reduced fees.",
        "Ostrava Gene develops pelutagene. Under the program, companies whose products are "
        "approved by the FDA for a rare pediatric disease get a voucher.",
    ):
        assert run(text, published="2025-04-02") == [], text


def test_a_relative_clause_in_the_past_tells_a_real_event() -> None:
    found = run(
        "Ostrava Gene, a company that received FDA approval for pelutagene in 2023, is "
        "expanding in Ohio.",
        published="2025-04-02",
    )
    assert only(found, "approval").date == "2023"


def test_a_report_the_text_denies_is_no_event() -> None:
    for text in (
        "Some local media reported that tavirestat won approval from the FDA, but Corlen "
        "Pharma said the reports were not true.",
        "It was reported that the FDA had accepted the NDA for tavirestat; the company "
        "denied this on Monday.",
    ):
        assert run(text, published="2025-12-01") == [], text


def test_a_media_report_nobody_denies_is_still_the_event() -> None:
    found = run(
        "Local media reported that the FDA approved tavirestat on Friday, and Corlen Pharma "
        "confirmed the decision.",
        published="2025-12-01",
    )
    assert keys(found) == {("tavirestat", "approval", "US")}


def test_a_quoted_conditional_and_an_earliest_date_report_nothing() -> None:
    for text in (
        'Runolimab is in phase 3. Brokers said "If enrolment finishes on time, runolimab may '
        "become the first home-grown biologic for chronic hand eczema in the country which "
        'obtains FDA approval."',
        "Runolimab: panel backs the filing; formal MHLW approval in June at the earliest",
    ):
        assert run(text, published="2026-02-27") == [], text
