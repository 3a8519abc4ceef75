"""/v1/milestones routes: milestones across drugs, and analysts' corrections and retractions."""

from __future__ import annotations

from datetime import date
from typing import Annotated, Any

from fastapi import APIRouter, Header, HTTPException, Query

from service.api.auth import AdminActor, ReadActor
from service.api.deps import EngineDep
from service.api.schemas import CorrectionIn, RetractionIn
from service.projections import curation, queries
from service.projections.view import render_line
from service.store.database import read_only
from service.store.events import StoredEvent

router = APIRouter(prefix="/v1", tags=["milestones"])


@router.get("/milestones")
def list_milestones(
    engine: EngineDep,
    _: ReadActor,
    type: str | None = None,
    jurisdiction: str | None = None,
    date_from: Annotated[date | None, Query(alias="from")] = None,
    date_to: Annotated[date | None, Query(alias="to")] = None,
    include_retracted: bool = False,
    cursor: str | None = None,
    limit: Annotated[int, Query(ge=1, le=500)] = 50,
) -> dict[str, Any]:
    """E.g. everything approved in China last month: `?type=approval&jurisdiction=CN&from=&to=`."""
    with read_only(engine).connect() as conn:
        items, following = queries.list_milestones(
            conn,
            type=type,
            jurisdiction=jurisdiction,
            date_from=date_from.isoformat() if date_from else None,
            date_to=date_to.isoformat() if date_to else None,
            include_retracted=include_retracted,
            after=cursor,
            limit=limit,
        )
    return {"items": items, "next": following}


@router.get("/milestones/{milestone_id}")
def get_milestone(engine: EngineDep, _: ReadActor, milestone_id: str) -> dict[str, Any]:
    with read_only(engine).connect() as conn:
        line = queries.milestone_line(conn, milestone_id)
    if line is None:
        raise HTTPException(404, f"no milestone {milestone_id!r}")
    return render_line(line)


def _answer(stored: StoredEvent) -> dict[str, Any]:
    return {
        "milestone_id": stored.data["milestone_id"],
        "event_id": str(stored.event_id),
        "position": stored.position,
    }


@router.post("/milestones/{milestone_id}/retract")
def retract(
    engine: EngineDep,
    actor: AdminActor,
    milestone_id: str,
    body: RetractionIn,
    idempotency_key: Annotated[str | None, Header()] = None,
) -> dict[str, Any]:
    try:
        stored = curation.retract_milestone(
            engine, milestone_id, body.reason, actor, idempotency_key
        )
    except curation.CurationError as exc:
        raise HTTPException(exc.status, str(exc)) from exc
    return _answer(stored)


@router.post("/milestones/{milestone_id}/correct")
def correct(
    engine: EngineDep,
    actor: AdminActor,
    milestone_id: str,
    body: CorrectionIn,
    idempotency_key: Annotated[str | None, Header()] = None,
) -> dict[str, Any]:
    try:
        stored = curation.correct_milestone(
            engine, milestone_id, body.changes, body.reason, actor, idempotency_key
        )
    except curation.CurationError as exc:
        raise HTTPException(exc.status, str(exc)) from exc
    return _answer(stored)
