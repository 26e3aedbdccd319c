"""``/leak-status``: the incidents a person may see, and one incident's card for them."""

from __future__ import annotations

from prompts.common import Message
from services import presenters
from services.context import Context
from services.incidents import Incident
from storage import repo
from storage.db import session as open_session

#: How many incidents the list shows (newest first); more are summarized as "and more".
STATUS_LIST_LIMIT = 20


def visible_list(ctx: Context, user: str, *, office: bool) -> Message:
    """The incidents a person reported, owns or deputizes — or all of them, for the office."""
    with open_session(ctx.engine) as session:
        rows = repo.incidents_involving(session, user, include_all=office, limit=STATUS_LIST_LIMIT + 1)
    return presenters.status_list(ctx, rows[:STATUS_LIST_LIMIT], more=len(rows) > STATUS_LIST_LIMIT)


def card(ctx: Context, incident: Incident, *, for_office: bool) -> Message:
    with open_session(ctx.engine) as session:
        return presenters.card(ctx, session, incident, for_office=for_office)
