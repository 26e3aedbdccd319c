"""The weekly summary as Slack messages: the full report for the privacy office and a counts-only
version for a wider audience.

Both builders are pure and stay inside Block Kit's limits whatever the volume: every list is one
section, filled while it fits in 3,000 characters (and at most a fixed number of lines), then closed
with "… and N more". The message therefore has a fixed, small number of blocks (well under 50).

Strings are the ``summary.*`` keys of ``prompts.locale.summary``.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

from domain.directory import is_user_id
from domain.near_miss import NearMissFigures
from domain.summary import OTHER, UPCOMING_WINDOW, AggregateSummary, TaskFacts, WeeklySummary
from prompts import inquiries as prompts_inquiries
from prompts import kit
from prompts.common import Message
from prompts.i18n import format_date, format_datetime, format_duration, t

#: Most task lines in one list; the rest are counted ("… and N more").
TASK_LINES = 20
#: Most lines in a breakdown (by department / event type / phase).
BREAKDOWN_LINES = 25
#: Free text shown in a line is cut to these lengths before escaping.
TITLE_CHARS = 80
NAME_CHARS = 100
ID_CHARS = 40




def _utc(when: datetime) -> datetime:
    return when.astimezone(UTC)


def _catalog_name(lang: str, prefix: str, value: str) -> str:
    """A localized enum name from the catalog; an unknown value is shown as it is, escaped."""
    try:
        return t(lang, f"{prefix}.{value}")
    except KeyError:
        return kit.escape(kit.clip(value, NAME_CHARS))


def _department(lang: str, dept_id: str, names: dict[str, str]) -> str:
    if dept_id == OTHER and dept_id not in names:
        return t(lang, "summary.other")
    return kit.escape(kit.clip(names.get(dept_id, dept_id), NAME_CHARS))


def _event_type(lang: str, value: str) -> str:
    return _catalog_name(lang, "event", value)


def _phase(lang: str, value: str) -> str:
    return _catalog_name(lang, "phase", value)


def _assignee(lang: str, user: str | None) -> str:
    """A mention for a Slack user ID; anything else is shown as escaped text, never as markup."""
    if not user:
        return t(lang, "summary.unassigned")
    if is_user_id(user):
        return f"<@{user}>"
    return kit.escape(kit.clip(user, ID_CHARS))


def _title(task: TaskFacts) -> str:
    return kit.escape(kit.clip(task.title.replace("\n", " "), TITLE_CHARS))


def _incident_id(task: TaskFacts) -> str:
    return kit.escape(kit.clip(task.incident_public_id, ID_CHARS)).replace("`", "'")


def _list_section(lang: str, title: str, lines: Sequence[str], *, total: int | None = None, max_lines: int) -> kit.Block:
    """One section: ``title`` then as many ``lines`` as fit (3,000 chars, ``max_lines``), then
    "… and N more" for the rest (``total`` counts lines not even passed in)."""
    total = len(lines) if total is None else total
    if not lines:
        return kit.section(f"{title}\n{t(lang, 'summary.none')}")
    reserve = len(t(lang, "summary.more", n=total)) + 1
    text = title
    shown = 0
    for line in lines[:max_lines]:
        line = kit.clip(line, 600)
        if len(text) + 1 + len(line) + reserve > kit.SECTION_TEXT:
            break
        text += "\n" + line
        shown += 1
    if total > shown:
        text += "\n" + t(lang, "summary.more", n=total - shown)
    return kit.section(text)


def _breakdown(lang: str, title: str, counts: dict[str, int], name: Callable[[str], str]) -> kit.Block:
    lines = [t(lang, "summary.item", name=name(key), n=n) for key, n in counts.items()]
    return _list_section(lang, title, lines, max_lines=BREAKDOWN_LINES)


def _period(lang: str, start: datetime, end: datetime, tz: ZoneInfo) -> dict[str, str]:
    return {"start": format_date(lang, start, tz), "end": format_date(lang, end, tz)}


def _counts(lang: str, pairs: list[tuple[str, int]]) -> kit.Block:
    fields = [kit.mrkdwn(f"*{label}*\n{t(lang, 'summary.count', n=n)}", kit.FIELD_TEXT) for label, n in pairs]
    return {"type": "section", "fields": fields[:10]}


def _opening(lang: str, header: str, sm: WeeklySummary | AggregateSummary, *, overdue: int, tz: ZoneInfo) -> list[kit.Block]:
    """The header, the exact period and the four headline counts that open both versions."""
    return [
        kit.header(header),
        kit.context(
            t(
                lang,
                "summary.period",
                start=format_datetime(lang, sm.period_start, tz),
                end=format_datetime(lang, sm.period_end, tz),
            )
        ),
        _counts(
            lang,
            [
                (t(lang, "summary.new"), sm.new),
                (t(lang, "summary.closed"), sm.closed),
                (t(lang, "summary.open"), sm.open),
                (t(lang, "summary.overdue_count"), overdue),
            ],
        ),
    ]


def _ack(lang: str, new: int, median: timedelta | None, worst: timedelta | None, unacknowledged: int) -> list[kit.Block]:
    title = t(lang, "summary.ack_title", n=new)
    if new == 0:
        return [kit.section(f"{title}\n{t(lang, 'summary.ack_none')}")]
    na = t(lang, "summary.not_available")
    fields = [
        (t(lang, "summary.ack_median"), format_duration(lang, median) if median is not None else na),
        (t(lang, "summary.ack_worst"), format_duration(lang, worst) if worst is not None else na),
        (t(lang, "summary.ack_unacknowledged"), t(lang, "summary.count", n=unacknowledged)),
    ]
    block = {
        "type": "section",
        "text": kit.mrkdwn(title),
        "fields": [kit.mrkdwn(f"*{label}*\n{value}", kit.FIELD_TEXT) for label, value in fields],
    }
    blocks: list[kit.Block] = [block]
    if unacknowledged:
        blocks.append(kit.context(t(lang, "summary.ack_worst_note")))
    return blocks


def _fallback(lang: str, key: str, period: dict[str, str], **counts: int) -> str:
    return kit.clip(t(lang, key, **period, **counts), kit.MESSAGE_FALLBACK)


# --- the full report ---------------------------------------------------------------------------


def chart_note(weeks: int, lang: str) -> str:
    """The line under a summary that announces its attached chart."""
    return t(lang, "summary.chart_note", weeks=weeks)


def summary_message(
    summary: WeeklySummary, *, lang: str, tz: ZoneInfo, department_names: dict[str, str],
    near_misses: NearMissFigures | None = None,
) -> Message:
    """The weekly report for the privacy office (names, IDs and assignees included)."""
    sm = summary
    period = _period(lang, sm.period_start, sm.period_end, tz)
    end = sm.period_end

    overdue_lines = [
        t(
            lang,
            "summary.overdue_line",
            incident_id=_incident_id(x),
            title=_title(x),
            assignee=_assignee(lang, x.assignee),
            due=format_datetime(lang, x.due_at, tz),
            late=format_duration(lang, _utc(end) - _utc(x.due_at)),
            follow_up=t(lang, "summary.follow_up_mark") if x.follow_up else "",
        )
        for x in sm.overdue[:TASK_LINES]
    ]
    follow_up_lines = [
        t(
            lang,
            "summary.follow_up_line",
            incident_id=_incident_id(x),
            title=_title(x),
            assignee=_assignee(lang, x.assignee),
            due=format_datetime(lang, x.due_at, tz),
            overdue=t(lang, "summary.overdue_mark") if _utc(x.due_at) <= _utc(end) else "",
        )
        for x in sm.follow_ups[:TASK_LINES]
    ]
    upcoming_lines = [
        t(
            lang,
            "summary.upcoming_line",
            legal=t(lang, "summary.legal_mark") if x.legal else "",
            due=format_datetime(lang, x.due_at, tz),
            incident_id=_incident_id(x),
            title=_title(x),
            assignee=_assignee(lang, x.assignee),
        )
        for x in sm.upcoming[:TASK_LINES]
    ]

    blocks: list[kit.Block] = [
        *_opening(lang, t(lang, "summary.header", **period), sm, overdue=len(sm.overdue), tz=tz),
        kit.divider(),
        _breakdown(lang, t(lang, "summary.by_department"), sm.open_by_department,
                   lambda d: _department(lang, d, department_names)),
        _breakdown(lang, t(lang, "summary.by_event_type"), sm.open_by_event_type, lambda e: _event_type(lang, e)),
        _breakdown(lang, t(lang, "summary.by_phase"), sm.open_by_phase, lambda p: _phase(lang, p)),
        kit.divider(),
        *_ack(lang, sm.new, sm.ack_median, sm.ack_worst, sm.unacknowledged),
        kit.divider(),
        _list_section(lang, t(lang, "summary.overdue_title", n=len(sm.overdue)), overdue_lines,
                      total=len(sm.overdue), max_lines=TASK_LINES),
        _list_section(lang, t(lang, "summary.follow_ups_title", n=len(sm.follow_ups)), follow_up_lines,
                      total=len(sm.follow_ups), max_lines=TASK_LINES),
        _list_section(
            lang,
            t(lang, "summary.upcoming_title", days=UPCOMING_WINDOW.days, n=len(sm.upcoming)),
            upcoming_lines,
            total=len(sm.upcoming),
            max_lines=TASK_LINES,
        ),
        kit.divider(),
        *([_near_miss_section(lang, near_misses, department_names)] if near_misses is not None else []),
    ]
    if sm.inquiries is not None and sm.inquiries.total:
        blocks += [prompts_inquiries.summary_section(sm.inquiries, lang=lang), kit.divider()]
    blocks.append(kit.context(chart_note(len(sm.series), lang)))
    text = _fallback(
        lang, "summary.fallback", period, new=sm.new, closed=sm.closed, open=sm.open, overdue=len(sm.overdue)
    )
    return text, blocks


def _near_miss_section(lang: str, nm: NearMissFigures, department_names: dict[str, str]) -> kit.Block:
    """Near misses, counted apart from incidents (the trend before it becomes an incident)."""
    lines = [t(lang, "summary.item", name=_event_type(lang, k), n=n) for k, n in nm.by_event_type.items()]
    lines += [t(lang, "summary.item", name=_department(lang, k, department_names), n=n) for k, n in nm.by_department.items()]
    title = t(lang, "summary.near_misses", n=nm.new, awaiting=nm.awaiting_measure)
    return _list_section(lang, title, lines, max_lines=BREAKDOWN_LINES)


# --- the counts-only version -------------------------------------------------------------------


def aggregate_message(
    aggregate: AggregateSummary, *, lang: str, tz: ZoneInfo, department_names: dict[str, str]
) -> Message:
    """Counts and the chart only, for a wider audience: no incident ID, task title, assignee or
    person; departments and event types below the threshold appear only inside "Other"."""
    a = aggregate
    period = _period(lang, a.period_start, a.period_end, tz)

    def department(dept_id: str) -> str:
        if dept_id == OTHER:
            return t(lang, "summary.other")
        return _department(lang, dept_id, department_names)

    def event_type(value: str) -> str:
        return t(lang, "summary.other") if value == OTHER else _event_type(lang, value)

    notes = [t(lang, "summary.aggregate_note")]
    if a.other_label_used:
        notes.append(t(lang, "summary.other_note", min=a.min_count))
    blocks: list[kit.Block] = [
        *_opening(lang, t(lang, "summary.aggregate_header", **period), a, overdue=a.overdue_count, tz=tz),
        kit.divider(),
        _breakdown(lang, t(lang, "summary.by_department"), a.open_by_department, department),
        _breakdown(lang, t(lang, "summary.by_event_type"), a.open_by_event_type, event_type),
        _breakdown(lang, t(lang, "summary.by_phase"), a.open_by_phase, lambda p: _phase(lang, p)),
        kit.divider(),
        *_ack(lang, a.new, a.ack_median, a.ack_worst, a.unacknowledged),
        kit.divider(),
        kit.context(*notes, chart_note(len(a.series), lang)),
    ]
    text = _fallback(
        lang, "summary.fallback", period, new=a.new, closed=a.closed, open=a.open, overdue=a.overdue_count
    )
    return text, blocks


def chart_title(period_end: datetime, tz: ZoneInfo) -> str:
    """The uploaded chart's title (also its file's title in Slack)."""
    return f"leakbot {period_end.astimezone(tz):%Y-%m-%d}"
