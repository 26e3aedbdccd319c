"""Mobilization: everything Slack must do once a first report is saved.

Steps, in order: resolve the owner and deputy, add the playbook's checklist, run the first legal
assessment (its deadlines become tasks), DM the reporter's receipt, create the private channel,
invite the members, set the topic, post the card that mentions the owner and deputy, post the
task list, notify the office. Each step stores its result before the next begins, so a Slack failure or a restart
resumes at the first unfinished step and never repeats a finished one (a step's message whose answer
was lost is looked for before it is posted again, ``services.posting``). A lease on the incident,
owned by one worker thread and renewed while it works (``services.work``), keeps the workers,
the sweep and other replicas from running the same steps at once.
"""

from __future__ import annotations

import logging
from datetime import timedelta

from domain.incidents import channel_name
from domain.timeline import BOT, Event
from prompts import card as prompts_card
from prompts import first_report as prompts_first_report
from services import drills, legal, presenters, tasks
from services.context import Context
from services.outbox import backoff
from services.ports import SlackFailure
from services.posting import post_once
from services.uow import UnitOfWork
from storage import repo
from storage.models import Incident

log = logging.getLogger(__name__)

#: How many ``-2``, ``-3``… suffixes to try when a channel name is taken.
MAX_NAME_ATTEMPTS = 10

#: Invite errors that mean "nothing to do for this user".
_INVITE_DONE = {"already_in_channel", "cant_invite_self"}
#: Invite errors that mean "this user cannot be invited"; logged, not retried.
_INVITE_SKIP = {"user_not_found", "users_not_found", "cant_invite", "user_is_restricted", "user_disabled"}


def mobilize(ctx: Context, incident_id: int) -> bool:
    """Run the unfinished steps for one incident. True when everything is done.

    The lease belongs to the calling thread (``Context.owner``) and is not re-entrant: while one
    thread runs the set-up, nobody else does (not the sweep, not another thread of this process).
    Any failure is rolled back, logged by class and code only (no report text), and retried
    later with backoff; it never escapes to the caller.
    """
    owner, now = ctx.owner, ctx.now()
    with UnitOfWork(ctx) as uow:
        session = uow.session
        claimed = repo.claim_incident(session, incident_id, owner, now, now + ctx.config.lease)
        uow.commit()
        if not claimed:
            return False
        try:
            _run_steps(uow, incident_id)
            return True
        except Exception as exc:  # noqa: BLE001 - a worker never dies of one incident's set-up
            uow.rollback()
            _retry_later(uow, incident_id, exc)
            return False
        finally:
            uow.rollback()
            repo.release_incident(session, incident_id, owner)
            uow.commit()


def _retry_later(uow: UnitOfWork, incident_id: int, exc: Exception) -> None:
    session, ctx = uow.session, uow.ctx
    incident = repo.get_incident(session, incident_id)
    if incident is None:
        return
    attempts = incident.mobilize_attempts + 1
    next_at = ctx.now() + backoff(attempts)
    if isinstance(exc, SlackFailure):
        if exc.retry_after is not None:  # Slack's limits held the call back: resume when they allow
            attempts, next_at = incident.mobilize_attempts, ctx.now() + timedelta(seconds=exc.retry_after)
        log.warning(
            "mobilizing %s stopped at %s: %s (attempt %d)", incident.public_id, exc.method, exc.code, attempts
        )
    else:  # the class only: a database error's message can quote the report's text
        log.error("mobilizing %s failed: %s (attempt %d)", incident.public_id, type(exc).__name__, attempts)
    repo.update_incident(session, incident_id, mobilize_attempts=attempts, mobilize_next_at=next_at)
    uow.commit()


def _save(
    uow: UnitOfWork, incident: Incident, event: Event | None = None, data: dict | None = None, **values: object
) -> Incident:
    """Store one finished step (and its timeline entry) before the next begins."""
    repo.update_incident(uow.session, incident.id, **values)
    if event is not None:
        uow.record(incident.id, event, actor=BOT, data=data or {})
    uow.commit()
    return repo.get_incident(uow.session, incident.id)


