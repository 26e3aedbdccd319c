"""Modal submissions: the first report, the second report, the phase change, tasks and the legal form.

Validation errors go back inline (``response_action: errors``) and nothing is saved. A valid
submission is saved *before* the ack — so the receipt can show the incident ID and a crash after
the ack loses nothing — and Slack is called only after the ack: the set-up and every message by
the workers, which take them from the database when woken (``services.work``).
"""

from __future__ import annotations

import logging
from typing import Any

from slack_bolt import Ack, App, BoltContext

from domain import access as rules
from domain.incidents import ValidationFailed, validate_first_report
from domain.legal import Facts
from domain.legal.reports import FormError, facts_from_form
from domain.near_miss import validate_near_miss
from domain.phases import PhaseChangeRefused, parse_phase
from domain.recurrence import validate_review, validate_statement
from domain.second_report import validate_second_report
from domain.tasks import validate_task
from handlers import parse
from handlers.request import Request, request_of, where
from prompts import common as prompts_common
from prompts import first_report as prompts_first_report
from prompts import recurrence as prompts_recurrence
from prompts.i18n import t
from prompts.ids import (
    Callback,
    FirstReportField,
    LegalField,
    NearMissField,
    PhaseField,
    RecurrenceField,
    SecondReportField,
    TaskField,
)
from services import incidents, legal, near_miss, recurrence, tasks, work
from services.results import Outcome

log = logging.getLogger(__name__)

View = dict[str, Any]

def _errors(ack: Ack, errors: dict[str, str]) -> None:
    ack(response_action="errors", errors=errors)


def _deliver(req: Request, incident_id: int) -> None:
    """The messages the change decided are in the outbox: a worker sends them."""
    work.wake(req.ctx)


def submit_first_report(ack: Ack, view: View, context: BoltContext) -> None:
    req = request_of(context)
    ctx, lang = req.ctx, req.ctx.config.language
    try:
        report = validate_first_report(
            parse.first_report(view), known_departments=ctx.config.directory.department_ids, now=ctx.now()
        )
    except ValidationFailed as failed:
        _errors(ack, prompts_common.field_errors(failed.errors, lang))
        return
    try:
        incident, created = incidents.file_first_report(ctx, report, reporter=req.user, source_key=view["id"])
    except Exception as exc:  # noqa: BLE001 - logged by type and place only: its message may carry the report
        log.error("saving a first report failed: %s at %s", type(exc).__name__, where(exc))
        # Keep the modal open with everything typed, so submitting again is one click.
        _errors(ack, {FirstReportField.DESCRIPTION: t(lang, "failed")})
        return
    ack(
        response_action="update",
        view=prompts_first_report.receipt_view(
            incident_id=incident.public_id, department_name=ctx.config.department_name(incident.department_id), lang=lang
        ),
    )
    if created:  # the saved incident is the set-up's work item: a worker takes it now
        work.wake(ctx)


def submit_second_report(ack: Ack, view: View, context: BoltContext) -> None:
    req = request_of(context)
    incident = req.incident if req.allows(rules.can_report_detail) else None
    lang = req.language
    if incident is None:
        _errors(ack, {SecondReportField.WHAT_HAPPENED: t(lang, "denied")})
        return
    try:
        report = validate_second_report(parse.second_report(view), discovered_at=incident.discovered_at, now=req.ctx.now())
    except ValidationFailed as failed:
        _errors(ack, prompts_common.field_errors(failed.errors, lang))
        return
    incidents.file_second_report(req.ctx, incident, report, user=req.user, source_key=view["id"])
    ack()
    req.after_ack(_reassess, req, incident.id)


def _reassess(req: Request, incident_id: int) -> None:
    legal.reassess_after_report(req.ctx, incident_id)  # new facts may change the legal answer
    _deliver(req, incident_id)


