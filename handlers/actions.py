"""Buttons on the incident card and in escalation DMs."""

from __future__ import annotations

import logging
from datetime import date, timedelta

from slack_bolt import App

from bot.slack import SlackFailure
from domain import access as rules
from domain.incidents import ValidationFailed, parse_public_id
from domain.legal import RULE_SETS
from domain.phases import Phase, next_phases
from domain.reminders import snooze_until_date
from domain.tasks import TaskStatus, can_manage_tasks
from prompts import kit
from prompts.i18n import format_datetime, t
from prompts.common import mention
from prompts.legal_form import legal_modal
from prompts.phases import phase_modal
from prompts.second_report import second_report_modal, second_report_prefill
from prompts import tasks as prompts_tasks
from prompts.ids import Action, TaskMenu
from services import access, home, incidents, legal, outbox, tasks
from services.context import Context
from services.results import Outcome
from storage import repo
from storage.db import session as open_session
from storage.models import Incident

log = logging.getLogger(__name__)


def _incident_of(ctx: Context, body: dict) -> Incident | None:
    action = (body.get("actions") or [{}])[0]
    incident_id = parse_public_id(str(action.get("value") or ""))
    return incidents.find(ctx, incident_id) if incident_id else None


def _incident_for(ctx: Context, body: dict, respond, allowed, denied_key: str = "denied") -> Incident | None:
    """The incident a button is about, if the person who pressed it may act on it; otherwise
    they are told so (without learning whether the incident exists) and None is returned."""
    incident = _incident_of(ctx, body)
    channel = (body.get("channel") or {}).get("id")
    if incident is None or not allowed(
        access.people(incident), access.viewer(ctx, body["user"]["id"], incident, in_channel=channel)
    ):
        _tell(ctx, respond, body, t(ctx.language, denied_key))
        return None
    return incident


def _tell(ctx: Context, respond, body: dict, text: str) -> None:
    """An ephemeral answer to the person who pressed the button (none on the Home tab, which is
    republished instead)."""
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
        incident = _incident_for(ctx, body, respond, rules.can_report_detail)
        if incident is None:
            return
        with open_session(ctx.engine) as session:
            latest = repo.latest_second_report(session, incident.id)
        view = second_report_modal(
            lang=incident.language,
            incident_id=incident.public_id,
            prefill=second_report_prefill(incident, latest),
        )
        _open(ctx, respond, body, view)

    @app.action(Action.OPEN_PHASE_CHANGE)
    def open_phase_change(ack, body, respond):
        ack()
        incident = _incident_for(ctx, body, respond, rules.is_manager)
        if incident is None:
            return
        current = Phase(incident.phase)
        if current is Phase.CLOSED:
            _tell(ctx, respond, body, t(incident.language, "closed_already"))
            return
        open_tasks = [x for x in tasks.tasks_of(ctx, incident.id) if x.status == TaskStatus.OPEN]
        view = phase_modal(
            lang=incident.language, incident_id=incident.public_id, current=current, choices=next_phases(current),
            open_tasks=open_tasks, tz=ctx.tz, now=ctx.now(),
        )
        _open(ctx, respond, body, view)

    # --- legal obligations ----------------------------------------------------------------------

    @app.action(Action.OPEN_LEGAL)
    def open_legal(ack, body, respond):
        ack()
        incident = _incident_for(ctx, body, respond, rules.is_manager, "legal.denied")
        if incident is None:
            return
        facts, override = legal.current_facts(ctx, incident)
        view = legal_modal(
            lang=incident.language, incident_id=incident.public_id, facts=facts,
            versions=[r.version for r in RULE_SETS], override=override,
        )
        _open(ctx, respond, body, view)

    @app.action(Action.LEGAL_DRAFTS)
    def legal_drafts(ack, body, respond):
        ack()
        incident = _incident_for(ctx, body, respond, rules.is_manager, "legal.denied")
        if incident is None:
            return
        try:
            legal.post_drafts(ctx, incident, user=body["user"]["id"])
        except SlackFailure as failure:
            log.warning("posting drafts failed: %s", failure.code)
            _tell(ctx, respond, body, t(incident.language, "failed"))
        outbox.deliver(ctx, incident_id=incident.id)

    # --- countermeasures ------------------------------------------------------------------------

    @app.action(Action.ADD_TASK)
    def add_task(ack, body, respond):
        ack()
        incident = _incident_for(ctx, body, respond, can_manage_tasks, "task.denied")
        if incident is None:
            return
        view = prompts_tasks.task_modal(
            lang=incident.language, incident_id=incident.public_id, default_assignee=incident.owner_id, now=ctx.now()
        )
        _open(ctx, respond, body, view)

    @app.action(Action.TASK_MENU)
    def task_menu(ack, body, respond):
        ack()
        choice, _, task_id = str(((body.get("actions") or [{}])[0].get("selected_option") or {}).get("value", "")).partition(":")
        _task_action(ctx, body, respond, task_id, choice)

    @app.action(Action.TASK_DONE)
    def task_done(ack, body, respond):
        ack()
        _task_action(ctx, body, respond, _value(body), TaskMenu.DONE)

    @app.action(Action.TASK_SNOOZE)
    def task_snooze(ack, body, respond):
        ack()
        _task_action(ctx, body, respond, _value(body), "snooze")

    @app.action(Action.TASK_SNOOZE_DATE)
    def task_snooze_date(ack, body, respond):
        ack()
        action = (body.get("actions") or [{}])[0]
        task_id = str(action.get("block_id", "")).removeprefix("task_")
        _task_action(ctx, body, respond, task_id, "snooze", day=action.get("selected_date"))

    @app.action(Action.TASK_REASSIGN)
    def task_reassign(ack, body, respond):
        ack()
        _task_action(ctx, body, respond, _value(body), TaskMenu.REASSIGN)

    @app.action(Action.OPEN_CHANNEL)
    def open_channel(ack):
        ack()  # a link button: Slack opens the URL; the click is only acknowledged


