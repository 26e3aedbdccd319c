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
    CONTACTS = "contacts"  # a contact batch recorded: the campaign's progress, in the channel
    PUBLICATION = "publication"  # a publication decision, with the button for the public-notice draft
    CONTRACTOR = "contractor"  # the contractor/principal record changed
    RECURRENCE_OFFICE = "recurrence_office"  # a statement awaits review: the office's notice with a Review button
    RECURRENCE_DECIDED = "recurrence_decided"  # returned or approved: DM to the author (and a channel notice)
    DRILL_ENDED = "drill_ended"  # a drill ended: its score, in its channel
    DRILL_ENDED_OFFICE = "drill_ended_office"  # the same, for the office
    DRILL_ARCHIVE = "drill_archive"  # archive the drill's channel (after its last message)
    GROUP_POST = "group_post"  # a serious incident, posted to the group channel
    GROUP_UPDATE = "group_update"  # that post, updated in place (phase or legal status changed)
    TASK_REMINDER_DIGEST = "task_reminder_digest"  # one DM per assignee per sweep: every task due or overdue
    TASK_ESCALATION_DIGEST = "task_escalation_digest"  # one channel post per incident per sweep: its escalations
