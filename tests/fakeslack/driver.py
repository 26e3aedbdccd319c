"""Play the user/Slack side of interactions against the bot: signed slash commands, button
clicks, modal submissions and Events API deliveries.

Intent
------
Bolt (HTTP mode) only accepts requests that are signed with the app's signing secret and fresh
(±5 minutes), and it reads very specific payload shapes.  :class:`SlackDriver` builds those
requests the way Slack does, using the :class:`~tests.fakeslack.server.FakeSlack` as the source
of truth: trigger_ids and response_urls are issued by the fake, button clicks are only allowed
on elements that really exist in the stored message/view, and modal submissions are built from
the view as the bot last opened/pushed/updated it — so a test cannot submit a field the bot
never rendered, or a value the user could not have picked.

Three layers:

* ``*_payload(...)`` — pure dicts, e.g. for Socket Mode envelopes (payload as a JSON object);
* ``build_*(...)`` — ``(body: str, headers: dict)`` signed exactly as Slack would send them,
  for in-process dispatch (``BoltRequest(body=body, headers=headers)``) in benchmarks;
* ``command/block_action/submit_view/close_view/event(...)`` — POST to ``app_url`` with httpx,
  judge the ack via ``FakeSlack.check_app_ack`` (3 s deadline, block validity,
  ``response_action`` handling) and return the ``httpx.Response``.
"""

from __future__ import annotations

import copy
import hashlib
import hmac
import json
import time
import urllib.parse
import uuid
from datetime import date, datetime
from datetime import time as dtime
from typing import Any

import httpx

from .server import FakeSlack

__all__ = ["SlackDriver", "SubmissionError", "build_state_values"]

_MISSING: Any = object()

_TEXT_VALUE_ELEMENTS = {"plain_text_input", "email_text_input", "url_text_input", "number_input"}
_SINGLE_OPTION_ELEMENTS = {"static_select", "radio_buttons", "external_select"}
_MULTI_OPTION_ELEMENTS = {"checkboxes", "multi_static_select", "multi_external_select"}
_SIMPLE_ELEMENTS = {
    # element type: (state key, initial key)
    "users_select": ("selected_user", "initial_user"),
    "multi_users_select": ("selected_users", "initial_users"),
    "conversations_select": ("selected_conversation", "initial_conversation"),
    "multi_conversations_select": ("selected_conversations", "initial_conversations"),
    "channels_select": ("selected_channel", "initial_channel"),
    "multi_channels_select": ("selected_channels", "initial_channels"),
}


class SubmissionError(ValueError):
    """The requested interaction is impossible in Slack's client (unknown option, empty
    required field, button not on the message...).  Raised before anything is sent."""


# --------------------------------------------------------------------------------------------
# state.values construction
# --------------------------------------------------------------------------------------------


def _all_options(el: dict[str, Any]) -> list[dict[str, Any]]:
    opts = list(el.get("options") or [])
    for group in el.get("option_groups") or []:
        opts.extend(group.get("options") or [])
    return opts


def _find_option(el: dict[str, Any], value: Any, where: str, *, strict: bool = True) -> dict[str, Any]:
    """The option object of ``el`` whose value is ``value``.

    Unknown values raise :class:`SubmissionError` unless ``strict`` is False (a forged
    payload, e.g. to test the bot's server-side validation), in which case one is made up.
    """
    if isinstance(value, dict):
        if not strict:
            return copy.deepcopy(value)
        value = value.get("value")
    for opt in _all_options(el):
        if opt.get("value") == value:
            return copy.deepcopy(opt)
    if el.get("type") in ("external_select", "multi_external_select") or not strict:
        # External options come from the app's options endpoint; we cannot check them here.
        return {"text": {"type": "plain_text", "text": str(value)}, "value": str(value)}
    values = [o.get("value") for o in _all_options(el)]
    raise SubmissionError(f"{where}: no option with value {value!r} (options: {values})")


