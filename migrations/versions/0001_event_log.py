"""event_log tables (owned by service.store).

The events table, and triggers that make it append-only in the database itself.

Revision ID: 0001
Revises: None
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None

APPEND_ONLY = "the event log is append-only: {op} on events is refused"
OUT_OF_ORDER = "events are appended in order: not the next position, prev_hash or stream version"
COLUMNS = (
    "position, event_id, stream, stream_version, type, schema_version, data, metadata, "
    "recorded_at, idempotency_key, prev_hash, hash"
)

SQLITE_TRIGGERS = [
    f"""CREATE TRIGGER events_refuse_{op.lower()} BEFORE {op} ON events
    BEGIN SELECT RAISE(ABORT, '{APPEND_ONLY.format(op=op)}'); END"""
    for op in ("UPDATE", "DELETE")
] + [
    # A one-event append in one statement, so one autocommit transaction (its
    # INSERT takes the write lock as it starts): the row goes in only if it
    # continues the log (the row before it exists and is the one its prev_hash
    # names) and its stream (the previous version exists); the unique
    # constraints refuse a position, version or key already taken. A writer
    # plans the row from what it last saw (service.store.sqlite) and lets the
    # database refuse it if the log moved on. Other appends insert into events
    # directly, under BEGIN IMMEDIATE, and pay nothing for these checks.
    f"""CREATE VIEW events_append_one AS SELECT {COLUMNS} FROM events WHERE 0""",
    f"""CREATE TRIGGER events_append_one INSTEAD OF INSERT ON events_append_one
    BEGIN
        SELECT RAISE(ABORT, '{OUT_OF_ORDER}')
        WHERE NEW.prev_hash IS NOT (
            CASE WHEN NEW.position = 1 THEN '{"0" * 64}'
            ELSE (SELECT hash FROM events WHERE position = NEW.position - 1) END
        ) OR (
            NEW.stream_version > 1 AND NOT EXISTS (
                SELECT 1 FROM events
                WHERE stream = NEW.stream AND stream_version = NEW.stream_version - 1
            )
        );
        INSERT INTO events ({COLUMNS}) VALUES ({", ".join(f"NEW.{c}" for c in COLUMNS.split(", "))});
    END""",
]

POSTGRES_TRIGGERS = [
    """CREATE FUNCTION events_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
        RAISE EXCEPTION 'the event log is append-only: % on events is refused', TG_OP
            USING ERRCODE = 'restrict_violation';
    END $$""",
    """CREATE TRIGGER events_refuse_change BEFORE UPDATE OR DELETE ON events
    FOR EACH ROW EXECUTE FUNCTION events_refuse_change()""",
    """CREATE TRIGGER events_refuse_truncate BEFORE TRUNCATE ON events
    FOR EACH STATEMENT EXECUTE FUNCTION events_refuse_change()""",
    # One event appended in one statement, so in one round trip with autocommit.
    # The row was planned from what the writer last saw; it goes in only if that
    # still holds once the append lock (service.store.drivers.APPEND_LOCK_KEY)
    # is held. In READ COMMITTED every statement of a volatile function takes a
    # fresh snapshot, so the checks see everything committed before the lock.
    """CREATE FUNCTION events_append_one(
        p_position bigint, p_event_id uuid, p_stream text, p_version int, p_type text,
        p_schema_version int, p_data json, p_metadata json, p_recorded_at timestamptz,
        p_key text, p_prev_hash text, p_hash text
    ) RETURNS boolean LANGUAGE plpgsql VOLATILE AS $$
    BEGIN
        IF current_setting('transaction_isolation') <> 'read committed' THEN
            RETURN false;
        END IF;
        PERFORM pg_advisory_xact_lock(1835625573);
        IF coalesce(
            (SELECT position || ':' || hash FROM events ORDER BY position DESC LIMIT 1),
            '0:' || repeat('0', 64)
        ) <> (p_position - 1) || ':' || p_prev_hash THEN
            RETURN false;
        END IF;
        IF coalesce((SELECT max(stream_version) FROM events WHERE stream = p_stream), 0)
            <> p_version - 1 THEN
            RETURN false;
        END IF;
        IF p_key IS NOT NULL AND EXISTS (SELECT FROM events WHERE idempotency_key = p_key) THEN
            RETURN false;
        END IF;
        INSERT INTO events (position, event_id, stream, stream_version, type, schema_version,
            data, metadata, recorded_at, idempotency_key, prev_hash, hash)
        VALUES (p_position, p_event_id, p_stream, p_version, p_type, p_schema_version,
            p_data, p_metadata, p_recorded_at, p_key, p_prev_hash, p_hash);
        PERFORM pg_notify('milestone_events', p_position::text);
        RETURN true;
    END $$""",
]


def json_type() -> sa.types.TypeEngine[object]:
    # JSON on PostgreSQL too: stored as written, not re-parsed into JSONB (see tables.py).
    return sa.JSON()


def upgrade() -> None:
    op.create_table(
        "events",
        sa.Column(
            "position",
            sa.BigInteger().with_variant(sa.Integer(), "sqlite"),
            primary_key=True,
            autoincrement=False,
        ),
        sa.Column("event_id", sa.Uuid(), nullable=False),
        sa.Column("stream", sa.String(200), nullable=False),
        sa.Column("stream_version", sa.Integer(), nullable=False),
        sa.Column("type", sa.String(100), nullable=False),
        sa.Column("schema_version", sa.Integer(), nullable=False),
        sa.Column("data", json_type(), nullable=False),
        sa.Column("metadata", json_type(), nullable=False),
        sa.Column("recorded_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("idempotency_key", sa.String(200), nullable=True),
        sa.Column("prev_hash", sa.String(64), nullable=False),
        sa.Column("hash", sa.String(64), nullable=False),
        sa.PrimaryKeyConstraint("position", name="pk_events"),
        sa.UniqueConstraint("stream", "stream_version", name="uq_events_stream_version"),
        sa.UniqueConstraint("event_id", name="uq_events_event_id"),
    )
    op.create_index(
        "uq_events_idempotency_key",
        "events",
        ["idempotency_key"],
        unique=True,
        sqlite_where=sa.text("idempotency_key IS NOT NULL"),
        postgresql_where=sa.text("idempotency_key IS NOT NULL"),
    )
    dialect = op.get_bind().dialect.name
    for statement in POSTGRES_TRIGGERS if dialect == "postgresql" else SQLITE_TRIGGERS:
        op.execute(statement)


def downgrade() -> None:
    # Dropping the table drops its triggers on both engines; not a view's.
    if op.get_bind().dialect.name == "sqlite":
        op.execute("DROP VIEW IF EXISTS events_append_one")
    op.drop_table("events")
    if op.get_bind().dialect.name == "postgresql":
        op.execute("DROP FUNCTION IF EXISTS events_refuse_change()")
        op.execute("DROP FUNCTION IF EXISTS events_append_one")
