"""/v1/subscriptions routes: translate HTTP to `service.webhooks` calls and back."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from typing import Annotated, Any, TypeVar

from fastapi import APIRouter, HTTPException, Query, Response, status
from pydantic import AnyUrl, BaseModel, Field, model_validator

from service.api.auth import AdminActor
from service.api.deps import EngineDep, SettingsDep
from service.store.log import EventStore
from service.webhooks import replay as replays
from service.webhooks import subscriptions as subs
from service.webhooks.addresses import AddressGuard
from service.webhooks.deliveries import list_deliveries
from service.webhooks.filters import EVENT_NAMES

router = APIRouter(prefix="/v1", tags=["subscriptions"])
T = TypeVar("T")


class Filters(BaseModel):
    drugs: list[str] = Field(default_factory=list, description="Drug slugs or names.")
    companies: list[str] = Field(default_factory=list)
    milestone_types: list[str] = Field(default_factory=list)
    jurisdictions: list[str] = Field(default_factory=list)


class SubscriptionIn(BaseModel):
    url: AnyUrl
    event_types: list[str] = Field(default_factory=lambda: list(EVENT_NAMES), min_length=1)
    filters: Filters = Field(default_factory=Filters)
    description: str | None = None
    ordered: bool = Field(True, description="Deliver in log order (a failure holds back later).")


class SubscriptionPatch(BaseModel):
    url: AnyUrl | None = None
    event_types: list[str] | None = Field(None, min_length=1)
    filters: Filters | None = None
    description: str | None = None
    ordered: bool | None = None


class Rotation(BaseModel):
    grace_hours: float = Field(24.0, ge=0, le=24 * 30)


class ReplayIn(BaseModel):
    from_position: int | None = Field(None, ge=1)
    since: datetime | None = None

    @model_validator(mode="after")
    def _one_of(self) -> ReplayIn:
        if (self.from_position is None) == (self.since is None):
            raise ValueError("give exactly one of from_position and since")
        return self


def now() -> datetime:
    return datetime.now(UTC)


def guard_of(settings: SettingsDep) -> AddressGuard:
    return AddressGuard.from_setting(settings.webhook_allowed_networks)


def call(action: Callable[[], T]) -> T:
    """Run a service call, turning its errors into 404 / 422 problems."""
    try:
        return action()
    except LookupError as exc:
        raise HTTPException(status.HTTP_404_NOT_FOUND, str(exc).strip("'\"")) from exc
    except ValueError as exc:
        raise HTTPException(422, str(exc)) from exc


@router.post("/subscriptions", status_code=status.HTTP_201_CREATED)
def create(
    body: SubscriptionIn, engine: EngineDep, settings: SettingsDep, _actor: AdminActor
) -> dict[str, Any]:
    """Subscribe a URL; the answer carries the signing `secret`, shown only this once."""
    spec = subs.SubscriptionSpec(
        url=str(body.url), event_types=body.event_types, filters=body.filters.model_dump(),
        description=body.description, ordered=body.ordered,
    )  # fmt: skip
    created, secret = call(
        lambda: subs.create_subscription(engine, guard_of(settings), spec, now())
    )
    return {**created, "secret": secret}


@router.get("/subscriptions")
def list_all(
    engine: EngineDep,
    _actor: AdminActor,
    cursor: str | None = None,
    limit: Annotated[int, Query(ge=1, le=500)] = 50,
) -> dict[str, Any]:
    items, after = subs.list_subscriptions(engine, cursor, limit)
    return {"items": items, "next": after}


@router.get("/subscriptions/{subscription_id}")
def get(subscription_id: str, engine: EngineDep, _actor: AdminActor) -> dict[str, Any]:
    return call(lambda: subs.get_subscription(engine, subscription_id))


@router.patch("/subscriptions/{subscription_id}")
def patch(
    subscription_id: str,
    body: SubscriptionPatch,
    engine: EngineDep,
    settings: SettingsDep,
    _actor: AdminActor,
) -> dict[str, Any]:
    changes = body.model_dump(exclude_unset=True)
    if "url" in changes:
        changes["url"] = str(body.url)
    guard = guard_of(settings)
    return call(lambda: subs.update_subscription(engine, guard, subscription_id, changes, now()))


@router.delete("/subscriptions/{subscription_id}", status_code=status.HTTP_204_NO_CONTENT)
def delete(subscription_id: str, engine: EngineDep, _actor: AdminActor) -> Response:
    call(lambda: subs.delete_subscription(engine, subscription_id, now()))
    return Response(status_code=status.HTTP_204_NO_CONTENT)


@router.post("/subscriptions/{subscription_id}/pause")
def pause(subscription_id: str, engine: EngineDep, _actor: AdminActor) -> dict[str, Any]:
    return call(lambda: subs.set_status(engine, subscription_id, "paused", now()))


@router.post("/subscriptions/{subscription_id}/resume")
def resume(subscription_id: str, engine: EngineDep, _actor: AdminActor) -> dict[str, Any]:
    """Deliver again; also re-enables a subscription the dispatcher disabled."""
    return call(lambda: subs.set_status(engine, subscription_id, "active", now()))


@router.post("/subscriptions/{subscription_id}/rotate-secret")
def rotate_secret(
    subscription_id: str, engine: EngineDep, _actor: AdminActor, body: Rotation | None = None
) -> dict[str, Any]:
    """A new secret; the old one also signs (a second `v1,` signature) until the grace ends."""
    grace = timedelta(hours=(body or Rotation()).grace_hours)
    rotated, secret = call(lambda: subs.rotate_secret(engine, subscription_id, now(), grace))
    return {**rotated, "secret": secret}


@router.get("/subscriptions/{subscription_id}/deliveries")
def deliveries(
    subscription_id: str,
    engine: EngineDep,
    _actor: AdminActor,
    status_: Annotated[str | None, Query(alias="status")] = None,
    cursor: int | None = None,
    limit: Annotated[int, Query(ge=1, le=500)] = 50,
) -> dict[str, Any]:
    """The delivery log, newest first, each delivery with its attempts."""
    items, after = call(lambda: list_deliveries(engine, subscription_id, status_, cursor, limit))
    return {"items": items, "next": after}


@router.post("/subscriptions/{subscription_id}/replay", status_code=status.HTTP_202_ACCEPTED)
def replay(
    subscription_id: str, body: ReplayIn, engine: EngineDep, _actor: AdminActor
) -> dict[str, Any]:
    """Send history again, from a log position or a time."""
    queued = call(
        lambda: replays.replay(
            engine, EventStore(engine), subscription_id, now(), body.from_position, body.since
        )
    )
    return {"queued": queued}
