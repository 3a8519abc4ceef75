"""/v1/companies routes: a developer and its drugs."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, HTTPException

from service.api.auth import ReadActor
from service.api.deps import EngineDep
from service.domain.drugs import slugify
from service.projections import queries
from service.store.database import read_only

router = APIRouter(prefix="/v1", tags=["companies"])


@router.get("/companies/{slug}")
def company(engine: EngineDep, _: ReadActor, slug: str) -> dict[str, Any]:
    with read_only(engine).connect() as conn:
        found = queries.company(conn, slugify(slug))
    if found is None:
        raise HTTPException(404, f"no company {slug!r} has drugs in the ledger")
    return found
