"""The mistakes operators make, as they make them (real ``leakbot`` subprocesses): each ends in a few
sentences in the organization's language that say what to do, and a non-zero exit — no traceback."""

from __future__ import annotations

import signal
import socket
import subprocess
import time

import yaml

from tests.bot.test_cli import LEAKBOT, env_for, run_cli, write_directory
from tests.conftest import DIRECTORY

JA_DIRECTORY = {
    "office_channel": "C0FFICE",
    "executives": ["UEXEC1"],
    "departments": [{"id": "sales", "name": {"ja": "営業部", "en": "Sales"}, "owner": "UOWNER", "deputy": "UDEPUTY"}],
}


def no_traceback(result) -> None:
    assert "Traceback" not in result.stderr and "Traceback" not in result.stdout, result.stderr


def test_every_missing_setting_is_reported_at_once_in_japanese(tmp_path):
    result = run_cli(["run"], env_for(tmp_path, LEAKBOT_ACK_TIMEOUT="-5"))
    assert result.returncode == 2
    no_traceback(result)
    for name in ("SLACK_BOT_TOKEN", "SLACK_APP_TOKEN", "LEAKBOT_DIRECTORY", "LEAKBOT_ACK_TIMEOUT"):
        assert name in result.stderr
    assert "起動できません" in result.stderr and "4 件" in result.stderr
    assert "Bot User OAuth Token" in result.stderr and "leakbot init" in result.stderr


def test_messages_follow_the_organizations_language(tmp_path):
    result = run_cli(["run", "--http"], env_for(tmp_path, LEAKBOT_LANGUAGE="en"))
    assert result.returncode == 2
    assert "cannot start" in result.stderr and "SLACK_SIGNING_SECRET is not set" in result.stderr
    bad_language = run_cli(["run"], env_for(tmp_path, LEAKBOT_LANGUAGE="fr"))
    assert bad_language.returncode == 2 and "LEAKBOT_LANGUAGE" in bad_language.stderr and "ja" in bad_language.stderr
    no_traceback(bad_language)


def test_directory_problems_are_sentences_not_codes(tmp_path):
    path = write_directory(tmp_path, {"office_channel": "nope", "executives": [], "departments": []})
    result = run_cli(["check"], env_for(tmp_path, LEAKBOT_DIRECTORY=path))
    assert result.returncode == 2
    assert "チャンネル ID ではありません" in result.stderr and "1 件以上のリスト" in result.stderr
    assert "required_list" not in result.stderr and "bad_channel" not in result.stderr
    english = run_cli(["check"], env_for(tmp_path, LEAKBOT_DIRECTORY=path, LEAKBOT_LANGUAGE="en"))
    assert "is not a channel ID" in english.stderr and "at least one entry" in english.stderr


def test_a_directory_saved_as_shift_jis_is_read_with_a_warning(tmp_path):
    path = tmp_path / "directory.yaml"
    path.write_bytes(yaml.safe_dump(JA_DIRECTORY, allow_unicode=True).encode("cp932"))
    result = run_cli(["check"], env_for(tmp_path, LEAKBOT_DIRECTORY=str(path)))
    assert result.returncode == 0, result.stderr
    assert "Shift_JIS" in result.stderr and "UTF-8" in result.stderr
    assert "部署 1 件" in result.stdout


def test_a_directory_saved_as_utf8_with_bom_is_read_silently(tmp_path):
    path = tmp_path / "directory.yaml"
    path.write_bytes(b"\xef\xbb\xbf" + yaml.safe_dump(JA_DIRECTORY, allow_unicode=True).encode("utf-8"))
    result = run_cli(["check"], env_for(tmp_path, LEAKBOT_DIRECTORY=str(path)))
    assert result.returncode == 0, result.stderr
    assert "Shift_JIS" not in result.stderr


def test_a_folder_where_the_directory_file_should_be(tmp_path):
    folder = tmp_path / "directory.yaml"
    folder.mkdir()  # what a container mount of a missing file leaves behind
    result = run_cli(["run"], env_for(tmp_path, LEAKBOT_DIRECTORY=str(folder), SLACK_BOT_TOKEN="xoxb-x", SLACK_APP_TOKEN="xapp-x"))
    assert result.returncode == 2
    no_traceback(result)
    assert "フォルダです" in result.stderr and str(folder) in result.stderr


