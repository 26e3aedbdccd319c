"""The App Home tab: what a person has to do, and what they are responsible for."""

from __future__ import annotations

import logging

from services import access, presenters
from services.context import Context
from services.ports import SlackFailure
from storage.db import session as open_session

log = logging.getLogger(__name__)


def publish(ctx: Context, user: str) -> None:
    """Build and publish the Home tab for ``user`` (office members also see every open incident)."""
    office = access.is_office_member(ctx, user)
    desk = access.is_desk(ctx, user)
    with open_session(ctx.engine) as session:
        view = presenters.home_view(ctx, session, user, office=office, desk=desk)
    try:
        ctx.slack.call("views.publish", user_id=user, view=view)
    except SlackFailure as failure:
        log.warning("publishing the Home tab failed: %s", failure.code)
