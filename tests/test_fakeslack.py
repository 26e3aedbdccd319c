"""Proves the fake Slack rig is strict and honest.

Run: ``.venv/bin/pytest tests/test_fakeslack.py -q -p tests.fakeslack.fixtures``

Sections: Block Kit limits (each limit accepted at the limit, refused one past it), Web API
behaviour and error names, failure injection with slack_sdk's retry handlers, trigger_id /
hash / response_url rules, the signed-request driver against a real Bolt app, and Socket Mode
with slack_sdk's built-in client and Bolt's SocketModeHandler.
"""

from __future__ import annotations

import json
import socket
import threading
import time
from collections.abc import Callable, Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import httpx
import pytest
from slack_bolt import App
from slack_bolt.request import BoltRequest
from slack_sdk import WebClient
from slack_sdk.errors import SlackApiError
from slack_sdk.http_retry import RateLimitErrorRetryHandler, builtin_handlers
from slack_sdk.http_retry.builtin_handlers import ServerErrorRetryHandler
from slack_sdk.http_retry.builtin_interval_calculators import FixedValueRetryIntervalCalculator
from slack_sdk.signature import SignatureVerifier
from slack_sdk.socket_mode import SocketModeClient
from slack_sdk.socket_mode.response import SocketModeResponse

from tests.fakeslack import (
    FakeSlack,
    FakeSocketModeServer,
    SlackDriver,
    SubmissionError,
    build_state_values,
    missing_text_fallback,
    validate_blocks,
    validate_message,
    validate_view,
)
from tests.fakeslack.blockkit import MAX_VIEW_BYTES, view_json_size

# Loads the fake_slack / fake_socket_mode fixtures and the allow_slack_violations marker even when
# the project's conftest does not (pytest honours pytest_plugins in test modules).
pytest_plugins = ["tests.fakeslack.fixtures"]

BOT_TOKEN = "xoxb-test-token"
APP_TOKEN = "xapp-test-token"
SECRET = "test-signing-secret"


# =============================================================================================
# helpers
# =============================================================================================


def pt(text: str) -> dict[str, Any]:
    return {"type": "plain_text", "text": text}


def md(text: str) -> dict[str, Any]:
    return {"type": "mrkdwn", "text": text}


def section(text: str = "x", **kw: Any) -> dict[str, Any]:
    return {"type": "section", "text": md(text), **kw}


def opt(i: int | str, text: str | None = None, value: str | None = None) -> dict[str, Any]:
    return {"text": pt(text if text is not None else f"o{i}"), "value": value if value is not None else f"v{i}"}


def modal(blocks: list[dict[str, Any]], **kw: Any) -> dict[str, Any]:
    view = {"type": "modal", "title": pt("Title"), "close": pt("Close"), "blocks": blocks}
    if any(b.get("type") == "input" for b in blocks):
        view["submit"] = pt("Submit")
    view.update(kw)
    return view


def home(blocks: list[dict[str, Any]]) -> dict[str, Any]:
    return {"type": "home", "blocks": blocks}


def text_input(block_id: str = "b", **el: Any) -> dict[str, Any]:
    return {"type": "input", "block_id": block_id, "label": pt("Label"),
            "element": {"type": "plain_text_input", "action_id": "a", **el}}


def confirm(title: str = "t", text: str = "x", yes: str = "y", no: str = "n") -> dict[str, Any]:
    return {"title": pt(title), "text": md(text), "confirm": pt(yes), "deny": pt(no)}


def button(text: str = "Go", **kw: Any) -> dict[str, Any]:
    return {"type": "button", "action_id": "btn", "text": pt(text), **kw}


# =============================================================================================
# 1. Block Kit limits: accepted at the limit, refused one past it
# =============================================================================================

# Each case: (name, surface, make(n) -> payload, limit, json-pointer expected when n = limit + 1).
# surface "view" → validate_view(payload); "message" → validate_message("fallback", payload).
LIMIT_CASES: list[tuple[str, str, Callable[[int], Any], int, str]] = [
    ("view title", "view", lambda n: modal([section()], title=pt("t" * n)), 24, "/view/title/text"),
    ("view submit", "view", lambda n: modal([section()], submit=pt("s" * n)), 24, "/view/submit/text"),
    ("view close", "view", lambda n: modal([section()], close=pt("c" * n)), 24, "/view/close/text"),
    ("modal blocks", "view", lambda n: modal([section() for _ in range(n)]), 100, "/view/blocks"),
    ("home blocks", "view", lambda n: home([section() for _ in range(n)]), 100, "/view/blocks"),
    ("message blocks", "message", lambda n: [section() for _ in range(n)], 50, "/blocks"),
    ("section text", "message", lambda n: [section("a" * n)], 3000, "/blocks/0/text/text"),
    ("section fields count", "message",
     lambda n: [{"type": "section", "fields": [md("f") for _ in range(n)]}], 10, "/blocks/0/fields"),
    ("section field text", "message",
     lambda n: [{"type": "section", "fields": [md("f" * n)]}], 2000, "/blocks/0/fields/0/text"),
    ("header text", "message", lambda n: [{"type": "header", "text": pt("h" * n)}], 150, "/blocks/0/text/text"),
    ("private_metadata", "view", lambda n: modal([section()], private_metadata="m" * n), 3000,
     "/view/private_metadata"),
    ("callback_id", "view", lambda n: modal([section()], callback_id="c" * n), 255, "/view/callback_id"),
    ("external_id", "view", lambda n: modal([section()], external_id="e" * n), 255, "/view/external_id"),
    ("block_id", "message", lambda n: [section(block_id="b" * n)], 255, "/blocks/0/block_id"),
    ("action_id", "message",
     lambda n: [{"type": "actions", "elements": [button(action_id="a" * n)]}], 255,
     "/blocks/0/elements/0/action_id"),
    ("static_select options", "message",
     lambda n: [section(accessory={"type": "static_select", "action_id": "s",
                                   "options": [opt(i) for i in range(n)]})], 100, "/blocks/0/accessory/options"),
    ("static_select option_groups", "message",
     lambda n: [section(accessory={"type": "static_select", "action_id": "s",
                                   "option_groups": [{"label": pt(f"g{i}"), "options": [opt(i)]}
                                                     for i in range(n)]})], 100,
     "/blocks/0/accessory/option_groups"),
    ("multi_static_select options", "view",
     lambda n: modal([{"type": "input", "block_id": "b", "label": pt("L"),
                       "element": {"type": "multi_static_select", "action_id": "m",
                                   "options": [opt(i) for i in range(n)]}}]), 100, "/view/blocks/0/element/options"),
    ("option text", "message",
     lambda n: [section(accessory={"type": "static_select", "action_id": "s", "options": [opt(1, text="o" * n)]})],
     75, "/blocks/0/accessory/options/0/text/text"),
    ("option value", "message",
     lambda n: [section(accessory={"type": "static_select", "action_id": "s", "options": [opt(1, value="v" * n)]})],
     150, "/blocks/0/accessory/options/0/value"),
    ("button text", "message", lambda n: [section(accessory=button("b" * n))], 75, "/blocks/0/accessory/text/text"),
    ("button value", "message", lambda n: [section(accessory=button(value="v" * n))], 2000,
     "/blocks/0/accessory/value"),
    ("button url", "message", lambda n: [section(accessory=button(url="https://e.x/" + "u" * (n - 12)))], 3000,
     "/blocks/0/accessory/url"),
    ("actions elements", "message",
     lambda n: [{"type": "actions", "elements": [button(action_id=f"b{i}") for i in range(n)]}], 25,
     "/blocks/0/elements"),
    ("context elements", "message", lambda n: [{"type": "context", "elements": [md("c") for _ in range(n)]}], 10,
     "/blocks/0/elements"),
    ("checkboxes options", "view",
     lambda n: modal([{"type": "input", "block_id": "b", "label": pt("L"),
                       "element": {"type": "checkboxes", "action_id": "c", "options": [opt(i) for i in range(n)]}}]),
     10, "/view/blocks/0/element/options"),
    ("radio_buttons options", "view",
     lambda n: modal([{"type": "input", "block_id": "b", "label": pt("L"),
                       "element": {"type": "radio_buttons", "action_id": "r",
                                   "options": [opt(i) for i in range(n)]}}]),
     10, "/view/blocks/0/element/options"),
    ("overflow options", "message",
     lambda n: [section(accessory={"type": "overflow", "action_id": "o", "options": [opt(i) for i in range(n)]})],
     5, "/blocks/0/accessory/options"),
    ("plain_text_input max_length", "view", lambda n: modal([text_input(max_length=n)]), 3000,
     "/view/blocks/0/element/max_length"),
    ("plain_text_input min_length", "view", lambda n: modal([text_input(min_length=n)]), 3000,
     "/view/blocks/0/element/min_length"),
    ("plain_text_input placeholder", "view", lambda n: modal([text_input(placeholder=pt("p" * n))]), 150,
     "/view/blocks/0/element/placeholder/text"),
    ("static_select placeholder", "message",
     lambda n: [section(accessory={"type": "static_select", "action_id": "s", "placeholder": pt("p" * n),
                                   "options": [opt(1)]})], 150, "/blocks/0/accessory/placeholder/text"),
    ("datepicker placeholder", "message",
     lambda n: [{"type": "actions", "elements": [{"type": "datepicker", "action_id": "d",
                                                  "placeholder": pt("p" * n)}]}], 150,
     "/blocks/0/elements/0/placeholder/text"),
    ("users_select placeholder", "view",
     lambda n: modal([{"type": "input", "block_id": "b", "label": pt("L"),
                       "element": {"type": "users_select", "action_id": "u", "placeholder": pt("p" * n)}}]), 150,
     "/view/blocks/0/element/placeholder/text"),
    ("input label", "view",
     lambda n: modal([{"type": "input", "block_id": "b", "label": pt("l" * n),
                       "element": {"type": "plain_text_input", "action_id": "a"}}]), 2000, "/view/blocks/0/label/text"),
    ("input hint", "view", lambda n: modal([{**text_input(), "hint": pt("h" * n)}]), 2000, "/view/blocks/0/hint/text"),
    ("confirm title", "message", lambda n: [section(accessory=button(confirm=confirm(title="t" * n)))], 100,
     "/blocks/0/accessory/confirm/title/text"),
    ("confirm text", "message", lambda n: [section(accessory=button(confirm=confirm(text="x" * n)))], 300,
     "/blocks/0/accessory/confirm/text/text"),
    ("confirm confirm", "message", lambda n: [section(accessory=button(confirm=confirm(yes="y" * n)))], 30,
     "/blocks/0/accessory/confirm/confirm/text"),
    ("confirm deny", "message", lambda n: [section(accessory=button(confirm=confirm(no="n" * n)))], 30,
     "/blocks/0/accessory/confirm/deny/text"),
]

