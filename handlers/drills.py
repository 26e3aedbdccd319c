"""Drills (訓練): ``/leak-drill`` opens the first-report modal as a drill (office only), its
submission starts the drill, and the card's "End the drill" button ends it."""

from __future__ import annotations

import logging
from typing import Any

from slack_bolt import Ack, App, BoltContext, Respond

from domain.incidents import ValidationFailed, validate_first_report
from handlers import parse
from handlers.actions import tell
from handlers.request import Request, request_of
from prompts import common as prompts_common
from prompts import drills as prompts_drills
from prompts import first_report as prompts_first_report
from prompts.i18n import t
from prompts.ids import Action, Callback, Command, FirstReportField
from services import access, drills, work
from services.ports import SlackFailure
from services.results import Outcome

log = logging.getLogger(__name__)


def open_drill(ack: Ack, body: dict[str, Any], respond: Respond, context: BoltContext) -> None:
    ack()
    req = request_of(context)
    req.after_ack(_open_drill, req, respond, body.get("text") or "")


def _open_drill(req: Request, respond: Respond, text: str) -> None:
    ctx, lang = req.ctx, req.ctx.config.language
    if not access.is_office_member(ctx, req.user):
        respond(text=t(lang, "drill.office_only"), response_type="ephemeral")
        return
    view = prompts_drills.drill_modal(lang=lang, directory=ctx.config.directory, description=text, now=ctx.now())
    try:
        ctx.slack.call("views.open", trigger_id=req.body["trigger_id"], view=view)
    except SlackFailure as failure:
        log.warning("could not open the drill modal: %s", failure.code)
        respond(text=t(lang, "failed"), response_type="ephemeral")


def submit_drill(ack: Ack, view: dict[str, Any], context: BoltContext) -> None:
    req = request_of(context)
    ctx, lang = req.ctx, req.ctx.config.language
    try:
        report = validate_first_report(
            parse.first_report(view), known_departments=ctx.config.directory.department_ids, now=ctx.now()
        )
    except ValidationFailed as failed:
        ack(response_action="errors", errors=prompts_common.field_errors(failed.errors, lang))
        return
    # Checked again on submit (membership is cached from opening the modal): only the office starts drills.
    if not access.is_office_member(ctx, req.user):
        ack(response_action="errors", errors={FirstReportField.DESCRIPTION: t(lang, "drill.office_only")})
        return
    try:
        incident, created = drills.start(ctx, report, reporter=req.user, source_key=view["id"])
    except Exception:
        log.exception("saving a drill failed")
        ack(response_action="errors", errors={FirstReportField.DESCRIPTION: t(lang, "failed")})
        return
    receipt = prompts_first_report.receipt_view(
        incident_id=incident.public_id, department_name=ctx.config.department_name(incident.department_id), lang=lang
    )
    ack(response_action="update", view=prompts_drills.mark_view(receipt, lang))
    if created:  # the saved drill is the set-up's work item: a worker takes it now
        work.wake(ctx)


def end_drill(ack: Ack, respond: Respond, context: BoltContext) -> None:
    ack()
    req = request_of(context)
    req.after_ack(_end_drill, req, respond)


def _end_drill(req: Request, respond: Respond) -> None:
    incident, viewer, lang = req.incident, req.viewer, req.ctx.config.language
    if incident is None or viewer is None:
        tell(req, respond, t(lang, "drill.end_denied"))  # the same answer whether it exists or not
        return
    result = drills.end(req.ctx, incident, viewer=viewer)
    answer = {
        Outcome.DENIED: "drill.end_denied", Outcome.NOT_A_DRILL: "drill.not_a_drill", Outcome.CLOSED: "drill.already_ended"
    }.get(result.outcome)
    if answer is not None:
        tell(req, respond, t(lang, answer))
        return
    work.wake(req.ctx)  # the score, the office notice and the archive are in the outbox


def register(app: App) -> None:
    app.command(Command.DRILL)(open_drill)
    app.view(Callback.DRILL_REPORT)(submit_drill)
    app.action(Action.END_DRILL)(end_drill)
