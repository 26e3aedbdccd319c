"""Interactive requests already answered (``RequestReplay``): claim a request once, keep its answer."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import delete, update
from sqlmodel import Session, col, select

from storage.models import RequestReplay
from storage.repo._sql import insert_for as _insert
from storage.repo._sql import rowcount, table


def claim_request(session: Session, key: str, now: datetime, *, answered: dict[str, Any] | None = None) -> bool:
    """Record that the request ``key`` is being handled (or, with ``answered``, was answered so);
    True only for the one caller that recorded it."""
    stmt = (
        _insert(session, table(RequestReplay))
        .values(key=key, created_at=now, status=200 if answered is not None else None, answer=answered)
        .on_conflict_do_nothing(index_elements=["key"])
        .returning(table(RequestReplay).c.key)
    )
    return session.execute(stmt).first() is not None


def request_replay(session: Session, key: str) -> RequestReplay | None:
    return session.exec(select(RequestReplay).where(col(RequestReplay.key) == key)).first()


def answer_request(session: Session, key: str, status: int, answer: dict[str, Any]) -> None:
    session.execute(update(RequestReplay).where(col(RequestReplay.key) == key).values(status=status, answer=answer))


def prune_requests(session: Session, before: datetime) -> int:
    return rowcount(session.execute(delete(RequestReplay).where(col(RequestReplay.created_at) < before)))
