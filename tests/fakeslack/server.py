"""A strict, in-process fake of the Slack Web API for end-to-end tests of the bot.

Intent
------
The real bot (slack-bolt + slack_sdk) is pointed at :attr:`FakeSlack.url` as its WebClient
``base_url``.  The fake behaves like Slack where it matters to a leak-response bot:

* it speaks HTTP exactly like ``slack.com/api`` (form or JSON bodies, ``Authorization: Bearer``,
  ``{"ok": false, "error": ...}`` bodies, HTTP 429 + ``Retry-After``);
* it keeps realistic state (users, channels, membership, messages, modal stacks, Home tabs,
  uploads, pins) and returns Slack's real error names (``name_taken``, ``not_in_channel``,
  ``already_in_channel``, ``expired_trigger_id``, ``hash_conflict``, ...);
* it validates every Block Kit payload with :mod:`tests.fakeslack.blockkit` and refuses bad
  ones the way Slack does (``invalid_blocks`` / ``invalid_arguments`` with
  ``response_metadata.messages``), *and* records them in :attr:`FakeSlack.violations` so a
  fixture can fail the test even if the bot swallowed the error;
* it lets tests inject failures (:meth:`FakeSlack.fail`) and move its clock
  (:meth:`FakeSlack.advance`) so expiry rules can be tested without sleeping.

Everything runs on 127.0.0.1 with an ephemeral port; the state is guarded by one lock so
the server can be hit from many threads at once.
"""

from __future__ import annotations

import base64
import copy
import email.parser
import email.policy
import json
import random
import re
import socket
import string
import threading
import time
import urllib.parse
from dataclasses import dataclass, field
from datetime import datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import TYPE_CHECKING, Any, Callable, Iterable, Mapping
from zoneinfo import ZoneInfo

from . import blockkit

if TYPE_CHECKING:  # pragma: no cover
    from .socket_mode import FakeSocketModeServer

__all__ = ["Call", "FakeSlack", "DEFAULT_BOT_SCOPES", "METHODS"]

_METHODS_FILE = Path(__file__).with_name("methods.json")
#: Per-method metadata from Slack's docs: ``{"required": [...], "boolean_args": [...], "bot_scopes": [...]}``.
METHODS: dict[str, dict[str, list[str]]] = json.loads(_METHODS_FILE.read_text(encoding="utf-8"))["methods"]

#: Scopes the README says the bot needs (bot token).  ``apps.connections.open`` uses the app token.
DEFAULT_BOT_SCOPES: frozenset[str] = frozenset(
    {
        "commands",
        "chat:write",
        "im:write",
        "groups:write",
        "groups:read",
        "users:read",
        "users:read.email",
        "pins:write",
        "files:write",
        "channels:read",
    }
)

# Arguments Slack expects as JSON (they may arrive as JSON strings inside form bodies).
_JSON_ARGS = frozenset({"blocks", "attachments", "view", "files", "metadata", "unfurls", "outputs"})
# Boolean arguments not listed in methods.json for the methods we implement.
_EXTRA_BOOL_ARGS = frozenset(
    {"is_private", "exclude_archived", "include_locale", "force", "return_im", "prevent_creation",
     "include_num_members", "replace_original", "delete_original"}
)
_CHANNEL_NAME_RE = re.compile(r"^[a-z0-9_-]+$")
_TS_START_MICROS = 1_700_000_000_000_100
_TS_STEP_MICROS = 100
TRIGGER_TTL_SECONDS = 3.0
RESPONSE_URL_MAX_POSTS = 5
RESPONSE_URL_TTL_SECONDS = 30 * 60
MAX_MESSAGE_TEXT = 40_000
MAX_TOPIC = 250
MAX_VIEW_STACK = 3  # the first view plus at most two pushed on top


@dataclass
class Call:
    """One Web API request as the fake saw it (including injected and refused ones)."""

    method: str
    args: dict[str, Any]
    token: str | None
    response: dict[str, Any]
    status: int
    at: float

    @property
    def ok(self) -> bool:
        """True when the response body says ``"ok": true``."""
        return bool(self.response.get("ok"))

    @property
    def error(self) -> str | None:
        """Slack error code of a failed call (``None`` when it succeeded)."""
        return self.response.get("error")


@dataclass
class _Failure:
    method: str
    error: str
    status: int
    retry_after: int | None
    remaining: int
    when: Callable[[dict[str, Any]], bool] | None


@dataclass
class _User:
    id: str
    name: str
    email: str | None
    locale: str
    is_bot: bool
    tz: str
    real_name: str = ""
    deleted: bool = False
    bot_id: str | None = None

    def to_api(self, team_id: str, *, include_locale: bool) -> dict[str, Any]:
        offset = int(datetime.now(ZoneInfo(self.tz)).utcoffset().total_seconds())  # type: ignore[union-attr]
        profile: dict[str, Any] = {
            "real_name": self.real_name or self.name,
            "display_name": self.name,
            "real_name_normalized": self.real_name or self.name,
            "display_name_normalized": self.name,
            "team": team_id,
        }
        if self.email:
            profile["email"] = self.email
        if self.bot_id:
            profile["bot_id"] = self.bot_id
        data: dict[str, Any] = {
            "id": self.id,
            "team_id": team_id,
            "name": self.name,
            "real_name": self.real_name or self.name,
            "deleted": self.deleted,
            "tz": self.tz,
            "tz_label": self.tz,
            "tz_offset": offset,
            "is_bot": self.is_bot,
            "is_app_user": False,
            "is_admin": False,
            "is_owner": False,
            "profile": profile,
        }
        if include_locale:
            data["locale"] = self.locale
        return data


@dataclass
class _Channel:
    id: str
    name: str
    kind: str  # "public" | "private" | "im" | "mpim"
    creator: str
    created: int
    members: list[str] = field(default_factory=list)
    is_archived: bool = False
    is_general: bool = False
    topic: dict[str, Any] = field(default_factory=lambda: {"value": "", "creator": "", "last_set": 0})
    purpose: dict[str, Any] = field(default_factory=lambda: {"value": "", "creator": "", "last_set": 0})
    im_user: str | None = None

    @property
    def is_private(self) -> bool:
        return self.kind in ("private", "im", "mpim")

    def to_api(self, bot_user_id: str, *, num_members: bool = False) -> dict[str, Any]:
        if self.kind == "im":
            return {
                "id": self.id,
                "created": self.created,
                "is_im": True,
                "is_org_shared": False,
                "user": self.im_user,
                "is_user_deleted": False,
                "priority": 0,
            }
        data: dict[str, Any] = {
            "id": self.id,
            "name": self.name,
            "name_normalized": self.name,
            "is_channel": self.kind == "public",
            "is_group": False,
            "is_im": False,
            "is_mpim": self.kind == "mpim",
            "is_private": self.is_private,
            "created": self.created,
            "is_archived": self.is_archived,
            "is_general": self.is_general,
            "unlinked": 0,
            "is_shared": False,
            "is_ext_shared": False,
            "is_org_shared": False,
            "is_pending_ext_shared": False,
            "is_member": bot_user_id in self.members,
            "creator": self.creator,
            "topic": dict(self.topic),
            "purpose": dict(self.purpose),
            "previous_names": [],
        }
        if num_members:
            data["num_members"] = len(self.members)
        return data


class _ApiError(Exception):
    """Raised inside method handlers; becomes ``{"ok": false, "error": ...}``."""

    def __init__(self, error: str, *, status: int = 200, **extra: Any) -> None:
        super().__init__(error)
        self.error = error
        self.status = status
        self.extra = extra


def _fmt_ts(micros: int) -> str:
    return f"{micros // 1_000_000}.{micros % 1_000_000:06d}"


