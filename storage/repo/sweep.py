"""What the periodic sweep has to do, in one round trip."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import exists, or_
from sqlmodel import Session, select

from storage.models import Delivery, Incident, Task
from storage.repo._sql import table


@dataclass(frozen=True)
class Due:
    """What the sweep has to do, found with one round trip of indexed EXISTS probes."""

    mobilize: bool
    unacknowledged: bool
    tasks: bool
    deliveries: bool


def due_probe(session: Session, now: datetime) -> Due:
    incident, task, delivery = table(Incident).c, table(Task).c, table(Delivery).c
    row = session.execute(
        select(
            exists().where(
                incident.mobilized_at.is_(None),
                or_(incident.mobilize_next_at.is_(None), incident.mobilize_next_at <= now),
            ),
            exists().where(incident.acked_at.is_(None), incident.closed_at.is_(None), incident.escalation_due_at <= now),
            exists().where(task.next_remind_at <= now),
            exists().where(delivery.status == "pending", delivery.next_attempt_at <= now),
        )
    ).one()
    return Due(*(bool(v) for v in row))
