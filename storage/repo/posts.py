"""Slack posts in flight: recorded before the call, removed once its outcome is known."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import delete
from sqlmodel import Session, col

from storage.models import PostAttempt
from storage.repo._sql import insert_for as _insert
from storage.repo._sql import table


def post_attempt(session: Session, key: str) -> PostAttempt | None:
    """The unresolved earlier attempt of this post, if any."""
    return session.get(PostAttempt, key, populate_existing=True)


def begin_post_attempt(session: Session, key: str, *, channel: str, now: datetime) -> None:
    """Record that the post is about to be made (an earlier unresolved attempt keeps its start time,
    so a later search still covers it)."""
    stmt = (
        _insert(session, table(PostAttempt))
        .values(key=key, channel=channel, started_at=now)
        .on_conflict_do_nothing(index_elements=["key"])
    )
    session.execute(stmt)


def end_post_attempt(session: Session, key: str) -> None:
    """The outcome is known (posted, found, or refused by Slack): nothing to look for any more."""
    session.execute(delete(PostAttempt).where(col(PostAttempt.key) == key))
