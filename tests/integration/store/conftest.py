"""The store's contract runs on every back-end: SQLite, PostgreSQL and the in-memory fake."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
from sqlalchemy import Engine

from service.schema import migrate
from service.store.database import make_engine
from service.store.events import EventLog
from service.store.log import EventStore
from service.store.memory import InMemoryEventLog
from service.store.upcasting import UpcasterTable
from tests.conftest import DatabaseFactory

LogFactory = Callable[[UpcasterTable | None], EventLog]
LOG_BACKENDS = ["memory", "sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)]


@pytest.fixture(params=LOG_BACKENDS)
def log_backend(request: pytest.FixtureRequest) -> str:
    return str(request.param)


@pytest.fixture
def make_log(log_backend: str, database_url: DatabaseFactory) -> Iterator[LogFactory]:
    """Opens logs over ONE store per test, each with its own upcasters."""
    memory = InMemoryEventLog()
    engine: Engine | None = None
    if log_backend != "memory":
        engine = make_engine(database_url(log_backend))
        migrate(engine)

    def make(upcasters: UpcasterTable | None = None) -> EventLog:
        if engine is None:
            return memory.with_upcasters(upcasters or {})
        return EventStore(engine, upcasters)

    yield make
    if engine is not None:
        engine.dispose()


@pytest.fixture
def log(make_log: LogFactory) -> EventLog:
    return make_log(None)
