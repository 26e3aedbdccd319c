"""The README tells both audiences the same set-up and deployment story, and stays true to the files."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml

from bot.settings import Settings

ROOT = Path(__file__).resolve().parents[2]
README = (ROOT / "README.md").read_text(encoding="utf-8")
TOP, _, REST = README.partition("## 日本語")
JA, _, EN = REST.partition("## English")
HALVES = {"ja": JA, "en": EN}


def _section(text: str, heading: str) -> str:
    start = text.index(heading)
    level = heading.split(" ")[0]
    following = re.search(rf"^#{{1,{len(level)}}} ", text[start + len(heading):], re.MULTILINE)
    return text[start: start + len(heading) + (following.start() if following else len(text))]


def test_the_two_set_up_commands_are_at_the_top():
    assert "make run" in TOP and "make test" in TOP
    assert TOP.index("make run") < TOP.index("make test")


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_each_half_has_every_operator_section(lang):
    headings = {
        "ja": ["### セットアップと実行", "### Slack アプリの作成", "#### スコープ", "### 設定", "### デプロイ",
               "#### Docker Compose", "#### Kubernetes", "### アップグレードとロールバック", "### 制限事項"],
        "en": ["### Install and run", "### Creating the Slack app", "#### Scopes", "### Settings", "### Deployment",
               "#### Docker Compose", "#### Kubernetes", "### Upgrade and rollback", "#### Limits of the deployment files"],
    }[lang]
    for heading in headings:
        assert heading in HALVES[lang], heading


@pytest.mark.parametrize(("lang", "heading"), [("ja", "#### スコープ"), ("en", "#### Scopes")])
def test_the_scope_table_explains_exactly_the_manifests_scopes(lang, heading):
    manifest = yaml.safe_load((ROOT / "deploy" / "manifest.yaml").read_text(encoding="utf-8"))
    table = _section(HALVES[lang], heading)
    rows = set(re.findall(r"^\| `([a-z:.]+)` \|", table, re.MULTILINE))
    assert rows == set(manifest["oauth_config"]["scopes"]["bot"])
    assert "LEAKBOT_DATA_WARNING=false" in table and "message.groups" in table


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_the_five_request_urls_are_named(lang):
    text = HALVES[lang]
    assert ("5 つの URL" if lang == "ja" else "all five URLs") in text
    for place in ("/leak-report", "/leak-status", "/leak-drill", "event_subscriptions.request_url", "interactivity.request_url"):
        assert place in _section(text, "### Slack アプリの作成" if lang == "ja" else "### Creating the Slack app")
    assert "four URLs" not in README and "4 つの URL" not in README


@pytest.mark.parametrize(("lang", "heading"), [("ja", "### 設定"), ("en", "### Settings")])
def test_the_settings_table_lists_every_setting(lang, heading):
    table = _section(HALVES[lang], heading)
    rows = set(re.findall(r"^\| `([A-Z_]+)` \|", table, re.MULTILINE))
    assert {name.upper() for name in Settings.model_fields} <= rows


def test_paths_the_readme_names_exist():
    named = set(re.findall(r"`((?:deploy|tests)/[A-Za-z0-9_./-]+|Dockerfile|\.env\.example|requirements\.lock)`", README))
    assert "deploy/compose.yaml" in named and "deploy/kubernetes/" in named
    missing = [p for p in named if not (ROOT / p).exists()]
    assert missing == []


@pytest.mark.parametrize(("lang", "heading"), [("ja", "#### 監視とログ"), ("en", "#### Monitoring and logs")])
def test_the_metrics_table_lists_exactly_what_metrics_exposes(lang, heading, tmp_path):
    from datetime import UTC, datetime

    from prometheus_client.parser import text_string_to_metric_families

    from bot import metrics
    from storage.db import make_engine, migrate

    engine = make_engine(f"sqlite:///{tmp_path / 'm.db'}")
    migrate(engine)
    exposed = {family.name + ("_total" if family.type == "counter" else "")
               for family in text_string_to_metric_families(metrics.render(engine, lambda: datetime.now(UTC)).decode())
               if family.name.startswith("leakbot_") and not family.name.endswith("_created")}  # client's timestamps
    engine.dispose()
    table = _section(HALVES[lang], heading)
    documented = set(re.findall(r"^\| `(leakbot_[a-z_]+)(?:\{[a-z,]+\})?` \|", table, re.MULTILINE))
    assert documented == exposed


def test_the_commands_table_names_every_command():
    from bot.cli import cli

    commands = {command.name or command.callback.__name__ for command in cli.registered_commands}
    for lang, heading in (("ja", "#### コマンド"), ("en", "#### Commands")):
        table = _section(HALVES[lang], heading)
        assert set(re.findall(r"^\| `leakbot ([a-z]+)", table, re.MULTILINE)) == commands, lang
