"""The weekly summary for the privacy office (and an aggregate-only version for a wider channel).

The schedule is cron-like (``LEAKBOT_WEEKLY_SUMMARY``, e.g. ``mon 09:00`` in the org timezone). The
sweep handles the latest occurrence that has passed, once: the occurrence is claimed with a unique
row, so two replicas never both post it, and after downtime the missed occurrence is posted once,
not once per missed week. Posting goes through the outbox (message and chart are separate
deliveries), so a Slack failure is retried without posting twice. On a fresh install the current
occurrence is only recorded: the first summary is the next scheduled one, not a surprise at start.
Everything is computed as of the occurrence, so a retry renders the same numbers.
"""

from __future__ import annotations

import logging
from dataclasses import replace
from datetime import datetime

from sqlmodel import Session

from domain.near_miss import NearMissFacts, NearMissFigures, near_miss_figures
from domain.summary import (
    AggregateSummary,
    IncidentFacts,
    TaskFacts,
    WeeklySummary,
    aggregate_only,
    latest_occurrence,
    parse_weekly_schedule,
    summarize,
)
from domain.tasks import TaskKind
from services import inquiries
from services.context import Context
from services.queue import Kind
from services.uow import UnitOfWork
from storage import repo

log = logging.getLogger(__name__)


def compute(ctx: Context, session: Session, period_end: datetime) -> WeeklySummary:
    """The summary as of ``period_end`` (a retry computes the same numbers). Near misses and drills
    are left out (``repo.counted_incidents``): they are reported apart, drills with their scores."""
    incidents = list(repo.counted_all(session))
    public = {i.id: i.public_id for i in incidents}
    tasks = [x for x in repo.all_tasks(session) if x.incident_id in public]
    computed = summarize(
        [
            IncidentFacts(i.public_id, i.department_id, i.event_type, i.phase, i.reported_at, i.acked_at, i.closed_at)
            for i in incidents
        ],
        [
            TaskFacts(public[x.incident_id], x.title, x.assignee, x.due_at, x.status, x.follow_up, x.kind == TaskKind.LEGAL)
            for x in tasks
        ],
        period_end=period_end,
        tz=ctx.config.tz,
    )
    return replace(
        computed, inquiries=inquiries.report_figures(session, computed.period_start, period_end, tz=ctx.config.tz)
    )


def near_misses(ctx: Context, session: Session, summary: WeeklySummary) -> NearMissFigures:
    """The near misses of the summary's period, counted apart from incidents."""
    rows = list(repo.all_near_misses(session))
    approved = repo.approved_statements(session, [r.id for r in rows if r.id is not None])
    facts = [NearMissFacts(r.event_type, r.department_id, r.reported_at, r.id in approved) for r in rows]
    return near_miss_figures(facts, start=summary.period_start, end=summary.period_end)


def aggregate(ctx: Context, summary: WeeklySummary) -> AggregateSummary:
    """The aggregate-only version for a wider channel (small counts suppressed)."""
    return aggregate_only(summary, min_count=ctx.config.summary_min_count)


def enqueue(uow: UnitOfWork, period_end: datetime, key: str) -> None:
    """Record the office summary (and the aggregate one, if configured) with their charts."""
    config = uow.ctx.config
    targets = [(config.directory.office_channel, False)]
    if config.summary_channel:
        targets.append((config.summary_channel, True))
    for channel, aggregate in targets:
        for kind in (Kind.SUMMARY, Kind.SUMMARY_CHART):
            uow.say_once(
                f"summary:{key}:{channel}:{kind}", kind, recipient=channel,
                period_end=period_end.isoformat(), aggregate=aggregate,
            )


def run_if_due(ctx: Context) -> bool:
    """Schedule the latest passed occurrence if nobody has yet; True if this call scheduled it."""
    now = ctx.now()
    occurrence = latest_occurrence(parse_weekly_schedule(ctx.config.weekly_summary), now, ctx.config.tz)
    if ctx.memo.get("summary_occurrence") == occurrence:
        return False  # this process already saw it handled: no need to ask the database again
    with UnitOfWork(ctx) as uow:
        first_run = not repo.any_summary(uow.session)
        if not repo.claim_summary(uow.session, occurrence, now, posted=not first_run):
            ctx.memo["summary_occurrence"] = occurrence
            return False
        if not first_run:
            enqueue(uow, occurrence, occurrence.isoformat())
        uow.commit()
    ctx.memo["summary_occurrence"] = occurrence
    if not first_run:
        log.info("weekly summary for %s scheduled", occurrence.isoformat())
    return not first_run


def post_now(ctx: Context) -> None:
    """``leakbot summary --post``: the summary up to now, posted at once (outside the schedule)."""
    now = ctx.now()
    with UnitOfWork(ctx) as uow:
        enqueue(uow, now, f"manual:{now.isoformat()}")
        uow.commit()
