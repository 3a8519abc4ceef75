"""The `milestones` command as a user runs it: a real subprocess, real databases."""

import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import DatabaseFactory

REPO_ROOT = Path(__file__).resolve().parents[3]


def run_cli(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    full_env = {**os.environ, **(env or {})}
    return subprocess.run(
        [sys.executable, "-m", "service", *args],
        capture_output=True,
        text=True,
        env=full_env,
        cwd=REPO_ROOT,
        timeout=120,
    )


@pytest.mark.parametrize(
    "url",
    ["mysql://root@localhost/x", "nonsense", "postgresql://postgres@127.0.0.1:1/nowhere"],
)
def test_a_bad_database_url_fails_at_start_with_one_clear_line(url: str) -> None:
    result = run_cli("migrate", env={"DATABASE_URL": url})
    assert result.returncode == 2
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("error:") and "DATABASE_URL" in lines[0]
    assert "Traceback" not in result.stderr


def test_migrate_creates_the_schema_on_each_backend(
    backend: str, database_url: DatabaseFactory
) -> None:
    url = database_url(backend)
    first = run_cli("migrate", env={"DATABASE_URL": url})
    assert first.returncode == 0, first.stderr
    again = run_cli("migrate", env={"DATABASE_URL": url})
    assert again.returncode == 0, again.stderr


def test_serve_refuses_an_unmigrated_database_with_one_clear_line(
    backend: str, database_url: DatabaseFactory
) -> None:
    url = database_url(backend)  # created, never migrated
    result = run_cli("serve", "--port", "1", env={"DATABASE_URL": url})
    assert result.returncode == 2
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and "Traceback" not in result.stderr, result.stderr
    assert "revision none" in lines[0] and "milestones migrate" in lines[0]


def run_pytest_without_postgres(require: bool) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k not in {"CI", "MILESTONES_REQUIRE_POSTGRES"}}
    env["MILESTONES_TEST_POSTGRES_URL"] = "postgresql://postgres@127.0.0.1:1/postgres"
    if require:
        env["MILESTONES_REQUIRE_POSTGRES"] = "1"
    target = "tests/unit/project/test_deployment.py"
    pg_test = (
        f"{Path(__file__).relative_to(REPO_ROOT)}::test_migrate_creates_the_schema_on_each_backend"
    )
    return subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", target, pg_test],
        capture_output=True,
        text=True,
        env=env,
        cwd=REPO_ROOT,
        timeout=300,
    )


def test_postgres_tests_skip_with_a_reason_when_no_server_answers() -> None:
    result = run_pytest_without_postgres(require=False)
    assert result.returncode == 0, result.stdout
    assert "1 skipped" in result.stdout and "PostgreSQL not reachable" in result.stdout


def test_a_missing_postgres_fails_the_run_when_it_is_required() -> None:
    result = run_pytest_without_postgres(require=True)
    assert result.returncode != 0, result.stdout
    assert "PostgreSQL not reachable" in result.stdout
