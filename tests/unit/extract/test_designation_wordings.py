"""Designations and priority review as translated or regulator copy words them (invented)."""

from __future__ import annotations

import pytest

from tests.unit.extract.helpers import only, run


def _designations(found: list[object]) -> set[tuple[str, str, object]]:
    return {
        (m.jurisdiction, m.attributes.get("designation"), m.date)  # type: ignore[attr-defined]
        for m in found
        if m.type == "designation"  # type: ignore[attr-defined]
    }


def test_designations_called_qualification_or_identification() -> None:
    found = run(
        "Before that, velotinib got the FDA orphan drug qualification and breakthrough therapy "
        "identification in glioma, plus the fast track qualification in sarcoma."
    )
    assert _designations(found) == {
        ("US", "breakthrough_therapy", None),
        ("US", "orphan_drug", None),
        ("US", "fast_track", None),
    }


def test_designations_listed_together() -> None:
    found = run(
        "Velotinib received Breakthrough Therapy, Orphan Drug and Fast Track designations from "
        "the FDA in March 2021."
    )
    assert _designations(found) == {
        ("US", "breakthrough_therapy", "2021-03"),
        ("US", "orphan_drug", "2021-03"),
        ("US", "fast_track", "2021-03"),
    }


def test_included_into_a_designation_list() -> None:
    found = run("In China, velotinib was also included into breakthrough therapy by the CDE.")
    assert _designations(found) == {("CN", "breakthrough_therapy", None)}


def test_breakthrough_without_a_designation_word_is_not_one() -> None:
    found = run("Acme called velotinib a breakthrough therapy for glioma, the FDA said in March.")
    assert _designations(found) == set()


def test_prioritized_review_is_priority_review() -> None:
    found = run("The PMDA granted prioritized review to the application for velotinib.")
    assert [(m.type, m.jurisdiction) for m in found] == [("priority_review", "JP")]


def test_chinese_designation_named_as_a_listed_product() -> None:
    found = run(
        "此前，甲替尼（XY-303）用于胆管癌已被药审中心纳入突破性治疗品种。",
        published="2024-05-06",
        lang="zh",
    )
    assert _designations(found) == {("CN", "breakthrough_therapy", None)}


def test_chinese_breakthrough_named_without_a_listing_is_not_one() -> None:
    found = run("甲替尼（XY-303）纳入医保后，突破性治疗的讨论仍在继续。", lang="zh")
    assert _designations(found) == set()


def test_chinese_proposed_inclusion_on_public_notice_is_not_made_yet() -> None:
    text = (
        "药审中心官网显示，甲替尼（XY-303）被列入“拟纳入突破性治疗品种名单”，公示期为5个工作日。"
        "乙替尼（XY-505）拟纳入优先审评审批程序。"
    )
    found = run(text, published="2024-05-06", lang="zh")
    assert [m.type for m in found if m.type in ("designation", "priority_review")] == []


def test_designation_called_cognizance_in_translated_copy() -> None:
    found = run(
        "In May this year, velotinib was given the breakthrough therapy cognizance by the FDA.",
        published="2022-09-14",
    )
    assert [(m.type, m.attributes, m.date) for m in found] == [
        ("designation", {"designation": "breakthrough_therapy"}, "2022-05")
    ]


def test_a_regulator_gave_the_designation() -> None:
    found = run("In the United States, the FDA also gave velotinib the Orphan Drug designation.")
    assert _designations(found) == {("US", "orphan_drug", None)}


def test_supported_through_the_prime_scheme() -> None:
    found = run("Velotinib had been supported through the EMA's PRIME scheme since 2021.")
    assert _designations(found) == {("EU", "prime", "2021")}


def test_a_designation_from_two_regulators_after_a_bracketed_acronym() -> None:
    found = run(
        "此前，AB-101已先后获得美国食品药品监督管理局（FDA）和欧盟委员会授予的孤儿药资格认定。",
        lang="zh",
    )
    assert _designations(found) == {("US", "orphan_drug", None), ("EU", "orphan_drug", None)}


def test_another_regulator_after_and_does_not_share_the_date_before() -> None:
    found = run(
        "The FDA granted velotinib Breakthrough Therapy designation in October 2022, and the "
        "European Medicines Agency admitted the drug to PRIME as well."
    )
    assert _designations(found) == {
        ("US", "breakthrough_therapy", "2022-10"),
        ("EU", "prime", None),
    }


