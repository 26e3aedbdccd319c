"""Drills (訓練, issue 10 §2): the office starts one with ``/leak-drill``; the whole incident flow
runs on it, marked; the owner, deputy or office ends it, which archives its channel.

One place marks a drill: ``scoped(ctx, incident)`` gives the use cases a context whose Slack port
passes every message, DM, update, topic, modal and file through ``prompts.drills``' markers. The
outbox, mobilization and the draft upload use it, so no single message has to remember it.

Drills never count as incidents: the figures use ``storage.repo.REAL_INCIDENT`` / ``only_real``;
their own figures (``report_figures``) are reported apart.
"""

from __future__ import annotations

import logging
from dataclasses import replace
from datetime import datetime
from typing import Any

from sqlmodel import Session

from domain import access as rules
from domain.drills import DrillFigures, DrillScore, DrillTask, figures, in_period, score
from domain.incidents import FirstReport
from domain.phases import Phase
from domain.tasks import TaskStatus
from domain.timeline import Event
from prompts import drills as prompts_drills
from services import access
from services.context import Context
from services.incidents import file_first_report
from services.ports import Slack
from services.queue import Kind
from services.results import Outcome, Result
from services.uow import UnitOfWork
from storage import repo
from storage.models import Incident

log = logging.getLogger(__name__)

class MarkedSlack:
    """The Slack port of a drill: everything it sends is marked 【訓練】 / [DRILL]."""

    def __init__(self, inner: Slack, lang: str):
        self._inner, self._lang = inner, lang

    @property
    def bot_user_id(self) -> str:
        return self._inner.bot_user_id

    # What reads Slack passes through unchanged.
    def resolve_person(self, ref: str | None) -> str | None:
        return self._inner.resolve_person(ref)

    def is_member(self, channel_id: str | None, user_id: str) -> bool:
        return self._inner.is_member(channel_id, user_id)

    def forget_members(self, channel_id: str) -> None:
        self._inner.forget_members(channel_id)

    def find_own_private_channel(self, name: str) -> str | None:
        return self._inner.find_own_private_channel(name)

    def find_posted(self, channel: str, key: str, *, since: datetime, thread_ts: str | None = None) -> str | None:
        return self._inner.find_posted(channel, key, since=since, thread_ts=thread_ts)

    # What writes to Slack is marked.

    def call(self, method: str, **args: Any) -> dict[str, Any]:
        if method == "conversations.setTopic" and "topic" in args:
            args["topic"] = prompts_drills.mark_topic(str(args["topic"]), self._lang)
        elif method in ("views.open", "views.push", "views.update") and isinstance(args.get("view"), dict):
            args["view"] = prompts_drills.mark_view(args["view"], self._lang)
        elif method in ("chat.postMessage", "chat.update", "chat.postEphemeral") and "text" in args:
            args["text"], args["blocks"] = prompts_drills.mark_message(str(args["text"]), args.get("blocks"), self._lang)
        return self._inner.call(method, **args)

    def post(
        self, channel: str, text: str, blocks: list[dict[str, Any]] | None = None, *, thread_ts: str | None = None,
        key: str | None = None,
    ) -> str:
        text, blocks = prompts_drills.mark_message(text, blocks, self._lang)
        return self._inner.post(channel, text, blocks, thread_ts=thread_ts, key=key)

    def update(self, channel: str, ts: str, text: str, blocks: list[dict[str, Any]] | None = None) -> None:
        text, blocks = prompts_drills.mark_message(text, blocks, self._lang)
        self._inner.update(channel, ts, text, blocks)

    def ephemeral(self, channel: str, user: str, text: str, blocks: list[dict[str, Any]] | None = None) -> None:
        text, blocks = prompts_drills.mark_message(text, blocks, self._lang)
        self._inner.ephemeral(channel, user, text, blocks)

    def upload_png(self, channel: str, png: bytes, *, title: str, filename: str = "chart.png") -> str:
        title = prompts_drills.mark_text(title, self._lang)
        return self._inner.upload_png(channel, png, title=title, filename=f"DRILL_{filename}")

    def upload_file(self, channel: str, content: bytes, *, filename: str, title: str) -> str:
        content, filename, title = prompts_drills.mark_file(content, filename=filename, title=title, lang=self._lang)
        return self._inner.upload_file(channel, content, filename=filename, title=title)


