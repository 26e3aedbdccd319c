"""Repository functions. Plain functions over a session the caller owns (and commits).

Concurrency rules live here as SQL: sequence numbers come from one atomic upsert, and every state
change that must happen once (acknowledge, escalate, phase change, claiming work) is a
compare-and-set ``UPDATE … WHERE <expected state>`` whose row count says who won. That works the
same on SQLite (one writer at a time) and PostgreSQL (row locks, re-checked after a wait), so two
replicas never both act.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import datetime
from typing import Any

from dataclasses import dataclass

from sqlalchemy import and_, exists, func, or_, update
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.exc import IntegrityError
from sqlmodel import Session, col, select

from storage.models import Delivery, Incident, IncidentSequence, SecondReportRevision, SummaryRun, Task, TimelineEntry


def _insert(session: Session, table):
    dialect = session.get_bind().dialect.name
    return (postgresql.insert if dialect == "postgresql" else sqlite.insert)(table)


# --- incidents -------------------------------------------------------------------------------


def next_sequence(session: Session, year: int) -> int:
    """Allocate the next per-year number atomically (concurrent submissions get distinct numbers)."""
    stmt = _insert(session, IncidentSequence.__table__).values(year=year, last=1)
    stmt = stmt.on_conflict_do_update(
        index_elements=["year"], set_={"last": IncidentSequence.__table__.c.last + 1}
    ).returning(IncidentSequence.__table__.c.last)
    return int(session.execute(stmt).scalar_one())


def add_incident(session: Session, incident: Incident) -> Incident:
    session.add(incident)
    session.flush()
    return incident


def get_incident(session: Session, incident_id: int) -> Incident | None:
    return session.get(Incident, incident_id, populate_existing=True)


def incident_by_public_id(session: Session, public_id: str) -> Incident | None:
    return session.exec(select(Incident).where(Incident.public_id == public_id)).first()


def incident_by_source_key(session: Session, source_key: str) -> Incident | None:
    return session.exec(select(Incident).where(Incident.source_key == source_key)).first()


def incident_by_channel(session: Session, channel_id: str) -> Incident | None:
    return session.exec(select(Incident).where(Incident.channel_id == channel_id)).first()


def incidents_involving(session: Session, user_id: str, *, include_all: bool, limit: int = 50) -> Sequence[Incident]:
    """Incidents a person reported, owns or deputizes (or all, for the office), newest first."""
    query = select(Incident).order_by(col(Incident.reported_at).desc()).limit(limit)
    if not include_all:
        query = query.where(
            or_(Incident.reporter_id == user_id, Incident.owner_id == user_id, Incident.deputy_id == user_id)
        )
    return session.exec(query).all()


def update_incident(session: Session, incident_id: int, **values: Any) -> None:
    session.execute(update(Incident).where(Incident.id == incident_id).values(**values))


def compare_and_set(session: Session, incident_id: int, expected: dict[str, Any], **values: Any) -> bool:
    """Set ``values`` only if the incident still has the ``expected`` column values; True if it did."""
    conditions = [Incident.id == incident_id]
    for name, value in expected.items():
        column = getattr(Incident, name)
        conditions.append(column.is_(None) if value is None else column == value)
    result = session.execute(update(Incident).where(and_(*conditions)).values(**values))
    return result.rowcount == 1


def claim_incident(session: Session, incident_id: int, owner: str, now: datetime, until: datetime) -> bool:
    """Take the incident's work lease (mobilization) unless another worker holds a live one."""
    result = session.execute(
        update(Incident)
        .where(
            Incident.id == incident_id,
            or_(col(Incident.lease_until).is_(None), col(Incident.lease_until) < now, Incident.lease_owner == owner),
        )
        .values(lease_owner=owner, lease_until=until)
    )
    return result.rowcount == 1


def release_incident(session: Session, incident_id: int, owner: str) -> None:
    session.execute(
        update(Incident)
        .where(Incident.id == incident_id, Incident.lease_owner == owner)
        .values(lease_owner=None, lease_until=None)
    )


