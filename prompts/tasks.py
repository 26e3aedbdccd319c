"""Countermeasures (tasks): the task and reassign modals, the task-list message of an incident
channel, the reminder and assignment DMs with their work buttons, and the overdue escalation notice."""

from __future__ import annotations

import json
from collections.abc import Sequence
from datetime import datetime, timedelta
from typing import Any, Protocol
from zoneinfo import ZoneInfo

from domain.phases import ORDER, Phase
from domain.tasks import is_overdue
from prompts import kit
from prompts.common import IncidentLike, Message, mention
from prompts.i18n import format_datetime, format_duration, t
from prompts.ids import VALUE, Action, Callback, TaskField, TaskMenu

#: Tasks shown in the list message; the rest are counted (Slack allows 50 blocks per message).
LIST_LIMIT = 30


class TaskLike(Protocol):
    """The task as the builders read it (the stored row satisfies it)."""

    @property
    def id(self) -> int | None: ...  # the stored row's type; always set once saved
    @property
    def title(self) -> str: ...
    @property
    def notes(self) -> str: ...
    @property
    def assignee(self) -> str | None: ...
    @property
    def due_at(self) -> datetime: ...
    @property
    def phase(self) -> str: ...
    @property
    def status(self) -> str: ...
    @property
    def kind(self) -> str: ...
    @property
    def follow_up(self) -> bool: ...


def _who(user: str | None, lang: str) -> str:
    return mention(user, lang) if user else t(lang, "task.unassigned")


def task_modal(
    *, lang: str, incident_id: str, default_assignee: str | None, now: datetime, task: TaskLike | None = None
) -> dict[str, Any]:
    """Create (``task`` None) or edit a countermeasure."""
    phases = [kit.option(t(lang, f"phase.{p}"), p) for p in ORDER if p is not Phase.CLOSED]
    assignee: dict[str, Any] = {"type": "users_select", "action_id": VALUE}
    initial_user = task.assignee if task else default_assignee
    if initial_user:
        assignee["initial_user"] = initial_user
    due = task.due_at if task else now + timedelta(days=1)
    blocks = [
        kit.section(t(lang, "task.intro", incident_id=incident_id)),
        kit.input_block(
            TaskField.TITLE, t(lang, "task.title"), kit.text_input(VALUE, max_length=150, initial=task.title if task else None)
        ),
        kit.input_block(TaskField.ASSIGNEE, t(lang, "task.assignee"), assignee),
        kit.input_block(
            TaskField.DUE_AT, t(lang, "task.due_at"), kit.datetimepicker(VALUE, initial_epoch=int(due.timestamp()))
        ),
        kit.input_block(
            TaskField.PHASE,
            t(lang, "task.phase"),
            kit.static_select(VALUE, phases, initial=task.phase if task else Phase.CONTAINMENT),
        ),
        kit.input_block(
            TaskField.NOTES,
            t(lang, "task.notes"),
            kit.text_input(VALUE, multiline=True, max_length=2000, initial=task.notes if task else None),
            optional=True,
        ),
    ]
    return kit.modal(
        title=t(lang, "task.modal_title_edit" if task else "task.modal_title_new"),
        submit=t(lang, "task.modal_submit"),
        close=t(lang, "report.close"),
        callback_id=Callback.TASK_EDIT,
        blocks=blocks,
        private_metadata=json.dumps({"incident": incident_id, "task": task.id if task else None}),
    )


def reassign_modal(*, lang: str, task: TaskLike) -> dict[str, Any]:
    element: dict[str, Any] = {"type": "users_select", "action_id": VALUE}
    if task.assignee:
        element["initial_user"] = task.assignee
    return kit.modal(
        title=t(lang, "task.reassign_title"),
        submit=t(lang, "task.reassign_submit"),
        close=t(lang, "report.close"),
        callback_id=Callback.TASK_REASSIGN,
        blocks=[kit.input_block(TaskField.ASSIGNEE, t(lang, "task.reassign_intro", title=kit.clip(task.title, 150)), element)],
        private_metadata=json.dumps({"task": task.id}),
    )


def task_line(task: TaskLike, *, lang: str, tz: ZoneInfo, now: datetime) -> str:
    overdue = is_overdue(task.due_at, task.status, now)
    mark = ":red_circle:" if overdue else (":scales:" if task.kind == "legal" else ":white_circle:")
    return t(
        lang,
        "task.line",
        mark=mark,
        title=kit.escape(task.title),
        assignee=_who(task.assignee, lang),
        due=format_datetime(lang, task.due_at, tz),
        overdue=t(lang, "task.overdue") if overdue else "",
        follow_up=t(lang, "task.follow_up") if task.follow_up else "",
    )


def _menu(task: TaskLike, lang: str) -> dict[str, Any]:
    choices = [(TaskMenu.DONE, "task.menu_done"), (TaskMenu.EDIT, "task.menu_edit"),
               (TaskMenu.REASSIGN, "task.menu_reassign"), (TaskMenu.CANCEL, "task.menu_cancel")]
    return {
        "type": "overflow",
        "action_id": Action.TASK_MENU,
        "options": [kit.option(t(lang, key), f"{choice}:{task.id}") for choice, key in choices],
    }


