"""deploy/docker-smoke.sh cannot run here (no Docker daemon), so what can be checked is: the script passes
shellcheck, says so plainly where no daemon answers, and its fake Slack starts and answers like Slack."""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SCRIPT = ROOT / "deploy" / "docker-smoke.sh"


def _tool(name: str) -> str:
    found = shutil.which(name) or str(Path(sys.executable).parent / name)
    assert Path(found).exists(), f"{name} is missing: it comes with the test extras; run make install"
    return found


def test_the_script_passes_shellcheck():
    result = subprocess.run([_tool("shellcheck"), "--severity=info", str(SCRIPT)], capture_output=True, text=True,
                            timeout=60, check=False)
    assert result.returncode == 0, result.stdout


def test_without_a_daemon_it_says_so_and_runs_nothing(tmp_path):
    fake_bin = tmp_path / "bin"
    fake_bin.mkdir()
    calls = tmp_path / "calls"
    docker = fake_bin / "docker"
    docker.write_text(f'#!/bin/sh\necho "$@" >> {calls}\n[ "$1" = info ] && exit 1\nexit 0\n', encoding="utf-8")
    docker.chmod(0o755)
    env = {**os.environ, "PATH": f"{fake_bin}:{os.environ['PATH']}"}
    result = subprocess.run(["bash", str(SCRIPT)], env=env, capture_output=True, text=True, timeout=60, check=False)
    assert result.returncode == 2
    assert "no Docker daemon" in result.stderr
    assert calls.read_text().split() == ["info"]  # no build, no run


def test_the_smoke_tests_fake_slack_starts_and_checks_tokens():
    process = subprocess.Popen([sys.executable, str(ROOT / "deploy" / "docker-smoke-slack.py")], stdout=subprocess.PIPE,
                               stderr=subprocess.PIPE, text=True)
    try:
        url = process.stdout.readline().strip()
        assert url.startswith("http://127.0.0.1:") and url.endswith("/api/")

        def auth(token: str) -> dict:
            request = urllib.request.Request(url + "auth.test", data=b"", headers={"Authorization": f"Bearer {token}"})
            with urllib.request.urlopen(request, timeout=10) as response:
                return json.loads(response.read())

        assert auth("xoxb-smoke-good")["ok"] is True
        assert auth("xoxb-smoke-wrong")["error"] == "invalid_auth"
    finally:
        process.send_signal(signal.SIGTERM)
        assert process.wait(timeout=15) == 0
