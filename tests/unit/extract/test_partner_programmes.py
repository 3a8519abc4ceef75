"""Partner regulators' work-sharing programmes and slide bullets ticked done (invented copy)."""

from __future__ import annotations

from tests.unit.extract.helpers import run


def _inclusions(text: str, published: str = "2025-09-10") -> set[tuple[str, str | None, str]]:
    return {
        (m.jurisdiction, m.date, m.attributes["program"])
        for m in run(text, published)
        if m.type == "program_inclusion"
    }


def test_both_reviews_under_orbis_are_each_prior_regulators() -> None:
    text = (
        "Health Canada and the Therapeutic Goods Administration have both approved "
        "Zeltrava (morbetinib), Fenwick Bio's oral MET inhibitor, for adults with "
        "advanced gastric cancer, the company said on Wednesday. "
        "Both reviews ran under Project Orbis, the FDA Oncology Center of Excellence scheme "
        "that lets partner regulators assess cancer files alongside the U.S. agency."
    )
    assert _inclusions(text) == {("CA", None, "Project Orbis"), ("AU", None, "Project Orbis")}


def test_a_partner_that_took_part_in_the_orbis_review_is_included() -> None:
    text = (
        "The TGA approved morbetinib, Fenwick Bio's MET inhibitor, for gastric cancer. "
        "Health Canada also took part in the Orbis review and has not "
        "decided yet. Swissmedic participated in the Project Orbis assessment as well."
    )
    # ("also" lets the TGA be read as a partner too; either reading is fair.)
    assert {("CA", None, "Project Orbis"), ("CH", None, "Project Orbis")} <= _inclusions(text)


def test_the_regulator_leading_a_scheme_is_no_partner_of_the_next_sentence() -> None:
    text = (
        "The TGA approved morbetinib, Fenwick Bio's MET inhibitor, for gastric cancer. "
        "The file was assessed under Project Orbis, the FDA-led scheme for parallel cancer "
        "reviews. Health Canada also took part in the Orbis review."
    )
    assert ("US", None, "Project Orbis") not in _inclusions(text)
    assert ("CA", None, "Project Orbis") in _inclusions(text)


def test_access_consortium_work_sharing_is_a_programme() -> None:
    text = (
        "The Medicines and Healthcare products Regulatory Agency authorised tarquimab, "
        "Holloway Pharma's anti-TSLP antibody, for severe asthma in May after assessing the "
        "file through the Access Consortium's New Active Substance Work-Sharing Initiative."
    )
    assert _inclusions(text) == {("UK", None, "Access Consortium")}


def test_ticked_slide_bullets_tell_designations() -> None:
    text = (
        "Slide 3: Highlights of the year\n"
        "- lumiracept (KX-77), Fabry disease: FDA Fast Track designation [done] (Mar 2025)\n"
        "- lumiracept: EU orphan designation [done] (2024)\n"
        "- lumiracept: Japan SAKIGAKE designation -- 2026\n"
    )
    found = {
        (m.jurisdiction, m.date, m.attributes["designation"])
        for m in run(text, "2025-11-20")
        if m.type == "designation"
    }
    assert found == {("US", "2025-03", "fast_track"), ("EU", "2024", "orphan_drug")}


def test_rolling_filing_dated_by_its_final_module_and_review_undated() -> None:
    text = (
        "Brightwater Oncology has completed its rolling submission of a New Drug Application "
        "to the FDA for tevoralisib, an oral PI3K-alpha inhibitor, in advanced breast "
        "cancer, the company said on Thursday. The last module went in on Monday.\n\n"
        "The application is being reviewed under the FDA's Real-Time Oncology Review "
        "programme, which lets the agency look at data early."
    )
    found = {(m.type, m.date) for m in run(text, "2025-03-13")}
    assert ("application_submission", "2025-03-10") in found
    assert ("program_inclusion", None) in found


def test_partner_agencies_taking_part_in_orbis_are_in_the_programme_too() -> None:
    text = (
        "The FDA approved ravolimab in March. The agency reviewed the application under "
        "Project Orbis, with Swissmedic and Brazil's ANVISA taking part as partner agencies."
    )
    found = _inclusions(text, "2025-06-10")
    assert ("US", None, "Project Orbis") in found
    assert ("CH", None, "Project Orbis") in found


def test_the_regulators_reviews_told_in_other_words_are_each_prior_regulators() -> None:
    for subject in (
        "Each of the reviews",
        "Both agencies' reviews",
        "The two regulators' assessments",
    ):
        text = (
            "Health Canada and Swissmedic approved Calvexa (ferozimab) for myelofibrosis on "
            f"April 3, Norrland Bio said. {subject} ran under Project Orbis."
        )
        found = _inclusions(text)
        assert found == {("CA", None, "Project Orbis"), ("CH", None, "Project Orbis")}, subject


