from __future__ import annotations

import uuid
from datetime import UTC, datetime

from service.store.events import StoredEvent
from service.store.upcasting import Upcasters


def stored(type: str, version: int, data: dict[str, object]) -> StoredEvent:
    return StoredEvent(
        1, uuid.uuid4(), "s", 1, type, version, data, {}, datetime.now(UTC), None, "0", "1"
    )


def test_upcasters_chain_from_the_stored_version_to_the_newest() -> None:
    upcasters = Upcasters(
        {
            ("T", 1): lambda d: {"name": d["title"]},
            ("T", 2): lambda d: {**d, "aliases": []},
        }
    )

    from_v1 = upcasters.apply(stored("T", 1, {"title": "x"}))
    from_v2 = upcasters.apply(stored("T", 2, {"name": "y"}))

    assert (from_v1.schema_version, from_v1.data) == (3, {"name": "x", "aliases": []})
    assert (from_v2.schema_version, from_v2.data) == (3, {"name": "y", "aliases": []})


def test_other_types_and_current_versions_pass_through_untouched() -> None:
    upcasters = Upcasters({("T", 1): lambda d: {"upcast": True}})
    other, current = stored("U", 1, {"a": 1}), stored("T", 2, {"a": 2})
    assert upcasters.apply(other) is other
    assert upcasters.apply(current) is current


def test_the_stored_event_is_not_modified() -> None:
    original = stored("T", 1, {"title": "x"})
    Upcasters({("T", 1): lambda d: {"name": d["title"]}}).apply(original)
    assert (original.schema_version, original.data) == (1, {"title": "x"})
