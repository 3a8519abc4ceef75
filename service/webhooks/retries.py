"""When to try a failed delivery again, and when to give up on an endpoint."""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import timedelta

# Attempt 1 goes out at once; attempt n+1 waits SCHEDULE[n-1] after attempt n failed.
SCHEDULE: tuple[timedelta, ...] = (
    timedelta(seconds=5),
    timedelta(minutes=5),
    timedelta(minutes=30),
    timedelta(hours=2),
    timedelta(hours=5),
    timedelta(hours=10),
    timedelta(hours=10),
)
DISABLE_AFTER = timedelta(days=5)


@dataclass(frozen=True)
class RetryPolicy:
    schedule: tuple[timedelta, ...] = SCHEDULE
    # Spread retries of many deliveries so a recovering endpoint is not hit all at once.
    jitter: float = 0.1
    disable_after: timedelta = DISABLE_AFTER
    rng: random.Random = field(default_factory=random.Random, compare=False)

    @property
    def max_attempts(self) -> int:
        return len(self.schedule) + 1

    def delay_after(self, attempts_made: int) -> timedelta | None:
        """The wait before the next attempt, or None when the schedule is spent."""
        if attempts_made < 1 or attempts_made > len(self.schedule):
            return None
        base = self.schedule[attempts_made - 1]
        factor = 1.0 + self.rng.uniform(-self.jitter, self.jitter) if self.jitter else 1.0
        return base * factor


def is_success(status_code: int) -> bool:
    return 200 <= status_code < 300


def is_gone(status_code: int) -> bool:
    return status_code == 410
