"""``leakbot run`` as an orchestrator runs it: ready only when it can work, and SIGTERM (docker stop,
a Kubernetes rollout) ends it with status 0 within 5 s after finishing what it started — in HTTP
mode and in Socket Mode (real subprocesses against the fake Slack)."""

from __future__ import annotations

import signal
import subprocess
import time

import httpx
from prometheus_client.parser import text_string_to_metric_families

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


def metric(text: str, name: str, **labels: str) -> float | None:
    for family in text_string_to_metric_families(text):
        for sample in family.samples:
            if sample.name == name and all(sample.labels.get(k) == v for k, v in labels.items()):
                return sample.value
    return None


def assert_first_command_is_measured(metrics_url: str, slack) -> None:
    """/metrics after one real request: its ack latency under its surface, the Slack calls by method."""
    wait_until(lambda: slack.calls_to("views.open"), timeout=10, message="the modal to open")
    text = httpx.get(metrics_url, timeout=5).text
    assert metric(text, "leakbot_ack_seconds_count", surface="command") == 1
    assert metric(text, "leakbot_ack_seconds_bucket", surface="command", le="3.0") == 1  # inside Slack's 3 s
    assert metric(text, "leakbot_slack_api_calls_total", method="views.open") == 1
    assert metric(text, "leakbot_slack_api_calls_total", method="auth.test") >= 1  # the check at start
    assert metric(text, "leakbot_outbox_backlog") == 0 and metric(text, "leakbot_overdue_legal_deadlines") == 0
    assert "# TYPE leakbot_open_incidents gauge" in text


#: views.open takes this long for the second command, so SIGTERM arrives while its modal is opening.
SLOW_MODAL = 2.0


def assert_the_modal_in_progress_was_finished(slack, took: float, output: str) -> None:
    # The work the command started after its ack (opening the modal) was finished, not dropped:
    # the process waited for it, and Slack received it.
    assert len(slack.calls_to("views.open")) == 2, output
    assert took >= SLOW_MODAL - 0.5, f"stopped after {took:.1f} s without waiting for the modal"
    assert "abandoned" not in output


def test_http_mode_is_ready_then_stops_gracefully_finishing_a_request_in_progress(tmp_path, slack):
    from tests.fakeslack import SlackDriver

    port = free_port()
    env = env_for(tmp_path, slack, LEAKBOT_DIRECTORY=write_directory(tmp_path, DIRECTORY),
                  SLACK_SIGNING_SECRET=SIGNING_SECRET, LEAKBOT_LOG_FORMAT="json")
    process = start(["--http", "--port", str(port), "--host", "127.0.0.1"], env, str(tmp_path))
    try:
        wait_until(lambda: ready(port), timeout=30, message="/readyz to pass")
        driver = SlackDriver(f"http://127.0.0.1:{port}/slack/events", SIGNING_SECRET, slack)
        assert driver.command("/leak-report", "", user_id=PEOPLE.reporter).status_code == 200  # a signed request
        assert_first_command_is_measured(f"http://127.0.0.1:{port}/metrics", slack)
        slack.set_latency("views.open", SLOW_MODAL)
        assert driver.command("/leak-report", "", user_id=PEOPLE.reporter).status_code == 200
        code, took, output = stop_within(process)
    finally:
        if process.poll() is None:
            process.kill()
    assert code == 0, output
    assert took < 5
    assert "Traceback" not in output
    assert_the_modal_in_progress_was_finished(slack, took, output)
    # JSON logs: every line is an object, the stop is announced.
    lines = [line for line in output.splitlines() if line.startswith("{")]
    assert lines and any("停止" in line for line in lines)


def test_socket_mode_serves_probes_on_the_health_port_and_stops_gracefully(tmp_path, slack, fake_socket_mode):
    from tests.fakeslack import SlackDriver

    health = free_port()
    env = env_for(tmp_path, slack, LEAKBOT_DIRECTORY=write_directory(tmp_path, DIRECTORY), SLACK_APP_TOKEN=APP_TOKEN,
                  LEAKBOT_HEALTH_PORT=str(health))
    process = start(["--host", "127.0.0.1"], env, str(tmp_path))
    try:
        fake_socket_mode.wait_for_connection(timeout=30)
        wait_until(lambda: ready(health), timeout=30, message="/readyz on the health port")
        assert httpx.get(f"http://127.0.0.1:{health}/healthz", timeout=2).text == "ok"
        driver = SlackDriver("http://unused.invalid/", "unused", slack)
        command = driver.command_payload("/leak-report", "", user_id=PEOPLE.reporter)
        assert fake_socket_mode.send_envelope("slash_commands", command).get("envelope_id")
        assert_first_command_is_measured(f"http://127.0.0.1:{health}/metrics", slack)
        slack.set_latency("views.open", SLOW_MODAL)
        command = driver.command_payload("/leak-report", "", user_id=PEOPLE.reporter)
        assert fake_socket_mode.send_envelope("slash_commands", command).get("envelope_id")
        code, took, output = stop_within(process)
    finally:
        if process.poll() is None:
            process.kill()
    assert code == 0, output
    assert took < 5 and "Traceback" not in output
    assert_the_modal_in_progress_was_finished(slack, took, output)


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