# Lower bounds: (name, surface, make(n), minimum, pointer when n = minimum - 1)
MIN_CASES: list[tuple[str, str, Callable[[int], Any], int, str]] = [
    ("modal blocks", "view", lambda n: modal([section() for _ in range(n)]), 1, "/view/blocks"),
    ("home blocks", "view", lambda n: home([section() for _ in range(n)]), 1, "/view/blocks"),
    ("checkboxes options", "message",
     lambda n: [{"type": "actions", "elements": [{"type": "checkboxes", "action_id": "c",
                                                  "options": [opt(i) for i in range(n)]}]}], 1,
     "/blocks/0/elements/0/options"),
    ("radio_buttons options", "message",
     lambda n: [{"type": "actions", "elements": [{"type": "radio_buttons", "action_id": "r",
                                                  "options": [opt(i) for i in range(n)]}]}], 1,
     "/blocks/0/elements/0/options"),
    ("overflow options", "message",
     lambda n: [section(accessory={"type": "overflow", "action_id": "o", "options": [opt(i) for i in range(n)]})], 1,
     "/blocks/0/accessory/options"),
    ("plain_text_input max_length", "view", lambda n: modal([text_input(max_length=n)]), 1,
     "/view/blocks/0/element/max_length"),
    ("plain_text_input min_length", "view", lambda n: modal([text_input(min_length=n)]), 0,
     "/view/blocks/0/element/min_length"),
]


def _validate(surface: str, payload: Any) -> list[str]:
    return validate_view(payload) if surface == "view" else validate_message("fallback", payload)


@pytest.mark.parametrize("name,surface,make,limit,pointer", LIMIT_CASES, ids=[c[0] for c in LIMIT_CASES])
def test_block_kit_upper_limit(name: str, surface: str, make: Callable[[int], Any], limit: int, pointer: str) -> None:
    assert _validate(surface, make(limit)) == []
    errors = _validate(surface, make(limit + 1))
    assert errors, f"{name}: {limit + 1} should be refused"
    assert any(e.endswith(f"[json-pointer:{pointer}]") for e in errors), errors
    assert all(e.startswith("[ERROR] ") for e in errors)


@pytest.mark.parametrize("name,surface,make,minimum,pointer", MIN_CASES, ids=[c[0] for c in MIN_CASES])
def test_block_kit_lower_limit(name: str, surface: str, make: Callable[[int], Any], minimum: int,
                               pointer: str) -> None:
    assert _validate(surface, make(minimum)) == []
    errors = _validate(surface, make(minimum - 1))
    assert any(e.endswith(f"[json-pointer:{pointer}]") for e in errors), errors


def test_message_format_matches_slack() -> None:
    assert validate_view(modal([section()], title=pt("t" * 25))) == [
        "[ERROR] must be less than 25 characters [json-pointer:/view/title/text]"]
    assert validate_message("x", [section() for _ in range(51)]) == [
        "[ERROR] no more than 50 items allowed [json-pointer:/blocks]"]


def _view_of_size(target: int) -> dict[str, Any]:
    view = modal([])
    while view_json_size(view) < target:
        view["blocks"].append(section("a" * 3000))
    last = view["blocks"][-1]["text"]
    last["text"] = last["text"][: len(last["text"]) - (view_json_size(view) - target)]
    assert view_json_size(view) == target
    return view


def test_whole_view_size_limit() -> None:
    assert validate_view(_view_of_size(MAX_VIEW_BYTES)) == []
    errors = validate_view(_view_of_size(MAX_VIEW_BYTES + 1))
    assert len(errors) == 1 and errors[0].startswith("[ERROR] view_too_large"), errors


@pytest.mark.parametrize("blocks,fragment", [
    ([{"type": "table"}], "unsupported type: table [json-pointer:/blocks/0/type]"),
    ([{"text": md("no type")}], "missing required field: type [json-pointer:/blocks/0]"),
    ([{"type": "section", "text": {"type": "markdown", "text": "x"}}], "/blocks/0/text/type]"),
    ([{"type": "header", "text": md("x")}], "plain_text only here) [json-pointer:/blocks/0/text/type]"),
    ([section(block_id="same"), section(block_id="same")], "duplicate block_id (same)"),
    ([{"type": "actions", "elements": [button(), button()]}], "duplicate action_id (btn)"),
    ([text_input()], "input blocks are only allowed in modals"),
    ([{"type": "section"}], "must contain either text or fields"),
    ([section("")], "must be more than 0 characters"),
    ([{"type": "actions", "elements": [{"type": "plain_text_input", "action_id": "x"}]}],
     "unsupported type: plain_text_input (not allowed in an actions block)"),
    ([section(accessory=button(confirm={"title": pt("t"), "text": md("x"), "confirm": pt("y")}))],
     "missing required field: deny"),
])
def test_block_kit_structure_rules(blocks: list[dict[str, Any]], fragment: str) -> None:
    errors = validate_message("fallback", blocks)
    assert any(fragment in e for e in errors), errors


def test_view_structure_rules() -> None:
    assert any("missing required field: title" in e for e in validate_view({"type": "modal", "blocks": [section()]}))
    assert any("missing required field: type" in e for e in validate_view({"title": pt("t"), "blocks": [section()]}))
    no_submit = {"type": "modal", "title": pt("t"), "blocks": [section(), text_input()]}
    assert validate_view(no_submit) == [
        "[ERROR] must define `submit` to use an `input` block in modals [json-pointer:/view/blocks/1/input]"]
    assert any("missing required field: label" in e
               for e in validate_view(modal([{"type": "input", "element": {"type": "plain_text_input"}}],
                                            submit=pt("s"))))
    assert any("missing required field: element" in e
               for e in validate_view(modal([{"type": "input", "label": pt("L")}], submit=pt("s"))))
    assert any("input blocks are only allowed in modals" in e for e in validate_view(home([text_input()])))
    assert validate_blocks([text_input()], surface="modal") == []
    assert validate_blocks([section("")], surface="home", pointer_prefix="/x") == [
        "[ERROR] must be more than 0 characters [json-pointer:/x/0/text/text]"]


def test_missing_text_fallback() -> None:
    assert missing_text_fallback(None, [section()])
    assert missing_text_fallback("  ", [section()])
    assert not missing_text_fallback("hello", [section()])
    assert not missing_text_fallback(None, None)


# =============================================================================================
# 2. Web API behaviour
# =============================================================================================


@pytest.fixture
def client(fake_slack: FakeSlack) -> WebClient:
    return WebClient(base_url=fake_slack.url, token=BOT_TOKEN)


def _err(call: Callable[[], Any]) -> dict[str, Any]:
    with pytest.raises(SlackApiError) as info:
        call()
    return dict(info.value.response.data)


