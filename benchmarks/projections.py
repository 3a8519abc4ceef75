"""Read-model rebuild speed and timeline endpoint throughput, each beside its baseline.

For each back-end (SQLite, PostgreSQL): generate `--events` valid domain events over
`--drugs` drugs (recorded, corroborated, corrected, retracted, alias links, a few
merges, interleaved across drugs as a live log would be), appended through the
store's batch path (`append_all`, many streams per transaction, hash chain on).
Then:
  * rebuild: `rebuild()` (drop and refold every read model) in events/s, beside a
    plain scan of the events table (SELECT of every row, no envelope, no fold): the limit;
  * timeline: GET /v1/drugs/{slug}/timeline over real HTTP (uvicorn on loopback, a
    separate process) from `--clients` concurrent httpx clients, beside a bare FastAPI
    endpoint served the same way in the same run: requests/s, p50 and p99 latency.

    .venv/bin/python benchmarks/projections.py [--events 1000000] [--drugs 50000]
        [--requests 4000] [--clients 32] [--backends sqlite,postgresql]
"""

from __future__ import annotations

import argparse
import asyncio
import os
import random
import socket
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import httpx
from fastapi import FastAPI
from sqlalchemy import text

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from scratch_databases import scratch_database  # noqa: E402

from service.domain.drugs import milestone_key  # noqa: E402
from service.projections.projector import rebuild  # noqa: E402
from service.schema import migrate  # noqa: E402
from service.store.database import make_engine  # noqa: E402
from service.store.events import AppendRequest, NewEvent  # noqa: E402
from service.store.log import EventStore  # noqa: E402

DEFAULT_PG = "postgresql://postgres@127.0.0.1:5432/postgres"
PLAN = [
    ("ind_clearance", "US", {}),
    ("trial_initiation", "CN", {"phase": "3"}),
    ("designation", "US", {"designation": "orphan_drug"}),
    ("program_inclusion", "CN", {"program": "SPARK Plan"}),
    ("application_submission", "CN", {"application": "NDA"}),
    ("application_acceptance", "CN", {"application": "NDA"}),
    ("priority_review", "CN", {}),
    ("approval", "CN", {"pathway": "conditional"}),
]


def _source(article: str, day: str | None) -> dict[str, Any]:
    return {
        "article_id": article,
        "url": f"https://news.example/{article}",
        "outlet": "bench",
        "published": "2025-06-01",
        "quote": "a sentence that says it happened",
        "span": None,
        "date": day,
        "date_precision": "day" if day else "unknown",
    }


def _recorded(i: int, n: int, plan: tuple[str, str, dict[str, Any]], day: str) -> dict[str, Any]:
    slug = f"benchinib-{i}"
    kind, jur, attrs = plan
    return {
        "milestone_id": milestone_key(slug, kind, jur, attrs), "slug": slug, "drug": slug,
        "aliases": [f"BX-{i}"], "company": f"Company {i % 997}", "milestone_type": kind,
        "jurisdiction": jur, "agency": "NMPA" if jur == "CN" else "FDA", "date": day,
        "date_precision": "day", "indication": "solid tumors", "attributes": attrs,
        "source": _source(f"{slug}-{n}", day), "confidence": 0.9,
    }  # fmt: skip


def _follow_up(
    slug: str, i: int, k: int, mid: str, day: str, roll: float, rng: random.Random
) -> tuple[str, dict[str, Any]]:
    """Another source (mostly agreeing on the date), a correction, an alias or a retraction."""
    if roll < 0.8:
        other = day if rng.random() < 0.85 else f"{day[:8]}{rng.randint(1, 28):02d}"
        return "MilestoneCorroborated", {
            "milestone_id": mid,
            "source": _source(f"{slug}-c{k}", other),
            "confidence": 0.8,
        }
    if roll < 0.9:
        return "MilestoneCorrected", {
            "milestone_id": mid,
            "changes": {"indication": "NTRK fusion-positive solid tumors"},
            "reason": "analyst",
        }
    if roll < 0.95:
        return "DrugAliasLinked", {
            "drug": slug,
            "alias": f"Brand{i}-{k}",
            "company": None,
            "reason": "",
            "article_id": None,
        }
    return "MilestoneRetracted", {"milestone_id": mid, "reason": "misread"}  # fmt: skip


