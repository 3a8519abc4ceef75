"""/v1/deliveries routes: one delivery and its attempts; send it again."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from fastapi import APIRouter

from service.api.auth import AdminActor
from service.api.deps import EngineDep
from service.api.routers.subscriptions import call
from service.webhooks.deliveries import get_delivery, retry_delivery

router = APIRouter(prefix="/v1", tags=["deliveries"])


@router.get("/deliveries/{delivery_id}")
def get(delivery_id: int, engine: EngineDep, _actor: AdminActor) -> dict[str, Any]:
    return call(lambda: get_delivery(engine, delivery_id))


@router.post("/deliveries/{delivery_id}/retry")
def retry(delivery_id: int, engine: EngineDep, _actor: AdminActor) -> dict[str, Any]:
    """Queue this delivery again now (one more attempt, whatever its status)."""
    return call(lambda: retry_delivery(engine, delivery_id, datetime.now(UTC)))
