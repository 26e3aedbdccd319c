"""Issue 9 surfaces: the card buttons "Contacts", "Publication" and "Contractor/principal", and
their modals. Owner, deputy and privacy office only (refused alike whether or not the incident
exists). Buttons ack at once and open the modal after the ack; a submission is validated and saved
before its ack (inline errors otherwise, nothing saved), and Slack is called only after it.
"""

from __future__ import annotations

import logging
from typing import Any

from slack_bolt import Ack, App, BoltContext, Respond

from domain import access as rules
from domain.contacts import BatchInput, Refused
from domain.contractor import LinkInput
from domain.publication import CRITERIA, DecisionInput
from handlers import parse
from handlers.actions import open_modal, permitted, tell
from handlers.request import Request, request_of
from prompts import contacts as prompts_contacts
from prompts import contractor as prompts_contractor
from prompts import publication as prompts_publication
from prompts.i18n import t
from prompts.ids import Action, Callback, ContactField, ContractorField, PublicationField
from services import contacts, legal, publication, work
from services.incidents import Incident

log = logging.getLogger(__name__)

View = dict[str, Any]


def _open(context: BoltContext, respond: Respond, build: Any) -> None:
    req = request_of(context)
    req.after_ack(_open_after_ack, req, respond, build)


def _open_after_ack(req: Request, respond: Respond, build: Any) -> None:
    if not permitted(req, respond, rules.is_manager):
        return
    incident = req.incident
    assert incident is not None  # permitted: the incident exists
    if incident.closed_at is not None:
        tell(req, respond, t(incident.language, "closed_already"))
        return
    open_modal(req, respond, build(req, incident))


def _contacts_view(req: Request, incident: Incident) -> View:
    f = contacts.form(req.ctx, incident)
    return prompts_contacts.contacts_modal(
        lang=incident.language, incident_id=incident.public_id, population=f.population, progress=f.progress,
        batches=f.batches, next_channel=f.next_channel, tz=req.ctx.config.tz, now=req.ctx.now(),
    )


def _publication_view(req: Request, incident: Incident) -> View:
    previous, contractor = publication.publication_form(req.ctx, incident)
    return prompts_publication.publication_modal(
        lang=incident.language, incident_id=incident.public_id, previous=previous, we_are_contractor=contractor,
        default_approver=None,
    )


def _contractor_view(req: Request, incident: Incident) -> View:
    link, default_role = publication.contractor_form(req.ctx, incident)
    return prompts_contractor.contractor_modal(
        lang=incident.language, incident_id=incident.public_id, link=link, default_role=default_role,
    )


def open_contacts(ack: Ack, respond: Respond, context: BoltContext) -> None:
    ack()
    _open(context, respond, _contacts_view)


def open_publication(ack: Ack, respond: Respond, context: BoltContext) -> None:
    ack()
    _open(context, respond, _publication_view)


def open_contractor(ack: Ack, respond: Respond, context: BoltContext) -> None:
    ack()
    _open(context, respond, _contractor_view)


# --- submissions ---------------------------------------------------------------------------------


def _manager_incident(req: Request) -> tuple[Incident | None, str]:
    """The incident the form is about, if the submitter may change it (else the refusal's text key)."""
    incident = req.incident if req.allows(rules.is_manager) else None
    if incident is None:
        return None, "denied"
    if incident.closed_at is not None:
        return None, "closed_already"
    return incident, ""


def _deliver(req: Request, incident_id: int | None) -> None:
    """The messages the change decided are in the outbox: a worker sends them."""
    work.wake(req.ctx)