def test_auth_and_token_types(fake_slack: FakeSlack, client: WebClient) -> None:
    me = client.auth_test()
    assert (me["user_id"], me["team_id"], me["bot_id"]) == ("UBOT", "T0001", "B0001")
    assert "chat:write" in me.headers["X-OAuth-Scopes"]
    assert _err(lambda: WebClient(base_url=fake_slack.url).auth_test())["error"] == "not_authed"
    assert _err(lambda: WebClient(base_url=fake_slack.url, token="bogus").auth_test())["error"] == "invalid_auth"
    app_client = WebClient(base_url=fake_slack.url, token=APP_TOKEN)
    assert _err(lambda: app_client.chat_postMessage(channel="C1", text="x"))["error"] == "not_allowed_token_type"
    assert _err(lambda: client.apps_connections_open(app_token=BOT_TOKEN))["error"] == "not_allowed_token_type"
    assert _err(lambda: client.api_call("chat.fooBar"))["error"] == "unknown_method"
    # Token in the form body is accepted too, like Slack.
    r = httpx.post(fake_slack.url + "auth.test", data={"token": BOT_TOKEN})
    assert r.json()["ok"] is True


@pytest.mark.allow_slack_violations
def test_unimplemented_documented_method_is_loud(fake_slack: FakeSlack, client: WebClient) -> None:
    assert _err(lambda: client.reactions_add(channel="C1", name="eyes", timestamp="1.0"))["error"] == \
        "fake_method_not_implemented"
    assert fake_slack.violations == ["reactions.add: not implemented by FakeSlack (the bot called it)"]


def test_required_args(fake_slack: FakeSlack, client: WebClient) -> None:
    assert _err(lambda: client.api_call("chat.postMessage", json={"text": "x"}))["error"] == "channel_not_found"
    body = _err(lambda: client.api_call("views.open", json={"trigger_id": "x"}))
    assert body["error"] == "invalid_arguments"
    assert body["response_metadata"]["messages"] == ["[ERROR] missing required field: view"]
    assert _err(lambda: client.api_call("users.lookupByEmail", params={}))["error"] == "invalid_arguments"


def test_form_bodies_with_json_strings(fake_slack: FakeSlack) -> None:
    fake_slack.add_channel("C1", "general", members=["UBOT"])
    blocks = [section("*hi*")]
    r = httpx.post(fake_slack.url + "chat.postMessage",
                   data={"channel": "C1", "text": "hi", "blocks": json.dumps(blocks)},
                   headers={"Authorization": f"Bearer {BOT_TOKEN}"})
    assert r.json()["ok"] is True
    assert fake_slack.messages("C1")[0]["blocks"][0]["text"]["text"] == "*hi*"
    assert fake_slack.calls_to("chat.postMessage")[0].args["blocks"][0]["type"] == "section"
    r = httpx.post(fake_slack.url + "chat.postMessage", data={"channel": "C1", "text": "x", "blocks": "[{oops"},
                   headers={"Authorization": f"Bearer {BOT_TOKEN}"})
    assert r.json()["error"] == "invalid_blocks_format"


@pytest.mark.allow_slack_violations
def test_invalid_blocks_refused_and_recorded(fake_slack: FakeSlack, client: WebClient) -> None:
    fake_slack.add_channel("C1", "general", members=["UBOT"])
    body = _err(lambda: client.chat_postMessage(channel="C1", text="x", blocks=[section("a" * 3001)]))
    assert body == {"ok": False, "error": "invalid_blocks", "response_metadata": {"messages": [
        "[ERROR] must be less than 3001 characters [json-pointer:/blocks/0/text/text]"]}}
    assert fake_slack.violations == [
        "chat.postMessage: [ERROR] must be less than 3001 characters [json-pointer:/blocks/0/text/text]"]
    assert fake_slack.messages("C1") == []
    body = _err(lambda: client.views_open(trigger_id=fake_slack.new_trigger_id("U1"),
                                          view=modal([section()], title=pt("t" * 25))))
    assert body == {"ok": False, "error": "invalid_arguments", "response_metadata": {"messages": [
        "[ERROR] must be less than 25 characters [json-pointer:/view/title/text]"]}}
    body = _err(lambda: client.views_open(trigger_id=fake_slack.new_trigger_id("U1"),
                                          view=_view_of_size(MAX_VIEW_BYTES + 10)))
    assert body["error"] == "view_too_large"


@pytest.mark.allow_slack_violations
def test_text_fallback_warning_and_no_text(fake_slack: FakeSlack, client: WebClient) -> None:
    fake_slack.add_channel("C1", "general", members=["UBOT"])
    with pytest.warns(UserWarning):  # slack_sdk warns too; the fake records it for the fixture
        client.chat_postMessage(channel="C1", blocks=[section()])
    assert fake_slack.violations == []
    assert fake_slack.warnings and "no text fallback" in fake_slack.warnings[0]
    with pytest.warns(UserWarning):
        assert _err(lambda: client.chat_postMessage(channel="C1"))["error"] == "no_text"
    assert _err(lambda: client.chat_postMessage(channel="C1", text="x" * 40_001))["error"] == "msg_too_long"


def test_conversations_create_rules(fake_slack: FakeSlack, client: WebClient) -> None:
    ch = client.conversations_create(name="leak-2024_001", is_private=True)["channel"]
    assert ch["is_private"] and ch["creator"] == "UBOT" and ch["is_member"]
    assert fake_slack.members(ch["id"]) == ["UBOT"]
    assert fake_slack.channel_by_name("leak-2024_001")["id"] == ch["id"]
    for name, error in [("Leak", "invalid_name_specials"), ("with space", "invalid_name_specials"),
                        ("漏えい", "invalid_name_specials"), ("a" * 81, "invalid_name_maxlength"),
                        ("---", "invalid_name_punctuation"), ("leak-2024_001", "name_taken")]:
        assert _err(lambda name=name: client.conversations_create(name=name, is_private=True))["error"] == error, name
    assert client.conversations_create(name="a" * 80, is_private=True)["ok"]
    client.conversations_archive(channel=ch["id"])
    assert _err(lambda: client.conversations_create(name="leak-2024_001", is_private=True))["error"] == "name_taken"
    # Public channels need channels:manage, which the README's scope list does not grant.
    body = _err(lambda: client.conversations_create(name="public-one"))
    assert body["error"] == "missing_scope" and "channels:manage" in body["needed"]


def test_conversations_invite_semantics(fake_slack: FakeSlack, client: WebClient) -> None:
    for uid in ("U1", "U2", "U3"):
        fake_slack.add_user(uid)
    cid = client.conversations_create(name="inc", is_private=True)["channel"]["id"]
    assert client.conversations_invite(channel=cid, users=["U1"])["ok"]
    assert fake_slack.members(cid) == ["UBOT", "U1"]
    # Without force one bad user fails the whole call and nobody is invited.
    body = _err(lambda: client.conversations_invite(channel=cid, users=["U2", "U1"]))
    assert body["error"] == "already_in_channel"
    assert body["errors"] == [{"user": "U1", "ok": False, "error": "already_in_channel"}]
    assert "U2" not in fake_slack.members(cid)
    assert _err(lambda: client.conversations_invite(channel=cid, users=["U2", "UNOPE"]))["error"] == "user_not_found"
    assert _err(lambda: client.conversations_invite(channel=cid, users=["UBOT"]))["error"] == "cant_invite_self"
    # force=true invites the valid ones and reports the rest.
    ok = client.conversations_invite(channel=cid, users=["U2", "U1", "UNOPE"], force=True)
    assert [e["user"] for e in ok["errors"]] == ["U1", "UNOPE"]
    assert fake_slack.members(cid) == ["UBOT", "U1", "U2"]
    assert _err(lambda: client.conversations_invite(channel="CNOPE", users=["U3"]))["error"] == "channel_not_found"
    fake_slack.add_channel("CPRIV", "other", is_private=True, members=["U1"])
    assert _err(lambda: client.conversations_invite(channel="CPRIV", users=["U3"]))["error"] == "not_in_channel"
    fake_slack.add_channel("CARCH", "old", is_private=True, members=["UBOT"], is_archived=True)
    assert _err(lambda: client.conversations_invite(channel="CARCH", users=["U3"]))["error"] == "is_archived"


