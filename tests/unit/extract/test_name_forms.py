"""The written forms of one drug's name: suffixes, letter parts, combinations, stems, codes."""

from __future__ import annotations

import pytest

from service.extract.drugs import DrugIndex, index_drugs
from service.extract.names import find_names
from tests.unit.extract.helpers import keys, only, run


def _groups(index: DrugIndex) -> list[set[str]]:
    return [{d.canonical.lower(), *(a.lower() for a in d.aliases)} for d in index.drugs]


def test_a_name_with_and_without_the_fda_suffix_is_one_drug() -> None:
    text = (
        "Rolvatuzumab was filed last year. On May 2, 2024, the FDA approved "
        "rolvatuzumab-kxtq for adults with a rare anaemia."
    )
    index = index_drugs("", text)
    assert _groups(index) == [{"rolvatuzumab", "rolvatuzumab-kxtq"}]
    assert keys(run(text)) == {("rolvatuzumab", "approval", "US")}


def test_a_name_with_a_letter_part_and_a_suffix_is_read_whole() -> None:
    text = "The FDA on May 2, 2024 approved dorastemcel-L-pxwz, a stromal cell therapy."
    assert [n.text for n in find_names(text)] == ["dorastemcel-L-pxwz"]
    assert keys(run(text)) == {("dorastemcel-l", "approval", "US")}


def test_a_suffixed_name_before_its_brand_needs_no_known_stem() -> None:
    text = "The FDA approved corvatrogon-hbxe (Plenvia), a weekly growth hormone."
    assert _groups(index_drugs("", text)) == [{"corvatrogon", "corvatrogon-hbxe", "plenvia"}]


@pytest.mark.parametrize(
    "text",
    [
        "Median progression-free (Secondary endpoint) survival rose.",
        "It was the first antibody-drug (Conjugate) approved.",
        "Median survival-time was long.",
    ],
)
def test_hyphenated_english_words_are_not_suffixed_names(text: str) -> None:
    assert find_names(text) == []


def test_a_combination_written_with_slashes_is_one_drug() -> None:
    text = (
        "The FDA approved velacaftor/tezorcaftor/dexivacaftor (Trivanza) for cystic fibrosis "
        "on December 20, 2024."
    )
    index = index_drugs("", text)
    assert _groups(index) == [{"velacaftor/tezorcaftor/dexivacaftor", "trivanza"}]
    assert keys(run(text, published="2025-01-03")) == {
        ("velacaftor/tezorcaftor/dexivacaftor", "approval", "US")
    }


@pytest.mark.parametrize(
    "word",
    ["lorcerfont", "tezoprazan", "valperidone", "mivobulin", "dolotrigine", "dovafentrine",
     "pelixafor", "dorvaptan", "ansovenlafaxine", "zolicoxib"],
)  # fmt: skip
def test_more_inn_stems_are_names(word: str) -> None:
    assert [n.text for n in find_names(f"Doctors may prescribe {word} daily.")] == [word]


@pytest.mark.parametrize("word", ["immunoglobulin", "interleukin", "globulin"])
def test_proteins_ending_like_a_stem_are_not_names(word: str) -> None:
    assert find_names(f"Levels of {word} rose in the blood.") == []


def test_a_code_may_interleave_a_letter() -> None:
    text = "公司自主研发的注射用XY-B02C1获得药物临床试验批准通知书。"
    assert [n.text for n in find_names(text)] == ["XY-B02C1"]


def test_a_capitalised_compound_with_a_letter_is_a_code() -> None:
    text = "Its cell therapy Kartivo Inj. (CartiCell-B) was approved in July 2017."
    assert [n.text for n in find_names(text)] == ["CartiCell-B"]


@pytest.mark.parametrize("text", ["Patients reached EASI-75 at week 16.", "ACR20 rose."])
def test_clinical_scores_are_not_codes(text: str) -> None:
    assert find_names(text) == []


def test_a_developers_code_given_with_its_owner_joins_the_name() -> None:
    text = (
        "On December 4, 2024 the FDA approved zelotuzumab-qbxr for lung cancer. The "
        "antibody, originally developed by Halvard Bio as HB-128, is the first of its kind "
        "approved for the disease."
    )
    index = index_drugs("", text)
    assert _groups(index) == [{"zelotuzumab", "zelotuzumab-qbxr", "hb-128"}]
    assert keys(run(text, published="2024-12-10")) == {("zelotuzumab", "approval", "US")}


def test_a_code_developed_under_the_code_joins_the_name_before_it() -> None:
    text = "It releases palmorelin slowly. The product was developed under the code AX03007."
    assert _groups(index_drugs("", text)) == [{"palmorelin", "ax03007"}]


def test_near_spellings_of_a_capitalised_translated_name_are_one_drug() -> None:
    text = (
        "The company's Fulvetinib mesylate tablets (INN: furvonertinib) won approval in June. "
        "Reportedly, Fulveitinib mesylate in April 2020 was conditionally approved for sale "
        "by the NMPA."
    )
    index = index_drugs("", text)
    assert _groups(index) == [{"furvonertinib", "fulvetinib", "fulveitinib"}]


def test_syllable_groups_spelling_one_transliteration_join_their_glosses() -> None:
    text = (
        "The NMPA agreed that Mo Ke La Tinib Capsules (QX-4410) may enter a phase 2 trial.\n"
        "Drug name: Mokela tini capsules (English common name: morcelatinib)\n"
        "Mo Ke La Tinib is an oral inhibitor."
    )
    groups = _groups(index_drugs("", text))
    assert any({"qx-4410", "morcelatinib"} <= group for group in groups), groups


def test_near_spellings_in_plain_english_copy_stay_two_drugs() -> None:
    text = "Doctors compared amvatinib with acvatinib in a phase 3 trial."
    assert len(index_drugs("", text).drugs) == 2


def test_a_short_cel_name_told_apart_from_its_inn_is_the_same_drug() -> None:
    found = run(
        "On June 2, the FDA approved dornacabtagene autoleucel, Acme Cell's CAR-T therapy, "
        "for myeloma. Acme's other product, KX-77, is in a phase 1 trial. In March 2024 the "
        "FDA granted dorna-cel RMAT designation."
    )
    designation = only(found, "designation")
    assert designation.drug == "dornacabtagene autoleucel"
    assert "dorna-cel" in designation.aliases


def test_a_short_cel_name_before_its_inn_leaves_the_inn_canonical() -> None:
    found = run(
        "On June 2, the FDA approved dorna-cel (dornacabtagene autoleucel, KX-19) for "
        "myeloma. Dorna-cel received RMAT designation in March 2024.",
    )
    assert {m.drug for m in found} == {"dornacabtagene autoleucel"}
    assert {"dorna-cel", "KX-19"} <= {a.lower() if "-cel" in a else a for a in found[0].aliases}


def test_initials_of_a_two_word_inn_make_its_short_name() -> None:
    found = run(
        "The FDA approved velamagene tirocel for skin wounds on June 2. The approval of vt-cel "
        "followed a priority review, which the agency granted vt-cel in January.",
    )
    assert {m.drug for m in found} == {"velamagene tirocel"}
    assert all("vt-cel" in m.aliases for m in found)


def test_a_short_name_two_inns_could_abbreviate_links_to_neither() -> None:
    found = run(
        "The FDA approved dorbacabtagene autoleucel on June 2 and dorvacabtagene autoleucel "
        "on June 3. Dor-cel received RMAT designation in March 2024.",
    )
    assert all("dor-cel" not in [a.lower() for a in m.aliases] for m in found)
