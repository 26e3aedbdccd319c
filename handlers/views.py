"""Modal submissions: the first report, the second report and the phase change.

Validation errors go back inline (``response_action: errors``) and nothing is saved. A valid
submission is saved *before* the ack — so the receipt can show the incident ID and a crash after
the ack loses nothing — and Slack is called only after the ack.
"""

from __future__ import annotations

import logging
import time

from slack_bolt import App

from domain import access as rules
from domain.incidents import ValidationFailed, validate_first_report
from domain.phases import Closure, Phase, PhaseChangeRefused
from domain.second_report import validate_second_report
from handlers import parse
from prompts.common import field_errors
from prompts.first_report import receipt_view
from prompts.i18n import t
from domain.tasks import validate_task
from domain.legal.reports import FormError, facts_from_form
from prompts.ids import Callback, FirstReportField, LegalField, PhaseField, SecondReportField, TaskField
from services import access, incidents, legal, outbox, tasks
from services.context import Context
from services.results import Outcome
from services.mobilize import mobilize
from storage.models import Incident

log = logging.getLogger(__name__)

#: A little more than Bolt's ack polling interval (``thread_runner``: 10 ms).
ACK_POLL_GRACE = 0.015


def _incident_for(ctx: Context, body: dict, view: dict, allowed) -> tuple[Incident | None, str]:
    """The incident a submitted modal is about, if the submitter may act on it; and the language
    to answer in."""
    incident = incidents.find(ctx, str(parse.metadata(view).get("incident", "")))
    if incident is None:
        return None, ctx.language
    if not allowed(access.people(incident), access.viewer(ctx, body["user"]["id"], incident)):
        return None, incident.language
    return incident, incident.language


