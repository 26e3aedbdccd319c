"""``leakbot init`` (first files), ``leakbot migrate`` (schema as a command) and ``leakbot summary``
(plain text, chart only on request), run as an operator runs them."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import jsonschema
import yaml

from tests.bot.test_cli import LEAKBOT, env_for, free_port, write_directory
from tests.conftest import DIRECTORY

ROOT = Path(__file__).resolve().parents[2]


def run(args, env, cwd, stdin: str | None = None):
    return subprocess.run([*LEAKBOT, *args], env=env, cwd=cwd, capture_output=True, text=True, timeout=60,
                          input=stdin)


def manifest_schema() -> dict:
    """Slack's manifest schema, vendored in the repository (a fresh clone needs nothing beside it)."""
    return json.loads((ROOT / "tests" / "fixtures" / "slack" / "manifest.schema.1.0.0.json").read_text(encoding="utf-8"))


def test_init_for_http_fills_the_public_url_into_all_five_places(tmp_path, slack):
    out = tmp_path / "site"
    result = run(["init", "--mode", "http", "--url", "https://leakbot.example.org/", "--bot-token", "xoxb-test-token",
                  "--signing-secret", "s3cret", "--office-channel", "C0FFICE",
                  "--executive", "exec2@example.com", "--executive", "nobody@example.com",
                  "--owner", "owner@example.com", "--deputy", "deputy@example.com", "--dir", str(out)],
                 env_for(tmp_path, slack), str(tmp_path), stdin="")
    assert result.returncode == 0, result.stderr
    manifest = yaml.safe_load((out / "manifest.yaml").read_text(encoding="utf-8"))
    url = "https://leakbot.example.org/slack/events"
    urls = [c["url"] for c in manifest["features"]["slash_commands"]]
    urls += [manifest["settings"]["event_subscriptions"]["request_url"], manifest["settings"]["interactivity"]["request_url"]]
    assert urls == [url] * 5 and manifest["settings"]["socket_mode_enabled"] is False
    assert list(jsonschema.Draft7Validator(manifest_schema()).iter_errors(manifest)) == []
    env = (out / ".env").read_text(encoding="utf-8")
    assert "SLACK_SIGNING_SECRET=s3cret" in env and "SLACK_APP_TOKEN" not in env and "LEAKBOT_DIRECTORY=directory.yaml" in env
    # People given by e-mail were resolved through Slack; an unknown one stays an e-mail and is reported.
    directory = yaml.safe_load((out / "directory.yaml").read_text(encoding="utf-8"))
    assert directory["executives"] == ["UEXEC2", "nobody@example.com"]
    assert directory["departments"][0]["owner"] == "UOWNER"
    assert "nobody@example.com" in result.stderr
    from domain.directory import parse_directory

    assert parse_directory(directory).office_channel == "C0FFICE"


def test_init_for_socket_mode_without_a_token_and_refuses_to_overwrite(tmp_path):
    out = tmp_path / "site"
    env = env_for(tmp_path)
    result = run(["init", "--mode", "socket", "--dir", str(out)], env, str(tmp_path), stdin="")
    assert result.returncode == 0, result.stderr
    manifest = yaml.safe_load((out / "manifest.yaml").read_text(encoding="utf-8"))
    assert manifest["settings"]["socket_mode_enabled"] is True
    assert "request_url" not in manifest["settings"]["interactivity"]
    assert all("url" not in c for c in manifest["features"]["slash_commands"])
    assert list(jsonschema.Draft7Validator(manifest_schema()).iter_errors(manifest)) == []
    env_text = (out / ".env").read_text(encoding="utf-8")
    assert "SLACK_APP_TOKEN=" in env_text and "SLACK_SIGNING_SECRET" not in env_text
    again = run(["init", "--mode", "socket", "--dir", str(out)], env, str(tmp_path), stdin="")
    assert again.returncode == 2 and "--force" in again.stderr and "Traceback" not in again.stderr
    assert run(["init", "--mode", "socket", "--dir", str(out), "--force"], env, str(tmp_path), stdin="").returncode == 0


def test_init_explains_a_missing_or_plain_http_url(tmp_path):
    env = env_for(tmp_path, LEAKBOT_LANGUAGE="en")
    result = run(["init", "--mode", "http", "--dir", str(tmp_path / "a")], env, str(tmp_path), stdin="")
    assert result.returncode == 2 and "public URL" in result.stderr
    result = run(["init", "--mode", "http", "--url", "http://x", "--dir", str(tmp_path / "a")], env, str(tmp_path), stdin="")
    assert result.returncode == 2 and "https://" in result.stderr


