"""The kinds of message the outbox sends (shared by the services that decide them)."""

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
    SUMMARY = "summary"  # the weekly summary message (full, or aggregate-only)
    SUMMARY_CHART = "summary_chart"  # its PNG chart, uploaded beside it
