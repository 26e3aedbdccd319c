"""Second-report revisions, numbered per incident."""

from __future__ import annotations

from sqlalchemy import func
from sqlmodel import Session, col, select

from storage.models import SecondReportRevision


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


def second_report(session: Session, incident_id: int, revision: int) -> SecondReportRevision | None:
    return session.exec(
        select(SecondReportRevision).where(
            SecondReportRevision.incident_id == incident_id, SecondReportRevision.revision == revision
        )
    ).first()
