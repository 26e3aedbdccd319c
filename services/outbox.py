"""The outbox: messages decided inside a transaction and sent after it, each exactly once.

A service records *what* to say (a kind, a recipient, a few IDs and numbers) in the same
transaction as the state change that calls for it; ``deliver`` renders the message from the
database at send time and sends it. Because the decision is a row with a unique key, a retry or a
second replica cannot decide it twice; because sending claims the row first, two workers cannot
send it twice; because a failed send leaves the row pending, a Slack outage or a restart loses
nothing.
"""

from __future__ import annotations

import logging
from datetime import datetime, timedelta
from dataclasses import dataclass

from sqlmodel import Session

from bot.slack import SlackFailure
from domain.tasks import TaskStatus
from domain.legal.outcome import changes as outcome_changes, from_json as outcome_from_json, outcome_of
from prompts import legal as prompts_legal
from prompts import card as prompts_card
from prompts import common as prompts_common
from prompts import phases as prompts_phases
from prompts import second_report as prompts_second_report
from prompts import watch as prompts_watch
from prompts import tasks as prompts_tasks
from prompts.i18n import t
from services import legal, render, summary
from services.context import Context
from services.queue import INCIDENT_CHANNEL, Kind
from storage import repo
from storage.db import session as open_session
from storage.models import Delivery, Incident, Task

log = logging.getLogger(__name__)

MAX_ATTEMPTS = 12


class NotReady(Exception):
    """The message cannot be sent yet (its channel does not exist yet); try again later."""


class Moot(Exception):
    """The message no longer applies (the task was completed before its reminder went out)."""


def backoff(attempts: int) -> timedelta:
    """Wait before the next attempt: 30 s, 1 min, 2 min … capped at 30 min."""
    return timedelta(seconds=min(30 * 2 ** max(0, attempts - 1), 1800))


@dataclass(frozen=True)
class Send:
    """What one delivery does: post a message, update one in place, or upload a PNG."""

    channel: str
    text: str
    blocks: list | None = None
    update_ts: str | None = None
    png: bytes | None = None
    thread_ts: str | None = None


def _render_global(ctx: Context, delivery: Delivery) -> Send:
    """Deliveries that belong to no incident: the weekly summary and its chart."""
    p = delivery.params
    period_end = datetime.fromisoformat(p["period_end"])
    aggregate = bool(p.get("aggregate"))
    if Kind(delivery.kind) is Kind.SUMMARY:
        text, blocks = summary.message(ctx, period_end, aggregate=aggregate)
        return Send(delivery.recipient, text, blocks)
    if Kind(delivery.kind) is Kind.SUMMARY_CHART:
        return Send(delivery.recipient, summary.chart_title(ctx, period_end), png=summary.chart(ctx, period_end))
    raise ValueError(f"unknown delivery kind {delivery.kind}")


def _render(ctx: Context, session: Session, delivery: Delivery, incident: Incident) -> Send:
    lang = incident.language
    channel = delivery.recipient
    if channel == INCIDENT_CHANNEL:
        if not incident.channel_id:
            raise NotReady
        channel = incident.channel_id
    p = delivery.params
    kind = Kind(delivery.kind)
    if kind is Kind.ESCALATION_DM:
        text, blocks = prompts_card.escalation_dm(
            incident,
            step=p["step"],
            department_name=ctx.department_name(incident.department_id),
            now=ctx.now(),
            lang=lang,
        )
        return Send(channel, text, blocks)
    if kind is Kind.CARD_REFRESH:
        if not incident.card_ts:
            raise NotReady
        text, blocks = render.card(ctx, session, incident)
        return Send(channel, text, blocks, incident.card_ts)
    if kind is Kind.NOTICE:
        values = {k: (prompts_common.mention(v, lang) if k == "user" else v) for k, v in p.get("values", {}).items()}
        values.update({k: t(lang, f"phase.{v}") for k, v in p.get("phases", {}).items()})
        text, blocks = prompts_common.simple(t(lang, p["key"], incident_id=incident.public_id, **values))
        return Send(channel, text, blocks)
    if kind is Kind.SECOND_REPORT:
        text, blocks = second_report_message(ctx, session, incident, p["revision"])
        return Send(channel, text, blocks)
    if kind is Kind.CLOSED:
        text, blocks = prompts_phases.closed_posted(
            incident_id=incident.public_id,
            user=incident.closed_by or "",
            measures_done=incident.measures_done,
            measures_planned=incident.measures_planned,
            lang=lang,
        )
        return Send(channel, text, blocks)
    if kind is Kind.OFFICE_CLOSED:
        text, blocks = prompts_phases.office_closed(incident, ctx.department_name(incident.department_id), lang)
        return Send(channel, text, blocks)
    if kind in (Kind.TASK_REMINDER, Kind.TASK_ASSIGNED, Kind.TASK_ESCALATION):
        task = session.get(Task, p["task"], populate_existing=True)
        still_reminded = task is not None and task.status == TaskStatus.OPEN and (
            incident.closed_at is None or task.follow_up
        )
        if not still_reminded or not channel:
            raise Moot
        if kind is Kind.TASK_REMINDER:
            text, blocks = prompts_tasks.reminder_dm(
                task, incident, kind=p["step"], nag=p.get("nag", 0), lead=None, lang=lang, tz=ctx.tz, now=ctx.now()
            )
        elif kind is Kind.TASK_ASSIGNED:
            text, blocks = prompts_tasks.assigned_dm(task, incident, lang=lang, tz=ctx.tz)
        else:
            text, blocks = prompts_tasks.escalation_notice(task, incident, nags=p["nags"], lang=lang, tz=ctx.tz)
        return Send(channel, text, blocks)
    if kind is Kind.DATA_WARNING:
        text, blocks = prompts_watch.data_warning(p["signs"], lang)
        return Send(channel, text, blocks, thread_ts=p["thread_ts"])
    if kind is Kind.LEGAL_RESULT:
        text, blocks = legal_message(ctx, session, incident, p["revision"])
        return Send(channel, text, blocks)
    if kind is Kind.TASK_LIST:
        if not incident.task_list_ts:
            raise NotReady
        text, blocks = task_list_message(ctx, session, incident)
        return Send(channel, text, blocks, incident.task_list_ts)
    raise ValueError(f"unknown delivery kind {kind}")


