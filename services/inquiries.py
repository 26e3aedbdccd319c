"""Use cases of the inquiry desk: log a batch of inquiries, curate the FAQ (every edit a new
version), export it as Markdown into the incident channel, and the inquiry figures of the card, the
weekly summary, the Home tab and ``leakbot report``.

Who may do what is checked by the callers against ``domain.access`` (``can_log_inquiry``,
``can_curate_faq``), from the database, before these run. Every change is one transaction with its
timeline entry; the timeline carries IDs, kinds and counts, never the question text.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta, tzinfo

from sqlalchemy.exc import IntegrityError
from sqlmodel import Session

from domain.inquiries import (
    FaqDraft,
    FaqItem,
    InquiryBatch,
    InquiryFigures,
    current_faq,
    figures,
    recent_days_start,
)
from domain.timeline import Event
from prompts import inquiries as prompts_inquiries
from services.context import Context
from services.queue import Kind
from services.results import Outcome, Result
from services.uow import UnitOfWork
from storage import repo
from storage.db import session as open_session
from storage.models import Incident
from storage.repo import inquiries as inquiry_repo


def _id(incident: Incident) -> int:
    assert incident.id is not None  # a stored incident
    return incident.id


# --- inquiries -----------------------------------------------------------------------------------


def log_inquiry(ctx: Context, incident: Incident, batch: InquiryBatch, *, user: str, source_key: str) -> Result:
    """Keep one batch (once per submitted modal: a retried submission is a DUPLICATE) and refresh the card."""
    now = ctx.now()
    with UnitOfWork(ctx) as uow:
        if inquiry_repo.inquiry_by_source_key(uow.session, source_key) is not None:
            return Result(Outcome.DUPLICATE, incident)
        try:
            row = inquiry_repo.add_inquiry(uow.session, _id(incident), batch, source_key=source_key, logged_by=user, now=now)
            uow.record(
                _id(incident), Event.INQUIRY_LOGGED, actor=user, at=now,
                data={"inquiry": row.id, "channel": batch.channel, "category": batch.category, "count": batch.count,
                      "received_at": batch.received_at.isoformat()},
            )
            uow.say(incident, Kind.CARD_REFRESH, f"inq{row.id}")
            uow.commit()
        except IntegrityError as exc:
            uow.rollback()
            if repo.is_unique_violation(exc):
                return Result(Outcome.DUPLICATE, incident)
            raise
    return Result(Outcome.DONE, incident)


@dataclass(frozen=True)
class DeskView:
    """All a desk operator may see of an incident: its ID, its status and its FAQ."""

    incident_id: str
    phase: str
    closed: bool
    faq: list[FaqItem]


def desk_view(ctx: Context, incident: Incident) -> DeskView:
    with open_session(ctx.engine) as session:
        items = current_faq(inquiry_repo.faq_items(session, _id(incident)))
    return DeskView(incident.public_id, incident.phase, incident.closed_at is not None, items)


# --- the FAQ -------------------------------------------------------------------------------------


@dataclass(frozen=True)
class FaqState:
    items: list[FaqItem]  # the current FAQ (removed entries left out)
    revision: int  # how many versions the FAQ has had in all: it changes with every edit
    recent: list[prompts_inquiries.RecentQuestion]


def faq_state(ctx: Context, incident: Incident) -> FaqState:
    with open_session(ctx.engine) as session:
        return _faq_state(session, _id(incident))


def _faq_state(session: Session, incident_id: int) -> FaqState:
    history = inquiry_repo.faq_history(session, incident_id)
    items = current_faq(inquiry_repo.faq_items(session, incident_id))
    recent = [
        prompts_inquiries.RecentQuestion(row.category, row.summary)
        for row in inquiry_repo.inquiries_of(session, incident_id, limit=50)
        if row.summary
    ][: prompts_inquiries.RECENT_LIMIT]
    return FaqState(items, len(history), recent)


def faq_item(ctx: Context, incident: Incident, number: int) -> FaqItem | None:
    """The entry ``number`` as it stands (None when there is no such entry)."""
    with open_session(ctx.engine) as session:
        return next((i for i in inquiry_repo.faq_items(session, _id(incident)) if i.number == number), None)


def save_faq(ctx: Context, incident: Incident, number: int | None, draft: FaqDraft, *, user: str, source_key: str) -> Result:
    """Add an entry (``number`` None) or keep a new version of entry ``number``; tell the channel.
    CLOSED when the entry does not exist; DUPLICATE for a submission already kept."""
    now = ctx.now()
    for attempt in range(3):
        with UnitOfWork(ctx) as uow:
            session = uow.session
            if inquiry_repo.faq_version_by_source_key(session, source_key) is not None:
                return Result(Outcome.DUPLICATE, incident)
            try:
                if number is None:
                    entry = inquiry_repo.add_faq_entry(session, _id(incident), created_by=user, now=now)
                    event = Event.FAQ_ADDED
                else:
                    found = inquiry_repo.faq_entry(session, _id(incident), number)
                    if found is None:
                        return Result(Outcome.CLOSED, incident)
                    entry = found
                    event = Event.FAQ_REMOVED if draft.removed else Event.FAQ_EDITED
                version = inquiry_repo.add_faq_version(session, entry, draft, source_key=source_key, edited_by=user, now=now)
                entry_number = entry.number
                uow.record(_id(incident), event, actor=user, at=now, data={"entry": entry_number, "version": version.version})
                uow.say(
                    incident, Kind.NOTICE, f"faq{entry_number}v{version.version}",
                    key="faq.removed" if draft.removed else "faq.saved",
                    values={"user": user, "number": entry_number, "version": version.version},
                )
                uow.commit()
                return Result(Outcome.DONE, incident)
            except IntegrityError as exc:
                uow.rollback()
                if not repo.is_unique_violation(exc) or attempt == 2:
                    raise
    raise RuntimeError("unreachable")


def export_faq(ctx: Context, incident: Incident, *, user: str) -> str:
    """Upload the current FAQ as a Markdown file into the incident channel (the curators hand it to
    the call centre and use it for the web notice); returns the file name."""
    now = ctx.now()
    state = faq_state(ctx, incident)
    text = prompts_inquiries.faq_markdown(
        incident_id=incident.public_id, items=state.items, revision=state.revision, lang=incident.language,
        tz=ctx.config.tz, now=now,
    )
    filename = prompts_inquiries.faq_filename(incident.public_id, state.revision)
    ctx.slack.upload_file(incident.channel_id or user, text.encode("utf-8"), filename=filename, title=filename)
    with UnitOfWork(ctx) as uow:
        uow.record(
            _id(incident), Event.FAQ_EXPORTED, actor=user, at=now,
            data={"file": filename, "revision": state.revision, "entries": len(state.items)},
        )
        uow.say(
            incident, Kind.NOTICE, f"faq_export:{now.isoformat()}", key="faq.exported",
            values={"user": user, "revision": state.revision, "count": len(state.items)},
        )
        uow.commit()
    return filename


# --- figures -------------------------------------------------------------------------------------


def card_figures(session: Session, incident_id: int, *, now: datetime, tz: tzinfo) -> tuple[InquiryFigures, InquiryFigures]:
    """An incident's inquiries for its card: all of them, and today with the 6 days before."""
    facts = inquiry_repo.inquiry_facts(session, incident_id=incident_id)
    earliest = min((f.received_at for f in facts), default=now)
    latest = max([now, *(f.received_at for f in facts)])
    overall = figures(facts, start=earliest - timedelta(microseconds=1), end=latest, tz=tz)
    recent = figures(facts, start=recent_days_start(now, tz), end=now, tz=tz)
    return overall, recent


def report_figures(session: Session, start: datetime, end: datetime, *, tz: tzinfo | None = None) -> InquiryFigures:
    """Every incident's inquiries received in ``(start, end]``, per day in ``tz`` (default: ``start``'s
    timezone) — for the weekly summary and ``leakbot report``."""
    zone = tz or start.tzinfo
    if zone is None:
        raise ValueError("start must be timezone-aware")
    return figures(inquiry_repo.inquiry_facts(session, after=start, until=end), start=start, end=end, tz=zone)


def inquiry_totals(session: Session, incident_ids: list[int], *, now: datetime, tz: tzinfo) -> dict[int, tuple[int, int]]:
    """Per incident with inquiries: how many so far, and how many today (local day) — for the Home tab."""
    total = inquiry_repo.inquiry_totals(session, incident_ids)
    today = inquiry_repo.inquiry_totals(session, incident_ids, after=recent_days_start(now, tz, days=1))
    return {incident_id: (n, today.get(incident_id, 0)) for incident_id, n in total.items()}
