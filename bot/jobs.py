"""The post-ack worker pool (the ``services.ports.Jobs`` port).

Slow Slack work after an ack (mobilizing an incident, sending its messages, opening a modal) runs
here, in a bounded pool of its own, so it never queues in front of the acks that Bolt's listener
threads must return within 3 seconds. Work is persisted before it is submitted; if the process
dies with work still queued, the sweep finds the unfinished mobilization or pending delivery.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor, wait
from typing import Any

log = logging.getLogger(__name__)


class ThreadJobs:
    def __init__(self, max_workers: int = 4):
        self._pool = ThreadPoolExecutor(max_workers=max_workers, thread_name_prefix="leakbot-job")
        self._pending: set[Future[None]] = set()
        self._lock = threading.Lock()

    def submit(self, fn: Callable[..., object], *args: Any, **kwargs: Any) -> None:
        try:
            future = self._pool.submit(self._run, fn, args, kwargs)
        except RuntimeError:  # the pool was shut down: the process is stopping
            log.warning("post-ack job %s not run: stopping; the sweep resumes what was persisted",
                        getattr(fn, "__name__", fn))
            return
        with self._lock:
            self._pending.add(future)
        future.add_done_callback(self._forget)

    def _forget(self, future: Future[None]) -> None:
        with self._lock:
            self._pending.discard(future)

    def wait_idle(self, timeout: float | None = None) -> bool:
        """Wait until every job submitted so far has finished; False if some still run after ``timeout``."""
        with self._lock:
            pending = set(self._pending)
        _, not_done = wait(pending, timeout=timeout)
        return not not_done

    @staticmethod
    def _run(fn: Callable[..., object], args: tuple, kwargs: dict) -> None:
        try:
            fn(*args, **kwargs)
        except Exception:  # noqa: BLE001 - a failed job is retried by the sweep; it must not vanish silently
            log.exception("post-ack job %s failed", getattr(fn, "__name__", fn))

    def shutdown(self, wait: bool = True) -> None:
        self._pool.shutdown(wait=wait)
