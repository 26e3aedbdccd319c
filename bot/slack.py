"""The Slack adapter (the ``services.ports.Slack`` port): one object through which every Web API call goes.

It adds what slack_sdk leaves to us:

- per-method pacing and 429 pauses shared by every thread (``bot.throttle``): a rate-limited or
  paced call is refused at once with the time it may retry (``SlackFailure.retry_after``), never
  slept on;
- HTTP-level retries (connection errors, 5xx) only for calls that are safe to repeat; a call that
  creates something (a message, a channel, an upload) is never re-sent blindly: its failure is
  ``ambiguous`` and a keyed post is first looked for in the conversation (message metadata);
- a single ``SlackFailure`` that says whether trying again later can help;
- short-lived caches for look-ups that authorization needs on every action (office members,
  channel members, e-mails).
"""

from __future__ import annotations

import http.client
import logging
import threading
import time
from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any

from slack_sdk import WebClient
from slack_sdk.errors import SlackApiError, SlackClientError
from slack_sdk.http_retry.builtin_handlers import ConnectionErrorRetryHandler, ServerErrorRetryHandler
from slack_sdk.http_retry.handler import RetryHandler

from bot.metrics import rate_limited, slack_call, throttled
from bot.throttle import Throttle, Throttled
from domain.directory import is_email, is_user_id
from services.ports import SlackFailure

__all__ = ["IDEMPOTENT_METHODS", "METADATA_EVENT", "SlackFailure", "SlackGateway", "make_client"]

log = logging.getLogger(__name__)

#: Errors that mean "Slack is struggling", not "this request is wrong".
TRANSIENT_ERRORS = frozenset(
    {"ratelimited", "internal_error", "fatal_error", "service_unavailable", "request_timeout", "team_not_ready"}
)

#: Calls that may be sent again when their answer is lost: reads, and writes whose repetition changes
#: nothing (same topic, same update, an invite answered ``already_in_channel``). Everything else —
#: chat.postMessage, chat.postEphemeral, conversations.create, file uploads, views.open (its trigger is
#: single-use) — is never retried at the HTTP level.
IDEMPOTENT_METHODS = frozenset(
    {
        "auth.test",
        "chat.update",
        "conversations.history",
        "conversations.info",
        "conversations.invite",
        "conversations.list",
        "conversations.members",
        "conversations.open",
        "conversations.replies",
        "conversations.setTopic",
        "files.getUploadURLExternal",  # reserves an upload URL; nothing is shared until completeUploadExternal
        "users.info",
        "users.list",
        "users.lookupByEmail",
        "views.publish",
    }
)

#: ``metadata.event_type`` of every keyed post (``event_payload.id`` is the key).
METADATA_EVENT = "leakbot_delivery"
#: How far before an attempt's start a search looks (clock skew between us and Slack), seconds.
HISTORY_MARGIN = 120.0
#: Pages of history read when looking for a keyed post (Slack returns up to 200 messages a page).
HISTORY_PAGES = 5


def _ambiguous_status(status: int) -> bool:
    return status >= 500


def _failure(method: str, exc: Exception) -> SlackFailure:
    """Classify an exception from slack_sdk: may trying again later help? May Slack have done it?"""
    if isinstance(exc, SlackApiError):
        status = exc.response.status_code
        code = str(exc.response.get("error") or f"http_{status}")
        return SlackFailure(
            method,
            code,
            retryable=status == 429 or status >= 500 or code in TRANSIENT_ERRORS,
            ambiguous=_ambiguous_status(status),
        )
    # A timeout, a dropped connection, a truncated answer: the request may have been performed.
    return SlackFailure(method, type(exc).__name__, retryable=True, ambiguous=True)


def _method_of(url: str) -> str:
    return url.split("?", 1)[0].rstrip("/").rsplit("/", 1)[-1]


