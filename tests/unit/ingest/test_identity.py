"""Drug resolution over a registry folded from an in-memory log."""

from __future__ import annotations

from service.domain.events import DrugAliasLinked, MilestoneRecorded, Source
from service.domain.mapping import to_data
from service.ingest.decisions import new_event
from service.ingest.identity import RegistryFollower, resolve
from service.store.memory import InMemoryEventLog


def recorded(
    drug: str, aliases: tuple[str, ...] = (), company: str | None = None
) -> MilestoneRecorded:
    source = Source(article_id="a", url=None, outlet=None, published=None, quote="q")
    return MilestoneRecorded(
        milestone_id=f"{drug}:approval:US",
        slug=drug.lower(),
        drug=drug,
        aliases=aliases,
        company=company,
        milestone_type="approval",
        jurisdiction="US",
        agency="FDA",
        date=None,
        date_precision="unknown",
        indication=None,
        attributes={},
        source=source,
        confidence=0.9,
    )


def follower_with(*events: MilestoneRecorded | DrugAliasLinked) -> RegistryFollower:
    log = InMemoryEventLog()
    for n, event in enumerate(events):
        stream = f"drug-{to_data(event).get('slug') or to_data(event)['drug']}"
        log.append(stream, [new_event(event, f"k{n}", {})])
    follower = RegistryFollower()
    follower.catch_up(log)
    return follower


def test_any_alias_resolves_case_and_hyphen_insensitively() -> None:
    follower = follower_with(recorded("zurletrectinib", ("ICP-723",), "InnoCare"))
    found = resolve(follower, "icp723", ["Zurletrectinib"], None)
    assert found.slug == "zurletrectinib" and found.known and found.new_aliases == ()


def test_an_unknown_drug_gets_its_own_slug() -> None:
    found = resolve(follower_with(), "Tislelizumab", ["BGB-A317"], None)
    assert (found.slug, found.known) == ("tislelizumab", False)


def test_two_records_named_together_merge_into_the_inn() -> None:
    follower = follower_with(recorded("BGB-3111"), recorded("zanubrutinib"))
    found = resolve(follower, "zanubrutinib", ["BGB-3111", "Brukinsa"], None)
    assert found.slug == "zanubrutinib" and found.merged == ("bgb-3111",)
    assert found.new_aliases == ("Brukinsa",)


def test_two_inns_merge_into_the_older_record() -> None:
    follower = follower_with(recorded("alphamab"), recorded("betamab"))
    assert resolve(follower, "betamab", ["alphamab"], None).slug == "alphamab"


def test_fuzzy_match_needs_company_or_code_name() -> None:
    follower = follower_with(recorded("toripalimab", ("JS001",), "Shanghai Junshi Biosciences"))
    assert not resolve(follower, "toripalimib", [], None).known
    assert not resolve(follower, "toripalimib", [], "Other Pharma Inc").known
    assert (
        resolve(follower, "toripalimib", [], "Junshi Biosciences Co., Ltd.").slug == "toripalimab"
    )
    assert resolve(follower, "toripalimib", ["JS-009"], None).fuzzy_match == "toripalimib"


def test_catch_up_is_incremental() -> None:
    log = InMemoryEventLog()
    follower = RegistryFollower()
    log.append("drug-a", [new_event(recorded("alphamab"), "k1", {})])
    follower.catch_up(log)
    first = follower.position
    log.append("drug-a", [new_event(DrugAliasLinked(drug="alphamab", alias="AB-100"), "k2", {})])
    follower.catch_up(log)
    assert follower.position > first
    assert resolve(follower, "AB-100", [], None).slug == "alphamab"