def _is_empty(state: dict[str, Any]) -> bool:
    for key, value in state.items():
        if key in ("type", "timezone"):
            continue
        if value not in (None, "", [], {}):
            return False
    return True


def _element_state(el: dict[str, Any], given: Any, where: str, *, strict: bool = True) -> dict[str, Any]:
    """One element's entry in ``view.state.values[block_id][action_id]``.

    ``given`` is the test's value (``_MISSING`` = the user left the field as rendered, i.e.
    with its ``initial_*`` value if any).  ``strict=False`` accepts option values the element
    does not offer (forged payloads).
    """
    kind = el.get("type")
    state: dict[str, Any] = {"type": kind}
    if kind in _TEXT_VALUE_ELEMENTS:
        value = el.get("initial_value") if given is _MISSING else given
        state["value"] = None if value in (None, "") else str(value)
    elif kind in _SINGLE_OPTION_ELEMENTS:
        if given is _MISSING:
            state["selected_option"] = copy.deepcopy(el.get("initial_option"))
        else:
            state["selected_option"] = None if given is None else _find_option(el, given, where, strict=strict)
    elif kind in _MULTI_OPTION_ELEMENTS:
        if given is _MISSING:
            state["selected_options"] = copy.deepcopy(el.get("initial_options") or [])
        else:
            values = [] if given is None else (list(given) if isinstance(given, (list, tuple, set)) else [given])
            state["selected_options"] = [_find_option(el, v, where, strict=strict) for v in values]
    elif kind == "datepicker":
        value = el.get("initial_date") if given is _MISSING else given
        state["selected_date"] = value.isoformat() if isinstance(value, date) else value
    elif kind == "timepicker":
        value = el.get("initial_time") if given is _MISSING else given
        state["selected_time"] = value.strftime("%H:%M") if isinstance(value, dtime) else value
        if el.get("timezone"):
            state["timezone"] = el["timezone"]
    elif kind == "datetimepicker":
        value = el.get("initial_date_time") if given is _MISSING else given
        state["selected_date_time"] = int(value.timestamp()) if isinstance(value, datetime) else (
            None if value is None else int(value))
    elif kind in _SIMPLE_ELEMENTS:
        key, initial = _SIMPLE_ELEMENTS[kind]
        value = el.get(initial) if given is _MISSING else given
        if kind.startswith("multi_"):
            value = [] if value is None else list(value)
        state[key] = value
    elif kind == "rich_text_input":
        value = el.get("initial_value") if given is _MISSING else given
        if isinstance(value, str):
            value = {"type": "rich_text", "elements": [
                {"type": "rich_text_section", "elements": [{"type": "text", "text": value}]}]}
        state["rich_text_value"] = value
    elif kind == "file_input":
        state["files"] = [] if given in (_MISSING, None) else list(given)
    else:
        raise SubmissionError(f"{where}: don't know how Slack reports element type {kind!r}")
    return state


def _client_side_checks(block: dict[str, Any], el: dict[str, Any], state: dict[str, Any], where: str) -> None:
    """What Slack's own UI refuses to submit, so a real payload can never contain it."""
    if _is_empty(state):
        if not block.get("optional", False):
            raise SubmissionError(f"{where}: required input left empty (Slack would not submit)")
        return
    kind = el.get("type")
    value = state.get("value")
    if kind == "plain_text_input" and isinstance(value, str):
        if "max_length" in el and len(value) > el["max_length"]:
            raise SubmissionError(f"{where}: {len(value)} chars > max_length {el['max_length']}")
        if "min_length" in el and len(value) < el["min_length"]:
            raise SubmissionError(f"{where}: {len(value)} chars < min_length {el['min_length']}")
    if kind == "number_input" and isinstance(value, str):
        try:
            number = float(value)
        except ValueError:
            raise SubmissionError(f"{where}: {value!r} is not a number") from None
        if not el.get("is_decimal_allowed") and not number.is_integer():
            raise SubmissionError(f"{where}: decimals are not allowed")
        if "min_value" in el and number < float(el["min_value"]):
            raise SubmissionError(f"{where}: {value} < min_value {el['min_value']}")
        if "max_value" in el and number > float(el["max_value"]):
            raise SubmissionError(f"{where}: {value} > max_value {el['max_value']}")
    if kind == "email_text_input" and isinstance(value, str) and "@" not in value:
        raise SubmissionError(f"{where}: {value!r} is not an email address")
    if kind == "url_text_input" and isinstance(value, str) and not value.startswith(("http://", "https://")):
        raise SubmissionError(f"{where}: {value!r} is not a URL")
    if kind and kind.startswith("multi_") or kind == "checkboxes":
        selected = next((v for k, v in state.items() if k.startswith("selected_")), [])
        limit = el.get("max_selected_items")
        if limit and isinstance(selected, list) and len(selected) > limit:
            raise SubmissionError(f"{where}: {len(selected)} selected > max_selected_items {limit}")


