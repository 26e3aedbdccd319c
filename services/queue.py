"""The kinds of message the outbox sends (``services.presenters`` renders each one).

Use cases decide a message with ``UnitOfWork.say(incident, Kind.X, dedupe, **params)``; the params
are a few IDs and numbers, never report text.
"""

from enum import StrEnum

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
    TASK_REMINDER_DIGEST = "task_reminder_digest"  # one DM per assignee per sweep: every task due or overdue
    TASK_ESCALATION_DIGEST = "task_escalation_digest"  # one channel post per incident per sweep: its escalations
