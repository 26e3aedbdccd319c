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
from datetime import timedelta
from enum import StrEnum
from typing import Any

from sqlmodel import Session

from bot.slack import SlackFailure
from prompts import messages
from prompts.i18n import t
from services import render
from services.context import Context
from storage import repo
from storage.db import session as open_session
from storage.models import Delivery, Incident

log = logging.getLogger(__name__)

#: Recipient placeholder for "the incident's channel, once it exists".
INCIDENT_CHANNEL = "#incident"
MAX_ATTEMPTS = 12


class Kind(StrEnum):
    ESCALATION_DM = "escalation_dm"
    CARD_REFRESH = "card_refresh"
    NOTICE = "notice"  # a one-line channel notice from the catalog
    SECOND_REPORT = "second_report"
    CLOSED = "closed"
    OFFICE_CLOSED = "office_closed"


class NotReady(Exception):
    """The message cannot be sent yet (its channel does not exist yet); try again later."""


def backoff(attempts: int) -> timedelta:
    """Wait before the next attempt: 30 s, 1 min, 2 min … capped at 30 min."""
    return timedelta(seconds=min(30 * 2 ** max(0, attempts - 1), 1800))


def enqueue(
    session: Session,
    ctx: Context,
    incident: Incident,
    kind: Kind,
    dedupe: str,
    *,
    recipient: str = INCIDENT_CHANNEL,
    **params: Any,
) -> bool:
    return repo.enqueue(
        session,
        dedupe_key=f"{incident.id}:{kind}:{dedupe}",
        kind=kind,
        recipient=recipient,
        incident_id=incident.id,
        params=params,
        now=ctx.now(),
    )


def _render(ctx: Context, session: Session, delivery: Delivery, incident: Incident) -> tuple[str, str, list, str | None]:
    """(channel, text, blocks, ts_to_update) for a delivery."""
    lang = incident.language
    channel = delivery.recipient
    if channel == INCIDENT_CHANNEL:
        if not incident.channel_id:
            raise NotReady
        channel = incident.channel_id
    p = delivery.params
    kind = Kind(delivery.kind)
    if kind is Kind.ESCALATION_DM:
        text, blocks = messages.escalation_dm(
            incident,
            step=p["step"],
            department_name=ctx.department_name(incident.department_id),
            now=ctx.now(),
            lang=lang,
        )
        return channel, text, blocks, None
    if kind is Kind.CARD_REFRESH:
        if not incident.card_ts:
            raise NotReady
        text, blocks = render.card(ctx, session, incident)
        return channel, text, blocks, incident.card_ts
    if kind is Kind.NOTICE:
        values = {k: (messages.mention(v, lang) if k == "user" else v) for k, v in p.get("values", {}).items()}
        values.update({k: t(lang, f"phase.{v}") for k, v in p.get("phases", {}).items()})
        text, blocks = messages.simple(t(lang, p["key"], incident_id=incident.public_id, **values))
        return channel, text, blocks, None
    if kind is Kind.SECOND_REPORT:
        text, blocks = second_report_message(ctx, session, incident, p["revision"])
        return channel, text, blocks, None
    if kind is Kind.CLOSED:
        text, blocks = messages.closed_posted(
            incident_id=incident.public_id,
            user=incident.closed_by or "",
            measures_done=incident.measures_done,
            measures_planned=incident.measures_planned,
            lang=lang,
        )
        return channel, text, blocks, None
    if kind is Kind.OFFICE_CLOSED:
        text, blocks = messages.office_closed(incident, ctx.department_name(incident.department_id), lang)
        return channel, text, blocks, None
    raise ValueError(f"unknown delivery kind {kind}")


def second_report_message(ctx: Context, session: Session, incident: Incident, revision: int) -> messages.Message:
    row = repo.second_report(session, incident.id, revision)
    if row is None:
        raise ValueError("second report revision missing")
    return messages.second_report_posted(row, incident=incident, lang=incident.language, tz=ctx.tz)


def deliver(ctx: Context, *, incident_id: int | None = None, limit: int = 50) -> int:
    """Send due deliveries (all, or one incident's); return how many were sent."""
    sent = 0
    with open_session(ctx.engine) as session:
        now = ctx.now()
        claimed = repo.claim_deliveries(
            session, owner=ctx.worker_id, now=now, until=now + ctx.lease, limit=limit, incident_id=incident_id
        )
        for delivery in claimed:
            incident = repo.get_incident(session, delivery.incident_id) if delivery.incident_id else None
            try:
                if incident is None:
                    raise ValueError("delivery without incident")
                channel, text, blocks, ts = _render(ctx, session, delivery, incident)
                if ts:
                    ctx.slack.update(channel, ts, text, blocks)
                    result_ts = ts
                else:
                    result_ts = ctx.slack.post(channel, text, blocks)
                repo.finish_delivery(session, delivery.id, now=ctx.now(), result_ts=result_ts)
                sent += 1
            except NotReady:
                repo.retry_delivery(session, delivery.id, at=ctx.now() + timedelta(seconds=30), error="not_ready")
            except SlackFailure as failure:
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


