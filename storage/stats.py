"""Counts for monitoring, read at scrape time: a handful of aggregate queries on indexed columns,
nothing per incident and no report text."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import cast

from sqlalchemy import func, select
from sqlmodel import Session

from domain.tasks import TaskKind, TaskStatus
from storage.models import Delivery, Incident, Task
from storage.repo._sql import table
from storage.repo.drills import REAL_INCIDENT


@dataclass(frozen=True)
class Stats:
    outbox_pending: int
    outbox_oldest_created_at: datetime | None
    open_incidents_by_phase: dict[str, int]
    overdue_tasks: int
    overdue_legal_deadlines: int


def gather(session: Session, now: datetime) -> Stats:
    delivery, incident, task = table(Delivery).c, table(Incident).c, table(Task).c
    pending, oldest = session.execute(
        select(func.count(), func.min(delivery.created_at)).where(delivery.status == "pending")
    ).one()
    phases: dict[str, int] = dict(
        session.execute(
            select(incident.phase, func.count())
            .where(incident.closed_at.is_(None), REAL_INCIDENT)  # drills are not incidents
            .group_by(incident.phase)
        ).all()
    )
    overdue: dict[str, int] = dict(
        session.execute(
            select(task.kind, func.count())
            .join(table(Incident), task.incident_id == incident.id)
            .where(task.status == TaskStatus.OPEN.value, task.due_at <= now, REAL_INCIDENT)
            .group_by(task.kind)
        ).all()
    )
    return Stats(
        outbox_pending=int(cast(int | None, pending) or 0),
        # MIN over a UTCDateTime column: the column type's result processing makes it an aware datetime.
        outbox_oldest_created_at=cast(datetime | None, oldest),
        open_incidents_by_phase={str(k): int(v) for k, v in phases.items()},
        overdue_tasks=int(overdue.get(TaskKind.ORDINARY.value, 0)),
        overdue_legal_deadlines=int(overdue.get(TaskKind.LEGAL.value, 0)),
    )
