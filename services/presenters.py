"""The presenter seam: stored state in, messages out.

Every message the bot sends is rendered here, from the database as it is when the message goes
out: the outbox looks up the delivery's kind in ``RENDERERS`` and sends what the renderer returns;
mobilization, ``/leak-status`` and the App Home use the same functions. Renderers read, never
decide: a legal result shows the assessment revision that was stored, with the changes between
the stored outcomes.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from datetime import datetime
from typing import Any

from sqlmodel import Session

from domain import escalation
from domain.incidents import DataCategory, EventType, SeverityHint, Tri, severity_hint
from domain.legal import Assessment, assess
from domain.legal.facts import facts_from_mapping
from domain.legal.outcome import changes as outcome_changes
from domain.legal.outcome import from_json as outcome_from_json
from domain.legal.record import assessment_from_record
from domain.tasks import is_live, is_overdue
from domain.timeline import BOT
from prompts import card as prompts_card
from prompts import chart as prompts_chart
from prompts import common as prompts_common
from prompts import contacts as prompts_contacts
from prompts import contractor as prompts_contractor
from prompts import drills as prompts_drills
from prompts import group as prompts_group
from prompts import home as prompts_home
from prompts import inquiries as prompts_inquiries
from prompts import kit
from prompts import legal as prompts_legal
from prompts import phases as prompts_phases
from prompts import publication as prompts_publication
from prompts import recurrence as prompts_recurrence
from prompts import reminders as prompts_reminders
from prompts import second_report as prompts_second_report
from prompts import status as prompts_status
from prompts import summary as prompts_summary
from prompts import tasks as prompts_tasks
from prompts import watch as prompts_watch
from prompts.card import CardContext, SecondReportMeta
from prompts.common import Message
from services import contacts, drills, group, publication, summary
from services import inquiries as inquiry_figures
from services.context import Context
from services.queue import INCIDENT_CHANNEL, Kind
from storage import repo
from storage.db import session as open_session
from storage.models import Delivery, Incident, LegalAssessment, Task


class NotReady(Exception):
    """The message cannot be sent yet (its channel or the message it updates does not exist yet)."""


class Moot(Exception):
    """The message no longer applies (the task was completed before its reminder went out)."""


@dataclass(frozen=True)
class Send:
    """What one delivery does: post a message, update one in place, or upload a PNG."""

    channel: str
    text: str
    blocks: list | None = None
    update_ts: str | None = None
    png: bytes | None = None
    thread_ts: str | None = None
    #: Archive the channel instead of posting (a drill's end).
    archive: bool = False
    #: The language of the drill marker when the message is about a drill (the outbox marks it).
    drill: str | None = None


#: ``(ctx, session, delivery, incident, channel) -> Send``: the incident is None only for messages
#: about no incident (the weekly summary); ``channel`` is the delivery's resolved recipient.
Renderer = Callable[[Context, Session, Delivery, "Incident | None", str], Send]
RENDERERS: dict[Kind, Renderer] = {}


def renders(*kinds: Kind) -> Callable[[Renderer], Renderer]:
    def register(fn: Renderer) -> Renderer:
        for kind in kinds:
            RENDERERS[kind] = fn
        return fn

    return register


def render(ctx: Context, session: Session, delivery: Delivery) -> Send:
    """The message a delivery sends now (``NotReady`` / ``Moot`` when it cannot or need not)."""
    incident = repo.get_incident(session, delivery.incident_id) if delivery.incident_id is not None else None
    send = RENDERERS[Kind(delivery.kind)](ctx, session, delivery, incident, _channel(delivery, incident))
    return replace(send, drill=incident.language) if incident is not None and incident.drill else send


def _channel(delivery: Delivery, incident: Incident | None) -> str:
    if delivery.recipient != INCIDENT_CHANNEL:
        return delivery.recipient
    # Not before the set-up has finished: its card comes first in the channel, then the rest.
    if incident is None or not incident.channel_id or incident.mobilized_at is None:
        raise NotReady
    return incident.channel_id


# --- the incident card -------------------------------------------------------------------------


def severity_of(incident: Incident) -> SeverityHint:
    return severity_hint(
        event_type=EventType(incident.event_type),
        data_categories=frozenset(DataCategory(c) for c in incident.data_categories),
        people_count=incident.people_count,
        encrypted=Tri(incident.encrypted),
    )


def card(ctx: Context, session: Session, incident: Incident, *, for_office: bool = False, with_buttons: bool = True) -> Message:
    latest = repo.latest_second_report(session, incident.id)
    contact_lines = issue9_card_lines(ctx, session, incident)
    meta = SecondReportMeta(latest.revision, latest.submitted_at, latest.submitted_by) if latest else None
    statement = repo.latest_statement(session, incident.id)
    recurrence_line = prompts_recurrence.status_line(
        statement.status if statement else None, statement.version if statement else None, incident.language
    )
    if incident.near_miss:
        return prompts_recurrence.near_miss_card(
            incident, department_name=ctx.config.department_name(incident.department_id), recurrence_line=recurrence_line,
            lang=incident.language, tz=ctx.config.tz, with_buttons=with_buttons,
        )
    message = prompts_card.incident_card(
        incident,
        CardContext(
            lang=incident.language,
            tz=ctx.config.tz,
            department_name=ctx.config.department_name(incident.department_id),
            severity=severity_of(incident),
            escalation_at=escalation.step_due_at(incident.reported_at, incident.escalation_step + 1, ctx.config.ack_timeout),
            second_report=meta,
            for_office=for_office,
            with_buttons=with_buttons,
            contact_lines=contact_lines,
            inquiries=inquiry_figures.card_figures(session, incident.id, now=ctx.now(), tz=ctx.config.tz),
            recurrence_line=recurrence_line,
        ),
    )
    if not incident.drill:
        return message
    text, blocks = prompts_drills.mark_message(*message, incident.language)  # also where no outbox is involved (/leak-status)
    return text, blocks or []


@renders(Kind.CARD_REFRESH)
def _card_refresh(ctx: Context, session: Session, delivery: Delivery, incident: Incident | None, channel: str) -> Send:
    assert incident is not None
    if not incident.card_ts:
        raise NotReady
    text, blocks = card(ctx, session, incident)
    return Send(channel, text, blocks, incident.card_ts)


# --- incident messages -------------------------------------------------------------------------


@renders(Kind.ESCALATION_DM)
def _escalation_dm(ctx: Context, session: Session, delivery: Delivery, incident: Incident | None, channel: str) -> Send:
    assert incident is not None
    text, blocks = prompts_card.escalation_dm(
        incident,
        step=delivery.params["step"],
        department_name=ctx.config.department_name(incident.department_id),
        now=ctx.now(),
        lang=incident.language,
    )
    return Send(channel, text, blocks)


@renders(Kind.NOTICE)
def _notice(ctx: Context, session: Session, delivery: Delivery, incident: Incident | None, channel: str) -> Send:
    assert incident is not None
    p = delivery.params
    values = dict(p.get("values", {}))
    users = {"user": values.pop("user")} if "user" in values else {}
    text, blocks = prompts_common.notice(
        p["key"], incident_id=incident.public_id, lang=incident.language, users=users, phases=p.get("phases"), values=values
    )
    return Send(channel, text, blocks)


def second_report_message(ctx: Context, session: Session, incident: Incident, revision: int) -> Message:
    row = repo.second_report(session, incident.id, revision)
    if row is None:
        raise ValueError("second report revision missing")
    return prompts_second_report.second_report_posted(row, incident=incident, lang=incident.language, tz=ctx.config.tz)


@renders(Kind.SECOND_REPORT)
def _second_report(ctx: Context, session: Session, delivery: Delivery, incident: Incident | None, channel: str) -> Send:
    assert incident is not None
    text, blocks = second_report_message(ctx, session, incident, delivery.params["revision"])
    return Send(channel, text, blocks)


@renders(Kind.CLOSED)
def _closed(ctx: Context, session: Session, delivery: Delivery, incident: Incident | None, channel: str) -> Send:
    assert incident is not None
    text, blocks = prompts_phases.closed_posted(
        incident_id=incident.public_id,
        user=incident.closed_by or "",
        measures_done=incident.measures_done,
        measures_planned=incident.measures_planned,
        lang=incident.language,
    )
    return Send(channel, text, blocks)


@renders(Kind.OFFICE_CLOSED)
def _office_closed(ctx: Context, session: Session, delivery: Delivery, incident: Incident | None, channel: str) -> Send:
    assert incident is not None
    text, blocks = prompts_phases.office_closed(incident, ctx.config.department_name(incident.department_id), incident.language)
    return Send(channel, text, blocks)


@renders(Kind.DATA_WARNING)
def _data_warning(ctx: Context, session: Session, delivery: Delivery, incident: Incident | None, channel: str) -> Send:
    assert incident is not None
    text, blocks = prompts_watch.data_warning(delivery.params["signs"], incident.language)
    return Send(channel, text, blocks, thread_ts=delivery.params["thread_ts"])


# --- recurrence prevention ------------------------------------------------------------------------


@renders(Kind.RECURRENCE_OFFICE)
def _recurrence_office(ctx: Context, session: Session, delivery: Delivery, incident: Incident | None, channel: str) -> Send:
    assert incident is not None
    text, blocks = prompts_recurrence.office_notice(
        incident, version=delivery.params["version"], department_name=ctx.config.department_name(incident.department_id),
        near_miss=incident.near_miss, lang=incident.language,
    )
    return Send(channel, text, blocks)


@renders(Kind.RECURRENCE_DECIDED)
def _recurrence_decided(ctx: Context, session: Session, delivery: Delivery, incident: Incident | None, channel: str) -> Send:
    assert incident is not None
    row = repo.statement(session, incident.id, delivery.params["version"])
    if row is None:
        raise Moot
    text, blocks = prompts_recurrence.decided_dm(
        incident, version=row.version, status=row.status, reviewer=row.reviewed_by, lang=incident.language
    )
    return Send(channel, text, blocks)


# --- tasks ---------------------------------------------------------------------------------------


def task_list_message(ctx: Context, session: Session, incident: Incident) -> Message:
    text, blocks = prompts_tasks.task_list(
        incident, repo.tasks_of(session, incident.id), lang=incident.language, tz=ctx.config.tz, now=ctx.now()
    )
    progress, _ = contacts.state(session, incident.id)
    if progress is not None and len(blocks) < 50:  # the contact progress, under the header
        blocks.insert(1, kit.context(prompts_contacts.progress_line(progress, incident.language)))
    return text, blocks


@renders(Kind.TASK_LIST)
def _task_list(ctx: Context, session: Session, delivery: Delivery, incident: Incident | None, channel: str) -> Send:
    assert incident is not None
    if not incident.task_list_ts:
        raise NotReady
    text, blocks = task_list_message(ctx, session, incident)
    return Send(channel, text, blocks, incident.task_list_ts)


@renders(Kind.TASK_REMINDER, Kind.TASK_ASSIGNED, Kind.TASK_ESCALATION)
def _task_message(ctx: Context, session: Session, delivery: Delivery, incident: Incident | None, channel: str) -> Send:
    assert incident is not None
    p, lang, tz = delivery.params, incident.language, ctx.config.tz
    task = repo.get_task(session, p["task"], fresh=True)
    if task is None or not is_live(task.status, follow_up=task.follow_up, incident_closed=incident.closed_at is not None):
        raise Moot
    if not channel:
        raise Moot
    kind = Kind(delivery.kind)
    if kind is Kind.TASK_REMINDER:
        text, blocks = prompts_tasks.reminder_dm(
            task, incident, kind=p["step"], nag=p.get("nag", 0), lead=None, lang=lang, tz=tz, now=ctx.now()
        )
    elif kind is Kind.TASK_ASSIGNED:
        text, blocks = prompts_tasks.assigned_dm(task, incident, lang=lang, tz=tz)
    else:
        text, blocks = prompts_tasks.escalation_notice(task, incident, nags=p["nags"], lang=lang, tz=tz)
    return Send(channel, text, blocks)


@renders(Kind.TASK_REMINDER_DIGEST)
def _reminder_digest(ctx: Context, session: Session, delivery: Delivery, incident: Incident | None, channel: str) -> Send:
    """One person's reminders of one sweep, across incidents: the tasks still live when it goes out
    (one left: the single reminder DM; none: moot)."""
    p, tz, now = delivery.params, ctx.config.tz, ctx.now()
    found = repo.tasks_by_ids(session, [entry[0] for entry in p["tasks"]])
    incidents = repo.incidents_by_ids(session, {t.incident_id for t in found.values()})
    items = [
        prompts_reminders.DueItem(found[task_id], incidents[found[task_id].incident_id], kind, nag)
        for task_id, kind, nag in p["tasks"]
        if task_id in found and is_live(
            found[task_id].status, follow_up=found[task_id].follow_up,
            incident_closed=incidents[found[task_id].incident_id].closed_at is not None,
        )
    ]
    if not items or not channel:
        raise Moot
    languages = {x.incident.language for x in items}
    lang = languages.pop() if len(languages) == 1 else ctx.config.language
    if len(items) == 1 and p.get("pages", 1) == 1:
        only = items[0]
        text, blocks = prompts_tasks.reminder_dm(
            only.task, only.incident, kind=only.kind, nag=only.nag, lead=None, lang=lang, tz=tz, now=now
        )
    else:
        text, blocks = prompts_reminders.reminder_digest(
            items, lang=lang, tz=tz, now=now, page=p.get("page", 1), pages=p.get("pages", 1)
        )
    return Send(channel, text, blocks)


@renders(Kind.TASK_ESCALATION_DIGEST)
def _escalation_digest(ctx: Context, session: Session, delivery: Delivery, incident: Incident | None, channel: str) -> Send:
    """The escalations of one incident in one sweep, in one post (only the tasks still live)."""
    assert incident is not None
    entries = delivery.params["tasks"]
    found = repo.tasks_by_ids(session, [entry[0] for entry in entries])
    closed = incident.closed_at is not None
    items = [
        prompts_reminders.EscalatedItem(found[task_id], nags)
        for task_id, nags in entries
        if task_id in found and is_live(found[task_id].status, follow_up=found[task_id].follow_up, incident_closed=closed)
    ]
    if not items or not channel:
        raise Moot
    lang, tz = incident.language, ctx.config.tz
    if len(items) == 1:
        text, blocks = prompts_tasks.escalation_notice(items[0].task, incident, nags=items[0].nags, lang=lang, tz=tz)
    else:
        text, blocks = prompts_reminders.escalation_digest(incident, items, lang=lang, tz=tz)
    return Send(channel, text, blocks)


# --- legal ---------------------------------------------------------------------------------------


def legal_message(ctx: Context, session: Session, incident: Incident, number: int) -> Message:
    """The stored assessment revision ``number``, with what changed since the stored revision before it.

    The body is the assessment of the revision's stored facts under its stored rule-set choice;
    the change list compares the two stored outcomes, so it says what was recorded at the time.
    """
    row = repo.assessment(session, incident.id, number)
    if row is None:
        raise ValueError("legal assessment revision missing")
    previous = repo.assessment(session, incident.id, number - 1) if number > 1 else None
    changed = outcome_changes(outcome_from_json(previous.outcome), outcome_from_json(row.outcome)) if previous else None
    return prompts_legal.assessment_message(
        stored_assessment(ctx, row), incident_id=incident.public_id, lang=incident.language, tz=ctx.config.tz,
        changes=changed, actor=None if row.actor == BOT else row.actor, now=ctx.now(),
    )


def stored_assessment(ctx: Context, row: LegalAssessment) -> Assessment:
    """The assessment a stored revision records, exactly as it was announced.

    Revisions written before the whole result was kept (or whose record this version can no
    longer read) are re-assessed from their stored facts under their stored rule-set choice."""
    kept = assessment_from_record(row.result)
    if kept is not None:
        return kept
    return assess(facts_from_mapping(row.facts), tz=ctx.config.tz, ruleset=row.ruleset_override)


@renders(Kind.LEGAL_RESULT)
def _legal_result(ctx: Context, session: Session, delivery: Delivery, incident: Incident | None, channel: str) -> Send:
    assert incident is not None
    text, blocks = legal_message(ctx, session, incident, delivery.params["revision"])
    return Send(channel, text, blocks)


# --- the weekly summary (no incident) -----------------------------------------------------------


@renders(Kind.SUMMARY)
def _summary(ctx: Context, session: Session, delivery: Delivery, incident: Incident | None, channel: str) -> Send:
    period_end = datetime.fromisoformat(delivery.params["period_end"])
    text, blocks = summary_message(ctx, session, period_end, aggregate=bool(delivery.params.get("aggregate")))
    return Send(channel, text, blocks)


@renders(Kind.SUMMARY_CHART)
def _summary_chart(ctx: Context, session: Session, delivery: Delivery, incident: Incident | None, channel: str) -> Send:
    period_end = datetime.fromisoformat(delivery.params["period_end"])
    computed = summary.compute(ctx, session, period_end)
    png = prompts_chart.weekly_chart_png(computed.series, lang=ctx.config.language, inquiries=computed.inquiries)
    return Send(channel, prompts_summary.chart_title(period_end, ctx.config.tz), png=png)


def summary_message(ctx: Context, session: Session, period_end: datetime, *, aggregate: bool = False) -> Message:
    computed = summary.compute(ctx, session, period_end)
    names, lang, tz = ctx.config.department_names(), ctx.config.language, ctx.config.tz
    if aggregate:
        return prompts_summary.aggregate_message(
            summary.aggregate(ctx, computed), lang=lang, tz=tz, department_names=names
        )
    text, blocks = prompts_summary.summary_message(
        computed, lang=lang, tz=tz, department_names=names, near_misses=summary.near_misses(ctx, session, computed)
    )
    figures = contacts.report_figures(session, computed.period_start, computed.period_end)
    extras = summary_extras(ctx, session, computed.period_start, period_end)
    return text, (blocks + extras + prompts_contacts.figures_blocks(figures, lang))[:50]


def summary_extras(ctx: Context, session: Session, period_start: datetime, period_end: datetime) -> list[Any]:
    """The office summary's sections beside its incident figures: the serious incidents reported to the
    group, and the drills with their scores (never counted in the figures)."""
    names, lang = ctx.config.department_names(), ctx.config.language
    serious = [
        serious_incident(ctx, session, i)
        for i in repo.incidents_with_message(session, Kind.GROUP_POST)
        if i.reported_at <= period_end and (i.closed_at is None or i.closed_at > period_start)
    ]
    return prompts_group.summary_blocks(serious, lang=lang) + prompts_drills.summary_blocks(
        drills.report_figures(session, period_start, period_end), lang=lang, department_names=names
    )


def summary_for_terminal(ctx: Context, period_end: datetime, *, with_chart: bool) -> tuple[Message, str, bytes | None]:
    """``leakbot summary``: the office's summary as of ``period_end``, the line that announces its chart (a
    terminal shows no attachment) and, when asked, the chart as PNG — from one computation."""
    with open_session(ctx.engine) as session:
        computed = summary.compute(ctx, session, period_end)
        figures = contacts.report_figures(session, computed.period_start, computed.period_end)
        near = summary.near_misses(ctx, session, computed)
        extras = summary_extras(ctx, session, computed.period_start, period_end)
    lang, tz = ctx.config.language, ctx.config.tz
    text, blocks = prompts_summary.summary_message(
        computed, lang=lang, tz=tz, department_names=ctx.config.department_names(), near_misses=near
    )
    message = (text, (blocks + extras + prompts_contacts.figures_blocks(figures, lang))[:50])
    png = prompts_chart.weekly_chart_png(computed.series, lang=lang, inquiries=computed.inquiries) if with_chart else None
    return message, prompts_summary.chart_note(len(computed.series), lang), png


# --- surfaces outside the outbox ----------------------------------------------------------------


def status_list(ctx: Context, incidents: Sequence[Incident], *, more: bool) -> Message:
    return prompts_status.status_list(
        list(incidents), more=more, department_names=ctx.config.department_names(), lang=ctx.config.language,
        tz=ctx.config.tz,
    )


def home_view(ctx: Context, session: Session, user: str, *, office: bool, desk: bool = False) -> dict[str, Any]:
    """The App Home tab of ``user``: their live tasks, the open incidents they are responsible for
    and, for the privacy office, every open incident; inquiry-desk operators also get every open
    incident's ID and status with the button that logs inquiries."""
    now, lang = ctx.now(), ctx.config.language
    candidates = repo.all_incidents(session) if office else repo.incidents_involving(session, user, include_all=False, limit=200)
    incidents = [i for i in candidates if i.closed_at is None]
    inquiry_counts = inquiry_figures.inquiry_totals(
        session, [i.id for i in incidents if i.id is not None], now=now, tz=ctx.config.tz
    )
    desk_rows = (
        [prompts_inquiries.DeskRow(i.public_id, i.phase)
         for i in sorted(repo.all_incidents(session), key=lambda i: i.reported_at) if i.closed_at is None]
        if desk else None
    )
    mine = list(repo.open_tasks(session, assignee=user))
    by_id = repo.incidents_by_ids(session, {x.incident_id for x in mine} | {i.id for i in incidents})
    overdue: dict[int, int] = {}
    for task in repo.open_tasks(session, incident_ids=[i.id for i in incidents]):
        if is_overdue(task.due_at, task.status, now):
            overdue[task.incident_id] = overdue.get(task.incident_id, 0) + 1

    def row(incident: Incident) -> dict[str, Any]:
        return prompts_home.home_row(
            incident_id=prompts_drills.mark_text(incident.public_id, lang) if incident.drill else incident.public_id,
            phase=incident.phase,
            department_name=ctx.config.department_name(incident.department_id),
            age=now - incident.reported_at, overdue=overdue.get(incident.id, 0), lang=lang,
            inquiries=inquiry_counts.get(incident.id, (0, 0)),
        )

    my_tasks: list[tuple[Task, Incident]] = [
        (task, by_id[task.incident_id])
        for task in mine
        if is_live(task.status, follow_up=task.follow_up, incident_closed=by_id[task.incident_id].closed_at is not None)
    ]
    responsible = [row(i) for i in incidents if user in (i.owner_id, i.deputy_id)]
    everything = [row(i) for i in sorted(incidents, key=lambda i: i.reported_at)] if office else None
    awaiting = None
    if office:
        pending = list(repo.statements_awaiting_review(session))
        owners = repo.incidents_by_ids(session, {r.incident_id for r in pending})
        pairs = [(r, owners[r.incident_id]) for r in pending]
        lines = prompts_recurrence.awaiting_lines(pairs, lang=lang, tz=ctx.config.tz)
        awaiting = [(incident.public_id, line) for (_, incident), line in zip(pairs, lines, strict=True)]
    view = prompts_home.home_view(
        lang=lang, tz=ctx.config.tz, now=now, my_tasks=my_tasks, my_incidents=responsible, all_open=everything,
        desk=desk_rows, awaiting_review=awaiting,
    )
    # Contact campaigns still under way among the incidents shown (issue 9).
    shown = [i for i in sorted(incidents, key=lambda i: i.reported_at) if office or user in (i.owner_id, i.deputy_id)]
    progress = contacts.progress_of_incidents(session, [i.id for i in shown])
    rows = [(i.public_id, progress[i.id]) for i in shown if i.id in progress]
    view["blocks"] = (view["blocks"] + prompts_contacts.home_blocks(rows, lang))[:100]
    return view


