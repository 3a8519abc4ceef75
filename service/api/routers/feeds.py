"""/v1/feeds routes: the catalog's feeds and how each one is doing."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from fastapi import APIRouter
from pydantic import BaseModel

from service.api.auth import ReadActor
from service.api.deps import EngineDep, SettingsDep
from service.ingest.catalog import load_catalog
from service.ingest.health import list_health

router = APIRouter(prefix="/v1", tags=["feeds"])


class FeedHealth(BaseModel):
    name: str
    kind: str
    url: str
    enabled: bool
    in_catalog: bool
    last_attempt_at: datetime | None
    last_success_at: datetime | None
    last_error: str | None
    last_error_at: datetime | None
    consecutive_failures: int
    items_seen: int
    articles_new: int
    milestones_recorded: int
    milestones_corroborated: int
    last_worker: str | None


class FeedPage(BaseModel):
    items: list[FeedHealth]
    next: str | None = None


@router.get("/feeds", response_model=FeedPage)
def list_feeds(engine: EngineDep, settings: SettingsDep, _actor: ReadActor) -> dict[str, Any]:
    """Every feed of the catalog (and any polled before but since removed), with its health."""
    catalog = load_catalog(settings.feeds_dir)
    return {"items": list_health(engine, catalog.feeds), "next": None}