def _value(body: dict) -> str:
    return str((body.get("actions") or [{}])[0].get("value") or "")


def _task_action(ctx: Context, body: dict, respond, task_id: str, choice: str, *, day: str | None = None) -> None:
    """Done, cancel, snooze, edit or reassign one task, after checking who is asking."""
    user = body["user"]["id"]
    found = tasks.get(ctx, int(task_id)) if task_id.isdigit() else None
    if found is None:
        _tell(ctx, respond, body, t(ctx.language, "task.not_open"))
        return
    task, incident = found
    lang = incident.language
    if task.status != TaskStatus.OPEN:
        _tell(ctx, respond, body, t(lang, "task.not_open"))
        return
    viewer = access.viewer(ctx, user, incident)
    people = access.people(incident)
    if choice in (TaskMenu.EDIT, TaskMenu.REASSIGN):
        if not can_manage_tasks(people, viewer):
            _tell(ctx, respond, body, t(lang, "task.denied"))
            return
        view = (
            prompts_tasks.task_modal(lang=lang, incident_id=incident.public_id, default_assignee=None, now=ctx.now(), task=task)
            if choice == TaskMenu.EDIT
            else prompts_tasks.reassign_modal(lang=lang, task=task)
        )
        _open(ctx, respond, body, view)
        return
    title = kit.escape(task.title)
    try:
        if choice == TaskMenu.DONE:
            result = tasks.finish(ctx, task, incident, TaskStatus.DONE, user=user)
            answer = t(lang, "task.done_ok", title=title)
        elif choice == TaskMenu.CANCEL:
            result = tasks.finish(ctx, task, incident, TaskStatus.CANCELLED, user=user)
            answer = t(lang, "task.cancelled_ok", title=title)
        elif choice == "snooze":
            until = snooze_until_date(date.fromisoformat(day), ctx.reminder_policy) if day else ctx.now() + timedelta(days=1)
            result = tasks.snooze(ctx, task, incident, until, user=user)
            answer = t(lang, "task.snoozed_ok", title=title, until=format_datetime(lang, until, ctx.tz))
        else:
            return
    except (ValidationFailed, ValueError):
        _tell(ctx, respond, body, t(lang, "error.not_in_future"))
        return
    if result.outcome is Outcome.DENIED:
        answer = t(lang, "task.denied")
    elif result.outcome is not Outcome.DONE:
        answer = t(lang, "task.not_open")
    _tell(ctx, respond, body, answer)
    outbox.deliver(ctx, incident_id=incident.id)
    if (body.get("view") or {}).get("type") == "home":
        home.publish(ctx, user)


def _open(ctx: Context, respond, body: dict, view: dict) -> None:
    try:
        ctx.slack.call("views.open", trigger_id=body["trigger_id"], view=view)
    except SlackFailure as failure:
        log.warning("could not open a modal: %s", failure.code)
        _tell(ctx, respond, body, t(ctx.language, "failed"))
