"""The manifest asks for exactly the scopes the code needs: derived from the Web API methods and events the
code uses, with Slack's method → scope table (tests/fixtures/slack/methods.json), never from a hand list."""

from __future__ import annotations

import ast
import itertools
import json
import re
from pathlib import Path

import yaml
from slack_sdk import WebClient

ROOT = Path(__file__).resolve().parents[2]
FIXTURES = ROOT / "tests" / "fixtures" / "slack"
CODE_PACKAGES = ("bot", "services", "handlers", "prompts", "storage", "domain")

METHODS: dict[str, dict] = json.loads((FIXTURES / "methods.json").read_text(encoding="utf-8"))["methods"]

#: slack_sdk helpers that are several Web API calls under one name.
COMPOSITE_CLIENT_METHODS = {
    "files_upload_v2": {"files.getUploadURLExternal", "files.completeUploadExternal"},
}

#: The kinds of conversation each conversations.* method is used on. Incident channels are private
#: channels the bot creates; the office and summary channels may be public or private (the directory
#: names them), and only their members are read. Direct messages go through chat.postMessage to a user
#: ID; a DM's history is read (exactly-once posts: a post whose answer was lost is looked for by its
#: metadata) after conversations.open names the IM (im:write). The office channel's history is not
#: read when it is public (no channels:history: the bot posts again instead, see bot/slack.py).
CHANNEL_KINDS = {
    "conversations.create": {"private"},
    "conversations.invite": {"private"},
    "conversations.setTopic": {"private"},
    "conversations.archive": {"private"},  # a drill's channel, when the drill ends
    "conversations.list": {"private"},
    "conversations.members": {"private", "public"},
    "conversations.history": {"private", "im"},
    "conversations.replies": {"private"},
    "conversations.open": {"im"},
}
KIND_PREFIX = {"private": "groups:", "public": "channels:", "im": "im:"}

#: Events API: the scope each subscription needs (Slack's event reference pages).
EVENT_SCOPES = {
    "app_home_opened": set(),
    "message.groups": {"groups:history"},
    "message.channels": {"channels:history"},
    "message.im": {"im:history"},
    "message.mpim": {"mpim:history"},
}

#: A scope Slack only grants together with another ("must be requested at the same time as users:read",
#: Slack's users:read.email scope page).
REQUESTED_TOGETHER = {"users:read.email": "users:read"}


def _manifest() -> dict:
    return yaml.safe_load((ROOT / "deploy" / "manifest.yaml").read_text(encoding="utf-8"))


def _code_trees(root: Path = ROOT, packages: tuple[str, ...] = CODE_PACKAGES):
    for package in packages:
        for path in sorted((root / package).rglob("*.py")):
            yield path, ast.parse(path.read_text(encoding="utf-8"), filename=str(path))


def called_methods(root: Path = ROOT, packages: tuple[str, ...] = CODE_PACKAGES) -> set[str]:
    """Every Web API method the code can call: a string literal naming a method (``call("chat.update")``,
    constants), or a WebClient helper called by attribute (``client.files_upload_v2(...)``)."""
    called: set[str] = set()
    for _, tree in _code_trees(root, packages):
        for node in ast.walk(tree):
            if isinstance(node, ast.Constant) and isinstance(node.value, str) and node.value in METHODS:
                called.add(node.value)
            elif isinstance(node, ast.Attribute) and callable(getattr(WebClient, node.attr, None)):
                if node.attr in COMPOSITE_CLIENT_METHODS:
                    called |= COMPOSITE_CLIENT_METHODS[node.attr]
                elif (dotted := node.attr.replace("_", ".")) in METHODS:
                    called.add(dotted)
    return called


def handled_events() -> set[str]:
    """Event types the code listens to: ``app.event("x")`` in any form (decorator or call)."""
    events: set[str] = set()
    for _, tree in _code_trees():
        for node in ast.walk(tree):
            if (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Attribute)
                and node.func.attr == "event"
                and node.args
                and isinstance(node.args[0], ast.Constant)
                and isinstance(node.args[0].value, str)
            ):
                events.add(node.args[0].value)
    return events


def requirements(manifest: dict, called: set[str]) -> list[frozenset[str]]:
    """Each entry: a need, satisfied by any one of its scopes."""
    needs: list[frozenset[str]] = []
    for method in sorted(called):
        scopes = set(METHODS[method]["bot_scopes"])
        if not scopes:
            continue
        if method in CHANNEL_KINDS:
            for kind in sorted(CHANNEL_KINDS[method]):
                needs.append(frozenset(s for s in scopes if s.startswith(KIND_PREFIX[kind])))
        else:
            needs.append(frozenset(scopes))
    for event in manifest["settings"]["event_subscriptions"]["bot_events"]:
        needs.extend(frozenset({scope}) for scope in EVENT_SCOPES[event])
    if manifest["features"].get("slash_commands"):
        needs.append(frozenset({"commands"}))
    return needs


