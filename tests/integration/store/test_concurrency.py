"""Several writer processes append at once while a reader follows `position > N`.

Appends are serialized and positions commit in order, so the reader must see
every event exactly once, in position order, and never a gap it would later
have to go back for.
"""

from __future__ import annotations

import multiprocessing
import time

import pytest
from sqlalchemy import Engine

from service.store.events import ConcurrencyError, NewEvent
from service.store.log import EventStore
from service.store.verification import verify_chain

WRITERS = 4
ROUNDS = 25  # each round: one single append, one batch of 3, one contended append


def write(url: str, writer: int) -> None:
    from service.store.database import make_engine

    engine = make_engine(url)
    store = EventStore(engine)
    for n in range(ROUNDS):
        store.append(f"drug-w{writer}", [NewEvent("Single", {"w": writer, "n": n})])
        store.append(f"source-w{writer}-{n}", [NewEvent("Batch", {"i": i}) for i in range(3)], 0)
        append_contended(store, writer, n)
    engine.dispose()


def append_contended(store: EventStore, writer: int, n: int) -> None:
    """Every writer appends to one shared stream with optimistic concurrency, retrying."""
    while True:
        version = len(store.read_stream("drug-shared"))
        try:
            store.append("drug-shared", [NewEvent("Shared", {"w": writer, "n": n})], version)
            return
        except ConcurrencyError:
            continue


def follow(store: EventStore, writers: list[multiprocessing.process.BaseProcess]) -> list[int]:
    seen: list[int] = []
    while True:
        done = not any(w.is_alive() for w in writers)
        page = store.read_all(after_position=seen[-1] if seen else 0, limit=7)
        for event in page:
            # A gap now would mean an event with a smaller position commits later.
            assert event.position == len(seen) + 1, f"reader skipped to {event.position}"
            seen.append(event.position)
        if done and not page:
            return seen
        if not page:
            time.sleep(0.001)


@pytest.mark.slow
def test_concurrent_writer_processes_and_a_following_reader(engine: Engine) -> None:
    url = engine.url.render_as_string(hide_password=False)
    context = multiprocessing.get_context("spawn")
    writers = [context.Process(target=write, args=(url, w)) for w in range(WRITERS)]
    for writer in writers:
        writer.start()
    store = EventStore(engine)

    seen = follow(store, writers)

    assert all(writer.exitcode == 0 for writer in writers)
    total = WRITERS * ROUNDS * 5
    assert seen == list(range(1, total + 1))
    events = store.read_all(limit=total + 1)
    assert len({event.event_id for event in events}) == total
    shared = store.read_stream("drug-shared")
    assert [event.stream_version for event in shared] == list(range(1, WRITERS * ROUNDS + 1))
    for writer in range(WRITERS):
        mine = [event.data["n"] for event in store.read_stream(f"drug-w{writer}")]
        assert mine == list(range(ROUNDS))
    assert verify_chain(engine).ok


@pytest.mark.postgres
@pytest.mark.parametrize("backend", ["postgresql"], indirect=True)
def test_appends_stay_serialized_under_a_repeatable_read_session_default(engine: Engine) -> None:
    from concurrent.futures import ThreadPoolExecutor

    from service.store.database import make_engine

    strict = make_engine(
        engine.url,
        connect_args={"options": "-c default_transaction_isolation=repeatable\\ read"},
    )
    store = EventStore(strict)

    def append_many(writer: int) -> None:
        for n in range(30):
            store.append(f"drug-{writer}", [NewEvent("T", {"n": n})])

    try:
        with ThreadPoolExecutor(4) as pool:
            list(pool.map(append_many, range(4)))
        positions = [event.position for event in store.read_all(limit=1000)]
    finally:
        strict.dispose()
    assert positions == list(range(1, 121))
    assert verify_chain(engine).ok
