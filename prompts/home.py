"""The App Home tab: my open tasks (Done, Snooze), the incidents I own or deputize, and for the
office every open incident."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from prompts import inquiries as prompts_inquiries
from prompts import kit
from prompts.common import IncidentLike
from prompts.i18n import format_duration, t
from prompts.ids import Action, Callback
from prompts.tasks import TaskLike, task_line, work_buttons

HOME_TASK_LIMIT = 25
HOME_INCIDENT_LIMIT = 30


def home_view(
    *,
    lang: str,
    tz: ZoneInfo,
    now: datetime,
    my_tasks: Sequence[tuple[TaskLike, IncidentLike]],
    my_incidents: Sequence[dict[str, Any]],
    all_open: Sequence[dict[str, Any]] | None,
    desk: Sequence[prompts_inquiries.DeskRow] | None = None,
    awaiting_review: Sequence[tuple[str, str]] | None = None,
) -> dict[str, Any]:
    """App Home: my open tasks (Done, Snooze), incidents I own or deputize, and for the office all
    open incidents with phase, age and overdue count. ``*_incidents`` rows carry the line params."""
    blocks: list[kit.Block] = [kit.header(t(lang, "home.my_tasks"))]
    if not my_tasks:
        blocks.append(kit.section(t(lang, "home.no_tasks")))
    for task, incident in my_tasks[:HOME_TASK_LIMIT]:
        blocks.append(kit.section(f"{task_line(task, lang=lang, tz=tz, now=now)}　({incident.public_id})"))
        blocks.append(work_buttons(task, lang, channel_id=None, with_date=False))
    if len(my_tasks) > HOME_TASK_LIMIT:
        blocks.append(kit.context(t(lang, "home.more", count=len(my_tasks) - HOME_TASK_LIMIT)))
    blocks += [kit.divider(), kit.header(t(lang, "home.my_incidents"))]
    blocks += _incident_lines(my_incidents, lang, "home.no_incidents")
    if awaiting_review is not None:
        blocks += [kit.divider(), kit.header(t(lang, "recurrence.home_header"))]
        blocks += _awaiting_lines(awaiting_review, lang)
    if all_open is not None:
        blocks += [kit.divider(), kit.header(t(lang, "home.all_open"))]
        blocks += _incident_lines(all_open, lang, "home.no_incidents")
    if desk is not None:  # inquiry-desk operators: open incidents, ID and status only
        blocks += prompts_inquiries.desk_home_blocks(desk, lang=lang)
    return {"type": "home", "callback_id": Callback.HOME, "blocks": blocks[:100]}


def _incident_lines(rows: Sequence[dict[str, Any]], lang: str, empty_key: str) -> list[kit.Block]:
    if not rows:
        return [kit.section(t(lang, empty_key))]
    blocks = kit.packed_sections(
        [t(lang, "home.incident_line", **row) + str(row.get("inquiries_mark", "")) for row in rows[:HOME_INCIDENT_LIMIT]]
    )
    if len(rows) > HOME_INCIDENT_LIMIT:
        blocks.append(kit.context(t(lang, "home.more", count=len(rows) - HOME_INCIDENT_LIMIT)))
    return blocks


def home_row(
    *, incident_id: str, phase: str, department_name: str, age: timedelta, overdue: int, lang: str,
    inquiries: tuple[int, int] = (0, 0),
) -> dict[str, Any]:
    """One incident line of the Home tab (the params of ``_incident_lines``); ``inquiries``: so far, today."""
    return {
        "incident_id": incident_id,
        "phase": t(lang, f"phase.{phase}"),
        "department": department_name,
        "age": format_duration(lang, age),
        "overdue": overdue,
        "inquiries_mark": prompts_inquiries.home_mark(*inquiries, lang=lang),
    }


#: Statements awaiting review shown with their Review button (the rest are counted).
HOME_REVIEW_LIMIT = 5


def _awaiting_lines(rows: Sequence[tuple[str, str]], lang: str) -> list[kit.Block]:
    """``(incident ID, line)`` per version awaiting the office's review, each with its Review button."""
    if not rows:
        return [kit.section(t(lang, "recurrence.home_none"))]
    blocks: list[kit.Block] = []
    for incident_id, line in rows[:HOME_REVIEW_LIMIT]:
        blocks.append(kit.section(line))
        blocks.append(kit.actions(kit.button(t(lang, "recurrence.button_review"), Action.OPEN_RECURRENCE_REVIEW, incident_id)))
    if len(rows) > HOME_REVIEW_LIMIT:
        blocks.append(kit.context(t(lang, "home.more", count=len(rows) - HOME_REVIEW_LIMIT)))
    return blocks
