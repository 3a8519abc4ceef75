"""Read-model rebuild speed and timeline endpoint throughput, each beside its baseline.

For each back-end (SQLite, PostgreSQL): generate `--events` valid domain events over
`--drugs` drugs (recorded, corroborated, corrected, retracted, alias links, a few
merges, interleaved across drugs as a live log would be), appended through the
store's batch path (`append_all`, many streams per transaction, hash chain on).
Then:
  * rebuild: `rebuild()` (drop and refold every read model) in events/s, beside a
    plain scan of the events table (every row through the bare driver cursor, JSON
    left as text, no envelope, no fold): the limit; and beside `EventStore.scan` of the
    folded types, the rebuild's input, with its share of the rebuild's time. Best of
    `--rebuild-rounds`, alternating; `--skip-http` measures the rebuild alone;
  * timeline: GET /v1/drugs/{slug}/timeline over real HTTP (uvicorn on loopback, a
    separate process) from `--clients` concurrent keep-alive connections of a lean
    client in its own process (http_load), beside a bare FastAPI endpoint (async def)
    and, for reference, a bare Starlette route, served and driven the same way in the
    same run, taking turns in slices: requests/s, p50 and p99 latency.

    .venv/bin/python benchmarks/projections.py [--events 1000000] [--drugs 50000]
        [--requests 4000] [--clients 32] [--backends sqlite,postgresql]
"""

from __future__ import annotations

import argparse
import gc
import os
import random
import socket
import subprocess
import sys
import tempfile
import time
from collections.abc import AsyncIterator, Iterator
from contextlib import asynccontextmanager, contextmanager, suppress
from pathlib import Path
from typing import Any

import httpx
from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse
from starlette.routing import Route

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import http_load  # noqa: E402
from ledger_history import generate  # noqa: E402
from scratch_databases import scratch_database  # noqa: E402

from service.projections.fold import FOLDED_EVENTS  # noqa: E402
from service.projections.projector import rebuild  # noqa: E402
from service.schema import migrate  # noqa: E402
from service.store.database import make_engine  # noqa: E402
from service.store.log import EventStore  # noqa: E402

DEFAULT_PG = "postgresql://postgres@127.0.0.1:5432/postgres"
SLICES = 8  # turns each endpoint takes, alternating with the other
Figures = tuple[float, float, float]  # requests/s, p50 ms, p99 ms


def plain_scan(engine: Any, batch_size: int = 5000) -> int:
    """Every row of the events table through the bare driver cursor: the lean limit.

    The same statement and fetching on both back-ends: a server-side cursor on
    PostgreSQL (as the store's scan), JSON columns kept as the text the server sends
    (psycopg would parse them; sqlite3 returns text anyway), no envelope, no fold.
    """
    raw = engine.raw_connection()
    try:
        conn = raw.driver_connection
        if engine.dialect.name == "postgresql":
            from psycopg.types.string import TextLoader

            cursor = conn.cursor(name="plain_scan")
            for name in ("json", "jsonb"):
                cursor.adapters.register_loader(name, TextLoader)
        else:
            cursor = conn.cursor()
        count = 0
        cursor.execute("SELECT * FROM events ORDER BY position")
        while rows := cursor.fetchmany(batch_size):
            count += len(rows)
        cursor.close()
        return count
    finally:
        raw.rollback()
        raw.close()


def store_scan(engine: Any) -> int:
    """The rebuild's input: `EventStore.scan` of the folded event types."""
    return sum(1 for _ in EventStore(engine).scan(0, types=sorted(FOLDED_EVENTS), batch_size=5000))


def _reset_peak_rss() -> None:
    with suppress(OSError):  # Linux: writing 5 resets this process's peak RSS
        Path("/proc/self/clear_refs").write_text("5")


