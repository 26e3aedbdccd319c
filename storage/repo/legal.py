"""Legal assessments: one stored revision per run, numbered per incident."""

from __future__ import annotations

from sqlalchemy import exists
from sqlmodel import Session, col, select

from storage.models import Incident, LegalAssessment


def add_assessment(session: Session, row: LegalAssessment) -> LegalAssessment:
    session.add(row)
    session.flush()
    return row


def latest_assessment(session: Session, incident_id: int) -> LegalAssessment | None:
    return session.exec(
        select(LegalAssessment)
        .where(LegalAssessment.incident_id == incident_id)
        .order_by(col(LegalAssessment.revision).desc())
        .limit(1)
    ).first()


def assessments(session: Session, incident_id: int) -> list[LegalAssessment]:
    """Every stored revision of the incident, oldest first."""
    return list(session.exec(
        select(LegalAssessment)
        .where(LegalAssessment.incident_id == incident_id)
        .order_by(col(LegalAssessment.revision))
    ).all())


def assessment(session: Session, incident_id: int, number: int) -> LegalAssessment | None:
    return session.exec(
        select(LegalAssessment).where(LegalAssessment.incident_id == incident_id, LegalAssessment.revision == number)
    ).first()


def open_incidents_without_assessment(session: Session) -> list[int]:
    """Open, set-up incidents that have never been assessed: they were opened before this version
    assessed every incident at set-up (an incident still being set up gets its assessment as a step).
    Near misses are left out: nothing leaked, so there is no legal duty to assess."""
    assessed = exists().where(col(LegalAssessment.incident_id) == col(Incident.id))
    rows = session.exec(
        select(Incident.id)
        .where(
            col(Incident.closed_at).is_(None), col(Incident.mobilized_at).is_not(None),
            col(Incident.near_miss).is_(False), ~assessed,
        )
        .order_by(col(Incident.id))
    ).all()
    return [int(r) for r in rows if r is not None]
