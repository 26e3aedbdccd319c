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
        # Drills have their own sequence (DRILL-YYYY-NNNN), so a number is unique per year and kind.
        UniqueConstraint("year", "seq", "drill", name="uq_incident_year_seq_drill"),
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

    # Near misses (ヒヤリハット, migration 0012): no channel, no escalation; numbered NM-YYYY-NNNN.
    near_miss: bool = Field(default=False, sa_column_kwargs={"server_default": text("false")})
    #: What stopped it (near misses only).
    stopped_by: str = Field(default="", sa_column_kwargs={"server_default": ""})
    # Drills (訓練, issue 10 §2): the whole flow runs, marked; never counted as an incident.
    drill: bool = Field(default=False, sa_column_kwargs={"server_default": text("false")})


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


# --- issue 9: contact campaign, publication decision, contractor/principal (migration 0010) --------
# Counts, channels, dates, decisions and the team's short assessments — never who the affected people are.


class ContactCampaign(SQLModel, table=True):
    """How many people must be told about an incident (本人への連絡); one per incident."""

    __tablename__ = "contact_campaign"

    id: int | None = Field(default=None, primary_key=True)
    incident_id: int = Field(foreign_key="incident.id", unique=True)
    population: int
    created_at: datetime = _dt(nullable=False)
    finished_at: datetime | None = _dt()
    updated_by: str = Field(max_length=32)
    updated_at: datetime = _dt(nullable=False)


class ContactBatch(SQLModel, table=True):
    """One batch of a contact campaign: a channel, when, how many contacted, reached, undeliverable."""

    __tablename__ = "contact_batch"
    __table_args__ = (UniqueConstraint("incident_id", "seq"),)

    id: int | None = Field(default=None, primary_key=True)
    incident_id: int = Field(foreign_key="incident.id", index=True)
    seq: int
    channel: str = Field(max_length=16)
    sent_at: datetime = _dt(nullable=False)
    sent: int
    reached: int = 0
    undeliverable: int = 0
    #: The submitted modal's view ID: a double submission of the same form records one round.
    source_key: str | None = Field(default=None, max_length=64, unique=True)
    recorded_by: str = Field(max_length=32)
    recorded_at: datetime = _dt(nullable=False)


class PublicationDecisionRow(SQLModel, table=True):
    """Every publication decision (公表判断) of an incident, kept; the latest one is in force."""

    __tablename__ = "publication_decision"
    __table_args__ = (UniqueConstraint("incident_id", "revision"),)

    id: int | None = Field(default=None, primary_key=True)
    incident_id: int = Field(foreign_key="incident.id", index=True)
    revision: int
    criteria: dict[str, Any] = Field(default_factory=dict, sa_column=Column(JSON, nullable=False))
    decision: str = Field(max_length=16)
    reason: str = ""
    approver_kind: str = Field(max_length=16)
    approver: str = Field(max_length=32)
    published_at: datetime | None = _dt()
    methods: list[str] = Field(default_factory=list, sa_column=Column(JSON, nullable=False))
    principal_agreed: str | None = Field(default=None, max_length=16)
    source_key: str | None = Field(default=None, max_length=64, unique=True)
    decided_by: str = Field(max_length=32)
    decided_at: datetime = _dt(nullable=False)


class ContractorLink(SQLModel, table=True):
    """The entrustment behind an incident: the other company's name, our side of it, the notice
    to the principal (規則9条) and its answer, or the date our contractor reported to us."""

    __tablename__ = "contractor_link"

    id: int | None = Field(default=None, primary_key=True)
    incident_id: int = Field(foreign_key="incident.id", unique=True)
    our_role: str = Field(max_length=16)
    counterparty: str = Field(max_length=100)
    contractor_reported_at: datetime | None = _dt()
    notified_at: datetime | None = _dt()
    notified_by: str | None = Field(default=None, max_length=32)
    notice_method: str | None = Field(default=None, max_length=16)
    answer: str | None = Field(default=None, max_length=24)
    answered_at: datetime | None = _dt()
    updated_by: str = Field(max_length=32)
    updated_at: datetime = _dt(nullable=False)
# --- the inquiry desk and its FAQ (issue 9 §2) ----------------------------------------------------


