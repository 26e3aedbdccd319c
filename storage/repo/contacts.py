"""Contact campaigns, publication decisions and contractor links (issue 9): rows of counts,
channels, dates and decisions. Batches are numbered per incident (a unique ``(incident, seq)``
turns two simultaneous submissions of the same next batch into one winner)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from sqlmodel import Session, col, select

from domain.contacts import Batch, Channel
from storage.models import ContactBatch, ContactCampaign, ContractorLink, PublicationDecisionRow


def campaign(session: Session, incident_id: int) -> ContactCampaign | None:
    return session.exec(select(ContactCampaign).where(ContactCampaign.incident_id == incident_id)).first()


def batches(session: Session, incident_id: int) -> list[ContactBatch]:
    return list(session.exec(
        select(ContactBatch).where(ContactBatch.incident_id == incident_id).order_by(col(ContactBatch.seq))
    ).all())


def as_batch(row: ContactBatch) -> Batch:
    return Batch(Channel(row.channel), row.sent_at, row.sent, row.reached, row.undeliverable)


def save_campaign(session: Session, incident_id: int, population: int, *, user: str, now: datetime) -> ContactCampaign:
    row = campaign(session, incident_id)
    if row is None:
        row = ContactCampaign(
            incident_id=incident_id, population=population, created_at=now, updated_by=user, updated_at=now,
        )
    else:
        row.population, row.updated_by, row.updated_at = population, user, now
    session.add(row)
    session.flush()
    return row


def add_batch(
    session: Session, incident_id: int, batch: Batch, *, seq: int, user: str, now: datetime, source_key: str | None = None,
) -> ContactBatch:
    row = ContactBatch(
        incident_id=incident_id, seq=seq, channel=batch.channel.value, sent_at=batch.sent_at, sent=batch.sent,
        reached=batch.reached, undeliverable=batch.undeliverable, source_key=source_key, recorded_by=user, recorded_at=now,
    )
    session.add(row)
    session.flush()
    return row


def replace_batch(
    session: Session, incident_id: int, batch: Batch, *, seq: int, user: str, now: datetime, source_key: str | None = None,
) -> ContactBatch:
    """Correct round ``seq`` in place (more letters came back since it was recorded)."""
    row = session.exec(select(ContactBatch).where(ContactBatch.incident_id == incident_id, ContactBatch.seq == seq)).one()
    row.channel, row.sent_at, row.sent = batch.channel.value, batch.sent_at, batch.sent
    row.reached, row.undeliverable, row.source_key = batch.reached, batch.undeliverable, source_key
    row.recorded_by, row.recorded_at = user, now
    session.add(row)
    session.flush()
    return row


def all_campaigns(session: Session) -> list[ContactCampaign]:
    return list(session.exec(select(ContactCampaign)).all())


def campaigns_of(session: Session, incident_ids: Sequence[int]) -> dict[int, ContactCampaign]:
    if not incident_ids:
        return {}
    rows = session.exec(select(ContactCampaign).where(col(ContactCampaign.incident_id).in_(list(incident_ids)))).all()
    return {r.incident_id: r for r in rows}


def batches_of(session: Session, incident_ids: Sequence[int]) -> dict[int, list[ContactBatch]]:
    out: dict[int, list[ContactBatch]] = {i: [] for i in incident_ids}
    if not incident_ids:
        return out
    rows = session.exec(
        select(ContactBatch).where(col(ContactBatch.incident_id).in_(list(incident_ids))).order_by(col(ContactBatch.seq))
    ).all()
    for r in rows:
        out[r.incident_id].append(r)
    return out


# --- publication ---------------------------------------------------------------------------------


def latest_decision(session: Session, incident_id: int) -> PublicationDecisionRow | None:
    return session.exec(
        select(PublicationDecisionRow)
        .where(PublicationDecisionRow.incident_id == incident_id)
        .order_by(col(PublicationDecisionRow.revision).desc())
        .limit(1)
    ).first()


def add_decision(session: Session, row: PublicationDecisionRow) -> PublicationDecisionRow:
    session.add(row)
    session.flush()
    return row


def decisions_between(session: Session, start: datetime, end: datetime) -> list[PublicationDecisionRow]:
    return list(session.exec(
        select(PublicationDecisionRow)
        .where(PublicationDecisionRow.decided_at >= start, PublicationDecisionRow.decided_at < end)
        .order_by(col(PublicationDecisionRow.decided_at))
    ).all())


def latest_decisions_of(session: Session, incident_ids: Sequence[int]) -> dict[int, PublicationDecisionRow]:
    if not incident_ids:
        return {}
    rows = session.exec(
        select(PublicationDecisionRow)
        .where(col(PublicationDecisionRow.incident_id).in_(list(incident_ids)))
        .order_by(col(PublicationDecisionRow.revision))
    ).all()
    return {r.incident_id: r for r in rows}  # the last revision of each wins


# --- contractor / principal ----------------------------------------------------------------------


def link(session: Session, incident_id: int) -> ContractorLink | None:
    return session.exec(select(ContractorLink).where(ContractorLink.incident_id == incident_id)).first()


def save_link(session: Session, row: ContractorLink) -> ContractorLink:
    session.add(row)
    session.flush()
    return row


def decision(session: Session, incident_id: int, revision: int) -> PublicationDecisionRow | None:
    return session.exec(
        select(PublicationDecisionRow).where(
            PublicationDecisionRow.incident_id == incident_id, PublicationDecisionRow.revision == revision
        )
    ).first()


def submitted(session: Session, source_key: str) -> bool:
    """A round or a decision was already recorded from this submitted form (its view ID)."""
    batch = session.exec(select(ContactBatch.id).where(ContactBatch.source_key == source_key)).first()
    if batch is not None:
        return True
    return session.exec(
        select(PublicationDecisionRow.id).where(PublicationDecisionRow.source_key == source_key)
    ).first() is not None
