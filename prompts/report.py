"""The management report as Markdown (``prompts/templates/management_report.md.j2``).

User text (causes, measure titles) is flattened to one line and stripped of Markdown table and
heading markers, so a typed ``|`` or ``#`` cannot break the document's structure.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import timedelta
from zoneinfo import ZoneInfo

from domain.report import Durations, ReportFigures, is_overdue
from prompts.i18n import format_date, format_datetime, format_duration, t
from prompts.templates import render

#: Longest cause or measure title shown (a report is read, not archived: the statement is kept in full).
TEXT_CHARS = 400


def one_line(text: str) -> str:
    flat = " ".join(text.split()).replace("|", "/")
    flat = flat.lstrip("#>-* ")
    return flat if len(flat) <= TEXT_CHARS else flat[: TEXT_CHARS - 1] + "…"


def _duration(lang: str, delta: timedelta | None) -> str:
    return format_duration(lang, delta) if delta is not None else "—"


def _catalog(lang: str, key: str, value: str) -> str:
    try:
        return t(lang, f"{key}.{value}")
    except KeyError:
        return one_line(value)


def report_markdown(
    figures: ReportFigures,
    *,
    lang: str,
    tz: ZoneInfo,
    department_names: dict[str, str],
    extra_sections: Sequence[Sequence[str]] = (),
) -> str:
    """The whole report: overview, incidents table, causes and approved measures, near misses, and
    the contributed sections (their lines as given)."""

    def durations(d: Durations, name: str) -> dict[str, object]:
        return {f"{name}_median": _duration(lang, d.median), f"{name}_worst": _duration(lang, d.worst), f"{name}_n": d.count}

    last_day = figures.end - timedelta(microseconds=1)
    overview: dict[str, object] = {
        "incidents": len(figures.incidents), "closed": figures.closed, "reportable": figures.reportable,
        "measures_done": figures.measures_done, "measures_open": figures.measures_open,
        "measures_overdue": figures.measures_overdue, **durations(figures.ack, "ack"), **durations(figures.close, "close"),
    }
    incidents = []
    for i in figures.incidents:
        incidents.append({
            "id": i.public_id,
            "department": one_line(department_names.get(i.department_id, i.department_id)),
            "event": _catalog(lang, "event", i.event_type),
            "severity": _catalog(lang, "severity", i.severity),
            "phase": _catalog(lang, "phase", i.phase),
            "reported": format_datetime(lang, i.reported_at, tz),
            "ack": _duration(lang, i.time_to_ack),
            "close": _duration(lang, i.time_to_close),
            "reportable": ", ".join(t(lang, f"mreport.jurisdiction.{j}") for j in i.reportable) or "—",
            "approved": bool(i.direct_cause),
            "direct_cause": one_line(i.direct_cause),
            "root_cause": one_line(i.root_cause) or "—",
            "measures": [
                {
                    "title": one_line(m.title), "assignee": m.assignee or "—", "due": format_date(lang, m.due_at, tz),
                    "status": t(lang, f"mreport.status.{'overdue' if is_overdue(m, figures.now) else m.status}"),
                }
                for m in i.measures
            ],
        })
    nm = figures.near_misses
    near = {
        "new": nm.new if nm else 0,
        "awaiting": nm.awaiting_measure if nm else 0,
        "lines": (
            [t(lang, "mreport.near_miss_event", name=_catalog(lang, "event", k), n=n) for k, n in nm.by_event_type.items()]
            + [t(lang, "mreport.near_miss_department", name=one_line(department_names.get(k, k)), n=n)
               for k, n in nm.by_department.items()]
        ) if nm else [],
    }
    return render(
        "management_report.md.j2", lang=lang,
        period={"start": format_date(lang, figures.start, tz), "end": format_date(lang, last_day, tz)},
        overview=overview, incidents=incidents, near=near, extra_sections=[list(s) for s in extra_sections],
    )

