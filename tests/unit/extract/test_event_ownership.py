"""Which drug, regulator and date an event belongs to, and when two mentions are one."""

from __future__ import annotations

from service.extract.sentences import split_sentences
from tests.unit.extract.helpers import keys, only, run


def test_a_place_abbreviation_ends_its_sentence_before_a_sentence_starter() -> None:
    text = (
        "The pill is now sold in the U.K. The agency cleared it in Ohio. "
        "Talks with U.S. Steel ended."
    )
    pieces = [text[s.start : s.end] for s in split_sentences(text)]
    assert pieces == [
        "The pill is now sold in the U.K.",
        "The agency cleared it in Ohio.",
        "Talks with U.S. Steel ended.",
    ]


def test_a_title_abbreviation_never_ends_a_sentence() -> None:
    text = "It was Dr. The Grand's idea. Next."
    assert len(split_sentences(text)) == 2


def test_a_dated_foreign_approval_after_a_place_abbreviation_stays_foreign() -> None:
    text = (
        "Zentorvimab is the first antibody of its class approved in the U.S. The FDA decision "
        "follows its approval in Korea in June 2023."
    )
    found = {(m.jurisdiction, m.date) for m in run(text, published="2024-02-01")}
    assert ("KR", "2023-06") in found
    assert ("US", "2023-06") not in found


def test_regulators_named_alongside_the_acting_one_are_partners() -> None:
    text = (
        "The FDA granted approval to Corvatinib in March 2022 after a review run under Project "
        "Orbis together with regulators in Switzerland, Peru, Japan and Canada."
    )
    found = {(m.type, m.jurisdiction) for m in run(text, published="2022-06-01")}
    assert ("program_inclusion", "US") in found
    assert not {j for t, j in found if j != "US"}


def test_a_place_the_event_happened_outside_of_is_not_its_jurisdiction() -> None:
    text = (
        "Outside the US, the European Commission authorised pelinotide for scleroderma in "
        "2022. Outside of Japan, the MHRA granted it orphan status last year."
    )
    found = {(m.type, m.jurisdiction) for m in run(text, published="2025-02-10")}
    assert found == {("approval", "EU"), ("designation", "UK")}


def test_a_place_chinese_copy_names_before_yiwai_is_not_the_events() -> None:
    text = (
        "5月8日，某某药业宣布欧盟委员会已批准洛维替尼上市。"
        "加拿大卫生部则于今年2月批准了该药，加拿大由此成为洛维替尼在中国以外首个获批的市场。"
    )
    found = {(m.type, m.jurisdiction) for m in run(text, published="2026-05-09", lang="zh")}
    assert found == {("approval", "EU"), ("approval", "CA")}


def test_a_review_shared_with_other_countries_files_is_the_acting_regulators() -> None:
    text = (
        "Health Canada approved Rumelta (savotinib) on 2 May 2025. The file was assessed as "
        "part of Project Orbis, alongside applications in Japan and Brazil."
    )
    found = {(m.type, m.jurisdiction) for m in run(text, published="2025-05-20")}
    assert found == {("approval", "CA"), ("program_inclusion", "CA")}


def test_a_programmes_coordinator_and_partners_named_by_office_did_not_act() -> None:
    text = (
        "The MHRA approved Rumelta (savotinib) on 2 May 2025. The file was reviewed under "
        "Project Orbis, an initiative coordinated by the US FDA's Oncology Center of "
        "Excellence, together with the Health Sciences Authority of Singapore and Swissmedic."
    )
    found = {(m.type, m.jurisdiction) for m in run(text, published="2025-05-20")}
    assert found == {("approval", "UK"), ("program_inclusion", "UK")}


def test_a_partner_cue_alone_still_names_the_place() -> None:
    from service.extract.agencies import find_regulators
    from service.extract.regulator_bystanders import acting

    text = "It was cleared in parallel with Japan."
    assert [r.jurisdiction for r in acting(text, find_regulators(text))] == ["JP"]


def test_a_date_after_one_event_belongs_to_it_not_to_the_event_that_follows() -> None:
    text = (
        "Morvalimab received fast track designation in April 2019 and was later granted "
        "orphan drug designation by the FDA."
    )
    dates = {m.attributes.get("designation"): m.date for m in run(text, published="2021-01-05")}
    assert dates == {"fast_track": "2019-04", "orphan_drug": None}


def test_priority_review_shares_the_date_of_the_acceptance_before_it() -> None:
    text = (
        "The FDA accepted the application for Morvalimab in May 2023 and granted it "
        "priority review."
    )
    found = {m.type: m.date for m in run(text, published="2023-08-01")}
    assert found["priority_review"] == "2023-05"


def test_a_state_borrows_no_date_from_the_clause_before_it() -> None:
    text = (
        "Delmoxacin won approval in the European Union in March 2022, and it is also "
        "approved in Canada."
    )
    found = {m.jurisdiction: m.date for m in run(text, published="2023-01-10")}
    assert found == {"EU": "2022-03", "CA": None}


def test_an_approval_dated_earlier_this_year_is_a_second_event_not_a_vaguer_mention() -> None:
    text = (
        "The FDA approved Delmoxacin last week for skin infections. Earlier this year, the "
        "FDA approved Delmoxacin for pneumonia."
    )
    dates = sorted(str(m.date) for m in run(text, published="2023-09-18"))
    assert dates == ["2023", "2023-09"]


