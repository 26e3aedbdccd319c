"""Use cases on an incident: file the first report, acknowledge, file a second report, change phase.

Each one is a single transaction that checks the rules (``domain``), changes the state with a
compare-and-set (so a double click or a second replica cannot apply it twice), appends to the
timeline and records the messages it calls for in the outbox. Sending happens afterwards.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass

from sqlalchemy.exc import IntegrityError

from domain import access
from domain.incidents import FirstReport, public_id, severity_hint
from domain.leak_patterns import detect
from domain.phases import Closure, Phase, PhaseChangeRefused, can_change_phase, check_phase_change, next_phases
from domain.recurrence import may_close
from domain.second_report import SecondReport
from domain.tasks import TaskStatus, check_close
from domain.timeline import Event
from services import group
from services.context import Context
from services.queue import Kind
from services.recurrence import closure_of
from services.results import Outcome, Result
from services.tasks import carry_over_open_tasks
from services.uow import UnitOfWork
from storage import repo
from storage.db import session as open_session
from storage.models import Incident, SecondReportRevision, Task

__all__ = [
    "Incident", "PhaseForm", "acknowledge", "change_phase", "file_first_report", "file_second_report", "find",
    "flag_pasted_data", "latest_second_report", "phase_form",
]

log = logging.getLogger(__name__)


def file_first_report(
    ctx: Context, report: FirstReport, *, reporter: str, source_key: str, drill: bool = False
) -> tuple[Incident, bool]:
    """Save a first report as a new incident (or, with ``drill``, a drill: its own ``DRILL-`` sequence);
    ``(incident, created)``.

    ``source_key`` is the submitted modal's view ID: a retried or double-clicked submission finds
    the incident already there and gets it back with ``created=False``.
    """
    now = ctx.now()
    year = now.astimezone(ctx.config.tz).year
    hint = severity_hint(
        event_type=report.event_type,
        data_categories=report.data_categories,
        people_count=report.people_count,
        encrypted=report.encrypted,
    )
    with UnitOfWork(ctx) as uow:
        session = uow.session
        # No look-up first: this runs before the ack, and the unique source key already turns a
        # duplicate into an IntegrityError (whose rollback also returns the sequence number).
        try:
            seq = repo.next_drill_sequence(session, year) if drill else repo.next_sequence(session, year)
            incident = repo.add_first_report(
                session, report, public_id=public_id(year, seq, drill=drill), year=year, seq=seq, source_key=source_key,
                reporter=reporter, severity=hint.level, language=ctx.config.language, reported_at=now,
                escalation_due_at=now + ctx.config.ack_timeout, drill=drill,
            )
            data = {"severity": hint.level, "event_type": report.event_type, "reporter_hidden": report.hide_reporter}
            uow.record(incident.id, Event.REPORTED, actor=reporter, at=now, data={**data, "drill": True} if drill else data)
            uow.commit()
        except IntegrityError as exc:
            uow.rollback()
            existing = repo.incident_by_source_key(session, source_key) if repo.is_unique_violation(exc) else None
            if existing is None:
                raise
            return existing, False
    log.info("incident %s reported (severity %s)", incident.public_id, hint.level)
    return incident, True


def find(ctx: Context, public_incident_id: str) -> Incident | None:
    with open_session(ctx.engine) as session:
        return repo.incident_by_public_id(session, public_incident_id)


def latest_second_report(ctx: Context, incident: Incident) -> SecondReportRevision | None:
    """The newest second report (the form starts from it), or None."""
    with open_session(ctx.engine) as session:
        return repo.latest_second_report(session, incident.id)


@dataclass(frozen=True)
class PhaseForm:
    """What the phase-change form offers: the current phase, where it may go, the open tasks."""

    current: Phase
    choices: tuple[Phase, ...]
    open_tasks: list[Task]


def phase_form(ctx: Context, incident: Incident) -> PhaseForm | None:
    """The phase-change form's content; None when the phase can no longer change (closed)."""
    current = Phase(incident.phase)
    if not can_change_phase(current):
        return None
    with open_session(ctx.engine) as session:
        open_tasks = [x for x in repo.tasks_of(session, incident.id) if x.status == TaskStatus.OPEN]
    return PhaseForm(current, next_phases(current), open_tasks)


def acknowledge(ctx: Context, incident: Incident, user: str) -> Result:
    """The owner or deputy says "I have it": recorded once; escalation stops."""
    people = access.IncidentPeople(incident.reporter_id, incident.owner_id, incident.deputy_id)
    if not access.can_acknowledge(people, access.Viewer(user)):
        return Result(Outcome.DENIED, incident)
    now = ctx.now()
    with UnitOfWork(ctx) as uow:
        current = repo.get_incident(uow.session, incident.id)
        if current.closed_at is not None:
            return Result(Outcome.CLOSED, current)
        if not repo.compare_and_set(uow.session, incident.id, {"acked_at": None}, acked_at=now, acked_by=user):
            uow.rollback()
            return Result(Outcome.ALREADY_ACKED, repo.get_incident(uow.session, incident.id))
        _record_ack(uow, current, user, implicit=False)
        uow.commit()
        return Result(Outcome.DONE, repo.get_incident(uow.session, incident.id))


def _record_ack(uow: UnitOfWork, incident: Incident, user: str, *, implicit: bool) -> None:
    entry = uow.record(incident.id, Event.ACKNOWLEDGED, actor=user, data={"implicit": implicit})
    uow.say(incident, Kind.CARD_REFRESH, f"t{entry.id}")
    uow.say(incident, Kind.NOTICE, "ack", key="channel.acked", values={"user": user})


