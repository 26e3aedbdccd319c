"""``leakbot check`` and ``leakbot run --http`` as an operator runs them (real subprocesses)."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
from pathlib import Path

import httpx
import yaml

from tests.conftest import DIRECTORY, PEOPLE, SIGNING_SECRET, wait_until

LEAKBOT = [str(Path(sys.executable).parent / "leakbot")]  # the installed console script
ROOT = Path(__file__).resolve().parents[2]


def env_for(tmp_path, slack=None, **extra) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("SLACK_", "LEAKBOT_", "DATABASE_URL"))}
    env.update(DATABASE_URL=f"sqlite:///{tmp_path / 'cli.db'}")
    if slack is not None:
        env.update(SLACK_API_URL=slack.url, SLACK_BOT_TOKEN="xoxb-test-token")
    env.update(extra)
    return env


def write_directory(tmp_path, data) -> str:
    path = tmp_path / "directory.yaml"
    path.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    return str(path)


def run_cli(args, env):
    return subprocess.run([*LEAKBOT, *args], env=env, cwd=tmp_cwd(env), capture_output=True, text=True, timeout=60)


def tmp_cwd(env) -> str:
    return str(Path(env["DATABASE_URL"].removeprefix("sqlite:///")).parent)


def test_check_explains_a_broken_directory_and_fails(tmp_path):
    path = write_directory(tmp_path, {"office_channel": "nope", "executives": [], "departments": []})
    result = run_cli(["check"], env_for(tmp_path, LEAKBOT_DIRECTORY=path))
    assert result.returncode != 0
    assert "/office_channel" in result.stderr and "/executives" in result.stderr


def test_check_reports_unset_directory_and_bad_settings(tmp_path):
    result = run_cli(["check"], env_for(tmp_path))
    assert result.returncode != 0 and "LEAKBOT_DIRECTORY" in result.stderr
    result = run_cli(["check"], env_for(tmp_path, LEAKBOT_ACK_TIMEOUT="-5"))
    assert result.returncode != 0 and "LEAKBOT_ACK_TIMEOUT" in result.stderr


def test_check_resolves_every_person_through_slack(tmp_path, slack):
    path = write_directory(tmp_path, DIRECTORY)
    ok = run_cli(["check"], env_for(tmp_path, slack, LEAKBOT_DIRECTORY=path))
    assert ok.returncode == 0, ok.stderr
    assert "exec2@example.com: ok" in ok.stdout
    missing_channel = run_cli(["check"], env_for(tmp_path, slack, LEAKBOT_DIRECTORY=path, LEAKBOT_SUMMARY_CHANNEL="CNOWHERE",
                                                 LEAKBOT_LANGUAGE="en"))
    assert missing_channel.returncode == 1 and "summary channel CNOWHERE: channel_not_found" in missing_channel.stderr
    in_japanese = run_cli(["check"], env_for(tmp_path, slack, LEAKBOT_DIRECTORY=path, LEAKBOT_SUMMARY_CHANNEL="CNOWHERE"))
    assert in_japanese.returncode == 1 and "集計チャンネル CNOWHERE: channel_not_found" in in_japanese.stderr
    broken = {**DIRECTORY, "executives": ["nobody@example.com"]}
    path = write_directory(tmp_path, broken)
    result = run_cli(["check"], env_for(tmp_path, slack, LEAKBOT_DIRECTORY=path, LEAKBOT_LANGUAGE="en"))
    assert result.returncode == 1 and "nobody@example.com: not found" in result.stderr
    result = run_cli(["check"], env_for(tmp_path, slack, LEAKBOT_DIRECTORY=path))
    assert result.returncode == 1 and "nobody@example.com: Slack にこのメールアドレスの人がいません" in result.stderr


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def test_run_http_serves_health_and_signed_commands(tmp_path, slack):
    from tests.fakeslack import SlackDriver

    port = free_port()
    env = env_for(
        tmp_path, slack, LEAKBOT_DIRECTORY=write_directory(tmp_path, DIRECTORY), SLACK_SIGNING_SECRET=SIGNING_SECRET
    )
    process = subprocess.Popen(
        [*LEAKBOT, "run", "--http", "--port", str(port), "--host", "127.0.0.1"],
        env=env, cwd=str(tmp_path), stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
    )
    try:
        def healthy():
            try:
                return httpx.get(f"http://127.0.0.1:{port}/healthz", timeout=1).status_code == 200
            except httpx.HTTPError:
                return False

        wait_until(healthy, timeout=30, message="leakbot to listen")
        driver = SlackDriver(f"http://127.0.0.1:{port}/slack/events", SIGNING_SECRET, slack)
        assert driver.command("/leak-report", "x", user_id=PEOPLE.reporter).status_code == 200
        wait_until(lambda: slack.calls_to("views.open"), message="views.open from the subprocess")
        bad = driver.command("/leak-report", "x", user_id=PEOPLE.reporter, sign_with="wrong")
        assert bad.status_code == 401
    finally:
        process.terminate()
        process.wait(timeout=10)


def test_run_refuses_to_start_without_tokens(tmp_path):
    env = env_for(tmp_path, LEAKBOT_DIRECTORY=write_directory(tmp_path, DIRECTORY))
    result = run_cli(["run"], env)
    assert result.returncode == 2 and "SLACK_BOT_TOKEN" in result.stderr and "SLACK_APP_TOKEN" in result.stderr
    result = run_cli(["run", "--http"], env)
    assert "SLACK_SIGNING_SECRET" in result.stderr
