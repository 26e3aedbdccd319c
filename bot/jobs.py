"""The post-ack workers (the ``services.ports.Jobs`` port).

Two bounded pools, apart from Bolt's listener threads (which only ack, validate, persist and
open modals, so an ack never waits behind Slack work):

* ``workers`` threads take due work from the database (``services.work.drain``: unfinished
  set-ups, pending outbox deliveries). ``wake()`` rouses the idle ones at once; one of them also
  looks every ``poll`` seconds on its own, so work persisted by a crashed process, another
  replica, or while every worker was busy, is found without waiting for the sweep. A failure
  that escapes a round (the database away) is logged by class and retried with backoff.
* ``answers`` threads run short replies to the person who asked (``submit``: an ephemeral
  answer, a Home tab) — never a set-up or a delivery, so they do not wait behind those either.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor, wait
from typing import Any

log = logging.getLogger(__name__)

#: Pause after a failed round, doubling up to the cap (seconds).
BACKOFF_START, BACKOFF_CAP = 0.5, 30.0


class ThreadJobs:
    def __init__(self, max_workers: int = 4, *, workers: int = 0, poll: float = 5.0):
        self._pool = ThreadPoolExecutor(max_workers=max_workers, thread_name_prefix="leakbot-job")
        self._pending: set[Future[None]] = set()
        self._lock = threading.Lock()
        self._workers = workers
        self._poll = poll
        self._threads: list[threading.Thread] = []
        self._wakeup = threading.Condition()
        self._generation = 0
        self._busy = 0
        self._stopping = threading.Event()

    # --- the database-driven workers -------------------------------------------------------

    def start(self, work: Callable[[], object]) -> None:
        """Start the workers; each runs ``work()`` (one drain of due work) whenever woken."""
        for n in range(self._workers):
            thread = threading.Thread(target=self._loop, args=(work, n == 0), name=f"leakbot-worker-{n}", daemon=True)
            thread.start()
            self._threads.append(thread)

    def wake(self) -> None:
        with self._wakeup:
            self._generation += 1
            self._wakeup.notify_all()

    def _loop(self, work: Callable[[], object], polls: bool) -> None:
        pause = BACKOFF_START
        while not self._stopping.is_set():
            with self._wakeup:
                seen = self._generation
                self._busy += 1
            try:
                did = work()
                pause = BACKOFF_START
            except Exception as exc:  # noqa: BLE001 - a worker must survive anything and try again
                with self._wakeup:
                    self._busy -= 1
                log.error("worker round failed: %s; retrying in %.1f s", type(exc).__name__, pause)
                self._stopping.wait(pause)
                pause = min(pause * 2, BACKOFF_CAP)
                continue  # the work is still due: try again after the pause
            with self._wakeup:
                self._busy -= 1
                if did:  # there was work: there may be more than this worker can take alone
                    self._generation += 1
                    self._wakeup.notify_all()
                    continue
                if self._generation == seen and not self._stopping.is_set():
                    self._wakeup.wait(self._poll if polls else None)

    def idle(self) -> bool:
        with self._wakeup:
            return self._busy == 0

    # --- short answers ---------------------------------------------------------------------

    def submit(self, fn: Callable[..., object], *args: Any, **kwargs: Any) -> None:
        try:
            future = self._pool.submit(self._run, fn, args, kwargs)
        except RuntimeError:  # the pool was shut down: the process is stopping
            log.warning("post-ack job %s not run: stopping", getattr(fn, "__name__", fn))
            return
        with self._lock:
            self._pending.add(future)
        future.add_done_callback(self._forget)

    def _forget(self, future: Future[None]) -> None:
        with self._lock:
            self._pending.discard(future)

    def wait_idle(self, timeout: float | None = None) -> bool:
        """Wait until every answer submitted so far has finished and no worker is in a round;
        False if some work still runs after ``timeout``."""
        import time

        deadline = None if timeout is None else time.monotonic() + timeout
        with self._lock:
            pending = set(self._pending)
        _, not_done = wait(pending, timeout=timeout)
        if not_done:
            return False
        while not self.idle():
            if deadline is not None and time.monotonic() >= deadline:
                return False
            time.sleep(0.01)
        return True

    @staticmethod
    def _run(fn: Callable[..., object], args: tuple, kwargs: dict) -> None:
        try:
            fn(*args, **kwargs)
        except Exception as exc:  # noqa: BLE001 - it must not vanish silently, nor log report text
            log.error("post-ack job %s failed: %s", getattr(fn, "__name__", fn), type(exc).__name__)

    def stop_workers(self, wait: bool = True) -> None:
        """Stop the database-driven workers (the answer pool keeps running); due work stays in the
        database for the sweep or another replica."""
        self._stopping.set()
        self.wake()
        if wait:
            for thread in self._threads:
                thread.join()

    def shutdown(self, wait: bool = True) -> None:
        self.stop_workers(wait=False)
        self._pool.shutdown(wait=wait)
        if wait:
            for thread in self._threads:
                thread.join()
