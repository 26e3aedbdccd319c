"""Inquiry batches and the FAQ (entries numbered per incident, every version kept)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from sqlalchemy import func
from sqlmodel import Session, col, select

from domain.inquiries import FaqDraft, FaqItem, InquiryBatch, InquiryFacts
from storage.models import FaqEntry, FaqVersion, Incident, Inquiry


def inquiry_by_source_key(session: Session, source_key: str) -> Inquiry | None:
    return session.exec(select(Inquiry).where(Inquiry.source_key == source_key)).first()


def add_inquiry(
    session: Session, incident_id: int, batch: InquiryBatch, *, source_key: str, logged_by: str, now: datetime
) -> Inquiry:
    row = Inquiry(
        incident_id=incident_id, source_key=source_key, channel=batch.channel, category=batch.category,
        count=batch.count, received_at=batch.received_at, summary=batch.summary, logged_by=logged_by, logged_at=now,
    )
    session.add(row)
    session.flush()
    return row


def inquiries_of(session: Session, incident_id: int, *, limit: int | None = None) -> Sequence[Inquiry]:
    """An incident's batches, newest first."""
    stmt = (
        select(Inquiry).where(Inquiry.incident_id == incident_id)
        .order_by(col(Inquiry.received_at).desc(), col(Inquiry.id).desc())
    )
    return session.exec(stmt.limit(limit) if limit else stmt).all()


def inquiry_facts(
    session: Session, *, incident_id: int | None = None, after: datetime | None = None, until: datetime | None = None
) -> list[InquiryFacts]:
    """The countable part of the batches (no summary text), of one incident or of all, received in
    ``(after, until]`` when given."""
    stmt = select(Inquiry, Incident.public_id).join(Incident, col(Incident.id) == col(Inquiry.incident_id))
    if incident_id is not None:
        stmt = stmt.where(Inquiry.incident_id == incident_id)
    if after is not None:
        stmt = stmt.where(col(Inquiry.received_at) > after)
    if until is not None:
        stmt = stmt.where(col(Inquiry.received_at) <= until)
    return [
        InquiryFacts(incident_public_id=public_id, channel=row.channel, category=row.category, count=row.count,
                     received_at=row.received_at)
        for row, public_id in session.exec(stmt).all()
    ]


def faq_version_by_source_key(session: Session, source_key: str) -> FaqVersion | None:
    return session.exec(select(FaqVersion).where(FaqVersion.source_key == source_key)).first()


def faq_entry(session: Session, incident_id: int, number: int) -> FaqEntry | None:
    return session.exec(
        select(FaqEntry).where(FaqEntry.incident_id == incident_id, FaqEntry.number == number)
    ).first()


def add_faq_entry(session: Session, incident_id: int, *, created_by: str, now: datetime) -> FaqEntry:
    """A new entry numbered after the incident's last one (the unique key settles a race)."""
    latest = session.exec(select(func.max(FaqEntry.number)).where(FaqEntry.incident_id == incident_id)).one()
    entry = FaqEntry(incident_id=incident_id, number=int(latest or 0) + 1, created_by=created_by, created_at=now)
    session.add(entry)
    session.flush()
    return entry


def add_faq_version(
    session: Session, entry: FaqEntry, draft: FaqDraft, *, source_key: str, edited_by: str, now: datetime
) -> FaqVersion:
    """Keep ``draft`` as the entry's next version."""
    latest = session.exec(select(func.max(FaqVersion.version)).where(FaqVersion.entry_id == entry.id)).one()
    assert entry.id is not None
    row = FaqVersion(
        entry_id=entry.id, version=int(latest or 0) + 1, source_key=source_key, question=draft.question,
        answer=draft.answer, removed=draft.removed, edited_by=edited_by, edited_at=now,
    )
    session.add(row)
    session.flush()
    return row


def faq_history(session: Session, incident_id: int) -> list[tuple[int, FaqVersion]]:
    """Every version of every entry of the incident's FAQ: ``(entry number, version)``, in order."""
    stmt = (
        select(FaqEntry.number, FaqVersion)
        .join(FaqEntry, col(FaqEntry.id) == col(FaqVersion.entry_id))
        .where(FaqEntry.incident_id == incident_id)
        .order_by(col(FaqEntry.number), col(FaqVersion.version))
    )
    return [(number, version) for number, version in session.exec(stmt).all()]


def faq_items(session: Session, incident_id: int) -> list[FaqItem]:
    """Each entry as its latest version says (removed ones included, flagged)."""
    latest: dict[int, FaqVersion] = {}
    for number, version in faq_history(session, incident_id):
        latest[number] = version
    return [
        FaqItem(number=n, version=v.version, question=v.question, answer=v.answer, removed=v.removed,
                edited_by=v.edited_by, edited_at=v.edited_at)
        for n, v in sorted(latest.items())
    ]


def inquiry_totals(session: Session, incident_ids: list[int], *, after: datetime | None = None) -> dict[int, int]:
    """Inquiries logged per incident, received after ``after`` when given (incidents without any are left out)."""
    if not incident_ids:
        return {}
    stmt = select(Inquiry.incident_id, func.sum(Inquiry.count)).where(col(Inquiry.incident_id).in_(incident_ids))
    if after is not None:
        stmt = stmt.where(col(Inquiry.received_at) > after)
    stmt = stmt.group_by(col(Inquiry.incident_id))
    return {incident_id: int(total or 0) for incident_id, total in session.exec(stmt).all()}