# --- issue 9: telling the people affected, publication, contractor/principal ----------------------


def issue9_card_lines(ctx: Context, session: Session, incident: Incident) -> tuple[str, ...]:
    """The card's lines for the contact campaign, the publication decision and the entrustment."""
    lang, tz = incident.language, ctx.config.tz
    progress, _ = contacts.state(session, incident.id)
    decision = publication.decision_view(publication.rows.latest_decision(session, incident.id))
    link = publication.link_view(publication.rows.link(session, incident.id))
    return (
        *prompts_contacts.card_lines(progress, lang),
        *prompts_publication.card_lines(decision, lang, tz),
        *prompts_contractor.card_lines(link, lang, tz),
    )


@renders(Kind.CONTACTS)
def _contacts(ctx: Context, session: Session, delivery: Delivery, incident: Incident | None, channel: str) -> Send:
    assert incident is not None
    # The campaign as it stood after the round this message announces (not as it is now).
    p = delivery.params
    batches = [contacts.rows.as_batch(b) for b in contacts.rows.batches(session, incident.id)][: p["seq"]]
    progress = contacts.progress(p["population"], batches)
    text, blocks = prompts_contacts.contacts_posted(
        incident_id=incident.public_id, user=delivery.params.get("user", ""), progress=progress,
        finished_now=bool(delivery.params.get("finished")), lang=incident.language,
        corrected=bool(delivery.params.get("corrected")),
    )
    return Send(channel, text, blocks)


