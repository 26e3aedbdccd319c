"""``conversations.*``: create, invite, setTopic, members, list, info, open, archive, history
(with message metadata on ``include_all_metadata``), replies; plus
seeding (:meth:`add_channel`) and inspection (:meth:`channel`, :meth:`members` …)."""

from __future__ import annotations

import base64
import time
from collections.abc import Iterable
from typing import Any

from .base import FakeSlackBase
from .model import CHANNEL_NAME_RE, MAX_TOPIC, ApiError, Channel, split_csv


class ConversationsAPI(FakeSlackBase):
    """Channels, IMs and MPIMs with Slack's visibility, membership and scope rules."""

    def add_channel(
        self,
        id: str,  # noqa: A002 - the name Slack's API gives the argument
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
            ch = Channel(id=id, name=name, kind="private" if is_private else "public",
                          creator=creator or (member_list[0] if member_list else self.bot_user_id),
                          created=int(time.time()), members=member_list,
                          is_archived=is_archived, is_general=is_general)
            self._channels[id] = ch
            self._messages.setdefault(id, [])
            return ch.to_api(self.bot_user_id)

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

    # ------------------------------------------------------------------ conversations
    def _m_conversations_create(self, args: dict[str, Any]) -> dict[str, Any]:
        is_private = bool(args.get("is_private", False))
        self._require_scopes("conversations.create", "private" if is_private else "public")
        name = str(args.get("name", ""))
        if name == "":
            raise ApiError("invalid_name_required")
        if len(name) > 80:
            raise ApiError("invalid_name_maxlength")
        if not CHANNEL_NAME_RE.match(name):
            raise ApiError("invalid_name_specials")
        if set(name) <= {"-", "_"}:
            raise ApiError("invalid_name_punctuation")
        if any(ch.name == name for ch in self._channels.values() if ch.kind in ("public", "private")):
            raise ApiError("name_taken")
        cid = self._new_id("C", self._channels)
        ch = Channel(id=cid, name=name, kind="private" if is_private else "public", creator=self.bot_user_id,
                      created=int(time.time()), members=[self.bot_user_id])
        self._channels[cid] = ch
        self._messages[cid] = []
        return {"channel": ch.to_api(self.bot_user_id)}

    def _m_conversations_invite(self, args: dict[str, Any]) -> dict[str, Any]:
        ch = self._channel_for(args.get("channel"), visible_only=False)
        self._require_scopes("conversations.invite", ch.kind)
        if ch.kind == "im":
            raise ApiError("method_not_supported_for_channel_type")
        if ch.is_archived:
            raise ApiError("is_archived")
        self._require_member(ch)
        user_ids = split_csv(args.get("users"))
        if not user_ids:
            raise ApiError("no_user")
        if len(user_ids) > 1000:
            raise ApiError("too_many_users")
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
            raise ApiError(errors[0]["error"], errors=errors)
        ch.members.extend(to_add)
        result: dict[str, Any] = {"channel": ch.to_api(self.bot_user_id)}
        if errors:
            result["errors"] = errors
        return result

    def _m_conversations_setTopic(self, args: dict[str, Any]) -> dict[str, Any]:  # noqa: N802
        ch = self._channel_for(args.get("channel"))
        self._require_scopes("conversations.setTopic", ch.kind)
        if ch.is_archived:
            raise ApiError("is_archived")
        self._require_member(ch)
        topic = str(args.get("topic", ""))
        if len(topic) > MAX_TOPIC:
            raise ApiError("too_long")
        ch.topic = {"value": topic, "creator": self.bot_user_id, "last_set": int(time.time())}
        return {"channel": ch.to_api(self.bot_user_id)}

    def _page(self, items: list[Any], args: dict[str, Any]) -> tuple[list[Any], str]:
        try:
            limit = int(args.get("limit") or 100)
        except (TypeError, ValueError):
            raise ApiError("invalid_limit") from None
        if limit > 1000:
            raise ApiError("invalid_limit")
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
                raise ApiError("invalid_cursor") from None
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
        types = split_csv(args.get("types")) or ["public_channel"]
        kind_of = {"public_channel": "public", "private_channel": "private", "im": "im", "mpim": "mpim"}
        kinds = []
        for t in types:
            if t not in kind_of:
                raise ApiError("invalid_types")
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
        users = split_csv(args.get("users"))
        if not users:
            raise ApiError("users_list_not_supplied")
        if len(users) > 8:
            raise ApiError("too_many_users")
        for uid in users:
            self._user(uid)
        others = [u for u in dict.fromkeys(users) if u != self.bot_user_id]
        if len(others) <= 1:
            self._require_scopes("conversations.open", "im")
            if not others:
                raise ApiError("cannot_dm_bot")
            existed = others[0] in self._ims
            ch = self._im_for(others[0])
        else:
            self._require_scopes("conversations.open", "mpim")
            key = frozenset(others)
            existed = key in self._mpims
            if not existed:
                cid = self._new_id("G", self._channels)
                self._mpims[key] = cid
                self._channels[cid] = Channel(id=cid, name="mpdm-" + "--".join(sorted(others)) + "-1",
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
            raise ApiError("method_not_supported_for_channel_type")
        if ch.is_general:
            raise ApiError("cant_archive_general")
        if ch.is_archived:
            raise ApiError("already_archived")
        self._require_member(ch)
        ch.is_archived = True
        return {}


    # ------------------------------------------------------------------ history
    def _history_channel(self, method: str, args: dict[str, Any]) -> Channel:
        ch = self._channel_for(args.get("channel"))
        self._require_scopes(method, ch.kind)
        if ch.kind == "public" and self.bot_user_id not in ch.members:
            raise ApiError("not_in_channel")
        return ch

    @staticmethod
    def _in_window(msg: dict[str, Any], args: dict[str, Any]) -> bool:
        """Slack's ``oldest``/``latest`` bounds (exclusive unless ``inclusive``)."""
        ts = float(msg["ts"])
        inclusive = bool(args.get("inclusive", False))
        oldest = args.get("oldest")
        latest = args.get("latest")
        if oldest not in (None, "") and (ts < float(oldest) or (ts == float(oldest) and not inclusive)):
            return False
        if latest not in (None, "") and (ts > float(latest) or (ts == float(latest) and not inclusive)):
            return False
        return True

    def _history_view(self, msg: dict[str, Any], args: dict[str, Any]) -> dict[str, Any]:
        out = self._api_message(msg)
        # Slack returns message metadata only to callers that ask for it.
        if not args.get("include_all_metadata"):
            out.pop("metadata", None)
        return out

    def _m_conversations_history(self, args: dict[str, Any]) -> dict[str, Any]:
        """Newest first; thread replies are not in a channel's history (only their parents)."""
        ch = self._history_channel("conversations.history", args)
        found = [
            self._history_view(m, args) for m in reversed(self._messages.get(ch.id, []))
            if (not m.get("thread_ts") or m.get("thread_ts") == m["ts"]) and self._in_window(m, args)
        ]
        page, next_cursor = self._page(found, args)
        return {"messages": page, "has_more": bool(next_cursor), "response_metadata": {"next_cursor": next_cursor}}

    def _m_conversations_replies(self, args: dict[str, Any]) -> dict[str, Any]:
        """The parent first, then its replies, oldest first."""
        ch = self._history_channel("conversations.replies", args)
        parent_ts = str(args.get("ts"))
        if self._find_message(ch.id, parent_ts) is None:
            raise ApiError("thread_not_found")
        found = [
            self._history_view(m, args) for m in self._messages.get(ch.id, [])
            if (m["ts"] == parent_ts or m.get("thread_ts") == parent_ts) and self._in_window(m, args)
        ]
        page, next_cursor = self._page(found, args)
        return {"messages": page, "has_more": bool(next_cursor), "response_metadata": {"next_cursor": next_cursor}}
