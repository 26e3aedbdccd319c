"""Deciding a message: the kinds the outbox sends, and recording one in a transaction.

Services that decide (incidents, tasks, legal, summary) use this module; ``services.outbox``
renders and sends what was recorded. Keeping the two apart keeps the import graph acyclic.
"""

from enum import StrEnum
from typing import Any

from sqlmodel import Session

from services.context import Context
from storage import repo
from storage.models import Incident

#: Recipient placeholder for "the incident's channel, once it exists".
INCIDENT_CHANNEL = "#incident"


class Kind(StrEnum):
    ESCALATION_DM = "escalation_dm"
    CARD_REFRESH = "card_refresh"
    NOTICE = "notice"  # a one-line channel notice from the catalog
    SECOND_REPORT = "second_report"
    CLOSED = "closed"
    OFFICE_CLOSED = "office_closed"
    TASK_LIST = "task_list"  # refresh the channel's task list message in place
    TASK_ASSIGNED = "task_assigned"
    TASK_REMINDER = "task_reminder"
    TASK_ESCALATION = "task_escalation"
    DATA_WARNING = "data_warning"  # a pasted message looks like leaked data: flag it in its thread
    LEGAL_RESULT = "legal_result"  # the legal assessment, announced in the channel
    SUMMARY = "summary"  # the weekly summary message (full, or aggregate-only)
    SUMMARY_CHART = "summary_chart"  # its PNG chart, uploaded beside it


def enqueue(
    session: Session,
    ctx: Context,
    incident: Incident,
    kind: Kind,
    dedupe: str,
    *,
    recipient: str = INCIDENT_CHANNEL,
    **params: Any,
) -> bool:
    return repo.enqueue(
        session,
        dedupe_key=f"{incident.id}:{kind}:{dedupe}",
        kind=kind,
        recipient=recipient,
        incident_id=incident.id,
        params=params,
        now=ctx.now(),
    )