def test_a_summary_forms_review_category_is_a_priority_review() -> None:
    found = run(
        "Summary of approved new drug - Ministry of Health, Labour and Welfare decision\n"
        "Brand name: Velora Tablets 10 mg\nNon-proprietary name: velotinib (JAN)\n"
        "Date of approval: March 2, 2025\nReview category: Prioritized review",
        published="2025-03-04",
    )
    assert {(m.type, m.date) for m in found} == {
        ("approval", "2025-03-02"),
        ("priority_review", None),
    }


@pytest.mark.parametrize(
    "committee", ["the EMA's orphan committee", "the Committee for Orphan Medicinal Products"]
)
def test_the_orphan_committees_recommendation_is_not_a_second_designation(committee: str) -> None:
    text = (
        "The European Commission granted orphan designation on Tuesday to Acme's AC-2207, "
        f"following a positive recommendation from {committee} in May."
    )
    found = [m for m in run(text, published="2025-07-11") if m.type == "designation"]
    assert [(m.drug, m.date) for m in found] == [("AC-2207", "2025-07-08")]


def test_word_for_word_breakthrough_and_fast_track_of_translated_copy() -> None:
    found = run(
        "Velotinib in August 2023 was included by the Drug Evaluation Center of the State Drug "
        "Administration into the breakthrough therapeutic drug list. Earlier the U.S. FDA "
        "had awarded the drug fast lane qualification.",
        published="2023-10-30",
    )
    assert _designations(found) == {
        ("CN", "breakthrough_therapy", "2023-08"),
        ("US", "fast_track", None),
    }


def test_a_breakthrough_treatment_in_praise_is_no_designation() -> None:
    found = run("Doctors hailed velotinib as a breakthrough treatment, and the FDA approved it.")
    assert _designations(found) == set()


def test_a_pipeline_table_lists_held_designations_with_place_and_date() -> None:
    found = run(
        "Pipeline update\n\n"
        "Corvalitinib (ZX-410), oral FGFR3 inhibitor\n"
        "- Regulatory: Orphan Drug Designation (US, 2022); PRIME (EU, June 2024); "
        "Fast Track (FDA, 2023)\n"
        "- Next step: pivotal readout expected in 2026\n",
        published="2025-08-07",
    )
    held = {(m.attributes["designation"], m.jurisdiction, m.date) for m in found}
    assert held == {
        ("orphan_drug", "US", "2022"),
        ("prime", "EU", "2024-06"),
        ("fast_track", "US", "2023"),
    }


def test_a_designation_listed_without_place_and_date_is_not_held() -> None:
    text = (
        "Regulatory strategy for corvalitinib: Orphan Drug Designation; PRIME; "
        "Fast Track (see Lindqvist et al., 2021)."
    )
    assert run(text, published="2025-08-07") == []


def test_a_designation_applied_for_or_requested_is_not_granted() -> None:
    for text in (
        "The Korean licensee has applied to Korea's MFDS for an orphan drug designation covering "
        "lorvatinib.",
        "Brellin requested breakthrough therapy designation for lorvatinib from the FDA in May.",
    ):
        assert not [m for m in run(text, "2025-08-29") if m.type == "designation"], text
    granted = "Brellin applied for and received FDA orphan drug designation for lorvatinib."
    assert [m.type for m in run(granted, "2025-08-29")] == ["designation"]


def test_an_application_for_a_designation_is_neither_designation_nor_filing() -> None:
    for text in (
        "Quellan Bio has submitted the application of Rare Pediatric Disease Designation to the "
        "US FDA for movitapimab in infantile spasms.",
        "Quellan Bio filed an application with the EMA for orphan designation for movitapimab.",
        "Quellan Bio lodged a request for RMAT designation with the FDA for movitapimab.",
        "Quellan Bio asked the MFDS to grant it orphan drug designation for movitapimab.",
        "In April Quellan Bio sent the FDA a request for Fast Track designation of movitapimab.",
    ):
        assert run(text, "2025-08-29") == [], text


def test_a_request_the_regulator_granted_is_a_designation() -> None:
    for text in (
        "The FDA granted Quellan Bio's request for Fast Track designation for movitapimab.",
        "Quellan Bio said its application for orphan drug designation for movitapimab was "
        "granted by the FDA.",
    ):
        found = run(text, "2025-08-29")
        assert [m.type for m in found] == ["designation"], text


