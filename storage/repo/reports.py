"""Second-report revisions, numbered per incident."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import func
from sqlmodel import Session, col, select

from domain.second_report import SecondReport
from storage.models import SecondReportRevision


def second_report_by_source_key(session: Session, source_key: str) -> SecondReportRevision | None:
    return session.exec(select(SecondReportRevision).where(SecondReportRevision.source_key == source_key)).first()


def add_second_report(
    session: Session, incident_id: int, report: SecondReport, *, source_key: str, submitted_by: str, submitted_at: datetime
) -> SecondReportRevision:
    """Store ``report`` as a new revision numbered after the latest one (the unique key settles a race)."""
    latest = session.exec(
        select(func.max(SecondReportRevision.revision)).where(SecondReportRevision.incident_id == incident_id)
    ).one()
    row = SecondReportRevision(
        incident_id=incident_id,
        revision=int(latest or 0) + 1,
        source_key=source_key,
        submitted_by=submitted_by,
        submitted_at=submitted_at,
        what_happened=report.what_happened,
        who=report.who,
        cause=report.cause,
        occurred_at=report.occurred_at,
        location=report.location,
        data_categories=sorted(report.data_categories),
        data_items=report.data_items,
        people_count=report.people_count,
        count_basis=report.count_basis,
        how_discovered=report.how_discovered,
        secondary_harm=report.secondary_harm,
        secondary_harm_detail=report.secondary_harm_detail,
        third_party=report.third_party,
        third_party_detail=report.third_party_detail,
    )
    session.add(row)
    session.flush()
    return row


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
