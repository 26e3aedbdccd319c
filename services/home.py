"""The App Home tab: what a person has to do, and what they are responsible for."""

from __future__ import annotations

import logging

from bot.slack import SlackFailure
from domain.tasks import TaskStatus, is_overdue
from prompts import home as prompts_home
from prompts.i18n import format_duration, t
from services import access
from services.context import Context
from storage import repo
from storage.db import session as open_session

log = logging.getLogger(__name__)


def publish(ctx: Context, user: str) -> None:
    """Build and publish the Home tab for ``user`` (office members also see every open incident)."""
    now = ctx.now()
    lang = ctx.language
    office = access.is_office_member(ctx, user)
    with open_session(ctx.engine) as session:
        candidates = repo.all_incidents(session) if office else repo.incidents_involving(
            session, user, include_all=False, limit=200
        )
        incidents = [i for i in candidates if i.closed_at is None]
        mine = list(repo.open_tasks(session, assignee=user))
        by_id = repo.incidents_by_ids(session, {x.incident_id for x in mine} | {i.id for i in incidents})
        overdue: dict[int, int] = {}
        for task in repo.open_tasks(session, incident_ids=[i.id for i in incidents]):
            if is_overdue(task.due_at, task.status, now):
                overdue[task.incident_id] = overdue.get(task.incident_id, 0) + 1

    def row(incident) -> dict:
        return {
            "incident_id": incident.public_id,
            "phase": t(lang, f"phase.{incident.phase}"),
            "department": ctx.department_name(incident.department_id),
            "age": format_duration(lang, now - incident.reported_at),
            "overdue": overdue.get(incident.id, 0),
        }

    my_tasks = [
        (task, by_id[task.incident_id])
        for task in mine
        if task.status == TaskStatus.OPEN and (by_id[task.incident_id].closed_at is None or task.follow_up)
    ]
    responsible = [row(i) for i in incidents if user in (i.owner_id, i.deputy_id)]
    everything = [row(i) for i in sorted(incidents, key=lambda i: i.reported_at)] if office else None
    view = prompts_home.home_view(lang=lang, tz=ctx.tz, now=now, my_tasks=my_tasks, my_incidents=responsible, all_open=everything)
    try:
        ctx.slack.call("views.publish", user_id=user, view=view)
    except SlackFailure as failure:
        log.warning("publishing the Home tab failed: %s", failure.code)
