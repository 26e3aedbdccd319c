"""The periodic sweep: every reminder and escalation is derived from database state here.

Nothing is held in memory between runs, so a restart loses nothing, and every action is claimed
in the database first, so two replicas running the sweep at once never both send a message.
"""

from __future__ import annotations

import logging

from domain import escalation
from domain.timeline import BOT, Event
from services import access, legal, outbox, summary, tasks
from services.context import Context
from services.mobilize import mobilize
from services.queue import Kind
from services.uow import UnitOfWork
from services.work import Heartbeat
from storage import repo
from storage.db import session as open_session

log = logging.getLogger(__name__)


def escalate(ctx: Context) -> int:
    """Decide the escalation steps that are due; return how many steps were decided here.

    The step counter moves with a compare-and-set, and only the worker whose update matched
    records the DMs (one outbox row per person, keyed by incident, step and person).
    """
    now = ctx.now()
    decided = 0
    with open_session(ctx.engine) as session:
        candidates = list(repo.escalations_due(session, now))
    executives: list[str] | None = None
    for incident in candidates:
        step = escalation.next_escalation(
            reported_at=incident.reported_at,
            acknowledged=incident.acked_at is not None,
            closed=incident.closed_at is not None,
            last_step=incident.escalation_step,
            now=now,
            timeout=ctx.config.ack_timeout,
        )
        if step is None:
            # Woken early (e.g. LEAKBOT_ACK_TIMEOUT was raised): sleep until the real next step.
            with UnitOfWork(ctx) as uow:
                repo.compare_and_set(
                    uow.session, incident.id, {"escalation_step": incident.escalation_step},
                    escalation_due_at=escalation.step_due_at(
                        incident.reported_at, incident.escalation_step + 1, ctx.config.ack_timeout
                    ),
                )
                uow.commit()
            continue
        if incident.people_resolved_at is None or escalation.waits_for_setup(
            set_up=incident.mobilized_at is not None, reported_at=incident.reported_at, now=now
        ):
            continue
        if executives is None:
            executives = access.executives(ctx)
        people = escalation.recipients(incident.owner_id, incident.deputy_id, executives)
        with UnitOfWork(ctx) as uow:
            won = repo.compare_and_set(
                uow.session,
                incident.id,
                {"escalation_step": incident.escalation_step, "acked_at": None, "closed_at": None},
                escalation_step=step,
                escalation_due_at=escalation.step_due_at(incident.reported_at, step + 1, ctx.config.ack_timeout),
            )
            if not won:
                uow.rollback()
                continue
            uow.record(incident.id, Event.ESCALATED, actor=BOT, at=now, data={"step": step, "recipients": people})
            for person in people:
                uow.say(incident, Kind.ESCALATION_DM, f"s{step}:{person}", recipient=person, step=step)
            uow.say(incident, Kind.NOTICE, f"s{step}", key="channel.escalated", values={"step": step})
            uow.say(incident, Kind.CARD_REFRESH, f"s{step}")
            uow.commit()
            decided += 1
            log.info("incident %s escalated (step %d, %d people)", incident.public_id, step, len(people))
    return decided


def resume_mobilizations(ctx: Context) -> int:
    """Finish interrupted set-ups (the workers look for them too, every few seconds; the leases
    keep any two threads from running the same one)."""
    with open_session(ctx.engine) as session:
        due = repo.incidents_to_mobilize(session, ctx.now())
    return sum(1 for incident_id in due if mobilize(ctx, incident_id))


def sweep(ctx: Context) -> None:
    """One pass: finish interrupted set-ups, (once per process) assess incidents opened before
    assessments ran at set-up, decide escalations and task reminders, schedule the
    weekly summary when its time has come, then send what is due.

    One round trip of indexed probes says which parts have anything to do, so an idle sweep costs
    about one query whatever the number of incidents and tasks. Each part is guarded on its own,
    so one failing part never starves the others.
    """
    with open_session(ctx.engine) as session:
        due = repo.due_probe(session, ctx.now())
    with Heartbeat(ctx):  # the leases this thread takes stay alive however long Slack makes it
        _sweep(ctx, due)


def _sweep(ctx: Context, due: repo.Due) -> None:
    parts = [
        part
        for part, wanted in (
            (resume_mobilizations, due.mobilize),
            (legal.catch_up, "legal_catch_up" not in ctx.memo),
            (escalate, due.unacknowledged),
            (tasks.send_due_reminders, due.tasks),
            (summary.run_if_due, True),
        )
        if wanted
    ]
    decided = False
    for part in parts:
        try:
            decided = bool(part(ctx)) or decided
        except Exception as exc:  # noqa: BLE001 - the sweep must survive anything and try again next time
            log.error("sweep part %s failed: %s", part.__name__, type(exc).__name__)
    if due.deliveries or decided:
        try:
            outbox.deliver_all(ctx)
        except Exception as exc:  # noqa: BLE001
            log.error("sweep part deliver failed: %s", type(exc).__name__)