def file_second_report(
    ctx: Context, incident: Incident, report: SecondReport, *, user: str, source_key: str
) -> SecondReportRevision:
    """Keep a new revision of the second report and announce it in the channel."""
    now = ctx.now()
    with UnitOfWork(ctx) as uow:
        session = uow.session
        existing = repo.second_report_by_source_key(session, source_key)
        if existing is not None:
            return existing
        for attempt in range(3):
            try:
                row = repo.add_second_report(
                    session, incident.id, report, source_key=source_key, submitted_by=user, submitted_at=now
                )
                uow.record(incident.id, Event.SECOND_REPORT, actor=user, at=now, data={"revision": row.revision})
                uow.say(incident, Kind.SECOND_REPORT, f"r{row.revision}", revision=row.revision)
                uow.say(incident, Kind.CARD_REFRESH, f"r{row.revision}")
                uow.commit()
                return row
            except IntegrityError as exc:
                uow.rollback()
                existing = repo.second_report_by_source_key(session, source_key)
                if existing is not None:
                    return existing
                if not repo.is_unique_violation(exc) or attempt == 2:
                    raise
    raise RuntimeError("unreachable")


def change_phase(
    ctx: Context,
    incident: Incident,
    *,
    user: str,
    target: Phase,
    closure: Closure | None,
    viewer: access.Viewer,
    carry_over: bool = False,
) -> Result:
    """Move the incident to ``target``. Closing needs the recurrence-prevention statement approved
    by the office (``services.recurrence``; it becomes the closure, whatever ``closure`` says) and
    every open countermeasure done, cancelled or carried over (``carry_over``) as a follow-up —
    the approved plan's tasks already are follow-ups; closing stops every other reminder.

    Raises ``PhaseChangeRefused`` / ``ValidationFailed`` from the domain for the modal to show.
    An owner or deputy who changes the phase has evidently picked the incident up, so an open
    acknowledgement is recorded for them at the same time (escalation stops).
    """
    people = access.IncidentPeople(incident.reporter_id, incident.owner_id, incident.deputy_id)
    if not access.is_manager(people, viewer):
        return Result(Outcome.DENIED, incident)
    now = ctx.now()
    with UnitOfWork(ctx) as uow:
        session = uow.session
        current = repo.get_incident(session, incident.id)
        source = Phase(current.phase)
        if target is Phase.CLOSED and target in next_phases(source):
            status, closure = closure_of(session, incident.id)
            if not may_close(status):
                raise PhaseChangeRefused(f"recurrence_{status or 'missing'}")
        statement = check_phase_change(source, target, closure)
        values: dict = {"phase": target}
        if target is Phase.CLOSED:
            assert statement is not None
            open_count = sum(1 for x in repo.tasks_of(session, incident.id) if x.status == TaskStatus.OPEN and not x.follow_up)
            check_close(open_count, carry_over)
            values.update(
                closed_at=now,
                closed_by=user,
                measures_done=statement.measures_done,
                measures_planned=statement.measures_planned,
            )
        if not repo.compare_and_set(session, incident.id, {"phase": source, "closed_at": None}, **values):
            uow.rollback()
            closed = Phase(repo.get_incident(session, incident.id).phase) is Phase.CLOSED
            return Result(Outcome.CLOSED if closed else Outcome.DUPLICATE)
        if current.acked_at is None and user in {current.owner_id, current.deputy_id}:
            if repo.compare_and_set(session, incident.id, {"acked_at": None}, acked_at=now, acked_by=user):
                _record_ack(uow, current, user, implicit=True)
        entry = uow.record(incident.id, Event.PHASE_CHANGED, actor=user, at=now, data={"from": source, "to": target})
        uow.say(current, Kind.CARD_REFRESH, f"t{entry.id}")
        group.sync(uow, current, f"t{entry.id}")  # the group channel's post shows the new phase
        if target is Phase.CLOSED:
            carry_over_open_tasks(uow, current, user=user)
            uow.say(current, Kind.TASK_LIST, f"t{entry.id}")
            uow.record(incident.id, Event.CLOSED, actor=user, at=now, data={})
            uow.say(current, Kind.CLOSED, "closed")
            uow.say(current, Kind.OFFICE_CLOSED, "closed", recipient=ctx.config.directory.office_channel)
        else:
            uow.say(
                current, Kind.NOTICE, f"t{entry.id}", key="channel.phase", values={"user": user},
                phases={"from_phase": source, "to_phase": target},
            )
        uow.commit()
        return Result(Outcome.DONE, repo.get_incident(session, incident.id))


def flag_pasted_data(ctx: Context, *, channel: str, ts: str, user: str, text: str) -> bool:
    """If a message in an incident channel looks like leaked data, record that (kinds only, never
    the text) and queue a warning in its thread. Idempotent per message: Slack's retries of the
    same event find the warning already queued."""
    signs = detect(text)
    if not signs:
        return False
    with UnitOfWork(ctx) as uow:
        incident = repo.incident_by_channel(uow.session, channel)
        if incident is None:
            return False
        if uow.say(incident, Kind.DATA_WARNING, f"ts{ts}", thread_ts=ts, signs=list(signs)):
            uow.record(incident.id, Event.DATA_WARNING, actor=user, data={"ts": ts, "signs": list(signs)})
        uow.commit()
    log.warning("incident %s: a message looks like leaked data (%s)", incident.public_id, ", ".join(signs))
    return True
