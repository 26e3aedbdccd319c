"""Countermeasure tasks (対策): what a valid task is, who may touch it, and what closing requires.

Countermeasures run for weeks after the panic is over, and that is when they are forgotten. Every
task therefore has an assignee and a due time, and an incident cannot be closed while a task is
silently left open: each open task is done, cancelled, or explicitly carried over as a follow-up
that keeps its own reminders.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum

from domain.access import IncidentPeople, Viewer, is_manager
from domain.incidents import ErrorCode, ValidationFailed
from domain.phases import Phase

MAX_TITLE = 150
MAX_NOTES = 2000


class TaskStatus(StrEnum):
    OPEN = "open"
    DONE = "done"
    CANCELLED = "cancelled"


class TaskKind(StrEnum):
    ORDINARY = "ordinary"
    #: A statutory deadline (速報, 確報, GDPR 72 h…): reminded earlier, never deferred by quiet hours.
    LEGAL = "legal"


@dataclass(frozen=True)
class TaskInput:
    """A task as typed in the modal."""

    title: str | None
    assignee: str | None
    due_at: datetime | None
    phase: str | None
    notes: str | None = None


@dataclass(frozen=True)
class TaskDraft:
    title: str
    assignee: str
    due_at: datetime
    phase: Phase
    notes: str


def validate_task(raw: TaskInput) -> TaskDraft:
    """Check a task; a due time in the past is accepted (a backfilled task is simply overdue)."""
    errors: dict[str, ErrorCode] = {}
    title = (raw.title or "").strip()
    notes = (raw.notes or "").strip()
    if not title:
        errors["title"] = ErrorCode.REQUIRED
    elif len(title) > MAX_TITLE:
        errors["title"] = ErrorCode.TOO_LONG
    if not raw.assignee:
        errors["assignee"] = ErrorCode.REQUIRED
    if raw.due_at is None:
        errors["due_at"] = ErrorCode.REQUIRED
    phase: Phase | None = None
    if not raw.phase:
        errors["task_phase"] = ErrorCode.REQUIRED
    else:
        try:
            phase = Phase(raw.phase)
        except ValueError:
            errors["task_phase"] = ErrorCode.UNKNOWN_CHOICE
        if phase is Phase.CLOSED:
            errors["task_phase"] = ErrorCode.UNKNOWN_CHOICE
    if len(notes) > MAX_NOTES:
        errors["notes"] = ErrorCode.TOO_LONG
    if errors:
        raise ValidationFailed(errors)
    assert raw.assignee is not None and raw.due_at is not None and phase is not None
    return TaskDraft(title, raw.assignee, raw.due_at, phase, notes)


def can_manage_tasks(people: IncidentPeople, viewer: Viewer) -> bool:
    """Create, edit, reassign and cancel: the owner, the deputy and the privacy office."""
    return is_manager(people, viewer)


def can_work_on(people: IncidentPeople, viewer: Viewer, assignee: str | None) -> bool:
    """Complete or snooze: the managers, and the assignee for their own task."""
    return is_manager(people, viewer) or (assignee is not None and viewer.user_id == assignee)


def check_close(open_task_count: int, carry_over: bool) -> None:
    """Closing needs every open task done, cancelled or explicitly carried over."""
    if open_task_count and not carry_over:
        raise ValidationFailed({"carry_over": ErrorCode.OPEN_TASKS})


def is_overdue(due_at: datetime, status: str, now: datetime) -> bool:
    return status == TaskStatus.OPEN and due_at <= now


def is_live(status: str, *, follow_up: bool, incident_closed: bool) -> bool:
    """A task still asks for work (reminders, a place on the Home tab): it is open, and its incident
    is open or the task was carried over past the close as a follow-up."""
    return status == TaskStatus.OPEN and (not incident_closed or follow_up)
