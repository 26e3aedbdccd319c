"""``chat.postMessage``, ``chat.update``, ``chat.postEphemeral``; seeding (:meth:`add_message`)
and inspection (:meth:`messages`, :meth:`dms_to`, :meth:`ephemerals`)."""

from __future__ import annotations

import copy
from typing import Any

from .. import blockkit
from .base import FakeSlackBase
from .model import MAX_MESSAGE_TEXT, ApiError


class ChatAPI(FakeSlackBase):
    """Messages: content checks (text/blocks, Block Kit validation, text fallback) and storage."""

    def add_message(self, channel_id: str, text: str, *, user: str, thread_ts: str | None = None,
                    blocks: list | None = None) -> str:
        """Seed a message written by ``user`` (e.g. before sending an event about it); returns its ts."""
        with self._lock:
            ch = self._channels.get(channel_id)
            if ch is None:
                raise KeyError(f"unknown channel {channel_id}")
            return self._append_message(ch, text=text, blocks=blocks, thread_ts=thread_ts, user=user,
                                        from_bot=False)["ts"]

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

    def _check_message_content(self, method: str, args: dict[str, Any], *, require_content: bool = True
                               ) -> tuple[str | None, list | None]:
        text = args.get("text")
        blocks = args.get("blocks")
        if blocks is not None and not isinstance(blocks, list):
            raise ApiError("invalid_blocks_format")
        if blocks == []:
            blocks = None
        has_attachments = bool(args.get("attachments"))
        if require_content and not (isinstance(text, str) and text) and not blocks and not has_attachments:
            raise ApiError("no_text")
        if isinstance(text, str) and len(text) > MAX_MESSAGE_TEXT:
            raise ApiError("msg_too_long")
        problems = blockkit.validate_message(text if isinstance(text, str) else None, blocks)
        if problems:
            self.violations.extend(f"{method}: {p}" for p in problems)
            raise ApiError("invalid_blocks", response_metadata={"messages": problems})
        if blockkit.missing_text_fallback(text if isinstance(text, str) else None, blocks):
            self.warnings.append(f"{method}: message has blocks but no text fallback "
                                 f"(channel={args.get('channel')})")
        return (text if isinstance(text, str) else None), blocks

    # ------------------------------------------------------------------ chat
    def _m_chat_postMessage(self, args: dict[str, Any]) -> dict[str, Any]:  # noqa: N802
        ch = self._resolve_post_target(args.get("channel"))
        if ch.is_archived:
            raise ApiError("is_archived")
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
            raise ApiError("message_not_found")
        if msg.get("user") != self.bot_user_id:
            raise ApiError("cant_update_message")
        if ch.is_archived:
            raise ApiError("is_archived")
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
            raise ApiError("is_archived")
        if ch.kind in ("public", "private"):
            self._require_member(ch)
        if user.id not in ch.members:
            raise ApiError("user_not_in_channel")
        text, blocks = self._check_message_content("chat.postEphemeral", args)
        ts = self._next_ts()
        self._ephemerals.append({
            "channel": ch.id, "user": user.id, "ts": ts, "text": text or "",
            "blocks": copy.deepcopy(blocks) if blocks else [], "thread_ts": args.get("thread_ts"),
        })
        return {"message_ts": ts}