def test_topic_members_list_info_open(fake_slack: FakeSlack, client: WebClient) -> None:
    cid = client.conversations_create(name="inc", is_private=True)["channel"]["id"]
    users = [f"U{i:03d}" for i in range(7)]
    for uid in users:
        fake_slack.add_user(uid)
    client.conversations_invite(channel=cid, users=users)
    assert client.conversations_setTopic(channel=cid, topic="t" * 250)["channel"]["topic"]["value"] == "t" * 250
    assert _err(lambda: client.conversations_setTopic(channel=cid, topic="t" * 251))["error"] == "too_long"
    seen, cursor, pages = [], None, 0
    while True:
        page = client.conversations_members(channel=cid, limit=3, cursor=cursor)
        seen += page["members"]
        pages += 1
        cursor = page["response_metadata"]["next_cursor"]
        if not cursor:
            break
    assert seen == ["UBOT", *users] and pages == 3
    assert _err(lambda: client.conversations_members(channel=cid, cursor="garbage"))["error"] == "invalid_cursor"
    fake_slack.add_channel("CPUB", "general", members=["U000"])
    fake_slack.add_channel("CSECRET", "hr-only", is_private=True, members=["U000"])
    fake_slack.add_channel("COLD", "old", members=["UBOT"], is_archived=True)
    names = [c["name"] for c in client.conversations_list(types="public_channel,private_channel")["channels"]]
    assert names == ["inc", "general", "old"]  # never a private channel the bot is not in
    names = [c["name"] for c in client.conversations_list(types="public_channel", exclude_archived=True)["channels"]]
    assert names == ["general"]
    page1 = client.conversations_list(types="public_channel,private_channel", limit=2)
    assert len(page1["channels"]) == 2 and page1["response_metadata"]["next_cursor"]
    info = client.conversations_info(channel=cid)["channel"]
    assert (info["name"], info["is_private"], info["creator"], info["topic"]["value"]) == ("inc", True, "UBOT", "t" * 250)
    assert _err(lambda: client.conversations_info(channel="CSECRET"))["error"] == "channel_not_found"
    d1 = client.conversations_open(users="U000")["channel"]["id"]
    assert d1.startswith("D") and client.conversations_open(users=["U000"])["channel"]["id"] == d1
    assert _err(lambda: client.conversations_open(users="UNOPE"))["error"] == "user_not_found"


def test_chat_methods(fake_slack: FakeSlack, client: WebClient) -> None:
    fake_slack.add_user("U1", email="u1@example.com", locale="en-US")
    fake_slack.add_channel("CPRIV", "secret", is_private=True, members=["U1"])
    assert _err(lambda: client.chat_postMessage(channel="CPRIV", text="x"))["error"] == "not_in_channel"
    cid = client.conversations_create(name="inc", is_private=True)["channel"]["id"]
    client.conversations_invite(channel=cid, users="U1")
    first = client.chat_postMessage(channel=cid, text="first")
    reply = client.chat_postMessage(channel=cid, text="reply", thread_ts=first["ts"])
    assert float(reply["ts"]) > float(first["ts"]) and first["ts"].count(".") == 1 and len(first["ts"]) == 17
    client.chat_update(channel=cid, ts=first["ts"], text="edited", blocks=[section("edited")])
    msgs = fake_slack.messages(cid)
    assert [(m["text"], m["thread_ts"], m["user"]) for m in msgs] == [("edited", None, "UBOT"),
                                                                     ("reply", first["ts"], "UBOT")]
    assert msgs[0]["blocks"][0]["text"]["text"] == "edited" and msgs[0]["blocks"][0]["block_id"]
    assert _err(lambda: client.chat_update(channel=cid, ts="1.000000", text="x"))["error"] == "message_not_found"
    dm = client.chat_postMessage(channel="U1", text="hello")
    assert dm["channel"].startswith("D") and fake_slack.dms_to("U1")[0]["text"] == "hello"
    assert client.chat_postMessage(channel=dm["channel"], text="again")["channel"] == dm["channel"]
    assert [m["text"] for m in fake_slack.dms_to("U1")] == ["hello", "again"]
    client.chat_postEphemeral(channel=cid, user="U1", text="only you")
    assert [e["text"] for e in fake_slack.ephemerals(channel_id=cid, user="U1")] == ["only you"]
    fake_slack.add_user("U2")
    assert _err(lambda: client.chat_postEphemeral(channel=cid, user="U2", text="x"))["error"] == "user_not_in_channel"
    client.pins_add(channel=cid, timestamp=first["ts"])
    assert fake_slack.pins(cid) == [first["ts"]]
    assert _err(lambda: client.pins_add(channel=cid, timestamp=first["ts"]))["error"] == "already_pinned"
    assert client.users_lookupByEmail(email="U1@example.com")["user"]["id"] == "U1"
    assert _err(lambda: client.users_lookupByEmail(email="nobody@example.com"))["error"] == "users_not_found"
    assert "locale" not in client.users_info(user="U1")["user"]
    assert client.users_info(user="U1", include_locale=True)["user"]["locale"] == "en-US"
    assert client.users_info(user="U1")["user"]["tz"] == "Asia/Tokyo"
    assert _err(lambda: client.users_info(user="UNOPE"))["error"] == "user_not_found"
    client.conversations_archive(channel=cid)
    assert _err(lambda: client.chat_postMessage(channel=cid, text="x"))["error"] == "is_archived"


def test_file_upload_v2(fake_slack: FakeSlack, client: WebClient) -> None:
    cid = client.conversations_create(name="inc", is_private=True)["channel"]["id"]
    png = bytes(range(256)) * 4
    done = client.files_upload_v2(channel=cid, content=png, filename="chart.png", title="Chart",
                                  initial_comment="件数の推移")
    upload = fake_slack.uploads[0]
    assert (upload["data"], upload["channel_id"], upload["initial_comment"], upload["title"]) == \
        (png, cid, "件数の推移", "Chart")
    assert done["file"]["id"] == upload["file_id"]
    assert fake_slack.messages(cid)[-1]["files"][0]["id"] == upload["file_id"]


