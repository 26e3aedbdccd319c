"""Every Slack identifier the bot uses, in one place (callback, action and block IDs).

Handlers register listeners with these and builders emit them, so a rename cannot drift apart.
"""

from enum import StrEnum


class Command(StrEnum):
    REPORT = "/leak-report"
    STATUS = "/leak-status"
    INQUIRY = "/leak-inquiry"
    NEAR_MISS = "/leak-nearmiss"
    DRILL = "/leak-drill"


class Callback(StrEnum):
    FIRST_REPORT = "leak_first_report"
    SECOND_REPORT = "leak_second_report"
    PHASE_CHANGE = "leak_phase_change"
    RECEIPT = "leak_receipt"
    TASK_EDIT = "leak_task_edit"
    TASK_REASSIGN = "leak_task_reassign"
    HOME = "leak_home"
    LEGAL_ASSESS = "leak_legal_assess"
    CONTACTS = "leak_contacts"
    PUBLICATION = "leak_publication"
    CONTRACTOR = "leak_contractor"
    INQUIRY = "leak_inquiry"
    FAQ = "leak_faq"
    FAQ_EDIT = "leak_faq_edit"
    RECURRENCE = "leak_recurrence"
    RECURRENCE_REVIEW = "leak_recurrence_review"
    NEAR_MISS = "leak_near_miss"
    DRILL_REPORT = "leak_drill_report"


class Action(StrEnum):
    ACKNOWLEDGE = "leak_acknowledge"
    OPEN_SECOND_REPORT = "leak_open_second_report"
    OPEN_PHASE_CHANGE = "leak_open_phase_change"
    ADD_TASK = "leak_add_task"
    TASK_MENU = "leak_task_menu"
    TASK_DONE = "leak_task_done"
    TASK_SNOOZE = "leak_task_snooze"
    TASK_SNOOZE_DATE = "leak_task_snooze_date"
    TASK_REASSIGN = "leak_task_reassign"
    OPEN_CHANNEL = "leak_open_channel"
    OPEN_LEGAL = "leak_open_legal"
    LEGAL_DRAFTS = "leak_legal_drafts"
    OPEN_CONTACTS = "leak_open_contacts"
    OPEN_PUBLICATION = "leak_open_publication"
    OPEN_CONTRACTOR = "leak_open_contractor"
    OPEN_INQUIRY = "leak_open_inquiry"
    OPEN_FAQ = "leak_open_faq"
    FAQ_ADD = "leak_faq_add"
    FAQ_EDIT = "leak_faq_edit"
    FAQ_EXPORT = "leak_faq_export"
    OPEN_RECURRENCE = "leak_open_recurrence"
    OPEN_RECURRENCE_REVIEW = "leak_open_recurrence_review"
    OPEN_NEAR_MISS = "leak_open_near_miss"
    END_DRILL = "leak_end_drill"


class TaskMenu(StrEnum):
    """Values of the overflow menu on each task in the task list (``<choice>:<task id>``)."""

    DONE = "done"
    EDIT = "edit"
    REASSIGN = "reassign"
    CANCEL = "cancel"


#: Input elements carry this action ID; the block ID says which field it is.
VALUE = "value"


class FirstReportField(StrEnum):
    DEPARTMENT = "department"
    EVENT_TYPE = "event_type"
    OCCURRED_AT = "occurred_at"
    DISCOVERED_AT = "discovered_at"
    LOCATION = "location"
    DATA_CATEGORIES = "data_categories"
    PEOPLE_COUNT = "people_count"
    PEOPLE_COUNT_UNKNOWN = "people_count_unknown"
    ENCRYPTED = "encrypted"
    THIRD_PARTY = "third_party"
    ACTIONS_TAKEN = "actions_taken"
    DESCRIPTION = "description"
    HIDE_REPORTER = "hide_reporter"


class SecondReportField(StrEnum):
    WHAT_HAPPENED = "what_happened"
    WHO = "who"
    CAUSE = "cause"
    OCCURRED_AT = "occurred_at"
    LOCATION = "location"
    DATA_CATEGORIES = "data_categories"
    DATA_ITEMS = "data_items"
    COUNT_BASIS = "count_basis"
    PEOPLE_COUNT = "people_count"
    HOW_DISCOVERED = "how_discovered"
    SECONDARY_HARM = "secondary_harm"
    SECONDARY_HARM_DETAIL = "secondary_harm_detail"
    THIRD_PARTY = "third_party"
    THIRD_PARTY_DETAIL = "third_party_detail"