def submit_contacts(ack: Ack, view: View, context: BoltContext) -> None:
    req = request_of(context)
    (incident, refusal), lang = _manager_incident(req), req.language
    if incident is None:
        ack(response_action="errors", errors={ContactField.POPULATION: t(lang, refusal)})
        return
    s = parse.values(view)
    raw = BatchInput(
        population=parse.text(s, ContactField.POPULATION), channel=parse.choice(s, ContactField.CHANNEL),
        sent_at=parse.moment(s, ContactField.SENT_AT), sent=parse.text(s, ContactField.SENT),
        reached=parse.text(s, ContactField.REACHED), undeliverable=parse.text(s, ContactField.UNDELIVERABLE),
        correct_last=parse.checked(s, ContactField.CORRECT_LAST),
    )
    try:
        contacts.record(req.ctx, incident, raw, user=req.user, source_key=view.get("id"))
    except Refused as refused:
        ack(response_action="errors", errors=prompts_contacts.field_errors(refused.errors, lang))
        return
    ack()
    _deliver(req, incident.id)  # wakes a worker: never blocks, no post-ack hop needed


def submit_publication(ack: Ack, view: View, context: BoltContext) -> None:
    req = request_of(context)
    (incident, refusal), lang = _manager_incident(req), req.language
    if incident is None:
        ack(response_action="errors", errors={PublicationField.CONTROL: t(lang, refusal)})
        return
    s = parse.values(view)
    raw = DecisionInput(
        criteria={c.value: parse.text(s, c.value) for c in CRITERIA},
        decision=parse.choice(s, PublicationField.DECISION), reason=parse.text(s, PublicationField.REASON),
        approver_kind=parse.choice(s, PublicationField.APPROVER_KIND), approver=parse.user(s, PublicationField.APPROVER),
        published_at=parse.moment(s, PublicationField.PUBLISHED_AT), methods=parse.choices(s, PublicationField.METHODS),
        principal_agreed=parse.choice(s, PublicationField.PRINCIPAL_AGREED),
    )
    try:
        publication.decide(req.ctx, incident, raw, user=req.user, source_key=view.get("id"))
    except Refused as refused:
        ack(response_action="errors", errors=prompts_contacts.field_errors(refused.errors, lang))
        return
    ack()
    _deliver(req, incident.id)  # wakes a worker: never blocks, no post-ack hop needed


def submit_contractor(ack: Ack, view: View, context: BoltContext) -> None:
    req = request_of(context)
    (incident, refusal), lang = _manager_incident(req), req.language
    if incident is None:
        ack(response_action="errors", errors={ContractorField.COUNTERPARTY: t(lang, refusal)})
        return
    s = parse.values(view)
    raw = LinkInput(
        our_role=parse.choice(s, ContractorField.OUR_ROLE), counterparty=parse.text(s, ContractorField.COUNTERPARTY),
        contractor_reported_at=parse.moment(s, ContractorField.CONTRACTOR_REPORTED_AT),
        notified_at=parse.moment(s, ContractorField.NOTIFIED_AT), notified_by=parse.user(s, ContractorField.NOTIFIED_BY),
        notice_method=parse.choice(s, ContractorField.NOTICE_METHOD), answer=parse.choice(s, ContractorField.ANSWER),
        answered_at=parse.moment(s, ContractorField.ANSWERED_AT),
    )
    try:
        facts_changed = publication.record_link(req.ctx, incident, raw, user=req.user)
    except Refused as refused:
        ack(response_action="errors", errors=prompts_contacts.field_errors(refused.errors, lang))
        return
    ack()
    req.after_ack(_after_link, req, incident.id, facts_changed)


def _after_link(req: Request, incident_id: int, facts_changed: bool) -> None:
    if facts_changed:  # our role or the notice to the principal: the legal answer may change (規則9条)
        legal.reassess_after_report(req.ctx, incident_id, trigger="contractor")
    _deliver(req, incident_id)


def register(app: App) -> None:
    app.action(Action.OPEN_CONTACTS)(open_contacts)
    app.action(Action.OPEN_PUBLICATION)(open_publication)
    app.action(Action.OPEN_CONTRACTOR)(open_contractor)
    app.view(Callback.CONTACTS)(submit_contacts)
    app.view(Callback.PUBLICATION)(submit_publication)
    app.view(Callback.CONTRACTOR)(submit_contractor)
