"""``leakbot report``: the management report for a period, as Markdown, printed or posted to the
office channel as a file.

Sections are pluggable: the report is this module's figures (incidents, causes, approved measures,
reportable cases, time to acknowledge and to close, near misses) followed by every entry of
``SECTIONS`` — a pair ``(report_figures(session, start, end), report_lines(figures, lang))`` that
other features (contacts, inquiries, drills) contribute; each section's lines are Markdown.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from sqlmodel import Session

from domain.near_miss import NearMissFacts, near_miss_figures
from domain.report import MeasureFacts, ReportFigures, ReportIncident, compile_report, reportable_jurisdictions
from prompts import contacts as prompts_contacts
from prompts import drills as prompts_drills
from prompts import inquiries as prompts_inquiries
from prompts import report as prompts_report
from services import contacts, drills, inquiries
from services.context import Context
from storage import repo
from storage.db import session as open_session

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Section:
    """One contributed section: its figures for ``[start, end)`` and their Markdown lines."""

    figures: Callable[[Session, datetime, datetime, ZoneInfo], Any]
    #: (figures, language, time zone, department names) → Markdown lines.
    lines: Callable[[Any, str, ZoneInfo, dict[str, str]], list[str]]


#: Sections after the core ones, in order: telling the people affected and the publication
#: decisions (issue 9 §1, §3), the inquiry desk (§2), then the drills with their scores (issue 10 §2;
#: never counted in the incident figures above).
SECTIONS: list[Section] = [
    Section(
        lambda session, start, end, tz: contacts.report_figures(session, start, end),
        lambda figures, lang, tz, names: prompts_contacts.report_lines(figures, lang),
    ),
    Section(
        lambda session, start, end, tz: inquiries.report_figures(session, start, end, tz=tz),
        lambda figures, lang, tz, names: prompts_inquiries.report_lines(figures, lang=lang, tz=tz),
    ),
    Section(
        lambda session, start, end, tz: drills.report_figures(session, start, end),
        lambda figures, lang, tz, names: prompts_drills.report_lines(figures, lang=lang, department_names=names),
    ),
]


def period(ctx: Context, first: date, last: date) -> tuple[datetime, datetime]:
    """``--from FIRST --to LAST`` (whole days in the organization's timezone) as ``[start, end)``."""
    if last < first:
        raise ValueError("the period ends before it starts")
    tz = ctx.config.tz
    return datetime.combine(first, time(0), tz), datetime.combine(last + timedelta(days=1), time(0), tz)


def report_figures(session: Session, start: datetime, end: datetime, *, now: datetime) -> ReportFigures:
    """The core figures: incidents reported in ``[start, end)`` (drills and near misses excluded
    through ``repo.counted_incidents``), with their approved statements, the tasks made from them,
    their latest legal outcome; and the near misses of the period, apart."""
    incidents = list(repo.incidents_reported_between(session, start, end))
    ids = [i.id for i in incidents if i.id is not None]
    approved = repo.approved_statements(session, ids)
    rows: list[ReportIncident] = []
    for incident in incidents:
        assert incident.id is not None
        statement = approved.get(incident.id)
        prefix = f"recurrence:{statement.version}:" if statement else None
        measures = tuple(
            MeasureFacts(t.title, t.assignee, t.due_at, t.status)
            for t in repo.tasks_of(session, incident.id)
            if prefix and (t.key or "").startswith(prefix)
        )
        assessment = repo.latest_assessment(session, incident.id)
        rows.append(
            ReportIncident(
                public_id=incident.public_id, department_id=incident.department_id, event_type=incident.event_type,
                severity=incident.severity, phase=incident.phase, reported_at=incident.reported_at,
                acked_at=incident.acked_at, closed_at=incident.closed_at,
                direct_cause=statement.direct_cause if statement else "",
                root_cause=statement.root_cause if statement else "",
                measures=measures,
                reportable=reportable_jurisdictions(assessment.outcome if assessment else None),
            )
        )
    near = list(repo.all_near_misses(session))
    near_approved = repo.approved_statements(session, [n.id for n in near if n.id is not None])
    facts = [NearMissFacts(n.event_type, n.department_id, n.reported_at, n.id in near_approved) for n in near]
    # The report's period is [start, end); near_miss_figures counts (start, end]: shift by an instant.
    tick = timedelta(microseconds=1)
    figures = near_miss_figures(facts, start=start - tick, end=end - tick)
    return compile_report(rows, start=start, end=end, now=now, near_misses=figures)


def management_report(ctx: Context, first: date, last: date) -> tuple[str, str]:
    """``(file name, Markdown)`` of the report for the days ``first``..``last``."""
    start, end = period(ctx, first, last)
    lang = ctx.config.language
    with open_session(ctx.engine) as session:
        figures = report_figures(session, start, end, now=ctx.now())
        tz = ctx.config.tz
        names = ctx.config.department_names()
        extra = [section.lines(section.figures(session, start, end, tz), lang, tz, names) for section in SECTIONS]
    text = prompts_report.report_markdown(
        figures, lang=lang, tz=ctx.config.tz, department_names=ctx.config.department_names(), extra_sections=extra
    )
    return f"leakbot-report-{first.isoformat()}-{last.isoformat()}.md", text


def post(ctx: Context, first: date, last: date) -> str:
    """Upload the report to the office channel as a Markdown file; its file name."""
    name, text = management_report(ctx, first, last)
    ctx.slack.upload_file(ctx.config.directory.office_channel, text.encode("utf-8"), filename=name, title=name)
    log.info("management report %s posted", name)
    return name
