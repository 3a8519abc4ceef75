"""The dispatch loop: fan out new events, claim due deliveries, send them on a thread pool.

`deliver_due` is the plain, synchronous step tests drive with a manual clock;
`Dispatcher` runs fan-out and dispatch continuously for `milestones serve`, woken by
`LISTEN milestone_events` on PostgreSQL and by short polls on SQLite.
"""

from __future__ import annotations

import logging
import threading
import time
import uuid
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from datetime import timedelta

from sqlalchemy import Connection, Engine

from service.store.events import EventLog
from service.webhooks.addresses import AddressGuard
from service.webhooks.claims import Claim, claim_due, claim_more, claim_runs, release_on
from service.webhooks.clock import Clock, SystemClock
from service.webhooks.fanout import fan_out
from service.webhooks.listener import Listener
from service.webhooks.outcomes import Outcome, record_outcome, record_outcomes_on
from service.webhooks.payloads import PayloadBuilder
from service.webhooks.retries import RetryPolicy, is_gone
from service.webhooks.sender import DEFAULT_TIMEOUT, make_client, send
from service.webhooks.transport import WebhookClient

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
    # How many deliveries of one ordered subscription a worker takes at once.
    run_length: int = 500
    record_every: int = 20
    fan_out_batch: int = 200


def new_owner() -> str:
    return f"worker-{uuid.uuid4().hex[:12]}"


def deliver_one(
    client: WebhookClient, engine: Engine, claim: Claim, clock: Clock, policy: RetryPolicy,
    timeout: float,
) -> None:  # fmt: skip
    outcome = send(client, claim, clock.now(), timeout)
    record_outcome(engine, claim, outcome, clock.now(), policy)


class BackgroundWriter:
    """Writes one batch of outcomes while the next batch is being sent (one at a time,
    in order), so database commits overlap HTTP round trips."""

    def __init__(self, write: Callable[[list[tuple[Claim, Outcome]]], None]) -> None:
        self.write = write
        self.pool: ThreadPoolExecutor | None = None
        self.pending: Future[None] | None = None

    def submit(self, batch: list[tuple[Claim, Outcome]]) -> None:
        self.wait()
        self.pool = self.pool or ThreadPoolExecutor(1, thread_name_prefix="webhook-record")
        self.pending = self.pool.submit(self.write, batch)

    def wait(self) -> None:
        if self.pending is not None:
            pending, self.pending = self.pending, None
            pending.result()

    def close(self) -> None:
        try:
            self.wait()
        finally:
            if self.pool is not None:
                self.pool.shutdown()


def deliver_run(
    client: WebhookClient, engine: Engine, run: list[Claim], clock: Clock, policy: RetryPolicy,
    config: DispatchConfig, halt: threading.Event | None = None,
) -> int:  # fmt: skip
    """Send a run in order; stop at an ordered failure, before the lease could run out,
    or when `halt` is set (shutdown): what was not tried goes back to the queue. A run
    sent to its end goes on with what came due in its subscription (`claim_more`).

    Outcomes are written every `record_every` sends: a crash re-sends at most the
    unwritten ones (at least once), never skips one.
    """
    tried = 0
    # One connection for the whole run: no checkout (nor PostgreSQL pre-ping) per batch.
    with engine.connect() as conn:
        while run:
            sent, run = _send_run(client, conn, run, clock, policy, config, halt)
            tried += sent
    return tried


