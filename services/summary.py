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
from datetime import datetime

from domain.summary import IncidentFacts, TaskFacts, WeeklySummary, aggregate_only, latest_occurrence, parse_weekly_schedule, summarize
from prompts import chart as prompts_chart
from prompts import summary as prompts_summary
from prompts.common import Message
from services.context import Context
from services.queue import Kind
from storage import repo
from storage.db import session as open_session

log = logging.getLogger(__name__)


def compute(ctx: Context, period_end: datetime) -> WeeklySummary:
    with open_session(ctx.engine) as session:
        incidents = list(repo.all_incidents(session))
        tasks = list(repo.all_tasks(session))
    public = {i.id: i.public_id for i in incidents}
    return summarize(
        [IncidentFacts(i.public_id, i.department_id, i.event_type, i.phase, i.reported_at, i.acked_at, i.closed_at) for i in incidents],
        [TaskFacts(public[x.incident_id], x.title, x.assignee, x.due_at, x.status, x.follow_up, x.kind == "legal") for x in tasks],
        period_end=period_end,
        tz=ctx.tz,
    )


def _names(ctx: Context) -> dict[str, str]:
    return {d.id: d.display_name(ctx.language) for d in ctx.directory.departments}


def message(ctx: Context, period_end: datetime, *, aggregate: bool = False) -> Message:
    summary = compute(ctx, period_end)
    if aggregate:
        return prompts_summary.aggregate_message(
            aggregate_only(summary, min_count=ctx.summary_min_count), lang=ctx.language, tz=ctx.tz, department_names=_names(ctx)
        )
    return prompts_summary.summary_message(summary, lang=ctx.language, tz=ctx.tz, department_names=_names(ctx))


def chart(ctx: Context, period_end: datetime) -> bytes:
    return prompts_chart.weekly_chart_png(compute(ctx, period_end).series, lang=ctx.language)


def chart_title(ctx: Context, period_end: datetime) -> str:
    return f"leakbot {period_end.astimezone(ctx.tz):%Y-%m-%d}"


def enqueue(ctx: Context, session, period_end: datetime, key: str) -> None:
    """Record the office summary (and the aggregate one, if configured) with their charts."""
    targets = [(ctx.directory.office_channel, False)]
    if ctx.summary_channel:
        targets.append((ctx.summary_channel, True))
    for channel, aggregate in targets:
        for kind in (Kind.SUMMARY, Kind.SUMMARY_CHART):
            repo.enqueue(
                session,
                dedupe_key=f"summary:{key}:{channel}:{kind}",
                kind=kind,
                recipient=channel,
                now=ctx.now(),
                params={"period_end": period_end.isoformat(), "aggregate": aggregate},
            )


def run_if_due(ctx: Context) -> bool:
    """Schedule the latest passed occurrence if nobody has yet; True if this call scheduled it."""
    now = ctx.now()
    occurrence = latest_occurrence(parse_weekly_schedule(ctx.weekly_summary), now, ctx.tz)
    if ctx.memo.get("summary_occurrence") == occurrence:
        return False  # this process already saw it handled: no need to ask the database again
    with open_session(ctx.engine) as session:
        first_run = not repo.any_summary(session)
        if not repo.claim_summary(session, occurrence, now, posted=not first_run):
            ctx.memo["summary_occurrence"] = occurrence
            return False
        if not first_run:
            enqueue(ctx, session, occurrence, occurrence.isoformat())
        session.commit()
    ctx.memo["summary_occurrence"] = occurrence
    if not first_run:
        log.info("weekly summary for %s scheduled", occurrence.isoformat())
    return not first_run


def post_now(ctx: Context) -> None:
    """``leakbot summary --post``: the summary up to now, posted at once (outside the schedule)."""
    now = ctx.now()
    with open_session(ctx.engine) as session:
        enqueue(ctx, session, now, f"manual:{now.isoformat()}")
        session.commit()
