"""Weekly summary occurrences: one row per occurrence, claimed once."""

from __future__ import annotations

from datetime import datetime

from sqlmodel import Session, select

from storage.models import SummaryRun
from storage.repo._sql import insert_for as _insert
from storage.repo._sql import table


def claim_summary(session: Session, occurrence_at: datetime, now: datetime, *, posted: bool) -> bool:
    """Record an occurrence of the weekly summary; True only for the one caller that recorded it."""
    stmt = (
        _insert(session, table(SummaryRun))
        .values(occurrence_at=occurrence_at, created_at=now, posted=posted)
        .on_conflict_do_nothing(index_elements=["occurrence_at"])
        .returning(table(SummaryRun).c.occurrence_at)
    )
    return session.execute(stmt).first() is not None


def any_summary(session: Session) -> bool:
    return session.exec(select(SummaryRun.occurrence_at).limit(1)).first() is not None
