import pytest

from service.webhooks.filters import Facts, Filters, check_event_types, wants

APPROVAL_US = Facts("milestone.recorded", frozenset({"zurletrectinib"}), "InnoCare  Pharma",
                    "approval", "US")  # fmt: skip
MERGE = Facts("drug.merged", frozenset({"zurletrectinib", "icp-723"}))


def test_empty_filters_match_everything() -> None:
    assert Filters().matches(APPROVAL_US) and Filters().matches(MERGE)


def test_each_filter_narrows_and_they_combine() -> None:
    f = Filters.from_dict
    assert f({"drugs": ["Zurletrectinib"]}).matches(APPROVAL_US)
    assert not f({"drugs": ["vc005"]}).matches(APPROVAL_US)
    assert f({"companies": ["innocare pharma"]}).matches(APPROVAL_US)
    assert not f({"companies": ["Acme"]}).matches(APPROVAL_US)
    assert f({"milestone_types": ["approval"], "jurisdictions": ["us"]}).matches(APPROVAL_US)
    assert not f({"milestone_types": ["approval"], "jurisdictions": ["CN"]}).matches(APPROVAL_US)


def test_a_merge_matches_either_drug_and_ignores_type_and_region_filters() -> None:
    assert Filters.from_dict({"drugs": ["ICP-723"]}).matches(MERGE)
    assert Filters.from_dict({"jurisdictions": ["CN"]}).matches(MERGE)
    assert not Filters.from_dict({"drugs": ["vc005"]}).matches(MERGE)


def test_event_types_are_checked() -> None:
    assert wants(["milestone.recorded"], Filters(), APPROVAL_US)
    assert not wants(["milestone.retracted"], Filters(), APPROVAL_US)
    with pytest.raises(ValueError, match=r"drug\.born"):
        check_event_types(["drug.born"])
    with pytest.raises(ValueError, match="at least one"):
        check_event_types([])
    with pytest.raises(ValueError, match="unknown filter"):
        Filters.from_dict({"colour": ["red"]})