def submit_phase_change(ack: Ack, view: View, context: BoltContext) -> None:
    req = request_of(context)
    incident, lang = req.incident, req.language
    target_raw, carry_over = parse.phase_change(view)
    if incident is None:
        _errors(ack, {PhaseField.PHASE: t(lang, "denied")})
        return
    try:
        result = incidents.change_phase(
            req.ctx,
            incident,
            user=req.user,
            target=parse_phase(target_raw),
            closure=None,  # closing takes the statement the office approved
            viewer=req.viewer,
            carry_over=carry_over,
        )
    except ValidationFailed as failed:
        _errors(ack, prompts_common.field_errors(failed.errors, lang))
        return
    except PhaseChangeRefused as refused:
        _errors(ack, {PhaseField.PHASE: t(lang, f"phase_modal.refused.{refused.reason}")})
        return
    if result.outcome is Outcome.DENIED:
        _errors(ack, {PhaseField.PHASE: t(lang, "denied")})
        return
    if result.outcome is Outcome.CLOSED:
        _errors(ack, {PhaseField.PHASE: t(lang, "phase_modal.refused.closed")})
        return
    ack()
    _deliver(req, incident.id)


def submit_task(ack: Ack, view: View, context: BoltContext) -> None:
    req = request_of(context)
    incident, lang = req.incident, req.language
    if incident is None:
        _errors(ack, {TaskField.TITLE: t(lang, "task.denied")})
        return
    try:
        draft = validate_task(parse.task(view))
    except ValidationFailed as failed:
        _errors(ack, prompts_common.field_errors(failed.errors, lang))
        return
    task_ref = req.metadata.get("task")
    task_id = parse.object_id(task_ref)
    found = tasks.get(req.ctx, task_id) if task_id else None
    if task_ref is not None and (found is None or found[1].id != incident.id):
        # The task must be one of this incident's (the one the rights were checked on), not any task.
        _errors(ack, {TaskField.TITLE: t(lang, "task.denied")})
        return
    if found is not None:
        result = tasks.edit(req.ctx, found[0], incident, draft, user=req.user)
    else:
        result = tasks.create(req.ctx, incident, draft, user=req.user)
    if result.outcome is Outcome.DENIED:
        _errors(ack, {TaskField.TITLE: t(lang, "task.denied")})
        return
    if result.outcome is not Outcome.DONE:
        _errors(ack, {TaskField.TITLE: t(lang, "task.not_open")})
        return
    ack()
    _deliver(req, incident.id)


def submit_reassign(ack: Ack, view: View, context: BoltContext) -> None:
    req = request_of(context)
    task_id = parse.object_id(req.metadata.get("task"))
    found = tasks.get(req.ctx, task_id) if task_id else None
    assignee = parse.user(parse.values(view), TaskField.ASSIGNEE)
    if found is None:  # the same refusal as for a task of an incident one may not touch
        _errors(ack, {TaskField.ASSIGNEE: t(req.ctx.config.language, "task.denied")})
        return
    if not assignee:
        _errors(ack, {TaskField.ASSIGNEE: t(found[1].language, "error.required")})
        return
    task, incident = found
    result = tasks.reassign(req.ctx, task, incident, assignee, user=req.user)
    if result.outcome is not Outcome.DONE:
        key = "task.denied" if result.outcome is Outcome.DENIED else "task.not_open"
        _errors(ack, {TaskField.ASSIGNEE: t(incident.language, key)})
        return
    ack()
    _deliver(req, incident.id)


def submit_legal(ack: Ack, view: View, context: BoltContext) -> None:
    req = request_of(context)
    incident = req.incident if req.allows(rules.is_manager) else None
    lang = req.language
    if incident is None:
        _errors(ack, {LegalField.AWARE_AT: t(lang, "legal.denied")})
        return
    answers, override, count_text = parse.legal_form(view)
    try:
        facts = facts_from_form(answers, count_text, now=req.ctx.now(), ruleset=override)
    except FormError as refused:
        _errors(ack, {field: t(lang, f"error.{code}") for field, code in refused.errors.items()})
        return
    ack()  # the answers are valid: the assessment and its tasks are work for after the ack
    req.after_ack(_assess_by_hand, req, incident, facts, override)