def _parse_bool(value: Any) -> bool:
    if isinstance(value, bool):
        return value
    if isinstance(value, (int, float)):
        return bool(value)
    return str(value).strip().lower() in ("1", "true", "yes", "on")


def _split_csv(value: Any) -> list[str]:
    if value is None:
        return []
    if isinstance(value, list):
        return [str(v).strip() for v in value if str(v).strip()]
    return [v.strip() for v in str(value).split(",") if v.strip()]


class _HTTPServer(ThreadingHTTPServer):
    daemon_threads = True
    allow_reuse_address = True
    fake: "FakeSlack"


class _Handler(BaseHTTPRequestHandler):
    """Routes ``/api/<method>``, ``/upload/<file_id>`` and ``/response/<id>`` to the fake."""

    protocol_version = "HTTP/1.1"
    server: _HTTPServer

    def setup(self) -> None:
        super().setup()
        # Headers and body go out in separate writes; without TCP_NODELAY keep-alive clients
        # (httpx) stall ~40 ms per request on Nagle + delayed ACK.
        self.connection.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)

    def log_message(self, format: str, *args: Any) -> None:  # noqa: A002 - stdlib signature
        pass

    def do_GET(self) -> None:  # noqa: N802 - stdlib naming
        self._dispatch()

    def do_POST(self) -> None:  # noqa: N802 - stdlib naming
        self._dispatch()

    def _dispatch(self) -> None:
        length = int(self.headers.get("Content-Length") or 0)
        raw = self.rfile.read(length) if length > 0 else b""
        path, _, query = self.path.partition("?")
        fake = self.server.fake
        try:
            if path.startswith("/api/"):
                status, headers, body = fake._handle_api(path[len("/api/"):], raw, self.headers, query)
            elif path.startswith("/upload/"):
                status, headers, body = fake._handle_upload(path[len("/upload/"):], raw)
            elif path.startswith("/response/"):
                status, headers, body = fake._handle_response_url(path[len("/response/"):], raw)
            else:
                status, headers, body = 404, {"Content-Type": "text/plain"}, b"not found"
        except Exception as exc:  # pragma: no cover - a bug in the fake itself
            fake._record_violation(f"fake Slack crashed handling {path}: {exc!r}")
            status, headers, body = 500, {"Content-Type": "application/json"}, b'{"ok":false,"error":"fatal_error"}'
        self.send_response(status)
        for key, value in headers.items():
            self.send_header(key, value)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)


