"""``views.open``, ``views.push``, ``views.update``, ``views.publish``: trigger_ids (valid 3 s,
usable once), modal stacks (at most 3 views), ``hash`` and ``external_id`` rules, Home tabs;
plus :meth:`new_trigger_id`, :meth:`close_view` and the view inspection helpers."""

from __future__ import annotations

import copy
import json
import time
from typing import Any

from .. import blockkit
from .base import FakeSlackBase
from .model import MAX_VIEW_STACK, TRIGGER_TTL_SECONDS, ApiError


class ViewsAPI(FakeSlackBase):
    """Modals and Home tabs."""

    # ------------------------------------------------------------------ triggers
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

    def _check_view(self, method: str, view: Any) -> dict[str, Any]:
        if isinstance(view, str):
            try:
                view = json.loads(view)
            except json.JSONDecodeError:
                view = None
        if not isinstance(view, dict):
            raise ApiError("invalid_arguments",
                            response_metadata={"messages": ["[ERROR] must provide an object [json-pointer:/view]"]})
        problems = blockkit.validate_view(view)
        if problems:
            self.violations.extend(f"{method}: {p}" for p in problems)
            if any(p.startswith(blockkit.VIEW_TOO_LARGE) for p in problems):
                raise ApiError("view_too_large", response_metadata={"messages": problems})
            raise ApiError("invalid_arguments", response_metadata={"messages": problems})
        return view

    # ------------------------------------------------------------------ views
    def _use_trigger(self, args: dict[str, Any], *, consume: bool) -> dict[str, Any]:
        tid = args.get("trigger_id") or args.get("interactivity_pointer")
        if not tid:
            raise ApiError("invalid_arguments",
                            response_metadata={"messages": ["[ERROR] missing required field: trigger_id"]})
        trig = self._triggers.get(str(tid))
        if trig is None:
            raise ApiError("invalid_trigger_id")
        if trig["used"]:
            raise ApiError("exchanged_trigger_id")
        if self.now() - trig["issued"] > TRIGGER_TTL_SECONDS:
            raise ApiError("expired_trigger_id")
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
                raise ApiError("duplicate_external_id")

    def _m_views_open(self, args: dict[str, Any]) -> dict[str, Any]:
        trig = self._use_trigger(args, consume=False)
        view = self._check_view("views.open", args.get("view"))
        if view.get("type") != "modal":
            raise ApiError("invalid_arguments",
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
            raise ApiError("invalid_arguments",
                            response_metadata={"messages": ["[ERROR] views.push needs a modal [json-pointer:/view/type]"]})
        key, stack = self._stack_for_trigger(trig)
        if not stack:
            raise ApiError("invalid_arguments", response_metadata={"messages": [
                "[ERROR] no open modal to push onto (views.push needs a trigger from inside a modal)"]})
        if len(stack) >= MAX_VIEW_STACK:
            raise ApiError("push_limit_reached")
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
            raise ApiError("invalid_arguments", response_metadata={"messages": [
                "[ERROR] either view_id or external_id is required"]})
        target: str | None = None
        if view_id:
            target = str(view_id) if str(view_id) in self.views else None
        else:
            for vid, stored in self.views.items():
                if stored.get("external_id") == ext and not self._view_meta[vid]["closed"]:
                    target = vid
        if target is None or self._view_meta[target]["closed"]:
            raise ApiError("not_found")
        view = self._check_view("views.update", args.get("view"))
        current = self.views[target]
        if view.get("type") != current["type"]:
            raise ApiError("invalid_arguments", response_metadata={"messages": [
                "[ERROR] cannot change the type of a view [json-pointer:/view/type]"]})
        if args.get("hash") and args["hash"] != current["hash"]:
            raise ApiError("hash_conflict")
        self._check_external_id(view, own_view_id=target)
        meta = self._view_meta[target]
        stored = self._store_view(view, view_id=target, user_id=meta["user_id"], surface=meta["surface"],
                                  previous_view_id=current["previous_view_id"], root_view_id=current["root_view_id"])
        return {"view": copy.deepcopy(stored)}

    def _m_views_publish(self, args: dict[str, Any]) -> dict[str, Any]:
        user = self._user(args.get("user_id"))
        view = self._check_view("views.publish", args.get("view"))
        if view.get("type") != "home":
            raise ApiError("invalid_arguments", response_metadata={"messages": [
                "[ERROR] views.publish needs a view of type home [json-pointer:/view/type]"]})
        existing = self._homes.get(user.id)
        if existing and args.get("hash") and args["hash"] != self.views[existing]["hash"]:
            raise ApiError("hash_conflict")
        view_id = existing or self._new_id("V", self.views)
        stored = self._store_view(view, view_id=view_id, user_id=user.id, surface="home",
                                  previous_view_id=None, root_view_id=None)
        self._homes[user.id] = view_id
        return {"view": copy.deepcopy(stored)}

