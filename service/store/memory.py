"""An in-memory `EventLog` for unit tests: same planning, chain and upcasting as the real one."""

from __future__ import annotations

import copy
import dataclasses
import json
import threading
import uuid
from collections.abc import Sequence
from datetime import UTC, datetime

from service.store.appending import plan_append
from service.store.chain import GENESIS_HASH
from service.store.events import AppendRequest, DuplicateEventId, NewEvent, StoredEvent
from service.store.upcasting import Upcasters, UpcasterTable


def _detached(event: StoredEvent) -> StoredEvent:
    """A copy whose data the caller may mutate, as if it came from a database."""
    return dataclasses.replace(
        event,
        data=json.loads(json.dumps(event.data)),
        metadata=json.loads(json.dumps(event.metadata)),
    )


class InMemoryEventLog:
    def __init__(self, upcasters: UpcasterTable | None = None) -> None:
        self._events: list[StoredEvent] = []
        self._by_id: dict[uuid.UUID, StoredEvent] = {}
        self._by_key: dict[str, StoredEvent] = {}
        self._versions: dict[str, int] = {}
        self._streams: dict[str, list[StoredEvent]] = {}
        self._lock = threading.Lock()
        self._upcasters = Upcasters(upcasters)

    def append(
        self, stream: str, events: Sequence[NewEvent], expected_version: int | None = None
    ) -> list[StoredEvent]:
        return self.append_all([AppendRequest(stream, events, expected_version)])

    def append_all(self, requests: Sequence[AppendRequest]) -> list[StoredEvent]:
        if not any(request.events for request in requests):
            return []
        with self._lock:
            head = (
                (self._events[-1].position, self._events[-1].hash)
                if self._events
                else (0, GENESIS_HASH)
            )
            plan = plan_append(
                requests,
                head=head,
                versions=self._versions,
                known=self._by_key,
                now=datetime.now(UTC),
            )
            new = [_detached(pending.event) for pending in plan.new]
            ids = [event.event_id for event in new]
            for event_id in ids:
                if event_id in self._by_id or ids.count(event_id) > 1:
                    raise DuplicateEventId(event_id)
            for event in new:
                self._store(event)
        return self._read([self._by_id[event.event_id] for event in plan.results])

    def _store(self, event: StoredEvent) -> None:
        self._events.append(event)
        self._by_id[event.event_id] = event
        if event.idempotency_key:
            self._by_key[event.idempotency_key] = event
        self._versions[event.stream] = event.stream_version
        self._streams.setdefault(event.stream, []).append(event)

    def read_stream(self, stream: str, after_version: int = 0) -> list[StoredEvent]:
        with self._lock:
            found = self._streams.get(stream, [])[after_version:]
        return self._read(found)

    def read_all(
        self, after_position: int = 0, limit: int = 1000, types: Sequence[str] | None = None
    ) -> list[StoredEvent]:
        wanted = set(types) if types is not None else None
        with self._lock:
            later = self._events[max(after_position, 0) :]
            found = [e for e in later if wanted is None or e.type in wanted][: max(limit, 0)]
        return self._read(found)

    def get(self, event_id: uuid.UUID) -> StoredEvent | None:
        with self._lock:
            event = self._by_id.get(event_id)
        return self._read([event])[0] if event is not None else None

    def head_position(self) -> int:
        with self._lock:
            return self._events[-1].position if self._events else 0

    def _read(self, found: list[StoredEvent]) -> list[StoredEvent]:
        return self._upcasters.apply_all([_detached(event) for event in found])

    def with_upcasters(self, upcasters: UpcasterTable) -> InMemoryEventLog:
        """Another view of the same events, read through other upcasters."""
        view = copy.copy(self)
        view._upcasters = Upcasters(upcasters)
        return view
