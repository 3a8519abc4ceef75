"""/v1/drugs routes: lookup, status, timeline (now or as it stood), exports, curation."""

from __future__ import annotations

from datetime import datetime
from typing import Annotated, Any

from fastapi import APIRouter, Header, HTTPException, Query, Request, Response
from fastapi.responses import JSONResponse
from sqlalchemy import Engine
from starlette.concurrency import run_in_threadpool
from starlette.routing import Match, Route
from starlette.types import Scope

from service.api.auth import AdminActor, ReadActor, require_read
from service.api.deps import EngineDep
from service.api.schemas import MilestoneIn
from service.api.timelines import TimelineReader
from service.projections import curation, new_drugs, queries
from service.projections.asof import ledger_as_of
from service.projections.exports import timeline_csv, timeline_ics
from service.store.database import read_only

router = APIRouter(prefix="/v1", tags=["drugs"])
Limit = Annotated[int, Query(ge=1, le=500)]


def _unknown(slug: str) -> HTTPException:
    return HTTPException(404, f"no drug is known by {slug!r} (slug, name or alias)")


def _live(
    engine: EngineDep, slug: str, company: str | None = None, code: str | None = None
) -> dict[str, Any]:
    with read_only(engine).connect() as conn:
        found = queries.drug(conn, slug)  # the usual case: the live slug itself
        if found is None or found["merged_into"] is not None:
            live = queries.resolve(conn, slug, company, code)
            found = queries.drug(conn, live) if live else None
    if found is None:
        raise _unknown(slug)
    return found


@router.get("/drugs")
def list_drugs(
    engine: EngineDep,
    _: ReadActor,
    q: str | None = None,
    company: str | None = None,
    jurisdiction: str | None = None,
    stage: str | None = None,
    cursor: str | None = None,
    limit: Limit = 50,
) -> dict[str, Any]:
    with read_only(engine).connect() as conn:
        items, following = queries.list_drugs(
            conn,
            q=q,
            company=company,
            jurisdiction=jurisdiction,
            stage=stage,
            after=cursor,
            limit=limit,
        )
    return {"items": items, "next": following}


@router.get("/drugs/{slug}")
def get_drug(
    engine: EngineDep,
    _: ReadActor,
    slug: str,
    company: Annotated[str | None, Query(description="Corroborates a misspelt name.")] = None,
    code: Annotated[str | None, Query(description="A code name corroborating it.")] = None,
) -> dict[str, Any]:
    """A drug's status and aliases; a merged slug or any alias answers with the live record."""
    found = _live(engine, slug, company, code)
    found["requested"] = slug
    return found


def _etag(slug: str, position: int) -> str:
    return f'"{slug}-{position}"'


class _PlainTimeline(Route):
    """The plain timeline (nearly every read) as a Starlette route of the app.

    FastAPI's per-request work for an APIRoute (dependency solving, parsing every
    declared query parameter, present or not) cost more than the read itself. This
    route takes only requests without a query string; any query string falls through
    to the documented route below, which answers the same for the plain case. Both run
    inside the same app: middleware, metrics and problem+json errors apply alike.
    """

    def matches(self, scope: Scope) -> tuple[Match, Scope]:
        if scope.get("query_string"):
            return Match.NONE, {}
        match, child = super().matches(scope)
        return match, {**child, "route": self}  # the route label the metrics count by


async def current_timeline(request: Request, slug: str) -> Response:
    """The timeline now, as the projector rendered it (one indexed read, no re-encoding).

    The read runs on the reader's own few threads (see TimelineReader).
    """
    await require_read(request)
    reader: TimelineReader = request.app.state.timelines
    document = await reader.read(slug)  # the usual case: the live slug itself
    if document is None:  # a merged slug, a name or an alias (several queries)
        live = await run_in_threadpool(_live_slug, request.app.state.engine, slug)
        document = await reader.read(live)
        if document is None:
            raise _unknown(slug)
    tag = _etag(document.slug, document.last_position)
    if request.headers.get("if-none-match") == tag:
        return Response(status_code=304, headers={"ETag": tag})
    return Response(document.body, media_type="application/json", headers={"ETag": tag})


