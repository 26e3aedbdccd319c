"""Buttons on the incident card, in the task list, in DMs and on the Home tab.

Every listener acks first. A button that opens a modal checks the presser's rights and calls
``views.open`` itself, right after the ack, while its trigger is fresh (it never waits behind
other work); everything else goes to the post-ack hook (``Request.after_ack``), and the messages
a change decides are sent by the workers (``services.work.wake``).
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import Any

from slack_bolt import Ack, App, BoltContext, Respond

from domain import access as rules
from domain.access import can_view
from domain.incidents import ValidationFailed
from domain.tasks import TaskStatus, can_manage_tasks
from handlers import parse
from handlers.request import Request, Rule, first_action, request_of
from prompts import kit
from prompts import legal_form as prompts_legal_form
from prompts import phases as prompts_phases
from prompts import recurrence as prompts_recurrence
from prompts import second_report as prompts_second_report
from prompts import tasks as prompts_tasks
from prompts.common import mention
from prompts.i18n import format_datetime, t
from prompts.ids import Action, TaskMenu
from services import drills, home, incidents, legal, recurrence, tasks, work
from services.ports import SlackFailure
from services.results import Outcome

log = logging.getLogger(__name__)

Body = dict[str, Any]

#: The task menu's choice for "snooze" (the buttons in reminders, not a menu entry).
SNOOZE = "snooze"


#: Set while a listener itself runs a modal opener (``_modal``): its answers then go to the post-ack
#: pool, since the listener makes no Slack call but ``views.open``.
_in_listener = threading.local()


def tell(req: Request, respond: Respond, text: str) -> None:
    """An ephemeral answer to the person who pressed the button (none on the Home tab, which is
    republished instead); from a listener, it is sent by the post-ack pool."""
    if getattr(_in_listener, "active", False):
        req.after_ack(_tell, req, respond, text)
    else:
        _tell(req, respond, text)


def _tell(req: Request, respond: Respond, text: str) -> None:
    if req.body.get("response_url"):
        respond(text=text, response_type="ephemeral", replace_original=False)
        return
    if req.channel:
        try:
            req.ctx.slack.ephemeral(req.channel, req.user, text)
        except SlackFailure as failure:
            log.warning("could not answer a button press: %s", failure.code)


def open_modal(req: Request, respond: Respond, view: dict[str, Any]) -> None:
    try:
        drills.scoped(req.ctx, req.incident).slack.call("views.open", trigger_id=req.body["trigger_id"], view=view)
    except SlackFailure as failure:
        log.warning("could not open a modal: %s", failure.code)
        tell(req, respond, t(req.ctx.config.language, "failed"))


def permitted(req: Request, respond: Respond, rule: Rule, denied_key: str = "denied") -> bool:
    """Whether the button's incident exists and the presser may act on it; if not they are told
    so (without learning whether the incident exists)."""
    if req.allows(rule):
        return True
    tell(req, respond, t(req.ctx.config.language, denied_key))
    return False


def _after(context: BoltContext, then: Callable[[Request, Respond], None], respond: Respond) -> None:
    req = request_of(context)
    req.after_ack(then, req, respond)


def _modal(context: BoltContext, opener: Callable[[Request, Respond], None], respond: Respond) -> None:
    """Open a modal from the listener, right after its ack: a trigger lives 3 s, so this must not
    queue behind other work (only database reads and the cached membership check come first)."""
    req = request_of(context)
    if not req.first_press():  # a replayed press opens nothing (its trigger was used by the first)
        return
    _in_listener.active = True
    try:
        opener(req, respond)
    finally:
        _in_listener.active = False


# --- the incident card ---------------------------------------------------------------------------


def acknowledge(ack: Ack, respond: Respond, context: BoltContext) -> None:
    ack()
    _after(context, _acknowledge, respond)


def _acknowledge(req: Request, respond: Respond) -> None:
    ctx, lang = req.ctx, req.ctx.config.language
    incident = req.incident
    if incident is None:  # the same answer as for someone who may not acknowledge: existence is not disclosed
        tell(req, respond, t(lang, "denied_ack"))
        return
    result = incidents.acknowledge(ctx, incident, req.user)
    if result.outcome is Outcome.DENIED:
        tell(req, respond, t(lang, "denied_ack"))
    elif result.outcome is Outcome.ALREADY_ACKED:
        current = result.incident
        at = format_datetime(lang, current.acked_at, ctx.config.tz)
        tell(req, respond, t(lang, "already_acked", user=mention(current.acked_by, lang), at=at))
    elif result.outcome is Outcome.CLOSED:
        tell(req, respond, t(lang, "closed_already"))
    work.wake(ctx)


def open_second_report(ack: Ack, respond: Respond, context: BoltContext) -> None:
    ack()
    _modal(context, _open_second_report, respond)


def _open_second_report(req: Request, respond: Respond) -> None:
    if not permitted(req, respond, rules.can_report_detail):
        return
    incident = req.incident
    latest = incidents.latest_second_report(req.ctx, incident)
    view = prompts_second_report.second_report_modal(
        lang=incident.language,
        incident_id=incident.public_id,
        prefill=prompts_second_report.second_report_prefill(incident, latest),
    )
    open_modal(req, respond, view)


def open_phase_change(ack: Ack, respond: Respond, context: BoltContext) -> None:
    ack()
    _modal(context, _open_phase_change, respond)


def _open_phase_change(req: Request, respond: Respond) -> None:
    if not permitted(req, respond, rules.is_manager):
        return
    incident = req.incident
    form = incidents.phase_form(req.ctx, incident)
    if form is None:
        tell(req, respond, t(incident.language, "closed_already"))
        return
    view = prompts_phases.phase_modal(
        lang=incident.language, incident_id=incident.public_id, current=form.current, choices=form.choices,
        open_tasks=form.open_tasks, tz=req.ctx.config.tz, now=req.ctx.now(),
    )
    open_modal(req, respond, view)


# --- legal obligations ---------------------------------------------------------------------------


def open_legal(ack: Ack, respond: Respond, context: BoltContext) -> None:
    ack()
    _modal(context, _open_legal, respond)


def _open_legal(req: Request, respond: Respond) -> None:
    if not permitted(req, respond, rules.is_manager, "legal.denied"):
        return
    incident = req.incident
    facts, override = legal.current_facts(req.ctx, incident)
    view = prompts_legal_form.legal_modal(
        lang=incident.language, incident_id=incident.public_id, facts=facts,
        versions=legal.ruleset_choices(override), override=override,
    )
    open_modal(req, respond, view)


def legal_drafts(ack: Ack, respond: Respond, context: BoltContext) -> None:
    ack()
    _after(context, _legal_drafts, respond)


def _legal_drafts(req: Request, respond: Respond) -> None:
    if not permitted(req, respond, rules.is_manager, "legal.denied"):
        return
    incident = req.incident
    try:
        legal.post_drafts(req.ctx, incident, user=req.user)
    except SlackFailure as failure:
        log.warning("posting drafts failed: %s", failure.code)
        tell(req, respond, t(incident.language, "failed"))
    work.wake(req.ctx)


# --- recurrence prevention ----------------------------------------------------------------------


def open_recurrence(ack: Ack, respond: Respond, context: BoltContext) -> None:
    ack()
    _after(context, _open_recurrence, respond)


def _open_recurrence(req: Request, respond: Respond) -> None:
    ctx, incident = req.ctx, req.incident
    lang = req.language
    allowed = recurrence.may_submit(ctx, incident, req.viewer) if incident is not None else Outcome.DENIED
    if allowed is not Outcome.DONE:
        found = recurrence.history(ctx, incident).latest if allowed is Outcome.DUPLICATE and incident else None
        key = {Outcome.DENIED: "recurrence.denied", Outcome.CLOSED: "recurrence.already_approved"}.get(
            allowed, "recurrence.awaiting"
        )
        if allowed is Outcome.CLOSED and incident is not None and incident.closed_at is not None:
            key = "closed_already"
        tell(req, respond, t(lang, key, version=found.version if found else ""))
        return
    past = recurrence.history(ctx, incident)
    latest = past.latest
    view = prompts_recurrence.recurrence_modal(
        lang=lang, incident_id=incident.public_id, tz=ctx.config.tz, now=ctx.now(), near_miss=incident.near_miss,
        prefill=latest, returned_with=past.comments_on(latest.id) if latest else (),
    )
    open_modal(req, respond, view)


def open_recurrence_review(ack: Ack, respond: Respond, context: BoltContext) -> None:
    ack()
    _after(context, _open_recurrence_review, respond)


def _open_recurrence_review(req: Request, respond: Respond) -> None:
    ctx, incident = req.ctx, req.incident
    lang = req.language
    allowed, row = recurrence.review_target(ctx, incident, None, user=req.user) if incident else (Outcome.DENIED, None)
    if allowed is not Outcome.DONE or row is None or incident is None:
        tell(req, respond, t(lang, "recurrence.review_denied" if allowed is Outcome.DENIED else "recurrence.already_decided"))
        return
    past = recurrence.history(ctx, incident)
    view = prompts_recurrence.review_modal(
        lang=lang, incident_id=incident.public_id, statement=row, tz=ctx.config.tz,
        earlier=[r for r in past.reviews if r.statement_id != row.id],
        near_miss=incident if incident.near_miss else None,
    )
    open_modal(req, respond, view)


# --- countermeasures -----------------------------------------------------------------------------


def add_task(ack: Ack, respond: Respond, context: BoltContext) -> None:
    ack()
    _modal(context, _add_task, respond)


def _add_task(req: Request, respond: Respond) -> None:
    if not permitted(req, respond, can_manage_tasks, "task.denied"):
        return
    incident = req.incident
    view = prompts_tasks.task_modal(
        lang=incident.language, incident_id=incident.public_id, default_assignee=incident.owner_id, now=req.ctx.now()
    )
    open_modal(req, respond, view)


def _first_action(body: Body) -> dict[str, Any]:
    return first_action(body)


def _button_value(body: Body) -> str:
    return str(_first_action(body).get("value") or "")


def _on_task(context: BoltContext, respond: Respond, task_id: str, choice: str, day: str | None = None) -> None:
    req = request_of(context)
    if choice in (TaskMenu.EDIT, TaskMenu.REASSIGN):  # opens a modal: now, while the trigger is fresh
        _modal(context, lambda r, rs: task_action(r, rs, task_id, choice, day=day), respond)
    else:
        req.after_ack(task_action, req, respond, task_id, choice, day=day)


def task_menu(ack: Ack, body: Body, respond: Respond, context: BoltContext) -> None:
    ack()
    selected = _first_action(body).get("selected_option")
    choice, _, task_id = str(selected.get("value", "") if isinstance(selected, dict) else "").partition(":")
    _on_task(context, respond, task_id, choice)


def task_done(ack: Ack, body: Body, respond: Respond, context: BoltContext) -> None:
    ack()
    _on_task(context, respond, _button_value(body), TaskMenu.DONE)


def task_snooze(ack: Ack, body: Body, respond: Respond, context: BoltContext) -> None:
    ack()
    _on_task(context, respond, _button_value(body), SNOOZE)


def task_snooze_date(ack: Ack, body: Body, respond: Respond, context: BoltContext) -> None:
    ack()
    action = _first_action(body)
    _on_task(context, respond, str(action.get("block_id", "")).removeprefix("task_"), SNOOZE, action.get("selected_date"))


def task_reassign(ack: Ack, body: Body, respond: Respond, context: BoltContext) -> None:
    ack()
    _on_task(context, respond, _button_value(body), TaskMenu.REASSIGN)


def open_channel(ack: Ack) -> None:
    ack()  # a link button: Slack opens the URL; the click is only acknowledged


def task_action(req: Request, respond: Respond, task_id: str, choice: str, *, day: str | None = None) -> None:
    """Done, cancel, snooze, edit or reassign one task; the use cases check who is asking."""
    ctx, user = req.ctx, req.user
    number = parse.object_id(task_id)
    found = tasks.get(ctx, number) if number else None
    if found is not None:
        req.use_incident(found[1])
    if found is None or not req.allows(lambda people, viewer: can_view(people, viewer) or viewer.user_id == found[0].assignee):
        # Someone who may not see the incident gets the same answer whether or not the task exists.
        tell(req, respond, t(ctx.config.language, "task.denied"))
        return
    task, incident = found
    lang = incident.language
    if choice in (TaskMenu.EDIT, TaskMenu.REASSIGN):
        allowed = tasks.may_manage(ctx, task, incident, user=user)
        if allowed is not Outcome.DONE:
            tell(req, respond, t(lang, "task.denied" if allowed is Outcome.DENIED else "task.not_open"))
            return
        view = (
            prompts_tasks.task_modal(lang=lang, incident_id=incident.public_id, default_assignee=None, now=ctx.now(), task=task)
            if choice == TaskMenu.EDIT
            else prompts_tasks.reassign_modal(lang=lang, task=task)
        )
        open_modal(req, respond, view)
        return
    title = kit.escape(task.title)
    try:
        if choice == TaskMenu.DONE:
            result = tasks.finish(ctx, task, incident, TaskStatus.DONE, user=user)
            answer = t(lang, "task.done_ok", title=title)
        elif choice == TaskMenu.CANCEL:
            result = tasks.finish(ctx, task, incident, TaskStatus.CANCELLED, user=user)
            answer = t(lang, "task.cancelled_ok", title=title)
        elif choice == SNOOZE:
            until = tasks.snooze_until(ctx, day)
            result = tasks.snooze(ctx, task, incident, until, user=user)
            answer = t(lang, "task.snoozed_ok", title=title, until=format_datetime(lang, until, ctx.config.tz))
        else:
            return
    except (ValidationFailed, ValueError):
        tell(req, respond, t(lang, "error.not_in_future"))
        return
    if result.outcome is Outcome.DENIED:
        answer = t(lang, "task.denied")
    elif result.outcome is not Outcome.DONE:
        answer = t(lang, "task.not_open")
    tell(req, respond, answer)
    work.wake(ctx)
    if (req.body.get("view") or {}).get("type") == "home":
        home.publish(ctx, user)


def register(app: App) -> None:
    app.action(Action.ACKNOWLEDGE)(acknowledge)
    app.action(Action.OPEN_SECOND_REPORT)(open_second_report)
    app.action(Action.OPEN_PHASE_CHANGE)(open_phase_change)
    app.action(Action.OPEN_LEGAL)(open_legal)
    app.action(Action.LEGAL_DRAFTS)(legal_drafts)
    app.action(Action.ADD_TASK)(add_task)
    app.action(Action.TASK_MENU)(task_menu)
    app.action(Action.TASK_DONE)(task_done)
    app.action(Action.TASK_SNOOZE)(task_snooze)
    app.action(Action.TASK_SNOOZE_DATE)(task_snooze_date)
    app.action(Action.TASK_REASSIGN)(task_reassign)
    app.action(Action.OPEN_CHANNEL)(open_channel)
    app.action(Action.OPEN_RECURRENCE)(open_recurrence)
    app.action(Action.OPEN_RECURRENCE_REVIEW)(open_recurrence_review)