def register(app: App, ctx: Context) -> None:
    @app.view(Callback.FIRST_REPORT)
    def submit_first_report(ack, body, view):
        lang = ctx.language
        try:
            report = validate_first_report(
                parse.first_report(view), known_departments=ctx.directory.department_ids, now=ctx.now()
            )
        except ValidationFailed as failed:
            ack(response_action="errors", errors=field_errors(failed.errors, lang))
            return
        try:
            incident, created = incidents.file_first_report(ctx, report, reporter=body["user"]["id"], source_key=view["id"])
        except Exception:
            log.exception("saving a first report failed")
            # Keep the modal open with everything typed, so submitting again is one click.
            ack(response_action="errors", errors={FirstReportField.DESCRIPTION: t(lang, "failed")})
            return
        ack(
            response_action="update",
            view=receipt_view(
                incident_id=incident.public_id, department_name=ctx.department_name(incident.department_id), lang=lang
            ),
        )
        if created:
            # Bolt's request thread polls for the ack every 10 ms; let it send the receipt before
            # this thread takes the interpreter for the (slower) Slack set-up.
            time.sleep(ACK_POLL_GRACE)
            mobilize(ctx, incident.id)
            outbox.deliver(ctx, incident_id=incident.id)

    @app.view(Callback.SECOND_REPORT)
    def submit_second_report(ack, body, view):
        user = body["user"]["id"]
        incident, lang = _incident_for(ctx, body, view, rules.can_report_detail)
        if incident is None:
            ack(response_action="errors", errors={SecondReportField.WHAT_HAPPENED: t(lang, "denied")})
            return
        try:
            report = validate_second_report(parse.second_report(view), discovered_at=incident.discovered_at, now=ctx.now())
        except ValidationFailed as failed:
            ack(response_action="errors", errors=field_errors(failed.errors, lang))
            return
        incidents.file_second_report(ctx, incident, report, user=user, source_key=view["id"])
        ack()
        legal.reassess_after_report(ctx, incident.id)  # new facts may change the legal answer
        outbox.deliver(ctx, incident_id=incident.id)

    @app.view(Callback.PHASE_CHANGE)
    def submit_phase_change(ack, body, view):
        user = body["user"]["id"]
        incident = incidents.find(ctx, str(parse.metadata(view).get("incident", "")))
        lang = incident.language if incident else ctx.language
        target_raw, done, planned, carry_over = parse.phase_change(view)
        if incident is None:
            ack(response_action="errors", errors={PhaseField.PHASE: t(lang, "denied")})
            return
        if target_raw not in set(Phase):
            ack(response_action="errors", errors={PhaseField.PHASE: t(lang, "error.unknown_choice")})
            return
        try:
            result = incidents.change_phase(
                ctx,
                incident,
                user=user,
                target=Phase(target_raw),
                closure=Closure(done, planned),
                viewer=access.viewer(ctx, user, incident),
                carry_over=carry_over,
            )
        except ValidationFailed as failed:
            ack(response_action="errors", errors=field_errors(failed.errors, lang))
            return
        except PhaseChangeRefused as refused:
            ack(response_action="errors", errors={PhaseField.PHASE: t(lang, f"phase_modal.refused.{refused.reason}")})
            return
        if result.outcome is Outcome.DENIED:
            ack(response_action="errors", errors={PhaseField.PHASE: t(lang, "denied")})
            return
        if result.outcome is Outcome.CLOSED:
            ack(response_action="errors", errors={PhaseField.PHASE: t(lang, "phase_modal.refused.closed")})
            return
        ack()
        outbox.deliver(ctx, incident_id=incident.id)

    @app.view(Callback.TASK_EDIT)
    def submit_task(ack, body, view):
        user = body["user"]["id"]
        meta = parse.metadata(view)
        incident = incidents.find(ctx, str(meta.get("incident", "")))
        lang = incident.language if incident else ctx.language
        if incident is None:
            ack(response_action="errors", errors={TaskField.TITLE: t(lang, "task.denied")})
            return
        try:
            draft = validate_task(parse.task(view))
        except ValidationFailed as failed:
            ack(response_action="errors", errors=field_errors(failed.errors, lang))
            return
        found = tasks.get(ctx, int(meta["task"])) if meta.get("task") else None
        if found is not None:
            result = tasks.edit(ctx, found[0], incident, draft, user=user)
        else:
            result = tasks.create(ctx, incident, draft, user=user)
        if result.outcome is Outcome.DENIED:
            ack(response_action="errors", errors={TaskField.TITLE: t(lang, "task.denied")})
            return
        if result.outcome is not Outcome.DONE:
            ack(response_action="errors", errors={TaskField.TITLE: t(lang, "task.not_open")})
            return
        ack()
        outbox.deliver(ctx, incident_id=incident.id)

    @app.view(Callback.TASK_REASSIGN)
    def submit_reassign(ack, body, view):
        user = body["user"]["id"]
        meta = parse.metadata(view)
        found = tasks.get(ctx, int(meta["task"])) if str(meta.get("task", "")).isdigit() else None
        assignee = parse.user(parse.values(view), TaskField.ASSIGNEE)
        if found is None or not assignee:
            ack(response_action="errors", errors={TaskField.ASSIGNEE: t(ctx.language, "error.required")})
            return
        task, incident = found
        result = tasks.reassign(ctx, task, incident, assignee, user=user)
        if result.outcome is not Outcome.DONE:
            key = "task.denied" if result.outcome is Outcome.DENIED else "task.not_open"
            ack(response_action="errors", errors={TaskField.ASSIGNEE: t(incident.language, key)})
            return
        ack()
        outbox.deliver(ctx, incident_id=incident.id)

    @app.view(Callback.LEGAL_ASSESS)
    def submit_legal(ack, body, view):
        user = body["user"]["id"]
        incident, lang = _incident_for(ctx, body, view, rules.is_manager)
        if incident is None:
            ack(response_action="errors", errors={LegalField.AWARE_AT: t(lang, "legal.denied")})
            return
        answers, override, count_text = parse.legal_form(view)
        try:
            facts = facts_from_form(answers, count_text, now=ctx.now(), ruleset=override)
        except FormError as refused:
            ack(response_action="errors", errors={field: t(lang, f"error.{code}") for field, code in refused.errors.items()})
            return
        ack()  # the answers are valid: the assessment and its tasks are work for after the ack
        legal.assess_by_hand(ctx, incident, facts, override=override, user=user)
        outbox.deliver(ctx, incident_id=incident.id)