def test_a_marketing_filing_beside_a_held_designation_stays_a_filing() -> None:
    found = run(
        "Quellan Bio submitted the application to the FDA for approval of movitapimab, which "
        "holds Fast Track designation.",
        "2025-08-29",
    )
    assert {m.type for m in found} == {"application_submission", "designation"}


def test_designations_picked_up_or_arriving_as_a_history_tells_them() -> None:
    # (A question's undated "came later?" tells no step.)
    found = run(
        "Orvane Bio's story is a long one. In 2015 ORV-33 picked up orphan drug designation "
        "from the FDA. Breakthrough therapy designation followed in May 2017, and Fast Track "
        "status for ORV-33 came a year later. Q: Rare pediatric disease status came later?",
        published="2025-03-04",
    )
    assert _designations(found) == {
        ("US", "orphan_drug", "2015"),
        ("US", "breakthrough_therapy", "2017-05"),
        ("US", "fast_track", "2018"),
    }


def test_a_briefs_designation_announced_on_a_weekday() -> None:
    found = run(
        "- Quillon Therapeutics: Fast Track designation for QLN-75, an oral chaperone for "
        "Fabry disease, announced Tuesday.",
        published="2025-03-07",
    )
    assert _designations(found) == {("US", "fast_track", "2025-03-04")}


def test_prime_granted_as_eligibility() -> None:
    found = run("In Europe, the EMA granted the PRIME eligibility to velotinib in May 2024.")
    assert _designations(found) == {("EU", "prime", "2024-05")}
    # The rules a product must meet grant nothing.
    assert run("Velotinib has met the PRIME eligibility criteria of the EMA.") == []


def test_a_drug_that_became_eligible_for_prime_holds_the_designation() -> None:
    found = run(
        "Marlow Bio said at its R&D day that dorvaleucel became eligible for the EMA's PRIME "
        "scheme in March; it is also eligible for accelerated assessment.",
        published="2025-06-13",
    )
    prime = only(found, "designation")
    assert (prime.jurisdiction, prime.date, prime.attributes) == (
        "EU",
        "2025-03",
        {"designation": "prime"},
    )


def test_one_that_is_eligible_holds_nothing_yet() -> None:
    assert run("Marlow Bio said dorvaleucel is eligible for the EMA's PRIME scheme.") == []


def test_an_application_for_a_status_told_as_a_passive_is_no_marketing_application() -> None:
    found = run(
        "An application for PRIME eligibility for dorvaleucel was submitted to the European "
        "Medicines Agency in May 2025; an outcome is expected in the autumn."
    )
    assert found == []


def test_a_designation_arriving_in_a_named_place_is_told_once() -> None:
    found = run(
        "- QX-41: EMA granted PRIME during the quarter; orphan designation in Japan followed "
        "in August.",
        "2025-10-30",
    )
    japanese = [m for m in found if m.type == "designation" and m.jurisdiction == "JP"]
    assert [m.attributes.get("designation") for m in japanese] == ["orphan_drug"]


def test_regulator_adding_a_designation_grants_it() -> None:
    text = (
        "Kestrel Bio's KSB-41 was first designated under the SAKIGAKE scheme in 2021. The MHLW "
        "added an orphan drug designation in March 2023."
    )
    names = {
        m.attributes.get("designation"): m.date
        for m in run(text, published="2025-04-02")
        if m.type == "designation"
    }
    assert names.get("orphan_drug") == "2023-03"


def test_speaker_who_added_that_a_designation_helps_reports_none() -> None:
    text = "Kestrel Bio's chief executive added that orphan drug designation matters for KSB-41."
    assert all(m.type != "designation" for m in run(text, published="2025-04-02"))


def test_japans_sakigake_translated_as_a_chinese_designation() -> None:
    text = "某某制药的AB-9401注射液于2025年3月获得日本厚生劳动省授予的“先驱审查指定”。"
    designation = only(run(text, "2025-05-20", lang="zh"), "designation")
    assert designation.attributes["designation"] == "sakigake"
    assert (designation.jurisdiction, designation.date) == ("JP", "2025-03")


def test_a_regulator_naming_the_drug_the_status_grants_it() -> None:
    text = (
        "The FDA named lormetinib, then known as ORV-12, a breakthrough therapy in 2023, "
        "on the strength of early results."
    )
    found = only(run(text), "designation")
    assert (found.attributes["designation"], found.date) == ("breakthrough_therapy", "2023")
