"""Wakes the dispatcher when the event store appends (PostgreSQL `LISTEN milestone_events`)."""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable

import psycopg
from sqlalchemy import Engine

log = logging.getLogger(__name__)
CHANNEL = "milestone_events"


def conninfo(engine: Engine) -> str:
    return engine.url.set(drivername="postgresql").render_as_string(hide_password=False)


class Listener:
    """A thread holding one LISTEN connection; reconnects after a failure."""

    def __init__(self, engine: Engine, on_notify: Callable[[], None]) -> None:
        self.url = conninfo(engine)
        self.on_notify = on_notify
        self.stopped = threading.Event()
        self.thread: threading.Thread | None = None

    def start(self) -> None:
        if self.thread is not None and self.thread.is_alive():
            return
        self.thread = threading.Thread(target=self.run, name="webhook-listen", daemon=True)
        self.thread.start()

    def stop(self) -> None:
        self.stopped.set()

    def run(self) -> None:
        while not self.stopped.is_set():
            try:
                self.listen()
            except psycopg.Error:
                log.warning("LISTEN %s lost its connection; reconnecting", CHANNEL)
                self.stopped.wait(1.0)

    def listen(self) -> None:
        with psycopg.connect(self.url, autocommit=True) as conn:
            conn.execute(f"LISTEN {CHANNEL}")
            # Appends made while we were away are found by the next fan-out anyway.
            self.on_notify()
            while not self.stopped.is_set():
                for _ in conn.notifies(timeout=1.0, stop_after=1):
                    self.on_notify()