def test_concurrent_calls_are_thread_safe(fake_slack: FakeSlack) -> None:
    fake_slack.add_channel("C1", "general", members=["UBOT"])

    def worker() -> None:
        c = WebClient(base_url=fake_slack.url, token=BOT_TOKEN)
        for i in range(25):
            c.chat_postMessage(channel="C1", text=f"m{i}")

    threads = [threading.Thread(target=worker) for _ in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    ts = [m["ts"] for m in fake_slack.messages("C1")]
    assert len(ts) == 200 == len(set(ts)) == len(fake_slack.calls_to("chat.postMessage"))
    assert ts == sorted(ts, key=float)


# =============================================================================================
# 3. failure injection and slack_sdk retry handlers
# =============================================================================================


def test_injected_errors(fake_slack: FakeSlack, client: WebClient) -> None:
    fake_slack.fail("conversations.create", error="name_taken")
    assert _err(lambda: client.conversations_create(name="a", is_private=True))["error"] == "name_taken"
    assert client.conversations_create(name="a", is_private=True)["ok"]  # times=1 by default
    fake_slack.fail("chat.postMessage", error="channel_not_found", times=2, when=lambda a: a.get("channel") == "U9")
    fake_slack.add_user("U9")
    fake_slack.add_user("U8")
    assert client.chat_postMessage(channel="U8", text="x")["ok"]  # predicate does not match
    assert _err(lambda: client.chat_postMessage(channel="U9", text="x"))["error"] == "channel_not_found"
    assert _err(lambda: client.chat_postMessage(channel="U9", text="x"))["error"] == "channel_not_found"
    assert client.chat_postMessage(channel="U9", text="x")["ok"]
    fake_slack.fail("*", status=503)
    assert _err(lambda: client.auth_test())["error"] == "service_unavailable"
    failed = fake_slack.failed_calls()
    assert [c.error for c in failed] == ["name_taken", "channel_not_found", "channel_not_found", "service_unavailable"]
    assert failed[-1].status == 503


def test_429_carries_retry_after(fake_slack: FakeSlack, client: WebClient) -> None:
    fake_slack.fail("chat.postMessage", status=429, retry_after=7)
    r = httpx.post(fake_slack.url + "chat.postMessage", json={"channel": "C1", "text": "x"},
                   headers={"Authorization": f"Bearer {BOT_TOKEN}"})
    assert (r.status_code, r.headers["Retry-After"], r.json()) == (429, "7", {"ok": False, "error": "ratelimited"})
    # Without a RateLimitErrorRetryHandler slack_sdk raises right away (README: "retries connection errors only").
    fake_slack.fail("auth.test", status=429, retry_after=3)
    with pytest.raises(SlackApiError) as info:
        client.auth_test()
    assert info.value.response.status_code == 429 and info.value.response.headers["Retry-After"] == "3"


def test_a_lost_answer_performs_the_call_then_fails(fake_slack: FakeSlack, client: WebClient) -> None:
    fake_slack.add_channel("C1", "general", members=["UBOT"])
    fake_slack.fail("chat.postMessage", status=500, perform=True)
    assert _err(lambda: client.chat_postMessage(channel="C1", text="landed"))["error"] == "internal_error"
    assert [m["text"] for m in fake_slack.messages("C1")] == ["landed"]  # Slack did it; the app was told 500
    fake_slack.fail("chat.postMessage", status=500)  # an ordinary 5xx: nothing happens
    _err(lambda: client.chat_postMessage(channel="C1", text="refused"))
    assert [m["text"] for m in fake_slack.messages("C1")] == ["landed"]
    with pytest.raises(ValueError):
        fake_slack.fail("chat.postMessage", status=200, error="x", perform=True)


def test_a_dropped_connection_answers_nothing(fake_slack: FakeSlack) -> None:
    fake_slack.add_channel("C1", "general", members=["UBOT"])
    fake_slack.fail("chat.postMessage", drop=True, perform=True)
    with pytest.raises(httpx.RemoteProtocolError):
        httpx.post(fake_slack.url + "chat.postMessage", json={"channel": "C1", "text": "landed"},
                   headers={"Authorization": f"Bearer {BOT_TOKEN}"})
    assert [m["text"] for m in fake_slack.messages("C1")] == ["landed"]
    fake_slack.fail("chat.postMessage", drop=True)
    with pytest.raises(httpx.RemoteProtocolError):
        httpx.post(fake_slack.url + "chat.postMessage", json={"channel": "C1", "text": "lost"},
                   headers={"Authorization": f"Bearer {BOT_TOKEN}"})
    assert len(fake_slack.messages("C1")) == 1


def test_history_returns_metadata_only_when_asked_and_honours_bounds(fake_slack: FakeSlack, client: WebClient) -> None:
    fake_slack.add_channel("G1", "incident", is_private=True, members=["UBOT"])
    meta = {"event_type": "leakbot_delivery", "event_payload": {"id": "k1"}}
    first = client.chat_postMessage(channel="G1", text="one", metadata=meta)["ts"]
    client.chat_postMessage(channel="G1", text="reply", thread_ts=first, metadata=meta)
    second = client.chat_postMessage(channel="G1", text="two")["ts"]
    assert float(first) == pytest.approx(time.time(), abs=60)  # Unix time, like Slack's
    plain = client.conversations_history(channel="G1")["messages"]
    assert [m["text"] for m in plain] == ["two", "one"]  # newest first, no thread replies
    assert all("metadata" not in m for m in plain)
    full = client.conversations_history(channel="G1", include_all_metadata=True)["messages"]
    assert full[1]["metadata"] == meta
    assert [m["text"] for m in client.conversations_history(channel="G1", oldest=first)["messages"]] == ["two"]
    assert [m["ts"] for m in client.conversations_history(channel="G1", latest=second)["messages"]] == [first]
    replies = client.conversations_replies(channel="G1", ts=first, include_all_metadata=True)["messages"]
    assert [m["text"] for m in replies] == ["one", "reply"] and replies[1]["metadata"] == meta
    fake_slack.add_user("U1")
    client.chat_postMessage(channel="U1", text="dm")
    im = client.conversations_open(users="U1")["channel"]["id"]
    assert [m["text"] for m in client.conversations_history(channel=im)["messages"]] == ["dm"]


def test_history_needs_the_history_scope_of_the_channel_kind() -> None:
    with FakeSlack(scopes={"chat:write", "groups:read"}) as fake:
        fake.add_channel("G1", "incident", is_private=True, members=["UBOT"])
        c = WebClient(base_url=fake.url, token=BOT_TOKEN)
        assert _err(lambda: c.conversations_history(channel="G1"))["error"] == "missing_scope"


def test_latency_per_method_slows_only_that_method(fake_slack: FakeSlack, client: WebClient) -> None:
    fake_slack.set_latency("conversations.create", 1.0)
    fake_slack.set_latency("chat.postMessage", 0.2)
    fake_slack.add_user("U1")
    created: dict[str, float] = {}

    def create(name: str) -> None:
        started = time.monotonic()
        WebClient(base_url=fake_slack.url, token=BOT_TOKEN).conversations_create(name=name, is_private=True)
        created[name] = time.monotonic() - started

    slow = [threading.Thread(target=create, args=(f"inc-{i}",)) for i in range(3)]
    started = time.monotonic()
    for t in slow:
        t.start()
    time.sleep(0.05)
    # While three creates are in flight, an unconfigured method answers at once and a
    # configured one after its own latency: the slow calls hold up nobody.
    quick_started = time.monotonic()
    assert client.auth_test()["ok"]
    quick = time.monotonic() - quick_started
    post_started = time.monotonic()
    assert client.chat_postMessage(channel="U1", text="x")["ok"]
    post = time.monotonic() - post_started
    assert fake_slack.channel_by_name("inc-0") is None  # not created before its answer is due
    for t in slow:
        t.join()
    total = time.monotonic() - started
    assert quick < 0.4 and 0.2 <= post < 0.7
    assert all(1.0 <= s < 1.8 for s in created.values()) and total < 2.0  # concurrent, not serial (3 s)
    assert fake_slack.channel_by_name("inc-2") is not None
    fake_slack.reset()  # latency is configuration: it survives reset, like scopes
    fake_slack.add_user("U1")
    post_started = time.monotonic()
    client.chat_postMessage(channel="U1", text="x")
    assert time.monotonic() - post_started >= 0.2
    fake_slack.set_latency("chat.postMessage", 0)
    fake_slack.set_latency("*", 0.3)
    post_started = time.monotonic()
    client.chat_postMessage(channel="U1", text="x")
    assert time.monotonic() - post_started >= 0.3  # "*" covers methods without their own setting
    fake_slack.clear_latency()
    post_started = time.monotonic()
    client.chat_postMessage(channel="U1", text="x")
    assert time.monotonic() - post_started < 0.2
    with pytest.raises(ValueError):
        fake_slack.set_latency("auth.test", -1)


def test_rate_limit_retry_handler_honours_retry_after(fake_slack: FakeSlack, monkeypatch: pytest.MonkeyPatch) -> None:
    slept: list[float] = []

    class _Clock:
        @staticmethod
        def sleep(seconds: float) -> None:
            slept.append(seconds)

    monkeypatch.setattr(builtin_handlers, "time", _Clock)  # record instead of sleeping
    fake_slack.add_channel("C1", "general", members=["UBOT"])
    c = WebClient(base_url=fake_slack.url, token=BOT_TOKEN)
    c.retry_handlers.append(RateLimitErrorRetryHandler(max_retry_count=2))
    fake_slack.fail("chat.postMessage", status=429, retry_after=4, times=2)
    assert c.chat_postMessage(channel="C1", text="x")["ok"]
    assert [x.status for x in fake_slack.calls_to("chat.postMessage")] == [429, 429, 200]
    # slack_sdk sleeps int(Retry-After) + random jitter in [0, 1).
    assert len(slept) == 2 and all(4 <= s < 5 for s in slept)


def test_server_error_retry_handler(fake_slack: FakeSlack) -> None:
    fake_slack.add_channel("C1", "general", members=["UBOT"])
    c = WebClient(base_url=fake_slack.url, token=BOT_TOKEN)
    c.retry_handlers.append(ServerErrorRetryHandler(
        max_retry_count=2, interval_calculator=FixedValueRetryIntervalCalculator(0.0)))
    fake_slack.fail("chat.postMessage", status=500, times=2)
    assert c.chat_postMessage(channel="C1", text="x")["ok"]
    assert [x.status for x in fake_slack.calls_to("chat.postMessage")] == [500, 500, 200]
    fake_slack.fail("chat.postMessage", status=502)  # only 500 and 503 are retried by slack_sdk
    assert _err(lambda: c.chat_postMessage(channel="C1", text="x"))["error"] == "internal_error"


# =============================================================================================
# 4. views: trigger_id, push limit, hash, home; response_url
# =============================================================================================


def _input_modal(**kw: Any) -> dict[str, Any]:
    return modal([text_input("summary")], callback_id="report", **kw)


def test_trigger_id_rules(fake_slack: FakeSlack, client: WebClient) -> None:
    t = fake_slack.new_trigger_id("U1")
    client.views_open(trigger_id=t, view=_input_modal())
    assert _err(lambda: client.views_open(trigger_id=t, view=_input_modal()))["error"] == "exchanged_trigger_id"
    late = fake_slack.new_trigger_id("U1")
    fake_slack.advance(3.01)
    assert _err(lambda: client.views_open(trigger_id=late, view=_input_modal()))["error"] == "expired_trigger_id"
    assert _err(lambda: client.views_open(trigger_id="1.2.3", view=_input_modal()))["error"] == "invalid_trigger_id"


def test_views_open_push_update_publish(fake_slack: FakeSlack, client: WebClient) -> None:
    fake_slack.add_user("U1")
    opened = client.views_open(trigger_id=fake_slack.new_trigger_id("U1"), view=_input_modal(external_id="ext-1"))
    view = opened["view"]
    assert view["id"].startswith("V") and view["hash"] and view["state"] == {"values": {}}
    assert view["callback_id"] == "report" and fake_slack.views[view["id"]]["blocks"][0]["block_id"] == "summary"
    assert _err(lambda: client.views_open(trigger_id=fake_slack.new_trigger_id("U2"),
                                          view=_input_modal(external_id="ext-1")))["error"] == "duplicate_external_id"
    for _ in range(2):
        client.views_push(trigger_id=fake_slack.new_trigger_id("U1", view_id=view["id"]), view=_input_modal())
    assert len(fake_slack.open_views("U1")) == 3
    assert _err(lambda: client.views_push(trigger_id=fake_slack.new_trigger_id("U1", view_id=view["id"]),
                                          view=_input_modal()))["error"] == "push_limit_reached"
    updated = client.views_update(view_id=view["id"], hash=view["hash"],
                                  view=_input_modal(title=pt("Step 2"), external_id="ext-1"))
    assert updated["view"]["hash"] != view["hash"] and updated["view"]["title"]["text"] == "Step 2"
    body = _err(lambda: client.views_update(view_id=view["id"], hash=view["hash"], view=_input_modal()))
    assert body["error"] == "hash_conflict"
    assert client.views_update(external_id="ext-1", view=_input_modal(external_id="ext-1"))["view"]["id"] == view["id"]
    assert _err(lambda: client.views_update(view_id="VNOPE", view=_input_modal()))["error"] == "not_found"
    fake_slack.close_view(view["id"], clear=True)
    assert _err(lambda: client.views_update(view_id=view["id"], view=_input_modal()))["error"] == "not_found"
    h1 = client.views_publish(user_id="U1", view=home([section("home")]))["view"]
    h2 = client.views_publish(user_id="U1", view=home([section("home 2")]), hash=h1["hash"])["view"]
    assert h2["id"] == h1["id"] and fake_slack.home("U1")["blocks"][0]["text"]["text"] == "home 2"
    assert _err(lambda: client.views_publish(user_id="U1", view=home([section()]), hash=h1["hash"]))["error"] == \
        "hash_conflict"


@pytest.mark.allow_slack_violations
def test_response_url_limits(fake_slack: FakeSlack) -> None:
    fake_slack.add_channel("C1", "general", members=["UBOT", "U1"])
    url = fake_slack.new_response_url(channel_id="C1", user_id="U1")
    statuses = [httpx.post(url, json={"text": f"r{i}"}).status_code for i in range(6)]
    assert statuses == [200] * 5 + [404]
    assert [r["text"] for r in fake_slack.responses(url)] == [f"r{i}" for i in range(6)]
    assert fake_slack.violations == [f"response_url {url.rsplit('/', 1)[1]}: more than 5 posts within 30 minutes (used_url)"]
    assert len(fake_slack.ephemerals(channel_id="C1", user="U1")) == 5
    url2 = fake_slack.new_response_url(channel_id="C1", user_id="U1")
    assert httpx.post(url2, json={"text": "public", "response_type": "in_channel"}).status_code == 200
    assert fake_slack.messages("C1")[-1]["text"] == "public"
    assert httpx.post(url2, json={"text": "x", "blocks": [section("a" * 3001)]}).status_code == 400
    fake_slack.advance(30 * 60 + 1)
    r = httpx.post(url2, json={"text": "late"})
    assert (r.status_code, r.text) == (404, "expired_url")


def test_reset_clears_state(fake_slack: FakeSlack, client: WebClient) -> None:
    client.conversations_create(name="inc", is_private=True)
    fake_slack.fail("auth.test", error="invalid_auth")
    fake_slack.reset()
    assert fake_slack.calls == [] and fake_slack.channel_by_name("inc") is None
    assert client.auth_test()["ok"]


# =============================================================================================
# 5. the driver: signatures, payloads Bolt understands, modal state
# =============================================================================================


class _BoltHTTP:
    """Serve a Bolt App over HTTP on 127.0.0.1 (like the bot's HTTP mode, minus waitress)."""

    def __init__(self, app: App) -> None:
        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def setup(self) -> None:
                super().setup()
                self.connection.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)

            def log_message(self, *args: Any) -> None:
                pass

            def do_POST(self) -> None:  # noqa: N802
                body = self.rfile.read(int(self.headers.get("Content-Length") or 0)).decode()
                resp = app.dispatch(BoltRequest(body=body, headers={k.lower(): v for k, v in self.headers.items()}))
                payload = resp.body.encode() if isinstance(resp.body, str) else json.dumps(resp.body).encode()
                self.send_response(resp.status)
                for key, value in resp.first_headers_without_set_cookie().items():
                    if key.lower() != "content-length":
                        self.send_header(key, value)
                self.send_header("Content-Length", str(len(payload)))
                self.end_headers()
                self.wfile.write(payload)

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.httpd.daemon_threads = True
        self.thread = threading.Thread(target=self.httpd.serve_forever, kwargs={"poll_interval": 0.01}, daemon=True)
        self.thread.start()
        self.url = f"http://127.0.0.1:{self.httpd.server_address[1]}/slack/events"

    def stop(self) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()


