"""Events API: the Home tab is (re)built whenever a person opens it.

Slack retries deliveries it thinks failed (``X-Slack-Retry-Num``); publishing the same Home view
again is harmless, so retries need no bookkeeping here.
"""

from __future__ import annotations

from slack_bolt import App

from services import home
from services.context import Context


def register(app: App, ctx: Context) -> None:
    @app.event("app_home_opened")
    def home_opened(event):
        if event.get("tab", "home") == "home":
            home.publish(ctx, event["user"])
