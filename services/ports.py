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
    (a request Slack refuses, e.g. ``channel_not_found``). ``ambiguous`` says Slack may have
    performed the call although its answer did not reach us (5xx, timeout, connection lost): a post
    must then be looked for before it is made again. ``retry_after`` (seconds) is set when the call
    was not made because its method is paused or paced (a 429's ``Retry-After``, the per-method
    limiter): the work is rescheduled for then instead of holding a thread.
    """

    def __init__(
        self, method: str, code: str, *, retryable: bool, ambiguous: bool = False, retry_after: float | None = None
    ):
        super().__init__(f"{method}: {code}")
        self.method = method
        self.code = code
        self.retryable = retryable
        self.ambiguous = ambiguous
        self.retry_after = retry_after


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
        self,
        channel: str,
        text: str,
        blocks: list[dict[str, Any]] | None = None,
        *,
        thread_ts: str | None = None,
        key: str | None = None,
    ) -> str:
        """Post a message; with ``key``, the message carries it in its metadata (``leakbot_delivery``)
        and an ambiguous answer is resolved by looking for it before posting once more."""
        ...

    def find_posted(self, channel: str, key: str, *, since: datetime, thread_ts: str | None = None) -> str | None:
        """The ts of the bot's message carrying ``key`` posted in ``channel`` (a user ID means the
        DM) since ``since``; None if there is none. Raises ``SlackFailure`` when Slack cannot say."""
        ...

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