def test_yaml_errors_say_line_and_column(tmp_path):
    path = tmp_path / "directory.yaml"
    path.write_text("office_channel: C0FFICE\nexecutives:\n  - UEXEC1\n departments: [\n", encoding="utf-8")
    result = run_cli(["check"], env_for(tmp_path, LEAKBOT_DIRECTORY=str(path)))
    assert result.returncode == 2
    no_traceback(result)
    assert "4 行 2 列目" in result.stderr
    english = run_cli(["check"], env_for(tmp_path, LEAKBOT_DIRECTORY=str(path), LEAKBOT_LANGUAGE="en"))
    assert "line 4, column 2" in english.stderr


def test_directory_and_playbook_problems_come_together(tmp_path):
    result = run_cli(["check"], env_for(tmp_path, LEAKBOT_DIRECTORY=str(tmp_path / "missing.yaml"),
                                        LEAKBOT_PLAYBOOKS=str(tmp_path / "no-such-folder")))
    assert result.returncode == 2
    assert "missing.yaml が見つかりません" in result.stderr and "LEAKBOT_PLAYBOOKS" in result.stderr
    assert "2 件" in result.stderr


def test_an_invalid_bot_token_stops_run_with_status_2(tmp_path, slack):
    slack.bot_token = "xoxb-the-real-one"
    env = env_for(tmp_path, slack, LEAKBOT_DIRECTORY=write_directory(tmp_path, DIRECTORY), SLACK_APP_TOKEN="xapp-1")
    result = run_cli(["run"], env)
    assert result.returncode == 2
    no_traceback(result)
    assert "invalid_auth" in result.stderr and "SLACK_BOT_TOKEN" in result.stderr


def test_an_invalid_app_token_stops_socket_mode_with_status_2(tmp_path, slack, fake_socket_mode):
    slack.app_token = "xapp-the-real-one"
    env = env_for(tmp_path, slack, LEAKBOT_DIRECTORY=write_directory(tmp_path, DIRECTORY), SLACK_APP_TOKEN="xapp-wrong",
                  LEAKBOT_LANGUAGE="en")
    result = run_cli(["run"], env)
    assert result.returncode == 2
    no_traceback(result)
    assert "app-level token" in result.stderr and "invalid_auth" in result.stderr


def closed_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def test_slack_unreachable_at_start_is_retried_and_said_once(tmp_path):
    env = env_for(tmp_path, LEAKBOT_DIRECTORY=write_directory(tmp_path, DIRECTORY),
                  SLACK_API_URL=f"http://127.0.0.1:{closed_port()}/api/", SLACK_BOT_TOKEN="xoxb-x", SLACK_APP_TOKEN="xapp-x")
    process = subprocess.Popen([*LEAKBOT, "run"], env=env, cwd=str(tmp_path), stdout=subprocess.PIPE,
                               stderr=subprocess.PIPE, text=True)
    try:
        time.sleep(4.5)  # attempts at about 0, 1, 3 s: three failures
        assert process.poll() is None, "leakbot gave up instead of retrying"
        process.send_signal(signal.SIGTERM)
        out, err = process.communicate(timeout=5)
    finally:
        if process.poll() is None:
            process.kill()
    assert process.returncode == 0
    assert "Traceback" not in err
    assert err.count("接続できません") == 1


def test_a_port_already_in_use(tmp_path, slack):
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        env = env_for(tmp_path, slack, LEAKBOT_DIRECTORY=write_directory(tmp_path, DIRECTORY), SLACK_SIGNING_SECRET="s",
                      LEAKBOT_LANGUAGE="en")
        result = run_cli(["run", "--http", "--host", "127.0.0.1", "--port", str(port)], env)
    assert result.returncode == 2
    no_traceback(result)
    assert f"Cannot listen on 127.0.0.1:{port}" in result.stderr