def task_list(incident: IncidentLike, tasks: Sequence[TaskLike], *, lang: str, tz: ZoneInfo, now: datetime) -> Message:
    """The one task-list message of an incident channel, grouped by phase, overdue items marked."""
    open_tasks = sorted((x for x in tasks if x.status == "open"), key=lambda x: (x.due_at, x.id))
    shown, hidden = open_tasks[:LIST_LIMIT], len(open_tasks) - LIST_LIMIT
    overdue = sum(1 for x in open_tasks if is_overdue(x.due_at, x.status, now))
    blocks: list[kit.Block] = [kit.header(t(lang, "task.list_header", incident_id=incident.public_id))]
    if not tasks:
        blocks.append(kit.section(t(lang, "task.list_empty")))
    for phase in ORDER:
        in_phase = [x for x in shown if x.phase == phase]
        finished = [x for x in tasks if x.phase == phase and x.status != "open"]
        if not in_phase and not finished:
            continue
        label = f"*{t(lang, f'phase.{phase}')}*"
        if finished:
            done = sum(1 for x in finished if x.status == "done")
            label += "　" + t(lang, "task.list_done", done=done, cancelled=len(finished) - done)
        blocks.append(kit.context(label))
        for task in in_phase:
            block = kit.section(task_line(task, lang=lang, tz=tz, now=now))
            if incident.closed_at is None or task.follow_up:
                block["accessory"] = _menu(task, lang)
            blocks.append(block)
    if hidden > 0:
        blocks.append(kit.context(t(lang, "task.list_more", count=hidden)))
    if incident.closed_at is None:
        blocks.append(kit.actions(kit.button(t(lang, "task.button_add"), Action.ADD_TASK, incident.public_id)))
    text = t(lang, "task.list_fallback", incident_id=incident.public_id, open=len(open_tasks), overdue=overdue)
    return text, blocks


def work_buttons(task: TaskLike, lang: str, *, channel_id: str | None, with_date: bool = True) -> kit.Block:
    elements = [
        kit.button(t(lang, "task.button_done"), Action.TASK_DONE, str(task.id), style="primary"),
        kit.button(t(lang, "task.button_snooze"), Action.TASK_SNOOZE, str(task.id)),
    ]
    if with_date:
        elements.append(
            {"type": "datepicker", "action_id": Action.TASK_SNOOZE_DATE,
             "placeholder": kit.plain(t(lang, "task.snooze_placeholder"), kit.PLACEHOLDER)}
        )
        elements.append(kit.button(t(lang, "task.button_reassign"), Action.TASK_REASSIGN, str(task.id)))
        if channel_id:
            link = kit.button(t(lang, "task.button_open"), Action.OPEN_CHANNEL, str(task.id))
            link["url"] = f"https://slack.com/app_redirect?channel={channel_id}"
            elements.append(link)
    return kit.actions(*elements, block_id=f"task_{task.id}")


def reminder_dm(
    task: TaskLike, incident: IncidentLike, *, kind: str, nag: int, lead: timedelta | None, lang: str, tz: ZoneInfo, now: datetime
) -> Message:
    """The reminder DM: before the due time, at it, and each nag while overdue."""
    params = dict(title=kit.escape(task.title), incident_id=incident.public_id, due=format_datetime(lang, task.due_at, tz))
    if kind == "before":
        text = t(lang, "task.reminder.before", lead=format_duration(lang, lead or (task.due_at - now)), **params)
    elif kind == "due":
        text = t(lang, "task.reminder.due", **params)
    else:
        text = t(lang, "task.reminder.overdue", overdue=format_duration(lang, now - task.due_at), nag=nag, **params)
    blocks = [kit.section(text), kit.context(t(lang, "task.reminder_hint")),
              work_buttons(task, lang, channel_id=incident.channel_id)]
    return kit.clip(text, kit.MESSAGE_FALLBACK), blocks


def assigned_dm(task: TaskLike, incident: IncidentLike, *, lang: str, tz: ZoneInfo) -> Message:
    text = t(lang, "task.assigned", title=kit.escape(task.title), incident_id=incident.public_id,
             due=format_datetime(lang, task.due_at, tz))
    return kit.clip(text, kit.MESSAGE_FALLBACK), [kit.section(text), work_buttons(task, lang, channel_id=incident.channel_id)]


def escalation_notice(task: TaskLike, incident: IncidentLike, *, nags: int, lang: str, tz: ZoneInfo) -> Message:
    text = t(
        lang,
        "task.escalation_legal" if task.kind == "legal" else "task.escalation",
        owner=mention(incident.owner_id, lang),
        deputy=mention(incident.deputy_id, lang),
        title=kit.escape(task.title),
        assignee=_who(task.assignee, lang),
        nags=nags,
        due=format_datetime(lang, task.due_at, tz),
    )
    return kit.clip(text, kit.MESSAGE_FALLBACK), [kit.section(text)]


def open_tasks_section(tasks: Sequence[TaskLike], *, lang: str, tz: ZoneInfo, now: datetime) -> kit.Block:
    lines = "\n".join(task_line(x, lang=lang, tz=tz, now=now) for x in tasks[:15])
    if len(tasks) > 15:
        lines += "\n" + t(lang, "home.more", count=len(tasks) - 15)
    return kit.section(t(lang, "phase_modal.open_tasks", count=len(tasks), lines=lines))


def legal_task_text(key: str, lang: str) -> tuple[str, str]:
    """Title and notes of the task that tracks a statutory duty (``key`` as in ``services.legal.LEGAL_TASKS``)."""
    return t(lang, f"legal_task.{key}"), t(lang, f"legal_task.{key}.notes")