def _peak_rss_mb() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def bare_app() -> FastAPI:
    """The baseline: a bare FastAPI endpoint (async def, like the timeline's routes).

    Beside it, for reference only, a bare Starlette route in the same app: the kind
    of route that serves the plain timeline (no query string). Startup objects are
    frozen out of the garbage collector as the service's app does (same treatment).
    """

    @asynccontextmanager
    async def frozen(_: FastAPI) -> AsyncIterator[None]:
        gc.freeze()
        yield
        gc.unfreeze()

    app = FastAPI(lifespan=frozen)

    @app.get("/bare/{slug}")
    async def bare(slug: str) -> dict[str, Any]:
        return {"slug": slug, "items": [], "next": None}

    async def starlette(request: Request) -> JSONResponse:
        return JSONResponse({"slug": request.path_params["slug"], "items": [], "next": None})

    app.router.routes.append(Route("/starlette/{slug}", starlette, methods=["GET"]))
    return app


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@contextmanager
def server(factory: str, url: str) -> Iterator[str]:
    port = _free_port()
    env = dict(os.environ, DATABASE_URL=url, PYTHONPATH=f"{ROOT}:{ROOT / 'benchmarks'}")
    proc = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "uvicorn",
            "--factory",
            factory,
            "--host",
            "127.0.0.1",
            "--port",
            str(port),
            "--log-level",
            "warning",
            "--no-access-log",
            "--timeout-keep-alive",
            "120",  # idle pooled connections must not be closed under the client's feet
        ],
        env=env,
        cwd=ROOT,
    )
    base = f"http://127.0.0.1:{port}"
    try:
        for _ in range(200):
            try:
                httpx.get(f"{base}/docs", timeout=1)
                break
            except httpx.TransportError:
                time.sleep(0.1)
        yield base
    finally:
        proc.terminate()
        proc.wait(10)


def http_figures(elapsed: float, latencies: list[float]) -> Figures:
    latencies.sort()
    pick = lambda q: latencies[min(len(latencies) - 1, int(q * len(latencies)))] * 1000  # noqa: E731
    return len(latencies) / elapsed, pick(0.50), pick(0.99)


def _port(base: str) -> int:
    return int(base.rpartition(":")[2])


def endpoint_figures(url: str, args: argparse.Namespace) -> dict[str, Figures]:
    """Timeline and bare endpoints over the same slugs, taking turns in `SLICES` slices.

    All are served by uvicorn the same way and driven by the same lean client
    (http_load). The warm-up uses other slugs than the timed run.
    """
    rng = random.Random(2)
    slugs = [f"benchinib-{rng.randrange(args.drugs)}" for _ in range(args.requests)]
    warm = [f"benchinib-{rng.randrange(args.drugs)}" for _ in range(min(args.requests, 1000))]
    with (
        server("service.api.app:create_app", url) as app_base,
        server("projections:bare_app", url) as bare_base,
    ):
        targets = {
            name: (_port(base), [path.format(s) for s in slugs], [path.format(s) for s in warm])
            for name, base, path in (
                ("bare", bare_base, "/bare/{}"),
                ("starlette", bare_base, "/starlette/{}"),
                ("timeline", app_base, "/v1/drugs/{}/timeline"),
            )
        }
        found = http_load.measure("127.0.0.1", targets, args.clients, SLICES)
    return {name: http_figures(*got) for name, got in found.items()}


