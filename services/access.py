"""Authorization: who is asking, in terms the domain rules understand."""

from __future__ import annotations

from domain.access import IncidentPeople, Viewer
from services.context import Context
from storage.models import Incident


def people(incident: Incident) -> IncidentPeople:
    return IncidentPeople(reporter=incident.reporter_id, owner=incident.owner_id, deputy=incident.deputy_id)


def is_office_member(ctx: Context, user_id: str) -> bool:
    return ctx.slack.is_member(ctx.config.directory.office_channel, user_id)


def executives(ctx: Context) -> list[str]:
    """Executives as Slack user IDs (e-mails resolved; unknown people skipped)."""
    return [uid for ref in ctx.config.directory.executives if (uid := ctx.slack.resolve_person(ref))]


def is_desk(ctx: Context, user_id: str) -> bool:
    """Whether ``user_id`` is on the directory's inquiry-desk list (e-mails resolved through Slack)."""
    return any(ctx.slack.resolve_person(ref) == user_id for ref in ctx.config.directory.desk)


def viewer(ctx: Context, user_id: str, incident: Incident) -> Viewer:
    """Who ``user_id`` is for this incident. Memberships are looked up only when they could matter,
    and always in Slack (cached by the adapter): the channel a request claims to come from proves nothing."""
    p = people(incident)
    if user_id in {p.owner, p.deputy}:
        return Viewer(user_id)
    office = is_office_member(ctx, user_id)
    if office:
        return Viewer(user_id, is_office_member=True)
    desk = is_desk(ctx, user_id)
    if user_id == p.reporter:
        return Viewer(user_id, is_desk=desk)
    if user_id in executives(ctx):
        return Viewer(user_id, is_executive=True, is_desk=desk)
    channel_member = bool(incident.channel_id) and ctx.slack.is_member(incident.channel_id, user_id)
    return Viewer(user_id, is_channel_member=channel_member, is_desk=desk)
