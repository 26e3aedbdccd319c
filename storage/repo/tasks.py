"""Countermeasure tasks: per incident, due for a reminder, compare-and-set."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import and_, bindparam, case, literal_column, update
from sqlmodel import Session, col, select

from domain.tasks import TaskDraft, TaskKind
from storage.models import Task
from storage.repo._sql import ONE_OFF, rowcount, table


@dataclass(frozen=True)
class ReminderClaim:
    """One task's reminder step to claim: the step counter read (``expected_sent``) and what the
    row becomes if it is still that (``consumed``, ``next_at``, ``nags``, ``escalated_at``)."""

    task_id: int
    expected_sent: int
    consumed: int
    next_at: datetime | None
    nags: int
    escalated_at: datetime | None = None


def tasks_of(session: Session, incident_id: int) -> Sequence[Task]:
    return session.exec(
        select(Task).where(Task.incident_id == incident_id).order_by(col(Task.due_at), col(Task.id))
    ).all()


def tasks_due(session: Session, now: datetime, limit: int) -> Sequence[Task]:
    """Tasks whose next reminder is due: one range scan of ``ix_task_next_remind_at``."""
    return session.exec(
        select(Task).where(col(Task.next_remind_at) <= now).order_by(col(Task.next_remind_at)).limit(limit)
    ).all()


def task_compare_and_set(session: Session, task_id: int, expected: dict[str, Any], **values: Any) -> bool:
    conditions = [Task.id == task_id] + [getattr(Task, k) == v for k, v in expected.items()]
    return rowcount(session.execute(update(Task).where(and_(*conditions)).values(**values))) == 1


def open_tasks(session: Session, *, assignee: str | None = None, incident_ids: Iterable[int] | None = None) -> Sequence[Task]:
    query = select(Task).where(Task.status == "open").order_by(col(Task.due_at))
    if assignee is not None:
        query = query.where(Task.assignee == assignee)
    if incident_ids is not None:
        query = query.where(col(Task.incident_id).in_(list(incident_ids)))
    return session.exec(query).all()


def all_tasks(session: Session) -> Sequence[Task]:
    return session.exec(select(Task)).all()


def get_task(session: Session, task_id: int, *, fresh: bool = False) -> Task | None:
    """One task; ``fresh`` re-reads it from the database even if the session holds it."""
    return session.get(Task, task_id, populate_existing=fresh)


def add_task(session: Session, task: Task) -> Task:
    session.add(task)
    session.flush()
    return task


def add_task_from_draft(
    session: Session,
    incident_id: int,
    draft: TaskDraft,
    *,
    created_by: str,
    now: datetime,
    key: str | None = None,
    kind: TaskKind = TaskKind.ORDINARY,
) -> Task:
    """A new open task from a validated draft; its reminders count from ``now``. The caller sets
    ``next_remind_at`` (the reminder policy is not storage's business)."""
    return add_task(
        session,
        Task(
            incident_id=incident_id,
            key=key,
            kind=kind,
            title=draft.title,
            notes=draft.notes,
            assignee=draft.assignee,
            due_at=draft.due_at,
            phase=draft.phase,
            created_by=created_by,
            created_at=now,
            updated_at=now,
            schedule_from=now,
        ),
    )


# --- the reminder sweep in batches ----------------------------------------------------------------


def tasks_due_batch(session: Session, now: datetime, *, after_id: int, limit: int) -> Sequence[Task]:
    """Up to ``limit`` tasks whose next reminder is due, in id order after ``after_id`` (keyset
    pagination: a sweep walks every due row once, whatever happens to the rows it already saw)."""
    return session.exec(
        select(Task)
        .where(col(Task.next_remind_at) <= now, col(Task.id) > after_id)
        .order_by(col(Task.id))
        .limit(limit)
    ).all()


def _case(column: Any, by_id: dict[int, Any], tag: str) -> Any:
    """``CASE task.id WHEN <id> THEN :<tag>_<n> …``: the ids are integers from the database, written
    as literals; the values are named binds typed as ``column`` (so UTC datetimes are stored the way
    the column stores them). Named binds and literal ids keep compiling a 500-row statement cheap
    (anonymous binds cost SQLAlchemy ~0.1 ms each). Rows not listed keep their value."""
    whens = [
        (table(Task).c.id == literal_column(str(int(task_id))), bindparam(f"{tag}_{n}", value, type_=column.type))
        for n, (task_id, value) in enumerate(by_id.items())
    ]
    return case(*whens, else_=column)


def claim_reminder_steps(session: Session, claims: Sequence[ReminderClaim]) -> set[int]:
    """Claim many tasks' reminder steps in ONE compare-and-set statement: each row moves only if
    its step counter is still the one the caller read and it is still open. Returns the ids
    that moved (a row another worker claimed in the meantime is simply not among them)."""
    if not claims:
        return set()
    t = table(Task)
    by_id = {c.task_id: c for c in claims}
    values: dict[str, Any] = {
        "reminders_sent": _case(t.c.reminders_sent, {i: c.consumed for i, c in by_id.items()}, "sent"),
        "next_remind_at": _case(t.c.next_remind_at, {i: c.next_at for i, c in by_id.items()}, "next"),
        "overdue_nags": _case(t.c.overdue_nags, {i: c.nags for i, c in by_id.items()}, "nags"),
    }
    escalated = {i: c.escalated_at for i, c in by_id.items() if c.escalated_at is not None}
    if escalated:
        values["escalated_at"] = _case(t.c.escalated_at, escalated, "esc")
    statement = (
        update(t)
        .where(
            t.c.id.in_(list(by_id)),
            t.c.status == "open",
            t.c.reminders_sent == _case(t.c.reminders_sent, {i: c.expected_sent for i, c in by_id.items()}, "was"),
        )
        .values(**values)
        .returning(t.c.id)
    )
    return {row[0] for row in session.execute(statement, execution_options=ONE_OFF)}


def stop_reminders(session: Session, expected_sent: dict[int, int]) -> int:
    """Tasks that no longer remind anyone (not live): clear their next reminder, in one statement,
    unless another worker moved their step counter meanwhile."""
    if not expected_sent:
        return 0
    t = table(Task)
    return rowcount(session.execute(
        update(t)
        .where(t.c.id.in_(list(expected_sent)), t.c.reminders_sent == _case(t.c.reminders_sent, expected_sent, "was"))
        .values(next_remind_at=None),
        execution_options=ONE_OFF,
    ))


def tasks_by_ids(session: Session, task_ids: Iterable[int]) -> dict[int, Task]:
    """The tasks as they are now (re-read even if the session holds them), by id."""
    ids = list(task_ids)
    if not ids:
        return {}
    rows = session.exec(select(Task).where(col(Task.id).in_(ids)).execution_options(populate_existing=True)).all()
    return {t.id: t for t in rows if t.id is not None}