def marking(slack: Slack, lang: str | None) -> Slack:
    """``slack`` itself, or its marking wrapper when ``lang`` names a drill's language."""
    return slack if lang is None or isinstance(slack, MarkedSlack) else MarkedSlack(slack, lang)


def scoped(ctx: Context, incident: Incident | None) -> Context:
    """The context to act on ``incident`` with: for a drill, its Slack port marks everything."""
    if incident is None or not incident.drill:
        return ctx
    return replace(ctx, slack=marking(ctx.slack, incident.language))


def start(ctx: Context, report: FirstReport, *, reporter: str, source_key: str) -> tuple[Incident, bool]:
    """Save a drill from the drill modal (same first report, ``DRILL-`` numbering). The caller has
    checked that ``reporter`` is in the office."""
    incident, created = file_first_report(ctx, report, reporter=reporter, source_key=source_key, drill=True)
    if created:
        log.info("drill %s started", incident.public_id)
    return incident, created


def _id(incident: Incident) -> int:
    assert incident.id is not None, "a stored incident"
    return incident.id


def _reload(session: Session, incident_id: int) -> Incident:
    found = repo.get_incident(session, incident_id)
    assert found is not None, "the incident exists"
    return found


def drill_score(session: Session, incident: Incident, as_of: datetime) -> DrillScore:
    return score(
        public_id=incident.public_id, department_id=incident.department_id, reported_at=incident.reported_at,
        acked_at=incident.acked_at, ended_at=incident.closed_at,
        tasks=[DrillTask(x.due_at, x.status, x.completed_at) for x in repo.tasks_of(session, _id(incident))],
        as_of=as_of,
    )


def end(ctx: Context, incident: Incident, *, viewer: rules.Viewer) -> Result:
    """End a drill: it closes at once (no recurrence statement — nothing happened), its reminders
    and escalation stop, the channel and the office hear its score, and its channel is archived
    after the last message."""
    if not rules.is_manager(access.people(incident), viewer):
        return Result(Outcome.DENIED, incident)
    if not incident.drill:
        return Result(Outcome.NOT_A_DRILL, incident)
    now, user, incident_id = ctx.now(), viewer.user_id, _id(incident)
    with UnitOfWork(ctx) as uow:
        session = uow.session
        if not repo.compare_and_set(
            session, incident_id, {"closed_at": None, "drill": True}, closed_at=now, closed_by=user, phase=Phase.CLOSED
        ):
            uow.rollback()
            return Result(Outcome.CLOSED, _reload(session, incident_id))
        stopped = 0
        for task in repo.tasks_of(session, incident_id):
            if task.status == TaskStatus.OPEN and task.next_remind_at is not None:
                task.next_remind_at, stopped = None, stopped + 1
        ended = _reload(session, incident_id)
        result = drill_score(session, ended, now)
        entry = uow.record(
            incident_id, Event.DRILL_ENDED, actor=user, at=now,
            data={"tasks_due": result.tasks_due, "tasks_on_time": result.tasks_on_time, "reminders_stopped": stopped,
                  "ack_seconds": int(result.time_to_ack.total_seconds()) if result.time_to_ack else None},
        )
        uow.say(ended, Kind.CARD_REFRESH, f"t{entry.id}")
        uow.say(ended, Kind.TASK_LIST, f"t{entry.id}")
        uow.say(ended, Kind.DRILL_ENDED, "ended", user=user)
        uow.say(ended, Kind.DRILL_ENDED_OFFICE, "ended", recipient=ctx.config.directory.office_channel)
        uow.say(ended, Kind.DRILL_ARCHIVE, "archive")
        uow.commit()
        log.info("drill %s ended", ended.public_id)
        return Result(Outcome.DONE, ended)


def report_figures(session: Session, start: datetime, end: datetime) -> DrillFigures:
    """The drills that ran during ``(start, end]``, scored as of ``end`` (for the weekly summary and
    ``leakbot report``); never mixed into the incident figures."""
    return figures(
        drill_score(session, i, end)
        for i in repo.drill_incidents(session)
        if in_period(i.reported_at, i.closed_at, start, end)
    )
