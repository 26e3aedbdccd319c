"""What every API family of the fake shares: the state, its lock, the lifecycle (start/stop/
reset), the clock, the call log, id and timestamp generation, scope checks, lookups of
channels/users/IMs, and the message store."""

from __future__ import annotations

import copy
import random
import string
import threading
import time
from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING, Any, Self

from .http import FakeHTTPServer, RequestHandler
from .model import (
    DEFAULT_BOT_SCOPES,
    METHODS,
    TS_START_MICROS,
    TS_STEP_MICROS,
    ApiError,
    Call,
    Channel,
    Failure,
    User,
    fmt_ts,
)

if TYPE_CHECKING:  # pragma: no cover
    from ..socket_mode import FakeSocketModeServer


class FakeSlackBase:
    """State and shared helpers; the API families (mixins in this package) build on it."""

    team_id = "T0001"
    team_domain = "leakbot-test"
    bot_user_id = "UBOT"
    bot_id = "B0001"
    app_id = "A0001"

    def __init__(
        self,
        *,
        bot_token: str | None = None,
        app_token: str | None = None,
        scopes: Iterable[str] | None = DEFAULT_BOT_SCOPES,
        seed: int = 0,
        host: str = "127.0.0.1",
    ) -> None:
        """Create (but do not start) a fake.

        ``bot_token``/``app_token``: when given, only that exact token is accepted; otherwise
        any ``xoxb-…`` / ``xapp-…`` token is.  ``scopes``: granted bot scopes (``None`` grants
        everything); calls needing a missing scope fail with ``missing_scope``.
        """
        self.bot_token = bot_token
        self.app_token = app_token
        self.scopes: frozenset[str] | None = frozenset(scopes) if scopes is not None else None
        self._seed = seed
        self._host = host
        self._lock = threading.RLock()
        self._httpd: FakeHTTPServer | None = None
        self._thread: threading.Thread | None = None
        self._socket_server: FakeSocketModeServer | None = None
        self._clock_offset = 0.0
        self._latency: dict[str, float] = {}
        self._init_state()

    # ------------------------------------------------------------------ lifecycle
    def _init_state(self) -> None:
        self._rng = random.Random(self._seed)
        self.calls: list[Call] = []
        self.violations: list[str] = []
        self.warnings: list[str] = []
        self.views: dict[str, dict[str, Any]] = {}
        self.uploads: list[dict[str, Any]] = []
        self._failures: list[Failure] = []
        self._users: dict[str, User] = {}
        self._channels: dict[str, Channel] = {}
        self._messages: dict[str, list[dict[str, Any]]] = {}
        self._ephemerals: list[dict[str, Any]] = []
        self._pins: dict[str, list[str]] = {}
        self._ims: dict[str, str] = {}
        self._mpims: dict[frozenset[str], str] = {}
        self._triggers: dict[str, dict[str, Any]] = {}
        self._view_meta: dict[str, dict[str, Any]] = {}
        self._stacks: dict[str | None, list[str]] = {}
        self._homes: dict[str, str] = {}
        self._response_urls: dict[str, dict[str, Any]] = {}
        self._pending_uploads: dict[str, dict[str, Any]] = {}
        self._ts_micros = TS_START_MICROS
        self._seq = 0
        self._users[self.bot_user_id] = User(
            id=self.bot_user_id, name="leakbot", email=None, locale="ja-JP", is_bot=True,
            tz="Asia/Tokyo", real_name="leakbot", bot_id=self.bot_id,
        )

    def start(self) -> Self:
        """Bind 127.0.0.1:<ephemeral> and serve in a daemon thread.  Returns ``self``."""
        if self._httpd is not None:
            return self
        httpd = FakeHTTPServer((self._host, 0), RequestHandler)
        httpd.fake = self
        self._httpd = httpd
        self._thread = threading.Thread(target=httpd.serve_forever, kwargs={"poll_interval": 0.01},
                                        name="fake-slack-http", daemon=True)
        self._thread.start()
        return self

    def stop(self) -> None:
        """Stop serving and release the port (idempotent)."""
        httpd, self._httpd = self._httpd, None
        if httpd is not None:
            httpd.shutdown()
            httpd.server_close()
        if self._thread is not None:
            self._thread.join(timeout=5)
            self._thread = None

    def __enter__(self) -> Self:
        return self.start()

    def __exit__(self, *exc: Any) -> None:
        self.stop()

    def reset(self) -> None:
        """Forget all state (users, channels, messages, views, calls, violations, failures...)."""
        with self._lock:
            self._init_state()
            self._clock_offset = 0.0

    @property
    def port(self) -> int:
        if self._httpd is None:
            raise RuntimeError("FakeSlack is not started")
        return self._httpd.server_address[1]

    @property
    def base(self) -> str:
        """``http://127.0.0.1:PORT`` (no trailing slash)."""
        return f"http://{self._host}:{self.port}"

    @property
    def url(self) -> str:
        """Web API base URL for ``WebClient(base_url=...)``: ``http://127.0.0.1:PORT/api/``."""
        return f"{self.base}/api/"

    # ------------------------------------------------------------------ clock
    def now(self) -> float:
        """The fake's monotonic clock (seconds); :meth:`advance` moves it forward."""
        return time.monotonic() + self._clock_offset

    def advance(self, seconds: float) -> None:
        """Pretend ``seconds`` passed (expires trigger_ids, response_urls...) without sleeping."""
        with self._lock:
            self._clock_offset += seconds

    # ------------------------------------------------------------------ query helpers
    def calls_to(self, method: str) -> list[Call]:
        """Recorded calls of one Web API method, oldest first."""
        with self._lock:
            return [c for c in self.calls if c.method == method]

    def failed_calls(self) -> list[Call]:
        """Every recorded call whose response was not ok (handy when debugging a test)."""
        with self._lock:
            return [c for c in self.calls if not c.ok]

    # ------------------------------------------------------------------ internals: helpers
    def _record_violation(self, message: str) -> None:
        with self._lock:
            self.violations.append(message)

    def _rand_hex(self, n: int) -> str:
        return "".join(self._rng.choice("0123456789abcdef") for _ in range(n))

    def _rand_id(self, prefix: str, n: int = 10) -> str:
        alphabet = string.ascii_uppercase + string.digits
        return prefix + "".join(self._rng.choice(alphabet) for _ in range(n))

    def _new_id(self, prefix: str, taken: Mapping[str, Any]) -> str:
        while True:
            candidate = self._rand_id(prefix)
            if candidate not in taken:
                return candidate

    def _next_ts(self) -> str:
        """A message timestamp: Unix time in microseconds like Slack's (moved by :meth:`advance`),
        strictly increasing."""
        wall = int((time.time() + self._clock_offset) * 1_000_000)
        self._ts_micros = max(self._ts_micros + TS_STEP_MICROS, wall)
        return fmt_ts(self._ts_micros)

    def _new_hash(self) -> str:
        self._seq += 1
        return f"{int(time.time())}.{self._seq}{self._rand_hex(6)}"

    def _fill_ids(self, blocks: list[Any]) -> None:
        """Give blocks/elements without ids random ones, as Slack does when storing them."""
        def short() -> str:
            return "".join(self._rng.choice(string.ascii_letters + string.digits) for _ in range(5))

        for block in blocks:
            if not isinstance(block, dict):
                continue
            block.setdefault("block_id", short())
            elements: list[Any] = []
            if block.get("type") == "actions":
                elements = list(block.get("elements") or [])
            elif block.get("type") == "section" and isinstance(block.get("accessory"), dict):
                elements = [block["accessory"]]
            elif block.get("type") == "input" and isinstance(block.get("element"), dict):
                elements = [block["element"]]
            for el in elements:
                if isinstance(el, dict) and el.get("type") != "image":
                    el.setdefault("action_id", short())

    def _scope_ok(self, needed: Iterable[str]) -> bool:
        needed = list(needed)
        return self.scopes is None or not needed or any(s in self.scopes for s in needed)

    def _require_scopes(self, method: str, kind: str | None = None) -> None:
        """Raise ``missing_scope`` unless a granted scope satisfies ``method`` for channel ``kind``.

        For conversations.* methods Slack wants the scope family of the channel type
        (``channels:`` public, ``groups:`` private, ``im:``, ``mpim:``); methods.json lists all
        families, so we narrow the list to the relevant one.
        """
        needed = list(METHODS.get(method, {}).get("bot_scopes", []))
        if kind is not None:
            family = {"public": "channels:", "private": "groups:", "im": "im:", "mpim": "mpim:"}[kind]
            narrowed = [s for s in needed if s.startswith(family)]
            needed = narrowed or needed
        if not self._scope_ok(needed):
            raise ApiError("missing_scope", needed=",".join(needed),
                            provided=",".join(sorted(self.scopes or ())))

    # ------------------------------------------------------------------ lookups
    def _channel_for(self, channel_id: Any, *, visible_only: bool = True) -> Channel:
        ch = self._channels.get(str(channel_id)) if channel_id else None
        if ch is None:
            raise ApiError("channel_not_found")
        if visible_only and ch.kind == "private" and self.bot_user_id not in ch.members:
            # A bot cannot see private channels it is not in.
            raise ApiError("channel_not_found")
        return ch

    def _user(self, user_id: Any, error: str = "user_not_found") -> User:
        user = self._users.get(str(user_id)) if user_id else None
        if user is None or user.deleted:
            raise ApiError(error)
        return user

    def _im_for(self, user_id: str) -> Channel:
        cid = self._ims.get(user_id)
        if cid is None:
            cid = self._new_id("D", self._channels)
            self._ims[user_id] = cid
            self._channels[cid] = Channel(id=cid, name=cid, kind="im", creator=self.bot_user_id,
                                           created=int(time.time()), members=[self.bot_user_id, user_id],
                                           im_user=user_id)
            self._messages.setdefault(cid, [])
        return self._channels[cid]

    def _resolve_post_target(self, channel: Any) -> Channel:
        """chat.* accept a channel id, an IM id or a user id (= the bot's DM with that user)."""
        cid = str(channel or "")
        if cid[:1] in ("U", "W") and cid not in self._channels:
            if cid not in self._users or self._users[cid].deleted:
                raise ApiError("channel_not_found")
            return self._im_for(cid)
        ch = self._channels.get(cid)
        if ch is None:
            raise ApiError("channel_not_found")
        return ch

    def _require_member(self, ch: Channel) -> None:
        if self.bot_user_id not in ch.members:
            raise ApiError("not_in_channel")

    def _find_message(self, channel_id: str, ts: str) -> dict[str, Any] | None:
        for msg in self._messages.get(channel_id, []):
            if msg["ts"] == ts:
                return msg
        return None

    def _append_message(self, ch: Channel, *, text: str | None, blocks: list | None, thread_ts: str | None,
                        user: str, from_bot: bool, extra: dict[str, Any] | None = None) -> dict[str, Any]:
        msg: dict[str, Any] = {
            "type": "message",
            "ts": self._next_ts(),
            "text": text or "",
            "blocks": copy.deepcopy(blocks) if blocks else [],
            "thread_ts": thread_ts,
            "user": user,
            "team": self.team_id,
            "channel": ch.id,
        }
        if from_bot:
            msg["bot_id"] = self.bot_id
            msg["app_id"] = self.app_id
        if msg["blocks"]:
            self._fill_ids(msg["blocks"])
        if extra:
            msg.update(copy.deepcopy(extra))
        if thread_ts:
            parent = self._find_message(ch.id, thread_ts)
            if parent is None:
                self.warnings.append(f"thread_ts {thread_ts} does not match a message in {ch.id}")
            else:
                parent["reply_count"] = parent.get("reply_count", 0) + 1
        self._messages.setdefault(ch.id, []).append(msg)
        return msg

    @staticmethod
    def _api_message(msg: dict[str, Any]) -> dict[str, Any]:
        out = {k: v for k, v in msg.items() if k not in ("channel",) and v is not None}
        if not out.get("blocks"):
            out.pop("blocks", None)
        return copy.deepcopy(out)

