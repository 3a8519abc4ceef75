"""/v1/events routes: the log itself, each event with its provenance and hash."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, HTTPException, Query

from service.api.auth import ReadActor
from service.api.deps import EngineDep
from service.projections.journal import event_json, get_event, list_events, provenance

router = APIRouter(prefix="/v1", tags=["events"])


@router.get("/events")
def events(
    engine: EngineDep,
    _: ReadActor,
    after: Annotated[int, Query(ge=0, description="Only events after this position.")] = 0,
    type: Annotated[list[str] | None, Query(description="Event types (repeatable).")] = None,
    stream: str | None = None,
    limit: Annotated[int, Query(ge=1, le=1000)] = 100,
) -> dict[str, Any]:
    found = list_events(engine, after, type, stream, limit)
    following = str(found[-1].position) if len(found) == limit else None
    return {"items": [event_json(e) for e in found], "next": following}


@router.get("/events/{event_id}")
def event(engine: EngineDep, _: ReadActor, event_id: str) -> dict[str, Any]:
    found = get_event(engine, event_id)
    if found is None:
        raise HTTPException(404, f"no event {event_id!r}")
    body = event_json(found)
    body["provenance"] = provenance(found)
    return body
