"""The post-ack worker pool (the ``services.ports.Jobs`` port).

Slow Slack work after an ack (mobilizing an incident, sending its messages, opening a modal) runs
here, in a bounded pool of its own, so it never queues in front of the acks that Bolt's listener
threads must return within 3 seconds. Work is persisted before it is submitted; if the process
dies with work still queued, the sweep finds the unfinished mobilization or pending delivery.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from typing import Any

log = logging.getLogger(__name__)


class ThreadJobs:
    def __init__(self, max_workers: int = 4):
        self._pool = ThreadPoolExecutor(max_workers=max_workers, thread_name_prefix="leakbot-job")

    def submit(self, fn: Callable[..., object], *args: Any, **kwargs: Any) -> None:
        self._pool.submit(self._run, fn, args, kwargs)

    @staticmethod
    def _run(fn: Callable[..., object], args: tuple, kwargs: dict) -> None:
        try:
            fn(*args, **kwargs)
        except Exception:  # noqa: BLE001 - a failed job is retried by the sweep; it must not vanish silently
            log.exception("post-ack job %s failed", getattr(fn, "__name__", fn))

    def shutdown(self, wait: bool = True) -> None:
        self._pool.shutdown(wait=wait)
