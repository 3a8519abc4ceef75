"""Alembic builds every component's tables on both engines, and they match the metadata.

The comparison covers every component: a migration that drifts from its
`tables.py` fails here with the diff.
"""

from __future__ import annotations

from typing import Any

from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import Column, Engine, Integer, MetaData, Table, inspect, text

from service.schema import all_metadata, downgrade, migrate


def schema_diffs(engine: Engine, metadata: MetaData | None = None) -> list[Any]:
    with engine.connect() as conn:
        context = MigrationContext.configure(
            conn, opts={"compare_type": True, "compare_server_default": False}
        )
        return list(compare_metadata(context, metadata or all_metadata()))


def test_upgrade_downgrade_upgrade(empty_engine: Engine) -> None:
    migrate(empty_engine)
    tables = set(inspect(empty_engine).get_table_names())
    assert set(all_metadata().tables) <= tables

    downgrade(empty_engine, "base")
    assert set(inspect(empty_engine).get_table_names()) <= {"alembic_version"}

    migrate(empty_engine)
    assert set(all_metadata().tables) <= set(inspect(empty_engine).get_table_names())
    assert schema_diffs(empty_engine) == []


def test_migrated_schema_matches_the_metadata(engine: Engine) -> None:
    assert schema_diffs(engine) == []


def test_the_comparison_sees_drift(engine: Engine) -> None:
    drifted = MetaData()
    for table in all_metadata().sorted_tables:
        table.to_metadata(drifted)
    Table("events", drifted, Column("drifted", Integer()), extend_existing=True)

    diffs = schema_diffs(engine, drifted)

    assert [d[0] for d in diffs] == ["add_column"]
    assert diffs[0][3].name == "drifted"


def test_append_only_triggers_exist_after_upgrade(engine: Engine) -> None:
    with engine.connect() as conn:
        if engine.dialect.name == "postgresql":
            query = "SELECT tgname FROM pg_trigger WHERE tgrelid = 'events'::regclass"
        else:
            query = "SELECT name FROM sqlite_master WHERE type = 'trigger'"
        names = set(conn.execute(text(query)).scalars())
    assert {name for name in names if name.startswith("events_refuse")}, names
    if engine.dialect.name == "sqlite":  # what makes its one-statement append safe
        assert "events_append_one" in names
