"""The incident timeline: an append-only record of who did what, and when.

Entries carry structured data (phase names, revision numbers, user IDs), never free text from a
report, so the record can be shown and exported without spreading what was reported.
"""

from enum import StrEnum

#: The actor recorded for what the bot does on its own (mobilization, playbook and legal tasks,
#: escalations, automatic legal assessments); every other actor is a Slack user ID.
BOT = "leakbot"


class Event(StrEnum):
    REPORTED = "reported"
    CHANNEL_CREATED = "channel_created"
    MEMBERS_INVITED = "members_invited"
    OFFICE_NOTIFIED = "office_notified"
    ACKNOWLEDGED = "acknowledged"
    ESCALATED = "escalated"
    SECOND_REPORT = "second_report"
    PHASE_CHANGED = "phase_changed"
    CLOSED = "closed"
    PLAYBOOK_APPLIED = "playbook_applied"
    TASK_CREATED = "task_created"
    TASK_UPDATED = "task_updated"
    TASK_REASSIGNED = "task_reassigned"
    TASK_DONE = "task_done"
    TASK_CANCELLED = "task_cancelled"
    TASK_SNOOZED = "task_snoozed"
    TASKS_CARRIED_OVER = "tasks_carried_over"
    TASK_ESCALATED = "task_escalated"
    LEGAL_ASSESSED = "legal_assessed"
    DRAFTS_GENERATED = "drafts_generated"
    DATA_WARNING = "data_warning"
    # issue 9: telling the people affected, the publication decision, contractor and principal
    CONTACTS_UPDATED = "contacts_updated"
    CONTACT_BATCH = "contact_batch"
    CONTACTS_FINISHED = "contacts_finished"
    PUBLICATION_DECIDED = "publication_decided"
    CONTRACTOR_RECORDED = "contractor_recorded"
    PRINCIPAL_NOTIFIED = "principal_notified"
    PRINCIPAL_ANSWERED = "principal_answered"
    # The inquiry desk: batches logged, FAQ entries added / edited / removed, the FAQ exported.
    INQUIRY_LOGGED = "inquiry_logged"
    FAQ_ADDED = "faq_added"
    FAQ_EDITED = "faq_edited"
    FAQ_REMOVED = "faq_removed"
    FAQ_EXPORTED = "faq_exported"
    # recurrence prevention, reviewed; near misses
    RECURRENCE_SUBMITTED = "recurrence_submitted"
    RECURRENCE_RETURNED = "recurrence_returned"
    RECURRENCE_APPROVED = "recurrence_approved"
    NEAR_MISS_REPORTED = "near_miss_reported"
    DRILL_ENDED = "drill_ended"  # a drill (訓練) was ended; its channel is archived
    GROUP_NOTIFIED = "group_notified"  # a serious incident was posted to the group's central office
