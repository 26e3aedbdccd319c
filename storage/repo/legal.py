"""Legal assessments: one stored revision per run, numbered per incident."""

from __future__ import annotations

from sqlmodel import Session, col, select

from storage.models import LegalAssessment


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
