"""The Slack surfaces: thin, typed listeners for slash commands (``commands``), buttons
(``actions``), modal submissions (``views``) and events (``events``).

A listener reads the request (``handlers.parse``, ``handlers.request``), calls one use case in
``services``, answers with a message from ``prompts``, and acks within Slack's 3 seconds; slow
work goes after the ack through ``Request.after_ack``. No rules and no storage here.
``register(app, ctx)`` installs the request middleware, the replay guard, the single error handler
(``handlers.errors``) and every listener on a Bolt app.
"""

from __future__ import annotations

from slack_bolt import App

from handlers import actions, commands, contacts, drills, errors, events, inquiries, views
from handlers.request import ReplayGuard, ResolveRequest
from services.context import Context


def register(app: App, ctx: Context) -> None:
    app.use(ResolveRequest(ctx))
    app.use(ReplayGuard(ctx))
    app.error(errors.on_error)
    for surface in (commands, actions, views, events, contacts, inquiries):
        surface.register(app)
    drills.register(app)
