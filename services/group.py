"""Serious incidents to the group level (issue 10 §4).

When an incident becomes serious under the directory's rules (``domain.group``) it is posted to the
group's central office channel at once — ID, company and department, event type, severity, phase
and the PPC-report status; never free text — and that one post is updated in place whenever the
phase or the legal status changes. Both go through the outbox: decided in the transaction of the
change that calls for them, sent once. A drill is never posted.
"""

from __future__ import annotations

from sqlmodel import Session

from domain.group import SeriousReason, serious_reasons
from domain.legal import DUTY_LEVELS
from domain.legal.codes import Jurisdiction, Requirement
from domain.legal.outcome import Duty
from domain.legal.outcome import from_json as outcome_from_json
from domain.timeline import BOT, Event
from services.context import Context
from services.queue import Kind
from services.uow import UnitOfWork
from storage import repo
from storage.models import Incident

#: The jurisdictions whose report to the PPC the group hears about.
JAPANESE_REPORTS = (Jurisdiction.APPI, Jurisdiction.MYNUMBER)
#: The outbox key of an incident's one group post (its updates edit that message).
POST = "post"


def post_key(incident_id: int) -> str:
    return f"{incident_id}:{Kind.GROUP_POST}:{POST}"


def legal_status(session: Session, incident: Incident) -> dict[str, Requirement] | None:
    """The PPC-report level per Japanese law in the latest assessment (None: not assessed yet)."""
    assert incident.id is not None
    row = repo.latest_assessment(session, incident.id)
    if row is None:
        return None
    outcome = outcome_from_json(row.outcome)
    status: dict[str, Requirement] = {}
    for code in JAPANESE_REPORTS:
        found = outcome.get(code)
        level = found.duty(Duty.REGULATOR_REPORT) if found is not None else None
        status[code] = level if level is not None else Requirement.NOT_APPLICABLE
    return status


def reasons(ctx: Context, session: Session, incident: Incident) -> tuple[SeriousReason, ...]:
    status = legal_status(session, incident) or {}
    return serious_reasons(
        ctx.config.directory.group.serious, drill=incident.drill, severity=incident.severity,
        reportable=any(level in DUTY_LEVELS for level in status.values()), people_count=incident.people_count,
        event_type=incident.event_type, department_id=incident.department_id,
    )


def sync(uow: UnitOfWork, incident: Incident, change: str) -> None:
    """After a change of ``incident`` (``change`` names it, for once-only updates): post it to the
    group channel if it has just become serious, or update the post if there is one."""
    channel = uow.ctx.config.directory.group.channel
    if channel is None or incident.drill or incident.id is None:
        return
    session = uow.session
    current = repo.get_incident(session, incident.id) or incident
    if repo.decided(session, post_key(incident.id)):
        uow.say(current, Kind.GROUP_UPDATE, change, recipient=channel)
        return
    why = reasons(uow.ctx, session, current)
    if why and uow.say(current, Kind.GROUP_POST, POST, recipient=channel):
        uow.record(incident.id, Event.GROUP_NOTIFIED, actor=BOT, data={"reasons": list(why)})
