""".env.example: every setting listed with a comment, the defaults it shows are the real ones, and a copy of it
is a valid start (only the tokens and the directory left to fill in)."""

from __future__ import annotations

import os
import re
from pathlib import Path

import pytest

from bot.settings import Settings

ROOT = Path(__file__).resolve().parents[2]
EXAMPLE = ROOT / ".env.example"
LINE = re.compile(r"^(#\s*)?([A-Z][A-Z0-9_]+)=(.*)$")


def _entries() -> list[tuple[bool, str, str, str]]:
    """(commented out, name, value, the comment above it)."""
    entries, comment = [], []
    for raw in EXAMPLE.read_text(encoding="utf-8").splitlines():
        match = LINE.match(raw.strip())
        if match:
            entries.append((bool(match.group(1)), match.group(2), match.group(3), " ".join(comment)))
            comment = []
        elif raw.startswith("#"):
            comment.append(raw.lstrip("# "))
        else:
            comment = []
    return entries


@pytest.fixture
def clean_env(monkeypatch):
    for name in list(os.environ):
        if name.upper() in {f.upper() for f in Settings.model_fields}:
            monkeypatch.delenv(name)
    return monkeypatch


def test_every_setting_is_listed_with_a_comment():
    listed = {name: comment for _, name, _, comment in _entries()}
    missing = [f.upper() for f in Settings.model_fields if f.upper() not in listed]
    assert missing == []
    assert all(len(listed[f.upper()]) > 15 for f in Settings.model_fields), "each setting says what it is for"


def test_the_defaults_shown_are_the_real_defaults(clean_env):
    defaults = Settings(_env_file=None)
    checked = 0
    for commented, name, value, _ in _entries():
        field = name.lower()
        if not commented or not value or field not in Settings.model_fields:
            continue
        clean_env.setenv(name, value)
        assert getattr(Settings(_env_file=None), field) == getattr(defaults, field), name
        clean_env.delenv(name)
        checked += 1
    assert checked >= 10


def test_a_copy_is_a_valid_start(clean_env, tmp_path):
    copy = tmp_path / ".env"
    copy.write_text(EXAMPLE.read_text(encoding="utf-8"), encoding="utf-8")
    settings = Settings(_env_file=copy)
    assert settings.leakbot_directory == Path("directory.yaml")
    assert not settings.slack_bot_token  # left for the operator
    assert not re.search(r"xox[abp]-[0-9]|xapp-[0-9]", EXAMPLE.read_text(encoding="utf-8"))
