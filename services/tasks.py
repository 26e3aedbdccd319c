"""Use cases on countermeasure tasks: playbook checklist, create, edit, reassign, complete, cancel,
snooze, and the reminder sweep.

Like the incident use cases, each is one transaction: a compare-and-set on the row, a timeline
entry, and outbox rows for the messages (reminder DMs, the task list refresh). The reminder
schedule itself is decided by ``domain.reminders``; this module only stores its answer
(``next_remind_at``) and claims each step before sending it.
"""

from __future__ import annotations

import logging
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlmodel import Session

from domain import reminders
from domain.access import Viewer
from domain.incidents import ErrorCode, ValidationFailed
from domain.tasks import TaskDraft, TaskKind, TaskStatus, can_manage_tasks, can_work_on, is_live
from domain.timeline import BOT, Event
from prompts import reminders as prompts_reminders
from services import access
from services.context import Context
from services.queue import INCIDENT_CHANNEL, Kind
from services.results import Outcome, Result
from services.uow import UnitOfWork
from storage import repo
from storage.db import session as open_session
from storage.models import Incident, Task, TimelineEntry

log = logging.getLogger(__name__)


def schedule(ctx: Context, task: Task, now: datetime) -> datetime | None:
    """When the sweep should next look at ``task`` (None: never again)."""
    if task.status != TaskStatus.OPEN:
        return None
    decision = reminders.next_reminder(
        due_at=task.due_at,
        legal=task.kind == TaskKind.LEGAL,
        created_at=task.schedule_from,
        sent=task.reminders_sent,
        snoozed_until=task.snoozed_until,
        now=now,
        policy=ctx.config.reminder_policy,
    )
    # Something due right now is picked up by the very next sweep.
    return now if decision.send is not None else decision.next_at


def move_due(task: Task, due_at: datetime, now: datetime) -> None:
    """A new due time restarts the reminder sequence (steps before ``now`` are not sent)."""
    task.due_at, task.schedule_from = due_at, now
    task.reminders_sent = task.overdue_nags = 0
    task.escalated_at = task.snoozed_until = None


def apply_playbook(uow: UnitOfWork, incident: Incident) -> int:
    """Add the standard checklist for the incident's event type, assigned to the owner."""
    ctx = uow.ctx
    now = ctx.now()
    items = ctx.config.playbooks.for_event(incident.event_type)
    lang = incident.language
    for item in items:
        draft = TaskDraft(
            title=item.title.get(lang) or item.title["ja"],
            assignee=incident.owner_id,
            due_at=incident.discovered_at + item.offset,
            phase=item.phase,
            notes=item.notes.get(lang, ""),
        )
        task = repo.add_task_from_draft(uow.session, incident.id, draft, created_by=BOT, now=now, key=item.key)
        task.next_remind_at = schedule(ctx, task, now)
    uow.record(
        incident.id, Event.PLAYBOOK_APPLIED, actor=BOT, at=now,
        data={"playbook": ctx.config.playbooks.playbook_for(incident.event_type).id, "tasks": len(items)},
    )
    return len(items)


def tasks_of(ctx: Context, incident_id: int) -> list[Task]:
    with open_session(ctx.engine) as session:
        return list(repo.tasks_of(session, incident_id))


def get(ctx: Context, task_id: int) -> tuple[Task, Incident] | None:
    with open_session(ctx.engine) as session:
        task = repo.get_task(session, task_id)
        if task is None:
            return None
        return task, repo.get_incident(session, task.incident_id)


def may_manage(ctx: Context, task: Task, incident: Incident, *, user: str) -> Outcome:
    """Whether ``user`` may open the edit or reassign form for ``task``: CLOSED when the task is
    no longer open, DENIED when they may not manage the incident's tasks."""
    if task.status != TaskStatus.OPEN:
        return Outcome.CLOSED
    if not can_manage_tasks(access.people(incident), _viewer(ctx, user, incident)):
        return Outcome.DENIED
    return Outcome.DONE


def snooze_until(ctx: Context, day: str | None) -> datetime:
    """Until when a snooze lasts: the picked ISO date, or the default (``ValueError`` for a bad date)."""
    return reminders.snooze_until(date.fromisoformat(day) if day else None, ctx.config.reminder_policy, ctx.now())


def _announce(
    uow: UnitOfWork, incident: Incident, entry: TimelineEntry, *, task_id: int, assigned: str | None, user: str
) -> None:
    """After a change: refresh the task list, and tell a newly assigned person (unless they
    assigned it to themselves)."""
    uow.say(incident, Kind.TASK_LIST, f"t{entry.id}")
    if assigned and assigned != user:
        uow.say(incident, Kind.TASK_ASSIGNED, f"t{entry.id}", recipient=assigned, task=task_id)


