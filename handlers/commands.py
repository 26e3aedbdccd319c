"""Slash commands: ``/leak-report`` opens the first report; ``/leak-status`` shows incidents."""

from __future__ import annotations

import logging
from typing import Any

from slack_bolt import Ack, App, BoltContext, Respond

from domain.access import can_view
from domain.incidents import parse_public_id
from handlers import parse
from handlers.request import Request, request_of
from prompts import first_report as prompts_first_report
from prompts import recurrence as prompts_recurrence
from prompts.i18n import t
from prompts.ids import Command
from services import access, incidents, status
from services.ports import SlackFailure

log = logging.getLogger(__name__)


#: ``/leak-report nearmiss`` (or ヒヤリハット) opens the near-miss form instead of the first report.
NEAR_MISS_WORDS = {"nearmiss", "near-miss", "near miss", "ヒヤリハット", "ひやりはっと"}


def open_first_report(ack: Ack, body: dict[str, Any], respond: Respond, context: BoltContext) -> None:
    ack()
    req = request_of(context)
    text = parse.command_text(body)
    # The modal opens from here, right after the ack, while the trigger is fresh: it never waits
    # behind other work (set-ups and messages run on the workers, not on the listener threads).
    if text.strip().lower() in NEAR_MISS_WORDS:
        _open_near_miss(req, respond)
        return
    _open_first_report(req, respond, text)


def open_near_miss(ack: Ack, respond: Respond, context: BoltContext) -> None:
    ack()
    _open_near_miss(request_of(context), respond)


def _open_near_miss(req: Request, respond: Respond) -> None:
    ctx, lang = req.ctx, req.ctx.config.language
    view = prompts_recurrence.near_miss_modal(lang=lang, directory=ctx.config.directory)
    try:
        ctx.slack.call("views.open", trigger_id=req.body["trigger_id"], view=view)
    except SlackFailure as failure:
        log.warning("could not open the near-miss modal: %s", failure.code)
        respond(text=t(lang, "failed"), response_type="ephemeral")


def _open_first_report(req: Request, respond: Respond, text: str) -> None:
    ctx, lang = req.ctx, req.ctx.config.language
    view = prompts_first_report.first_report_modal(lang=lang, directory=ctx.config.directory, description=text, now=ctx.now())
    try:
        ctx.slack.call("views.open", trigger_id=req.body["trigger_id"], view=view)
    except SlackFailure as failure:
        log.warning("could not open the first-report modal: %s", failure.code)
        req.after_ack(respond, text=t(lang, "failed"), response_type="ephemeral")


def leak_status(ack: Ack, body: dict[str, Any], respond: Respond, context: BoltContext) -> None:
    ack()
    req = request_of(context)
    req.after_ack(_status, req, respond, parse.command_text(body))


def _status(req: Request, respond: Respond, query: str) -> None:
    ctx, lang, user = req.ctx, req.ctx.config.language, req.user
    if not query:
        text, blocks = status.visible_list(ctx, user, office=access.is_office_member(ctx, user))
        respond(text=text, blocks=blocks, response_type="ephemeral")
        return
    incident_id = parse_public_id(query)
    if incident_id is None:
        respond(text=t(lang, "status.bad_id"), response_type="ephemeral")
        return
    req.use_incident(incidents.find(ctx, incident_id))
    if not req.allows(can_view):
        # The same answer whether it does not exist or is not theirs: existence is not disclosed.
        respond(text=t(lang, "status.not_found", query=incident_id), response_type="ephemeral")
        return
    text, blocks = status.card(ctx, req.incident, for_office=req.viewer.is_office_member)
    respond(text=text, blocks=blocks, response_type="ephemeral")


def register(app: App) -> None:
    app.command(Command.REPORT)(open_first_report)
    app.command(Command.STATUS)(leak_status)
    app.command(Command.NEAR_MISS)(open_near_miss)
