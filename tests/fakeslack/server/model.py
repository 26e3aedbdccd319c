"""Records and limits of the fake Slack: users, channels, recorded calls, injected failures,
the per-method metadata of ``methods.json`` (required/boolean arguments, bot scopes) and
the numeric limits Slack documents (trigger lifetime, response_url budget, text sizes)."""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

_METHODS_FILE = Path(__file__).with_name("methods.json")
#: Per-method metadata from Slack's docs: ``{"required": [...], "boolean_args": [...], "bot_scopes": [...]}``.
METHODS: dict[str, dict[str, list[str]]] = json.loads(_METHODS_FILE.read_text(encoding="utf-8"))["methods"]

#: Scopes the README says the bot needs (bot token), plus the history scopes of exactly-once posts
#: (``groups:history``/``im:history``: to find a post whose answer was lost).  ``apps.connections.open`` uses the app token.
DEFAULT_BOT_SCOPES: frozenset[str] = frozenset(
    {
        "groups:history",
        "im:history",
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
JSON_ARGS = frozenset({"blocks", "attachments", "view", "files", "metadata", "unfurls", "outputs"})
# Boolean arguments not listed in methods.json for the methods we implement.
EXTRA_BOOL_ARGS = frozenset(
    {"is_private", "exclude_archived", "include_locale", "force", "return_im", "prevent_creation",
     "include_num_members", "replace_original", "delete_original"}
)
CHANNEL_NAME_RE = re.compile(r"^[a-z0-9_-]+$")
TS_START_MICROS = 1_700_000_000_000_100
#: The status an injected failure answers with to mean "close the connection, answer nothing".
DROP_CONNECTION = 0
TS_STEP_MICROS = 100
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
class Failure:
    method: str
    error: str
    status: int
    retry_after: int | None
    remaining: int
    when: Callable[[dict[str, Any]], bool] | None
    #: The call takes effect before the failure is answered (Slack did it; the answer was lost).
    perform: bool = False
    #: Close the connection instead of answering (with ``perform``: the answer is lost on the way).
    drop: bool = False


@dataclass
class User:
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
class Channel:
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


class ApiError(Exception):
    """Raised inside method handlers; becomes ``{"ok": false, "error": ...}``."""

    def __init__(self, error: str, *, status: int = 200, **extra: Any) -> None:
        super().__init__(error)
        self.error = error
        self.status = status
        self.extra = extra


def fmt_ts(micros: int) -> str:
    return f"{micros // 1_000_000}.{micros % 1_000_000:06d}"


def parse_bool(value: Any) -> bool:
    if isinstance(value, bool):
        return value
    if isinstance(value, (int, float)):
        return bool(value)
    return str(value).strip().lower() in ("1", "true", "yes", "on")


def split_csv(value: Any) -> list[str]:
    if value is None:
        return []
    if isinstance(value, list):
        return [str(v).strip() for v in value if str(v).strip()]
    return [v.strip() for v in str(value).split(",") if v.strip()]