class FakeSlack:
    """Fake Slack Web API server with realistic state, strict validation and failure injection.

    Typical use::

        with FakeSlack() as fake:
            fake.add_user("U1", email="a@example.com")
            client = WebClient(base_url=fake.url, token="xoxb-test")
            client.chat_postMessage(channel="U1", text="hi")
            assert fake.dms_to("U1")[0]["text"] == "hi"
            assert fake.violations == []
    """

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
        self._httpd: _HTTPServer | None = None
        self._thread: threading.Thread | None = None
        self._socket_server: FakeSocketModeServer | None = None
        self._clock_offset = 0.0
        self._init_state()

    # ------------------------------------------------------------------ lifecycle
    def _init_state(self) -> None:
        self._rng = random.Random(self._seed)
        self.calls: list[Call] = []
        self.violations: list[str] = []
        self.warnings: list[str] = []
        self.views: dict[str, dict[str, Any]] = {}
        self.uploads: list[dict[str, Any]] = []
        self._failures: list[_Failure] = []
        self._users: dict[str, _User] = {}
        self._channels: dict[str, _Channel] = {}
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
        self._ts_micros = _TS_START_MICROS
        self._seq = 0
        self._users[self.bot_user_id] = _User(
            id=self.bot_user_id, name="leakbot", email=None, locale="ja-JP", is_bot=True,
            tz="Asia/Tokyo", real_name="leakbot", bot_id=self.bot_id,
        )

    def start(self) -> "FakeSlack":
        """Bind 127.0.0.1:<ephemeral> and serve in a daemon thread.  Returns ``self``."""
        if self._httpd is not None:
            return self
        httpd = _HTTPServer((self._host, 0), _Handler)
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

    def __enter__(self) -> "FakeSlack":
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

    # ------------------------------------------------------------------ seeding
    def add_user(
        self,
        user_id: str,
        email: str | None = None,
        name: str | None = None,
        locale: str = "ja-JP",
        is_bot: bool = False,
        tz: str = "Asia/Tokyo",
        *,
        real_name: str | None = None,
    ) -> dict[str, Any]:
        """Add a workspace member; returns its ``users.info`` shape."""
        with self._lock:
            user = _User(id=user_id, name=name or user_id.lower(), email=email, locale=locale,
                         is_bot=is_bot, tz=tz, real_name=real_name or name or user_id.lower())
            self._users[user_id] = user
            return user.to_api(self.team_id, include_locale=True)

    def add_channel(
        self,
        id: str,  # noqa: A002 - matches the brief's signature
        name: str,
        is_private: bool = False,
        members: Iterable[str] = (),
        *,
        is_archived: bool = False,
        is_general: bool = False,
        creator: str | None = None,
    ) -> dict[str, Any]:
        """Add a channel.  The bot is a member only if ``UBOT`` is listed in ``members``."""
        member_list = list(dict.fromkeys(members))
        with self._lock:
            ch = _Channel(id=id, name=name, kind="private" if is_private else "public",
                          creator=creator or (member_list[0] if member_list else self.bot_user_id),
                          created=int(time.time()), members=member_list,
                          is_archived=is_archived, is_general=is_general)
            self._channels[id] = ch
            self._messages.setdefault(id, [])
            return ch.to_api(self.bot_user_id)

    def add_message(self, channel_id: str, text: str, *, user: str, thread_ts: str | None = None,
                    blocks: list | None = None) -> str:
        """Seed a message written by ``user`` (e.g. before sending an event about it); returns its ts."""
        with self._lock:
            ch = self._channels.get(channel_id)
            if ch is None:
                raise KeyError(f"unknown channel {channel_id}")
            return self._append_message(ch, text=text, blocks=blocks, thread_ts=thread_ts, user=user,
                                        from_bot=False)["ts"]

    # ------------------------------------------------------------------ failure injection
    def fail(
        self,
        method: str,
        *,
        error: str | None = None,
        status: int = 200,
        retry_after: int | None = None,
        times: int = 1,
        when: Callable[[dict[str, Any]], bool] | None = None,
    ) -> None:
        """Make the next ``times`` calls of ``method`` (``"*"`` = any) matching ``when(args)`` fail.

        * ``status=429``: body ``{"ok":false,"error":"ratelimited"}`` and ``Retry-After`` header
          (``retry_after`` seconds, default 1 — must be an int, slack_sdk does ``int(header)``).
        * ``status>=500``: JSON error body (``error`` default ``internal_error``).
        * ``status=200``: ``{"ok": false, "error": error}`` (``error`` required).
        Injected failures are recorded in :attr:`calls` like any other.
        """
        if times < 1:
            raise ValueError("times must be >= 1")
        if status == 429:
            error = error or "ratelimited"
            retry_after = 1 if retry_after is None else int(retry_after)
        elif status >= 500:
            error = error or ("service_unavailable" if status == 503 else "internal_error")
        elif status == 200:
            if not error:
                raise ValueError("status=200 failures need an error code, e.g. error='name_taken'")
        else:
            error = error or "invalid_request"
        with self._lock:
            self._failures.append(_Failure(method, error, status, retry_after, times, when))

    def clear_failures(self) -> None:
        """Drop every pending injected failure."""
        with self._lock:
            self._failures.clear()

    # ------------------------------------------------------------------ triggers & response_urls
    def new_trigger_id(self, user_id: str | None = None, *, view_id: str | None = None) -> str:
        """Issue a trigger_id like Slack attaches to interactions: valid 3 s, usable once.

        ``view_id`` marks a trigger coming from an interaction inside that modal, so
        ``views.push`` pushes onto that modal's stack.
        """
        with self._lock:
            self._seq += 1
            tid = f"{int(time.time())}.{self._seq}.{self._rand_hex(16)}"
            self._triggers[tid] = {"issued": self.now(), "used": False, "user_id": user_id, "view_id": view_id}
            return tid

    def new_response_url(self, channel_id: str | None = None, user_id: str | None = None,
                         message_ts: str | None = None) -> str:
        """Issue ``http://127.0.0.1:PORT/response/<id>``; 5 posts within 30 minutes, like Slack."""
        with self._lock:
            self._seq += 1
            rid = f"R{self._seq:05d}{self._rand_hex(8)}"
            self._response_urls[rid] = {
                "id": rid, "created": self.now(), "channel_id": channel_id, "user_id": user_id,
                "message_ts": message_ts, "posts": [], "accepted": 0,
            }
            return f"{self.base}/response/{rid}"

    def responses(self, id_or_url: str) -> list[dict[str, Any]]:
        """JSON bodies posted to a response_url (accepted and refused ones, in order)."""
        rid = id_or_url.rstrip("/").rsplit("/", 1)[-1]
        with self._lock:
            ctx = self._response_urls.get(rid)
            return copy.deepcopy([p["body"] for p in ctx["posts"]]) if ctx else []

    # ------------------------------------------------------------------ socket mode
    def attach_socket_mode(self, server: "FakeSocketModeServer") -> None:
        """Make ``apps.connections.open`` hand out URLs of ``server``."""
        with self._lock:
            self._socket_server = server
            server.fake = self

    # ------------------------------------------------------------------ query helpers
    def calls_to(self, method: str) -> list[Call]:
        """Recorded calls of one Web API method, oldest first."""
        with self._lock:
            return [c for c in self.calls if c.method == method]

    def failed_calls(self) -> list[Call]:
        """Every recorded call whose response was not ok (handy when debugging a test)."""
        with self._lock:
            return [c for c in self.calls if not c.ok]

    def messages(self, channel_id: str) -> list[dict[str, Any]]:
        """Current messages of a channel/IM (after updates and deletes), oldest first."""
        with self._lock:
            return copy.deepcopy(self._messages.get(channel_id, []))

    def dms_to(self, user_id: str) -> list[dict[str, Any]]:
        """Messages in the bot's IM with ``user_id`` (posted via channel=U… or channel=D…)."""
        with self._lock:
            im = self._ims.get(user_id)
            return copy.deepcopy(self._messages.get(im, [])) if im else []

    def ephemerals(self, channel_id: str | None = None, user: str | None = None) -> list[dict[str, Any]]:
        """Ephemeral messages (chat.postEphemeral and ephemeral response_url posts)."""
        with self._lock:
            return copy.deepcopy([
                e for e in self._ephemerals
                if (channel_id is None or e["channel"] == channel_id) and (user is None or e["user"] == user)
            ])

    def user(self, user_id: str) -> dict[str, Any] | None:
        """``users.info`` shape (with ``locale``) of a known user, or None."""
        with self._lock:
            user = self._users.get(user_id)
            return user.to_api(self.team_id, include_locale=True) if user else None

    def channel(self, channel_id: str) -> dict[str, Any] | None:
        """``conversations.info`` shape plus ``members`` (list), or None."""
        with self._lock:
            ch = self._channels.get(channel_id)
            if ch is None:
                return None
            data = ch.to_api(self.bot_user_id)
            data["members"] = list(ch.members)
            return data

    def channel_by_name(self, name: str) -> dict[str, Any] | None:
        """Channel (with ``members``) by name, or None."""
        with self._lock:
            for ch in self._channels.values():
                if ch.name == name and ch.kind in ("public", "private"):
                    return self.channel(ch.id)
            return None

    def members(self, channel_id: str) -> list[str]:
        """Member user ids of a channel (empty if unknown)."""
        with self._lock:
            ch = self._channels.get(channel_id)
            return list(ch.members) if ch else []

    def pins(self, channel_id: str) -> list[str]:
        """Pinned message timestamps of a channel."""
        with self._lock:
            return list(self._pins.get(channel_id, []))

    def home(self, user_id: str) -> dict[str, Any] | None:
        """The Home tab view last published for ``user_id``."""
        with self._lock:
            vid = self._homes.get(user_id)
            return copy.deepcopy(self.views[vid]) if vid else None

    def open_views(self, user_id: str | None) -> list[dict[str, Any]]:
        """The user's current modal stack (root first); empty when no modal is open."""
        with self._lock:
            return copy.deepcopy([self.views[v] for v in self._stacks.get(user_id, [])])

    def is_view_open(self, view_id: str) -> bool:
        """True while the modal/Home view exists and has not been closed."""
        with self._lock:
            meta = self._view_meta.get(view_id)
            return bool(meta) and not meta["closed"]

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
        self._ts_micros += _TS_STEP_MICROS
        return _fmt_ts(self._ts_micros)

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
            raise _ApiError("missing_scope", needed=",".join(needed),
                            provided=",".join(sorted(self.scopes or ())))

    # ------------------------------------------------------------------ HTTP entry points
    def _parse_args(self, raw: bytes, content_type: str, query: str) -> dict[str, Any]:
        args: dict[str, Any] = {}
        if query:
            args.update({k: v[-1] for k, v in urllib.parse.parse_qs(query, keep_blank_values=True).items()})
        ctype = (content_type or "").lower()
        if raw:
            if "application/json" in ctype:
                body = json.loads(raw.decode("utf-8"))
                if not isinstance(body, dict):
                    raise _ApiError("invalid_json")
                args.update(body)
            elif "multipart/form-data" in ctype:
                msg = email.parser.BytesParser(policy=email.policy.HTTP).parsebytes(
                    b"Content-Type: " + content_type.encode() + b"\r\n\r\n" + raw)
                for part in msg.iter_parts():
                    name = part.get_param("name", header="content-disposition")
                    payload = part.get_payload(decode=True) or b""
                    if part.get_filename():
                        args[name] = payload
                    else:
                        args[name] = payload.decode("utf-8")
            else:
                text = raw.decode("utf-8")
                args.update({k: v[-1] for k, v in urllib.parse.parse_qs(text, keep_blank_values=True).items()})
        return args

    def _decode_json_args(self, method: str, args: dict[str, Any]) -> None:
        for key in _JSON_ARGS:
            value = args.get(key)
            if isinstance(value, str) and value.strip()[:1] in ("[", "{"):
                try:
                    args[key] = json.loads(value)
                except json.JSONDecodeError:
                    raise _ApiError("invalid_blocks_format" if key == "blocks" else "invalid_arguments",
                                    response_metadata={"messages": [
                                        f"[ERROR] invalid JSON [json-pointer:/{key}]"]}) from None
            elif key == "blocks" and isinstance(value, str) and value.strip():
                raise _ApiError("invalid_blocks_format")
        bools = set(METHODS.get(method, {}).get("boolean_args", [])) | _EXTRA_BOOL_ARGS
        for key in bools:
            if key in args:
                args[key] = _parse_bool(args[key])

    def _handle_api(self, method: str, raw: bytes, headers: Mapping[str, str], query: str
                    ) -> tuple[int, dict[str, str], bytes]:
        auth = headers.get("Authorization") or ""
        token: str | None = auth[7:].strip() if auth.lower().startswith("bearer ") else None
        status = 200
        extra_headers: dict[str, str] = {}
        args: dict[str, Any] = {}
        with self._lock:
            try:
                try:
                    args = self._parse_args(raw, headers.get("Content-Type") or "", query)
                except (ValueError, UnicodeDecodeError):
                    raise _ApiError("invalid_form_data") from None
                form_token = args.pop("token", None)
                token = token or (str(form_token) if form_token else None)
                self._decode_json_args(method, args)
                response, status, extra_headers = self._process(method, args, token)
            except _ApiError as err:
                response = {"ok": False, "error": err.error, **err.extra}
                status = err.status
            except Exception as exc:  # a bug in the fake: make it loud, never silent
                self.violations.append(f"{method}: FakeSlack internal error {exc!r}")
                response, status = {"ok": False, "error": "fatal_error"}, 500
            self.calls.append(Call(method=method, args=args, token=token, response=response,
                                   status=status, at=time.time()))
            body = json.dumps(response, ensure_ascii=False).encode("utf-8")
        out_headers = {"Content-Type": "application/json; charset=utf-8"}
        if self.scopes is not None and token and token.startswith("xoxb-"):
            out_headers["X-OAuth-Scopes"] = ",".join(sorted(self.scopes))
        out_headers.update(extra_headers)
        return status, out_headers, body

    def _process(self, method: str, args: dict[str, Any], token: str | None
                 ) -> tuple[dict[str, Any], int, dict[str, str]]:
        handler = getattr(self, "_m_" + method.replace(".", "_"), None)
        if handler is None and method not in METHODS:
            raise _ApiError("unknown_method", req_method=method)
        # --- authentication
        if not token:
            raise _ApiError("not_authed")
        if method == "apps.connections.open":
            if not token.startswith("xapp-"):
                raise _ApiError("not_allowed_token_type")
            if self.app_token is not None and token != self.app_token:
                raise _ApiError("invalid_auth")
        else:
            if token.startswith("xapp-") or token.startswith("xoxp-") or token.startswith("xoxa-"):
                raise _ApiError("not_allowed_token_type")
            if not token.startswith("xoxb-") or (self.bot_token is not None and token != self.bot_token):
                raise _ApiError("invalid_auth")
        # --- injected failures
        for failure in self._failures:
            if failure.method not in ("*", method):
                continue
            if failure.when is not None and not failure.when(args):
                continue
            failure.remaining -= 1
            if failure.remaining <= 0:
                self._failures.remove(failure)
            headers: dict[str, str] = {}
            if failure.status == 429:
                headers["Retry-After"] = str(failure.retry_after)
            return {"ok": False, "error": failure.error}, failure.status, headers
        if handler is None:
            self.violations.append(f"{method}: not implemented by FakeSlack (the bot called it)")
            raise _ApiError("fake_method_not_implemented")
        # --- generic scope check (conversations.* narrow it further in their handlers)
        if method != "apps.connections.open" and not method.startswith("conversations."):
            self._require_scopes(method)
        # --- required arguments
        for name in METHODS.get(method, {}).get("required", []):
            value = args.get(name)
            if value is None or (isinstance(value, str) and value.strip() == ""):
                raise self._missing_arg_error(method, name)
        result = handler(args)
        result = {"ok": True, **result}
        return result, 200, {}

    @staticmethod
    def _missing_arg_error(method: str, name: str) -> _ApiError:
        special = {
            "channel": "channel_not_found",
            "channel_id": "channel_not_found",
            "user": "user_not_found",
            "users": "no_user",
            "name": "invalid_name_required",
            "timestamp": "no_item_specified",
            "ts": "message_not_found",
        }
        if name in special and not method.startswith("views."):
            return _ApiError(special[name])
        return _ApiError("invalid_arguments",
                         response_metadata={"messages": [f"[ERROR] missing required field: {name}"]})

    # ------------------------------------------------------------------ lookups
    def _channel_for(self, channel_id: Any, *, visible_only: bool = True) -> _Channel:
        ch = self._channels.get(str(channel_id)) if channel_id else None
        if ch is None:
            raise _ApiError("channel_not_found")
        if visible_only and ch.kind == "private" and self.bot_user_id not in ch.members:
            # A bot cannot see private channels it is not in.
            raise _ApiError("channel_not_found")
        return ch

    def _user(self, user_id: Any, error: str = "user_not_found") -> _User:
        user = self._users.get(str(user_id)) if user_id else None
        if user is None or user.deleted:
            raise _ApiError(error)
        return user

    def _im_for(self, user_id: str) -> _Channel:
        cid = self._ims.get(user_id)
        if cid is None:
            cid = self._new_id("D", self._channels)
            self._ims[user_id] = cid
            self._channels[cid] = _Channel(id=cid, name=cid, kind="im", creator=self.bot_user_id,
                                           created=int(time.time()), members=[self.bot_user_id, user_id],
                                           im_user=user_id)
            self._messages.setdefault(cid, [])
        return self._channels[cid]

    def _resolve_post_target(self, channel: Any) -> _Channel:
        """chat.* accept a channel id, an IM id or a user id (= the bot's DM with that user)."""
        cid = str(channel or "")
        if cid[:1] in ("U", "W") and cid not in self._channels:
            if cid not in self._users or self._users[cid].deleted:
                raise _ApiError("channel_not_found")
            return self._im_for(cid)
        ch = self._channels.get(cid)
        if ch is None:
            raise _ApiError("channel_not_found")
        return ch

    def _require_member(self, ch: _Channel) -> None:
        if self.bot_user_id not in ch.members:
            raise _ApiError("not_in_channel")

    def _find_message(self, channel_id: str, ts: str) -> dict[str, Any] | None:
        for msg in self._messages.get(channel_id, []):
            if msg["ts"] == ts:
                return msg
        return None

    # ------------------------------------------------------------------ block validation
    def _check_message_content(self, method: str, args: dict[str, Any], *, require_content: bool = True
                               ) -> tuple[str | None, list | None]:
        text = args.get("text")
        blocks = args.get("blocks")
        if blocks is not None and not isinstance(blocks, list):
            raise _ApiError("invalid_blocks_format")
        if blocks == []:
            blocks = None
        has_attachments = bool(args.get("attachments"))
        if require_content and not (isinstance(text, str) and text) and not blocks and not has_attachments:
            raise _ApiError("no_text")
        if isinstance(text, str) and len(text) > MAX_MESSAGE_TEXT:
            raise _ApiError("msg_too_long")
        problems = blockkit.validate_message(text if isinstance(text, str) else None, blocks)
        if problems:
            self.violations.extend(f"{method}: {p}" for p in problems)
            raise _ApiError("invalid_blocks", response_metadata={"messages": problems})
        if blockkit.missing_text_fallback(text if isinstance(text, str) else None, blocks):
            self.warnings.append(f"{method}: message has blocks but no text fallback "
                                 f"(channel={args.get('channel')})")
        return (text if isinstance(text, str) else None), blocks

    def _check_view(self, method: str, view: Any) -> dict[str, Any]:
        if isinstance(view, str):
            try:
                view = json.loads(view)
            except json.JSONDecodeError:
                view = None
        if not isinstance(view, dict):
            raise _ApiError("invalid_arguments",
                            response_metadata={"messages": ["[ERROR] must provide an object [json-pointer:/view]"]})
        problems = blockkit.validate_view(view)
        if problems:
            self.violations.extend(f"{method}: {p}" for p in problems)
            if any(p.startswith(blockkit.VIEW_TOO_LARGE) for p in problems):
                raise _ApiError("view_too_large", response_metadata={"messages": problems})
            raise _ApiError("invalid_arguments", response_metadata={"messages": problems})
        return view

    def _append_message(self, ch: _Channel, *, text: str | None, blocks: list | None, thread_ts: str | None,
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

    # ================================================================== Web API methods
    def _m_api_test(self, args: dict[str, Any]) -> dict[str, Any]:
        return {"args": {k: v for k, v in args.items()}}

    def _m_auth_test(self, args: dict[str, Any]) -> dict[str, Any]:
        return {
            "url": f"https://{self.team_domain}.slack.com/",
            "team": "Leakbot Test",
            "user": "leakbot",
            "team_id": self.team_id,
            "user_id": self.bot_user_id,
            "bot_id": self.bot_id,
            "is_enterprise_install": False,
        }

    def _m_apps_connections_open(self, args: dict[str, Any]) -> dict[str, Any]:
        if self._socket_server is None:
            self.violations.append("apps.connections.open: no FakeSocketModeServer attached to FakeSlack")
            raise _ApiError("fake_socket_mode_not_attached")
        try:
            return {"url": self._socket_server.issue_url()}
        except RuntimeError:  # the socket server was stopped (test teardown): refuse quietly
            raise _ApiError("fake_socket_mode_stopped") from None

    # ------------------------------------------------------------------ conversations
    def _m_conversations_create(self, args: dict[str, Any]) -> dict[str, Any]:
        is_private = bool(args.get("is_private", False))
        self._require_scopes("conversations.create", "private" if is_private else "public")
        name = str(args.get("name", ""))
        if name == "":
            raise _ApiError("invalid_name_required")
        if len(name) > 80:
            raise _ApiError("invalid_name_maxlength")
        if not _CHANNEL_NAME_RE.match(name):
            raise _ApiError("invalid_name_specials")
        if set(name) <= {"-", "_"}:
            raise _ApiError("invalid_name_punctuation")
        if any(ch.name == name for ch in self._channels.values() if ch.kind in ("public", "private")):
            raise _ApiError("name_taken")
        cid = self._new_id("C", self._channels)
        ch = _Channel(id=cid, name=name, kind="private" if is_private else "public", creator=self.bot_user_id,
                      created=int(time.time()), members=[self.bot_user_id])
        self._channels[cid] = ch
        self._messages[cid] = []
        return {"channel": ch.to_api(self.bot_user_id)}

    def _m_conversations_invite(self, args: dict[str, Any]) -> dict[str, Any]:
        ch = self._channel_for(args.get("channel"), visible_only=False)
        self._require_scopes("conversations.invite", ch.kind)
        if ch.kind == "im":
            raise _ApiError("method_not_supported_for_channel_type")
        if ch.is_archived:
            raise _ApiError("is_archived")
        self._require_member(ch)
        user_ids = _split_csv(args.get("users"))
        if not user_ids:
            raise _ApiError("no_user")
        if len(user_ids) > 1000:
            raise _ApiError("too_many_users")
        force = bool(args.get("force", False))
        errors: list[dict[str, Any]] = []
        to_add: list[str] = []
        for uid in dict.fromkeys(user_ids):
            if uid == self.bot_user_id:
                errors.append({"user": uid, "ok": False, "error": "cant_invite_self"})
            elif uid not in self._users or self._users[uid].deleted:
                errors.append({"user": uid, "ok": False, "error": "user_not_found"})
            elif uid in ch.members:
                errors.append({"user": uid, "ok": False, "error": "already_in_channel"})
            else:
                to_add.append(uid)
        # Slack: without force=true one bad user fails the whole call and nobody is invited
        # (slackapi/node-slack-sdk#1596); with force=true the valid ones are invited.
        if errors and (not force or not to_add):
            raise _ApiError(errors[0]["error"], errors=errors)
        ch.members.extend(to_add)
        result: dict[str, Any] = {"channel": ch.to_api(self.bot_user_id)}
        if errors:
            result["errors"] = errors
        return result

    def _m_conversations_setTopic(self, args: dict[str, Any]) -> dict[str, Any]:  # noqa: N802
        ch = self._channel_for(args.get("channel"))
        self._require_scopes("conversations.setTopic", ch.kind)
        if ch.is_archived:
            raise _ApiError("is_archived")
        self._require_member(ch)
        topic = str(args.get("topic", ""))
        if len(topic) > MAX_TOPIC:
            raise _ApiError("too_long")
        ch.topic = {"value": topic, "creator": self.bot_user_id, "last_set": int(time.time())}
        return {"channel": ch.to_api(self.bot_user_id)}

    def _page(self, items: list[Any], args: dict[str, Any]) -> tuple[list[Any], str]:
        try:
            limit = int(args.get("limit") or 100)
        except (TypeError, ValueError):
            raise _ApiError("invalid_limit") from None
        if limit > 1000:
            raise _ApiError("invalid_limit")
        if limit < 1:
            limit = 100
        cursor = args.get("cursor") or ""
        start = 0
        if cursor:
            try:
                decoded = base64.b64decode(str(cursor)).decode()
                if not decoded.startswith("offset:"):
                    raise ValueError(decoded)
                start = int(decoded[len("offset:"):])
            except Exception:
                raise _ApiError("invalid_cursor") from None
        page = items[start:start + limit]
        nxt = start + limit
        next_cursor = base64.b64encode(f"offset:{nxt}".encode()).decode() if nxt < len(items) else ""
        return page, next_cursor

    def _m_conversations_members(self, args: dict[str, Any]) -> dict[str, Any]:
        ch = self._channel_for(args.get("channel"))
        self._require_scopes("conversations.members", ch.kind)
        page, next_cursor = self._page(list(ch.members), args)
        return {"members": page, "response_metadata": {"next_cursor": next_cursor}}

    def _m_conversations_list(self, args: dict[str, Any]) -> dict[str, Any]:
        types = _split_csv(args.get("types")) or ["public_channel"]
        kind_of = {"public_channel": "public", "private_channel": "private", "im": "im", "mpim": "mpim"}
        kinds = []
        for t in types:
            if t not in kind_of:
                raise _ApiError("invalid_types")
            kinds.append(kind_of[t])
            self._require_scopes("conversations.list", kind_of[t])
        exclude_archived = bool(args.get("exclude_archived", False))
        found = []
        for ch in self._channels.values():
            if ch.kind not in kinds:
                continue
            if ch.kind != "public" and self.bot_user_id not in ch.members:
                continue
            if exclude_archived and ch.is_archived:
                continue
            found.append(ch.to_api(self.bot_user_id))
        page, next_cursor = self._page(found, args)
        return {"channels": page, "response_metadata": {"next_cursor": next_cursor}}

    def _m_conversations_info(self, args: dict[str, Any]) -> dict[str, Any]:
        ch = self._channel_for(args.get("channel"))
        self._require_scopes("conversations.info", ch.kind)
        return {"channel": ch.to_api(self.bot_user_id, num_members=bool(args.get("include_num_members")))}

    def _m_conversations_open(self, args: dict[str, Any]) -> dict[str, Any]:
        if args.get("channel"):
            ch = self._channel_for(args.get("channel"))
            self._require_scopes("conversations.open", ch.kind)
            return {"channel": {"id": ch.id}, "no_op": True, "already_open": True}
        users = _split_csv(args.get("users"))
        if not users:
            raise _ApiError("users_list_not_supplied")
        if len(users) > 8:
            raise _ApiError("too_many_users")
        for uid in users:
            self._user(uid)
        others = [u for u in dict.fromkeys(users) if u != self.bot_user_id]
        if len(others) <= 1:
            self._require_scopes("conversations.open", "im")
            if not others:
                raise _ApiError("cannot_dm_bot")
            existed = others[0] in self._ims
            ch = self._im_for(others[0])
        else:
            self._require_scopes("conversations.open", "mpim")
            key = frozenset(others)
            existed = key in self._mpims
            if not existed:
                cid = self._new_id("G", self._channels)
                self._mpims[key] = cid
                self._channels[cid] = _Channel(id=cid, name="mpdm-" + "--".join(sorted(others)) + "-1",
                                               kind="mpim", creator=self.bot_user_id, created=int(time.time()),
                                               members=[self.bot_user_id, *sorted(others)])
                self._messages.setdefault(cid, [])
            ch = self._channels[self._mpims[key]]
        if args.get("return_im"):
            channel: dict[str, Any] = ch.to_api(self.bot_user_id)
        else:
            channel = {"id": ch.id}
        result: dict[str, Any] = {"channel": channel}
        if existed:
            result["no_op"] = True
            result["already_open"] = True
        return result

    def _m_conversations_archive(self, args: dict[str, Any]) -> dict[str, Any]:
        ch = self._channel_for(args.get("channel"))
        self._require_scopes("conversations.archive", ch.kind)
        if ch.kind in ("im", "mpim"):
            raise _ApiError("method_not_supported_for_channel_type")
        if ch.is_general:
            raise _ApiError("cant_archive_general")
        if ch.is_archived:
            raise _ApiError("already_archived")
        self._require_member(ch)
        ch.is_archived = True
        return {}

    # ------------------------------------------------------------------ chat
    def _m_chat_postMessage(self, args: dict[str, Any]) -> dict[str, Any]:  # noqa: N802
        ch = self._resolve_post_target(args.get("channel"))
        if ch.is_archived:
            raise _ApiError("is_archived")
        # chat:write.public lets a bot post in public channels it has not joined.
        public_ok = ch.kind == "public" and self._scope_ok(["chat:write.public"])
        if ch.kind in ("public", "private") and not public_ok:
            self._require_member(ch)
        text, blocks = self._check_message_content("chat.postMessage", args)
        thread_ts = args.get("thread_ts") or None
        extra = {}
        if args.get("attachments"):
            extra["attachments"] = args["attachments"]
        if args.get("metadata"):
            extra["metadata"] = args["metadata"]
        msg = self._append_message(ch, text=text, blocks=blocks, thread_ts=str(thread_ts) if thread_ts else None,
                                   user=self.bot_user_id, from_bot=True, extra=extra)
        return {"channel": ch.id, "ts": msg["ts"], "message": self._api_message(msg)}

    def _m_chat_update(self, args: dict[str, Any]) -> dict[str, Any]:
        ch = self._resolve_post_target(args.get("channel"))
        msg = self._find_message(ch.id, str(args.get("ts")))
        if msg is None:
            raise _ApiError("message_not_found")
        if msg.get("user") != self.bot_user_id:
            raise _ApiError("cant_update_message")
        if ch.is_archived:
            raise _ApiError("is_archived")
        text, blocks = self._check_message_content("chat.update", args)
        if "text" in args:
            msg["text"] = text or ""
        if "blocks" in args:
            msg["blocks"] = copy.deepcopy(blocks) if blocks else []
            self._fill_ids(msg["blocks"])
        if "attachments" in args:
            msg["attachments"] = args["attachments"]
        msg["edited"] = {"user": self.bot_user_id, "ts": self._next_ts()}
        return {"channel": ch.id, "ts": msg["ts"], "text": msg["text"], "message": self._api_message(msg)}

    def _m_chat_postEphemeral(self, args: dict[str, Any]) -> dict[str, Any]:  # noqa: N802
        ch = self._resolve_post_target(args.get("channel"))
        user = self._user(args.get("user"))
        if ch.is_archived:
            raise _ApiError("is_archived")
        if ch.kind in ("public", "private"):
            self._require_member(ch)
        if user.id not in ch.members:
            raise _ApiError("user_not_in_channel")
        text, blocks = self._check_message_content("chat.postEphemeral", args)
        ts = self._next_ts()
        self._ephemerals.append({
            "channel": ch.id, "user": user.id, "ts": ts, "text": text or "",
            "blocks": copy.deepcopy(blocks) if blocks else [], "thread_ts": args.get("thread_ts"),
        })
        return {"message_ts": ts}

    # ------------------------------------------------------------------ pins
    def _m_pins_add(self, args: dict[str, Any]) -> dict[str, Any]:
        ch = self._resolve_post_target(args.get("channel"))
        if ch.kind == "private" and self.bot_user_id not in ch.members:
            raise _ApiError("channel_not_found")
        ts = args.get("timestamp")
        if not ts:
            raise _ApiError("no_item_specified")
        self._require_member(ch)
        if self._find_message(ch.id, str(ts)) is None:
            raise _ApiError("message_not_found")
        pins = self._pins.setdefault(ch.id, [])
        if str(ts) in pins:
            raise _ApiError("already_pinned")
        pins.append(str(ts))
        return {}

    # ------------------------------------------------------------------ users
    def _m_users_lookupByEmail(self, args: dict[str, Any]) -> dict[str, Any]:  # noqa: N802
        email_arg = str(args.get("email", "")).strip().lower()
        for user in self._users.values():
            if user.email and user.email.lower() == email_arg and not user.deleted:
                return {"user": user.to_api(self.team_id, include_locale=False)}
        raise _ApiError("users_not_found")

    def _m_users_info(self, args: dict[str, Any]) -> dict[str, Any]:
        user = self._users.get(str(args.get("user")))
        if user is None:
            raise _ApiError("user_not_found")
        return {"user": user.to_api(self.team_id, include_locale=bool(args.get("include_locale")))}

    # ------------------------------------------------------------------ views
    def _use_trigger(self, args: dict[str, Any], *, consume: bool) -> dict[str, Any]:
        tid = args.get("trigger_id") or args.get("interactivity_pointer")
        if not tid:
            raise _ApiError("invalid_arguments",
                            response_metadata={"messages": ["[ERROR] missing required field: trigger_id"]})
        trig = self._triggers.get(str(tid))
        if trig is None:
            raise _ApiError("invalid_trigger_id")
        if trig["used"]:
            raise _ApiError("exchanged_trigger_id")
        if self.now() - trig["issued"] > TRIGGER_TTL_SECONDS:
            raise _ApiError("expired_trigger_id")
        if consume:
            trig["used"] = True
        return trig

    def _store_view(self, view: dict[str, Any], *, view_id: str, user_id: str | None, surface: str,
                    previous_view_id: str | None, root_view_id: str | None) -> dict[str, Any]:
        v = copy.deepcopy(view)
        blocks = v.get("blocks") or []
        self._fill_ids(blocks)
        stored = {
            "id": view_id,
            "team_id": self.team_id,
            "type": v["type"],
            "blocks": blocks,
            "private_metadata": v.get("private_metadata", ""),
            "callback_id": v.get("callback_id", ""),
            "state": {"values": {}},
            "hash": self._new_hash(),
            "title": v.get("title"),
            "clear_on_close": bool(v.get("clear_on_close", False)),
            "notify_on_close": bool(v.get("notify_on_close", False)),
            "close": v.get("close"),
            "submit": v.get("submit"),
            "previous_view_id": previous_view_id,
            "root_view_id": root_view_id or view_id,
            "app_id": self.app_id,
            "external_id": v.get("external_id", ""),
            "app_installed_team_id": self.team_id,
            "bot_id": self.bot_id,
        }
        self.views[view_id] = stored
        self._view_meta[view_id] = {"user_id": user_id, "surface": surface, "closed": False}
        return stored

    def _check_external_id(self, view: dict[str, Any], *, own_view_id: str | None = None) -> None:
        ext = view.get("external_id")
        if not ext:
            return
        for vid, stored in self.views.items():
            if vid != own_view_id and stored.get("external_id") == ext and not self._view_meta[vid]["closed"]:
                raise _ApiError("duplicate_external_id")

    def _m_views_open(self, args: dict[str, Any]) -> dict[str, Any]:
        trig = self._use_trigger(args, consume=False)
        view = self._check_view("views.open", args.get("view"))
        if view.get("type") != "modal":
            raise _ApiError("invalid_arguments",
                            response_metadata={"messages": ["[ERROR] views.open needs a modal [json-pointer:/view/type]"]})
        self._check_external_id(view)
        trig["used"] = True
        user_id = trig["user_id"]
        for old in self._stacks.get(user_id, []):
            self._view_meta[old]["closed"] = True
        view_id = self._new_id("V", self.views)
        stored = self._store_view(view, view_id=view_id, user_id=user_id, surface="modal",
                                  previous_view_id=None, root_view_id=None)
        self._stacks[user_id] = [view_id]
        return {"view": copy.deepcopy(stored)}

    def _stack_for_trigger(self, trig: dict[str, Any]) -> tuple[str | None, list[str]]:
        if trig.get("view_id"):
            for key, stack in self._stacks.items():
                if trig["view_id"] in stack:
                    return key, stack
        return trig["user_id"], self._stacks.get(trig["user_id"], [])

    def _m_views_push(self, args: dict[str, Any]) -> dict[str, Any]:
        trig = self._use_trigger(args, consume=False)
        view = self._check_view("views.push", args.get("view"))
        if view.get("type") != "modal":
            raise _ApiError("invalid_arguments",
                            response_metadata={"messages": ["[ERROR] views.push needs a modal [json-pointer:/view/type]"]})
        key, stack = self._stack_for_trigger(trig)
        if not stack:
            raise _ApiError("invalid_arguments", response_metadata={"messages": [
                "[ERROR] no open modal to push onto (views.push needs a trigger from inside a modal)"]})
        if len(stack) >= MAX_VIEW_STACK:
            raise _ApiError("push_limit_reached")
        self._check_external_id(view)
        trig["used"] = True
        view_id = self._new_id("V", self.views)
        stored = self._store_view(view, view_id=view_id, user_id=key, surface="modal",
                                  previous_view_id=stack[-1], root_view_id=stack[0])
        stack.append(view_id)
        return {"view": copy.deepcopy(stored)}

    def _m_views_update(self, args: dict[str, Any]) -> dict[str, Any]:
        view_id = args.get("view_id")
        ext = args.get("external_id")
        if not view_id and not ext:
            raise _ApiError("invalid_arguments", response_metadata={"messages": [
                "[ERROR] either view_id or external_id is required"]})
        target: str | None = None
        if view_id:
            target = str(view_id) if str(view_id) in self.views else None
        else:
            for vid, stored in self.views.items():
                if stored.get("external_id") == ext and not self._view_meta[vid]["closed"]:
                    target = vid
        if target is None or self._view_meta[target]["closed"]:
            raise _ApiError("not_found")
        view = self._check_view("views.update", args.get("view"))
        current = self.views[target]
        if view.get("type") != current["type"]:
            raise _ApiError("invalid_arguments", response_metadata={"messages": [
                "[ERROR] cannot change the type of a view [json-pointer:/view/type]"]})
        if args.get("hash") and args["hash"] != current["hash"]:
            raise _ApiError("hash_conflict")
        self._check_external_id(view, own_view_id=target)
        meta = self._view_meta[target]
        stored = self._store_view(view, view_id=target, user_id=meta["user_id"], surface=meta["surface"],
                                  previous_view_id=current["previous_view_id"], root_view_id=current["root_view_id"])
        return {"view": copy.deepcopy(stored)}

    def _m_views_publish(self, args: dict[str, Any]) -> dict[str, Any]:
        user = self._user(args.get("user_id"))
        view = self._check_view("views.publish", args.get("view"))
        if view.get("type") != "home":
            raise _ApiError("invalid_arguments", response_metadata={"messages": [
                "[ERROR] views.publish needs a view of type home [json-pointer:/view/type]"]})
        existing = self._homes.get(user.id)
        if existing and args.get("hash") and args["hash"] != self.views[existing]["hash"]:
            raise _ApiError("hash_conflict")
        view_id = existing or self._new_id("V", self.views)
        stored = self._store_view(view, view_id=view_id, user_id=user.id, surface="home",
                                  previous_view_id=None, root_view_id=None)
        self._homes[user.id] = view_id
        return {"view": copy.deepcopy(stored)}

    # ------------------------------------------------------------------ files
    def _m_files_getUploadURLExternal(self, args: dict[str, Any]) -> dict[str, Any]:  # noqa: N802
        try:
            length = int(args.get("length"))
        except (TypeError, ValueError):
            raise _ApiError("invalid_arguments", response_metadata={"messages": [
                "[ERROR] must be an integer [json-pointer:/length]"]}) from None
        if length < 1:
            raise _ApiError("invalid_arguments", response_metadata={"messages": [
                "[ERROR] must be at least 1 [json-pointer:/length]"]})
        file_id = self._new_id("F", self._pending_uploads)
        self._pending_uploads[file_id] = {
            "file_id": file_id, "filename": str(args.get("filename")), "length": length,
            "alt_txt": args.get("alt_txt"), "snippet_type": args.get("snippet_type"), "data": None,
            "completed": False,
        }
        return {"upload_url": f"{self.base}/upload/{file_id}", "file_id": file_id}

    def _m_files_completeUploadExternal(self, args: dict[str, Any]) -> dict[str, Any]:  # noqa: N802
        files = args.get("files")
        if not isinstance(files, list) or not files:
            raise _ApiError("invalid_arguments", response_metadata={"messages": [
                "[ERROR] must provide at least 1 items [json-pointer:/files]"]})
        pending = []
        for item in files:
            fid = item.get("id") if isinstance(item, dict) else None
            up = self._pending_uploads.get(str(fid))
            if up is None or up["data"] is None or up["completed"]:
                raise _ApiError("file_not_found")
            pending.append((up, item))
        targets: list[_Channel] = []
        channel_ids = ([args["channel_id"]] if args.get("channel_id") else []) + _split_csv(args.get("channels"))
        for cid in channel_ids:
            ch = self._resolve_post_target(cid)
            if ch.is_archived:
                raise _ApiError("is_archived")
            if ch.kind in ("public", "private"):
                self._require_member(ch)
            targets.append(ch)
        results = []
        for up, item in pending:
            up["completed"] = True
            title = item.get("title") or up["filename"]
            record = {
                "file_id": up["file_id"], "filename": up["filename"], "title": title, "data": up["data"],
                "length": up["length"], "alt_txt": up["alt_txt"], "channel_id": args.get("channel_id"),
                "channels": [t.id for t in targets], "initial_comment": args.get("initial_comment"),
                "thread_ts": args.get("thread_ts"),
            }
            if len(up["data"]) != up["length"]:
                self.warnings.append(f"files.completeUploadExternal: {up['file_id']} declared length "
                                     f"{up['length']} but {len(up['data'])} bytes were uploaded")
            self.uploads.append(record)
            results.append({"id": up["file_id"], "title": title, "name": up["filename"]})
        for ch in targets:
            self._append_message(ch, text=args.get("initial_comment") or "", blocks=None,
                                 thread_ts=args.get("thread_ts"), user=self.bot_user_id, from_bot=True,
                                 extra={"files": copy.deepcopy(results), "upload": True})
        return {"files": results}

    # ------------------------------------------------------------------ non-API endpoints
    def _handle_upload(self, file_id: str, raw: bytes) -> tuple[int, dict[str, str], bytes]:
        with self._lock:
            up = self._pending_uploads.get(file_id)
            if up is None or up["completed"]:
                return 404, {"Content-Type": "text/plain"}, b"file_not_found"
            up["data"] = bytes(raw)
            return 200, {"Content-Type": "text/plain"}, f"OK - {len(raw)}".encode()

    def _handle_response_url(self, rid: str, raw: bytes) -> tuple[int, dict[str, str], bytes]:
        plain = {"Content-Type": "text/plain"}
        with self._lock:
            ctx = self._response_urls.get(rid)
            try:
                body = json.loads(raw.decode("utf-8")) if raw else {}
            except (json.JSONDecodeError, UnicodeDecodeError):
                body = {"_raw": raw.decode("utf-8", "replace")}
            if ctx is None:
                self.violations.append(f"response_url {rid}: unknown URL")
                return 404, plain, b"expired_url"
            ctx["posts"].append({"at": self.now(), "body": body})
            label = f"response_url {rid}"
            if "_raw" in body or not isinstance(body, dict):
                self.violations.append(f"{label}: body is not a JSON object")
                return 400, plain, b"invalid_payload"
            if self.now() - ctx["created"] > RESPONSE_URL_TTL_SECONDS:
                self.violations.append(f"{label}: used after 30 minutes (expired_url)")
                return 404, plain, b"expired_url"
            if ctx["accepted"] >= RESPONSE_URL_MAX_POSTS:
                self.violations.append(f"{label}: more than {RESPONSE_URL_MAX_POSTS} posts within 30 minutes (used_url)")
                return 404, plain, b"used_url"
            if body.get("delete_original"):
                ctx["accepted"] += 1
                if ctx["channel_id"] and ctx["message_ts"]:
                    msgs = self._messages.get(ctx["channel_id"], [])
                    self._messages[ctx["channel_id"]] = [m for m in msgs if m["ts"] != ctx["message_ts"]]
                return 200, plain, b"ok"
            blocks = body.get("blocks")
            text = body.get("text")
            if not blocks and not text:
                self.violations.append(f"{label}: neither text nor blocks")
                return 400, plain, b"no_text"
            problems = blockkit.validate_message(text if isinstance(text, str) else None, blocks or None)
            if problems:
                self.violations.extend(f"{label}: {p}" for p in problems)
                return 400, plain, b"invalid_blocks"
            if blockkit.missing_text_fallback(text if isinstance(text, str) else None, blocks):
                self.warnings.append(f"{label}: message has blocks but no text fallback")
            ctx["accepted"] += 1
            self._apply_response_message(ctx, body)
            return 200, plain, b"ok"

    def _apply_response_message(self, ctx: dict[str, Any], body: dict[str, Any]) -> None:
        """Mirror a response_url post into channel messages / ephemerals like Slack shows it."""
        text = body.get("text") or ""
        blocks = body.get("blocks") or []
        channel_id = ctx["channel_id"]
        if body.get("replace_original") and channel_id and ctx["message_ts"]:
            msg = self._find_message(channel_id, ctx["message_ts"])
            if msg is not None:
                msg["text"], msg["blocks"] = text, copy.deepcopy(blocks)
                self._fill_ids(msg["blocks"])
                return
        if body.get("response_type") == "in_channel" and channel_id and channel_id in self._channels:
            self._append_message(self._channels[channel_id], text=text, blocks=blocks,
                                 thread_ts=body.get("thread_ts"), user=self.bot_user_id, from_bot=True)
            return
        self._ephemerals.append({
            "channel": channel_id, "user": ctx["user_id"], "ts": self._next_ts(), "text": text,
            "blocks": copy.deepcopy(blocks), "thread_ts": body.get("thread_ts"), "via_response_url": True,
        })

    # ================================================================== app acks
    def close_view(self, view_id: str, *, clear: bool = False) -> None:
        """Close a modal as the user/Slack would: the view (or, with ``clear``, its whole stack)."""
        with self._lock:
            for key, stack in list(self._stacks.items()):
                if view_id in stack:
                    idx = 0 if clear else stack.index(view_id)
                    for vid in stack[idx:]:
                        self._view_meta[vid]["closed"] = True
                    del stack[idx:]
                    if not stack:
                        del self._stacks[key]
                    return
            if view_id in self._view_meta:
                self._view_meta[view_id]["closed"] = True

    def check_app_ack(
        self,
        kind: str,
        *,
        status: int,
        body: Any,
        elapsed: float,
        view_id: str | None = None,
        label: str = "",
    ) -> None:
        """Judge the bot's acknowledgement of an interaction like Slack would, recording violations.

        ``kind``: ``slash_commands``, ``block_actions``, ``view_submission``, ``view_closed``,
        ``events_api``, ... ; ``body``: the parsed ack (dict, str or None).
        * status must be 200 and the ack must come within 3 s;
        * slash-command acks carrying ``blocks`` are validated as messages;
        * view_submission acks are applied: empty → the view closes; ``response_action`` =
          ``errors`` (keys must be input block_ids), ``update``/``push`` (views validated, push
          limit enforced), ``clear``.
        """
        label = label or kind
        with self._lock:
            if status != 200:
                self.violations.append(f"{label}: app answered HTTP {status} (Slack shows the user an error)")
                return
            if elapsed > 3.0:
                self.violations.append(f"{label}: ack took {elapsed:.2f}s (> 3 s, Slack gives up)")
            if kind == "slash_commands" and isinstance(body, dict):
                blocks = body.get("blocks")
                text = body.get("text")
                if blocks:
                    problems = blockkit.validate_message(text if isinstance(text, str) else None, blocks)
                    self.violations.extend(f"{label} ack: {p}" for p in problems)
                    if blockkit.missing_text_fallback(text if isinstance(text, str) else None, blocks):
                        self.warnings.append(f"{label} ack: message has blocks but no text fallback")
                if body.get("response_type") not in (None, "ephemeral", "in_channel"):
                    self.violations.append(f"{label} ack: invalid response_type {body.get('response_type')!r}")
            if kind == "view_submission" and view_id is not None:
                self._apply_view_submission_ack(view_id, body if isinstance(body, dict) else None, label)

    def _apply_view_submission_ack(self, view_id: str, body: dict[str, Any] | None, label: str) -> None:
        action = (body or {}).get("response_action")
        if not action:
            self.close_view(view_id)
            return
        if action == "errors":
            errors = body.get("errors") if body else None  # type: ignore[union-attr]
            view = self.views.get(view_id, {})
            input_ids = {b.get("block_id") for b in view.get("blocks", []) if b.get("type") == "input"}
            if not isinstance(errors, dict) or not errors:
                self.violations.append(f"{label}: response_action=errors needs a non-empty errors object")
                return
            for key, msg in errors.items():
                if key not in input_ids:
                    self.violations.append(f"{label}: errors key {key!r} is not an input block_id of view {view_id}")
                if not isinstance(msg, str) or not msg:
                    self.violations.append(f"{label}: error message for {key!r} must be a non-empty string")
            return
        if action == "clear":
            self.close_view(view_id, clear=True)
            return
        if action in ("update", "push"):
            new_view = body.get("view") if body else None  # type: ignore[union-attr]
            if not isinstance(new_view, dict):
                self.violations.append(f"{label}: response_action={action} without a view object")
                return
            problems = blockkit.validate_view(new_view)
            if problems:
                self.violations.extend(f"{label} ({action}): {p}" for p in problems)
                return
            meta = self._view_meta.get(view_id)
            if meta is None:
                return
            if action == "update":
                current = self.views[view_id]
                self._store_view(new_view, view_id=view_id, user_id=meta["user_id"], surface=meta["surface"],
                                 previous_view_id=current["previous_view_id"], root_view_id=current["root_view_id"])
                return
            for key, stack in self._stacks.items():
                if view_id in stack:
                    if len(stack) >= MAX_VIEW_STACK:
                        self.violations.append(f"{label}: response_action=push beyond the 3-view stack limit")
                        return
                    new_id = self._new_id("V", self.views)
                    self._store_view(new_view, view_id=new_id, user_id=key, surface="modal",
                                     previous_view_id=stack[-1], root_view_id=stack[0])
                    stack.append(new_id)
                    return
            return
        self.violations.append(f"{label}: unknown response_action {action!r}")
