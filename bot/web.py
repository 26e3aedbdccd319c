"""HTTP endpoints: ``POST /slack/events`` for everything Slack sends (HTTP mode), and for probes and
monitoring ``GET /healthz`` (alive), ``GET /readyz`` (able to work) and ``GET /metrics``
(Prometheus). In Socket Mode the same probe endpoints are served on ``LEAKBOT_HEALTH_PORT``."""

from __future__ import annotations

import json
import logging
from collections.abc import Callable, Iterable

from slack_bolt import App
from slack_bolt.adapter.wsgi import SlackRequestHandler

EVENTS_PATH = "/slack/events"
HEALTH_PATH = "/healthz"
READY_PATH = "/readyz"
METRICS_PATH = "/metrics"

log = logging.getLogger(__name__)


def _plain(start_response, status: str, body: bytes, content_type: str = "text/plain; charset=utf-8") -> list[bytes]:
    start_response(status, [("Content-Type", content_type), ("Content-Length", str(len(body)))])
    return [body]


def probes_app(readiness=None, metrics: Callable[[], bytes] | None = None,
               stopping: Callable[[], bool] = lambda: False, fallback=None):
    """A WSGI app for the probe endpoints; anything else goes to ``fallback`` (or is a 404)."""

    def application(environ, start_response) -> Iterable[bytes]:
        path = environ.get("PATH_INFO", "")
        method = environ.get("REQUEST_METHOD")
        if method in ("GET", "HEAD") and path == HEALTH_PATH:
            return _plain(start_response, "200 OK", b"ok")
        if method in ("GET", "HEAD") and path == READY_PATH:
            checks = readiness.checks() if readiness is not None else {}
            checks["accepting"] = not stopping()
            ok = all(checks.values())
            body = json.dumps({"ready": ok, "checks": checks}, sort_keys=True).encode()
            return _plain(start_response, "200 OK" if ok else "503 Service Unavailable", body, "application/json")
        if method in ("GET", "HEAD") and path == METRICS_PATH and metrics is not None:
            from bot.metrics import CONTENT_TYPE

            return _plain(start_response, "200 OK", metrics(), CONTENT_TYPE)
        if fallback is not None:
            return fallback(environ, start_response)
        return _plain(start_response, "404 Not Found", b"not found")

    return application


def wsgi_app(app: App, readiness=None, metrics: Callable[[], bytes] | None = None,
             stopping: Callable[[], bool] = lambda: False):
    """HTTP mode: Slack's requests plus the probe endpoints."""
    bolt = SlackRequestHandler(app, path=EVENTS_PATH)

    def slack_or_404(environ, start_response) -> Iterable[bytes]:
        if environ.get("PATH_INFO", "") == EVENTS_PATH:
            if stopping():
                # Draining: Slack retries a request that is not acknowledged, and the other replica takes it.
                return _plain(start_response, "503 Service Unavailable", b"stopping")
            try:
                return bolt(environ, start_response)
            except Exception as exc:  # noqa: BLE001 - e.g. a ``payload`` that is not JSON, a body that is no object
                # Bolt parses the body before anything else (even the signature): refuse it, log no part of it.
                log.warning("refused a request Bolt could not read: %s", type(exc).__name__)
                return _plain(start_response, "400 Bad Request", b"bad request")
        return _plain(start_response, "404 Not Found", b"not found")

    return probes_app(readiness, metrics, stopping, fallback=slack_or_404)
