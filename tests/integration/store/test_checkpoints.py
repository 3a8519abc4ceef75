"""SQLite's WAL is copied into the database file by a thread of its own, not by commits."""

from __future__ import annotations

import logging
import multiprocessing
import multiprocessing.synchronize
import sqlite3
import time
from collections.abc import Callable
from pathlib import Path

import pytest
from sqlalchemy import Engine, text

from service.store import checkpoints
from service.store.checkpoints import Checkpointer, checkpointer
from service.store.database import make_engine, read_only
from service.store.events import NewEvent
from service.store.log import EventStore
from service.store.verification import verify_chain

sqlite_only = pytest.mark.parametrize("backend", ["sqlite"], indirect=True)


@pytest.fixture(autouse=True)
def quick(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(checkpoints, "PAUSE", 0.01)
    monkeypatch.setattr(checkpoints, "IDLE", 0.3)


def wait_for(condition: Callable[[], bool], seconds: float = 10.0) -> bool:
    deadline = time.monotonic() + seconds
    while not condition():
        if time.monotonic() > deadline:
            return False
        time.sleep(0.01)
    return True


def append_batches(engine: Engine, stream: str, batches: int, size: int = 100) -> None:
    store = EventStore(engine)
    for n in range(batches):
        events = [NewEvent("Step", {"n": n * size + i, "pad": "x" * 200}) for i in range(size)]
        store.append(stream, events, expected_version=n * size)


def wal_copied(found: Checkpointer) -> bool:
    return found.last is not None and found.last[0] == 0 and found.last[1] == found.last[2] > 0


@sqlite_only
def test_appends_are_copied_into_the_file_by_the_checkpoint_thread(engine: Engine) -> None:
    found = checkpointer(str(engine.url.database))
    before = found.checkpoints
    append_batches(engine, "drug-a", 5)

    assert wait_for(lambda: found.checkpoints > before and wal_copied(found))
    with engine.connect() as conn:  # commits checkpoint only past the backstop
        setting = conn.exec_driver_sql("PRAGMA wal_autocheckpoint").scalar()
    assert setting == checkpoints.BACKSTOP_PAGES


@sqlite_only
def test_the_thread_ends_when_quiet_and_a_later_commit_starts_another(engine: Engine) -> None:
    found = checkpointer(str(engine.url.database))
    append_batches(engine, "drug-a", 1)
    assert wait_for(lambda: not found.running)
    count = found.checkpoints

    append_batches(engine, "drug-b", 1)

    assert found.running
    assert wait_for(lambda: found.checkpoints > count and wal_copied(found))
    assert wait_for(lambda: not found.running)


@sqlite_only
def test_reads_leave_the_thread_asleep_and_other_writes_wake_it(engine: Engine) -> None:
    found = checkpointer(str(engine.url.database))
    append_batches(engine, "drug-a", 1)
    assert wait_for(lambda: not found.running)

    with read_only(engine).begin() as conn:
        conn.execute(text("SELECT count(*) FROM events")).scalar()
    assert not found.running

    with engine.begin() as conn:  # a write outside the store, e.g. a projector batch
        conn.execute(text("CREATE TABLE scratch (n INTEGER)"))
    assert found.running


def test_a_database_that_cannot_be_opened_ends_the_thread_with_a_warning(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    found = Checkpointer(str(tmp_path))  # a directory: sqlite cannot open it
    with caplog.at_level(logging.WARNING, logger="service.store.checkpoints"):
        found.nudge()
        assert wait_for(lambda: not found.running)
    assert "WAL checkpoint of" in caplog.text
    assert found.checkpoints == 0


@sqlite_only
def test_nothing_is_lost_while_checkpoints_run_beside_the_writer(engine: Engine) -> None:
    url = engine.url.render_as_string(hide_password=False)
    append_batches(engine, "drug-a", 40)
    engine.dispose()

    reopened = make_engine(url)
    assert EventStore(reopened).head_position() == 4000
    assert verify_chain(reopened).ok
    reopened.dispose()


def _child_appends(url: str, done: multiprocessing.synchronize.Event) -> None:
    engine = make_engine(url)
    found = checkpointer(str(engine.url.database))
    count = found.checkpoints
    append_batches(engine, "child", 3)
    # (The parent's thread may copy the child's frames first: the child's own
    # checkpoint then finds the WAL busy or done, both fine; it must run, not fail.)
    ran = wait_for(lambda: found.checkpoints > count and not found.running)
    if ran and found.last is not None:
        done.set()


@sqlite_only
def test_a_forked_child_checkpoints_with_its_own_thread_and_handle(engine: Engine) -> None:
    url = engine.url.render_as_string(hide_password=False)
    found = checkpointer(str(engine.url.database))
    append_batches(engine, "parent", 2)
    assert found.running
    context = multiprocessing.get_context("fork")
    done = context.Event()

    child = context.Process(target=_child_appends, args=(url, done))
    child.start()
    child.join(30)

    assert child.exitcode == 0 and done.is_set()
    count = found.checkpoints
    append_batches(engine, "parent-again", 1)
    assert wait_for(lambda: found.checkpoints > count and wal_copied(found))
    assert EventStore(engine).head_position() == 600
    assert verify_chain(engine).ok
    with sqlite3.connect(str(engine.url.database)) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