def incidents_to_mobilize(session: Session, now: datetime, limit: int = 20) -> list[int]:
    """Incidents whose Slack set-up is unfinished and due for another try."""
    rows = session.exec(
        select(Incident.id)
        .where(
            col(Incident.mobilized_at).is_(None),
            or_(col(Incident.mobilize_next_at).is_(None), col(Incident.mobilize_next_at) <= now),
            or_(col(Incident.lease_until).is_(None), col(Incident.lease_until) < now),
        )
        .order_by(Incident.id)
        .limit(limit)
    ).all()
    return [int(r) for r in rows]


@dataclass(frozen=True)
class Due:
    """What the sweep has to do, found with one round trip of indexed EXISTS probes."""

    mobilize: bool
    unacknowledged: bool
    tasks: bool
    deliveries: bool


def due_probe(session: Session, now: datetime) -> Due:
    incident, task, delivery = Incident.__table__.c, Task.__table__.c, Delivery.__table__.c
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


def escalations_due(session: Session, now: datetime) -> Sequence[Incident]:
    """Open, unacknowledged incidents whose next escalation step is due (partial index)."""
    return session.exec(
        select(Incident).where(
            col(Incident.acked_at).is_(None),
            col(Incident.closed_at).is_(None),
            col(Incident.escalation_due_at) <= now,
        )
    ).all()


def incidents_by_ids(session: Session, ids: Iterable[int]) -> dict[int, Incident]:
    wanted = list(ids)
    if not wanted:
        return {}
    return {i.id: i for i in session.exec(select(Incident).where(col(Incident.id).in_(wanted))).all()}


# --- tasks -------------------------------------------------------------------------------------


def tasks_of(session: Session, incident_id: int) -> Sequence[Task]:
    return session.exec(
        select(Task).where(Task.incident_id == incident_id).order_by(col(Task.due_at), col(Task.id))
    ).all()


def tasks_due(session: Session, now: datetime, limit: int) -> Sequence[Task]:
    """Tasks whose next reminder is due: one range scan of ``ix_task_next_remind_at``."""
    return session.exec(
        select(Task).where(col(Task.next_remind_at) <= now).order_by(col(Task.next_remind_at)).limit(limit)
    ).all()


def task_compare_and_set(session: Session, task_id: int, expected: dict[str, Any], **values: Any) -> bool:
    conditions = [Task.id == task_id] + [getattr(Task, k) == v for k, v in expected.items()]
    return session.execute(update(Task).where(and_(*conditions)).values(**values)).rowcount == 1


def open_tasks(session: Session, *, assignee: str | None = None, incident_ids: Iterable[int] | None = None) -> Sequence[Task]:
    query = select(Task).where(Task.status == "open").order_by(col(Task.due_at))
    if assignee is not None:
        query = query.where(Task.assignee == assignee)
    if incident_ids is not None:
        query = query.where(col(Task.incident_id).in_(list(incident_ids)))
    return session.exec(query).all()


def all_tasks(session: Session) -> Sequence[Task]:
    return session.exec(select(Task)).all()


def all_incidents(session: Session) -> Sequence[Incident]:
    return session.exec(select(Incident)).all()


# --- weekly summary ----------------------------------------------------------------------------


def claim_summary(session: Session, occurrence_at: datetime, now: datetime, *, posted: bool) -> bool:
    """Record an occurrence of the weekly summary; True only for the one caller that recorded it."""
    stmt = (
        _insert(session, SummaryRun.__table__)
        .values(occurrence_at=occurrence_at, created_at=now, posted=posted)
        .on_conflict_do_nothing(index_elements=["occurrence_at"])
        .returning(SummaryRun.__table__.c.occurrence_at)
    )
    return session.execute(stmt).first() is not None


def any_summary(session: Session) -> bool:
    return session.exec(select(SummaryRun.occurrence_at).limit(1)).first() is not None


# --- second report -----------------------------------------------------------------------------


def second_report_by_source_key(session: Session, source_key: str) -> SecondReportRevision | None:
    return session.exec(select(SecondReportRevision).where(SecondReportRevision.source_key == source_key)).first()