class Inquiry(SQLModel, table=True):
    """A batch of inquiries logged by the desk: channel, category, how many and when. ``summary`` is
    the optional one-line question, refused at input when it looks like personal data; the people
    who asked are never recorded."""

    __tablename__ = "inquiry"
    __table_args__ = (Index("ix_inquiry_incident_received", "incident_id", "received_at"),)

    id: int | None = Field(default=None, primary_key=True)
    incident_id: int = Field(foreign_key="incident.id")
    #: The submitted modal's view ID: a retried submission finds it taken.
    source_key: str = Field(max_length=64, unique=True)
    channel: str = Field(max_length=16)
    category: str = Field(max_length=32)
    count: int
    received_at: datetime = _dt(nullable=False, index=True)
    summary: str = ""
    logged_by: str = Field(max_length=32)
    logged_at: datetime = _dt(nullable=False)


class FaqEntry(SQLModel, table=True):
    """One question of an incident's FAQ, numbered per incident (Q1, Q2, …); its text is in versions."""

    __tablename__ = "faq_entry"
    __table_args__ = (UniqueConstraint("incident_id", "number"),)

    id: int | None = Field(default=None, primary_key=True)
    incident_id: int = Field(foreign_key="incident.id", index=True)
    number: int
    created_by: str = Field(max_length=32)
    created_at: datetime = _dt(nullable=False)


class FaqVersion(SQLModel, table=True):
    """Every edit of a FAQ entry is a new version (kept): the latest is what the FAQ shows."""

    __tablename__ = "faq_version"
    __table_args__ = (UniqueConstraint("entry_id", "version"),)

    id: int | None = Field(default=None, primary_key=True)
    entry_id: int = Field(foreign_key="faq_entry.id", index=True)
    version: int
    source_key: str = Field(max_length=64, unique=True)
    question: str
    answer: str
    removed: bool = False
    edited_by: str = Field(max_length=32)
    edited_at: datetime = _dt(nullable=False)
# --- recurrence prevention, reviewed (migration 0012) ------------------------------------------


class RecurrenceStatement(SQLModel, table=True):
    """Every version of an incident's recurrence-prevention statement (再発防止策), kept.

    ``planned`` holds the planned measures as ``[{"title", "assignee", "due_at"}]`` (the tasks made
    from them on approval point back with ``Task.key = "recurrence:<version>:<n>"``). ``status`` is
    the version's review state (submitted → returned | approved), changed by compare-and-set.
    """

    __tablename__ = "recurrence_statement"
    __table_args__ = (UniqueConstraint("incident_id", "version"),)

    id: int | None = Field(default=None, primary_key=True)
    incident_id: int = Field(foreign_key="incident.id", index=True)
    version: int
    source_key: str = Field(max_length=64, unique=True)
    submitted_by: str = Field(max_length=32)
    submitted_at: datetime = _dt(nullable=False)
    direct_cause: str = ""
    root_cause: str = ""
    measures_taken: str = ""
    planned: list[dict[str, Any]] = Field(default_factory=list, sa_column=Column(JSON, nullable=False))
    status: str = Field(default="submitted", max_length=16, index=True)
    reviewed_by: str | None = Field(default=None, max_length=32)
    reviewed_at: datetime | None = _dt()


class RecurrenceReview(SQLModel, table=True):
    """Every review decision of the office on a statement version, with its comment (添削), kept."""

    __tablename__ = "recurrence_review"

    id: int | None = Field(default=None, primary_key=True)
    statement_id: int = Field(foreign_key="recurrence_statement.id", index=True)
    incident_id: int = Field(foreign_key="incident.id", index=True)
    decision: str = Field(max_length=16)
    comment: str = ""
    reviewer: str = Field(max_length=32)
    at: datetime = _dt(nullable=False)
# --- drills (issue 10 §2) ---------------------------------------------------------------------


class DrillSequence(SQLModel, table=True):
    """The last drill number handed out per year, for ``DRILL-YYYY-NNNN`` (its own sequence)."""

    __tablename__ = "drill_sequence"
    year: int = Field(primary_key=True)
    last: int = 0
class PostAttempt(SQLModel, table=True):
    """A Slack post that may have landed without its answer reaching us (exactly-once posts).

    Written and committed *before* ``chat.postMessage`` is called, deleted with the result once the
    outcome is known. A row that is still here when the post is tried again (an ambiguous answer, a
    crash mid-call, a lease taken over from a dead worker) means: look for ``key`` in the message
    metadata of the conversation since ``started_at`` before posting again. ``key`` names the post
    (``delivery:<id>``, ``<incident>:card``…); it is never report text.
    """

    __tablename__ = "post_attempt"

    key: str = Field(primary_key=True, max_length=200)
    channel: str = Field(max_length=32)
    started_at: datetime = _dt(nullable=False)


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