@renders(Kind.PUBLICATION)
def _publication(ctx: Context, session: Session, delivery: Delivery, incident: Incident | None, channel: str) -> Send:
    assert incident is not None
    row = publication.rows.decision(session, incident.id, delivery.params["revision"])
    view = publication.decision_view(row)
    if view is None:
        raise Moot
    text, blocks = prompts_publication.publication_posted(
        view, incident_id=incident.public_id, lang=incident.language, tz=ctx.config.tz
    )
    return Send(channel, text, blocks)


@renders(Kind.CONTRACTOR)
def _contractor(ctx: Context, session: Session, delivery: Delivery, incident: Incident | None, channel: str) -> Send:
    assert incident is not None
    link = publication.link_view(publication.rows.link(session, incident.id))
    if link is None:
        raise Moot
    text, blocks = prompts_contractor.contractor_posted(
        link, incident_id=incident.public_id, user=delivery.params.get("user", ""), lang=incident.language,
        tz=ctx.config.tz,
    )
    return Send(channel, text, blocks)


# --- drills (issue 10 §2) ------------------------------------------------------------------------


@renders(Kind.DRILL_ENDED, Kind.DRILL_ENDED_OFFICE)
def _drill_ended(ctx: Context, session: Session, delivery: Delivery, incident: Incident | None, channel: str) -> Send:
    assert incident is not None and incident.closed_at is not None
    result = drills.drill_score(session, incident, incident.closed_at)
    if Kind(delivery.kind) is Kind.DRILL_ENDED:
        text, blocks = prompts_drills.ended_message(result, user=delivery.params["user"], lang=incident.language)
    else:
        department = ctx.config.department_name(incident.department_id)
        text, blocks = prompts_drills.ended_office(result, department_name=department, lang=incident.language)
    return Send(channel, text, blocks)


