"""Where a drug's name starts and ends: conjugates' Chinese names, pinyin renderings,
names that open a listing's items."""

from __future__ import annotations

import pytest

from service.extract.names import find_names
from tests.unit.extract.helpers import keys, run


def _texts(source: str) -> list[str]:
    return [name.text for name in find_names(source)]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("国家药监局批准偶联药物科林妥珠单抗莫替康上市。", "科林妥珠单抗莫替康"),
        ("科林妥珠单抗莫替康获批上市。", "科林妥珠单抗莫替康"),
        ("该公司的泽拉妥昔单抗维多汀获得受理。", "泽拉妥昔单抗维多汀"),
        ("其米泰珠单抗恩坦辛获批。", "米泰珠单抗恩坦辛"),
    ],
)
def test_a_conjugates_chinese_name_keeps_its_payload(text: str, name: str) -> None:
    assert _texts(text) == [name]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a regimen of an antibody and a chemotherapy, written with a conjunction
        ("研究评估了科林妥昔单抗联合伊立替康的疗效。", "科林妥昔单抗"),
        ("科林妥昔单抗和伊立替康均已获批。", "科林妥昔单抗"),
        # a place name after the antibody, no payload syllables before 汀
        ("科林妥昔单抗汀州", "科林妥昔单抗"),
    ],
)
def test_an_antibody_followed_by_another_drug_stays_itself(text: str, name: str) -> None:
    assert _texts(text)[0] == name


def test_a_conjugates_acceptance_goes_to_the_whole_name() -> None:
    text = "美国FDA已受理本公司抗体偶联药物科林妥珠单抗莫替康的生物制品许可申请。"
    assert keys(run(text, lang="zh")) == {("科林妥珠单抗莫替康", "application_acceptance", "US")}


def test_a_pinyin_rendering_in_brackets_after_a_code_is_one_name() -> None:
    text = "The company's inhibitor QX-4411 (Ma Lin Ke Tofenib tablets) was approved by the NMPA."
    assert "Ma Lin Ke Tofenib" in _texts(text)
    assert "Tofenib" not in _texts(text)


@pytest.mark.parametrize(
    "text",
    [
        "FDA Clears Tofenib For Lung Cancer",
        "Why Doctors Can Give Tofenib Early",
        "The NMPA Approves Tofenib",
    ],
)
def test_title_case_words_before_a_name_are_no_part_of_it(text: str) -> None:
    assert _texts(text) == ["Tofenib"]


def test_a_listed_name_before_its_sponsor_is_a_drug() -> None:
    text = (
        "Applications accepted for evaluation\n"
        "- meltrovane (Quarrington Pharma Pty Ltd), chronic cough; application accepted for "
        "evaluation on 3 March 2026.\n"
    )
    assert "meltrovane" in _texts(text)


def test_a_listed_items_acceptance_is_its_own_drugs() -> None:
    text = (
        "Orphan drug designations granted\n"
        "- tolvacitinib (Harrowgate Pharma Pty Ltd), a rare disease; designation granted "
        "4 March 2026.\n\n"
        "Applications accepted for evaluation\n"
        "- meltrovane (Quarrington Pharma Pty Ltd), chronic cough; application accepted for "
        "evaluation on 3 March 2026.\n"
    )
    found = keys(run(text, title="TGA prescription medicines, March 2026"))
    assert ("meltrovane", "application_acceptance", "AU") in found
    assert ("tolvacitinib", "application_acceptance", "AU") not in found


@pytest.mark.parametrize(
    "text",
    [
        # an ordinary word opening an item, a code or brand in the brackets, no list marker
        "- approved (see below), for adults.\n",
        "- meltrovane (QX-101), chronic cough.\n",
        "meltrovane (Quarrington Pharma Pty Ltd) said on Monday.\n",
    ],
)
def test_a_lower_case_word_is_a_name_only_before_a_sponsor_in_a_list(text: str) -> None:
    assert "meltrovane" not in _texts(text) and "approved" not in _texts(text)