FULL_MODAL_BLOCKS: list[dict[str, Any]] = [
    {"type": "input", "block_id": "title", "label": pt("件名"),
     "element": {"type": "plain_text_input", "action_id": "v", "max_length": 100}},
    {"type": "input", "block_id": "count", "label": pt("件数"),
     "element": {"type": "number_input", "action_id": "v", "is_decimal_allowed": False}},
    {"type": "input", "block_id": "mail", "label": pt("連絡先"), "optional": True,
     "element": {"type": "email_text_input", "action_id": "v"}},
    {"type": "input", "block_id": "severity", "label": pt("重大度"),
     "element": {"type": "static_select", "action_id": "v",
                 "option_groups": [{"label": pt("高"), "options": [opt("h", "高", "high")]},
                                   {"label": pt("低"), "options": [opt("l", "低", "low")]}]}},
    {"type": "input", "block_id": "kind", "label": pt("種別"),
     "element": {"type": "radio_buttons", "action_id": "v", "options": [opt(1), opt(2)]}},
    {"type": "input", "block_id": "data", "label": pt("項目"), "optional": True,
     "element": {"type": "checkboxes", "action_id": "v", "options": [opt("n", "氏名", "name"),
                                                                     opt("m", "メール", "email")]}},
    {"type": "input", "block_id": "tags", "label": pt("タグ"), "optional": True,
     "element": {"type": "multi_static_select", "action_id": "v", "options": [opt(1), opt(2), opt(3)]}},
    {"type": "input", "block_id": "found", "label": pt("発覚日"),
     "element": {"type": "datepicker", "action_id": "v", "initial_date": "2024-04-01"}},
    {"type": "input", "block_id": "at", "label": pt("時刻"), "optional": True,
     "element": {"type": "timepicker", "action_id": "v"}},
    {"type": "input", "block_id": "when", "label": pt("日時"), "optional": True,
     "element": {"type": "datetimepicker", "action_id": "v"}},
    {"type": "input", "block_id": "owner", "label": pt("担当"),
     "element": {"type": "users_select", "action_id": "v"}},
    {"type": "input", "block_id": "team", "label": pt("関係者"), "optional": True,
     "element": {"type": "multi_users_select", "action_id": "v"}},
    {"type": "input", "block_id": "where", "label": pt("チャンネル"), "optional": True,
     "element": {"type": "conversations_select", "action_id": "v"}},
]


@pytest.fixture
def bolt_app(fake_slack: FakeSlack) -> Iterator[tuple[App, dict[str, Any], SlackDriver]]:
    """A Bolt app served over HTTP + a driver pointed at it; ``seen`` collects what handlers got."""
    fake_slack.add_user("U1", name="alice")
    fake_slack.add_channel("C-GENERAL", "general", members=["UBOT", "U1"])
    app = App(signing_secret=SECRET, client=WebClient(base_url=fake_slack.url, token=BOT_TOKEN),
              process_before_response=True)
    seen: dict[str, Any] = {}

    @app.command("/leak")
    def on_command(ack: Any, body: dict[str, Any], client: WebClient) -> None:
        ack()
        seen["command"] = body
        client.views_open(trigger_id=body["trigger_id"],
                          view=modal(FULL_MODAL_BLOCKS, callback_id="report", private_metadata="pm-1"))

    @app.view("report")
    def on_submit(ack: Any, view: dict[str, Any], body: dict[str, Any]) -> None:
        seen["view"] = view
        seen["user"] = body["user"]["id"]
        if view["state"]["values"]["title"]["v"]["value"] == "bad":
            ack(response_action="errors", errors={"title": "件名を確認してください"})
        else:
            ack()

    @app.command("/ping")
    def on_ping(ack: Any, respond: Any) -> None:
        ack(text="pong", blocks=[section("*pong*")])
        respond(text="later", response_type="in_channel")

    @app.action("approve")
    def on_approve(ack: Any, body: dict[str, Any], action: dict[str, Any], respond: Any) -> None:
        ack()
        seen["action"] = action
        seen["action_body"] = body
        respond(text="approved", replace_original=True)

    @app.event("app_mention")
    def on_mention(event: dict[str, Any], context: Any, request: BoltRequest) -> None:
        retry = request.headers.get("x-slack-retry-num") or [None]  # Bolt keeps header values as lists
        seen.setdefault("mentions", []).append((event["text"], retry[0]))

    server = _BoltHTTP(app)
    driver = SlackDriver(server.url, SECRET, fake_slack)
    try:
        yield app, seen, driver
    finally:
        driver.close()
        server.stop()


