"""Buttons on the incident card and in escalation DMs."""

from __future__ import annotations

import logging

from slack_bolt import App

from bot.slack import SlackFailure
from domain import access as rules
from domain.incidents import parse_public_id
from domain.phases import Phase, next_phases
from prompts import views
from prompts.i18n import format_datetime, t
from prompts.messages import mention
from prompts.ids import Action
from services import access, incidents, outbox
from services.context import Context
from services.incidents import Outcome
from storage import repo
from storage.db import session as open_session
from storage.models import Incident

log = logging.getLogger(__name__)


def _incident_of(ctx: Context, body: dict) -> Incident | None:
    action = (body.get("actions") or [{}])[0]
    incident_id = parse_public_id(str(action.get("value") or ""))
    return incidents.find(ctx, incident_id) if incident_id else None


def _tell(ctx: Context, respond, body: dict, text: str) -> None:
    """An ephemeral answer to the person who pressed the button."""
    if body.get("response_url"):
        respond(text=text, response_type="ephemeral", replace_original=False)
        return
    channel = (body.get("channel") or {}).get("id")
    if channel:
        try:
            ctx.slack.ephemeral(channel, body["user"]["id"], text)
        except SlackFailure as failure:
            log.warning("could not answer a button press: %s", failure.code)


def register(app: App, ctx: Context) -> None:
    @app.action(Action.ACKNOWLEDGE)
    def acknowledge(ack, body, respond):
        ack()
        user = body["user"]["id"]
        lang = ctx.language
        incident = _incident_of(ctx, body)
        if incident is None:
            _tell(ctx, respond, body, t(lang, "status.not_found", query="?"))
            return
        result = incidents.acknowledge(ctx, incident, user)
        if result.outcome is Outcome.DENIED:
            _tell(ctx, respond, body, t(lang, "denied_ack"))
        elif result.outcome is Outcome.ALREADY_ACKED:
            current = result.incident
            _tell(
                ctx,
                respond,
                body,
                t(lang, "already_acked", user=mention(current.acked_by, lang), at=format_datetime(lang, current.acked_at, ctx.tz)),
            )
        elif result.outcome is Outcome.CLOSED:
            _tell(ctx, respond, body, t(lang, "closed_already"))
        outbox.deliver(ctx, incident_id=incident.id)

    @app.action(Action.OPEN_SECOND_REPORT)
    def open_second_report(ack, body, respond):
        ack()
        user = body["user"]["id"]
        incident = _incident_of(ctx, body)
        channel = (body.get("channel") or {}).get("id")
        if incident is None or not rules.can_report_detail(
            access.people(incident), access.viewer(ctx, user, incident, in_channel=channel)
        ):
            _tell(ctx, respond, body, t(ctx.language, "denied"))
            return
        with open_session(ctx.engine) as session:
            latest = repo.latest_second_report(session, incident.id)
        view = views.second_report_modal(
            lang=incident.language,
            incident_id=incident.public_id,
            prefill=views.second_report_prefill(incident, latest),
        )
        _open(ctx, respond, body, view)

    @app.action(Action.OPEN_PHASE_CHANGE)
    def open_phase_change(ack, body, respond):
        ack()
        user = body["user"]["id"]
        incident = _incident_of(ctx, body)
        if incident is None or not rules.is_manager(access.people(incident), access.viewer(ctx, user, incident)):
            _tell(ctx, respond, body, t(ctx.language, "denied"))
            return
        current = Phase(incident.phase)
        if current is Phase.CLOSED:
            _tell(ctx, respond, body, t(incident.language, "closed_already"))
            return
        view = views.phase_modal(
            lang=incident.language, incident_id=incident.public_id, current=current, choices=next_phases(current)
        )
        _open(ctx, respond, body, view)


def _open(ctx: Context, respond, body: dict, view: dict) -> None:
    try:
        ctx.slack.call("views.open", trigger_id=body["trigger_id"], view=view)
    except SlackFailure as failure:
        log.warning("could not open a modal: %s", failure.code)
        _tell(ctx, respond, body, t(ctx.language, "failed"))
