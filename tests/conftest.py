"""Fixtures shared by every layer: real SQLite and PostgreSQL databases, the shared corpus.

PostgreSQL tests read MILESTONES_TEST_POSTGRES_URL and create and drop their own
database. When no server answers they skip with one line, unless CI=true or
MILESTONES_REQUIRE_POSTGRES=1: then they fail, and so does any skipped one.
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from sqlalchemy import Engine, text
from sqlalchemy.engine import make_url

from service.schema import migrate
from service.store.database import make_engine

REPO_ROOT = Path(__file__).resolve().parent.parent
DEFAULT_PG = "postgresql://postgres@127.0.0.1:5432/postgres"
BACKENDS = ["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)]


def postgres_required() -> bool:
    return (
        os.environ.get("CI", "").lower() == "true"
        or os.environ.get("MILESTONES_REQUIRE_POSTGRES") == "1"
    )


def shared_dir() -> Path:
    return Path(os.environ.get("MILESTONES_SHARED_DIR", REPO_ROOT.parent / "shared"))


@pytest.fixture(scope="session")
def postgres_admin_url() -> str:
    url = os.environ.get("MILESTONES_TEST_POSTGRES_URL", DEFAULT_PG)
    try:
        engine = make_engine(url, pool_pre_ping=False)
        with engine.connect() as conn:
            conn.execute(text("SELECT 1"))
        engine.dispose()
    except Exception as exc:  # any failure to reach the server means "no server"
        reason = f"PostgreSQL not reachable at {url}: {str(exc).splitlines()[0]}"
        if postgres_required():
            pytest.fail(reason)
        pytest.skip(reason)
    return url


DatabaseFactory = Callable[[str], str]


@pytest.fixture
def database_url(tmp_path: Path, request: pytest.FixtureRequest) -> Iterator[DatabaseFactory]:
    """Makes a fresh, empty database on a back-end and returns its URL; drops it afterwards."""
    created: list[tuple[str, str]] = []

    def make(backend: str) -> str:
        if backend == "sqlite":
            return f"sqlite:///{tmp_path / f'db-{uuid.uuid4().hex[:8]}.sqlite'}"
        admin = request.getfixturevalue("postgres_admin_url")
        name = f"ms_test_{uuid.uuid4().hex[:12]}"
        engine = make_engine(admin, isolation_level="AUTOCOMMIT")
        with engine.connect() as conn:
            conn.execute(text(f'CREATE DATABASE "{name}"'))
        engine.dispose()
        created.append((admin, name))
        return make_url(admin).set(database=name).render_as_string(hide_password=False)

    yield make
    for admin, name in created:
        engine = make_engine(admin, isolation_level="AUTOCOMMIT")
        with engine.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        engine.dispose()


@pytest.fixture(params=BACKENDS)
def backend(request: pytest.FixtureRequest) -> str:
    return str(request.param)


@pytest.fixture
def empty_engine(backend: str, database_url: DatabaseFactory) -> Iterator[Engine]:
    """A real, empty database on each back-end."""
    engine = make_engine(database_url(backend))
    yield engine
    engine.dispose()


@pytest.fixture
def engine(empty_engine: Engine) -> Engine:
    """A real database on each back-end, migrated to head."""
    migrate(empty_engine)
    return empty_engine


# -- a skipped PostgreSQL test fails the run when PostgreSQL is required ---------------

_skipped_postgres: list[str] = []


def pytest_runtest_logreport(report: pytest.TestReport) -> None:
    if report.skipped and "postgres" in report.keywords:
        _skipped_postgres.append(report.nodeid)


def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    if _skipped_postgres and postgres_required():
        session.exitstatus = pytest.ExitCode.TESTS_FAILED


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    if _skipped_postgres and postgres_required():
        terminalreporter.write_line(
            f"FAILED: {len(_skipped_postgres)} PostgreSQL test(s) skipped while PostgreSQL "
            "is required (CI=true or MILESTONES_REQUIRE_POSTGRES=1)",
            red=True,
        )


@pytest.fixture
def admin_headers(engine: Engine) -> dict[str, str]:
    """An `Authorization` header carrying a fresh admin key on `engine`."""
    from service.api.keys import create_key

    return {"Authorization": f"Bearer {create_key(engine, 'admin', 'tests')}"}
