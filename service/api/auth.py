"""API keys and scopes (`read`, `admin`; admin implies read) as FastAPI dependencies.

Reads are open unless `api_read_requires_key`; writes always need an admin key sent
as `Authorization: Bearer <key>`. The dependency's value is the actor recorded in
event metadata: the key's name.
"""

from __future__ import annotations

from typing import Annotated

from fastapi import Depends, HTTPException, Request, status
from starlette.concurrency import run_in_threadpool

from service.api.deps import EngineDep
from service.api.keys import find_key

ANONYMOUS = "anonymous"


def _bearer(request: Request) -> str | None:
    header = request.headers.get("authorization", "")
    scheme, _, token = header.partition(" ")
    if scheme.lower() != "bearer" or not token.strip():
        return None
    return token.strip()


def _holder(request: Request, engine: EngineDep, scope: str) -> str:
    token = _bearer(request)
    challenge = {"WWW-Authenticate": "Bearer"}
    if token is None:
        raise HTTPException(
            status.HTTP_401_UNAUTHORIZED,
            f"this needs an API key with scope {scope!r}: send 'Authorization: Bearer <key>'",
            headers=challenge,
        )
    holder = find_key(engine, token)
    if holder is None:
        raise HTTPException(status.HTTP_401_UNAUTHORIZED, "unknown or revoked API key", challenge)
    if not holder.allows(scope):
        raise HTTPException(
            status.HTTP_403_FORBIDDEN,
            f"key {holder.name!r} has scope {holder.scope!r}, not {scope!r}",
        )
    return holder.name


async def require_read(request: Request) -> str:
    """Anonymous reads cost no thread hop and no sub-dependency (the hot read path)."""
    state = request.app.state
    if not state.settings.api_read_requires_key and _bearer(request) is None:
        return ANONYMOUS
    return await run_in_threadpool(_holder, request, state.engine, "read")


def require_admin(request: Request, engine: EngineDep) -> str:
    return _holder(request, engine, "admin")


ReadActor = Annotated[str, Depends(require_read)]
AdminActor = Annotated[str, Depends(require_admin)]