def _open_task(session: Session, task_id: int) -> Task | None:
    """The task as it is now, if still open."""
    current = repo.get_task(session, task_id, fresh=True)
    return current if current is not None and current.status == TaskStatus.OPEN else None


def _viewer(ctx: Context, user: str, incident: Incident) -> Viewer:
    return access.viewer(ctx, user, incident)


def create(ctx: Context, incident: Incident, draft: TaskDraft, *, user: str) -> Result:
    if not can_manage_tasks(access.people(incident), _viewer(ctx, user, incident)):
        return Result(Outcome.DENIED, incident)
    if incident.closed_at is not None:
        return Result(Outcome.CLOSED, incident)
    now = ctx.now()
    with UnitOfWork(ctx) as uow:
        task = repo.add_task_from_draft(uow.session, incident.id, draft, created_by=user, now=now)
        task.next_remind_at = schedule(ctx, task, now)
        entry = uow.record(incident.id, Event.TASK_CREATED, actor=user, at=now, data={"task": task.id})
        _announce(uow, incident, entry, task_id=task.id, assigned=draft.assignee, user=user)
        uow.commit()
    return Result(Outcome.DONE, incident)


def edit(ctx: Context, task: Task, incident: Incident, draft: TaskDraft, *, user: str) -> Result:
    """Change title, due time, phase, notes or assignee. A new due time restarts the reminders."""
    if not can_manage_tasks(access.people(incident), _viewer(ctx, user, incident)):
        return Result(Outcome.DENIED, incident)
    now = ctx.now()
    with UnitOfWork(ctx) as uow:
        current = _open_task(uow.session, task.id)
        if current is None:
            return Result(Outcome.CLOSED, incident)
        changed = [f for f in ("title", "notes", "assignee", "due_at", "phase") if getattr(current, f) != getattr(draft, f)]
        reassigned = current.assignee != draft.assignee
        if current.due_at != draft.due_at:
            move_due(current, draft.due_at, now)
        for field in ("title", "notes", "assignee", "phase"):
            setattr(current, field, getattr(draft, field))
        current.updated_at = now
        current.next_remind_at = schedule(ctx, current, now)
        entry = uow.record(incident.id, Event.TASK_UPDATED, actor=user, at=now, data={"task": current.id, "fields": changed})
        _announce(uow, incident, entry, task_id=current.id, assigned=draft.assignee if reassigned else None, user=user)
        uow.commit()
    return Result(Outcome.DONE, incident)


def reassign(ctx: Context, task: Task, incident: Incident, assignee: str, *, user: str) -> Result:
    if not can_manage_tasks(access.people(incident), _viewer(ctx, user, incident)):
        return Result(Outcome.DENIED, incident)
    now = ctx.now()
    with UnitOfWork(ctx) as uow:
        current = _open_task(uow.session, task.id)
        if current is None:
            return Result(Outcome.CLOSED, incident)
        previous = current.assignee
        current.assignee, current.updated_at = assignee, now
        entry = uow.record(
            incident.id, Event.TASK_REASSIGNED, actor=user, at=now, data={"task": current.id, "from": previous, "to": assignee}
        )
        _announce(uow, incident, entry, task_id=current.id, assigned=assignee, user=user)
        uow.commit()
    return Result(Outcome.DONE, incident)


def finish(ctx: Context, task: Task, incident: Incident, status: TaskStatus, *, user: str) -> Result:
    """Complete (assignee or managers) or cancel (managers) a task; its reminders stop. CLOSED when
    the task is no longer open (whoever asks), DENIED when ``user`` may not do it."""
    if task.status != TaskStatus.OPEN:
        return Result(Outcome.CLOSED, incident)
    viewer = _viewer(ctx, user, incident)
    people = access.people(incident)
    allowed = can_work_on(people, viewer, task.assignee) if status is TaskStatus.DONE else can_manage_tasks(people, viewer)
    if not allowed:
        return Result(Outcome.DENIED, incident)
    now = ctx.now()
    with UnitOfWork(ctx) as uow:
        if not repo.task_compare_and_set(
            uow.session, task.id, {"status": TaskStatus.OPEN},
            status=status, completed_at=now, completed_by=user, updated_at=now, next_remind_at=None,
        ):
            uow.rollback()
            return Result(Outcome.DUPLICATE, incident)
        event = Event.TASK_DONE if status is TaskStatus.DONE else Event.TASK_CANCELLED
        entry = uow.record(incident.id, event, actor=user, at=now, data={"task": task.id})
        uow.say(incident, Kind.TASK_LIST, f"t{entry.id}")
        uow.commit()
    return Result(Outcome.DONE, incident)


