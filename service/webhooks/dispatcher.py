"""The dispatch loop: fan out new events, claim due deliveries, send them on a thread pool.

`deliver_due` is the plain, synchronous step tests drive with a manual clock;
`Dispatcher` runs fan-out and dispatch continuously for `milestones serve`, woken by
`LISTEN milestone_events` on PostgreSQL and by short polls on SQLite.
"""

from __future__ import annotations

import logging
import threading
import uuid
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from datetime import timedelta

import httpx
from sqlalchemy import Engine

from service.store.events import EventLog
from service.webhooks.addresses import AddressGuard
from service.webhooks.claims import Claim, claim_due
from service.webhooks.clock import Clock, SystemClock
from service.webhooks.fanout import fan_out_all
from service.webhooks.listener import Listener
from service.webhooks.outcomes import record_outcome
from service.webhooks.payloads import PayloadBuilder
from service.webhooks.retries import RetryPolicy
from service.webhooks.sender import DEFAULT_TIMEOUT, make_client, send

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class DispatchConfig:
    workers: int = 8
    timeout: float = DEFAULT_TIMEOUT
    # Longer than any attempt can take, so a live worker never loses its lease mid-send.
    lease: timedelta = timedelta(seconds=60)
    poll_interval: float = 0.2
    # PostgreSQL is woken by NOTIFY; this slower poll only catches retries coming due.
    idle_interval: float = 1.0


def new_owner() -> str:
    return f"worker-{uuid.uuid4().hex[:12]}"


def deliver_one(
    client: httpx.Client, engine: Engine, claim: Claim, clock: Clock, policy: RetryPolicy,
    timeout: float,
) -> None:  # fmt: skip
    outcome = send(client, claim, clock.now(), timeout)
    record_outcome(engine, claim, outcome, clock.now(), policy)


def deliver_due(
    engine: Engine,
    client: httpx.Client,
    clock: Clock,
    policy: RetryPolicy | None = None,
    owner: str | None = None,
    limit: int = 100,
    config: DispatchConfig | None = None,
) -> int:
    """Claim what is due now and send it, one after another; returns how many were sent."""
    config = config or DispatchConfig()
    policy = policy or RetryPolicy()
    claims = claim_due(engine, owner or new_owner(), clock.now(), limit, config.lease)
    for claim in claims:
        deliver_one(client, engine, claim, clock, policy, config.timeout)
    return len(claims)


class Dispatcher:
    """Fan-out and delivery in background threads, sharing the queue with other workers."""

    def __init__(
        self,
        engine: Engine,
        log_: EventLog,
        guard: AddressGuard,
        clock: Clock | None = None,
        policy: RetryPolicy | None = None,
        config: DispatchConfig | None = None,
    ) -> None:
        self.engine, self.log, self.owner = engine, log_, new_owner()
        self.clock = clock or SystemClock()
        self.policy = policy or RetryPolicy()
        self.config = config or DispatchConfig()
        self.client = make_client(guard, self.config.timeout)
        self.builder = PayloadBuilder(log_)
        self.pool = ThreadPoolExecutor(self.config.workers, thread_name_prefix="webhook-send")
        self.in_flight = 0
        self.lock = threading.Lock()
        self.woken = threading.Event()
        self.stopped = threading.Event()
        self.listener = Listener(engine, self.wake) if engine.dialect.name == "postgresql" else None
        self.thread: threading.Thread | None = None

    def wake(self) -> None:
        self.woken.set()

    def start(self) -> None:
        if self.thread is not None and self.thread.is_alive():
            return
        if self.listener is not None:
            self.listener.start()
        self.thread = threading.Thread(target=self.run, name="webhook-dispatch", daemon=True)
        self.thread.start()

    def stop(self, wait: bool = True) -> None:
        self.stopped.set()
        self.woken.set()
        if self.listener is not None:
            self.listener.stop()
        if wait and self.thread is not None:
            self.thread.join(timeout=self.config.timeout + 5)
        self.pool.shutdown(wait=wait, cancel_futures=True)
        self.client.close()

    def run(self) -> None:
        interval = self.config.idle_interval if self.listener else self.config.poll_interval
        while not self.stopped.is_set():
            try:
                self.step()
            except Exception:  # a database outage must not end the loop
                log.exception("webhook dispatch step failed; retrying")
                self.stopped.wait(1.0)
            self.woken.wait(interval)
            self.woken.clear()

    def step(self) -> int:
        """Fan out what is new, then fill the free sender slots with due deliveries."""
        fan_out_all(self.engine, self.log, self.builder, self.clock)
        with self.lock:
            free = self.config.workers - self.in_flight
        claims = claim_due(self.engine, self.owner, self.clock.now(), free, self.config.lease)
        for claim in claims:
            with self.lock:
                self.in_flight += 1
            self.pool.submit(self._deliver, claim)
        return len(claims)

    def _deliver(self, claim: Claim) -> None:
        try:
            deliver_one(
                self.client, self.engine, claim, self.clock, self.policy, self.config.timeout
            )
        except Exception:  # the lease runs out and another attempt follows
            log.exception("delivery %s failed to record", claim.delivery_id)
        finally:
            with self.lock:
                self.in_flight -= 1
            self.wake()
