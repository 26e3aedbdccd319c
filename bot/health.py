"""Liveness and readiness.

``/healthz`` answers while the process serves at all (a liveness probe restarts a hung process).
``/readyz`` answers 200 only when the bot can do its work: the database answers, the sweep's
scheduler runs, and Slack accepts the bot token (``auth.test``, remembered for a short while so a
probe every few seconds does not become a Slack call every few seconds).
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field

from sqlalchemy import text
from sqlalchemy.engine import Engine

#: How long a token verdict is reused: a good token for a minute, a refused one briefly.
TOKEN_OK_TTL = 60.0
TOKEN_BAD_TTL = 5.0


@dataclass
class Readiness:
    engine: Engine
    verify_token: Callable[[], bool]
    scheduler_running: Callable[[], bool] = lambda: False
    clock: Callable[[], float] = time.monotonic
    _token: tuple[float, bool] | None = field(default=None, init=False)
    _lock: threading.Lock = field(default_factory=threading.Lock, init=False)

    def database_ok(self) -> bool:
        try:
            with self.engine.connect() as connection:
                connection.execute(text("SELECT 1"))
            return True
        except Exception:  # noqa: BLE001 - any failure means "not ready"
            return False

    def token_ok(self) -> bool:
        with self._lock:
            cached = self._token
            if cached is not None and cached[0] > self.clock():
                return cached[1]
        try:
            ok = bool(self.verify_token())
        except Exception:  # noqa: BLE001
            ok = False
        with self._lock:
            self._token = (self.clock() + (TOKEN_OK_TTL if ok else TOKEN_BAD_TTL), ok)
        return ok

    def checks(self) -> dict[str, bool]:
        return {"database": self.database_ok(), "scheduler": bool(self.scheduler_running()), "slack": self.token_ok()}


def slack_token_check(gateway) -> Callable[[], bool]:
    """``auth.test`` through the Slack adapter: True when Slack accepts the token."""
    from bot.slack import SlackFailure

    def verify() -> bool:
        try:
            return bool(gateway.call("auth.test").get("ok", True))
        except SlackFailure:
            return False

    return verify
