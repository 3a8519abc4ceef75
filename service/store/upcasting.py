"""Schema evolution on read: stored events are never rewritten, only upcast when read."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator, Mapping

from service.store.events import StoredEvent, Upcaster

UpcasterTable = Mapping[tuple[str, int], Upcaster]


class Upcasters:
    """Applies `(type, schema_version) -> next version's data` functions in a chain."""

    def __init__(self, table: UpcasterTable | None = None) -> None:
        self._table = dict(table or {})

    def apply(self, event: StoredEvent) -> StoredEvent:
        step = self._table.get((event.type, event.schema_version))
        if step is None:
            return event
        data, version = event.data, event.schema_version
        while step is not None:
            data = step(data)
            version += 1
            step = self._table.get((event.type, version))
        return dataclasses.replace(event, data=data, schema_version=version)

    def apply_each(self, events: Iterator[StoredEvent]) -> Iterator[StoredEvent]:
        return map(self.apply, events) if self._table else events

    def apply_all(self, events: list[StoredEvent]) -> list[StoredEvent]:
        if not self._table:
            return events
        return [self.apply(event) for event in events]
