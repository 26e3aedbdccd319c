"""Socket Mode, the README's default way to run: a report travels over a local websocket server
that speaks Slack's protocol, and a dropped connection is reconnected."""

from __future__ import annotations

import subprocess
import time

from tests.bot.test_cli import LEAKBOT, env_for, write_directory
from tests.conftest import DIRECTORY, OFFICE_CHANNEL, PEOPLE, Harness, wait_until

APP_TOKEN = "xapp-1-test"


def report_over_socket(server, slack, driver, values_for):
    ack = server.send_envelope("slash_commands", driver.command_payload("/leak-report", "", user_id=PEOPLE.reporter))
    assert ack.get("envelope_id")
    opened = wait_until(lambda: slack.calls_to("views.open"), message="views.open")
    view_id = opened[-1].response["view"]["id"]
    submission = driver.view_submission_payload(view_id, PEOPLE.reporter, values_for())
    ack = server.send_envelope("interactive", submission)
    assert ack["payload"]["response_action"] == "update"
    assert "LEAK-2026-0001" in str(ack["payload"]["view"])


def test_report_over_socket_mode_and_reconnect_after_a_dropped_connection(make_settings, slack, clock, fake_socket_mode):
    from slack_bolt.adapter.socket_mode import SocketModeHandler

    harness = Harness(make_settings(), slack, clock)  # the same app; HTTP unused here
    handler = SocketModeHandler(harness.bot.app, APP_TOKEN, web_client=harness.bot.app.client, ping_interval=1)
    handler.connect()
    try:
        fake_socket_mode.wait_for_connection(timeout=10)
        report_over_socket(fake_socket_mode, slack, harness.driver, harness.first_report_values)
        wait_until(harness.mobilized, message="mobilization")
        assert slack.channel_by_name("leak-2026-0001") is not None
        assert len(slack.messages(OFFICE_CHANNEL)) == 1
        # The network dies without a close frame; the client notices and reconnects.
        connections = fake_socket_mode.total_connections
        fake_socket_mode.drop_connections()
        fake_socket_mode.wait_for_connection(timeout=20, after=connections)
        assert len(slack.calls_to("apps.connections.open")) >= 2
        answer = fake_socket_mode.send_envelope(
            "slash_commands", harness.driver.command_payload("/leak-status", "LEAK-2026-0001", user_id=PEOPLE.owner)
        )
        assert answer.get("envelope_id")
        wait_until(lambda: any("LEAK-2026-0001" in str(e) for e in slack.ephemerals(user=PEOPLE.owner)))
    finally:
        handler.close()
        harness.close()


def test_leakbot_run_in_socket_mode_serves_a_report(tmp_path, slack, fake_socket_mode):
    from tests.fakeslack import SlackDriver

    env = env_for(tmp_path, slack, LEAKBOT_DIRECTORY=write_directory(tmp_path, DIRECTORY), SLACK_APP_TOKEN=APP_TOKEN)
    process = subprocess.Popen([*LEAKBOT, "run"], env=env, cwd=str(tmp_path), stdout=subprocess.PIPE,
                               stderr=subprocess.STDOUT, text=True)
    try:
        fake_socket_mode.wait_for_connection(timeout=30)
        driver = SlackDriver("http://unused.invalid/", "unused", slack)

        def values():
            now = int(time.time())
            return {
                "department": "sales", "event_type": "misdelivery", "discovered_at": now - 600,
                "data_categories": ["name_contact"], "people_count": "3", "encrypted": "no",
                "third_party": "none", "description": "送信先を誤った",
            }

        report_over_socket(fake_socket_mode, slack, driver, values)
        wait_until(lambda: slack.messages(OFFICE_CHANNEL), timeout=20, message="office notice from the subprocess")
        # A polite disconnect request (Slack does this routinely) is followed by a new connection.
        connections = fake_socket_mode.total_connections
        fake_socket_mode.send_disconnect()
        fake_socket_mode.wait_for_connection(timeout=20, after=connections)
    finally:
        process.terminate()
        process.wait(timeout=10)