def drug_events(i: int, per_drug: int, rng: random.Random) -> list[tuple[str, str, dict[str, Any]]]:
    """One drug's history: its milestones, then more sources, a correction, an alias."""
    slug = f"benchinib-{i}"
    out: list[tuple[str, str, dict[str, Any]]] = []
    ids = []
    for n, plan in enumerate(PLAN[: max(1, min(len(PLAN), per_drug // 2))]):
        day = f"{2020 + n // 2}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
        data = _recorded(i, n, plan, day)
        ids.append((data["milestone_id"], day))
        out.append(("MilestoneRecorded", slug, data))
    while len(out) < per_drug:
        mid, day = rng.choice(ids)
        kind, data = _follow_up(slug, i, len(out), mid, day, rng.random(), rng)
        out.append((kind, slug, data))
    return out


def generate(store: EventStore, events: int, drugs: int, seed: int = 1) -> int:
    """Interleave every drug's history (order within a drug kept) and append in big batches."""
    rng = random.Random(seed)
    per_drug = max(1, events // drugs)
    keyed = []
    for i in range(drugs):
        for k, item in enumerate(drug_events(i, per_drug, rng)):
            keyed.append((k + rng.random() * 3, item))
    keyed.sort(key=lambda pair: pair[0])
    merges = [
        (
            "DrugsMerged",
            f"benchinib-{i - 1}",
            {
                "into": f"benchinib-{i - 1}",
                "merged": f"benchinib-{i}",
                "reason": "bench",
                "article_id": None,
            },
        )
        for i in range(1, drugs, 1000)
    ]
    items = [item for _, item in keyed] + merges
    for start in range(0, len(items), 5000):
        chunk = items[start : start + 5000]
        store.append_all(
            [AppendRequest(f"drug-{slug}", [NewEvent(kind, data)]) for kind, slug, data in chunk]
        )
    return len(items)


def plain_scan(engine: Any) -> int:
    count = 0
    with engine.connect() as conn:
        result = conn.execution_options(stream_results=True, yield_per=5000).execute(
            text("SELECT * FROM events ORDER BY position")
        )
        for rows in result.partitions():
            count += len(rows)
    return count


def bare_app() -> FastAPI:
    app = FastAPI()

    @app.get("/bare/{slug}")
    def bare(slug: str) -> dict[str, Any]:
        return {"slug": slug, "items": [], "next": None}

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


async def _load(base: str, paths: list[str], clients: int) -> tuple[float, list[float]]:
    latencies: list[float] = []
    queue = iter(paths)
    limits = httpx.Limits(max_connections=clients, max_keepalive_connections=clients)
    async with httpx.AsyncClient(base_url=base, limits=limits, timeout=30) as client:

        async def worker() -> None:
            for path in queue:
                began = time.perf_counter()
                answer = await client.get(path)
                latencies.append(time.perf_counter() - began)
                if answer.status_code != 200:
                    raise RuntimeError(f"{path}: {answer.status_code} {answer.text[:200]}")

        await asyncio.gather(*(worker() for _ in range(clients)))  # warm: not timed
        queue = iter(paths)
        latencies.clear()
        began = time.perf_counter()
        await asyncio.gather(*(worker() for _ in range(clients)))
        return time.perf_counter() - began, latencies


def http_figures(base: str, paths: list[str], clients: int) -> tuple[float, float, float]:
    elapsed, latencies = asyncio.run(_load(base, paths, clients))
    latencies.sort()
    pick = lambda q: latencies[min(len(latencies) - 1, int(q * len(latencies)))] * 1000  # noqa: E731
    return len(paths) / elapsed, pick(0.50), pick(0.99)


def rebuild_figures(engine: Any, total: int) -> tuple[float, float, Any]:
    began = time.perf_counter()
    scanned = plain_scan(engine)
    scan_rate = scanned / (time.perf_counter() - began)
    began = time.perf_counter()
    run = rebuild(engine)
    return scan_rate, total / (time.perf_counter() - began), run


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
        scan_rate, rebuild_rate, run = rebuild_figures(engine, total)
        print(f"[{backend}] rebuilt {run.drugs} drugs, {run.milestones} milestones", flush=True)
        rng = random.Random(2)
        slugs = [f"benchinib-{rng.randrange(args.drugs)}" for _ in range(args.requests)]
        with server("service.api.app:create_app", url) as base:
            timeline = http_figures(base, [f"/v1/drugs/{s}/timeline" for s in slugs], args.clients)
        with server("projections:bare_app", url) as base:
            bare = http_figures(base, [f"/bare/{s}" for s in slugs], args.clients)
        engine.dispose()
    ratio = f"({timeline[0] / bare[0]:.0%} of bare)"
    return [
        (backend, "plain scan of events (limit)", f"{scan_rate:,.0f} events/s", "", ""),
        (backend, "rebuild all read models", f"{rebuild_rate:,.0f} events/s",
         f"{rebuild_rate / scan_rate:.0%} of scan", ""),
        (backend, "bare FastAPI endpoint", f"{bare[0]:,.0f} req/s",
         f"p50 {bare[1]:.1f} ms", f"p99 {bare[2]:.1f} ms"),
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
