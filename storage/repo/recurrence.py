"""Recurrence-prevention statements and their reviews; near-miss numbering; the one filter for
incidents that count in the statistics."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import Any, TypeVar

from sqlalchemy import and_, func, update
from sqlmodel import Session, col, select
from sqlmodel.sql.expression import SelectOfScalar

from domain.incidents import Severity, ThirdParty
from domain.near_miss import NearMiss
from domain.phases import Phase
from domain.recurrence import Statement, StatementStatus
from domain.tri import Tri
from storage.models import Incident, RecurrenceReview, RecurrenceStatement
from storage.repo._sql import rowcount
from storage.repo.incidents import add_incident, next_sequence

Q = TypeVar("Q", bound=SelectOfScalar[Any])


def counted_incidents(query: Q) -> Q:
    """Restrict an incident query to the incidents that count in the statistics (weekly summary,
    management report): near misses and drills are counted apart. The one place for such exclusions."""
    return query.where(col(Incident.near_miss).is_(False), col(Incident.drill).is_(False))


def near_misses(query: Q) -> Q:
    return query.where(col(Incident.near_miss).is_(True))


def next_near_miss_number(session: Session, year: int) -> int:
    """The next ``NM-YYYY-NNNN`` number: its own per-year sequence, kept in the incident sequence
    table under the key ``-year``. The incident row stores ``seq = -number``, so the unique
    ``(year, seq)`` of incidents holds for both series without sharing their numbers."""
    return next_sequence(session, -year)


def add_statement(
    session: Session, incident_id: int, statement: Statement, *, source_key: str, submitted_by: str, submitted_at: datetime
) -> RecurrenceStatement:
    """A new version (the next number; a concurrent submission loses on the unique key)."""
    latest = session.exec(
        select(func.max(RecurrenceStatement.version)).where(RecurrenceStatement.incident_id == incident_id)
    ).one()
    row = RecurrenceStatement(
        incident_id=incident_id,
        version=(latest or 0) + 1,
        source_key=source_key,
        submitted_by=submitted_by,
        submitted_at=submitted_at,
        direct_cause=statement.direct_cause,
        root_cause=statement.root_cause,
        measures_taken=statement.measures_taken,
        planned=[
            {"title": m.title, "assignee": m.assignee, "due_at": m.due_at.isoformat()} for m in statement.planned
        ],
        status=StatementStatus.SUBMITTED,
    )
    session.add(row)
    session.flush()
    return row


def statement_by_source_key(session: Session, source_key: str) -> RecurrenceStatement | None:
    return session.exec(select(RecurrenceStatement).where(RecurrenceStatement.source_key == source_key)).first()


def latest_statement(session: Session, incident_id: int) -> RecurrenceStatement | None:
    return session.exec(
        select(RecurrenceStatement)
        .where(RecurrenceStatement.incident_id == incident_id)
        .order_by(col(RecurrenceStatement.version).desc())
        .limit(1)
        .execution_options(populate_existing=True)
    ).first()


def statements_of(session: Session, incident_id: int) -> Sequence[RecurrenceStatement]:
    return session.exec(
        select(RecurrenceStatement)
        .where(RecurrenceStatement.incident_id == incident_id)
        .order_by(col(RecurrenceStatement.version))
    ).all()


def statement(session: Session, incident_id: int, version: int) -> RecurrenceStatement | None:
    return session.exec(
        select(RecurrenceStatement).where(
            RecurrenceStatement.incident_id == incident_id, RecurrenceStatement.version == version
        )
    ).first()


def decide_statement(session: Session, statement_id: int, status: StatementStatus, *, reviewer: str, at: datetime) -> bool:
    """Move a submitted version to ``status`` once (a second reviewer or a double click loses)."""
    result = session.execute(
        update(RecurrenceStatement)
        .where(and_(col(RecurrenceStatement.id) == statement_id, col(RecurrenceStatement.status) == StatementStatus.SUBMITTED))
        .values(status=status, reviewed_by=reviewer, reviewed_at=at)
    )
    return rowcount(result) == 1


def add_review(
    session: Session, row: RecurrenceStatement, *, decision: str, comment: str, reviewer: str, at: datetime
) -> RecurrenceReview:
    assert row.id is not None
    review = RecurrenceReview(
        statement_id=row.id, incident_id=row.incident_id, decision=decision, comment=comment, reviewer=reviewer, at=at
    )
    session.add(review)
    session.flush()
    return review


def reviews_of(session: Session, incident_id: int) -> Sequence[RecurrenceReview]:
    return session.exec(
        select(RecurrenceReview).where(RecurrenceReview.incident_id == incident_id).order_by(col(RecurrenceReview.id))
    ).all()


def statements_awaiting_review(session: Session) -> Sequence[RecurrenceStatement]:
    return session.exec(
        select(RecurrenceStatement)
        .where(RecurrenceStatement.status == StatementStatus.SUBMITTED)
        .order_by(col(RecurrenceStatement.submitted_at))
    ).all()


def approved_statements(session: Session, incident_ids: Sequence[int]) -> dict[int, RecurrenceStatement]:
    """The approved version of each incident (at most one: approval ends the review)."""
    if not incident_ids:
        return {}
    rows = session.exec(
        select(RecurrenceStatement).where(
            col(RecurrenceStatement.incident_id).in_(list(incident_ids)),
            RecurrenceStatement.status == StatementStatus.APPROVED,
        )
    ).all()
    return {r.incident_id: r for r in rows}


def incidents_reported_between(
    session: Session, start: datetime, end: datetime, *, near_miss: bool = False
) -> Sequence[Incident]:
    """Incidents (or near misses) reported in ``[start, end)``, oldest first."""
    query = select(Incident).where(col(Incident.reported_at) >= start, col(Incident.reported_at) < end)
    query = near_misses(query) if near_miss else counted_incidents(query)
    return session.exec(query.order_by(col(Incident.reported_at))).all()


def add_near_miss(
    session: Session,
    near_miss: NearMiss,
    *,
    public_id: str,
    year: int,
    number: int,
    source_key: str,
    reporter: str,
    language: str,
    reported_at: datetime,
) -> Incident:
    """A near miss as an incident row (``near_miss``): nothing to mobilize (no channel, so it is
    born mobilized), no escalation (no due time), no data categories or head count (nothing
    leaked); it waits in the prevention phase for its measure to be approved."""
    return add_incident(
        session,
        Incident(
            public_id=public_id,
            source_key=source_key,
            year=year,
            seq=-number,
            department_id=near_miss.department_id,
            event_type=near_miss.event_type,
            discovered_at=reported_at,
            description=near_miss.description,
            stopped_by=near_miss.stopped_by,
            data_categories=[],
            encrypted=Tri.UNKNOWN,
            third_party=ThirdParty.NONE,
            reporter_id=reporter,
            severity=Severity.LOW,
            language=language,
            phase=Phase.PREVENTION,
            reported_at=reported_at,
            escalation_due_at=None,
            mobilized_at=reported_at,
            near_miss=True,
        ),
    )


def counted_all(session: Session) -> Sequence[Incident]:
    """Every incident that counts in the statistics (``counted_incidents``)."""
    return session.exec(counted_incidents(select(Incident))).all()


def all_near_misses(session: Session) -> Sequence[Incident]:
    return session.exec(near_misses(select(Incident)).order_by(col(Incident.reported_at))).all()
