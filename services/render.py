"""Turning stored incidents into messages: the one place that gathers what a card shows."""

from __future__ import annotations

from sqlmodel import Session

from domain import escalation
from domain.incidents import DataCategory, EventType, SeverityHint, Tri, severity_hint
from prompts.card import CardContext, SecondReportMeta, incident_card
from prompts.common import Message
from services.context import Context
from storage import repo
from storage.models import Incident


def severity_of(incident: Incident) -> SeverityHint:
    return severity_hint(
        event_type=EventType(incident.event_type),
        data_categories=frozenset(DataCategory(c) for c in incident.data_categories),
        people_count=incident.people_count,
        encrypted=Tri(incident.encrypted),
    )


def card(ctx: Context, session: Session, incident: Incident, *, for_office: bool = False, with_buttons: bool = True) -> Message:
    latest = repo.latest_second_report(session, incident.id)
    meta = SecondReportMeta(latest.revision, latest.submitted_at, latest.submitted_by) if latest else None
    return incident_card(
        incident,
        CardContext(
            lang=incident.language,
            tz=ctx.tz,
            department_name=ctx.department_name(incident.department_id),
            severity=severity_of(incident),
            escalation_at=escalation.step_due_at(incident.reported_at, incident.escalation_step + 1, ctx.ack_timeout),
            second_report=meta,
            for_office=for_office,
            with_buttons=with_buttons,
        ),
    )
