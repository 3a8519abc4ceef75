"""`/metrics` in the Prometheus text format: log head, projector lag, request counts."""

from __future__ import annotations

import threading
from collections import Counter
from typing import Any

from fastapi import APIRouter, Request
from fastapi.responses import PlainTextResponse
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from service.api.deps import EngineDep
from service.projections.projector import checkpoint
from service.store.log import EventStore

router = APIRouter(tags=["health"])


class RequestCounts:
    def __init__(self) -> None:
        self.counts: Counter[tuple[str, str, int]] = Counter()
        self.lock = threading.Lock()


class RequestCounter:
    """Pure ASGI middleware (no per-request task), counting by method, route and status."""

    def __init__(self, app: ASGIApp, counts: RequestCounts) -> None:
        self.app = app
        self.counts = counts

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        status = [500]

        async def sending(message: Message) -> None:
            if message["type"] == "http.response.start":
                status[0] = message["status"]
            await send(message)

        try:
            await self.app(scope, receive, sending)
        finally:
            route = scope.get("route")
            path = getattr(route, "path", "unmatched")
            with self.counts.lock:
                self.counts.counts[(scope["method"], path, status[0])] += 1


def _escape(value: str) -> str:
    return value.replace("\\", "\\\\").replace('"', '\\"')


def _counts(request: Request) -> dict[tuple[str, str, int], int]:
    found: Any = getattr(request.app.state, "request_counts", None)
    if not isinstance(found, RequestCounts):
        return {}
    with found.lock:
        return dict(found.counts)


@router.get("/metrics", response_class=PlainTextResponse)
def metrics(request: Request, engine: EngineDep) -> PlainTextResponse:
    head = EventStore(engine).head_position()
    done = checkpoint(engine)
    lines = [
        "# HELP milestones_events_head_position Position of the last event in the log.",
        "# TYPE milestones_events_head_position gauge",
        f"milestones_events_head_position {head}",
        "# HELP milestones_projection_checkpoint Last position folded into the read models.",
        "# TYPE milestones_projection_checkpoint gauge",
        f"milestones_projection_checkpoint {done}",
        "# HELP milestones_projection_lag_events Events the read models have yet to fold.",
        "# TYPE milestones_projection_lag_events gauge",
        f"milestones_projection_lag_events {max(head - done, 0)}",
        "# HELP milestones_http_requests_total HTTP requests answered.",
        "# TYPE milestones_http_requests_total counter",
    ]
    for (method, path, status), count in sorted(_counts(request).items()):
        labels = f'method="{method}",route="{_escape(path)}",status="{status}"'
        lines.append(f"milestones_http_requests_total{{{labels}}} {count}")
    return PlainTextResponse("\n".join(lines) + "\n", media_type="text/plain; version=0.0.4")
