"""Which date a regulator's decision takes: its own day, not a recommendation's before it,
a slipped year's, a filing's told just before, or the day the news was told."""

from __future__ import annotations

from tests.unit.extract.helpers import only, run


def test_a_committee_opinion_before_an_undated_mention_does_not_date_the_approval() -> None:
    text = (
        "BASEL, 4 March 2025 — Pelorin AG today announced that the European Commission has "
        "granted marketing authorisation for Tovrena (miltrazumab) in IgA nephropathy.\n\n"
        "The decision follows a positive opinion from the CHMP on 30 January. Miltrazumab is "
        "the first antibody authorised in the EU for the disease."
    )
    assert only(run(text, "2025-03-04"), "approval").date == "2025-03-04"


def test_a_lead_day_ten_years_off_a_fresh_release_is_a_typo() -> None:
    text = (
        "OTTAWA, March 14, 2023 /CNW/ - Borealis Therapeutics Inc. today announced that Health "
        "Canada issued a Notice of Compliance on March 9, 2013 for Norvenza (tezocabrin) tablets."
    )
    assert only(run(text, "2023-03-14"), "approval").date == "2023-03-09"


def test_a_lead_day_told_by_another_verb_of_today_is_a_typo_too() -> None:
    for telling in ("said today that", "today reported that", "confirmed today that"):
        text = (
            f"OTTAWA, March 14, 2023 /CNW/ - Borealis Therapeutics Inc. {telling} Health "
            "Canada issued a Notice of Compliance on March 9, 2013 for Norvenza (tezocabrin)."
        )
        assert only(run(text, "2023-03-14"), "approval").date == "2023-03-09", telling


def test_a_background_day_ten_years_back_keeps_its_year() -> None:
    text = (
        "OTTAWA, March 14, 2023 /CNW/ - Borealis Therapeutics Inc. today announced approval of "
        "Norvenza (tezocabrin), based on a programme begun on March 9, 2013."
    )
    assert "2013-03-09" not in {m.date for m in run(text, "2023-03-14")}


def test_priority_review_told_with_its_own_month_after_a_filing_takes_it() -> None:
    text = (
        "Acme said the New Drug Submission for dorvatinib was filed in February and was granted "
        "priority review by Health Canada in March."
    )
    assert only(run(text, "2025-09-02"), "priority_review").date == "2025-03"


def test_priority_review_without_a_month_of_its_own_shares_the_acceptance_month() -> None:
    text = "The FDA accepted the NDA for dorvatinib in February and granted it priority review."
    assert only(run(text, "2025-09-02"), "priority_review").date == "2025-02"


def test_a_joint_approval_retold_with_each_regulators_day_takes_each() -> None:
    text = (
        "Health Canada and Swissmedic have both approved Calvexa (ferozimab) for myelofibrosis, "
        "Norrland Bio said on Monday. The Health Canada decision was dated April 3 and "
        "Swissmedic's April 4, the company said."
    )
    found = {m.jurisdiction: m.date for m in run(text, "2025-04-07") if m.type == "approval"}
    assert found == {"CA": "2025-04-03", "CH": "2025-04-04"}


def test_a_joint_approval_retold_with_other_verbs_of_its_day_takes_each() -> None:
    for retold in (
        "The Health Canada licence was issued on April 3, and Swissmedic's on April 4.",
        "The Health Canada decision came on April 3 and Swissmedic's on April 4.",
    ):
        text = (
            "Health Canada and Swissmedic have both approved Calvexa (ferozimab) for "
            f"myelofibrosis, Norrland Bio said on Monday. {retold}"
        )
        found = {m.jurisdiction: m.date for m in run(text, "2025-04-07") if m.type == "approval"}
        assert found == {"CA": "2025-04-03", "CH": "2025-04-04"}, retold


def test_a_status_updated_to_included_on_a_day_dates_the_inclusion() -> None:
    text = (
        "March 20 news, Hexin Pharma disclosed that its drug tebrolimab has been formally "
        "included in the breakthrough therapy procedure of the CDE. The CDE website updated "
        'the status of the product to "included" on March 18, the company said.'
    )
    assert only(run(text, "2025-03-20"), "designation").date == "2025-03-18"


def test_an_elliptical_clause_after_the_decision_takes_its_own_day() -> None:
    for told in (
        "Health Canada's approval of ferozimab was granted on April 3 and Swissmedic's on April 4.",
        "Health Canada approved ferozimab on April 3, and Swissmedic on April 4.",
    ):
        found = {m.jurisdiction: m.date for m in run(told, "2025-04-07") if m.type == "approval"}
        assert found == {"CA": "2025-04-03", "CH": "2025-04-04"}, told


def test_elliptical_clauses_in_a_list_each_take_their_own_day() -> None:
    text = (
        "Health Canada approved ferozimab on April 3, Swissmedic on April 4 and the TGA on April 9."
    )
    found = {m.jurisdiction: m.date for m in run(text, "2025-04-17") if m.type == "approval"}
    assert found == {"CA": "2025-04-03", "CH": "2025-04-04", "AU": "2025-04-09"}


def test_a_later_regulator_with_a_verb_of_its_own_is_no_elliptical_clause() -> None:
    text = (
        "The FDA approved ferozimab on April 3 and the EMA's CHMP on April 10 adopted a positive "
        "opinion on it."
    )
    found = {(m.type, m.jurisdiction, m.date) for m in run(text, "2025-04-17")}
    assert ("approval", "EU", "2025-04-10") not in found
    assert ("approval", "US", "2025-04-03") in found
