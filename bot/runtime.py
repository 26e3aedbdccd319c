"""Running the bot as a service: check Slack before serving, serve (HTTP or Socket Mode, with the
probe endpoints), and stop gracefully on SIGTERM/SIGINT.

Stopping: stop taking requests (HTTP: the listening socket stops accepting; Socket Mode: the
websocket is closed), let requests in progress and the work they started after their ack finish,
stop the sweep's scheduler (waiting for a running sweep), then return so the process exits 0 —
all within ``STOP_BUDGET`` seconds, well inside the 10 s that Docker and Kubernetes allow.
"""

from __future__ import annotations

import logging
import signal
import threading
import time
from collections.abc import Callable

from bot.preflight import SetupFailed
from bot.settings import Settings
from prompts.i18n import t

log = logging.getLogger("leakbot")

#: Seconds the whole graceful stop may take.
STOP_BUDGET = 4.0
#: How often the main thread looks whether a stop was requested.
WAKE_INTERVAL = 0.2
#: Codes of ``auth.test`` that mean the token itself is wrong (trying again cannot help).
TOKEN_ERRORS = frozenset({"invalid_auth", "not_authed", "account_inactive", "token_revoked", "token_expired",
                          "not_allowed_token_type", "invalid_token"})


class Stopped(Exception):
    """A stop was requested before the bot was ready to serve."""


class PortUnavailable(Exception):
    def __init__(self, host: str, port: int, reason: str):
        super().__init__(f"{host}:{port}: {reason}")
        self.host, self.port, self.reason = host, port, reason


def install_stop_signals(stop: threading.Event) -> None:
    """SIGTERM (docker stop, Kubernetes) and SIGINT (Ctrl-C) ask for a graceful stop."""

    def handler(signum, _frame):
        stop.set()

    for sig in (signal.SIGTERM, signal.SIGINT):
        signal.signal(sig, handler)


def verify_slack(settings: Settings, lang: str, say: Callable[[str], None], stop: threading.Event,
                 *, max_pause: float = 30.0) -> str:
    """``auth.test`` until Slack answers; returns the bot's user ID.

    A refused token is a set-up mistake (``SetupFailed``, exit 2). While Slack cannot be reached
    the call is retried with doubling pauses (up to ``max_pause``); the operator is told once.
    """
    from bot.slack import SlackFailure, SlackGateway, make_client

    gateway = SlackGateway(make_client(settings.slack_bot_token, settings.slack_api_url))
    pause, told = 1.0, False
    while True:
        try:
            return str(gateway.call("auth.test")["user_id"])
        except SlackFailure as failure:
            if failure.code in TOKEN_ERRORS:
                raise SetupFailed([t(lang, "cli.slack.invalid_token", code=failure.code)], exit_code=2) from None
            if not failure.retryable:
                raise SetupFailed([t(lang, "cli.slack.failed", method="auth.test", code=failure.code)], exit_code=1) from None
        if not told:
            say(t(lang, "cli.slack.unreachable", url=settings.slack_api_url))
            told = True
        if stop.wait(pause):
            raise Stopped
        pause = min(pause * 2, max_pause)


def verify_app_token(settings: Settings, lang: str) -> None:
    """Socket Mode: Slack must accept the app-level token (``apps.connections.open``)."""
    from slack_sdk import WebClient
    from slack_sdk.errors import SlackApiError, SlackClientError

    try:
        WebClient(base_url=settings.slack_api_url, timeout=15).apps_connections_open(app_token=settings.slack_app_token)
    except SlackApiError as exc:
        code = str(exc.response.get("error") or f"http_{exc.response.status_code}")
        if code in TOKEN_ERRORS:
            raise SetupFailed([t(lang, "cli.slack.invalid_app_token", code=code)], exit_code=2) from None
        log.warning("apps.connections.open answered %s; the Socket Mode client will retry", code)
    except (SlackClientError, OSError) as exc:  # Slack went away again: the Socket Mode client retries
        log.warning("apps.connections.open failed: %s", type(exc).__name__)


def _remaining(deadline: float) -> float:
    return max(0.0, deadline - time.monotonic())


