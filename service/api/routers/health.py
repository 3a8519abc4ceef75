"""Liveness and readiness."""

from __future__ import annotations

from fastapi import APIRouter
from sqlalchemy import text

from service.api.deps import EngineDep
from service.store.database import read_only

router = APIRouter(tags=["health"])


@router.get("/healthz")
def healthz(engine: EngineDep) -> dict[str, str]:
    with read_only(engine).connect() as conn:
        conn.execute(text("SELECT 1"))
    return {"status": "ok", "database": engine.dialect.name}
