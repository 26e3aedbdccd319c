"""Use cases of the contact campaign (本人への連絡): the form's state, recording a round of contact,
and the figures for the weekly summary, the App Home and ``leakbot report``.

Recording is one transaction that reads the campaign, validates the new round against it
(``domain.contacts``), stores it, puts it on the timeline and decides the messages (the channel
line, the card, the task list). When nobody is left to tell, the campaign is finished and the
legal "notice to individuals" tasks are completed: the notice was given (or, for the unreachable,
published instead — 個人情報保護法26条2項ただし書).
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy.exc import IntegrityError
from sqlmodel import Session

from domain.contacts import (
    Batch,
    BatchInput,
    CampaignFacts,
    Channel,
    ContactFigures,
    Problem,
    Progress,
    Refused,
    figures,
    next_channel,
    progress,
    validate_update,
)
from domain.tasks import TaskStatus
from domain.timeline import BOT, Event
from services.context import Context
from services.queue import Kind
from services.uow import UnitOfWork
from storage import repo
from storage.db import session as open_session
from storage.models import Incident
from storage.repo import contacts as rows

log = logging.getLogger(__name__)

#: The legal tasks a finished campaign completes (services.legal.LEGAL_TASKS, "individual_notice").
NOTICE_TASKS = ("legal:appi_individuals", "legal:mynumber_individuals", "legal:gdpr_individuals")


@dataclass(frozen=True)
class ContactsForm:
    population: int | None
    progress: Progress | None
    batches: list[Batch]
    next_channel: Channel


def ident(incident: Incident) -> int:
    """A stored incident's database ID (always set once the row exists)."""
    assert incident.id is not None
    return incident.id


def state(session: Session, incident_id: int) -> tuple[Progress | None, list[Batch]]:
    """The campaign as recorded: its progress (None: no campaign yet) and its batches."""
    campaign = rows.campaign(session, incident_id)
    batches = [rows.as_batch(b) for b in rows.batches(session, incident_id)]
    return (progress(campaign.population, batches) if campaign else None), batches


def finished(session: Session, incident_id: int) -> bool:
    campaign = rows.campaign(session, incident_id)
    return campaign is not None and campaign.finished_at is not None


def _default_population(session: Session, incident: Incident) -> int | None:
    latest = repo.latest_second_report(session, ident(incident))
    return latest.people_count if latest and latest.people_count is not None else incident.people_count


def form(ctx: Context, incident: Incident) -> ContactsForm:
    with open_session(ctx.engine) as session:
        p, batches = state(session, ident(incident))
        population = p.population if p else _default_population(session, incident)
        return ContactsForm(population or None, p, batches, next_channel(batches))


def record(ctx: Context, incident: Incident, raw: BatchInput, *, user: str, source_key: str | None = None) -> Progress | None:
    """Validate and store a population change and/or a round of contact (``Refused`` if not valid;
    None when this very form was already recorded — a double submission changes nothing)."""
    now = ctx.now()
    with UnitOfWork(ctx) as uow:
        session = uow.session
        if source_key and rows.submitted(session, source_key):
            return None
        campaign = rows.campaign(session, ident(incident))
        before = [rows.as_batch(b) for b in rows.batches(session, ident(incident))]
        update = validate_update(raw, batches=before, discovered_at=incident.discovered_at, now=now)
        was_finished = campaign is not None and campaign.finished_at is not None
        population_changed = campaign is None or campaign.population != update.population
        campaign = rows.save_campaign(session, ident(incident), update.population, user=user, now=now)
        kept = before[:-1] if update.replaces_last else before
        after = kept + ([update.batch] if update.batch else [])
        p = progress(update.population, after)
        if population_changed:
            uow.record(ident(incident), Event.CONTACTS_UPDATED, actor=user, at=now, data={"population": update.population})
        entry = None
        if update.batch is not None:
            b = update.batch
            try:
                if update.replaces_last:
                    rows.replace_batch(session, ident(incident), b, seq=len(after), user=user, now=now, source_key=source_key)
                else:
                    rows.add_batch(session, ident(incident), b, seq=len(after), user=user, now=now, source_key=source_key)
            except IntegrityError:
                uow.rollback()
                raise Refused({"sent": Problem.FAILED}) from None  # someone recorded a round meanwhile
            entry = uow.record(ident(incident), Event.CONTACT_BATCH, actor=user, at=now, data={
                "seq": len(after), "channel": b.channel.value, "sent_at": b.sent_at.isoformat(), "sent": b.sent,
                "reached": b.reached, "undeliverable": b.undeliverable, "left": p.left, "corrected": update.replaces_last,
            })
        finished_now = p.finished and not was_finished
        if finished_now:
            campaign.finished_at = now
            session.add(campaign)
            entry = uow.record(ident(incident), Event.CONTACTS_FINISHED, actor=BOT, at=now, data={
                "population": p.population, "web_notice": p.web_notice,
            })
            complete_tasks(uow, incident, NOTICE_TASKS, by="contacts", now=now)
        elif not p.finished and was_finished:
            campaign.finished_at = None  # more people to tell: the campaign is open again
            session.add(campaign)
        key = f"c{entry.id}" if entry is not None else f"p{now.isoformat()}"
        if update.batch is not None or finished_now:
            uow.say(incident, Kind.CONTACTS, key, user=user, finished=finished_now, seq=len(after),
                    population=update.population, corrected=update.replaces_last)
        uow.say(incident, Kind.CARD_REFRESH, f"contacts:{key}")
        uow.say(incident, Kind.TASK_LIST, f"contacts:{key}")
        uow.commit()
    log.info("incident %s: contacts recorded (left %d)", incident.public_id, p.left)  # counts only
    return p


def complete_tasks(uow: UnitOfWork, incident: Incident, keys: tuple[str, ...], *, by: str, now: datetime) -> None:
    """The bot completes the open tasks ``keys`` of the incident: what they asked for is recorded."""
    for task in repo.tasks_of(uow.session, ident(incident)):
        if task.id is None or task.key not in keys or task.status != TaskStatus.OPEN:
            continue
        if repo.task_compare_and_set(
            uow.session, task.id, {"status": TaskStatus.OPEN},
            status=TaskStatus.DONE, completed_at=now, completed_by=BOT, updated_at=now, next_remind_at=None,
        ):
            uow.record(ident(incident), Event.TASK_DONE, actor=BOT, at=now, data={"task": task.id, "by": by})


def report_figures(session: Session, start: datetime, end: datetime) -> ContactFigures:
    """Contact campaigns and publication decisions over ``[start, end)`` (for ``leakbot report``)."""
    campaigns = rows.all_campaigns(session)
    batches = rows.batches_of(session, [c.incident_id for c in campaigns])
    facts = [
        CampaignFacts(c.population, tuple(rows.as_batch(b) for b in batches[c.incident_id]), c.finished_at, c.created_at)
        for c in campaigns
    ]
    decisions = [(d.decided_at, d.decision) for d in rows.decisions_between(session, start, end)]
    return figures(facts, decisions, start=start, end=end)


def progress_of_incidents(session: Session, incident_ids: list[int]) -> dict[int, Progress]:
    campaigns = rows.campaigns_of(session, incident_ids)
    batches = rows.batches_of(session, list(campaigns))
    return {i: progress(c.population, [rows.as_batch(b) for b in batches[i]]) for i, c in campaigns.items()}
