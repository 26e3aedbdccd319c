"""``leakbot run`` as an orchestrator runs it: ready only when it can work, and SIGTERM (docker stop,
a Kubernetes rollout) ends it with status 0 within 5 s after finishing what it started — in HTTP
mode and in Socket Mode (real subprocesses against the fake Slack)."""

from __future__ import annotations

import signal
import subprocess
import time

import httpx

from tests.bot.test_cli import LEAKBOT, env_for, free_port, write_directory
from tests.conftest import DIRECTORY, PEOPLE, SIGNING_SECRET, wait_until

APP_TOKEN = "xapp-1-test"


def start(args, env, cwd):
    return subprocess.Popen([*LEAKBOT, "run", *args], env=env, cwd=cwd, stdout=subprocess.PIPE,
                            stderr=subprocess.STDOUT, text=True)


def ready(port: int) -> bool:
    try:
        return httpx.get(f"http://127.0.0.1:{port}/readyz", timeout=1).status_code == 200
    except httpx.HTTPError:
        return False


def stop_within(process, seconds: float = 5.0) -> tuple[int, float, str]:
    started = time.monotonic()
    process.send_signal(signal.SIGTERM)
    try:
        output, _ = process.communicate(timeout=seconds)
    except subprocess.TimeoutExpired:
        process.kill()
        output, _ = process.communicate()
        raise AssertionError(f"leakbot did not stop within {seconds} s:\n{output}") from None
    return process.returncode, time.monotonic() - started, output


def test_http_mode_is_ready_then_stops_gracefully_finishing_a_request_in_progress(tmp_path, slack):
    from tests.fakeslack import SlackDriver

    port = free_port()
    env = env_for(tmp_path, slack, LEAKBOT_DIRECTORY=write_directory(tmp_path, DIRECTORY),
                  SLACK_SIGNING_SECRET=SIGNING_SECRET, LEAKBOT_LOG_FORMAT="json")
    process = start(["--http", "--port", str(port), "--host", "127.0.0.1"], env, str(tmp_path))
    try:
        wait_until(lambda: ready(port), timeout=30, message="/readyz to pass")
        metrics = httpx.get(f"http://127.0.0.1:{port}/metrics", timeout=5)
        assert metrics.status_code == 200 and "leakbot_open_incidents" in metrics.text
        driver = SlackDriver(f"http://127.0.0.1:{port}/slack/events", SIGNING_SECRET, slack)
        assert driver.command("/leak-report", "", user_id=PEOPLE.reporter).status_code == 200
        code, took, output = stop_within(process)
    finally:
        if process.poll() is None:
            process.kill()
    assert code == 0, output
    assert took < 5
    assert "Traceback" not in output
    # The work the command started after its ack (opening the modal) was finished, not dropped.
    assert slack.calls_to("views.open")
    # JSON logs: every line is an object, the stop is announced.
    lines = [line for line in output.splitlines() if line.startswith("{")]
    assert lines and any("停止" in line for line in lines)


def test_socket_mode_serves_probes_on_the_health_port_and_stops_gracefully(tmp_path, slack, fake_socket_mode):
    health = free_port()
    env = env_for(tmp_path, slack, LEAKBOT_DIRECTORY=write_directory(tmp_path, DIRECTORY), SLACK_APP_TOKEN=APP_TOKEN,
                  LEAKBOT_HEALTH_PORT=str(health))
    process = start(["--host", "127.0.0.1"], env, str(tmp_path))
    try:
        fake_socket_mode.wait_for_connection(timeout=30)
        wait_until(lambda: ready(health), timeout=30, message="/readyz on the health port")
        assert httpx.get(f"http://127.0.0.1:{health}/healthz", timeout=2).text == "ok"
        assert "leakbot_ack_seconds" in httpx.get(f"http://127.0.0.1:{health}/metrics", timeout=5).text
        code, took, output = stop_within(process)
    finally:
        if process.poll() is None:
            process.kill()
    assert code == 0, output
    assert took < 5 and "Traceback" not in output


def test_sigint_stops_too(tmp_path, slack):
    port = free_port()
    env = env_for(tmp_path, slack, LEAKBOT_DIRECTORY=write_directory(tmp_path, DIRECTORY), SLACK_SIGNING_SECRET=SIGNING_SECRET)
    process = start(["--http", "--port", str(port), "--host", "127.0.0.1"], env, str(tmp_path))
    try:
        wait_until(lambda: ready(port), timeout=30, message="/readyz to pass")
        process.send_signal(signal.SIGINT)
        output, _ = process.communicate(timeout=5)
    finally:
        if process.poll() is None:
            process.kill()
    assert process.returncode == 0 and "Traceback" not in output
