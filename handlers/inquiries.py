"""The inquiry desk's surfaces: ``/leak-inquiry LEAK-YYYY-NNNN`` and the card's (and Home tab's) "Log
inquiries" button open the inquiry modal; the card's "FAQ" button opens the FAQ modal, whose buttons
push the add/edit form and export the FAQ as a Markdown file.

Every listener acks first; Slack calls go after the ack. Submissions are validated and saved before
the ack (inline errors change nothing). Refusals for an incident that does not exist and for one the
asker may not touch read the same.
"""

from __future__ import annotations

import logging
from typing import Any

from slack_bolt import Ack, App, BoltContext, Respond

from domain.access import can_curate_faq, can_log_inquiry
from domain.incidents import parse_public_id
from domain.inquiries import FaqInput, Field, InquiryInput, Refused, validate_faq, validate_inquiry
from handlers import parse
from handlers.actions import tell
from handlers.request import Request, request_of
from prompts import inquiries as prompts_inquiries
from prompts.i18n import t
from prompts.ids import FAQ_BLOCK, FAQ_REMOVE, Action, Callback, Command
from services import incidents, inquiries, work
from services.ports import SlackFailure
from services.results import Outcome

log = logging.getLogger(__name__)

Body = dict[str, Any]


def _show(req: Request, respond: Respond | None, method: str, view: dict[str, Any]) -> None:
    try:
        req.ctx.slack.call(method, trigger_id=req.body["trigger_id"], view=view)
    except SlackFailure as failure:
        log.warning("could not open an inquiry-desk modal: %s", failure.code)
        if respond is not None:
            tell(req, respond, t(req.ctx.config.language, "failed"))


def _inquiry_modal(req: Request) -> dict[str, Any]:
    assert req.incident is not None
    desk = inquiries.desk_view(req.ctx, req.incident)
    return prompts_inquiries.inquiry_modal(
        lang=req.incident.language, incident_id=desk.incident_id, phase=desk.phase, closed=desk.closed, faq=desk.faq,
        now=req.ctx.now(),
    )


# --- opening the inquiry form --------------------------------------------------------------------


def leak_inquiry(ack: Ack, body: Body, respond: Respond, context: BoltContext) -> None:
    ack()
    req = request_of(context)
    req.after_ack(_open_from_command, req, respond, (body.get("text") or "").strip())


def _open_from_command(req: Request, respond: Respond, query: str) -> None:
    ctx, lang = req.ctx, req.ctx.config.language
    incident_id = parse_public_id(query) if query else None
    if incident_id is None:
        respond(text=t(lang, "inquiry.usage"), response_type="ephemeral")
        return
    req.use_incident(incidents.find(ctx, incident_id))
    if not req.allows(can_log_inquiry):
        # The same answer whether it does not exist or is not theirs: existence is not disclosed.
        respond(text=t(lang, "inquiry.not_found", query=incident_id), response_type="ephemeral")
        return
    try:
        ctx.slack.call("views.open", trigger_id=req.body["trigger_id"], view=_inquiry_modal(req))
    except SlackFailure as failure:
        log.warning("could not open the inquiry modal: %s", failure.code)
        respond(text=t(lang, "failed"), response_type="ephemeral")


def open_inquiry(ack: Ack, respond: Respond, context: BoltContext) -> None:
    ack()
    req = request_of(context)
    req.after_ack(_open_from_button, req, respond)


def _open_from_button(req: Request, respond: Respond) -> None:
    if not req.allows(can_log_inquiry):
        tell(req, respond, t(req.ctx.config.language, "inquiry.not_found", query=req.incident_ref or "?"))
        return
    _show(req, respond, "views.open", _inquiry_modal(req))


def _inquiry_input(view: dict[str, Any]) -> InquiryInput:
    s = parse.values(view)
    return InquiryInput(
        channel=parse.choice(s, Field.CHANNEL),
        category=parse.choice(s, Field.CATEGORY),
        count=parse.text(s, Field.COUNT),
        received_at=parse.moment(s, Field.RECEIVED_AT),
        summary=parse.text(s, Field.SUMMARY),
    )