def test_other_tick_marks_tell_designations_too() -> None:
    text = (
        "Slide 3: Highlights of the year\n"
        "- lumiracept (KX-77), Fabry disease: FDA Fast Track designation (completed) (Mar 2025)\n"
        "- lumiracept: EU orphan designation \u2713 (2024)\n"
        "\u2705 lumiracept: Japan SAKIGAKE designation, Apr 2025\n"
        "- lumiracept: FDA rare pediatric disease designation (Aug 2026)\n"
    )
    found = {
        (m.jurisdiction, m.date, m.attributes["designation"])
        for m in run(text, "2025-11-20")
        if m.type == "designation"
    }
    assert found == {
        ("US", "2025-03", "fast_track"),
        ("EU", "2024", "orphan_drug"),
        ("JP", "2025-04", "sakigake"),
    }


def test_approvals_that_came_through_under_orbis_are_inclusions() -> None:
    for told in (
        "Both approvals came through under Project Orbis.",
        "Both approvals were granted under Project Orbis.",
    ):
        text = f"Health Canada and the TGA approved quenlimab for bladder cancer on May 6. {told}"
        found = _inclusions(text, "2025-05-20")
        assert found == {("CA", None, "Project Orbis"), ("AU", None, "Project Orbis")}, told


def test_an_approval_granted_under_orbis_on_a_day_leaves_the_inclusion_undated() -> None:
    text = "The TGA's approval of quenlimab was granted under Project Orbis on May 6."
    assert _inclusions(text, "2025-05-20") == {("AU", None, "Project Orbis")}


def test_a_work_share_lead_reviewer_takes_part_but_an_orbis_lead_does_not() -> None:
    text = (
        "Singapore's HSA cleared dumelvimab, Corrow Bio's lupus antibody, after assessing the "
        "file through the Access Consortium's New Active Substance Work-Sharing Initiative, in "
        "which the UK's Medicines and Healthcare products Regulatory Agency (MHRA) acted as lead "
        "reviewer and HSA took part as a partner agency."
    )
    assert _inclusions(text) == {
        ("SG", None, "Access Consortium"),
        ("UK", None, "Access Consortium"),
    }
    orbis = (
        "The TGA approved dumelvimab, Corrow Bio's lung cancer antibody. The file was evaluated "
        "as part of Project Orbis, in which the TGA worked alongside the US Food and Drug "
        "Administration (FDA) as the lead regulator."
    )
    assert ("US", None, "Project Orbis") not in _inclusions(orbis)


def test_partners_still_assessing_the_medicine_under_orbis_are_included() -> None:
    text = (
        "Swissmedic approved dumelvimab, Corrow Bio's lung cancer antibody, on Monday. "
        "Health Canada and Australia's Therapeutic Goods Administration are also assessing "
        "the medicine under Orbis."
    )
    assert ("AU", None, "Project Orbis") in _inclusions(text)


def test_a_listings_route_field_names_the_work_share_and_its_agencies() -> None:
    text = (
        "Swissmedic: new active substances authorised in May 2025\n\n"
        "Korvalta®, tablets 20 mg\n"
        "Active substance: dumelvimab\n"
        "Marketing authorisation holder: Corrow Bio AG, Basel\n"
        "Authorisation date: 06.05.2025\n"
        "Procedure: Access NAS Work-Sharing Initiative, lead agency: TGA (Australia)\n\n"
        "Pelzora®, tablets 5 mg\n"
        "Active substance: tilvorasib\n"
        "Marketing authorisation holder: Ember Pharma AG, Zug\n"
        "Authorisation date: 21.05.2025\n"
        "Evaluation route: Access NAS Work-Sharing Initiative (lead agency: Health Canada; "
        "partner agency: Swissmedic)\n\n"
        "Swissmedic does not publish information on applications still under evaluation.\n"
    )
    found = {
        (m.drug, m.type, m.jurisdiction, m.date)
        for m in run(text, "2025-06-10", title="Swissmedic: monthly decisions")
        if m.type in ("approval", "program_inclusion")
    }
    assert found == {
        ("Korvalta", "approval", "CH", "2025-05-06"),
        ("Korvalta", "program_inclusion", "AU", None),
        ("Korvalta", "program_inclusion", "CH", None),
        ("Pelzora", "approval", "CH", "2025-05-21"),
        ("Pelzora", "program_inclusion", "CA", None),
        ("Pelzora", "program_inclusion", "CH", None),
    }
