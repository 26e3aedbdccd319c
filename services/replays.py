"""Replayed requests: a modal submission or a button press that arrives twice (a retried HTTP
request, a proxy replay, a double delivery) is handled once, and the copy gets the first answer.

The handlers compute a key for each interactive request (``handlers.request.replay_key``) and ask
``begin`` before the listener runs: the first caller claims the key and runs the listener; its ack
is stored with ``remember`` (status and body: IDs and localized texts, never report text). A later
copy gets that answer back without running anything. A refusal or an error is not kept
(``forget``): nothing changed, and the same submission may succeed when tried again.

A copy that arrives while the first is still being handled waits briefly for its answer. A claim
left without an answer by a process that died is taken over after ``STALE``.
"""

from __future__ import annotations

import time
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from services.context import Context
from storage import repo
from storage.db import session as open_session

#: A claim this old without an answer was left by a dead process: the request may run again.
STALE = timedelta(seconds=30)
#: How long a copy waits for the first request's answer (well inside Slack's 3 s).
WAIT = 1.5
#: Answers are kept this long (Slack retries within minutes; a replay after a day is an attack).
KEEP = timedelta(days=2)
_POLL = 0.05
PRUNE_EVERY = timedelta(hours=1)
_PRUNED = "replays.pruned_at"


@dataclass(frozen=True)
class Seen:
    """What ``begin`` found: ``first`` (run the listener), or the stored ``answer``, or neither (still
    being handled elsewhere: the copy should be acknowledged and otherwise ignored)."""

    first: bool
    status: int | None = None
    answer: dict[str, Any] | None = None


def begin(ctx: Context, key: str) -> Seen:
    deadline = time.monotonic() + WAIT
    while True:
        now = ctx.now()
        with open_session(ctx.engine) as session:
            if repo.claim_request(session, key, now):
                session.commit()
                _prune_now_and_then(ctx, now)
                return Seen(first=True)
            row = repo.request_replay(session, key)
            if row is None:  # forgotten in between (the first one failed): try to claim again
                continue
            if row.status is not None:
                return Seen(first=False, status=row.status, answer=row.answer)
            if row.created_at < now - STALE and repo.retake_request(session, key, row.created_at, now):
                session.commit()
                return Seen(first=True)
        if time.monotonic() >= deadline:
            return Seen(first=False)
        time.sleep(_POLL)


def remember(ctx: Context, key: str, status: int, answer: dict[str, Any]) -> None:
    with open_session(ctx.engine) as session:
        repo.answer_request(session, key, status, answer)
        session.commit()


def forget(ctx: Context, key: str) -> None:
    with open_session(ctx.engine) as session:
        repo.release_request(session, key)
        session.commit()


def _prune_now_and_then(ctx: Context, now: datetime) -> None:
    """At most once an hour per process, with a request that just claimed (no extra sweep query)."""
    last = ctx.memo.get(_PRUNED)
    if last is None or now - last >= PRUNE_EVERY:
        ctx.memo[_PRUNED] = now
        prune(ctx, now)


def prune(ctx: Context, now: datetime) -> int:
    """Drop answers older than ``KEEP``."""
    with open_session(ctx.engine) as session:
        count = repo.prune_requests(session, now - KEEP)
        session.commit()
        return count
