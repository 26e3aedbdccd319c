"""Interactive requests already answered (``RequestReplay``): claim a request once, keep its answer."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import delete, update
from sqlmodel import Session, col, select

from storage.models import RequestReplay
from storage.repo._sql import insert_for as _insert
from storage.repo._sql import rowcount, table


def claim_request(session: Session, key: str, now: datetime) -> bool:
    """Record that the request ``key`` is being handled; True only for the one caller that recorded it."""
    stmt = (
        _insert(session, table(RequestReplay))
        .values(key=key, created_at=now)
        .on_conflict_do_nothing(index_elements=["key"])
        .returning(table(RequestReplay).c.key)
    )
    return session.execute(stmt).first() is not None


def request_replay(session: Session, key: str) -> RequestReplay | None:
    return session.exec(select(RequestReplay).where(col(RequestReplay.key) == key)).first()


def answer_request(session: Session, key: str, status: int, answer: dict[str, Any]) -> None:
    session.execute(update(RequestReplay).where(col(RequestReplay.key) == key).values(status=status, answer=answer))


def retake_request(session: Session, key: str, claimed_at: datetime, now: datetime) -> bool:
    """Take over a claim that was never answered (its process died): True for the one caller that did."""
    result = session.execute(
        update(RequestReplay)
        .where(col(RequestReplay.key) == key, col(RequestReplay.created_at) == claimed_at, col(RequestReplay.status).is_(None))
        .values(created_at=now)
    )
    return rowcount(result) == 1


def release_request(session: Session, key: str) -> None:
    """Forget a claim whose answer must not be replayed (a refusal or an error: trying again may succeed)."""
    session.execute(delete(RequestReplay).where(col(RequestReplay.key) == key))


def prune_requests(session: Session, before: datetime) -> int:
    return rowcount(session.execute(delete(RequestReplay).where(col(RequestReplay.created_at) < before)))