def test_driver_signatures_verify(fake_slack: FakeSlack) -> None:
    driver = SlackDriver("http://127.0.0.1:9/unused", SECRET, fake_slack)
    verifier = SignatureVerifier(SECRET)
    body, headers = driver.build_command("/leak", "new", user_id="U1")
    assert verifier.is_valid_request(body, headers)
    fields = dict(x.split("=", 1) for x in body.split("&"))
    assert {"token", "team_id", "team_domain", "channel_id", "channel_name", "user_id", "user_name", "command",
            "text", "api_app_id", "response_url", "trigger_id"} <= set(fields)
    body, headers = driver.build_command("/leak", user_id="U1", sign_with="wrong-secret")
    assert not verifier.is_valid_request(body, headers)
    body, headers = driver.build_command("/leak", user_id="U1", timestamp=int(time.time()) - 301)
    assert not verifier.is_valid_request(body, headers)
    body, headers = driver.build_event({"type": "app_mention", "text": "hi", "user": "U1", "channel": "C1"},
                                       retry_num=2, retry_reason="http_timeout", event_id="Ev1")
    assert verifier.is_valid_request(body, headers)
    assert (headers["X-Slack-Retry-Num"], headers["X-Slack-Retry-Reason"]) == ("2", "http_timeout")
    assert json.loads(body)["event_id"] == "Ev1" and json.loads(body)["type"] == "event_callback"
    driver.close()


def test_bad_signatures_are_rejected_by_bolt(bolt_app: tuple[App, dict[str, Any], SlackDriver]) -> None:
    _, seen, driver = bolt_app
    assert driver.command("/leak", user_id="U1", sign_with="forged").status_code == 401
    assert driver.command("/leak", user_id="U1", timestamp=int(time.time()) - 600).status_code == 401
    assert "command" not in seen


def test_command_modal_submit_roundtrip(fake_slack: FakeSlack, bolt_app: tuple[App, dict[str, Any], SlackDriver]
                                        ) -> None:
    _, seen, driver = bolt_app
    assert driver.command("/leak", "new", user_id="U1").status_code == 200
    assert seen["command"]["text"] == "new" and seen["command"]["channel_name"] == "general"
    (view,) = fake_slack.open_views("U1")
    values = {
        "title": "顧客情報の誤送信", "count": 12, "severity": "high", "kind": "v2", "data": ["name", "email"],
        "tags": ["v1", "v3"], "at": "09:30", "when": 1_712_000_000, "owner": "U1", "team": ["U1"], "where": "C-GENERAL",
    }
    resp = driver.submit_view(view["id"], "U1", values)
    assert resp.status_code == 200 and not fake_slack.is_view_open(view["id"])
    got = seen["view"]
    state = got["state"]["values"]
    assert (got["id"], got["callback_id"], got["private_metadata"], got["hash"]) == \
        (view["id"], "report", "pm-1", view["hash"])
    assert state["title"]["v"] == {"type": "plain_text_input", "value": "顧客情報の誤送信"}
    assert state["count"]["v"]["value"] == "12"
    assert state["mail"]["v"] == {"type": "email_text_input", "value": None}
    assert state["severity"]["v"]["selected_option"] == opt("h", "高", "high")
    assert state["kind"]["v"]["selected_option"]["value"] == "v2"
    assert [o["value"] for o in state["data"]["v"]["selected_options"]] == ["name", "email"]
    assert [o["value"] for o in state["tags"]["v"]["selected_options"]] == ["v1", "v3"]
    assert state["found"]["v"] == {"type": "datepicker", "selected_date": "2024-04-01"}  # initial value kept
    assert state["at"]["v"]["selected_time"] == "09:30"
    assert state["when"]["v"]["selected_date_time"] == 1_712_000_000
    assert state["owner"]["v"] == {"type": "users_select", "selected_user": "U1"}
    assert state["team"]["v"]["selected_users"] == ["U1"]
    assert state["where"]["v"]["selected_conversation"] == "C-GENERAL"
    assert seen["user"] == "U1"


@pytest.mark.allow_slack_violations
def test_submission_errors_and_impossible_input(fake_slack: FakeSlack,
                                                bolt_app: tuple[App, dict[str, Any], SlackDriver]) -> None:
    _, seen, driver = bolt_app
    driver.command("/leak", user_id="U1")
    (view,) = fake_slack.open_views("U1")
    base = {"title": "t", "count": 1, "severity": "low", "kind": "v1", "owner": "U1"}
    with pytest.raises(SubmissionError, match="no option with value 'urgent'"):
        driver.submit_view(view["id"], "U1", {**base, "severity": "urgent"})
    with pytest.raises(SubmissionError, match="required input left empty"):
        driver.submit_view(view["id"], "U1", {**base, "owner": None})
    with pytest.raises(SubmissionError, match="max_length"):
        driver.submit_view(view["id"], "U1", {**base, "title": "x" * 101})
    with pytest.raises(SubmissionError, match="decimals"):
        driver.submit_view(view["id"], "U1", {**base, "count": 1.5})
    with pytest.raises(SubmissionError, match="no input block"):
        driver.submit_view(view["id"], "U1", {**base, "nope": "x"})
    # client_validation=False forges what Slack's UI would never send (for server-side checks).
    forged = driver.view_submission_payload(view["id"], "U1", {**base, "severity": "urgent", "owner": None},
                                            client_validation=False)
    assert forged["view"]["state"]["values"]["severity"]["v"]["selected_option"]["value"] == "urgent"
    assert forged["view"]["state"]["values"]["owner"]["v"]["selected_user"] is None
    # response_action=errors keeps the modal open; Bolt got the payload.
    resp = driver.submit_view(view["id"], "U1", {**base, "title": "bad"})
    assert resp.json() == {"response_action": "errors", "errors": {"title": "件名を確認してください"}}
    assert fake_slack.is_view_open(view["id"]) and fake_slack.violations == []
    # An errors key that is not an input block_id is a bug Slack would show as a generic failure.
    fake_slack.check_app_ack("view_submission", status=200, elapsed=0.1, view_id=view["id"],
                             body={"response_action": "errors", "errors": {"nope": "x"}})
    assert fake_slack.violations == [f"view_submission: errors key 'nope' is not an input block_id of view {view['id']}"]


def test_block_action_and_respond(fake_slack: FakeSlack, bolt_app: tuple[App, dict[str, Any], SlackDriver]) -> None:
    _, seen, driver = bolt_app
    client = WebClient(base_url=fake_slack.url, token=BOT_TOKEN)
    msg = client.chat_postMessage(channel="C-GENERAL", text="承認しますか", blocks=[
        section("承認しますか"),
        {"type": "actions", "block_id": "decide",
         "elements": [button("承認", action_id="approve", value="case-7", style="primary")]}])
    with pytest.raises(SubmissionError, match="no element"):
        driver.block_action("U1", "reject", channel_id="C-GENERAL", message_ts=msg["ts"])
    with pytest.raises(SubmissionError, match="button value"):
        driver.block_action("U1", "approve", "case-8", channel_id="C-GENERAL", message_ts=msg["ts"])
    assert driver.block_action("U1", "approve", channel_id="C-GENERAL", message_ts=msg["ts"]).status_code == 200
    action, body = seen["action"], seen["action_body"]
    assert (action["action_id"], action["block_id"], action["value"], action["type"]) == \
        ("approve", "decide", "case-7", "button")
    assert body["container"] == {"type": "message", "message_ts": msg["ts"], "channel_id": "C-GENERAL",
                                 "is_ephemeral": False}
    assert body["user"]["id"] == "U1" and body["message"]["ts"] == msg["ts"] and body["trigger_id"]
    assert fake_slack.messages("C-GENERAL")[0]["text"] == "approved"  # respond(replace_original=True)


def test_command_ack_and_respond_via_response_url(fake_slack: FakeSlack,
                                                  bolt_app: tuple[App, dict[str, Any], SlackDriver]) -> None:
    _, _, driver = bolt_app
    resp = driver.command("/ping", user_id="U1")
    assert resp.json()["text"] == "pong"
    assert fake_slack.messages("C-GENERAL")[-1]["text"] == "later"


