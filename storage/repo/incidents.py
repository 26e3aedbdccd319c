"""Incidents: numbering, look-ups, compare-and-set state changes and the mobilization lease."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import datetime
from typing import Any

from sqlalchemy import ColumnElement, and_, or_, update
from sqlmodel import Session, col, select

from domain.incidents import FirstReport
from domain.phases import Phase
from storage.models import Incident, IncidentSequence
from storage.repo._sql import insert_for as _insert
from storage.repo._sql import rowcount, table


def next_sequence(session: Session, year: int) -> int:
    """Allocate the next per-year number atomically (concurrent submissions get distinct numbers)."""
    stmt = _insert(session, table(IncidentSequence)).values(year=year, last=1).on_conflict_do_update(
        index_elements=["year"], set_={"last": table(IncidentSequence).c.last + 1}
    ).returning(table(IncidentSequence).c.last)
    return int(session.execute(stmt).scalar_one())


def add_incident(session: Session, incident: Incident) -> Incident:
    session.add(incident)
    session.flush()
    return incident


def add_first_report(
    session: Session,
    report: FirstReport,
    *,
    public_id: str,
    year: int,
    seq: int,
    source_key: str,
    reporter: str,
    severity: str,
    language: str,
    reported_at: datetime,
    escalation_due_at: datetime,
    drill: bool = False,
) -> Incident:
    """A new incident from its first report (phase "reported", nothing mobilized yet); ``drill``
    for a drill started by the office."""
    return add_incident(
        session,
        Incident(
            public_id=public_id,
            source_key=source_key,
            year=year,
            seq=seq,
            department_id=report.department_id,
            event_type=report.event_type,
            occurred_at=report.occurred_at,
            discovered_at=report.discovered_at,
            location=report.location,
            data_categories=sorted(report.data_categories),
            people_count=report.people_count,
            encrypted=report.encrypted,
            third_party=report.third_party,
            actions_taken=report.actions_taken,
            description=report.description,
            reporter_id=reporter,
            reporter_hidden=report.hide_reporter,
            severity=severity,
            language=language,
            phase=Phase.REPORTED,
            reported_at=reported_at,
            escalation_due_at=escalation_due_at,
            drill=drill,
        ),
    )


def get_incident(session: Session, incident_id: int) -> Incident | None:
    return session.get(Incident, incident_id, populate_existing=True)


def incident_by_public_id(session: Session, public_id: str) -> Incident | None:
    return session.exec(select(Incident).where(col(Incident.public_id) == public_id)).first()


def incident_by_source_key(session: Session, source_key: str) -> Incident | None:
    return session.exec(select(Incident).where(col(Incident.source_key) == source_key)).first()


def incident_by_channel(session: Session, channel_id: str) -> Incident | None:
    return session.exec(select(Incident).where(col(Incident.channel_id) == channel_id)).first()


def incidents_involving(session: Session, user_id: str, *, include_all: bool, limit: int = 50) -> Sequence[Incident]:
    """Incidents a person reported, owns or deputizes (or all, for the office), newest first."""
    query = select(Incident).order_by(col(Incident.reported_at).desc()).limit(limit)
    if not include_all:
        query = query.where(
            or_(col(Incident.reporter_id) == user_id, col(Incident.owner_id) == user_id, col(Incident.deputy_id) == user_id)
        )
    return session.exec(query).all()


def update_incident(session: Session, incident_id: int, **values: Any) -> None:
    session.execute(update(Incident).where(col(Incident.id) == incident_id).values(**values))


def compare_and_set(session: Session, incident_id: int, expected: dict[str, Any], **values: Any) -> bool:
    """Set ``values`` only if the incident still has the ``expected`` column values; True if it did."""
    conditions: list[ColumnElement[bool]] = [col(Incident.id) == incident_id]
    for name, value in expected.items():
        column = getattr(Incident, name)
        conditions.append(column.is_(None) if value is None else column == value)
    result = session.execute(update(Incident).where(and_(*conditions)).values(**values))
    return rowcount(result) == 1


def claim_incident(session: Session, incident_id: int, owner: str, now: datetime, until: datetime) -> bool:
    """Take the incident's work lease (its set-up) unless a live lease is held — by anyone, this
    owner included: a lease is not re-entrant, so a second run never starts while one is going."""
    result = session.execute(
        update(Incident)
        .where(
            col(Incident.id) == incident_id,
            col(Incident.mobilized_at).is_(None),
            or_(col(Incident.lease_until).is_(None), col(Incident.lease_until) < now),
        )
        .values(lease_owner=owner, lease_until=until)
    )
    return rowcount(result) == 1


def release_incident(session: Session, incident_id: int, owner: str) -> None:
    session.execute(
        update(Incident)
        .where(col(Incident.id) == incident_id, col(Incident.lease_owner) == owner)
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
        .order_by(col(Incident.id))
        .limit(limit)
    ).all()
    return [int(r) for r in rows if r is not None]


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
    return {i.id: i for i in session.exec(select(Incident).where(col(Incident.id).in_(wanted))).all() if i.id is not None}


def all_incidents(session: Session) -> Sequence[Incident]:
    return session.exec(select(Incident)).all()