class _OnlyIdempotent(RetryHandler):
    """Delegates to a slack_sdk retry handler, for the methods that are safe to send twice."""

    def __init__(self, inner: RetryHandler):
        super().__init__(max_retry_count=inner.max_retry_count, interval_calculator=inner.interval_calculator)
        self.inner = inner

    def _can_retry(self, *, state, request, response=None, error=None) -> bool:  # type: ignore[no-untyped-def]
        if _method_of(request.url) not in IDEMPOTENT_METHODS:
            return False
        return self.inner._can_retry(state=state, request=request, response=response, error=error)  # noqa: SLF001


def make_client(token: str | None, base_url: str) -> WebClient:
    """A WebClient that retries connection and server errors of idempotent calls only. Rate limits are
    not retried here (a retry would sleep ``Retry-After`` in the calling thread): ``SlackGateway``
    pauses the method and refuses the call with the time it may retry."""
    client = WebClient(token=token, base_url=base_url, timeout=15)
    client.retry_handlers = [
        _OnlyIdempotent(ConnectionErrorRetryHandler(max_retry_count=2)),
        _OnlyIdempotent(ServerErrorRetryHandler(max_retry_count=2)),
    ]
    return client


def _retry_after(exc: SlackApiError) -> float:
    headers = exc.response.headers or {}
    for name, value in headers.items():
        if name.lower() == "retry-after":
            try:
                return max(0.0, float(value[0] if isinstance(value, list) else value))
            except (TypeError, ValueError):
                break
    return 1.0


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

    def __init__(
        self,
        client: WebClient,
        *,
        membership_ttl: float = 60.0,
        people_ttl: float = 3600.0,
        throttle: Throttle | None = None,
    ):
        self.client = client
        self.throttle = throttle or Throttle()
        self._members = _TTLCache(membership_ttl)
        self._people = _TTLCache(people_ttl)
        self._ims = _TTLCache(people_ttl)
        self._bot_user_id: str | None = None

    def call(self, method: str, **args: Any) -> dict[str, Any]:
        """Call ``method``; raise ``SlackFailure`` (with ``retryable``, ``ambiguous``, ``retry_after``)
        on any failure. Never sleeps on a rate limit: a paused or paced method fails at once."""
        args = {k: v for k, v in args.items() if v is not None}
        channel = args.get("channel") if method == "chat.postMessage" else None
        for attempt in range(2):
            try:
                self.throttle.acquire(method, str(channel) if channel else None)
            except Throttled as refused:
                throttled(method)
                raise SlackFailure(method, refused.code, retryable=True, retry_after=refused.retry_after) from None
            try:
                response = self._send(method, args)
            except SlackApiError as exc:
                if exc.response.status_code == 429:
                    wait = _retry_after(exc)
                    self.throttle.pause(method, wait)
                    rate_limited(method, wait)
                    slack_call(method, "ratelimited")
                    if wait <= 0 and attempt == 0:
                        continue  # "retry now": the call was not performed, so sending it again is safe
                    raise SlackFailure(method, "ratelimited", retryable=True, retry_after=wait) from None
                failure = _failure(method, exc)
                slack_call(method, failure.code)
                raise failure from None
            except (SlackClientError, OSError, http.client.HTTPException) as exc:
                failure = _failure(method, exc)
                slack_call(method, failure.code)
                raise failure from None
            slack_call(method)
            return dict(response.data) if isinstance(response.data, dict) else {}
        raise AssertionError("unreachable")  # pragma: no cover

    def _send(self, method: str, args: dict[str, Any]) -> Any:
        if any(isinstance(v, (dict, list)) for v in args.values()):
            return self.client.api_call(method, json=args)
        # read methods take form parameters, not JSON bodies
        params = {k: (str(v).lower() if isinstance(v, bool) else v) for k, v in args.items()}
        return self.client.api_call(method, params=params)

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

    def post(
        self,
        channel: str,
        text: str,
        blocks: list[dict[str, Any]] | None = None,
        *,
        thread_ts: str | None = None,
        key: str | None = None,
    ) -> str:
        """Post a message. With ``key`` it carries ``{"event_type": "leakbot_delivery", "event_payload":
        {"id": key}}`` as metadata, and an ambiguous answer (5xx, timeout, connection lost) is resolved
        by looking for that key in the conversation before posting once more."""
        args: dict[str, Any] = {"channel": channel, "text": text, "blocks": blocks, "thread_ts": thread_ts}
        if key:
            args["metadata"] = {"event_type": METADATA_EVENT, "event_payload": {"id": key}}
        started = datetime.now(UTC)  # Slack's clock: message timestamps are Unix times
        try:
            return str(self.call("chat.postMessage", **args)["ts"])
        except SlackFailure as failure:
            if not (key and failure.ambiguous):
                raise
            log.warning("chat.postMessage answer lost (%s): looking for post %s", failure.code, key)
            try:
                found = self.find_posted(channel, key, since=started, thread_ts=thread_ts)
            except SlackFailure as unknown:
                if unknown.retryable:
                    raise failure from None  # still unknown: the caller keeps the post in flight
                found = None  # this conversation's history cannot be read: post again rather than lose it
            if found is not None:
                return found
            return str(self.call("chat.postMessage", **args)["ts"])  # it did not land: post it now

    def find_posted(self, channel: str, key: str, *, since: datetime, thread_ts: str | None = None) -> str | None:
        """The ts of our message carrying ``key`` in ``channel`` since ``since`` (user ID → their DM)."""
        conversation = self._conversation_of(channel)
        method = "conversations.replies" if thread_ts else "conversations.history"
        cursor: str | None = None
        for _ in range(HISTORY_PAGES):
            data = self.call(
                method,
                channel=conversation,
                ts=thread_ts,
                oldest=f"{since.timestamp() - HISTORY_MARGIN:.6f}",
                include_all_metadata=True,
                limit=200,
                cursor=cursor,
            )
            for message in data.get("messages", []):
                metadata = message.get("metadata") or {}
                payload = metadata.get("event_payload") or {}
                if metadata.get("event_type") == METADATA_EVENT and payload.get("id") == key:
                    return str(message["ts"])
            cursor = (data.get("response_metadata") or {}).get("next_cursor") or None
            if not cursor:
                return None
        return None

    def _conversation_of(self, channel: str) -> str:
        """History is read by conversation ID: a user ID (a DM posted to the user) becomes the IM's ID."""
        if not is_user_id(channel):
            return channel
        cached = self._ims.get(channel)
        if cached is None:
            cached = str(self.call("conversations.open", users=channel)["channel"]["id"])
            self._ims.put(channel, cached)
        return str(cached)

    def update(self, channel: str, ts: str, text: str, blocks: list[dict[str, Any]] | None = None) -> None:
        self.call("chat.update", channel=channel, ts=ts, text=text, blocks=blocks)

    def upload_png(self, channel: str, png: bytes, *, title: str, filename: str = "chart.png") -> str:
        return self.upload_file(channel, png, filename=filename, title=title)

    def upload_file(self, channel: str, content: bytes, *, filename: str, title: str) -> str:
        """Upload a file into a channel (files.getUploadURLExternal → upload → completeUploadExternal)."""
        try:
            self.throttle.acquire("files.completeUploadExternal")
        except Throttled as refused:
            throttled("files.completeUploadExternal")
            raise SlackFailure(refused.method, refused.code, retryable=True, retry_after=refused.retry_after) from None
        try:
            response = self.client.files_upload_v2(channel=channel, content=content, filename=filename, title=title)
        except SlackApiError as exc:
            if exc.response.status_code == 429:
                wait = _retry_after(exc)
                self.throttle.pause("files.completeUploadExternal", wait)
                rate_limited("files.completeUploadExternal", wait)
                raise SlackFailure("files.upload_v2", "ratelimited", retryable=True, retry_after=wait) from None
            raise _failure("files.upload_v2", exc) from None
        except (SlackClientError, OSError, http.client.HTTPException) as exc:
            raise _failure("files.upload_v2", exc) from None
        files = response.get("files") or [{}]
        return str(files[0].get("id", ""))

    def ephemeral(self, channel: str, user: str, text: str, blocks: list[dict[str, Any]] | None = None) -> None:
        self.call("chat.postEphemeral", channel=channel, user=user, text=text, blocks=blocks)
