"""Use cases of the recurrence-prevention statement: submit a version, review it (approve, or
return with a comment), and what closing needs from it.

Each is one transaction: the new version or the decision (a compare-and-set on the version's
status, so two reviewers or a double click decide once), its timeline entry and the messages it
calls for — the office's notice with a Review button on submission, a DM to the author on a
decision, the card refresh and a channel notice. On approval every planned measure becomes a
follow-up task (assignee, due date, reminders) through the task machinery; a near miss is done
once its measure is approved, so approval also closes it.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy.exc import IntegrityError
from sqlmodel import Session

from domain.access import Viewer
from domain.phases import Closure, Phase
from domain.recurrence import Decision, Statement, StatementStatus, can_review, can_submit
from domain.tasks import TaskDraft
from domain.timeline import Event
from services import access
from services.context import Context
from services.queue import Kind
from services.results import Outcome, Result
from services.tasks import schedule
from services.uow import UnitOfWork
from storage import repo
from storage.db import session as open_session
from storage.models import Incident, RecurrenceReview, RecurrenceStatement

log = logging.getLogger(__name__)


def _id(row: Incident | RecurrenceStatement) -> int:
    """A stored row's primary key (rows read from the database always have one)."""
    assert row.id is not None
    return row.id


@dataclass(frozen=True)
class History:
    """Every version of an incident's statement and every review, oldest first."""

    statements: list[RecurrenceStatement]
    reviews: list[RecurrenceReview]

    @property
    def latest(self) -> RecurrenceStatement | None:
        return self.statements[-1] if self.statements else None

    def comments_on(self, statement_id: int | None) -> list[RecurrenceReview]:
        return [r for r in self.reviews if r.statement_id == statement_id]


def history(ctx: Context, incident: Incident) -> History:
    with open_session(ctx.engine) as session:
        return History(list(repo.statements_of(session, _id(incident))), list(repo.reviews_of(session, _id(incident))))


def may_submit(ctx: Context, incident: Incident, viewer: Viewer | None) -> Outcome:
    """Whether the form may be opened: DENIED (not the author's role), CLOSED (closed, or a version
    already approved), DUPLICATE (a version awaits review), else DONE."""
    if viewer is None or not can_submit(access.people(incident), viewer, near_miss=incident.near_miss):
        return Outcome.DENIED
    if incident.closed_at is not None:
        return Outcome.CLOSED
    with open_session(ctx.engine) as session:
        latest = repo.latest_statement(session, _id(incident))
    if latest is not None and latest.status == StatementStatus.APPROVED:
        return Outcome.CLOSED
    if latest is not None and latest.status == StatementStatus.SUBMITTED:
        return Outcome.DUPLICATE
    return Outcome.DONE


def submit(
    ctx: Context, incident: Incident, statement: Statement, *, user: str, viewer: Viewer | None, source_key: str
) -> Result:
    """Keep a new version and ask the office to review it (see ``may_submit`` for the refusals)."""
    allowed = may_submit(ctx, incident, viewer)
    if allowed is not Outcome.DONE:
        return Result(allowed, incident)
    now = ctx.now()
    with UnitOfWork(ctx) as uow:
        if repo.statement_by_source_key(uow.session, source_key) is not None:
            return Result(Outcome.DONE, incident)  # a retried submission of the same modal
        try:
            row = add_version(uow, incident, statement, user=user, source_key=source_key, at=now)
            uow.commit()
        except IntegrityError as exc:
            uow.rollback()
            if not repo.is_unique_violation(exc):
                raise
            return Result(Outcome.DUPLICATE, incident)
    log.info("incident %s: recurrence statement v%d submitted", incident.public_id, row.version)
    return Result(Outcome.DONE, incident)


def add_version(
    uow: UnitOfWork, incident: Incident, statement: Statement, *, user: str, source_key: str, at: datetime
) -> RecurrenceStatement:
    """Inside a use case's transaction: the new version, its timeline entry and its messages."""
    row = repo.add_statement(uow.session, _id(incident), statement, source_key=source_key, submitted_by=user, submitted_at=at)
    uow.record(_id(incident), Event.RECURRENCE_SUBMITTED, actor=user, at=at, data={"version": row.version})
    uow.say(
        incident, Kind.RECURRENCE_OFFICE, f"v{row.version}", recipient=uow.ctx.config.directory.office_channel,
        version=row.version,
    )
    if not incident.near_miss:
        uow.say(incident, Kind.CARD_REFRESH, f"rec{row.version}")
        uow.say(
            incident, Kind.NOTICE, f"rec{row.version}", key="recurrence.channel_submitted",
            values={"user": user, "version": row.version},
        )
    return row