def rebuild_figures(
    engine: Any, total: int, backend: str, rounds: int
) -> tuple[list[tuple[str, ...]], Any]:
    """Plain scan, the store's scan and the rebuild, alternating, best of `rounds` each."""
    best: dict[str, float] = {}
    run: Any = None
    peak = 0.0
    for _ in range(rounds):
        for name, step in (
            ("plain", lambda: plain_scan(engine)),
            ("store", lambda: store_scan(engine)),
            ("rebuild", lambda: rebuild(engine)),
        ):
            _reset_peak_rss()
            began = time.perf_counter()
            result = step()
            elapsed = time.perf_counter() - began
            best[name] = min(best.get(name, elapsed), elapsed)
            if name == "rebuild":
                run, peak = result, max(peak, _peak_rss_mb())
    scan, store, built = (total / best[n] for n in ("plain", "store", "rebuild"))
    rows = [
        (backend, "plain scan of events (limit)", f"{scan:,.0f} events/s", "", ""),
        (backend, "EventStore.scan (rebuild input)", f"{store:,.0f} events/s",
         f"{store / scan:.0%} of scan", f"{best['store'] / best['rebuild']:.0%} of rebuild time"),
        (backend, "rebuild all read models", f"{built:,.0f} events/s",
         f"{built / scan:.0%} of scan", f"peak RSS {peak:,.0f} MB"),
    ]  # fmt: skip
    return rows, run


def run_backend(backend: str, args: argparse.Namespace, workdir: Path) -> list[tuple[str, ...]]:
    with scratch_database(backend, args.postgres, workdir) as url:
        engine = make_engine(url)
        migrate(engine)
        began = time.perf_counter()
        total = generate(EventStore(engine), args.events, args.drugs)
        print(
            f"[{backend}] generated {total} events over {args.drugs} drugs "
            f"in {time.perf_counter() - began:.1f}s",
            flush=True,
        )
        rebuild_rows, run = rebuild_figures(engine, total, backend, args.rebuild_rounds)
        print(f"[{backend}] rebuilt {run.drugs} drugs, {run.milestones} milestones", flush=True)
        if args.skip_http:
            engine.dispose()
            return rebuild_rows
        http = endpoint_figures(url, args)
        engine.dispose()
    bare, starlette, timeline = http["bare"], http["starlette"], http["timeline"]
    ratio = f"({timeline[0] / bare[0]:.0%} of bare, {timeline[0] / starlette[0]:.0%} of Starlette)"
    return [
        *rebuild_rows,
        (backend, "bare FastAPI endpoint (async def)", f"{bare[0]:,.0f} req/s",
         f"p50 {bare[1]:.1f} ms", f"p99 {bare[2]:.1f} ms"),
        (backend, "bare Starlette route (reference)", f"{starlette[0]:,.0f} req/s",
         f"p50 {starlette[1]:.1f} ms", f"p99 {starlette[2]:.1f} ms"),
        (backend, "GET /v1/drugs/{slug}/timeline", f"{timeline[0]:,.0f} req/s",
         f"p50 {timeline[1]:.1f} ms", f"p99 {timeline[2]:.1f} ms  {ratio}"),
    ]  # fmt: skip


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, default=1_000_000)
    parser.add_argument("--drugs", type=int, default=50_000)
    parser.add_argument("--requests", type=int, default=4000)
    parser.add_argument("--clients", type=int, default=32)
    parser.add_argument("--backends", default="sqlite,postgresql")
    parser.add_argument("--rebuild-rounds", type=int, default=2)
    parser.add_argument(
        "--skip-http", action="store_true", help="measure the rebuild only (no endpoints)"
    )
    parser.add_argument(
        "--postgres", default=os.environ.get("MILESTONES_TEST_POSTGRES_URL", DEFAULT_PG)
    )
    args = parser.parse_args()
    print(
        f"sizes: {args.events} events over {args.drugs} drugs; {args.requests} timeline "
        f"requests from {args.clients} concurrent clients; backends {args.backends}",
        flush=True,
    )
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        for backend in args.backends.split(","):
            rows.extend(run_backend(backend.strip(), args, Path(tmp)))
    widths = [max(len(r[i]) for r in rows) for i in range(5)]
    for row in rows:
        print("  ".join(cell.ljust(w) for cell, w in zip(row, widths, strict=True)).rstrip())
    print("goals: rebuild >= 50,000 events/s; timeline >= 50% of bare; timeline p99 < 50 ms")


if __name__ == "__main__":
    main()