def _assess_by_hand(req: Request, incident: incidents.Incident, facts: Facts, override: str | None) -> None:
    legal.assess_by_hand(req.ctx, incident, facts, override=override, user=req.user)
    _deliver(req, incident.id)


def submit_recurrence(ack: Ack, view: View, context: BoltContext) -> None:
    req = request_of(context)
    incident, lang = req.incident, req.language
    if incident is None:
        _errors(ack, {RecurrenceField.DIRECT_CAUSE: t(lang, "recurrence.denied")})
        return
    try:
        statement = validate_statement(parse.recurrence(view), now=req.ctx.now(), near_miss=incident.near_miss)
    except ValidationFailed as failed:
        _errors(ack, prompts_common.field_errors(failed.errors, lang))
        return
    result = recurrence.submit(req.ctx, incident, statement, user=req.user, viewer=req.viewer, source_key=view["id"])
    if result.outcome is not Outcome.DONE:
        key = {Outcome.DENIED: "recurrence.denied", Outcome.CLOSED: "recurrence.already_approved"}.get(
            result.outcome, "recurrence.awaiting"
        )
        _errors(ack, {RecurrenceField.DIRECT_CAUSE: t(lang, key, version="")})
        return
    ack()
    _deliver(req, incident.id)  # wakes a worker: never blocks, no post-ack hop needed


def submit_recurrence_review(ack: Ack, view: View, context: BoltContext) -> None:
    req = request_of(context)
    incident, lang = req.incident, req.language
    version = req.metadata.get("version")
    if incident is None or not isinstance(version, int):
        _errors(ack, {RecurrenceField.DECISION: t(lang, "recurrence.review_denied")})
        return
    try:
        decision, comment = validate_review(*parse.review(view))
    except ValidationFailed as failed:
        _errors(ack, prompts_common.field_errors(failed.errors, lang))
        return
    result = recurrence.review(req.ctx, incident, version, decision, comment, user=req.user)
    if result.outcome is not Outcome.DONE:
        key = "recurrence.review_denied" if result.outcome is Outcome.DENIED else "recurrence.already_decided"
        _errors(ack, {RecurrenceField.DECISION: t(lang, key)})
        return
    ack()
    _deliver(req, incident.id)  # wakes a worker: never blocks, no post-ack hop needed


def submit_near_miss(ack: Ack, view: View, context: BoltContext) -> None:
    req = request_of(context)
    ctx, lang = req.ctx, req.ctx.config.language
    try:
        report = validate_near_miss(parse.near_miss(view), known_departments=ctx.config.directory.department_ids, now=ctx.now())
    except ValidationFailed as failed:
        _errors(ack, prompts_common.field_errors(failed.errors, lang))
        return
    try:
        incident, created = near_miss.file_near_miss(ctx, report, reporter=req.user, source_key=view["id"])
    except Exception:
        log.exception("saving a near miss failed")
        _errors(ack, {NearMissField.DESCRIPTION: t(lang, "failed")})
        return
    ack(response_action="update", view=prompts_recurrence.near_miss_receipt(incident_id=incident.public_id, lang=lang))
    if created:
        _deliver(req, incident.id)  # wakes a worker: never blocks, no post-ack hop needed


def register(app: App) -> None:
    app.view(Callback.FIRST_REPORT)(submit_first_report)
    app.view(Callback.SECOND_REPORT)(submit_second_report)
    app.view(Callback.PHASE_CHANGE)(submit_phase_change)
    app.view(Callback.TASK_EDIT)(submit_task)
    app.view(Callback.TASK_REASSIGN)(submit_reassign)
    app.view(Callback.LEGAL_ASSESS)(submit_legal)
    app.view(Callback.RECURRENCE)(submit_recurrence)
    app.view(Callback.RECURRENCE_REVIEW)(submit_recurrence_review)
    app.view(Callback.NEAR_MISS)(submit_near_miss)
