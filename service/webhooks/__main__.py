"""`python -m service.webhooks`: only the fan-out and dispatch loop, until SIGTERM/SIGINT.

`milestones serve --role worker` runs the same loop beside the other workers; this entry
exists so that the loop alone can be run, killed and restarted (crash tests, benchmarks).
"""

from __future__ import annotations

import argparse
import logging
import signal
import threading
from datetime import timedelta

from service.settings import get_settings
from service.store.database import make_engine
from service.store.log import EventStore
from service.webhooks.addresses import AddressGuard
from service.webhooks.dispatcher import DispatchConfig, Dispatcher


def main() -> None:
    parser = argparse.ArgumentParser(prog="python -m service.webhooks", description=__doc__)
    parser.add_argument("--timeout", type=float, help="seconds per attempt (default: settings)")
    parser.add_argument("--lease", type=float, default=60.0, help="seconds a claim is held")
    parser.add_argument("--workers", type=int, default=8, help="concurrent sends")
    args = parser.parse_args()
    settings = get_settings()
    logging.basicConfig(level=settings.log_level, format="%(asctime)s %(name)s: %(message)s")
    engine = make_engine(settings.database_url)
    config = DispatchConfig(
        workers=args.workers,
        timeout=args.timeout or settings.webhook_timeout_seconds,
        lease=timedelta(seconds=args.lease),
    )
    guard = AddressGuard.from_setting(settings.webhook_allowed_networks)
    dispatcher = Dispatcher(engine, EventStore(engine), guard, config=config)
    done = threading.Event()
    signal.signal(signal.SIGTERM, lambda *_: done.set())
    signal.signal(signal.SIGINT, lambda *_: done.set())
    dispatcher.start()
    print("dispatcher ready", flush=True)
    done.wait()
    dispatcher.stop()


if __name__ == "__main__":
    main()
