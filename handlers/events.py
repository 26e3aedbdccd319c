"""Events API: the Home tab is (re)built whenever a person opens it, and messages in incident
channels that look like leaked data are flagged.

Slack retries deliveries it thinks failed (``X-Slack-Retry-Num``): publishing the same Home view
again is harmless, and a flag is queued once per message (keyed by its ts).
"""

from __future__ import annotations

from typing import Any

from slack_bolt import App, BoltContext

from handlers.request import request_of
from services import home, incidents, work
from services.context import Context

Event = dict[str, Any]


def home_opened(event: Event, context: BoltContext) -> None:
    if event.get("tab", "home") == "home":
        req = request_of(context)
        req.after_ack(home.publish, req.ctx, event["user"])


def message_posted(event: Event, context: BoltContext) -> None:
    ctx = request_of(context).ctx
    if not ctx.config.data_warning or event.get("bot_id") or event.get("subtype") not in (None, "thread_broadcast", "file_share"):
        return
    _flag(ctx, event)


def _flag(ctx: Context, event: Event) -> None:
    flagged = incidents.flag_pasted_data(
        ctx, channel=event.get("channel", ""), ts=event.get("ts", ""), user=event.get("user", ""), text=event.get("text", "")
    )
    if flagged:  # the warning is in the outbox: a worker posts it
        work.wake(ctx)


def register(app: App) -> None:
    app.event("app_home_opened")(home_opened)
    app.event("message")(message_posted)