def test_events_with_retries(bolt_app: tuple[App, dict[str, Any], SlackDriver]) -> None:
    _, seen, driver = bolt_app
    event = {"type": "app_mention", "text": "<@UBOT> help", "user": "U1", "channel": "C-GENERAL", "ts": "1.0"}
    assert driver.event(event, event_id="Ev42").status_code == 200
    assert driver.event(event, event_id="Ev42", retry_num=1, retry_reason="http_timeout").status_code == 200
    assert seen["mentions"] == [("<@UBOT> help", None), ("<@UBOT> help", "1")]
    assert driver.url_verification("abc").json() == {"challenge": "abc"}


def test_build_state_values_empty_and_initial() -> None:
    view = {"id": "V1", "blocks": [
        {"type": "input", "block_id": "a", "optional": True, "label": pt("a"),
         "element": {"type": "plain_text_input", "action_id": "x", "initial_value": "pre"}},
        {"type": "input", "block_id": "b", "optional": True, "label": pt("b"),
         "element": {"type": "static_select", "action_id": "y", "options": [opt(1)]}},
        {"type": "input", "block_id": "c", "optional": True, "label": pt("c"),
         "element": {"type": "checkboxes", "action_id": "z", "options": [opt(1)]}},
        section("not an input")]}
    assert build_state_values(view) == {
        "a": {"x": {"type": "plain_text_input", "value": "pre"}},
        "b": {"y": {"type": "static_select", "selected_option": None}},
        "c": {"z": {"type": "checkboxes", "selected_options": []}},
    }


# =============================================================================================
# 6. Socket Mode
# =============================================================================================


def _wait_until(predicate: Callable[[], Any], timeout: float = 3.0) -> Any:
    """Poll ``predicate`` until truthy (bounded); returns its value or fails the test."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        value = predicate()
        if value:
            return value
        time.sleep(0.01)
    pytest.fail(f"condition not met within {timeout}s")


def _close_fast(client: SocketModeClient, server: FakeSocketModeServer) -> float:
    """Close a built-in SocketModeClient without its ~3 s wait.

    ``close()`` holds the connection's locks while it waits for the reader thread, which sits
    in ``recv()`` with a 3 s socket timeout.  A server ping wakes the reader, which then sees the
    session terminated and exits.  (Resetting the TCP connection instead races with
    ``Connection.disconnect()``'s unlocked ``sock is not None`` check inside slack_sdk.)
    Returns seconds spent.
    """
    started = time.monotonic()
    closer = threading.Thread(target=client.close)
    closer.start()
    _wait_until(lambda: client.closed, timeout=2)
    time.sleep(0.02)  # let close() reach the lock it waits on
    server.ping()
    client.message_queue.put(None)  # wake the message processor (it polls the queue with a 1 s timeout)
    closer.join(5)
    assert not closer.is_alive()
    return time.monotonic() - started


def test_socket_mode_roundtrip_and_reconnect(fake_slack: FakeSlack, fake_socket_mode: FakeSocketModeServer) -> None:
    received: list[dict[str, Any]] = []

    def on_request(client: SocketModeClient, req: Any) -> None:
        received.append({"type": req.type, "payload": req.payload, "retry_attempt": req.retry_attempt})
        client.send_socket_mode_response(SocketModeResponse(envelope_id=req.envelope_id,
                                                            payload={"text": f"got {req.type}"}))

    hellos: list[dict[str, Any]] = []
    client = SocketModeClient(app_token=APP_TOKEN, web_client=WebClient(base_url=fake_slack.url, token=BOT_TOKEN),
                              ping_interval=0.2)
    client.socket_mode_request_listeners.append(on_request)
    client.message_listeners.append(lambda c, m, raw: hellos.append(m) if m.get("type") == "hello" else None)
    try:
        client.connect()
        first = fake_socket_mode.wait_for_connection(5)
        call = fake_slack.calls_to("apps.connections.open")[0]
        assert call.token == APP_TOKEN and call.response["url"].startswith("ws://127.0.0.1:")
        ack = fake_socket_mode.send_envelope("slash_commands", {"command": "/leak", "text": "x"})
        assert set(ack) == {"envelope_id", "payload"} and ack["payload"] == {"text": "got slash_commands"}
        assert received[0]["type"] == "slash_commands" and received[0]["payload"]["command"] == "/leak"
        deadline = time.monotonic() + 2
        while not hellos and time.monotonic() < deadline:
            time.sleep(0.01)
        assert hellos[0]["num_connections"] == 1 and hellos[0]["connection_info"] == {"app_id": "A0001"}

        # Abrupt drop (TCP reset, no close frame): the client notices on its own and reconnects
        # through apps.connections.open; measured ~1 monitor tick (ping_interval) later.
        started = time.monotonic()
        assert fake_socket_mode.drop_connections() == 1
        second = fake_socket_mode.wait_for_connection(5, after=first)
        assert time.monotonic() - started < 2.0
        assert len(fake_slack.calls_to("apps.connections.open")) == 2
        ack = fake_socket_mode.send_envelope("events_api", {"event": {"type": "app_mention"}},
                                             retry_attempt=1, retry_reason="timeout")
        assert ack["envelope_id"] and received[-1]["retry_attempt"] == 1

        # Slack's "disconnect" message: the client opens a new connection at once, but its
        # connect() then blocks closing the old session until the old reader's recv() returns
        # (3 s socket timeout) — pinging the old connection wakes it.
        old_session = client.session_id()
        fake_socket_mode.send_disconnect()
        fake_socket_mode.wait_for_connection(3, after=second)
        assert len(fake_slack.calls_to("apps.connections.open")) == 3

        def switched() -> bool:
            fake_socket_mode.ping()
            return client.session_id() != old_session and client.is_connected()

        _wait_until(switched, timeout=3)
    finally:
        assert _close_fast(client, fake_socket_mode) < 1.5
    assert fake_slack.violations == []


def test_socket_mode_rejects_unknown_ticket_and_times_out(fake_socket_mode: FakeSocketModeServer) -> None:
    from websockets.exceptions import InvalidStatus
    from websockets.sync.client import connect

    with pytest.raises(InvalidStatus):
        connect(f"ws://127.0.0.1:{fake_socket_mode.port}/link/?ticket=forged")
    assert fake_socket_mode.rejected_handshakes == 1
    with connect(fake_socket_mode.issue_url()) as ws:
        assert json.loads(ws.recv(timeout=2))["type"] == "hello"
        with pytest.raises(TimeoutError):  # this client never acks
            fake_socket_mode.send_envelope("interactive", {"type": "block_actions"}, timeout=0.3)
        envelope = json.loads(ws.recv(timeout=2))
        assert set(envelope) == {"envelope_id", "type", "payload", "accepts_response_payload", "retry_attempt",
                                 "retry_reason"}


def test_bolt_socket_mode_handler(fake_slack: FakeSlack, fake_socket_mode: FakeSocketModeServer) -> None:
    from slack_bolt.adapter.socket_mode import SocketModeHandler

    fake_slack.add_user("U1")
    fake_slack.add_channel("C-GENERAL", "general", members=["UBOT", "U1"])
    app = App(client=WebClient(base_url=fake_slack.url, token=BOT_TOKEN))

    @app.command("/leak")
    def on_command(ack: Any, body: dict[str, Any], client: WebClient) -> None:
        ack(text="受け付けました")
        client.views_open(trigger_id=body["trigger_id"], view=modal(FULL_MODAL_BLOCKS[:1], callback_id="report"))

    @app.view("report")
    def on_submit(ack: Any) -> None:
        ack(response_action="update", view=modal([section("ありがとうございました")], callback_id="done"))

    handler = SocketModeHandler(app, app_token=APP_TOKEN, ping_interval=0.2)
    driver = SlackDriver("unused", SECRET, fake_slack)
    try:
        handler.connect()
        fake_socket_mode.wait_for_connection(5)
        ack = fake_socket_mode.send_envelope("slash_commands", driver.command_payload("/leak", user_id="U1"))
        assert ack["payload"]["text"] == "受け付けました"
        # In Socket Mode Bolt sends the ack before the rest of the listener runs.
        (view,) = _wait_until(lambda: fake_slack.open_views("U1"))
        payload = driver.view_submission_payload(view["id"], "U1", {"title": "漏えい"})
        ack = fake_socket_mode.send_envelope("interactive", payload)
        assert ack["payload"]["response_action"] == "update"
        # The fake applied response_action=update to the open modal.
        assert fake_slack.views[view["id"]]["callback_id"] == "done"
    finally:
        driver.close()
        _close_fast(handler.client, fake_socket_mode)