def snooze(ctx: Context, task: Task, incident: Incident, until: datetime, *, user: str) -> Result:
    """Hold a task's reminders until ``until``: CLOSED when the task is no longer open (whoever
    asks), DENIED when ``user`` may not work on it, ``ValidationFailed`` for a time not in the future."""
    if task.status != TaskStatus.OPEN:
        return Result(Outcome.CLOSED, incident)
    if not can_work_on(access.people(incident), _viewer(ctx, user, incident), task.assignee):
        return Result(Outcome.DENIED, incident)
    now = ctx.now()
    if until <= now:
        raise ValidationFailed({"snooze": ErrorCode.NOT_IN_FUTURE})
    with UnitOfWork(ctx) as uow:
        current = _open_task(uow.session, task.id)
        if current is None:
            return Result(Outcome.CLOSED, incident)
        current.snoozed_until, current.updated_at = until, now
        current.next_remind_at = schedule(ctx, current, now)
        uow.record(incident.id, Event.TASK_SNOOZED, actor=user, at=now, data={"task": current.id, "until": until.isoformat()})
        uow.commit()
    return Result(Outcome.DONE, incident)


def carry_over_open_tasks(uow: UnitOfWork, incident: Incident, *, user: str) -> int:
    """At close: open tasks become follow-ups that keep their reminders."""
    open_tasks = [t for t in repo.tasks_of(uow.session, incident.id) if t.status == TaskStatus.OPEN]
    for task in open_tasks:
        task.follow_up = True
    if open_tasks:
        uow.record(incident.id, Event.TASKS_CARRIED_OVER, actor=user, data={"tasks": [t.id for t in open_tasks]})
    return len(open_tasks)


#: Due tasks decided per transaction: a handful of statements whatever the batch's size (SQLite
#: allows 32766 bound parameters; a batch uses about 12 per task).
REMINDER_BATCH = 500


@dataclass
class _Claimed:
    """A task whose reminder step this sweep claimed, with what to say about it."""

    task: Task
    incident: Incident
    step: reminders.Step | None
    nags: int
    escalate: bool

    @property
    def legal(self) -> bool:
        return self.task.kind == TaskKind.LEGAL


def sweep_slot(now: datetime) -> str:
    """The sweep's slot (its minute, UTC): part of a digest's outbox key."""
    return f"{now:%Y%m%dT%H%M}"


def send_due_reminders(ctx: Context, *, batch: int = REMINDER_BATCH) -> int:
    """Claim and record every reminder step that is due; the outbox sends them. Returns the number
    of reminder steps recorded.

    Due tasks are read in id order, ``batch`` at a time, until none is left (no cap: nothing due
    waits for the next sweep). Each batch is one transaction of a few statements: the due rows,
    their incidents, one compare-and-set UPDATE that claims every step at once (a row another
    replica claimed meanwhile is not returned, so two replicas never record the same step), one
    INSERT of the escalations' timeline entries and one INSERT of the messages:

    * per assignee ONE reminder DM listing each of their tasks with a step now (a digest, legal
      deadlines first; split into DMs of ``prompts.reminders.PAGE`` tasks); a single task gets the
      single reminder DM as before;
    * per incident ONE task-list refresh and ONE escalation post (and one to the office for legal
      deadlines) for all of its tasks escalated in this sweep.

    Each task's schedule is decided by ``domain.reminders`` exactly as before; the digest only
    groups what is due in one sweep.
    """
    now = ctx.now()
    recorded, after = 0, 0
    while True:
        with UnitOfWork(ctx) as uow:
            due: Sequence[Task] = repo.tasks_due_batch(uow.session, now, after_id=after, limit=batch)
            if not due:
                break
            after = max(t.id or 0 for t in due)
            recorded += _decide(ctx, uow, due, now)
            uow.commit()
        if len(due) < batch:
            break
    return recorded


