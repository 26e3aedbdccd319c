"""Slash commands: ``/leak-report`` opens the first report; ``/leak-status`` shows incidents."""

from __future__ import annotations

import logging

from slack_bolt import App

from bot.slack import SlackFailure
from domain.access import can_view
from domain.incidents import parse_public_id
from prompts.common import Message
from prompts.first_report import first_report_modal
from prompts.status import status_list
from prompts.i18n import t
from prompts.ids import Command
from services import access, incidents, render
from services.context import Context
from storage import repo
from storage.db import session as open_session

log = logging.getLogger(__name__)

STATUS_LIST_LIMIT = 20


def register(app: App, ctx: Context) -> None:
    @app.command(Command.REPORT)
    def open_first_report(ack, body, respond):
        ack()
        view = first_report_modal(
            lang=ctx.language, directory=ctx.directory, description=body.get("text") or "", now=ctx.now()
        )
        try:
            ctx.slack.call("views.open", trigger_id=body["trigger_id"], view=view)
        except SlackFailure as failure:
            log.warning("could not open the first-report modal: %s", failure.code)
            respond(text=t(ctx.language, "failed"), response_type="ephemeral")

    @app.command(Command.STATUS)
    def status(ack, body, respond):
        ack()
        user = body["user_id"]
        query = (body.get("text") or "").strip()
        lang = ctx.language
        if not query:
            text, blocks = _visible_list(ctx, user)
            respond(text=text, blocks=blocks, response_type="ephemeral")
            return
        incident_id = parse_public_id(query)
        if incident_id is None:
            respond(text=t(lang, "status.bad_id"), response_type="ephemeral")
            return
        incident = incidents.find(ctx, incident_id)
        viewer = access.viewer(ctx, user, incident, in_channel=body.get("channel_id")) if incident else None
        if incident is None or not can_view(access.people(incident), viewer):
            # The same answer whether it does not exist or is not theirs: existence is not disclosed.
            respond(text=t(lang, "status.not_found", query=incident_id), response_type="ephemeral")
            return
        with open_session(ctx.engine) as session:
            text, blocks = render.card(ctx, session, incident, for_office=viewer.is_office_member)
        respond(text=text, blocks=blocks, response_type="ephemeral")


def _visible_list(ctx: Context, user: str) -> Message:
    """The incidents a person reported, owns or deputizes — or all of them, for the office."""
    office = access.is_office_member(ctx, user)
    with open_session(ctx.engine) as session:
        rows = repo.incidents_involving(session, user, include_all=office, limit=STATUS_LIST_LIMIT + 1)
    names = {d.id: d.display_name(ctx.language) for d in ctx.directory.departments}
    return status_list(
        list(rows[:STATUS_LIST_LIMIT]), more=len(rows) > STATUS_LIST_LIMIT, department_names=names,
        lang=ctx.language, tz=ctx.tz,
    )