def test_a_year_mention_of_the_same_approval_folds_into_its_day() -> None:
    text = "The FDA approved Delmoxacin on May 4, 2023. The 2023 approval was its first."
    assert [m.date for m in run(text, published="2023-05-05")] == ["2023-05-04"]


def test_a_quarter_mention_of_the_same_approval_folds_into_its_day() -> None:
    # Published in the first quarter: "this year" so far is that quarter.
    text = (
        "The FDA approved Delmoxacin on February 4, 2026. Delmoxacin is the first drug the FDA "
        "approved this year."
    )
    assert [m.date for m in run(text, published="2026-02-12")] == ["2026-02-04"]


def test_the_agency_is_the_regulator_last_named_not_the_articles_most_named() -> None:
    text = (
        "The EMA validated the MAA for rovatinib in March. The European Commission granted "
        "orovimab orphan status.\n\nThe FDA approved dorvistat on Tuesday. It is Acme's first "
        "product. The agency had accepted the NDA for dorvistat in January."
    )
    found = {(m.drug, m.type, m.jurisdiction) for m in run(text, published="2025-08-08")}
    assert ("dorvistat", "application_acceptance", "US") in found


def test_a_letter_only_the_fda_issues_names_its_regulator() -> None:
    text = (
        "The CHMP adopted a positive opinion for Acme's dorvatinib in gout. Separately, Beta "
        "Labs said it received a complete response letter on Monday for AB-5521 in acne."
    )
    assert ("AB-5521", "rejection", "US") in keys(run(text))


def test_a_run_in_heading_is_a_sentence_of_its_own() -> None:
    text = (
        "Weekly digest.\n\nNew label under priority review In May, the FDA accepted Acme's "
        "sNDA for dorvatinib and granted it priority review.\n\n"
        "Kestrel's report was published in The Lancet on Monday."
    )
    pieces = [text[s.start : s.end] for s in split_sentences(text)]
    assert "New label under priority review" in pieces
    assert "Kestrel's report was published in The Lancet on Monday." in pieces
    acceptance = next(m for m in run(text) if m.type == "application_acceptance")
    assert acceptance.date == "2025-05"


def test_a_date_straight_after_the_event_beats_one_in_the_phrase_before_it() -> None:
    text = (
        "The PMDA's monthly list also names one withdrawal. The applicant for Dorvexa tablets "
        "(dorvatinib), filed for gout in 2023, withdrew its application on March 4, 2025."
    )
    found = {(m.type, m.date) for m in run(text)}
    assert found == {("withdrawal", "2025-03-04")}


def test_the_regulator_describing_a_shared_programme_did_not_act() -> None:
    for text in (
        "The TGA registered zapotide for gout in May. Its application was assessed under "
        "Project Orbis, an FDA-led initiative for cancer drugs.",
        "The TGA registered zapotide for gout in May. Its application was assessed under "
        "Project Orbis, a scheme coordinated by the FDA.",
    ):
        inclusion = only(run(text), "program_inclusion")
        assert inclusion.jurisdiction == "AU", text


def test_a_regulator_closing_the_sentence_after_a_programme_still_acted() -> None:
    text = "Zapotide was reviewed under Project Orbis, the FDA said on Tuesday."
    assert only(run(text), "program_inclusion").jurisdiction == "US"


def test_a_status_told_beside_a_scheme_another_regulator_leads_is_the_subjects() -> None:
    text = (
        "Health Canada authorised Trevanta (solpatinib) for thyroid cancer on Monday. The "
        "department reviewed the file via Project Orbis, the FDA-coordinated work-sharing "
        "scheme, and had granted the submission priority review in March."
    )
    found = run(text, published="2025-09-10")
    assert only(found, "priority_review").jurisdiction == "CA"
    assert only(found, "program_inclusion").jurisdiction == "CA"


def test_a_regulator_reviewing_a_file_through_a_programme_included_it() -> None:
    text = (
        "The MHRA granted Dalvemo (corsertib) a marketing authorisation in May. The MHRA "
        "assessed the application through Project Orbis, the FDA-led scheme for cancer drugs."
    )
    assert only(run(text), "program_inclusion").jurisdiction == "UK"


def test_the_abbreviation_of_a_programmes_coordinator_did_not_act_either() -> None:
    text = (
        "The TGA approved Narveo (belsotinib) for melanoma on 2 May 2025 after a review of "
        "the TGA's own.\n\nThe application was evaluated as part of Project Orbis, a scheme "
        "coordinated by the US Food and Drug Administration (FDA) for partner regulators."
    )
    assert only(run(text), "program_inclusion").jurisdiction == "AU"


def test_a_regulator_bringing_a_file_into_a_programme_included_it() -> None:
    text = (
        "Quillon Bio said on Tuesday that the FDA had brought its application for ravestat, "
        "an antibody for bladder cancer, into Project Orbis."
    )
    inclusion = only(run(text), "program_inclusion")
    assert (inclusion.jurisdiction, inclusion.date) == ("US", "2025-06-10")
