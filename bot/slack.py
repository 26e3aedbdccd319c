"""The Slack adapter (the ``services.ports.Slack`` port): one object through which every Web API call goes.

It adds what slack_sdk leaves to us: retries on 429 (honouring ``Retry-After``) and 5xx, a single
``SlackFailure`` that says whether trying again later can help, and short-lived caches for
look-ups that authorization needs on every action (office members, channel members, e-mails).
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable
from typing import Any

from slack_sdk import WebClient
from slack_sdk.errors import SlackApiError, SlackClientError
from slack_sdk.http_retry.builtin_handlers import ConnectionErrorRetryHandler, ServerErrorRetryHandler

from bot.metrics import MeasuredRateLimitHandler, slack_call
from domain.directory import is_email, is_user_id
from services.ports import SlackFailure

__all__ = ["SlackFailure", "SlackGateway", "make_client"]

log = logging.getLogger(__name__)

#: Errors that mean "Slack is struggling", not "this request is wrong".
TRANSIENT_ERRORS = frozenset(
    {"ratelimited", "internal_error", "fatal_error", "service_unavailable", "request_timeout", "team_not_ready"}
)


def _failure(method: str, exc: Exception) -> SlackFailure:
    """Classify an exception from slack_sdk: may trying again later help?"""
    if isinstance(exc, SlackApiError):
        status = exc.response.status_code
        code = str(exc.response.get("error") or f"http_{status}")
        return SlackFailure(method, code, retryable=status == 429 or status >= 500 or code in TRANSIENT_ERRORS)
    return SlackFailure(method, type(exc).__name__, retryable=True)


def make_client(token: str | None, base_url: str) -> WebClient:
    """A WebClient that retries rate limits and server errors (slack_sdk only retries connection
    errors by default)."""
    client = WebClient(token=token, base_url=base_url, timeout=15)
    client.retry_handlers = [
        ConnectionErrorRetryHandler(max_retry_count=2),
        MeasuredRateLimitHandler(max_retry_count=4),  # counts 429s and the Retry-After waits
        ServerErrorRetryHandler(max_retry_count=3),
    ]
    return client


class _TTLCache:
    def __init__(self, ttl: float, clock: Callable[[], float] = time.monotonic):
        self._ttl, self._clock = ttl, clock
        self._data: dict[str, tuple[float, Any]] = {}
        self._lock = threading.Lock()

    def get(self, key: str) -> Any | None:
        with self._lock:
            hit = self._data.get(key)
            if hit is None or hit[0] < self._clock():
                return None
            return hit[1]

    def put(self, key: str, value: Any) -> None:
        with self._lock:
            self._data[key] = (self._clock() + self._ttl, value)

    def drop(self, key: str) -> None:
        with self._lock:
            self._data.pop(key, None)


class SlackGateway:
    """Implements ``services.ports.Slack`` over a ``slack_sdk.WebClient``."""

    def __init__(self, client: WebClient, *, membership_ttl: float = 60.0, people_ttl: float = 3600.0):
        self.client = client
        self._members = _TTLCache(membership_ttl)
        self._people = _TTLCache(people_ttl)
        self._bot_user_id: str | None = None

    def call(self, method: str, **args: Any) -> dict[str, Any]:
        """Call ``method``; raise ``SlackFailure`` (with ``retryable``) on any failure."""
        try:
            args = {k: v for k, v in args.items() if v is not None}
            if any(isinstance(v, (dict, list)) for v in args.values()):
                response = self.client.api_call(method, json=args)
            else:  # read methods take form parameters, not JSON bodies
                params = {k: (str(v).lower() if isinstance(v, bool) else v) for k, v in args.items()}
                response = self.client.api_call(method, params=params)
        except (SlackApiError, SlackClientError, OSError) as exc:
            failure = _failure(method, exc)
            slack_call(method, failure.code)
            raise failure from None
        slack_call(method)
        return dict(response.data) if isinstance(response.data, dict) else {}

    # --- identity -------------------------------------------------------------------------------

    @property
    def bot_user_id(self) -> str:
        if self._bot_user_id is None:
            self._bot_user_id = str(self.call("auth.test")["user_id"])
        return self._bot_user_id

    def resolve_person(self, ref: str | None) -> str | None:
        """A directory person (user ID or e-mail) as a Slack user ID; None if Slack does not know them."""
        if not ref:
            return None
        if is_user_id(ref):
            return ref
        if not is_email(ref):
            return None
        cached = self._people.get(ref.lower())
        if cached is not None:
            return cached
        try:
            user_id = str(self.call("users.lookupByEmail", email=ref)["user"]["id"])
        except SlackFailure as failure:
            if failure.retryable:
                raise
            log.warning("directory person could not be resolved: %s", failure.code)
            return None
        self._people.put(ref.lower(), user_id)
        return user_id

    # --- memberships ----------------------------------------------------------------------------

    def channel_members(self, channel_id: str, *, fresh: bool = False) -> frozenset[str]:
        """Members of a channel (paginated), cached briefly: authorization asks on every action."""
        if not fresh:
            cached = self._members.get(channel_id)
            if cached is not None:
                return cached
        members: set[str] = set()
        cursor: str | None = None
        while True:
            data = self.call("conversations.members", channel=channel_id, limit=500, cursor=cursor)
            members.update(data.get("members", []))
            cursor = (data.get("response_metadata") or {}).get("next_cursor") or None
            if not cursor:
                break
        result = frozenset(members)
        self._members.put(channel_id, result)
        return result

    def is_member(self, channel_id: str | None, user_id: str) -> bool:
        if not channel_id:
            return False
        try:
            return user_id in self.channel_members(channel_id)
        except SlackFailure as failure:
            # Fail closed: an unreadable membership grants nothing.
            log.warning("membership of %s unavailable: %s", channel_id, failure.code)
            return False

    def forget_members(self, channel_id: str) -> None:
        self._members.drop(channel_id)

    # --- channels and messages ------------------------------------------------------------------

    def find_own_private_channel(self, name: str) -> str | None:
        """A private channel with this name that this bot created (to adopt after a crash)."""
        cursor: str | None = None
        while True:
            data = self.call(
                "conversations.list", types="private_channel", exclude_archived=True, limit=200, cursor=cursor
            )
            for channel in data.get("channels", []):
                if channel.get("name") == name and channel.get("creator") == self.bot_user_id:
                    return str(channel["id"])
            cursor = (data.get("response_metadata") or {}).get("next_cursor") or None
            if not cursor:
                return None

    def post(self, channel: str, text: str, blocks: list[dict[str, Any]] | None = None, *, thread_ts: str | None = None) -> str:
        return str(self.call("chat.postMessage", channel=channel, text=text, blocks=blocks, thread_ts=thread_ts)["ts"])

    def update(self, channel: str, ts: str, text: str, blocks: list[dict[str, Any]] | None = None) -> None:
        self.call("chat.update", channel=channel, ts=ts, text=text, blocks=blocks)

    def upload_png(self, channel: str, png: bytes, *, title: str, filename: str = "chart.png") -> str:
        return self.upload_file(channel, png, filename=filename, title=title)

    def upload_file(self, channel: str, content: bytes, *, filename: str, title: str) -> str:
        """Upload a file into a channel (files.getUploadURLExternal → upload → completeUploadExternal)."""
        try:
            response = self.client.files_upload_v2(channel=channel, content=content, filename=filename, title=title)
        except (SlackApiError, SlackClientError, OSError) as exc:
            raise _failure("files.upload_v2", exc) from None
        files = response.get("files") or [{}]
        return str(files[0].get("id", ""))

    def ephemeral(self, channel: str, user: str, text: str, blocks: list[dict[str, Any]] | None = None) -> None:
        self.call("chat.postEphemeral", channel=channel, user=user, text=text, blocks=blocks)
