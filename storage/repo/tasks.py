"""Countermeasure tasks: per incident, due for a reminder, compare-and-set."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import datetime
from typing import Any

from sqlalchemy import and_, update
from sqlmodel import Session, col, select

from domain.tasks import TaskDraft, TaskKind
from storage.models import Task
from storage.repo._sql import rowcount


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
