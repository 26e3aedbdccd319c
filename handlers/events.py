"""Events API: the Home tab is (re)built whenever a person opens it, and messages in incident
channels that look like leaked data are flagged.

Slack retries deliveries it thinks failed (``X-Slack-Retry-Num``): publishing the same Home view
again is harmless, and a flag is queued once per message (keyed by its ts).
"""

from __future__ import annotations

from slack_bolt import App

from services import home, incidents, outbox
from services.context import Context


def register(app: App, ctx: Context) -> None:
    @app.event("app_home_opened")
    def home_opened(event):
        if event.get("tab", "home") == "home":
            home.publish(ctx, event["user"])

    @app.event("message")
    def message_posted(event):
        if not ctx.data_warning or event.get("bot_id") or event.get("subtype") not in (None, "thread_broadcast", "file_share"):
            return
        flagged = incidents.flag_pasted_data(
            ctx, channel=event.get("channel", ""), ts=event.get("ts", ""), user=event.get("user", ""), text=event.get("text", "")
        )
        if flagged:
            outbox.deliver(ctx)