async def _plain_timeline(request: Request) -> Response:
    return await current_timeline(request, request.path_params["slug"])


# Added by the app factory to the app's own routes, ahead of this router: FastAPI
# rebuilds the Starlette routes of an included router as plain Routes (no subclass).
PLAIN_TIMELINE = _PlainTimeline(
    f"{router.prefix}/drugs/{{slug}}/timeline",
    _plain_timeline,
    methods=["GET"],
    include_in_schema=False,  # documented by the route below
)


@router.get("/drugs/{slug}/timeline")
async def timeline(
    request: Request,
    slug: str,
    as_of: Annotated[datetime | None, Query(description="The ledger as it stood then.")] = None,
    position: Annotated[
        int | None, Query(ge=0, description="The ledger up to this position.")
    ] = None,
) -> Response:
    """A drug's timeline, now or as the ledger stood at a time or position."""
    if as_of is None and position is None:
        return await current_timeline(request, slug)
    await require_read(request)
    engine: Engine = request.app.state.engine
    return await run_in_threadpool(_timeline_as_of, engine, slug, as_of, position)


def _live_slug(engine: Engine, slug: str) -> str:
    with read_only(engine).connect() as conn:
        live = queries.resolve(conn, slug)
    if live is None:
        raise _unknown(slug)
    return live


def _timeline_as_of(
    engine: EngineDep, slug: str, as_of: datetime | None, position: int | None
) -> Response:
    if as_of is not None and as_of.tzinfo is None:
        raise HTTPException(422, "as_of needs a time zone, e.g. 2025-06-01T00:00:00Z")
    view = ledger_as_of(engine, slug, as_of, position)
    if view is None:
        raise HTTPException(404, f"no drug was known by {slug!r} then")
    body = {
        "drug": {"slug": view.slug, "status": view.status()},
        "as_of": as_of.isoformat() if as_of else None,
        "position": view.position,
        "items": view.items(),
        "next": None,
    }
    return JSONResponse(body)


def _items(engine: EngineDep, slug: str) -> tuple[dict[str, Any], list[dict[str, Any]]]:
    found = _live(engine, slug)
    with read_only(engine).connect() as conn:
        line = queries.timeline(conn, found["slug"])
    return found, (line.items() if line else [])


@router.get("/drugs/{slug}/timeline.csv", response_class=Response)
def timeline_as_csv(engine: EngineDep, _: ReadActor, slug: str) -> Response:
    found, items = _items(engine, slug)
    headers = {"Content-Disposition": f'attachment; filename="{found["slug"]}-timeline.csv"'}
    return Response(timeline_csv(items), media_type="text/csv; charset=utf-8", headers=headers)


@router.get("/drugs/{slug}/timeline.ics", response_class=Response)
def timeline_as_ics(engine: EngineDep, _: ReadActor, slug: str) -> Response:
    found, items = _items(engine, slug)
    calendar, omitted = timeline_ics(found["slug"], found["name"], items)
    headers = {
        "Content-Disposition": f'attachment; filename="{found["slug"]}.ics"',
        "X-Omitted-Unknown-Dates": str(omitted),
    }
    return Response(calendar, media_type="text/calendar; charset=utf-8", headers=headers)


@router.post("/drugs/{slug}/milestones", status_code=201)
def record_milestone(
    engine: EngineDep,
    actor: AdminActor,
    slug: str,
    body: MilestoneIn,
    idempotency_key: Annotated[str | None, Header()] = None,
) -> dict[str, Any]:
    """Record an analyst's milestone (a `MilestoneRecorded` sourced to the outlet "analyst").

    With `new_drug`, the milestone creates a drug the ledger has never seen.
    """
    fields = body.model_dump()
    record = curation.record_milestone if body.new_drug is None else new_drugs.record_new_drug
    try:
        stored = record(engine, slug, fields, actor, idempotency_key)
    except curation.CurationError as exc:
        raise HTTPException(exc.status, str(exc)) from exc
    return {
        "milestone_id": stored.data["milestone_id"],
        "slug": stored.stream.removeprefix("drug-"),
        "event_id": str(stored.event_id),
        "position": stored.position,
    }