def submit_inquiry(ack: Ack, view: dict[str, Any], context: BoltContext) -> None:
    req = request_of(context)
    lang = req.language
    incident = req.incident if req.allows(can_log_inquiry) else None
    if incident is None:
        ack(response_action="errors", errors={Field.COUNT: t(lang, "inquiry.not_found", query=req.incident_ref or "?")})
        return
    try:
        batch = validate_inquiry(_inquiry_input(view), now=req.ctx.now())
    except Refused as refused:
        ack(response_action="errors", errors=prompts_inquiries.field_errors(refused, lang))
        return
    inquiries.log_inquiry(req.ctx, incident, batch, user=req.user, source_key=view["id"])
    ack(
        response_action="update",
        view=prompts_inquiries.receipt_view(
            lang=lang, incident_id=incident.public_id, count=batch.count, category=batch.category,
            channel=batch.channel, at=batch.received_at, tz=req.ctx.config.tz,
        ),
    )
    work.wake(req.ctx)  # the messages it decided are in the outbox


# --- the FAQ -------------------------------------------------------------------------------------


def open_faq(ack: Ack, respond: Respond, context: BoltContext) -> None:
    ack()
    req = request_of(context)
    req.after_ack(_open_faq, req, respond)


def _open_faq(req: Request, respond: Respond) -> None:
    if not req.allows(can_curate_faq):
        tell(req, respond, t(req.ctx.config.language, "faq.denied"))
        return
    incident = req.incident
    assert incident is not None
    state = inquiries.faq_state(req.ctx, incident)
    view = prompts_inquiries.faq_modal(
        lang=incident.language, incident_id=incident.public_id, items=state.items, revision=state.revision,
        recent=state.recent, tz=req.ctx.config.tz,
    )
    _show(req, respond, "views.open", view)


def faq_add(ack: Ack, context: BoltContext) -> None:
    ack()
    req = request_of(context)
    req.after_ack(_push_faq_form, req, None)


def faq_edit(ack: Ack, body: Body, context: BoltContext) -> None:
    ack()
    req = request_of(context)
    block = str(((body.get("actions") or [{}])[0]).get("block_id") or "")
    number = block.removeprefix(FAQ_BLOCK)
    req.after_ack(_push_faq_form, req, int(number) if number.isdigit() else -1)


def _push_faq_form(req: Request, number: int | None) -> None:
    if not req.allows(can_curate_faq):
        return  # only curators see the FAQ modal; a forged press changes nothing and shows nothing
    incident = req.incident
    assert incident is not None
    item = inquiries.faq_item(req.ctx, incident, number) if number is not None else None
    if number is not None and item is None:
        return
    _show(req, None, "views.push", prompts_inquiries.faq_form(lang=incident.language, incident_id=incident.public_id, item=item))


def faq_export(ack: Ack, context: BoltContext) -> None:
    ack()
    req = request_of(context)
    req.after_ack(_export, req)


def _export(req: Request) -> None:
    if not req.allows(can_curate_faq):
        return
    incident = req.incident
    assert incident is not None
    try:
        inquiries.export_faq(req.ctx, incident, user=req.user)
    except SlackFailure as failure:
        log.warning("exporting the FAQ failed: %s", failure.code)
        if incident.channel_id:
            try:
                req.ctx.slack.ephemeral(incident.channel_id, req.user, t(incident.language, "failed"))
            except SlackFailure:
                pass
        return
    work.wake(req.ctx)


def submit_faq(ack: Ack, view: dict[str, Any], context: BoltContext) -> None:
    req = request_of(context)
    lang = req.language
    incident = req.incident if req.allows(can_curate_faq) else None
    if incident is None:
        ack(response_action="errors", errors={Field.QUESTION: t(lang, "faq.denied")})
        return
    s = parse.values(view)
    raw = FaqInput(parse.text(s, Field.QUESTION), parse.text(s, Field.ANSWER), removed=parse.checked(s, FAQ_REMOVE))
    try:
        draft = validate_faq(raw)
    except Refused as refused:
        ack(response_action="errors", errors=prompts_inquiries.field_errors(refused, lang))
        return
    number = req.metadata.get("number")
    result = inquiries.save_faq(
        req.ctx, incident, int(number) if isinstance(number, int) else None, draft, user=req.user, source_key=view["id"]
    )
    if result.outcome is Outcome.CLOSED:
        ack(response_action="errors", errors={Field.QUESTION: t(lang, "faq.gone")})
        return
    ack(response_action="clear")
    work.wake(req.ctx)  # the messages it decided are in the outbox


def register(app: App) -> None:
    app.command(Command.INQUIRY)(leak_inquiry)
    app.action(Action.OPEN_INQUIRY)(open_inquiry)
    app.action(Action.OPEN_FAQ)(open_faq)
    app.action(Action.FAQ_ADD)(faq_add)
    app.action(Action.FAQ_EDIT)(faq_edit)
    app.action(Action.FAQ_EXPORT)(faq_export)
    app.view(Callback.INQUIRY)(submit_inquiry)
    app.view(Callback.FAQ_EDIT)(submit_faq)
