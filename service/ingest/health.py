"""Feed health: one row per feed, updated after every poll, served at GET /v1/feeds."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import Connection, Engine, select, update
from sqlalchemy.exc import IntegrityError

from service.ingest.catalog import FeedConfig
from service.ingest.tables import feed_health

MAX_ERROR = 2000


@dataclass
class PollReport:
    """What one poll of one feed found; printed by `milestones poll` and folded into health."""

    feed: str
    items_seen: int = 0
    articles_new: int = 0
    recorded: int = 0
    corroborated: int = 0
    not_modified: bool = False
    feed_error: str | None = None
    errors: list[str] = field(default_factory=list)
    skipped: bool = False

    @property
    def ok(self) -> bool:
        return self.feed_error is None

    def as_dict(self) -> dict[str, Any]:
        return {
            "feed": self.feed,
            "items_seen": self.items_seen,
            "articles_new": self.articles_new,
            "milestones_recorded": self.recorded,
            "milestones_corroborated": self.corroborated,
            "not_modified": self.not_modified,
            "errors": ([self.feed_error] if self.feed_error else []) + self.errors,
            "skipped": self.skipped,
        }


def record_poll(engine: Engine, feed: FeedConfig, report: PollReport, worker: str) -> None:
    now = datetime.now(UTC)
    with engine.begin() as conn:
        row = _current(conn, feed)
        error = report.feed_error or (report.errors[-1] if report.errors else None)
        values: dict[str, Any] = {
            "kind": feed.kind.value,
            "url": feed.url,
            "last_attempt_at": now,
            "items_seen": row["items_seen"] + report.items_seen,
            "articles_new": row["articles_new"] + report.articles_new,
            "milestones_recorded": row["milestones_recorded"] + report.recorded,
            "milestones_corroborated": row["milestones_corroborated"] + report.corroborated,
            "last_worker": worker,
        }
        if report.ok:
            values["last_success_at"] = now
            values["consecutive_failures"] = 0
        else:
            values["consecutive_failures"] = row["consecutive_failures"] + 1
        if error:
            values["last_error"] = error[:MAX_ERROR]
            values["last_error_at"] = now
        conn.execute(update(feed_health).where(feed_health.c.feed == feed.name).values(**values))


def _current(conn: Connection, feed: FeedConfig) -> dict[str, Any]:
    query = select(feed_health).where(feed_health.c.feed == feed.name)
    if conn.dialect.name == "postgresql":
        query = query.with_for_update()
    row = conn.execute(query).mappings().first()
    if row is not None:
        return dict(row)
    blank = {
        "feed": feed.name,
        "kind": feed.kind.value,
        "url": feed.url,
        "consecutive_failures": 0,
        "items_seen": 0,
        "articles_new": 0,
        "milestones_recorded": 0,
        "milestones_corroborated": 0,
    }
    try:
        with conn.begin_nested():
            conn.execute(feed_health.insert().values(**blank))
    except IntegrityError:
        return _current(conn, feed)
    return blank


def list_health(engine: Engine, catalog: list[FeedConfig] | None = None) -> list[dict[str, Any]]:
    """Every feed's health, including catalog feeds never polled yet, by name."""
    with engine.connect() as conn:
        rows = {r["feed"]: dict(r) for r in conn.execute(select(feed_health)).mappings()}
    out: dict[str, dict[str, Any]] = {}
    for feed in catalog or []:
        row = rows.pop(feed.name, None) or _never_polled(feed)
        out[feed.name] = {**row, "enabled": feed.enabled, "in_catalog": True}
    for name, row in rows.items():
        out[name] = {**row, "enabled": False, "in_catalog": False}
    return [_json_row(out[name]) for name in sorted(out)]


def _never_polled(feed: FeedConfig) -> dict[str, Any]:
    return {
        "feed": feed.name,
        "kind": feed.kind.value,
        "url": feed.url,
        "last_attempt_at": None,
        "last_success_at": None,
        "last_error": None,
        "last_error_at": None,
        "consecutive_failures": 0,
        "items_seen": 0,
        "articles_new": 0,
        "milestones_recorded": 0,
        "milestones_corroborated": 0,
        "last_worker": None,
    }


def _json_row(row: dict[str, Any]) -> dict[str, Any]:
    out = {"name": row.pop("feed"), **row}
    for key, value in out.items():
        if isinstance(value, datetime):
            out[key] = (value if value.tzinfo else value.replace(tzinfo=UTC)).isoformat()
    return out