def build_state_values(view: dict[str, Any], values: dict[str, Any] | None = None, *,
                       client_validation: bool = True) -> dict[str, Any]:
    """``view.state.values`` for the input blocks of ``view``, as Slack would send it.

    ``values`` maps input ``block_id`` → what the user entered: a string for text/number/email/
    url inputs, an option *value* (or list of values) for selects/radio/checkboxes, a date/
    ``"YYYY-MM-DD"`` for datepicker, ``"HH:MM"``/time for timepicker, epoch int/datetime for
    datetimepicker, user/channel ids for user/conversation selects.  Blocks not given keep what
    the modal showed (their ``initial_*`` value, else empty).  With ``client_validation``, inputs
    Slack's UI would refuse (empty required field, too long, unknown option...) raise
    :class:`SubmissionError`; ``client_validation=False`` builds such a payload anyway, as an
    attacker or a buggy proxy could (unknown option values get a made-up option object).
    """
    values = dict(values or {})
    result: dict[str, Any] = {}
    known: set[str] = set()
    for block in view.get("blocks") or []:
        if block.get("type") != "input":
            continue
        block_id = block["block_id"]
        known.add(block_id)
        el = block["element"]
        where = f"input block {block_id!r} ({el.get('type')}) in view {view.get('id')}"
        state = _element_state(el, values.get(block_id, _MISSING), where, strict=client_validation)
        if client_validation:
            _client_side_checks(block, el, state, where)
        result[block_id] = {el["action_id"]: state}
    unknown = set(values) - known
    if unknown:
        raise SubmissionError(f"no input block(s) {sorted(unknown)} in view {view.get('id')} "
                              f"(input block_ids: {sorted(known)})")
    return result


# --------------------------------------------------------------------------------------------
# the driver
# --------------------------------------------------------------------------------------------


