"""Events API: the Home tab is (re)built whenever a person opens it, and messages in incident
channels that look like leaked data are flagged.

Slack retries deliveries it thinks failed (``X-Slack-Retry-Num``): publishing the same Home view
again is harmless, and a flag is queued once per message (keyed by its ts). An edited message
(``message_changed``) is checked too: pasting card numbers into an old message is still pasting.
"""

from __future__ import annotations

from typing import Any

from slack_bolt import App, BoltContext

from domain.directory import is_user_id
from handlers.request import request_of
from services import home, incidents, work
from services.context import Context

Event = dict[str, Any]


def home_opened(event: Event, context: BoltContext) -> None:
    user = event.get("user")
    if event.get("tab", "home") == "home" and isinstance(user, str) and is_user_id(user):
        req = request_of(context)
        req.after_ack(home.publish, req.ctx, user)


#: Message subtypes that carry text a person wrote (``message_changed``: the edited message is in ``message``).
_PERSONAL = (None, "thread_broadcast", "file_share")


def message_posted(event: Event, context: BoltContext) -> None:
    ctx = request_of(context).ctx
    if not ctx.config.data_warning:
        return
    if event.get("subtype") == "message_changed" and isinstance(event.get("message"), dict):
        edited = event["message"]
        if edited.get("bot_id") or edited.get("subtype") not in _PERSONAL:
            return
        _flag(ctx, {**edited, "channel": event.get("channel")})
        return
    if event.get("bot_id") or event.get("subtype") not in _PERSONAL:
        return
    _flag(ctx, event)


def _text(event: Event, name: str) -> str:
    value = event.get(name)
    return value if isinstance(value, str) else ""


def _flag(ctx: Context, event: Event) -> None:
    channel, ts = _text(event, "channel"), _text(event, "ts")
    if not channel or not ts:
        return
    flagged = incidents.flag_pasted_data(ctx, channel=channel, ts=ts, user=_text(event, "user"), text=_text(event, "text"))
    if flagged:  # the warning is in the outbox: a worker posts it
        work.wake(ctx)


def register(app: App) -> None:
    app.event("app_home_opened")(home_opened)
    app.event("message")(message_posted)
