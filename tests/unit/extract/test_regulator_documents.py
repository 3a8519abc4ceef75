"""Regulators' own documents and later approvals and withdrawals told in English: a
decision summary's steps set out as labelled dates, its headings put as questions, a
glycoprotein named with its Greek letter, a pathway only one regulator runs."""

from __future__ import annotations

from service.extract.drugs import index_drugs
from tests.unit.extract.helpers import run

_SUMMARY = """Decision summary for Brivalto
Brivalto (corvatinib) 10 mg tablets
Northmere Pharma ULC
Date summary issued: 2025-05-02

1 What was approved?

Brivalto was authorized for adults with refractory gout.

Health Canada considers that the benefit-harm profile of Brivalto is favourable.

3 What steps led to the approval of Brivalto?

Submission milestones:
Request for priority status: Filed 2023-05-10; approval issued by the Director: 2023-06-01
Filing of the New Drug Submission (NDS): 2023-07-03
Screening 1: Acceptance letter issued: 2023-08-20
Notice of Compliance issued by the Director General: 2024-12-01
"""


def _dated(text: str, published: str = "2025-05-02") -> set[tuple[str, str, str, str | None]]:
    return {(m.drug, m.type, m.jurisdiction, m.date) for m in run(text, published)}


def test_a_decision_summary_tells_each_labelled_step_with_its_date() -> None:
    found = _dated(_SUMMARY)
    assert ("corvatinib", "application_submission", "CA", "2023-07-03") in found
    assert ("corvatinib", "application_acceptance", "CA", "2023-08-20") in found
    # The request's approval, not its filing, is the status granted.
    assert ("corvatinib", "priority_review", "CA", "2023-06-01") in found


def test_a_priority_request_granted_in_other_words_dates_the_priority_review() -> None:
    request = (
        "Request for priority status: Filed 2023-05-10; approval issued by the Director: 2023-06-01"
    )
    for line in (
        "Request for priority review status: Filed 2023-05-10; approval issued: 2023-06-01",
        "Request for priority status: Filed 2023-05-10; granted by the Director: 2023-06-01",
        "Request for priority status: Filed 2023-05-10; approval letter issued: 2023-06-01",
    ):
        found = _dated(_SUMMARY.replace(request, line))
        assert ("corvatinib", "priority_review", "CA", "2023-06-01") in found, line


def test_a_priority_request_refused_is_no_priority_review() -> None:
    request = "approval issued by the Director: 2023-06-01"
    found = _dated(_SUMMARY.replace(request, "rejection issued by the Director: 2023-06-01"))
    assert not any(kind == "priority_review" for _, kind, _, _ in found)


def test_a_heading_put_as_a_question_tells_no_approval() -> None:
    approvals = {m.date for m in run(_SUMMARY, "2025-05-02") if m.type == "approval"}
    assert approvals == {"2024-12-01"}


def test_a_heading_put_as_a_yes_no_question_tells_no_approval() -> None:
    for heading in ("1 Was Brivalto approved for adults?", "1 Where was Brivalto approved?"):
        text = _SUMMARY.replace("1 What was approved?", heading)
        approvals = {m.date for m in run(text, "2025-05-02") if m.type == "approval"}
        assert approvals == {"2024-12-01"}, heading


def test_a_question_inside_prose_is_left_to_the_other_rules() -> None:
    text = "Why was it approved? The FDA approved mivatinib on 3 March 2025 for gout."
    assert ("mivatinib", "approval", "US", "2025-03-03") in _dated(text, "2025-03-05")


def test_a_stemmed_name_keeps_its_greek_letter() -> None:
    text = (
        "A new entry, dorafusp alfa, is Westbay Bio's fusion protein for lupus nephritis. "
        "Westbay said it submitted the marketing authorisation application to the EMA in "
        "March. Later mentions of dorafusp drop the letter."
    )
    index = index_drugs("", text)
    assert [d.canonical for d in index.drugs] == ["dorafusp alfa"]
    assert {m.drug for m in run(text)} == {"dorafusp alfa"}


def test_a_phenothiazine_shaped_name_is_a_drug_and_a_magazine_is_not() -> None:
    text = (
        "Velgrazine, Ostby Pharma's treatment for chorea, was withdrawn from review: the EMA "
        "said Ostby withdrew its marketing authorisation application on 12 May, a trade "
        "magazine reported."
    )
    assert {d.canonical.lower() for d in index_drugs("", text).drugs} == {"velgrazine"}


def test_an_approval_noun_that_followed_is_an_approval_of_its_own() -> None:
    text = (
        "Nexaro (dilvostat) won US approval from the FDA in June 2022 for adults with MASH. "
        "A conditional marketing authorisation followed in the European Union in "
        "February 2023."
    )
    found = _dated(text, "2025-01-10")
    assert ("dilvostat", "approval", "EU", "2023-02") in found
    assert ("dilvostat", "approval", "US", "2022-06") in found


def test_an_accelerated_approval_with_no_regulator_named_is_the_fdas() -> None:
    text = (
        "The EMA's safety committee will review Norvalis (pexastat) in Europe, where the EU "
        "authorisation stands and the European Commission may yet act.\n\n"
        "Norvalis won accelerated approval in May 2022 for adults with biliary cholangitis."
    )
    found = _dated(text, "2025-01-10")
    assert ("pexastat", "approval", "US", "2022-05") in found
    assert not any(kind == "approval" and place == "EU" for _, kind, place, _ in found)


def test_a_regulator_withdrawing_a_licence_to_carry_out_a_court_ruling_acts_itself() -> None:
    text = (
        "The European Commission on Tuesday withdrew the marketing authorisation of "
        "Brackley Bio's Tenvora (dilvorsen), carrying out a court judgment that annulled it."
    )
    assert ("dilvorsen", "withdrawal", "EU", "2025-10-14") in _dated(text, "2025-10-16")


def test_a_withdrawal_a_court_ordered_is_still_no_regulators_act() -> None:
    text = "A court withdrew the injunction against Tenvora (dilvorsen) on Tuesday."
    assert not [m for m in run(text, "2025-10-16") if m.type == "withdrawal"]


def test_an_approval_named_then_granted_in_a_relative_clause() -> None:
    text = (
        "Tenvora (dilvorsen) lost its licence in Europe. The decision has no bearing on the "
        "US approval, which the FDA granted in August 2023."
    )
    assert ("dilvorsen", "approval", "US", "2023-08") in _dated(text, "2025-10-16")


def test_an_approval_named_then_granted_in_a_participle() -> None:
    text = "Tenvora (dilvorsen) keeps its EU authorisation, granted by the Commission in May 2023."
    assert ("dilvorsen", "approval", "EU", "2023-05") in _dated(text, "2025-10-16")


def test_a_sign_off_field_naming_an_office_is_no_approval() -> None:
    for field in ("Approved by the Director: H. Okafor", "Approved by: Deputy Director-General"):
        text = (
            "Request for priority review\n"
            "The CDE listed belzatinib tablets for priority review.\n"
            "Reviewed by: M. Lindqvist\n"
            f"{field}, 8 April 2025\n"
        )
        assert "approval" not in {m.type for m in run(text, "2025-04-15")}, field


def test_an_approval_by_a_regulator_named_on_a_field_line_stays_one() -> None:
    text = "Approved by: NMPA, 8 April 2025\nProduct: belzatinib tablets"
    assert {(m.type, m.date) for m in run(text, "2025-04-15")} == {("approval", "2025-04-08")}
