"""Drills (訓練): their own numbering, and the one filter that keeps them out of incident figures.

``REAL_INCIDENT`` / ``only_real`` are the single place that says "not a drill": every statistic
of incidents (the weekly summary, the management report) applies it, so a drill never reaches them.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, TypeVar

from sqlalchemy import ColumnElement, false, true
from sqlmodel import Session, col, select
from sqlmodel.sql.expression import SelectOfScalar

from storage.models import Delivery, DrillSequence, Incident, Task
from storage.repo._sql import insert_for as _insert
from storage.repo._sql import table

T = TypeVar("T")

#: The condition "this incident is real, not a drill" (for any query that joins ``incident``).
REAL_INCIDENT: ColumnElement[bool] = col(Incident.drill) == false()
#: Its opposite, for the figures reported apart.
DRILL_INCIDENT: ColumnElement[bool] = col(Incident.drill) == true()


def only_real(query: SelectOfScalar[T]) -> SelectOfScalar[T]:
    """``query`` (over ``incident``, or joined to it) without drills."""
    return query.where(REAL_INCIDENT)


def next_drill_sequence(session: Session, year: int) -> int:
    """Allocate the next per-year drill number atomically (``DRILL-YYYY-NNNN``)."""
    stmt = _insert(session, table(DrillSequence)).values(year=year, last=1).on_conflict_do_update(
        index_elements=["year"], set_={"last": table(DrillSequence).c.last + 1}
    ).returning(table(DrillSequence).c.last)
    return int(session.execute(stmt).scalar_one())


def real_incidents(session: Session) -> Sequence[Incident]:
    return session.exec(only_real(select(Incident))).all()


def real_tasks(session: Session) -> Sequence[Task]:
    """Tasks of real incidents only (a drill's late tasks are the drill's score, not the office's backlog)."""
    return session.exec(select(Task).join(Incident, col(Task.incident_id) == col(Incident.id)).where(REAL_INCIDENT)).all()


def drill_incidents(session: Session) -> Sequence[Incident]:
    return session.exec(select(Incident).where(DRILL_INCIDENT).order_by(col(Incident.reported_at))).all()


def earlier_pending(session: Session, delivery: Delivery) -> bool:
    """Whether a message of the same incident decided before ``delivery`` is still waiting to go
    (an archive must wait for the channel's last messages)."""
    query: Any = select(Delivery.id).where(
        col(Delivery.incident_id) == delivery.incident_id,
        col(Delivery.id) < delivery.id,
        col(Delivery.status) == "pending",
    )
    return session.exec(query.limit(1)).first() is not None


def delivered_ts(session: Session, dedupe_key: str) -> str | None:
    """The ``ts`` of a sent message, by its outbox key (to update it in place); None until sent."""
    row = session.exec(select(Delivery).where(col(Delivery.dedupe_key) == dedupe_key)).first()
    return row.result_ts if row is not None and row.status == "sent" else None


def delivery_failed(session: Session, dedupe_key: str) -> bool:
    """Whether the outbox gave up on the message under ``dedupe_key``."""
    row = session.exec(select(Delivery).where(col(Delivery.dedupe_key) == dedupe_key)).first()
    return row is not None and row.status == "failed"


def decided(session: Session, dedupe_key: str) -> bool:
    """Whether a message under ``dedupe_key`` was ever decided (sent or not)."""
    return session.exec(select(Delivery.id).where(col(Delivery.dedupe_key) == dedupe_key)).first() is not None


def incidents_with_message(session: Session, kind: str) -> Sequence[Incident]:
    """Incidents a message of ``kind`` was decided for (e.g. those posted to the group channel), oldest first."""
    ids = select(Delivery.incident_id).where(col(Delivery.kind) == kind)
    return session.exec(select(Incident).where(col(Incident.id).in_(ids)).order_by(col(Incident.reported_at))).all()