def _run_steps(uow: UnitOfWork, incident_id: int) -> None:
    session = uow.session
    incident = repo.get_incident(session, incident_id)
    ctx = drills.scoped(uow.ctx, incident)  # a drill's messages, topic and DMs are marked
    lang = incident.language
    department = ctx.config.directory.department(incident.department_id)
    department_name = ctx.config.department_name(incident.department_id)

    if incident.people_resolved_at is None:
        incident = _save(uow, incident,
            owner_id=ctx.slack.resolve_person(department.owner if department else None),
            deputy_id=ctx.slack.resolve_person(department.deputy if department else None),
            people_resolved_at=ctx.now(),
        )

    if incident.playbook_applied_at is None:
        tasks.apply_playbook(uow, incident)
        incident = _save(uow, incident, playbook_applied_at=ctx.now())

    if repo.latest_assessment(session, incident.id) is None:
        legal.assess_from_reports(uow, incident, trigger="reported")
        uow.commit()

    if incident.receipt_sent_at is None:
        text, blocks = prompts_first_report.receipt_dm(incident.public_id, department_name, lang)
        post_once(uow, _post_key(incident, "receipt"), incident.reporter_id, text, blocks, slack=ctx.slack)
        incident = _save(uow, incident, receipt_sent_at=ctx.now())

    if incident.channel_id is None:
        channel_id, name = _create_channel(ctx, incident)
        incident = _save(uow, incident, Event.CHANNEL_CREATED, {"channel": channel_id}, channel_id=channel_id, channel_name=name
        )

    if incident.invited_at is None:
        invited = _invite(ctx, incident)
        incident = _save(uow, incident, Event.MEMBERS_INVITED, {"users": invited}, invited_at=ctx.now())

    if incident.topic_set_at is None:
        topic = prompts_card.channel_topic(incident, department_name, lang)
        ctx.slack.call("conversations.setTopic", channel=incident.channel_id, topic=topic)
        incident = _save(uow, incident, topic_set_at=ctx.now())

    if incident.card_ts is None:
        text, blocks = presenters.card(ctx, session, incident)
        ts = post_once(uow, _post_key(incident, "card"), incident.channel_id, text, blocks, slack=ctx.slack)
        incident = _save(uow, incident, card_ts=ts)
        try:
            ctx.slack.call("pins.add", channel=incident.channel_id, timestamp=ts)
        except SlackFailure as failure:  # a missing pin is cosmetic; the card is there
            log.info("pinning the card of %s failed: %s", incident.public_id, failure.code)

    if incident.task_list_ts is None:
        text, blocks = presenters.task_list_message(ctx, session, incident)
        ts = post_once(uow, _post_key(incident, "task_list"), incident.channel_id, text, blocks, slack=ctx.slack)
        incident = _save(uow, incident, task_list_ts=ts)

    if incident.office_notice_ts is None:
        text, blocks = prompts_card.office_new_incident(incident, department_name, lang)
        ts = post_once(uow, _post_key(incident, "office"), ctx.config.directory.office_channel, text, blocks, slack=ctx.slack)
        incident = _save(uow, incident, Event.OFFICE_NOTIFIED, {}, office_notice_ts=ts)

    repo.retry_waiting_now(session, incident.id, ctx.now())  # messages that waited for the channel
    _save(uow, incident, mobilized_at=ctx.now())
    log.info("incident %s mobilized in channel %s", incident.public_id, incident.channel_id)


def _post_key(incident: Incident, step: str) -> str:
    """The metadata key of a set-up step's message (exactly-once posts, ``services.posting``)."""
    return f"{incident.public_id}:{step}"


def _create_channel(ctx: Context, incident: Incident) -> tuple[str, str]:
    """Create the private channel named from the ID only; on ``name_taken`` adopt our own channel
    (a crash after creating it) or fall back to ``leak-2026-0007-2``, ``-3``…"""
    for attempt in range(MAX_NAME_ATTEMPTS):
        name = channel_name(incident.public_id, attempt)
        try:
            data = ctx.slack.call("conversations.create", name=name, is_private=True)
            return str(data["channel"]["id"]), name
        except SlackFailure as failure:
            if failure.code != "name_taken":
                raise
        own = ctx.slack.find_own_private_channel(name)
        if own is not None:
            log.info("adopting existing channel %s for %s", name, incident.public_id)
            return own, name
    raise SlackFailure("conversations.create", "name_taken", retryable=True)


def _invite(ctx: Context, incident: Incident) -> list[str]:
    """Invite the reporter (unless hidden), the owner and the deputy, one by one so that one
    unknown user does not block the others."""
    wanted = [incident.owner_id, incident.deputy_id]
    if not incident.reporter_hidden:
        wanted.insert(0, incident.reporter_id)
    invited: list[str] = []
    for user in dict.fromkeys(u for u in wanted if u):
        try:
            ctx.slack.call("conversations.invite", channel=incident.channel_id, users=user)
            invited.append(user)
        except SlackFailure as failure:
            if failure.code in _INVITE_DONE:
                invited.append(user)
            elif failure.code in _INVITE_SKIP:
                log.warning("could not invite a member to %s: %s", incident.public_id, failure.code)
            else:
                raise
    ctx.slack.forget_members(incident.channel_id)
    return invited
