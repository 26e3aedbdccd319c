"""Digest reminders: one DM per assignee per sweep listing each of their tasks that is due or overdue
(every task keeps its own work buttons), and one channel post per incident for the overdue escalations of
one sweep. Legal-deadline tasks come first and are marked, and the notification text says how many there
are, so a digest never hides a statutory deadline among ordinary ones.

Slack allows 50 blocks per message: a digest DM shows at most ``PAGE`` tasks (two blocks each); the sweep
splits a longer list into several DMs of ``PAGE`` tasks, legal ones in the first.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from zoneinfo import ZoneInfo

from prompts import kit
from prompts.common import IncidentLike, Message, mention
from prompts.i18n import format_datetime, format_duration, t
from prompts.tasks import TaskLike, work_buttons

#: Tasks per digest DM: a line and a row of buttons each, plus the intro and the hint (<= 50 blocks).
PAGE = 20
#: Tasks listed in one escalation post (one section each, plus the intro and a "more" line).
ESCALATION_LIMIT = 40
#: Slack's block limit per message.
MAX_BLOCKS = 50


@dataclass(frozen=True)
class DueItem:
    """One task in a digest DM: the reminder step being sent (``before`` / ``due`` / ``overdue``)."""

    task: TaskLike
    incident: IncidentLike
    kind: str
    nag: int = 0


@dataclass(frozen=True)
class EscalatedItem:
    """One task in an escalation post: ``nags`` overdue reminders were sent without it being done."""

    task: TaskLike
    nags: int


def is_legal(task: TaskLike) -> bool:
    return task.kind == "legal"


def digest_order(task: TaskLike) -> tuple[bool, datetime, int]:
    """Legal-deadline tasks first, then by due time (then id, for a stable order)."""
    return (not is_legal(task), task.due_at, task.id or 0)


def reminder_line(item: DueItem, *, lang: str, tz: ZoneInfo, now: datetime) -> str:
    """The task's reminder sentence (as in the single reminder DM), marked when its deadline is statutory."""
    task, incident = item.task, item.incident
    params = dict(title=kit.escape(task.title), incident_id=incident.public_id, due=format_datetime(lang, task.due_at, tz))
    if item.kind == "before":
        text = t(lang, "task.reminder.before", lead=format_duration(lang, task.due_at - now), **params)
    elif item.kind == "due":
        text = t(lang, "task.reminder.due", **params)
    else:
        text = t(lang, "task.reminder.overdue", overdue=format_duration(lang, now - task.due_at), nag=item.nag, **params)
    return f"{t(lang, 'reminders.legal_mark')} {text}" if is_legal(task) else text


def _legal_note(count: int, lang: str) -> str:
    return t(lang, "reminders.digest_legal", legal=count) if count else ""


def reminder_digest(
    items: Sequence[DueItem], *, lang: str, tz: ZoneInfo, now: datetime, page: int = 1, pages: int = 1
) -> Message:
    """One DM listing ``items`` (legal first), each with the buttons of the single reminder DM."""
    ordered = sorted(items, key=lambda x: digest_order(x.task))
    shown, hidden = ordered[:PAGE], len(ordered) - PAGE
    legal = sum(1 for x in ordered if is_legal(x.task))
    intro = t(lang, "reminders.digest", count=len(ordered)) + _legal_note(legal, lang)
    if pages > 1:
        intro += t(lang, "reminders.digest_page", page=page, pages=pages)
    blocks: list[kit.Block] = [kit.section(intro)]
    for item in shown:
        blocks.append(kit.section(kit.clip(reminder_line(item, lang=lang, tz=tz, now=now), kit.SECTION_TEXT)))
        blocks.append(work_buttons(item.task, lang, channel_id=item.incident.channel_id))
    if hidden > 0:
        blocks.append(kit.context(t(lang, "reminders.more", count=hidden)))
    blocks.append(kit.context(t(lang, "task.reminder_hint")))
    # The notification names the legal tasks, so a phone's banner says a statutory deadline is among them.
    legal_titles = " / ".join(kit.escape(x.task.title) for x in ordered if is_legal(x.task))
    text = intro + (f" {t(lang, 'reminders.legal_mark')} {legal_titles}" if legal_titles else "")
    return kit.clip(text, kit.MESSAGE_FALLBACK), blocks


def escalation_line(item: EscalatedItem, *, lang: str, tz: ZoneInfo) -> str:
    task = item.task
    assignee = mention(task.assignee, lang) if task.assignee else t(lang, "task.unassigned")
    params = dict(title=kit.escape(task.title), assignee=assignee, due=format_datetime(lang, task.due_at, tz))
    if is_legal(task):
        return t(lang, "reminders.escalation_line_legal", mark=t(lang, "reminders.legal_mark"), **params)
    return t(lang, "reminders.escalation_line", nags=item.nags, **params)


def escalation_digest(incident: IncidentLike, items: Sequence[EscalatedItem], *, lang: str, tz: ZoneInfo) -> Message:
    """One channel post for the escalations of one sweep: the owner and the deputy are mentioned once,
    then one line per task, statutory deadlines first."""
    ordered = sorted(items, key=lambda x: digest_order(x.task))
    legal = sum(1 for x in ordered if is_legal(x.task))
    intro = t(
        lang, "reminders.escalation_digest", owner=mention(incident.owner_id, lang),
        deputy=mention(incident.deputy_id, lang), count=len(ordered), legal=_legal_note(legal, lang),
        incident_id=incident.public_id,
    )
    blocks: list[kit.Block] = [kit.section(intro)]
    for item in ordered[:ESCALATION_LIMIT]:
        blocks.append(kit.section(kit.clip(escalation_line(item, lang=lang, tz=tz), kit.SECTION_TEXT)))
    if len(ordered) > ESCALATION_LIMIT:
        blocks.append(kit.context(t(lang, "reminders.escalation_more", count=len(ordered) - ESCALATION_LIMIT)))
    return kit.clip(intro, kit.MESSAGE_FALLBACK), blocks