def _join(target: Callable[[], object], deadline: float) -> bool:
    """Run a blocking shutdown step, but give up waiting for it at ``deadline``; True if it finished."""
    worker = threading.Thread(target=target, daemon=True)
    worker.start()
    worker.join(_remaining(deadline))
    return not worker.is_alive()


class ProbeServer:
    """A waitress server in a thread that can stop accepting, drain, and close."""

    def __init__(self, application, host: str, port: int, threads: int):
        from waitress.server import create_server

        try:
            self.server = create_server(application, host=host, port=port, threads=threads, asyncore_loop_timeout=0.1)
        except OSError as exc:
            raise PortUnavailable(host, port, exc.strerror or type(exc).__name__) from None
        self.port = self.server.effective_port
        self.thread = threading.Thread(target=self._serve, name="http", daemon=True)

    def start(self) -> ProbeServer:
        self.thread.start()
        return self

    def _serve(self) -> None:
        try:
            self.server.run()
        except OSError:  # the listening socket was closed under select(): normal shutdown
            pass

    def stop_accepting(self) -> None:
        self.server.accepting = False  # readable() is now false: no new connection is accepted

    def drain_and_close(self, deadline: float) -> None:
        server = self.server
        server.task_dispatcher.shutdown(cancel_pending=False, timeout=_remaining(deadline))
        while _remaining(deadline) and any(getattr(d, "total_outbufs_len", 0) for d in list(server._map.values())):
            time.sleep(0.02)
        for dispatcher in list(server._map.values()):
            dispatcher.close()
        self.thread.join(_remaining(deadline))


def serve(bot, settings: Settings, scheduler, *, lang: str, http: bool, host: str, port: int,
          stop: threading.Event, say: Callable[[str], None]) -> bool:
    """Serve until ``stop`` is set, then stop gracefully; False when work was still running at the
    end of the stop budget (the caller exits without waiting for those threads)."""
    from bot import metrics
    from bot.health import Readiness, slack_token_check
    from bot.web import probes_app, wsgi_app

    readiness = Readiness(bot.ctx.engine, slack_token_check(bot.ctx.slack), lambda: bool(scheduler.running))

    def exposition() -> bytes:
        return metrics.render(bot.ctx.engine, bot.ctx.now)

    servers: list[ProbeServer] = []
    socket_handler = None
    if http:
        servers.append(ProbeServer(wsgi_app(bot.app, readiness, exposition, stop.is_set), host, port, threads=8).start())
        say(t(lang, "cli.run.listening", host=host, port=servers[0].port))
    else:
        from slack_bolt.adapter.socket_mode import SocketModeHandler

        if settings.leakbot_health_port:
            servers.append(ProbeServer(probes_app(readiness, exposition, stop.is_set), host,
                                       settings.leakbot_health_port, threads=2).start())
            say(t(lang, "cli.run.health", host=host, port=servers[0].port))
        say(t(lang, "cli.run.socket"))
        socket_handler = SocketModeHandler(bot.app, settings.slack_app_token, web_client=bot.app.client)
        socket_handler.connect()
    # A timed wait, not stop.wait(): the kernel may hand SIGTERM to any thread, and then nothing
    # interrupts an untimed wait of the main thread, so Python's handler would never run.
    while not stop.wait(WAKE_INTERVAL):
        pass

    say(t(lang, "cli.run.stopping"))
    deadline = time.monotonic() + STOP_BUDGET
    for server in servers:
        server.stop_accepting()
    if socket_handler is not None:
        _join(socket_handler.close, deadline)
    for server in servers:
        server.drain_and_close(deadline)
    # Listeners still running finish (they ack and hand their slow part to the post-ack pool) ...
    drained = _join(lambda: bot.app.listener_runner.listener_executor.shutdown(wait=True), deadline)
    # ... then the post-ack work (opening a modal, mobilizing, deliveries) finishes ...
    drained = bot.jobs.wait_idle(timeout=_remaining(deadline)) and drained
    bot.jobs.shutdown(wait=False)
    # ... and a sweep in progress.
    drained = _join(lambda: scheduler.shutdown(wait=True), deadline) and drained
    bot.ctx.engine.dispose()
    if not drained:
        log.warning("work still running after %.0f s was abandoned; the sweep resumes what was persisted",
                    STOP_BUDGET)
    say(t(lang, "cli.run.stopped"))
    return drained
