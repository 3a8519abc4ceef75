"""Bodies are built from the log alone: the milestone as the timeline shows it."""

import json

from service.domain.drugs import milestone_key
from service.domain.events import (
    DrugAliasLinked,
    DrugsMerged,
    MilestoneCorrected,
    MilestoneCorroborated,
    MilestoneRecorded,
    MilestoneRetracted,
    Source,
)
from service.domain.mapping import to_data
from service.store.events import NewEvent
from service.store.memory import InMemoryEventLog
from service.webhooks.filters import facts_of
from service.webhooks.payloads import PayloadBuilder

KEY = milestone_key("zurletrectinib", "priority_review", "CN", {})


def src(article: str) -> Source:
    return Source(article, f"https://x/{article}", "Outlet", "2025-05-02", "quote", None,
                  "2025-05-02", "day")  # fmt: skip


def recorded() -> MilestoneRecorded:
    return MilestoneRecorded(
        milestone_id=KEY, slug="zurletrectinib", drug="zurletrectinib", aliases=("ICP-723",),
        company="InnoCare", milestone_type="priority_review", jurisdiction="CN", agency="NMPA",
        date="2025-05-02", date_precision="day", indication="NTRK+ tumours", attributes={},
        source=src("a1"), confidence=0.8,
    )  # fmt: skip


def put(log: InMemoryEventLog, *events: object) -> None:
    for e in events:
        log.append("drug-zurletrectinib", [NewEvent(type=e.type, data=to_data(e))])  # type: ignore[attr-defined]


def test_bodies_follow_the_drug_stream() -> None:
    log = InMemoryEventLog()
    put(
        log,
        recorded(),
        DrugAliasLinked(drug="zurletrectinib", alias="Zurle™"),
        MilestoneCorroborated(milestone_id=KEY, source=src("a2"), confidence=0.9),
        MilestoneCorrected(milestone_id=KEY, changes={"date": "2025-05-01"}, reason="typo"),
        MilestoneRetracted(milestone_id=KEY, reason="wrong drug"),
        DrugsMerged(into="zurletrectinib", merged="icp723"),
    )
    builder = PayloadBuilder(log)
    messages = [builder.build(e) for e in log.read_all()]
    assert messages[1] is None  # an alias link is folded, never sent
    bodies = [json.loads(m.body) for m in messages if m is not None]
    assert [b["type"] for b in bodies] == [
        "milestone.recorded", "milestone.corroborated", "milestone.corrected",
        "milestone.retracted", "drug.merged"]  # fmt: skip
    first = bodies[0]["data"]
    assert first["position"] == 1 and first["milestone"]["aliases"] == ["ICP-723"]
    assert set(first["milestone"]) >= {
        "drug", "slug", "aliases", "company", "type", "jurisdiction", "agency", "date",
        "date_precision", "indication", "attributes", "sources"}  # fmt: skip
    corroborated = bodies[1]["data"]["milestone"]
    assert [s["article_id"] for s in corroborated["sources"]] == ["a1", "a2"]
    assert corroborated["aliases"] == ["ICP-723", "Zurle™"] and corroborated["confidence"] == 0.9
    corrected = bodies[2]["data"]
    assert corrected["milestone"]["date"] == "2025-05-01" and corrected["reason"] == "typo"
    assert bodies[3]["data"]["milestone"]["retracted"] is True
    assert bodies[4]["data"]["drug"]["merged"] == "icp723"
    assert facts_of(bodies[4]).slugs == {"zurletrectinib", "icp723"}
    assert facts_of(bodies[0]).milestone_type == "priority_review"


def test_a_fresh_builder_folds_the_stream_so_replays_match_live_bodies() -> None:
    log = InMemoryEventLog()
    put(log, recorded(), MilestoneCorroborated(milestone_id=KEY, source=src("a2"), confidence=0.9))
    live = [PayloadBuilder(log).build(e) for e in log.read_all()]
    late = PayloadBuilder(log).build(log.read_all()[1])
    assert late == live[1]
    # and an older event after a newer one (a replay) is folded only up to itself
    builder = PayloadBuilder(log)
    builder.build(log.read_all()[1])
    again = builder.build(log.read_all()[0])
    assert again == live[0]