class SlackDriver:
    """Sends Slack-shaped, signed requests to the bot at ``app_url``.

    ``fake`` issues trigger_ids/response_urls and holds the messages/views the user interacts
    with.  Use as a context manager or call :meth:`close` to release the httpx client.
    """

    def __init__(
        self,
        app_url: str,
        signing_secret: str,
        fake: FakeSlack,
        team_id: str = "T0001",
        *,
        api_app_id: str | None = None,
        verification_token: str = "legacy-verification-token",
        timeout: float = 10.0,
    ) -> None:
        self.app_url = app_url
        self.signing_secret = signing_secret
        self.fake = fake
        self.team_id = team_id
        self.team_domain = fake.team_domain
        self.api_app_id = api_app_id or fake.app_id
        self.verification_token = verification_token
        self._http = httpx.Client(timeout=timeout)

    def close(self) -> None:
        self._http.close()

    def __enter__(self) -> SlackDriver:
        return self

    def __exit__(self, *exc: Any) -> None:
        self.close()

    # ------------------------------------------------------------------ signing
    def sign(self, body: str, *, timestamp: int | None = None, sign_with: str | None = None) -> dict[str, str]:
        """``X-Slack-Request-Timestamp`` + ``X-Slack-Signature`` for ``body``.

        ``sign_with`` signs with another secret (forged request); ``timestamp`` overrides the
        current time (e.g. ``time.time() - 600`` for a stale/replayed request).
        """
        ts = str(int(time.time()) if timestamp is None else int(timestamp))
        secret = self.signing_secret if sign_with is None else sign_with
        digest = hmac.new(secret.encode(), f"v0:{ts}:{body}".encode(), hashlib.sha256).hexdigest()
        return {"X-Slack-Request-Timestamp": ts, "X-Slack-Signature": f"v0={digest}"}

    def _form(self, fields: dict[str, Any], *, timestamp: int | None, sign_with: str | None) -> tuple[str, dict[str, str]]:
        body = urllib.parse.urlencode({k: "" if v is None else v for k, v in fields.items()})
        headers = {"Content-Type": "application/x-www-form-urlencoded"}
        headers.update(self.sign(body, timestamp=timestamp, sign_with=sign_with))
        return body, headers

    # ------------------------------------------------------------------ helpers
    def _user_obj(self, user_id: str) -> dict[str, Any]:
        user = self.fake.user(user_id)
        name = user["name"] if user else user_id.lower()
        return {"id": user_id, "username": name, "name": name, "team_id": self.team_id}

    def _channel_name(self, channel_id: str) -> str:
        ch = self.fake.channel(channel_id)
        if ch is None:
            return channel_id.lower()
        if ch.get("is_im"):
            return "directmessage"
        if ch.get("is_private"):
            return "privategroup"
        return ch["name"]

    def _team(self) -> dict[str, Any]:
        return {"id": self.team_id, "domain": self.team_domain}

    # ------------------------------------------------------------------ slash commands
    def command_payload(
        self,
        command: str,
        text: str = "",
        *,
        user_id: str,
        channel_id: str = "C-GENERAL",
        user_name: str | None = None,
        response_url: str | None = None,
        trigger_id: str | None = None,
    ) -> dict[str, Any]:
        """The fields of a slash-command request (Slack sends them form-encoded)."""
        if not command.startswith("/"):
            raise ValueError("slash commands start with '/'")
        return {
            "token": self.verification_token,
            "team_id": self.team_id,
            "team_domain": self.team_domain,
            "channel_id": channel_id,
            "channel_name": self._channel_name(channel_id),
            "user_id": user_id,
            "user_name": user_name or self._user_obj(user_id)["name"],
            "command": command,
            "text": text,
            "api_app_id": self.api_app_id,
            "is_enterprise_install": "false",
            "response_url": response_url or self.fake.new_response_url(channel_id=channel_id, user_id=user_id),
            "trigger_id": trigger_id or self.fake.new_trigger_id(user_id),
        }

    def build_command(self, command: str, text: str = "", *, user_id: str, channel_id: str = "C-GENERAL",
                      user_name: str | None = None, timestamp: int | None = None,
                      sign_with: str | None = None) -> tuple[str, dict[str, str]]:
        """Signed form body + headers of a slash command."""
        fields = self.command_payload(command, text, user_id=user_id, channel_id=channel_id, user_name=user_name)
        return self._form(fields, timestamp=timestamp, sign_with=sign_with)

    def command(self, command: str, text: str = "", *, user_id: str, channel_id: str = "C-GENERAL",
                user_name: str | None = None, timestamp: int | None = None,
                sign_with: str | None = None) -> httpx.Response:
        """POST a slash command to the app; returns its HTTP response (the ack)."""
        body, headers = self.build_command(command, text, user_id=user_id, channel_id=channel_id,
                                           user_name=user_name, timestamp=timestamp, sign_with=sign_with)
        return self._send("slash_commands", body, headers, label=f"{command} {text}".strip(),
                          judged=sign_with is None and timestamp is None)

    # ------------------------------------------------------------------ block actions
    def _locate_element(self, blocks: list[dict[str, Any]], action_id: str, block_id: str | None
                        ) -> tuple[dict[str, Any], dict[str, Any]] | None:
        for block in blocks:
            if block_id is not None and block.get("block_id") != block_id:
                continue
            candidates: list[dict[str, Any]] = []
            if block.get("type") == "actions":
                candidates = list(block.get("elements") or [])
            elif block.get("type") == "section" and isinstance(block.get("accessory"), dict):
                candidates = [block["accessory"]]
            elif block.get("type") == "input" and isinstance(block.get("element"), dict):
                candidates = [block["element"]]
            for el in candidates:
                if el.get("action_id") == action_id:
                    return block, el
        return None

    def block_action_payload(
        self,
        user_id: str,
        action_id: str,
        value: Any = None,
        *,
        block_id: str | None = None,
        channel_id: str | None = None,
        message_ts: str | None = None,
        message: dict[str, Any] | None = None,
        view: dict[str, Any] | str | None = None,
        selected_option: Any = None,
        values: dict[str, Any] | None = None,
    ) -> dict[str, Any]:
        """A ``block_actions`` payload for a click/selection by ``user_id``.

        Container: a message (``channel_id`` + ``message_ts``, or ``message`` dict from
        ``fake.messages()``) or a view (``view`` id or dict; current state from ``values``).
        When the container is known, the element must exist in it (else
        :class:`SubmissionError`); its type/block_id/text/value come from the element.
        Buttons: ``value`` defaults to the button's value (a different one is refused).
        Selects/overflow/radio: ``value`` or ``selected_option`` is the chosen option's value.
        """
        container: dict[str, Any]
        payload: dict[str, Any] = {
            "type": "block_actions",
            "user": self._user_obj(user_id),
            "api_app_id": self.api_app_id,
            "token": self.verification_token,
            "team": self._team(),
            "enterprise": None,
            "is_enterprise_install": False,
        }
        blocks: list[dict[str, Any]] | None = None
        view_dict: dict[str, Any] | None = None
        if view is not None:
            if isinstance(view, str):
                if view not in self.fake.views:
                    raise SubmissionError(f"unknown view {view}")
                view_dict = copy.deepcopy(self.fake.views[view])
            else:
                view_dict = copy.deepcopy(view)
            if view_dict.get("id") and not self.fake.is_view_open(view_dict["id"]):
                raise SubmissionError(f"view {view_dict['id']} is closed; the user cannot click in it")
            view_dict["state"] = {"values": build_state_values(view_dict, values, client_validation=False)}
            blocks = view_dict.get("blocks") or []
            container = {"type": "view", "view_id": view_dict.get("id")}
            payload["container"] = container
            payload["view"] = view_dict
            payload["trigger_id"] = self.fake.new_trigger_id(user_id, view_id=view_dict.get("id"))
        else:
            if message is None and channel_id and message_ts:
                message = next((m for m in self.fake.messages(channel_id) if m["ts"] == message_ts), None)
                if message is None:
                    raise SubmissionError(f"no message {message_ts} in {channel_id}")
            if message is not None:
                channel_id = channel_id or message.get("channel")
                message_ts = message_ts or message.get("ts")
                blocks = message.get("blocks") or []
                payload["message"] = copy.deepcopy(message)
            if channel_id is None:
                raise ValueError("a block action needs a channel (channel_id/message) or a view")
            container = {"type": "message", "message_ts": message_ts, "channel_id": channel_id,
                         "is_ephemeral": False}
            payload["container"] = container
            payload["channel"] = {"id": channel_id, "name": self._channel_name(channel_id)}
            payload["state"] = {"values": {}}
            payload["trigger_id"] = self.fake.new_trigger_id(user_id)
            payload["response_url"] = self.fake.new_response_url(channel_id=channel_id, user_id=user_id,
                                                                 message_ts=message_ts)

        action: dict[str, Any] = {"action_id": action_id, "block_id": block_id, "action_ts": f"{time.time():.6f}"}
        chosen = selected_option if selected_option is not None else value
        if blocks is not None:
            found = self._locate_element(blocks, action_id, block_id)
            if found is None:
                raise SubmissionError(f"no element with action_id {action_id!r}"
                                      + (f" in block {block_id!r}" if block_id else "") + " in the container")
            block, el = found
            kind = el.get("type")
            action["block_id"] = block.get("block_id")
            action["type"] = kind
            where = f"{kind} {action_id!r}"
            if kind == "button":
                if "text" in el:
                    action["text"] = copy.deepcopy(el["text"])
                if value is not None and "value" in el and value != el["value"]:
                    raise SubmissionError(f"{where}: button value is {el['value']!r}, not {value!r}")
                if "value" in el:
                    action["value"] = el["value"]
                elif value is not None:
                    raise SubmissionError(f"{where}: button has no value")
                if el.get("style"):
                    action["style"] = el["style"]
            elif kind in ("static_select", "radio_buttons", "overflow", "external_select"):
                action["selected_option"] = _find_option(el, chosen, where) if chosen is not None else None
            elif kind in _MULTI_OPTION_ELEMENTS:
                chosen_list = chosen if isinstance(chosen, (list, tuple)) else ([] if chosen is None else [chosen])
                action["selected_options"] = [_find_option(el, v, where) for v in chosen_list]
            elif kind == "datepicker":
                action["selected_date"] = chosen.isoformat() if isinstance(chosen, date) else chosen
            elif kind == "timepicker":
                action["selected_time"] = chosen
            elif kind == "datetimepicker":
                action["selected_date_time"] = int(chosen.timestamp()) if isinstance(chosen, datetime) else chosen
            elif kind in _SIMPLE_ELEMENTS:
                action[_SIMPLE_ELEMENTS[kind][0]] = chosen
            elif kind in _TEXT_VALUE_ELEMENTS:
                action["value"] = chosen
            else:
                action["value"] = chosen
        else:
            action["type"] = "button"
            if value is not None:
                action["value"] = value
            if selected_option is not None:
                action["type"] = "static_select"
                action["selected_option"] = (selected_option if isinstance(selected_option, dict) else
                                             {"text": {"type": "plain_text", "text": str(selected_option)},
                                              "value": str(selected_option)})
        payload["actions"] = [action]
        return payload

    def build_block_action(self, user_id: str, action_id: str, value: Any = None, *,
                           timestamp: int | None = None, sign_with: str | None = None,
                           **kwargs: Any) -> tuple[str, dict[str, str]]:
        """Signed ``payload=<json>`` form body + headers of a block action (see :meth:`block_action_payload`)."""
        payload = self.block_action_payload(user_id, action_id, value, **kwargs)
        return self._form({"payload": json.dumps(payload)}, timestamp=timestamp, sign_with=sign_with)

    def block_action(self, user_id: str, action_id: str, value: Any = None, *, block_id: str | None = None,
                     channel_id: str | None = None, message_ts: str | None = None,
                     message: dict[str, Any] | None = None, view: dict[str, Any] | str | None = None,
                     selected_option: Any = None, values: dict[str, Any] | None = None,
                     timestamp: int | None = None, sign_with: str | None = None) -> httpx.Response:
        """Click/select as ``user_id`` and POST the ``block_actions`` payload to the app."""
        body, headers = self.build_block_action(
            user_id, action_id, value, block_id=block_id, channel_id=channel_id, message_ts=message_ts,
            message=message, view=view, selected_option=selected_option, values=values,
            timestamp=timestamp, sign_with=sign_with)
        return self._send("block_actions", body, headers, label=f"block_actions {action_id}",
                          judged=sign_with is None and timestamp is None)

    # ------------------------------------------------------------------ views
    def _open_view(self, view_id: str) -> dict[str, Any]:
        view = self.fake.views.get(view_id)
        if view is None:
            raise SubmissionError(f"unknown view {view_id} (was views.open/push called?)")
        if not self.fake.is_view_open(view_id):
            raise SubmissionError(f"view {view_id} is closed; the user cannot submit it")
        return copy.deepcopy(view)

    def view_submission_payload(self, view_id: str, user_id: str, values: dict[str, Any] | None = None, *,
                                client_validation: bool = True) -> dict[str, Any]:
        """A ``view_submission`` payload for the view as currently stored in the fake."""
        view = self._open_view(view_id)
        if view.get("type") != "modal":
            raise SubmissionError(f"view {view_id} is a {view.get('type')}, only modals are submitted")
        if not view.get("submit"):
            raise SubmissionError(f"view {view_id} has no submit button")
        view["state"] = {"values": build_state_values(view, values, client_validation=client_validation)}
        response_urls = []
        for block in view.get("blocks") or []:
            el = block.get("element") if block.get("type") == "input" else None
            if el and el.get("response_url_enabled") and el.get("type") in ("conversations_select", "channels_select"):
                state = view["state"]["values"][block["block_id"]][el["action_id"]]
                cid = state.get("selected_conversation") or state.get("selected_channel")
                if cid:
                    response_urls.append({"block_id": block["block_id"], "action_id": el["action_id"],
                                          "channel_id": cid,
                                          "response_url": self.fake.new_response_url(channel_id=cid, user_id=user_id)})
        return {
            "type": "view_submission",
            "team": self._team(),
            "user": self._user_obj(user_id),
            "api_app_id": self.api_app_id,
            "token": self.verification_token,
            "trigger_id": self.fake.new_trigger_id(user_id, view_id=view_id),
            "view": view,
            "response_urls": response_urls,
            "is_enterprise_install": False,
            "enterprise": None,
        }

    def build_submit_view(self, view_id: str, user_id: str, values: dict[str, Any] | None = None, *,
                          client_validation: bool = True, timestamp: int | None = None,
                          sign_with: str | None = None) -> tuple[str, dict[str, str]]:
        """Signed form body + headers of a modal submission."""
        payload = self.view_submission_payload(view_id, user_id, values, client_validation=client_validation)
        return self._form({"payload": json.dumps(payload)}, timestamp=timestamp, sign_with=sign_with)

    def submit_view(self, view_id: str, user_id: str, values: dict[str, Any] | None = None, *,
                    client_validation: bool = True, timestamp: int | None = None,
                    sign_with: str | None = None) -> httpx.Response:
        """Submit the modal ``view_id`` as ``user_id`` with ``values`` (input block_id → value).

        The ack is applied to the fake like Slack would: empty → the view closes;
        ``response_action`` errors/update/push/clear are honoured and validated.
        """
        body, headers = self.build_submit_view(view_id, user_id, values, client_validation=client_validation,
                                               timestamp=timestamp, sign_with=sign_with)
        return self._send("view_submission", body, headers, label=f"view_submission {view_id}",
                          view_id=view_id, judged=sign_with is None and timestamp is None)

    def view_closed_payload(self, view_id: str, user_id: str, *, is_cleared: bool = False) -> dict[str, Any]:
        """A ``view_closed`` payload (Slack sends it only for views with ``notify_on_close``)."""
        view = self._open_view(view_id)
        view["state"] = {"values": build_state_values(view, None, client_validation=False)}
        return {
            "type": "view_closed",
            "team": self._team(),
            "user": self._user_obj(user_id),
            "api_app_id": self.api_app_id,
            "token": self.verification_token,
            "view": view,
            "is_cleared": is_cleared,
            "is_enterprise_install": False,
            "enterprise": None,
        }

    def close_view(self, view_id: str, user_id: str, *, timestamp: int | None = None,
                   sign_with: str | None = None) -> httpx.Response | None:
        """The user closes the modal (×/Cancel).  The fake closes the view; the app is notified
        with ``view_closed`` only if the view has ``notify_on_close`` (else returns None)."""
        payload = self.view_closed_payload(view_id, user_id)
        self.fake.close_view(view_id)
        if not payload["view"].get("notify_on_close"):
            return None
        body, headers = self._form({"payload": json.dumps(payload)}, timestamp=timestamp, sign_with=sign_with)
        return self._send("view_closed", body, headers, label=f"view_closed {view_id}",
                          judged=sign_with is None and timestamp is None)

    # ------------------------------------------------------------------ events
    def event_payload(self, event: dict[str, Any], *, event_id: str | None = None) -> dict[str, Any]:
        """An Events API ``event_callback`` envelope around ``event``."""
        now = time.time()
        event = copy.deepcopy(event)
        event.setdefault("event_ts", f"{now:.6f}")
        return {
            "token": self.verification_token,
            "team_id": self.team_id,
            "context_team_id": self.team_id,
            "context_enterprise_id": None,
            "api_app_id": self.api_app_id,
            "event": event,
            "type": "event_callback",
            "event_id": event_id or f"Ev{uuid.uuid4().hex[:10].upper()}",
            "event_time": int(now),
            "authorizations": [{
                "enterprise_id": None, "team_id": self.team_id, "user_id": self.fake.bot_user_id,
                "is_bot": True, "is_enterprise_install": False,
            }],
            "is_ext_shared_channel": False,
            "event_context": f"4-{uuid.uuid4().hex}",
        }

    def build_event(self, event: dict[str, Any], *, retry_num: int | None = None, retry_reason: str | None = None,
                    event_id: str | None = None, timestamp: int | None = None,
                    sign_with: str | None = None) -> tuple[str, dict[str, str]]:
        """Signed JSON body + headers of an Events API delivery (with retry headers if given)."""
        body = json.dumps(self.event_payload(event, event_id=event_id))
        headers = {"Content-Type": "application/json"}
        if retry_num is not None:
            headers["X-Slack-Retry-Num"] = str(retry_num)
            headers["X-Slack-Retry-Reason"] = retry_reason or "http_timeout"
        elif retry_reason is not None:
            headers["X-Slack-Retry-Reason"] = retry_reason
        headers.update(self.sign(body, timestamp=timestamp, sign_with=sign_with))
        return body, headers

    def event(self, event: dict[str, Any], *, retry_num: int | None = None, retry_reason: str | None = None,
              event_id: str | None = None, timestamp: int | None = None,
              sign_with: str | None = None) -> httpx.Response:
        """POST an Events API delivery.  Re-send with the same ``event_id`` and ``retry_num`` to
        simulate Slack's retries."""
        body, headers = self.build_event(event, retry_num=retry_num, retry_reason=retry_reason,
                                         event_id=event_id, timestamp=timestamp, sign_with=sign_with)
        return self._send("events_api", body, headers, label=f"event {event.get('type')}",
                          judged=sign_with is None and timestamp is None)

    def url_verification(self, challenge: str = "challenge-token") -> httpx.Response:
        """POST the ``url_verification`` handshake Slack sends when the Request URL is set."""
        body = json.dumps({"token": self.verification_token, "challenge": challenge, "type": "url_verification"})
        headers = {"Content-Type": "application/json", **self.sign(body)}
        return self._http.post(self.app_url, content=body.encode(), headers=headers)

    # ------------------------------------------------------------------ transport
    def _send(self, kind: str, body: str, headers: dict[str, str], *, label: str,
              view_id: str | None = None, judged: bool = True) -> httpx.Response:
        started = time.monotonic()
        response = self._http.post(self.app_url, content=body.encode("utf-8"), headers=headers)
        elapsed = time.monotonic() - started
        if judged:
            parsed: Any = None
            if response.content:
                if response.headers.get("content-type", "").startswith("application/json"):
                    try:
                        parsed = response.json()
                    except ValueError:
                        parsed = response.text
                else:
                    parsed = response.text
            self.fake.check_app_ack(kind, status=response.status_code, body=parsed, elapsed=elapsed,
                                    view_id=view_id, label=label)
        return response
