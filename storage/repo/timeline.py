"""The append-only incident timeline."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import Any

from sqlalchemy import insert
from sqlmodel import Session, col, select

from storage.models import TimelineEntry
from storage.repo._sql import ONE_OFF, table


def append_timeline(
    session: Session, incident_id: int, *, at: datetime, actor: str, event: str, data: dict[str, Any] | None = None
) -> TimelineEntry:
    entry = TimelineEntry(incident_id=incident_id, at=at, actor=actor, event=event, data=data or {})
    session.add(entry)
    session.flush()
    return entry


def timeline(session: Session, incident_id: int) -> Sequence[TimelineEntry]:
    return session.exec(
        select(TimelineEntry).where(TimelineEntry.incident_id == incident_id).order_by(col(TimelineEntry.id))
    ).all()


def append_timeline_many(session: Session, entries: list[dict[str, Any]]) -> None:
    """Append many entries in ONE multi-row INSERT (each: ``incident_id``, ``at``, ``actor``,
    ``event``, ``data``)."""
    if entries:
        rows = [dict(e, data=e.get("data") or {}) for e in entries]
        session.execute(insert(table(TimelineEntry)).values(rows), execution_options=ONE_OFF)
