"""/v1/audit routes: the ledger as it stood, with the events behind each line; the hash chain."""

from __future__ import annotations

from datetime import datetime
from typing import Annotated, Any

from fastapi import APIRouter, HTTPException, Query

from service.api.auth import ReadActor
from service.api.deps import EngineDep
from service.projections.asof import ledger_as_of
from service.store.verification import verify_chain

router = APIRouter(prefix="/v1", tags=["audit"])


@router.get("/audit/drugs/{slug}")
def drug_audit(
    engine: EngineDep,
    _: ReadActor,
    slug: str,
    as_of: Annotated[datetime | None, Query(description="The ledger as it stood then.")] = None,
    position: Annotated[int | None, Query(ge=0)] = None,
) -> dict[str, Any]:
    if as_of is not None and as_of.tzinfo is None:
        raise HTTPException(422, "as_of needs a time zone, e.g. 2025-06-01T00:00:00Z")
    view = ledger_as_of(engine, slug, as_of, position)
    if view is None:
        raise HTTPException(404, f"no drug was known by {slug!r} then")
    return {
        "drug": view.slug,
        "as_of": as_of.isoformat() if as_of else None,
        "position": view.position,
        "status": view.status(),
        "items": view.audit_items(),
        "next": None,
    }


@router.get("/audit/verify")
def verify(engine: EngineDep, _: ReadActor) -> dict[str, Any]:
    report = verify_chain(engine)
    return {
        "ok": report.ok,
        "checked": report.checked,
        "first_bad_position": report.first_bad_position,
        "reason": report.reason,
        "summary": report.summary(),
    }
