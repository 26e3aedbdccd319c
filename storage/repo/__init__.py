"""The repository: every SQL statement of the bot, as plain functions over a session.

One module per concept (``incidents``, ``tasks``, ``reports``, ``legal``, ``timeline``, ``outbox``,
``summary``, ``sweep``); this package re-exports them all, so callers write ``repo.get_incident(...)``.
No function here commits: the caller owns the session and its transaction (in the services, a
``services.uow.UnitOfWork``).

Concurrency rules live here as SQL: sequence numbers come from one atomic upsert, and every state
change that must happen once (acknowledge, escalate, phase change, claiming work) is a
compare-and-set ``UPDATE … WHERE <expected state>`` whose row count says who won. That works the
same on SQLite (one writer at a time) and PostgreSQL (row locks, re-checked after a wait), so two
replicas never both act.
"""

from storage.repo._sql import is_unique_violation
from storage.repo.drills import (
    DRILL_INCIDENT,
    REAL_INCIDENT,
    decided,
    delivered_ts,
    delivery_failed,
    drill_incidents,
    earlier_pending,
    incidents_with_message,
    next_drill_sequence,
    only_real,
    real_incidents,
    real_tasks,
)
from storage.repo.incidents import (
    add_first_report,
    add_incident,
    all_incidents,
    claim_incident,
    compare_and_set,
    escalations_due,
    get_incident,
    incident_by_channel,
    incident_by_public_id,
    incident_by_source_key,
    incidents_by_ids,
    incidents_involving,
    incidents_to_mobilize,
    next_sequence,
    release_incident,
    update_incident,
)
from storage.repo.leases import renew_leases
from storage.repo.legal import (
    add_assessment,
    assessment,
    assessments,
    latest_assessment,
    open_incidents_without_assessment,
)
from storage.repo.outbox import claim_deliveries, enqueue, enqueue_many, finish_delivery, retry_delivery, retry_waiting_now
from storage.repo.posts import begin_post_attempt, end_post_attempt, post_attempt
from storage.repo.recurrence import (
    add_near_miss,
    add_review,
    add_statement,
    all_near_misses,
    approved_statements,
    counted_all,
    counted_incidents,
    decide_statement,
    incidents_reported_between,
    latest_statement,
    near_misses,
    next_near_miss_number,
    reviews_of,
    statement,
    statement_by_source_key,
    statements_awaiting_review,
    statements_of,
)
from storage.repo.replays import (
    answer_request,
    claim_request,
    prune_requests,
    request_replay,
)
from storage.repo.reports import add_second_report, latest_second_report, second_report, second_report_by_source_key
from storage.repo.summary import any_summary, claim_summary
from storage.repo.sweep import Due, due_probe
from storage.repo.tasks import (
    ReminderClaim,
    add_task,
    add_task_from_draft,
    all_tasks,
    claim_reminder_steps,
    get_task,
    open_tasks,
    stop_reminders,
    task_compare_and_set,
    tasks_by_ids,
    tasks_due,
    tasks_due_batch,
    tasks_of,
)
from storage.repo.timeline import append_timeline, append_timeline_many, timeline

__all__ = [
    "Due", "add_assessment", "add_first_report", "add_incident", "add_second_report", "add_task", "add_task_from_draft",
    "all_incidents", "all_tasks",
    "any_summary", "append_timeline", "assessment", "assessments", "claim_deliveries", "claim_incident", "claim_summary",
    "compare_and_set", "due_probe", "enqueue", "escalations_due", "finish_delivery", "get_incident", "get_task",
    "incident_by_channel", "incident_by_public_id", "incident_by_source_key", "incidents_by_ids",
    "incidents_involving", "incidents_to_mobilize", "is_unique_violation", "latest_assessment",
    "open_incidents_without_assessment",
    "latest_second_report", "next_sequence", "open_tasks", "release_incident", "renew_leases", "retry_delivery",
    "retry_waiting_now", "second_report",
    "second_report_by_source_key", "task_compare_and_set", "tasks_due", "tasks_of", "timeline", "update_incident",
    # recurrence prevention and near misses
    "add_near_miss", "add_review", "add_statement", "all_near_misses", "approved_statements", "counted_all",
    "counted_incidents", "decide_statement", "incidents_reported_between", "latest_statement", "near_misses",
    "next_near_miss_number", "reviews_of", "statement", "statement_by_source_key", "statements_awaiting_review",
    "statements_of",
    # drills (issue 10 §2)
    "DRILL_INCIDENT", "REAL_INCIDENT", "decided", "delivered_ts", "delivery_failed", "incidents_with_message", "drill_incidents",
    "earlier_pending", "next_drill_sequence",
    "only_real", "real_incidents", "real_tasks",
    # the reminder sweep in batches
    "ReminderClaim", "append_timeline_many", "claim_reminder_steps", "enqueue_many", "stop_reminders", "tasks_by_ids",
    "tasks_due_batch",
    "begin_post_attempt", "end_post_attempt", "post_attempt",
    # replays
    "answer_request", "claim_request", "prune_requests", "request_replay",
]
