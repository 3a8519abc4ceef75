"""What a driver remembers of its own appends, to plan the next one without reading.

Never trusted: the one-statement appends (SQLite's view trigger, PostgreSQL's
`events_append_one`) check the head and the stream's version in the database and
write nothing when a hint is stale, and the driver then plans from the table.
"""

from __future__ import annotations

from service.store.appending import AppendPlan
from service.store.drivers import Planner
from service.store.events import ConcurrencyError

# Streams whose version is remembered; past this the hints start over.
MAX_STREAMS = 10_000


class AppendHints:
    def __init__(self) -> None:
        # None until an append has shown the head, so a new driver does not guess blind.
        self.head: tuple[int, str] | None = None
        self.versions: dict[str, int] = {}

    def plan_one(self, stream: str, plan: Planner) -> AppendPlan | None:
        """The plan for one stream's append as the hints see the log; None if they can't."""
        head = self.head
        if head is None:
            return None
        version = self.versions.get(stream, 0)
        try:
            return plan((head, {stream: version} if version else {}, {}))
        except ConcurrencyError:
            return None  # perhaps only the hint is stale: the table decides

    def remember(self, decided: AppendPlan) -> None:
        if not decided.new:
            return
        if len(self.versions) > MAX_STREAMS:
            self.versions.clear()
        for pending in decided.new:
            self.versions[pending.event.stream] = pending.event.stream_version
        last = decided.new[-1].event
        self.head = (last.position, last.hash)
