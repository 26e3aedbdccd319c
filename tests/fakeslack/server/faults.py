"""Fault injection: make calls fail (Slack errors, 429 with ``Retry-After``, 5xx) and make
methods slow, per method, so tests and benchmarks can play Slack's bad days."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from .base import FakeSlackBase
from .model import Failure


class FaultInjection(FakeSlackBase):
    """``fail`` / ``clear_failures`` and ``set_latency`` / ``clear_latency``."""

    # ------------------------------------------------------------------ failure injection
    def fail(
        self,
        method: str,
        *,
        error: str | None = None,
        status: int = 200,
        retry_after: int | None = None,
        times: int = 1,
        when: Callable[[dict[str, Any]], bool] | None = None,
        perform: bool = False,
        drop: bool = False,
    ) -> None:
        """Make the next ``times`` calls of ``method`` (``"*"`` = any) matching ``when(args)`` fail.

        * ``perform=True``: *lose the answer* — the call takes effect (the message is stored, the
          channel created…) and only then is the failure answered, as when Slack did the work but
          its answer never reached the app (a 5xx from a proxy, a timeout). The recorded call keeps
          the failure as its response.
        * ``drop=True``: close the connection without any answer (with ``perform``: after doing
          the work). ``status`` is then ignored.

        * ``status=429``: body ``{"ok":false,"error":"ratelimited"}`` and ``Retry-After`` header
          (``retry_after`` seconds, default 1 — must be an int, slack_sdk does ``int(header)``).
        * ``status>=500``: JSON error body (``error`` default ``internal_error``).
        * ``status=200``: ``{"ok": false, "error": error}`` (``error`` required).
        Injected failures are recorded in :attr:`calls` like any other.
        """
        if times < 1:
            raise ValueError("times must be >= 1")
        if perform and not drop and status < 500:
            raise ValueError("a lost answer is a 5xx (status>=500) or a dropped connection (drop=True)")
        if drop:
            error = error or "connection_dropped"
        elif status == 429:
            error = error or "ratelimited"
            retry_after = 1 if retry_after is None else int(retry_after)
        elif status >= 500:
            error = error or ("service_unavailable" if status == 503 else "internal_error")
        elif status == 200:
            if not error:
                raise ValueError("status=200 failures need an error code, e.g. error='name_taken'")
        else:
            error = error or "invalid_request"
        with self._lock:
            self._failures.append(Failure(method, error, status, retry_after, times, when, perform, drop))

    def clear_failures(self) -> None:
        """Drop every pending injected failure."""
        with self._lock:
            self._failures.clear()

    # ------------------------------------------------------------------ latency
    def set_latency(self, method: str, seconds: float) -> None:
        """Answer every call of ``method`` (``"*"`` = any method without its own setting) after
        ``seconds``, like a slow Slack.  The wait happens outside the fake's lock, so other calls
        (and other calls of the same method) proceed meanwhile; the call takes effect, and is
        recorded, when the wait is over.  Injected failures wait too.  ``seconds=0`` removes the
        setting.  Latencies are configuration: :meth:`reset` keeps them."""
        if seconds < 0:
            raise ValueError("seconds must be >= 0")
        with self._lock:
            if seconds:
                self._latency[method] = float(seconds)
            else:
                self._latency.pop(method, None)

    def clear_latency(self) -> None:
        """Answer every method at once again."""
        with self._lock:
            self._latency.clear()

    def _latency_for(self, method: str) -> float:
        with self._lock:
            return self._latency.get(method, self._latency.get("*", 0.0))

    def _take_failure(self, method: str, args: dict[str, Any]) -> Failure | None:
        """The first pending failure for this call (its budget is used up by one)."""
        for failure in self._failures:
            if failure.method not in ("*", method):
                continue
            if failure.when is not None and not failure.when(args):
                continue
            failure.remaining -= 1
            if failure.remaining <= 0:
                self._failures.remove(failure)
            return failure
        return None