def review_target(
    ctx: Context, incident: Incident, version: int | None, *, user: str
) -> tuple[Outcome, RecurrenceStatement | None]:
    """The version ``user`` may review: DENIED unless they are in the office and did not write it,
    CLOSED when it is no longer awaiting review."""
    with open_session(ctx.engine) as session:
        key = _id(incident)
        row = repo.latest_statement(session, key) if version is None else repo.statement(session, key, version)
    if row is None or not can_review(
        is_office_member=access.is_office_member(ctx, user), user=user, submitted_by=row.submitted_by
    ):
        return Outcome.DENIED, None
    if row.status != StatementStatus.SUBMITTED:
        return Outcome.CLOSED, row
    return Outcome.DONE, row


def review(ctx: Context, incident: Incident, version: int, decision: Decision, comment: str, *, user: str) -> Result:
    """Approve or return one version (once). Approval turns the planned measures into follow-up
    tasks and, for a near miss, closes it."""
    allowed, row = review_target(ctx, incident, version, user=user)
    if allowed is not Outcome.DONE or row is None:
        return Result(allowed, incident)
    now = ctx.now()
    status = StatementStatus.APPROVED if decision is Decision.APPROVE else StatementStatus.RETURNED
    with UnitOfWork(ctx) as uow:
        session = uow.session
        if not repo.decide_statement(session, _id(row), status, reviewer=user, at=now):
            uow.rollback()
            return Result(Outcome.CLOSED, incident)
        current = repo.get_incident(session, _id(incident))
        assert current is not None
        review_row = repo.add_review(session, row, decision=decision, comment=comment, reviewer=user, at=now)
        event = Event.RECURRENCE_APPROVED if status is StatementStatus.APPROVED else Event.RECURRENCE_RETURNED
        entry = uow.record(_id(incident), event, actor=user, at=now, data={"version": row.version, "review": review_row.id})
        created = _planned_tasks(uow, current, row, user=user, at=now) if status is StatementStatus.APPROVED else 0
        uow.say(current, Kind.RECURRENCE_DECIDED, f"v{row.version}", recipient=row.submitted_by, version=row.version)
        if current.near_miss:
            if status is StatementStatus.APPROVED:
                _close_near_miss(uow, current, row, user=user, at=now)
        else:
            uow.say(current, Kind.CARD_REFRESH, f"t{entry.id}")
            uow.say(
                current, Kind.NOTICE, f"t{entry.id}", key=f"recurrence.channel_{status}",
                values={"user": user, "version": row.version, "tasks": created},
            )
            if created:
                uow.say(current, Kind.TASK_LIST, f"t{entry.id}")
        uow.commit()
    log.info("incident %s: recurrence statement v%d %s", incident.public_id, row.version, status)
    return Result(Outcome.DONE, incident)


def _planned_tasks(uow: UnitOfWork, incident: Incident, row: RecurrenceStatement, *, user: str, at: datetime) -> int:
    """Each approved planned measure becomes a follow-up task of the prevention phase: it survives
    the close with its own reminders (the approved plan is the commitment that outlives the case)."""
    for n, measure in enumerate(row.planned, start=1):
        draft = TaskDraft(
            title=measure["title"], assignee=measure["assignee"], due_at=datetime.fromisoformat(measure["due_at"]),
            phase=Phase.PREVENTION, notes="",
        )
        task = repo.add_task_from_draft(
            uow.session, _id(incident), draft, created_by=user, now=at, key=f"recurrence:{row.version}:{n}"
        )
        task.follow_up = True
        task.next_remind_at = schedule(uow.ctx, task, at)
        entry = uow.record(
            _id(incident), Event.TASK_CREATED, actor=user, at=at, data={"task": task.id, "recurrence": row.version}
        )
        if draft.assignee != user:
            uow.say(incident, Kind.TASK_ASSIGNED, f"t{entry.id}", recipient=draft.assignee, task=task.id)
    return len(row.planned)


def _close_near_miss(uow: UnitOfWork, incident: Incident, row: RecurrenceStatement, *, user: str, at: datetime) -> None:
    planned = "\n".join(m["title"] for m in row.planned)
    if repo.compare_and_set(
        uow.session, _id(incident), {"closed_at": None}, phase=Phase.CLOSED, closed_at=at, closed_by=user,
        measures_done=row.measures_taken, measures_planned=planned,
    ):
        uow.record(_id(incident), Event.CLOSED, actor=user, at=at, data={"near_miss": True})


def closure_of(session: Session, incident_id: int) -> tuple[StatementStatus | None, Closure | None]:
    """For closing: the latest version's status and, when approved, the statement as the closure
    (measures taken; the planned measures one per line)."""
    latest = repo.latest_statement(session, incident_id)
    if latest is None:
        return None, None
    status = StatementStatus(latest.status)
    if status is not StatementStatus.APPROVED:
        return status, None
    return status, Closure(latest.measures_taken, "\n".join(m["title"] for m in latest.planned))


def awaiting_review(ctx: Context) -> list[tuple[RecurrenceStatement, Incident]]:
    """Versions waiting for the office, oldest first (the office's App Home)."""
    with open_session(ctx.engine) as session:
        rows = list(repo.statements_awaiting_review(session))
        incidents = repo.incidents_by_ids(session, {r.incident_id for r in rows})
    return [(r, incidents[r.incident_id]) for r in rows]