def add_second_report(session: Session, revision: SecondReportRevision) -> SecondReportRevision:
    """Store a new revision numbered after the latest one (the unique key settles a race)."""
    latest = session.exec(
        select(func.max(SecondReportRevision.revision)).where(
            SecondReportRevision.incident_id == revision.incident_id
        )
    ).one()
    revision.revision = int(latest or 0) + 1
    session.add(revision)
    session.flush()
    return revision


def latest_second_report(session: Session, incident_id: int) -> SecondReportRevision | None:
    return session.exec(
        select(SecondReportRevision)
        .where(SecondReportRevision.incident_id == incident_id)
        .order_by(col(SecondReportRevision.revision).desc())
        .limit(1)
    ).first()


def second_reports(session: Session, incident_id: int) -> Sequence[SecondReportRevision]:
    return session.exec(
        select(SecondReportRevision)
        .where(SecondReportRevision.incident_id == incident_id)
        .order_by(col(SecondReportRevision.revision))
    ).all()


def second_report(session: Session, incident_id: int, revision: int) -> SecondReportRevision | None:
    return session.exec(
        select(SecondReportRevision).where(
            SecondReportRevision.incident_id == incident_id, SecondReportRevision.revision == revision
        )
    ).first()


# --- timeline ----------------------------------------------------------------------------------


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


# --- outbox ------------------------------------------------------------------------------------


def enqueue(
    session: Session,
    *,
    dedupe_key: str,
    kind: str,
    recipient: str,
    now: datetime,
    incident_id: int | None = None,
    params: dict[str, Any] | None = None,
) -> bool:
    """Record a message to send; a key already present is left alone. True if this call added it."""
    stmt = (
        _insert(session, Delivery.__table__)
        .values(
            dedupe_key=dedupe_key,
            kind=kind,
            recipient=recipient,
            incident_id=incident_id,
            params=params or {},
            status="pending",
            attempts=0,
            next_attempt_at=now,
            created_at=now,
        )
        .on_conflict_do_nothing(index_elements=["dedupe_key"])
        .returning(Delivery.__table__.c.id)
    )
    return session.execute(stmt).first() is not None


def claim_deliveries(
    session: Session, *, owner: str, now: datetime, until: datetime, limit: int, incident_id: int | None = None
) -> list[Delivery]:
    """Lease up to ``limit`` due deliveries to ``owner``. Each candidate is claimed with its own
    compare-and-set, so a row another worker took in the meantime is simply skipped."""
    query = (
        select(Delivery.id)
        .where(
            Delivery.status == "pending",
            col(Delivery.next_attempt_at) <= now,
            or_(col(Delivery.lease_until).is_(None), col(Delivery.lease_until) < now),
        )
        .order_by(Delivery.id)
        .limit(limit)
    )
    if incident_id is not None:
        query = query.where(Delivery.incident_id == incident_id)
    claimed: list[int] = []
    for delivery_id in session.exec(query).all():
        result = session.execute(
            update(Delivery)
            .where(
                Delivery.id == delivery_id,
                Delivery.status == "pending",
                or_(col(Delivery.lease_until).is_(None), col(Delivery.lease_until) < now),
            )
            .values(lease_owner=owner, lease_until=until, attempts=Delivery.attempts + 1)
        )
        if result.rowcount == 1:
            claimed.append(int(delivery_id))
    session.commit()
    if not claimed:
        return []
    return list(session.exec(select(Delivery).where(col(Delivery.id).in_(claimed)).order_by(Delivery.id)).all())


def finish_delivery(session: Session, delivery_id: int, *, now: datetime, result_ts: str | None = None) -> None:
    session.execute(
        update(Delivery)
        .where(Delivery.id == delivery_id)
        .values(status="sent", sent_at=now, result_ts=result_ts, lease_owner=None, lease_until=None, last_error=None)
    )


def retry_delivery(session: Session, delivery_id: int, *, at: datetime, error: str, give_up: bool = False) -> None:
    session.execute(
        update(Delivery)
        .where(Delivery.id == delivery_id)
        .values(
            status="failed" if give_up else "pending",
            next_attempt_at=at,
            lease_owner=None,
            lease_until=None,
            last_error=error[:200],
        )
    )


def is_unique_violation(exc: IntegrityError) -> bool:
    text = str(exc.orig).lower()
    return "unique" in text or "duplicate key" in text
