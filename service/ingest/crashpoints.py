"""A test hook: SIGKILL this process right after the Nth pipeline step.

`MILESTONES_INGEST_KILL_AFTER=N` makes the Nth call of `passed()` kill the
process the hard way (no cleanup, no atexit), so tests can prove that a run
killed between any two steps, then run again, loses and duplicates nothing.
"""

from __future__ import annotations

import itertools
import logging
import os
import signal
import sys

ENV = "MILESTONES_INGEST_KILL_AFTER"
_steps = itertools.count(1)
log = logging.getLogger(__name__)


def passed(step: str) -> None:
    target = os.environ.get(ENV)
    if not target:
        return
    number = next(_steps)
    if number == int(target):
        sys.stderr.write(f"crashpoint: killing after step {number} ({step})\n")
        sys.stderr.flush()
        os.kill(os.getpid(), signal.SIGKILL)
