"""A regulator is in a drug's Project Orbis review when the text tells that regulator reviewing
or entering it, not when it is only listed as another regulator's collaborator (invented
copy)."""

from __future__ import annotations

from tests.unit.extract.helpers import run


def _orbis(text: str, published: str = "2025-06-10") -> set[tuple[str, str | None]]:
    return {
        (m.jurisdiction, m.date)
        for m in run(text, published)
        if m.type == "program_inclusion" and m.attributes.get("program") == "Project Orbis"
    }


def _types(text: str, published: str = "2025-06-10") -> set[tuple[str, str, str | None]]:
    return {(m.type, m.jurisdiction, m.date) for m in run(text, published)}


def test_a_regulator_reviewing_the_drug_by_its_name_under_orbis_is_included() -> None:
    text = "- Swissmedic reviewed dorasertib under Project Orbis."
    assert _orbis(text) == {("CH", None)}


def test_an_application_accepted_into_the_program_is_a_dated_entry_not_an_acceptance() -> None:
    text = (
        "- The telvanib file was reviewed under Project Orbis; the FDA accepted the NDA into "
        "the program in March 2025, which let partner agencies review it at the same time."
    )
    found = _types(text)
    assert ("program_inclusion", "US", "2025-03") in found
    assert not {t for t, _, _ in found} & {"application_acceptance"}


def test_partners_listed_with_a_countrys_possessive_are_each_assessing_under_orbis() -> None:
    text = (
        "Halden Bio said quorvatinib, its lung cancer pill, won US approval on Tuesday. Health "
        "Canada and Switzerland's Swissmedic are also assessing the drug under Orbis."
    )
    assert _orbis(text) == {("CA", None), ("CH", None)}


def test_a_file_picked_for_orbis_with_no_picker_named_was_picked_by_the_fda() -> None:
    text = (
        "Velcor Bio won FDA approval for nirotinib on 3 March 2024. Since the NDA had been "
        "selected for Project Orbis, Swissmedic and the TGA were assessing the same dossier in "
        "parallel."
    )
    assert _orbis(text, "2024-06-01") == {("US", None), ("CH", None), ("AU", None)}


def test_a_review_told_as_following_is_about_the_drug_the_next_sentence_names() -> None:
    text = (
        "Swissmedic authorised Torvanza (belmotinib) on 4 February 2025, the first file it "
        "shared with its Orbis partners. Another Orbis review followed. On 9 May 2025, "
        "Swissmedic authorised Quelvia (sarpolimab) for adults with advanced melanoma."
    )
    milestones = run(text, "2025-06-10")
    found = {(m.drug, m.type, m.jurisdiction, m.date) for m in milestones}
    # ("followed" is the review's own verb: no decision following, copied as a bare entry.)
    assert all(m.attributes.get("program") for m in milestones if m.type == "program_inclusion")
    assert found == {
        ("belmotinib", "approval", "CH", "2025-02-04"),
        ("sarpolimab", "approval", "CH", "2025-05-09"),
        ("sarpolimab", "program_inclusion", "CH", None),
    }


def test_the_regulator_only_describing_the_programme_is_no_reviewer() -> None:
    text = (
        "Halvor Bio said Health Canada approved dranotecan on 2 June 2025. The file was "
        "reviewed under Project Orbis, the US Food and Drug Administration initiative that lets "
        "partner regulators review cancer drugs concurrently."
    )
    assert _orbis(text) == {("CA", None)}


def test_a_country_named_before_the_describing_regulator_goes_with_it() -> None:
    text = (
        "Dranotecan was assessed under Project Orbis, the U.S. FDA's Oncology Center of "
        "Excellence initiative for concurrent review, by Health Canada."
    )
    assert _orbis(text) == {("CA", None)}


def test_a_countrys_file_joining_the_review_is_that_countrys_inclusion() -> None:
    text = (
        "Swissmedic approved dranotecan on 12 May 2025. It assessed the file within Project "
        "Orbis, the framework coordinated by the US FDA's Oncology Center of Excellence. "
        "Halvor's Swiss file joined the Orbis review in October 2024, two weeks after the FDA "
        "had accepted the BLA."
    )
    assert ("CH", "2024-10") in _orbis(text)
    assert "US" not in {place for place, _ in _orbis(text)}


def test_an_australian_dossier_entering_orbis_after_the_fdas_acceptance_is_australias() -> None:
    text = (
        "Halvor Bio said the TGA approved dranotecan in May 2025. The FDA accepted the BLA in "
        "April 2024, and the Australian dossier joined the Orbis review in May 2024."
    )
    assert ("AU", "2024-05") in _orbis(text)