@renders(Kind.DRILL_ARCHIVE)
def _drill_archive(ctx: Context, session: Session, delivery: Delivery, incident: Incident | None, channel: str) -> Send:
    if repo.earlier_pending(session, delivery):
        raise NotReady  # the channel's last messages first: an archived channel takes none
    return Send(channel, "", archive=True)


# --- serious incidents to the group level (issue 10 §4) ------------------------------------------


def serious_incident(ctx: Context, session: Session, incident: Incident) -> prompts_group.SeriousIncident:
    directory = ctx.config.directory
    status = group.legal_status(session, incident)
    return prompts_group.SeriousIncident(
        incident_id=incident.public_id, company=directory.group.company_name(ctx.config.language),
        department=ctx.config.department_name(incident.department_id), event_type=incident.event_type,
        severity=incident.severity, phase=incident.phase, reported_at=incident.reported_at,
        legal={code: str(level) for code, level in status.items()} if status is not None else None,
        reasons=tuple(str(r) for r in group.reasons(ctx, session, incident)),
        people_over=directory.group.serious.people_over,
    )


@renders(Kind.GROUP_POST, Kind.GROUP_UPDATE)
def _group(ctx: Context, session: Session, delivery: Delivery, incident: Incident | None, channel: str) -> Send:
    assert incident is not None and incident.id is not None
    view = serious_incident(ctx, session, incident)
    text, blocks = prompts_group.group_message(view, lang=ctx.config.language, tz=ctx.config.tz)
    if Kind(delivery.kind) is Kind.GROUP_POST:
        return Send(channel, text, blocks)
    ts = repo.delivered_ts(session, group.post_key(incident.id))
    if ts is None and repo.delivery_failed(session, group.post_key(incident.id)):
        raise Moot  # the post never went out (e.g. the bot is not in the channel): nothing to update
    if ts is None:
        raise NotReady  # the post itself has not gone out yet
    return Send(channel, text, blocks, update_ts=ts)