def minimal_covers(needs: list[frozenset[str]]) -> list[frozenset[str]]:
    """Every smallest scope set meeting each need (and granting the scopes Slack pairs)."""
    candidates = sorted(set().union(*needs))
    for size in range(1, len(candidates) + 1):
        found = []
        for combo in itertools.combinations(candidates, size):
            chosen = set(combo)
            chosen |= {REQUESTED_TOGETHER[s] for s in chosen if s in REQUESTED_TOGETHER}
            if all(need & chosen for need in needs):
                found.append(frozenset(chosen))
        if found:
            return sorted(set(found), key=sorted)
    raise AssertionError("no scope set meets the needs")


def test_the_code_calls_are_found():
    called = called_methods()
    # The calls every incident makes: if the scan stopped seeing them, the comparison below would be empty.
    assert {"conversations.create", "conversations.invite", "chat.postMessage", "views.open", "users.lookupByEmail"} <= called
    assert {"files.getUploadURLExternal", "files.completeUploadExternal"} <= called  # via files_upload_v2
    assert called <= set(METHODS)


def test_every_method_the_code_calls_is_known_to_the_scope_table():
    """A method missing from methods.json would silently need no scope."""
    source = "\n".join(p.read_text(encoding="utf-8") for d in CODE_PACKAGES for p in (ROOT / d).rglob("*.py"))
    literal = set(re.findall(r'"((?:chat|conversations|users|views|pins|files|auth|im|reactions|team|apps|bots)\.[A-Za-z]+(?:\.[A-Za-z]+)*)"', source))
    assert literal - set(METHODS) == set()


def test_manifest_scopes_are_exactly_the_smallest_set_the_code_needs():
    manifest = _manifest()
    covers = minimal_covers(requirements(manifest, called_methods()))
    assert len(covers) == 1, f"several smallest scope sets fit; choose one explicitly: {covers}"
    assert set(manifest["oauth_config"]["scopes"]["bot"]) == set(covers[0])


def test_manifest_has_no_scope_the_code_does_not_use():
    scopes = set(_manifest()["oauth_config"]["scopes"]["bot"])
    assert "mpim:write" not in scopes and "mpim:history" not in scopes  # no group DMs
    assert not {s for s in scopes if s.startswith(("channels:history", "channels:write", "channels:manage", "chat:write.public"))}


def test_every_event_the_code_handles_is_subscribed_and_nothing_else():
    bot_events = set(_manifest()["settings"]["event_subscriptions"]["bot_events"])
    handled = handled_events()
    assert handled == {"app_home_opened", "message"}
    # "message" in the code is delivered by a message.<kind> subscription; the bot only reads private incident channels.
    subscribed = {event.split(".")[0] for event in bot_events}
    assert subscribed == handled
    assert {e for e in bot_events if e.startswith("message.")} == {"message.groups"}


def test_every_request_url_points_at_one_endpoint():
    manifest = _manifest()
    urls = [c["url"] for c in manifest["features"]["slash_commands"]]
    assert {c["command"] for c in manifest["features"]["slash_commands"]} >= {"/leak-report", "/leak-status", "/leak-inquiry", "/leak-nearmiss"}
    urls += [manifest["settings"]["event_subscriptions"]["request_url"], manifest["settings"]["interactivity"]["request_url"]]
    assert len(urls) == len(manifest["features"]["slash_commands"]) + 2
    assert len(set(urls)) == 1 and urls[0].startswith("https://") and urls[0].endswith("/slack/events")


def test_the_scan_would_notice_a_new_call(tmp_path):
    """The derivation is not a fixed list: one more call in the code changes the scopes it needs."""
    (tmp_path / "services").mkdir()
    (tmp_path / "services" / "extra.py").write_text(
        'def react(slack, client):\n    slack.call("reactions.add", name="eyes")\n    client.users_info(user="U1")\n',
        encoding="utf-8",
    )
    called = called_methods(tmp_path, ("services",))
    assert called == {"reactions.add", "users.info"}
    manifest = _manifest()
    before = minimal_covers(requirements(manifest, called_methods()))[0]
    after = minimal_covers(requirements(manifest, called_methods() | called))[0]
    assert after - before == {"reactions:write"}  # users:read is already there (requested with users:read.email)
