"""Replayed requests: a modal submission or a button press that arrives twice (a retried HTTP
request, a proxy replay, a double delivery) is handled once, and the copy gets the first answer.

The handlers compute a key for each interactive request (``handlers.request.replay_key``).

- A **modal submission** claims its key *in the transaction of the first state change it makes*
  (``UnitOfWork.commit`` calls ``claim_in``): the claim and the change commit together or not at
  all, so a copy, however concurrent, finds the claim taken, changes nothing (its transaction is
  rolled back: ``Replayed``) and is answered with the stored answer of the first (``answer_of``).
  Nothing is written in front of the ack but what the use case writes anyway; a refused
  submission changes nothing, claims nothing, and may be corrected and sent again.
- A **button press** acks with nothing and does all its work afterwards: it is claimed when that
  work starts (``begin``), and a copy's work is skipped.

The ack's answer (status and body: IDs and localized texts, never report text) is stored after the
ack (``remember``). Answers are kept ``KEEP`` and pruned now and then.
"""

from __future__ import annotations

import time
from contextvars import ContextVar
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from sqlmodel import Session

from services.context import Context
from storage import repo
from storage.db import session as open_session

#: How long a copy waits for the first request's answer (well inside Slack's 3 s).
WAIT = 1.5
#: Answers are kept this long (Slack retries within minutes; a replay after days is an attack).
KEEP = timedelta(days=2)
PRUNE_EVERY = timedelta(hours=1)
#: The answer of an empty ack.
EMPTY: dict[str, Any] = {"body": "", "headers": {}}
_POLL = 0.05
_PRUNED = "replays.pruned_at"


class Replayed(Exception):
    """This request was handled before: nothing of this copy was committed; the first answer stands."""


@dataclass
class Claim:
    """The key of the request being handled in this thread, and whether it is claimed already."""

    key: str
    done: bool = False


_current: ContextVar[Claim | None] = ContextVar("leakbot_request_claim", default=None)


def bind(claim: Claim | None) -> Any:
    """Make ``claim`` the request the current thread's transactions belong to; returns a reset token."""
    return _current.set(claim)


def unbind(token: Any) -> None:
    _current.reset(token)


def claim_in(session: Session, ctx: Context) -> Claim | None:
    """Before a commit: claim the current request in the same transaction. Raises ``Replayed`` when
    another copy claimed it first. Returns the claim to mark done once committed."""
    claim = _current.get()
    if claim is None or claim.done:
        return None
    if not repo.claim_request(session, claim.key, ctx.now()):
        raise Replayed()
    return claim


@dataclass(frozen=True)
class Seen:
    """What ``begin`` found: ``first`` (run the work) or not (a copy: skip it)."""

    first: bool


def begin(ctx: Context, key: str) -> Seen:
    """Claim a button press (its answer, an empty ack, is already given)."""
    now = ctx.now()
    with open_session(ctx.engine) as session:
        first = repo.claim_request(session, key, now, answered=EMPTY)
        session.commit()
    if first:
        _prune_now_and_then(ctx, now)
    return Seen(first)


def answer_of(ctx: Context, key: str, *, wait: float = WAIT) -> tuple[int, dict[str, Any]] | None:
    """The stored answer of the first copy of ``key``, waiting up to ``wait`` for it (None: none came).
    With ``wait=0`` one read: a submission looks here before its listener runs, so a later copy is
    answered as the first was even where re-running would refuse (a phase already changed)."""
    deadline = time.monotonic() + wait
    while True:
        with open_session(ctx.engine) as session:
            row = repo.request_replay(session, key)
            if row is not None and row.status is not None and row.answer is not None:
                return row.status, row.answer
        if time.monotonic() >= deadline:
            return None
        time.sleep(_POLL)


def remember(ctx: Context, key: str, status: int, answer: dict[str, Any]) -> None:
    """Store the ack's answer for ``key`` (claimed by the request's transaction, or about to be)."""
    now = ctx.now()
    with open_session(ctx.engine) as session:
        repo.answer_request(session, key, status, answer)
        session.commit()
    _prune_now_and_then(ctx, now)


def _prune_now_and_then(ctx: Context, now: datetime) -> None:
    """At most once an hour per process, after an ack (no extra sweep query)."""
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
