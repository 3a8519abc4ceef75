"""WAL checkpoints of a SQLite file, run on a thread of their own instead of in a commit.

SQLite copies the WAL back into the database file (a checkpoint) inside whichever
commit takes the WAL past `wal_autocheckpoint` pages, and with synchronous=NORMAL
that copy is where the file is synced, twice. So every few thousand events one
append stalls for all of it. SQLite's documentation suggests the alternative used
here: a separate thread checkpoints while writers go on. A writer only wakes the
thread after its commit; the thread waits `PAUSE` seconds so that the commits of
that moment share one checkpoint, runs it in PASSIVE mode (it never waits for or
blocks a reader or writer) and ends after `IDLE` seconds without a commit. The
automatic checkpoint stays on at `BACKSTOP_PAGES`, should this thread fall behind
or not run.

Crash safety is SQLite's: a checkpoint interrupted at any point is redone from the
WAL on the next open, whichever thread or process ran it.
"""

from __future__ import annotations

import logging
import os
import sqlite3
import threading
import time
from typing import Any

BACKSTOP_PAGES = 10_000  # about 40 MB of WAL at SQLite's default 4 KiB page
PAUSE = 0.05
IDLE = 5.0
log = logging.getLogger(__name__)
# A forked child's copies of its parent's handles: kept referenced, never closed
# (closing the last handle on a WAL database may checkpoint and delete the WAL
# file that the parent is still using).
_ABANDONED: list[sqlite3.Connection] = []


class Checkpointer:
    """The checkpoint thread of one database file in this process."""

    def __init__(self, path: str) -> None:
        self.path = path
        self.checkpoints = 0  # how many ran (tests and diagnostics read it)
        self.last: tuple[int, int, int] | None = None  # (busy, WAL frames, frames copied)
        self._wake = threading.Event()
        self._thread: threading.Thread | None = None
        self._conn: sqlite3.Connection | None = None
        self._lock = threading.Lock()

    @property
    def running(self) -> bool:
        return self._thread is not None

    def nudge(self) -> None:
        """Say that a commit added to the WAL (cheap: called after every append).

        The event is set before the thread is looked for: a thread deciding to end
        looks at the event under the same lock, so either it sees this nudge or
        this nudge sees it gone and starts another.
        """
        self._wake.set()
        with self._lock:
            if self._thread is None:
                self._thread = threading.Thread(
                    target=self._run, name=f"wal-checkpoint {self.path}", daemon=True
                )
                self._thread.start()

    def _run(self) -> None:
        try:
            while self._next_round():
                time.sleep(PAUSE)  # let the commits of the next moments join this checkpoint
                self._wake.clear()  # (a commit after this line wakes the next round)
                if not self._checkpoint():
                    break
        finally:
            self._close()
            with self._lock:
                if self._thread is threading.current_thread():
                    self._thread = None

    def _next_round(self) -> bool:
        """Wait for a commit; False once `IDLE` seconds passed without one (thread let go)."""
        while not self._wake.wait(IDLE):
            self._close()  # (before the thread is let go: a successor opens its own)
            with self._lock:
                if not self._wake.is_set():
                    self._thread = None
                    return False
        return True

    def _checkpoint(self) -> bool:
        try:
            if self._conn is None:
                self._conn = sqlite3.connect(
                    self.path, isolation_level=None, check_same_thread=False, timeout=0
                )
            row = self._conn.execute("PRAGMA wal_checkpoint(PASSIVE)").fetchone()
        except sqlite3.Error as exc:  # the file is gone or unreadable: the backstop remains
            log.warning("WAL checkpoint of %s failed, leaving it to SQLite: %s", self.path, exc)
            return False
        self.last = (int(row[0]), int(row[1]), int(row[2]))
        self.checkpoints += 1
        return True

    def _close(self) -> None:
        if self._conn is not None:
            self._conn.close()
            self._conn = None

    def forget_after_fork(self) -> None:
        """In a forked child: the parent's thread is not here, nor may its handle be used."""
        if self._conn is not None:
            _ABANDONED.append(self._conn)
        self._conn = None
        self._thread = None
        self._lock = threading.Lock()  # (the parent's may have been held at the fork)
        self._wake = threading.Event()


_CHECKPOINTERS: dict[str, Checkpointer] = {}
_REGISTRY_LOCK = threading.Lock()


def checkpointer(database: str) -> Checkpointer:
    """The one checkpointer of the database file at `database` in this process."""
    path = os.path.realpath(database)
    with _REGISTRY_LOCK:
        found = _CHECKPOINTERS.get(path)
        if found is None:
            found = _CHECKPOINTERS[path] = Checkpointer(path)
        return found


def file_database(database: str | None) -> str | None:
    """The path of a SQLite file database, None for an in-memory or URI one."""
    if not database or database == ":memory:" or database.startswith("file:"):
        return None
    return database


def set_backstop(dbapi_connection: Any) -> None:
    dbapi_connection.execute(f"PRAGMA wal_autocheckpoint={BACKSTOP_PAGES}")


def _after_fork_in_child() -> None:
    global _REGISTRY_LOCK
    _REGISTRY_LOCK = threading.Lock()
    for found in _CHECKPOINTERS.values():
        found.forget_after_fork()


os.register_at_fork(after_in_child=_after_fork_in_child)
