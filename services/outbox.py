"""The outbox: messages decided inside a transaction and sent after it, each exactly once.

A use case records *what* to say (a kind, a recipient, a few IDs and numbers) in the same
transaction as the state change that calls for it (``UnitOfWork.say``); ``deliver`` claims it,
has ``services.presenters`` render it from the database at send time, sends it and records the
result. Because the decision is a row with a unique key, a retry or a second replica cannot
decide it twice; because sending claims the row first, two workers cannot send it twice; because
a failed send leaves the row pending, a Slack outage or a restart loses nothing. A post whose answer
was lost is looked for in the conversation before it is sent again (``services.posting``), and a
call Slack's limits hold back is rescheduled for the time they name, without counting as an attempt.
"""

from __future__ import annotations

import logging
import time
from datetime import timedelta

from sqlmodel import Session

from services import drills, presenters
from services.context import Context
from services.ports import Slack, SlackFailure
from services.posting import post_once
from services.uow import UnitOfWork
from storage import repo

log = logging.getLogger(__name__)

MAX_ATTEMPTS = 12


def backoff(attempts: int) -> timedelta:
    """Wait before the next attempt: 30 s, 1 min, 2 min … capped at 30 min."""
    return timedelta(seconds=min(30 * 2 ** max(0, attempts - 1), 1800))


#: How long one ``deliver_all`` keeps claiming batches (wall clock): a bound in time, not in count,
#: so due work is never left for the next sweep because of a number, and one sweep cannot run forever.
DELIVER_BUDGET = timedelta(seconds=45)


def deliver_all(ctx: Context, *, batch: int = 50, budget: timedelta = DELIVER_BUDGET) -> int:
    """Send everything due, batch after batch, until a batch comes back short (nothing more is due:
    a failed send is rescheduled later, so it is not claimed again) or ``budget`` has passed."""
    deadline = time.monotonic() + budget.total_seconds()
    total = 0
    while True:
        claimed, sent = _deliver(ctx, incident_id=None, limit=batch)
        total += sent
        if claimed < batch or time.monotonic() >= deadline:
            return total


def deliver(ctx: Context, *, incident_id: int | None = None, limit: int = 50) -> int:
    """Send due deliveries (all, or one incident's); return how many were sent."""
    return _deliver(ctx, incident_id=incident_id, limit=limit)[1]


def _deliver(ctx: Context, *, incident_id: int | None, limit: int) -> tuple[int, int]:
    """Claim up to ``limit`` due deliveries and send them: (claimed, sent)."""
    sent = 0
    with UnitOfWork(ctx) as uow:
        session = uow.session
        now = ctx.now()
        claimed = repo.claim_deliveries(
            session, owner=ctx.owner, now=now, until=now + ctx.config.lease, limit=limit, incident_id=incident_id
        )
        uow.commit()  # the claims are visible to other workers before anything is sent
        for delivery in claimed:
            try:
                send = presenters.render(ctx, session, delivery)
                slack = drills.marking(ctx.slack, send.drill)  # a drill's messages are marked on the way out
                if send.archive:
                    _archive(slack, send.channel)
                    result_ts = None
                elif send.png is not None:
                    result_ts = slack.upload_png(send.channel, send.png, title=send.text)
                elif send.update_ts:
                    slack.update(send.channel, send.update_ts, send.text, send.blocks)
                    result_ts = send.update_ts
                else:
                    result_ts = post_once(
                        uow, f"delivery:{delivery.id}", send.channel, send.text, send.blocks, thread_ts=send.thread_ts,
                        slack=slack,
                    )
                repo.finish_delivery(session, delivery.id, now=ctx.now(), result_ts=result_ts)
                sent += 1
            except presenters.Moot:
                repo.finish_delivery(session, delivery.id, now=ctx.now())
            except presenters.NotReady:
                repo.retry_delivery(session, delivery.id, at=ctx.now() + timedelta(seconds=30), error="not_ready")
                uow.commit()
                _unless_ready_meanwhile(ctx, session, delivery.incident_id)
            except Exception as exc:  # noqa: BLE001 - one broken message must not block the others
                if not isinstance(exc, SlackFailure):  # the class only: a message could quote report text
                    log.error("delivery %s (%s) could not be rendered: %s", delivery.id, delivery.kind, type(exc).__name__)
                    uow.rollback()
                    exc = SlackFailure("render", type(exc).__name__, retryable=False)
                failure = exc
                if failure.retry_after is not None:  # not sent (method paused or paced): not an attempt
                    log.info("delivery %s (%s) waits %.1f s: %s", delivery.id, delivery.kind, failure.retry_after, failure.code)
                    repo.retry_delivery(
                        session, delivery.id, at=ctx.now() + timedelta(seconds=failure.retry_after),
                        error=failure.code, count_attempt=False,
                    )
                    uow.commit()
                    continue
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
            uow.commit()
    return len(claimed), sent


def _archive(slack: Slack, channel: str) -> None:
    try:
        slack.call("conversations.archive", channel=channel)
    except SlackFailure as failure:
        if failure.code != "already_archived":
            raise


def _unless_ready_meanwhile(ctx: Context, session: Session, incident_id: int | None) -> None:
    """A message put off for an unfinished set-up: if the set-up finished while it was being
    rendered, the set-up's own "now due" pass may have run before this put it off — so it is made
    due again here (one of the two always sees the other's commit)."""
    if incident_id is None:
        return
    incident = repo.get_incident(session, incident_id)
    if incident is not None and incident.mobilized_at is not None and repo.retry_waiting_now(session, incident_id, ctx.now()):
        session.commit()
        ctx.jobs.wake()
