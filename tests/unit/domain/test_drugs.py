import pytest

from service.domain.drugs import (
    DrugRegistry,
    is_code_name,
    milestone_key,
    normalise_alias,
    slugify,
)


@pytest.mark.parametrize(
    ("name", "slug"),
    [
        ("zurletrectinib", "zurletrectinib"),
        ("VC005", "vc005"),
        ("mRNA-3705", "mrna-3705"),
        ("Elamipretide HCl", "elamipretide-hcl"),
    ],
)
def test_slug_is_the_lowercased_name_with_dashes(name: str, slug: str) -> None:
    assert slugify(name) == slug


def test_a_name_without_latin_letters_still_gets_a_stable_slug() -> None:
    assert slugify("佐来曲替尼") == slugify("佐来曲替尼")
    assert slugify("佐来曲替尼").startswith("drug-")
    assert slugify("佐来曲替尼") != slugify("艾瑞替尼")


def test_aliases_match_regardless_of_case_hyphens_spaces_and_marks() -> None:
    assert normalise_alias("ICP-723") == normalise_alias("icp 723") == normalise_alias("ICP723")
    assert normalise_alias("FORZINITY™") == normalise_alias("Forzinity")


@pytest.mark.parametrize("name", ["ICP-723", "VC004", "HMPL-453", "mRNA-3705", "BNT327"])
def test_company_codes_are_code_names(name: str) -> None:
    assert is_code_name(name)


@pytest.mark.parametrize("name", ["zurletrectinib", "Keytruda", "NTRK", "2025"])
def test_words_are_not_code_names(name: str) -> None:
    assert not is_code_name(name)


def test_milestone_key_separates_designations_but_not_sources() -> None:
    orphan = milestone_key("x", "designation", "us", {"designation": "orphan_drug"})
    fast = milestone_key("x", "designation", "US", {"designation": "fast_track"})
    assert orphan != fast
    assert orphan == milestone_key("x", "designation", "US", {"designation": "orphan_drug"})
    assert milestone_key("x", "approval", "CN", {}) != milestone_key("x", "approval", "US", {})


def test_registry_follows_links_and_merges() -> None:
    registry = DrugRegistry()
    registry.apply(
        "MilestoneRecorded",
        {
            "slug": "zurletrectinib",
            "drug": "zurletrectinib",
            "aliases": ["ICP-723"],
            "company": "A",
        },
    )
    registry.apply(
        "MilestoneRecorded",
        {"slug": "zoleretinib", "drug": "Zoleretinib", "aliases": ["Ichinoclax"], "company": "A"},
    )
    assert registry.resolve(["icp723"]) == "zurletrectinib"
    assert registry.resolve(["ICHINOCLAX"]) == "zoleretinib"
    registry.apply("DrugsMerged", {"into": "zurletrectinib", "merged": "zoleretinib"})
    assert registry.resolve(["Ichinoclax"]) == "zurletrectinib"
    assert registry.resolve(["Zoleretinib"]) == "zurletrectinib"
    registry.apply("DrugAliasLinked", {"drug": "zurletrectinib", "alias": "佐来曲替尼"})
    assert registry.resolve(["佐来曲替尼"]) == "zurletrectinib"
    assert registry.resolve(["unknown"]) is None
    assert "Ichinoclax" in registry.drugs["zurletrectinib"].aliases


def test_trial_starts_of_different_phases_are_different_milestones() -> None:
    one = milestone_key("x", "trial_initiation", "US", {"phase": "1"})
    three = milestone_key("x", "trial_initiation", "US", {"phase": "3"})
    assert one != three
    assert one == milestone_key("x", "trial_initiation", "US", {"phase": "1"})