def _send_run(
    client: WebhookClient, conn: Connection, run: list[Claim], clock: Clock,
    policy: RetryPolicy, config: DispatchConfig, halt: threading.Event | None,
) -> tuple[int, list[Claim]]:  # fmt: skip
    """One leased run; returns how many were tried and the run that follows it, if any."""
    deadline = time.monotonic() + config.lease.total_seconds() / 2

    # The writer thread and this one take turns on `conn`, never at once (`writer.close()`).
    def write(batch: list[tuple[Claim, Outcome]]) -> None:
        with conn.begin():
            record_outcomes_on(conn, batch, clock.now(), policy)

    writer = BackgroundWriter(write)
    results: list[tuple[Claim, Outcome]] = []
    tried, ended = 0, False
    try:
        for claim in run:
            outcome = send(client, claim, clock.now(), config.timeout)
            results.append((claim, outcome))
            tried += 1
            if ended := _ends_run(claim, outcome, deadline, halt):
                break
            # The last one is recorded below, where its lease decides whether the run goes on.
            if len(results) >= config.record_every and tried < len(run):
                writer.submit(results)
                results = []
    finally:
        writer.close()
    with conn.begin():  # the last outcomes, the untried rest and what follows, in one commit
        now = clock.now()
        held = record_outcomes_on(conn, results, now, policy)
        release_on(conn, run[tried:])
        if ended or not held:
            return tried, []
        # Holding the last one's lease still: nobody else can have taken what follows it.
        more = config.run_length if run[-1].ordered else config.run_length // config.workers
        return tried, claim_more(conn, run[-1], now, config.lease, max(1, more))


def _ends_run(
    claim: Claim, outcome: Outcome, deadline: float, halt: threading.Event | None
) -> bool:
    """An ordered failure (or 410 Gone), the lease half spent, or shutdown."""
    gone = outcome.status_code is not None and is_gone(outcome.status_code)
    failed = not outcome.succeeded and (claim.ordered or gone)
    return failed or time.monotonic() > deadline or (halt is not None and halt.is_set())


def deliver_due(
    engine: Engine,
    client: WebhookClient,
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
        self.log_moved = threading.Event()
        self.stopped = threading.Event()
        self.listener = (
            Listener(engine, self.on_append) if engine.dialect.name == "postgresql" else None
        )
        self.thread: threading.Thread | None = None
        self.checkpoint: int | None = None

    def wake(self) -> None:
        self.woken.set()

    def on_append(self) -> None:
        self.log_moved.set()
        self.woken.set()

    def start(self) -> None:
        """Start the loop, or restart it if it died; a stopped dispatcher stays stopped."""
        if self.stopped.is_set() or (self.thread is not None and self.thread.is_alive()):
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
        last_fan_out = 0.0
        while not self.stopped.is_set():
            try:
                # Fan out when NOTIFY said so, else on the poll clock (SQLite; PostgreSQL's
                # slow poll is the safety net for a lost notification).
                if self.log_moved.is_set() or time.monotonic() - last_fan_out >= interval:
                    self.log_moved.clear()
                    last_fan_out = time.monotonic()
                    self.fan_out_some()
                self.dispatch()
            except Exception:  # a database outage must not end the loop
                log.exception("webhook dispatch step failed; retrying")
                self.stopped.wait(1.0)
            self.woken.wait(max(0.0, interval - (time.monotonic() - last_fan_out)))
            self.woken.clear()

    def fan_out_some(self) -> None:
        """One batch; a full batch means more is waiting, after this round of claims,
        so a backlog is sent while it is still being fanned out."""
        batch = self.config.fan_out_batch
        result = fan_out(self.engine, self.log, self.builder, self.clock, batch, self.checkpoint)
        self.checkpoint = result.checkpoint
        if result.events == batch or result.events < 0:
            self.on_append()

    def dispatch(self) -> int:
        """Fill the free sender slots with runs of due deliveries."""
        with self.lock:
            free = self.config.workers - self.in_flight
        runs = claim_runs(
            self.engine, self.owner, self.clock.now(), free, self.config.lease,
            self.config.run_length,
        )  # fmt: skip
        for run in runs:
            with self.lock:
                self.in_flight += 1
            self.pool.submit(self._deliver, run)
        return len(runs)

    def _deliver(self, run: list[Claim]) -> None:
        try:
            deliver_run(
                self.client, self.engine, run, self.clock, self.policy, self.config, self.stopped
            )
        except Exception:  # the lease runs out and another attempt follows
            log.exception("a run of %d deliveries failed to record", len(run))
        finally:
            with self.lock:
                self.in_flight -= 1
            self.wake()
