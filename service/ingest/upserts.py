"""One-statement upserts on both back-ends (no read-then-write, no savepoint)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy import Connection, Table
from sqlalchemy.dialects import postgresql, sqlite


def _insert(conn: Connection, table: Table) -> Any:
    dialect = postgresql if conn.dialect.name == "postgresql" else sqlite
    return dialect.insert(table)


def insert_missing(conn: Connection, table: Table, rows: Sequence[dict[str, Any]]) -> None:
    """Insert rows whose primary key is not there yet; existing rows are left alone."""
    if rows:
        conn.execute(_insert(conn, table).on_conflict_do_nothing(), list(rows))


def upsert(conn: Connection, table: Table, row: dict[str, Any]) -> None:
    """Insert the row, or overwrite its non-key columns if its primary key exists."""
    keys = [column.name for column in table.primary_key.columns]
    statement = _insert(conn, table).values(**row)
    changes = {name: statement.excluded[name] for name in row if name not in keys}
    conn.execute(statement.on_conflict_do_update(index_elements=keys, set_=changes))