class TaskField(StrEnum):
    TITLE = "title"
    ASSIGNEE = "assignee"
    DUE_AT = "due_at"
    PHASE = "task_phase"
    NOTES = "notes"


class LegalField(StrEnum):
    """Block IDs of the legal-assessment form; each is the name of the engine's fact."""

    AWARE_AT = "aware_at"
    SENSITIVE_DATA = "sensitive_data"
    FINANCIAL_HARM = "financial_harm"
    IMPROPER_PURPOSE = "improper_purpose"
    ATTACK_SIGNS = "attack_signs"
    PEOPLE_COUNT = "people_count"
    COUNT_IS_MAX = "count_is_maximum_estimate"
    STRONG_ENCRYPTION = "strong_encryption"
    KEY_LEAKED = "key_leaked"
    ROLE = "role"
    PRINCIPAL_NOTIFIED_AT = "principal_notified_at"
    EU_RESIDENTS = "eu_residents_affected"
    EU_ESTABLISHMENT = "eu_establishment"
    GDPR_RISK = "gdpr_risk"
    GDPR_MITIGATED = "gdpr_mitigated_or_encrypted"
    SECTOR = "sector"
    PSEUDONYMISED = "pseudonymised"
    MY_NUMBER_INVOLVED = "my_number_involved"
    MY_NUMBER_SYSTEM = "my_number_system"
    MY_NUMBER_PUBLIC = "my_number_publicly_viewable"
    MY_NUMBER_PEOPLE_COUNT = "my_number_people_count"
    RULESET = "ruleset"


#: The rule-set choice meaning "the version in force at awareness".
RULESET_AUTO = "auto"


class PhaseField(StrEnum):
    PHASE = "phase"
    CARRY_OVER = "carry_over"


#: Checkbox value for "unknown head count" and "hide my name".
CHECKED = "yes"


# --- issue 9: contact campaign, publication decision, contractor/principal ----------------------


class ContactField(StrEnum):
    POPULATION = "population"
    CHANNEL = "channel"
    SENT_AT = "sent_at"
    SENT = "sent"
    REACHED = "reached"
    UNDELIVERABLE = "undeliverable"
    CORRECT_LAST = "correct_last"


class PublicationField(StrEnum):
    CONTROL = "control"
    ROUTE = "route"
    DATA = "data"
    SCALE = "scale"
    HARM = "harm"
    DECISION = "decision"
    REASON = "reason"
    APPROVER_KIND = "approver_kind"
    APPROVER = "approver"
    PUBLISHED_AT = "published_at"
    METHODS = "methods"
    PRINCIPAL_AGREED = "principal_agreed"


class ContractorField(StrEnum):
    OUR_ROLE = "our_role"
    COUNTERPARTY = "counterparty"
    CONTRACTOR_REPORTED_AT = "contractor_reported_at"
    NOTIFIED_AT = "notified_at"
    NOTIFIED_BY = "notified_by"
    NOTICE_METHOD = "notice_method"
    ANSWER = "answer"
    ANSWERED_AT = "answered_at"
#: Block ID prefix of a FAQ entry in the FAQ modal (``faq_<number>``): its Edit button's value is the incident.
FAQ_BLOCK = "faq_"
#: Block ID of the FAQ form's "remove this entry" checkbox.
FAQ_REMOVE = "faq_remove"
class RecurrenceField(StrEnum):
    """Block IDs of the recurrence-prevention form (planned rows: ``domain.recurrence.field``)."""

    DIRECT_CAUSE = "direct_cause"
    ROOT_CAUSE = "root_cause"
    MEASURES_TAKEN = "measures_taken"
    DECISION = "decision"
    COMMENT = "comment"


class NearMissField(StrEnum):
    DEPARTMENT = "department"
    EVENT_TYPE = "event_type"
    DESCRIPTION = "description"
    STOPPED_BY = "stopped_by"
    CAUSE = "cause"
    MEASURE = "measure"
