"""API keys and scopes (`read`, `admin`). Issue 5 replaces this placeholder with hashed keys."""

from __future__ import annotations

from typing import Annotated

from fastapi import Depends


def require_read() -> str:
    return "anonymous"


def require_admin() -> str:
    return "anonymous"


ReadActor = Annotated[str, Depends(require_read)]
AdminActor = Annotated[str, Depends(require_admin)]