def _decide(ctx: Context, uow: UnitOfWork, due: Sequence[Task], now: datetime) -> int:
    """Decide, claim and announce one batch of due tasks (in ``uow``'s transaction)."""
    session, policy = uow.session, ctx.config.reminder_policy
    incidents = repo.incidents_by_ids(session, {t.incident_id for t in due})
    stopped: dict[int, int] = {}
    claims: list[repo.ReminderClaim] = []
    plans: dict[int, _Claimed] = {}
    for task in due:
        assert task.id is not None
        incident = incidents[task.incident_id]
        if not is_live(task.status, follow_up=task.follow_up, incident_closed=incident.closed_at is not None):
            stopped[task.id] = task.reminders_sent
            continue
        legal = task.kind == TaskKind.LEGAL
        decision = reminders.next_reminder(
            due_at=task.due_at, legal=legal, created_at=task.schedule_from,
            sent=task.reminders_sent, snoozed_until=task.snoozed_until, now=now, policy=policy,
        )
        step = decision.send
        nags = task.overdue_nags + (1 if step is not None and step.kind is reminders.StepKind.OVERDUE else 0)
        escalate = step is not None and (
            # A statutory deadline that passed is escalated at once, to the office too.
            (legal and step.kind is reminders.StepKind.OVERDUE and task.escalated_at is None)
            or reminders.should_escalate(overdue_nags_sent=nags, already_escalated=task.escalated_at is not None, policy=policy)
        )
        claims.append(repo.ReminderClaim(
            task_id=task.id, expected_sent=task.reminders_sent, consumed=decision.consumed, next_at=decision.next_at,
            nags=nags, escalated_at=now if escalate else None,
        ))
        plans[task.id] = _Claimed(task, incident, step, nags, escalate)
    repo.stop_reminders(session, stopped)
    won = [plans[i] for i in sorted(repo.claim_reminder_steps(session, claims))]
    messages: list[dict[str, Any]] = []
    entries: list[dict[str, Any]] = []
    slot = sweep_slot(now)
    by_person: dict[str, list[_Claimed]] = defaultdict(list)
    by_incident: dict[int, list[_Claimed]] = defaultdict(list)
    for claimed in won:
        by_incident[claimed.incident.id or 0].append(claimed)
        recipient = claimed.task.assignee or claimed.incident.owner_id
        if claimed.step is not None and recipient:
            by_person[recipient].append(claimed)
    for person, items in by_person.items():
        messages += _reminder_messages(uow, person, items, slot)
    for items in by_incident.values():
        incident = items[0].incident
        stepped = [c for c in items if c.step is not None and c.step.kind is not reminders.StepKind.BEFORE]
        if stepped:  # the list shows what is overdue: refreshed once per incident per sweep
            first = stepped[0]
            assert first.step is not None
            messages.append(uow.message(incident, Kind.TASK_LIST, f"task{first.task.id}:s{first.step.index}"))
        escalated = [c for c in items if c.escalate]
        for c in escalated:
            entries.append(dict(incident_id=incident.id, at=now, actor=BOT, event=Event.TASK_ESCALATED,
                                data={"task": c.task.id, "nags": c.nags}))
        messages += _escalation_messages(uow, incident, escalated, slot, ctx.config.directory.office_channel)
    repo.append_timeline_many(session, entries)
    uow.say_all(messages)
    return sum(1 for c in won if c.step is not None)


def _digest_order(c: _Claimed) -> tuple[bool, datetime, int]:
    return prompts_reminders.digest_order(c.task)  # legal deadlines first, then by due time


def _reminder_messages(uow: UnitOfWork, person: str, items: list[_Claimed], slot: str) -> list[dict[str, Any]]:
    """One person's reminders of this sweep: the single reminder DM for one task, else digest DMs
    of ``PAGE`` tasks (legal deadlines first), keyed by person, sweep slot and first step."""
    if len(items) == 1:
        c = items[0]
        assert c.step is not None
        return [uow.message(
            c.incident, Kind.TASK_REMINDER, f"task{c.task.id}:s{c.step.index}:{c.task.schedule_from.timestamp():.0f}",
            recipient=person, task=c.task.id, step=c.step.kind, nag=c.step.nag,
        )]
    ordered = sorted(items, key=_digest_order)
    pages = [ordered[k:k + prompts_reminders.PAGE] for k in range(0, len(ordered), prompts_reminders.PAGE)]
    out = []
    for number, page in enumerate(pages, 1):
        first = page[0]
        assert first.step is not None
        out.append(uow.message(
            None, Kind.TASK_REMINDER_DIGEST, f"{person}:{slot}:task{first.task.id}:s{first.step.index}",
            recipient=person, tasks=[[c.task.id, c.step.kind if c.step else "", c.step.nag if c.step else 0] for c in page],
            page=number, pages=len(pages),
        ))
    return out


def _escalation_messages(
    uow: UnitOfWork, incident: Incident, escalated: list[_Claimed], slot: str, office: str
) -> list[dict[str, Any]]:
    """One channel post for the incident's escalations of this sweep (and one to the office for
    its legal deadlines); a single escalation is posted as before."""
    out: list[dict[str, Any]] = []
    for recipient, items, suffix in (
        (INCIDENT_CHANNEL, escalated, ""),
        (office, [c for c in escalated if c.legal], ":office"),
    ):
        if not items:
            continue
        if len(items) == 1:
            c = items[0]
            out.append(uow.message(incident, Kind.TASK_ESCALATION, f"task{c.task.id}:esc{suffix}",
                                   recipient=recipient, task=c.task.id, nags=c.nags))
            continue
        ordered = sorted(items, key=_digest_order)
        out.append(uow.message(
            incident, Kind.TASK_ESCALATION_DIGEST, f"esc:{slot}:task{ordered[0].task.id}{suffix}",
            recipient=recipient, tasks=[[c.task.id, c.nags] for c in ordered],
        ))
    return out