def legal_message(ctx: Context, session: Session, incident: Incident, number: int) -> prompts_common.Message:
    """The assessment of one revision, with what changed since the previous revision."""
    row = legal.revision(session, incident.id, number)
    previous = legal.revision(session, incident.id, number - 1) if number > 1 else None
    result = legal.assessment_of(ctx, row)
    changed = outcome_changes(outcome_from_json(previous.outcome), outcome_of(result)) if previous else None
    return prompts_legal.assessment_message(
        result, incident_id=incident.public_id, lang=incident.language, tz=ctx.tz, changes=changed,
        actor=None if row.actor == "leakbot" else row.actor,
    )


def task_list_message(ctx: Context, session: Session, incident: Incident) -> prompts_common.Message:
    return prompts_tasks.task_list(
        incident, repo.tasks_of(session, incident.id), lang=incident.language, tz=ctx.tz, now=ctx.now()
    )


def second_report_message(ctx: Context, session: Session, incident: Incident, revision: int) -> prompts_common.Message:
    row = repo.second_report(session, incident.id, revision)
    if row is None:
        raise ValueError("second report revision missing")
    return prompts_second_report.second_report_posted(row, incident=incident, lang=incident.language, tz=ctx.tz)


def deliver_all(ctx: Context, *, batch: int = 50, rounds: int = 20) -> int:
    """Send everything due, batch after batch (bounded, so one sweep cannot run forever)."""
    total = 0
    for _ in range(rounds):
        sent = deliver(ctx, limit=batch)
        total += sent
        if sent < batch:
            break
    return total


def deliver(ctx: Context, *, incident_id: int | None = None, limit: int = 50) -> int:
    """Send due deliveries (all, or one incident's); return how many were sent."""
    sent = 0
    with open_session(ctx.engine) as session:
        now = ctx.now()
        claimed = repo.claim_deliveries(
            session, owner=ctx.worker_id, now=now, until=now + ctx.lease, limit=limit, incident_id=incident_id
        )
        for delivery in claimed:
            try:
                if delivery.incident_id is None:
                    send = _render_global(ctx, delivery)
                else:
                    send = _render(ctx, session, delivery, repo.get_incident(session, delivery.incident_id))
                if send.png is not None:
                    result_ts = ctx.slack.upload_png(send.channel, send.png, title=send.text)
                elif send.update_ts:
                    ctx.slack.update(send.channel, send.update_ts, send.text, send.blocks)
                    result_ts = send.update_ts
                else:
                    result_ts = ctx.slack.post(send.channel, send.text, send.blocks, thread_ts=send.thread_ts)
                repo.finish_delivery(session, delivery.id, now=ctx.now(), result_ts=result_ts)
                sent += 1
            except Moot:
                repo.finish_delivery(session, delivery.id, now=ctx.now())
            except NotReady:
                repo.retry_delivery(session, delivery.id, at=ctx.now() + timedelta(seconds=30), error="not_ready")
            except Exception as exc:  # noqa: BLE001 - one broken message must not block the others
                if not isinstance(exc, SlackFailure):
                    log.exception("delivery %s (%s) could not be rendered", delivery.id, delivery.kind)
                    exc = SlackFailure("render", type(exc).__name__, retryable=False)
                failure = exc
                give_up = not failure.retryable and delivery.attempts >= 3 or delivery.attempts >= MAX_ATTEMPTS
                log.warning(
                    "delivery %s (%s) failed: %s%s",
                    delivery.id,
                    delivery.kind,
                    failure.code,
                    " — giving up" if give_up else "",
                )
                repo.retry_delivery(
                    session, delivery.id, at=ctx.now() + backoff(delivery.attempts), error=failure.code, give_up=give_up
                )
            session.commit()
    return sent