def test_the_files_init_writes_are_what_check_accepts(tmp_path):
    out = tmp_path / "site"
    run(["init", "--mode", "socket", "--office-channel", "C0FFICE", "--executive", "UEXEC1", "--owner", "UOWNER",
         "--deputy", "UDEPUTY", "--dir", str(out)], env_for(tmp_path), str(tmp_path), stdin="")
    env = env_for(tmp_path)
    env.pop("DATABASE_URL")
    result = subprocess.run([*LEAKBOT, "check"], env=env, cwd=str(out), capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr  # .env found in the working folder, directory valid


def test_migrate_commands(tmp_path):
    env = env_for(tmp_path, LEAKBOT_LANGUAGE="en")
    cwd = str(tmp_path)
    history = run(["migrate", "history"], env, cwd)
    assert history.returncode == 0 and "0001" in history.stdout and "0004" in history.stdout
    assert "(empty)" in run(["migrate", "current"], env, cwd).stdout
    up = run(["migrate", "upgrade"], env, cwd)
    assert up.returncode == 0, up.stderr
    head = up.stdout.split()[-1].rstrip(".")
    assert f"Database revision: {head}" in run(["migrate", "current"], env, cwd).stdout
    down = run(["migrate", "downgrade", "-1"], env, cwd)
    assert down.returncode == 0 and "Downgraded" in down.stdout
    assert "behind" in run(["migrate", "current"], env, cwd).stdout
    bare = run(["migrate", "downgrade"], env, cwd)
    assert bare.returncode == 2 and "which revision" in bare.stderr
    wrong = run(["migrate", "downgrade", "nope"], env, cwd)
    assert wrong.returncode == 2 and "migrate history" in wrong.stderr and "Traceback" not in wrong.stderr
    typo = run(["migrate", "upgarde"], env, cwd)
    assert typo.returncode == 2 and "“upgarde” is not a migrate action" in typo.stderr and "Traceback" not in typo.stderr


def test_start_without_migrating_refuses_an_old_schema(tmp_path, slack):
    env = env_for(tmp_path, slack, LEAKBOT_DIRECTORY=write_directory(tmp_path, DIRECTORY), SLACK_SIGNING_SECRET="s",
                  LEAKBOT_MIGRATE_ON_START="false", LEAKBOT_LANGUAGE="en")
    result = run(["run", "--http", "--port", str(free_port())], env, str(tmp_path))
    assert result.returncode == 2 and "leakbot migrate upgrade" in result.stderr


def test_start_on_a_database_from_a_newer_release(tmp_path, slack):
    """The older release either runs (the newer one declared it compatible) or says how to roll back."""
    from sqlalchemy import text

    from storage.db import SCHEMA_TABLE, code_head, make_engine, migrate

    db = tmp_path / "cli.db"
    engine = make_engine(f"sqlite:///{db}")
    migrate(engine)
    with engine.begin() as connection:
        connection.execute(text("UPDATE alembic_version SET version_num = '0999_future'"))
        connection.execute(text(f"UPDATE {SCHEMA_TABLE} SET value = '0999_future'"))
    engine.dispose()
    env = env_for(tmp_path, slack, LEAKBOT_DIRECTORY=write_directory(tmp_path, DIRECTORY), SLACK_SIGNING_SECRET="s",
                  LEAKBOT_LANGUAGE="en")
    result = run(["run", "--http", "--port", str(free_port())], env, str(tmp_path))
    assert result.returncode == 2 and "Traceback" not in result.stderr
    assert f"leakbot migrate downgrade {code_head()}" in result.stderr


def test_summary_prints_plain_text_and_writes_the_chart_only_when_asked(tmp_path):
    env = env_for(tmp_path, LEAKBOT_DIRECTORY=write_directory(tmp_path, DIRECTORY))
    result = run(["summary"], env, str(tmp_path))
    assert result.returncode == 0, result.stderr
    assert "週次報告" in result.stdout and "新規報告: 0件" in result.stdout
    for raw in ("*新規報告*", ":red_circle:", ":bar_chart:", "添付"):
        assert raw not in result.stdout
    assert not list(tmp_path.glob("*.png"))
    chart = tmp_path / "week.png"
    with_chart = run(["summary", "--chart", str(chart)], env, str(tmp_path))
    assert with_chart.returncode == 0, with_chart.stderr
    assert chart.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n" and str(chart) in with_chart.stdout
