"""What happens around an interaction: response_urls (5 posts within 30 minutes) and the app's
acknowledgements judged the way Slack judges them (:meth:`check_app_ack`: HTTP 200 within
3 s, valid blocks, ``response_action`` applied to the modal stack)."""

from __future__ import annotations

import copy
import json
from typing import Any

from .. import blockkit
from .model import MAX_VIEW_STACK, RESPONSE_URL_MAX_POSTS, RESPONSE_URL_TTL_SECONDS
from .views import ViewsAPI


class Interactivity(ViewsAPI):
    """response_urls and app acks."""

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
