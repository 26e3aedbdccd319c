"""``pins.add`` and :meth:`pins` (pinned timestamps of a channel)."""

from __future__ import annotations

from typing import Any

from .base import FakeSlackBase
from .model import ApiError


class PinsAPI(FakeSlackBase):
    """Pinned messages."""

    def pins(self, channel_id: str) -> list[str]:
        """Pinned message timestamps of a channel."""
        with self._lock:
            return list(self._pins.get(channel_id, []))

    # ------------------------------------------------------------------ pins
    def _m_pins_add(self, args: dict[str, Any]) -> dict[str, Any]:
        ch = self._resolve_post_target(args.get("channel"))
        if ch.kind == "private" and self.bot_user_id not in ch.members:
            raise ApiError("channel_not_found")
        ts = args.get("timestamp")
        if not ts:
            raise ApiError("no_item_specified")
        self._require_member(ch)
        if self._find_message(ch.id, str(ts)) is None:
            raise ApiError("message_not_found")
        pins = self._pins.setdefault(ch.id, [])
        if str(ts) in pins:
            raise ApiError("already_pinned")
        pins.append(str(ts))
        return {}

