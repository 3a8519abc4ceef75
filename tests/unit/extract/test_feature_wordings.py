"""Events a long feature tells in plain words: a filing that "went to the agency", an
acceptance of "it", an approval that "followed on" a day, a product on the market since a
date, a designation the data were "good enough" to win, and a code "known in the clinic"."""

from __future__ import annotations

from tests.unit.extract.helpers import keys, only, run


def test_filing_sent_and_accepted_by_pronoun() -> None:
    found = run(
        "The BLA for quorvatinib went to the agency in March 2020; a month later the FDA "
        "accepted it."
    )
    assert only(found, "application_submission").date == "2020-03"
    assert only(found, "application_acceptance").drug == "quorvatinib"


def test_approval_noun_followed_on_a_day() -> None:
    found = run(
        "The FDA cleared the IND for pelmarisib (AB-112) in 2017. Full approval followed "
        "on 4 May 2021, for adults with gastric cancer."
    )
    assert only(found, "approval").date == "2021-05-04"


def test_result_enough_for_a_grant() -> None:
    found = run(
        "Early results for dovantrexib (AB-207) were strong enough for the FDA to grant "
        "orphan drug designation in October 2018."
    )
    assert only(found, "designation").date == "2018-10"


def test_result_that_made_the_regulator_grant() -> None:
    for result in (
        "prompted the FDA to grant",
        "persuaded the FDA to award",
        "led the FDA to grant",
    ):
        found = run(
            f"Early results for dovantrexib (AB-207) {result} orphan drug designation in "
            "October 2018."
        )
        assert only(found, "designation").date == "2018-10", result


def test_result_that_may_make_the_regulator_grant_is_no_grant() -> None:
    found = run(
        "Early results for dovantrexib (AB-207) may prompt the FDA to grant orphan drug "
        "designation in October."
    )
    assert [m for m in found if m.type == "designation"] == []


def test_on_the_market_since() -> None:
    found = run("Halvenimab has been on the US market for adults since April 2022.")
    assert ("halvenimab", "approval", "US") in keys(found)
    assert only(found, "approval").date == "2022-04"


def test_reached_the_market_in_a_year() -> None:
    found = run("The FDA knows the drug well: ostarolimab first reached the market in 2021.")
    assert only(found, "approval").date == "2021"


def test_code_known_in_the_clinic() -> None:
    found = run(
        "Brivexa, the brand name for semtolizumab, an antibody known in the clinic as "
        "QRT-441, was approved by the FDA in June 2023."
    )
    assert only(found, "approval").aliases and "QRT-441" in only(found, "approval").aliases


# A series of approvals told with "followed" and "came", each regulator its own, past an
# aside between commas that names another regulator as the reference it drew on.
def test_a_follower_past_an_aside_naming_another_regulator() -> None:
    found = run(
        "The FDA approved Quelvora (tesmarinib) on 14 March 2024 for adults with gout. "
        "Switzerland's Swissmedic, relying on the EU assessment as its reference, followed in "
        "August.",
        published="2024-12-02",
    )
    assert keys(found) == {("tesmarinib", "approval", "US"), ("tesmarinib", "approval", "CH")}
    assert [m.date for m in found if m.jurisdiction == "CH"] == ["2024-08"]


def test_a_regulator_in_an_aside_before_the_verb_did_not_act() -> None:
    found = run(
        "The FDA approved Quelvora (tesmarinib) on 14 March 2024. Japan's PMDA, drawing on "
        "the EMA's assessment, approved tesmarinib in October 2024.",
        published="2024-12-02",
    )
    assert keys(found) == {("tesmarinib", "approval", "US"), ("tesmarinib", "approval", "JP")}


def test_an_approval_noun_that_came_or_followed_past_an_aside() -> None:
    found = run(
        "The FDA granted Quelvora (tesmarinib) approval on 9 February 2023 for gout. Canada's "
        "authorisation, issued with conditions, came two months after the US decision; "
        "Australia's provisional registration followed that October.",
        published="2024-03-05",
    )
    dates = {m.jurisdiction: m.date for m in found if m.type == "approval"}
    assert dates == {"US": "2023-02-09", "CA": "2023-04", "AU": "2023-10"}


def test_an_approval_that_came_to_an_end_or_up_for_renewal_is_no_new_approval() -> None:
    for told in ("came to an end", "came up for renewal"):
        text = f"The EMA said the conditional approval of tesmarinib {told} in 2023."
        assert run(text, published="2024-03-05") == []


def test_an_approval_noun_granted_some_months_later_in_a_participle() -> None:
    found = run(
        "The Commission authorised Quelvora (tesmarinib) in March 2024, and Japan's approval "
        "for the same indication, granted three months later, kept the brand.",
        published="2024-09-10",
    )
    dates = {m.jurisdiction: m.date for m in found if m.type == "approval"}
    assert dates == {"EU": "2024-03", "JP": "2024-06"}
