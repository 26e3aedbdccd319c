"""What the use cases need from the outside world, stated here and implemented in ``bot/``.

``services`` never imports the wiring: the Slack Web API adapter (``bot.slack.SlackGateway``) and
the post-ack worker pool (``bot.jobs.ThreadJobs``) satisfy these protocols, and tests or
benchmarks may hand in anything else that does.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import Any, Protocol

#: Where "now" comes from: every decision reads this, never the system clock.
Clock = Callable[[], datetime]


class SlackFailure(Exception):
    """A Slack call that did not succeed after the adapter's own retries.

    ``retryable`` says whether trying again later can help (rate limits, Slack outages) or not
    (a request Slack refuses, e.g. ``channel_not_found``).
    """

    def __init__(self, method: str, code: str, *, retryable: bool):
        super().__init__(f"{method}: {code}")
        self.method = method
        self.code = code
        self.retryable = retryable


class Slack(Protocol):
    """The Slack Web API calls the use cases make. Every method raises ``SlackFailure``."""

    @property
    def bot_user_id(self) -> str: ...

    def call(self, method: str, **args: Any) -> dict[str, Any]: ...

    def resolve_person(self, ref: str | None) -> str | None:
        """A directory person (user ID or e-mail) as a Slack user ID; None if Slack does not know them."""
        ...

    def is_member(self, channel_id: str | None, user_id: str) -> bool:
        """Membership, failing closed (False) when Slack cannot say."""
        ...

    def forget_members(self, channel_id: str) -> None: ...

    def find_own_private_channel(self, name: str) -> str | None: ...

    def post(
        self, channel: str, text: str, blocks: list[dict[str, Any]] | None = None, *, thread_ts: str | None = None
    ) -> str: ...

    def update(self, channel: str, ts: str, text: str, blocks: list[dict[str, Any]] | None = None) -> None: ...

    def upload_png(self, channel: str, png: bytes, *, title: str, filename: str = "chart.png") -> str: ...

    def upload_file(self, channel: str, content: bytes, *, filename: str, title: str) -> str: ...

    def ephemeral(self, channel: str, user: str, text: str, blocks: list[dict[str, Any]] | None = None) -> None: ...


class Jobs(Protocol):
    """Runs work that must not hold up an ack.

    ``wake``: due work was persisted (an incident to set up, a pending outbox row); a worker of the
    bounded pool takes it from the database (``services.work``) — at once, or at its next look if
    every worker is busy; the sweep finds it after a crash. ``submit``: a short answer to the
    person who asked (an ephemeral reply, a Home tab), never a set-up or a delivery.
    """

    def submit(self, fn: Callable[..., object], *args: Any, **kwargs: Any) -> None: ...

    def wake(self) -> None: ...


class InlineJobs:
    """Runs submitted work at once, in the caller's thread (scripts, the CLI, unit tests);
    ``services.work.wake`` drains due work in the caller's thread too."""

    def submit(self, fn: Callable[..., object], *args: Any, **kwargs: Any) -> None:
        fn(*args, **kwargs)

    def wake(self) -> None:
        pass
