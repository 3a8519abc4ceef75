from service.domain.events import (
    EVENT_TYPES,
    ArticleCaptured,
    DrugsMerged,
    MilestoneCorroborated,
    MilestoneRecorded,
    Source,
)
from service.domain.mapping import from_data, to_data


def test_every_domain_event_round_trips_through_json_data() -> None:
    source = Source("a1", "https://x.test/a", "X News", "2025-12-15", "It was approved.", (3, 19))
    events = [
        MilestoneRecorded(
            "k",
            "s",
            "drug",
            ("A-1", "B"),
            "Co",
            "approval",
            "CN",
            "NMPA",
            "2025-12-11",
            "day",
            "solid tumours",
            {"pathway": "full"},
            source,
            0.9,
        ),
        MilestoneCorroborated("k", source, 0.8),
        ArticleCaptured("a1", None, None, "T", None, None, None, "0" * 64, None),
        DrugsMerged("a", "b", "same code"),
    ]
    for event in events:
        data = to_data(event)
        assert isinstance(data, dict)
        assert from_data(event.type, data) == event
    assert set(EVENT_TYPES) >= {e.type for e in events}


def test_source_span_is_stored_as_a_list() -> None:
    data = to_data(MilestoneCorroborated("k", Source("a", None, None, None, "q", (1, 2)), 1.0))
    assert data["source"]["span"] == [1, 2]
