"""The feed lease: compare-and-set on one row, expiry, due times, dead local holders."""

from __future__ import annotations

import socket
import subprocess
import sys
import threading
from datetime import timedelta

from sqlalchemy import Engine

from service.ingest import leases


def test_only_one_of_many_racing_workers_gets_the_lease(engine: Engine) -> None:
    winners: list[str] = []
    barrier = threading.Barrier(6)

    def race(name: str) -> None:
        barrier.wait()
        if leases.claim(engine, "feed", name, force=True):
            winners.append(name)

    threads = [threading.Thread(target=race, args=(f"w{i}",)) for i in range(6)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert len(winners) == 1
    assert leases.holder(engine, "feed") == winners[0]


def test_renew_release_and_expiry(engine: Engine) -> None:
    assert leases.claim(engine, "f", "a")
    assert not leases.claim(engine, "f", "b", force=True)
    assert leases.renew(engine, "f", "a") and not leases.renew(engine, "f", "b")
    leases.release(engine, "f", "a", next_due_in=None)
    assert leases.claim(engine, "f", "b", ttl=timedelta(seconds=-1))  # taken, already expired
    assert leases.claim(engine, "f", "c", force=True)
    assert not leases.renew(engine, "f", "b")  # b lost it and knows


def test_claiming_sets_when_the_feed_is_next_due(engine: Engine) -> None:
    hour = timedelta(hours=1)
    assert leases.claim(engine, "f", "a", interval=hour)
    leases.release(engine, "f", "a")
    assert not leases.claim(engine, "f", "b", interval=hour)
    assert leases.claim(engine, "f", "b", force=True)
    leases.release(engine, "f", "b", next_due_in=timedelta(seconds=-1))
    assert leases.claim(engine, "f", "c", interval=hour)


def test_a_feed_due_within_the_slack_counts_as_due(engine: Engine) -> None:
    interval = timedelta(seconds=10)
    assert leases.claim(engine, "f", "a", interval=interval)
    leases.release(engine, "f", "a", next_due_in=timedelta(seconds=1))  # due in 1s, slack is 2s
    assert leases.claim(engine, "f", "b", interval=interval)
    leases.release(engine, "f", "b", next_due_in=timedelta(seconds=5))
    assert not leases.claim(engine, "f", "c", interval=interval)


def test_a_lease_held_by_a_dead_process_on_this_host_is_free(engine: Engine) -> None:
    child = subprocess.run(
        [sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True
    )
    dead = f"{socket.gethostname()}:{int(child.stdout)}:abc"
    assert leases.claim(engine, "f", dead)
    assert leases.claim(engine, "f", "someone", force=True)
    alive = f"{socket.gethostname()}:1:abc"  # pid 1 always exists
    assert leases.claim(engine, "g", alive)
    assert not leases.claim(engine, "g", "someone", force=True)
