"""Tables. One row family per concept; free text lives only where a person typed it (the reports).

The bot never stores the leaked records themselves: reports carry categories and counts, and
outbox rows carry IDs and numbers from which messages are rendered at send time.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import JSON, Column, Index, UniqueConstraint, text
from sqlmodel import Field, SQLModel

from storage.types import UTCDateTime


def _dt(nullable: bool = True, index: bool = False) -> Any:
    return Field(default=None, sa_column=Column(UTCDateTime(), nullable=nullable, index=index))


class IncidentSequence(SQLModel, table=True):
    """The last number handed out per year, for ``LEAK-YYYY-NNNN`` (allocated with an atomic upsert)."""

    __tablename__ = "incident_sequence"
    year: int = Field(primary_key=True)
    last: int = 0


#: Open incidents nobody acknowledged: few at any time, scanned by every sweep for escalation.
_UNACKED_OPEN = text("acked_at IS NULL AND closed_at IS NULL")


class Incident(SQLModel, table=True):
    __tablename__ = "incident"
    __table_args__ = (
        UniqueConstraint("year", "seq"),
        Index("ix_incident_escalation_due", "escalation_due_at", sqlite_where=_UNACKED_OPEN, postgresql_where=_UNACKED_OPEN),
    )

    id: int | None = Field(default=None, primary_key=True)
    public_id: str = Field(max_length=32, unique=True, index=True)
    #: The submitted modal's view ID: a double-clicked submit or a retried request finds it taken.
    source_key: str = Field(max_length=64, unique=True)
    year: int
    seq: int

    # First report (第一報)
    department_id: str = Field(max_length=64, index=True)
    event_type: str = Field(max_length=32)
    occurred_at: datetime | None = _dt()
    discovered_at: datetime = _dt(nullable=False)
    location: str = ""
    data_categories: list[str] = Field(default_factory=list, sa_column=Column(JSON, nullable=False))
    people_count: int | None = None
    encrypted: str = Field(max_length=16)
    third_party: str = Field(max_length=16)
    actions_taken: str = ""
    description: str = ""
    reporter_id: str = Field(max_length=32, index=True)
    reporter_hidden: bool = False
    severity: str = Field(max_length=16)
    language: str = Field(default="ja", max_length=8)

    # People, resolved to Slack user IDs when mobilizing (a snapshot: the directory may change later)
    owner_id: str | None = Field(default=None, max_length=32, index=True)
    deputy_id: str | None = Field(default=None, max_length=32, index=True)

    # Lifecycle
    phase: str = Field(default="reported", max_length=16, index=True)
    reported_at: datetime = _dt(nullable=False)
    acked_at: datetime | None = _dt()
    acked_by: str | None = Field(default=None, max_length=32)
    closed_at: datetime | None = _dt()
    closed_by: str | None = Field(default=None, max_length=32)
    measures_done: str = ""
    measures_planned: str = ""
    escalation_step: int = 0
    #: When the next escalation step falls due (the schedule materialized for the sweep's index;
    #: the step itself is always recomputed from ``reported_at`` and the ack timeout).
    escalation_due_at: datetime | None = _dt()

    # Mobilization: each Slack step records its result, so a retry or restart resumes where it stopped
    channel_id: str | None = Field(default=None, max_length=32, index=True)
    channel_name: str | None = Field(default=None, max_length=80)
    people_resolved_at: datetime | None = _dt()
    invited_at: datetime | None = _dt()
    topic_set_at: datetime | None = _dt()
    card_ts: str | None = Field(default=None, max_length=32)
    task_list_ts: str | None = Field(default=None, max_length=32)
    playbook_applied_at: datetime | None = _dt()
    office_notice_ts: str | None = Field(default=None, max_length=32)
    receipt_sent_at: datetime | None = _dt()
    mobilized_at: datetime | None = _dt(index=True)
    mobilize_attempts: int = 0
    mobilize_next_at: datetime | None = _dt()
    lease_owner: str | None = Field(default=None, max_length=64)
    lease_until: datetime | None = _dt()


class SecondReportRevision(SQLModel, table=True):
    """Every submission of the second report (第二報) is kept as a new revision."""

    __tablename__ = "second_report"
    __table_args__ = (UniqueConstraint("incident_id", "revision"),)

    id: int | None = Field(default=None, primary_key=True)
    incident_id: int = Field(foreign_key="incident.id", index=True)
    revision: int
    source_key: str = Field(max_length=64, unique=True)
    submitted_by: str = Field(max_length=32)
    submitted_at: datetime = _dt(nullable=False)
    what_happened: str = ""
    who: str = ""
    cause: str = ""
    occurred_at: datetime | None = _dt()
    location: str = ""
    data_categories: list[str] = Field(default_factory=list, sa_column=Column(JSON, nullable=False))
    data_items: str = ""
    people_count: int | None = None
    count_basis: str = Field(max_length=16)
    how_discovered: str = ""
    secondary_harm: str = Field(max_length=16)
    secondary_harm_detail: str = ""
    third_party: str = Field(max_length=16)
    third_party_detail: str = ""


class TimelineEntry(SQLModel, table=True):
    """Append-only: the repository offers no update or delete, and the migration adds database
    triggers that refuse them, so the record stays trustworthy."""

    __tablename__ = "timeline_entry"

    id: int | None = Field(default=None, primary_key=True)
    incident_id: int = Field(foreign_key="incident.id", index=True)
    at: datetime = _dt(nullable=False)
    actor: str = Field(max_length=32)  # Slack user ID, or "leakbot" for the bot's own acts
    event: str = Field(max_length=32)
    data: dict[str, Any] = Field(default_factory=dict, sa_column=Column(JSON, nullable=False))


class Delivery(SQLModel, table=True):
    """Outbox: a Slack message decided in a transaction, sent afterwards, exactly once per key.

    ``dedupe_key`` makes the decision idempotent (two replicas deciding the same escalation insert
    one row); the lease makes the sending single (a replica claims a row before sending it).
    """

    __tablename__ = "delivery"
    __table_args__ = (Index("ix_delivery_pending", "status", "next_attempt_at"),)

    id: int | None = Field(default=None, primary_key=True)
    dedupe_key: str = Field(max_length=200, unique=True)
    incident_id: int | None = Field(default=None, foreign_key="incident.id", index=True)
    kind: str = Field(max_length=32)
    recipient: str = Field(max_length=32)  # user ID (DM) or channel ID
    params: dict[str, Any] = Field(default_factory=dict, sa_column=Column(JSON, nullable=False))
    status: str = Field(default="pending", max_length=16)  # pending | sent | failed
    attempts: int = 0
    next_attempt_at: datetime = _dt(nullable=False)
    lease_owner: str | None = Field(default=None, max_length=64)
    lease_until: datetime | None = _dt()
    created_at: datetime = _dt(nullable=False)
    sent_at: datetime | None = _dt()
    result_ts: str | None = Field(default=None, max_length=32)
    last_error: str | None = Field(default=None, max_length=200)


class Task(SQLModel, table=True):
    """A countermeasure with an assignee and a due time.

    ``next_remind_at`` is the schedule materialized: when the sweep must look at the task again
    (NULL when nothing more is due — done, cancelled, or its incident closed without carrying it
    over). The sweep selects due rows through its index alone, so its cost does not grow with the
    number of tasks. ``reminders_sent`` counts consumed schedule steps; claiming a reminder is a
    compare-and-set on it.
    """

    __tablename__ = "task"
    __table_args__ = (UniqueConstraint("incident_id", "key"), Index("ix_task_next_remind_at", "next_remind_at"))

    id: int | None = Field(default=None, primary_key=True)
    incident_id: int = Field(foreign_key="incident.id", index=True)
    #: The playbook item key (so re-applying a playbook never duplicates), or None for manual tasks.
    key: str | None = Field(default=None, max_length=64)
    title: str = Field(max_length=200)
    notes: str = ""
    assignee: str | None = Field(default=None, max_length=32, index=True)
    due_at: datetime = _dt(nullable=False)
    phase: str = Field(max_length=16)
    status: str = Field(default="open", max_length=16)
    kind: str = Field(default="ordinary", max_length=16)
    follow_up: bool = False
    created_by: str = Field(max_length=32)
    created_at: datetime = _dt(nullable=False)
    updated_at: datetime = _dt(nullable=False)
    completed_at: datetime | None = _dt()
    completed_by: str | None = Field(default=None, max_length=32)
    #: Steps before this instant are not sent (the task did not exist, or its due time changed).
    schedule_from: datetime = _dt(nullable=False)
    snoozed_until: datetime | None = _dt()
    reminders_sent: int = 0
    overdue_nags: int = 0
    escalated_at: datetime | None = _dt()
    next_remind_at: datetime | None = _dt()


class SummaryRun(SQLModel, table=True):
    """One row per weekly-summary occurrence: the unique key makes it post once across replicas,
    and after downtime only the latest missed occurrence is posted."""

    __tablename__ = "summary_run"

    occurrence_at: datetime = Field(sa_column=Column(UTCDateTime(), primary_key=True))
    created_at: datetime = _dt(nullable=False)
    posted: bool = True


class LegalAssessment(SQLModel, table=True):
    """Every legal assessment of an incident, kept (append-only): the facts used, the facts the
    reports implied at the time (to tell hand-set answers from derived ones on re-runs), the rule
    set, the outcome digest used to announce changes of answer, and the whole result as announced."""

    __tablename__ = "legal_assessment"
    __table_args__ = (UniqueConstraint("incident_id", "revision"),)

    id: int | None = Field(default=None, primary_key=True)
    incident_id: int = Field(foreign_key="incident.id", index=True)
    revision: int
    facts: dict[str, Any] = Field(default_factory=dict, sa_column=Column(JSON, nullable=False))
    derived: dict[str, Any] = Field(default_factory=dict, sa_column=Column(JSON, nullable=False))
    ruleset_override: str | None = Field(default=None, max_length=32)
    ruleset_version: str = Field(max_length=32)
    outcome: dict[str, Any] = Field(default_factory=dict, sa_column=Column(JSON, nullable=False))
    # The whole assessment as announced (domain.legal.record); None on rows written before it was kept.
    result: dict[str, Any] | None = Field(default=None, sa_column=Column(JSON, nullable=True))
    trigger: str = Field(max_length=16)  # reported | manual | second_report
    actor: str = Field(max_length=32)
    created_at: datetime = _dt(nullable=False)


class RequestReplay(SQLModel, table=True):
    """One interactive request (a modal submission or a button press) and the answer it got.

    ``key`` is a digest of what identifies the request (view ID, hash and state; action ID, message
    ts and action ts), never its content. A replay of the same request finds its row and gets the
    stored ``answer`` (the ack's status and body: IDs and localized texts, no report text) without
    running the listener again; a row without an answer is a request still being handled.
    """

    __tablename__ = "request_replay"

    key: str = Field(primary_key=True, max_length=64)
    created_at: datetime = _dt(nullable=False, index=True)
    status: int | None = None
    answer: dict[str, Any] | None = Field(default=None, sa_column=Column(JSON, nullable=True))
