"""A local Socket Mode endpoint that slack_sdk's built-in ``SocketModeClient`` can talk to.

Intent
------
In Socket Mode the bot asks ``apps.connections.open`` (app-level ``xapp-`` token) for a
``wss://`` URL, connects, receives ``hello``, then gets *envelopes*
(``{"envelope_id", "type", "payload", "accepts_response_payload", ...}``) and must answer each
with ``{"envelope_id": ..., "payload": ...?}`` within 3 seconds.  Slack also asks clients to
reconnect (``{"type": "disconnect"}``) and connections can die without a close frame.

:class:`FakeSocketModeServer` plays Slack's side of that protocol on ``ws://127.0.0.1:PORT``
using ``websockets.sync.server``.  Attach it to a :class:`~tests.fakeslack.server.FakeSlack`
(``fake.attach_socket_mode(server)``) so ``apps.connections.open`` returns its URLs.

Findings about slack_sdk's built-in client (``slack_sdk.socket_mode.builtin``), which is what
``slack_bolt.adapter.socket_mode.SocketModeHandler`` uses:

* it connects with plain TCP for any port other than 443, so ``ws://`` works;
* it reconnects immediately when it receives a WebSocket close frame or a ``disconnect``
  message, but a connection that dies *without* a close frame is only noticed by its
  monitor thread, which runs every ``ping_interval`` seconds (Bolt's handler default: 10 s,
  the raw client's default: 5 s) — see :meth:`FakeSocketModeServer.drop_connections`.
"""

from __future__ import annotations

import json
import socket
import struct
import threading
import time
import urllib.parse
import uuid
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from websockets.exceptions import ConnectionClosed
from websockets.http11 import Request, Response
from websockets.sync.server import Server, ServerConnection, serve

if TYPE_CHECKING:  # pragma: no cover
    from .server import FakeSlack

__all__ = ["FakeSocketModeServer", "SocketModeTimeout"]

ENVELOPE_TYPES = ("slash_commands", "interactive", "events_api")


class SocketModeTimeout(TimeoutError):
    """The client did not ack an envelope (or did not connect) in time."""


@dataclass
class _Conn:
    serial: int
    ws: ServerConnection
    ticket: str
    opened_at: float
    received: list[Any] = field(default_factory=list)


@dataclass
class _Pending:
    event: threading.Event = field(default_factory=threading.Event)
    ack: dict[str, Any] | None = None


class FakeSocketModeServer:
    """Slack's side of Socket Mode, for one app.

    ``start()``/``stop()`` or use as a context manager.  Thread-safe: tests call
    :meth:`send_envelope` from the test thread while connection handlers run in their own.
    """

    def __init__(self, *, app_id: str = "A0001", host: str = "127.0.0.1", close_timeout: float = 1.0) -> None:
        self.app_id = app_id
        self._host = host
        self._close_timeout = close_timeout
        self.fake: FakeSlack | None = None
        self._server: Server | None = None
        self._thread: threading.Thread | None = None
        self._cond = threading.Condition()
        self._conns: list[_Conn] = []
        self._serial = 0
        self._tickets: set[str] = set()
        self._pending: dict[str, _Pending] = {}
        #: Every JSON message received from clients (acks and anything else), oldest first.
        self.received: list[dict[str, Any]] = []
        #: Acks by envelope_id.
        self.acks: dict[str, dict[str, Any]] = {}
        #: Handshakes refused because of an unknown ticket / wrong path.
        self.rejected_handshakes = 0

    # ------------------------------------------------------------------ lifecycle
    def start(self) -> FakeSocketModeServer:
        """Listen on 127.0.0.1:<ephemeral> in a daemon thread.  Returns ``self``."""
        if self._server is not None:
            return self
        self._server = serve(
            self._handle,
            self._host,
            0,
            process_request=self._process_request,
            compression=None,
            ping_interval=None,  # the client pings us; we only answer
            close_timeout=self._close_timeout,
            server_header="fake-slack-socket-mode",
        )
        self._thread = threading.Thread(target=self._server.serve_forever, name="fake-socket-mode", daemon=True)
        self._thread.start()
        return self

    def stop(self) -> None:
        """Close every connection (abruptly, so stop() never waits on a client) and the listener."""
        server, self._server = self._server, None
        if server is None:
            return
        self.drop_connections(reset=True)
        server.shutdown()
        if self._thread is not None:
            self._thread.join(timeout=5)
            self._thread = None

    def __enter__(self) -> FakeSocketModeServer:
        return self.start()

    def __exit__(self, *exc: Any) -> None:
        self.stop()

    @property
    def port(self) -> int:
        if self._server is None:
            raise RuntimeError("FakeSocketModeServer is not started")
        return self._server.socket.getsockname()[1]

    def issue_url(self) -> str:
        """A fresh ``ws://127.0.0.1:PORT/link/?ticket=…`` URL (what apps.connections.open returns)."""
        ticket = uuid.uuid4().hex
        with self._cond:
            self._tickets.add(ticket)
        return f"ws://{self._host}:{self.port}/link/?ticket={ticket}&app_id={self.app_id}"

    # ------------------------------------------------------------------ state
    @property
    def connection_count(self) -> int:
        """Currently open connections."""
        with self._cond:
            return len(self._conns)

    @property
    def total_connections(self) -> int:
        """Connections accepted since start (serial number of the latest one)."""
        with self._cond:
            return self._serial

    def wait_for_connection(self, timeout: float = 5.0, *, after: int = 0) -> int:
        """Block until an open connection with serial > ``after`` exists; return its serial.

        ``after=server.total_connections`` taken before a drop waits for the *re*connection.
        Raises :class:`SocketModeTimeout`.
        """
        deadline = time.monotonic() + timeout
        with self._cond:
            while True:
                fresh = [c.serial for c in self._conns if c.serial > after]
                if fresh:
                    return max(fresh)
                remaining = deadline - time.monotonic()
                if remaining <= 0:
                    raise SocketModeTimeout(
                        f"no Socket Mode connection newer than #{after} within {timeout}s "
                        f"(open: {[c.serial for c in self._conns]})")
                self._cond.wait(remaining)

    # ------------------------------------------------------------------ protocol
    def _process_request(self, ws: ServerConnection, request: Request) -> Response | None:
        parsed = urllib.parse.urlsplit(request.path)
        ticket = urllib.parse.parse_qs(parsed.query).get("ticket", [""])[0]
        with self._cond:
            known = ticket in self._tickets
        if not parsed.path.startswith("/link") or not known:
            with self._cond:
                self.rejected_handshakes += 1
            return ws.respond(401, "invalid ticket\n")
        return None

    def _handle(self, ws: ServerConnection) -> None:
        ticket = urllib.parse.parse_qs(urllib.parse.urlsplit(ws.request.path).query).get("ticket", [""])[0]
        with self._cond:
            self._serial += 1
            conn = _Conn(serial=self._serial, ws=ws, ticket=ticket, opened_at=time.monotonic())
            hello = {
                "type": "hello",
                "num_connections": len(self._conns) + 1,
                "debug_info": {
                    "host": "applink-fake-1",
                    "build_number": 1,
                    "approximate_connection_time": 18060,
                },
                "connection_info": {"app_id": self.app_id},
            }
        try:
            ws.send(json.dumps(hello))
            with self._cond:
                self._conns.append(conn)
                self._cond.notify_all()
            for raw in ws:
                self._on_client_message(conn, raw)
        except (ConnectionClosed, OSError):
            pass
        finally:
            with self._cond:
                if conn in self._conns:
                    self._conns.remove(conn)
                self._cond.notify_all()

    def _on_client_message(self, conn: _Conn, raw: str | bytes) -> None:
        try:
            message = json.loads(raw)
        except (ValueError, TypeError):
            message = {"_raw": raw if isinstance(raw, str) else raw.decode("utf-8", "replace")}
        with self._cond:
            conn.received.append(message)
            self.received.append(message)
            envelope_id = message.get("envelope_id") if isinstance(message, dict) else None
            if envelope_id:
                self.acks[envelope_id] = message
                pending = self._pending.get(envelope_id)
                if pending is not None:
                    pending.ack = message
                    pending.event.set()

    def _current(self, timeout: float) -> _Conn:
        serial = self.wait_for_connection(timeout)
        with self._cond:
            for conn in self._conns:
                if conn.serial == serial:
                    return conn
        raise SocketModeTimeout("Socket Mode connection vanished")  # pragma: no cover

    def send_envelope(
        self,
        type: str,  # noqa: A002 - Slack's field name
        payload: dict[str, Any],
        *,
        accepts_response_payload: bool | None = None,
        retry_attempt: int = 0,
        retry_reason: str = "",
        timeout: float = 5.0,
        envelope_id: str | None = None,
    ) -> dict[str, Any]:
        """Send one envelope to the newest connection and wait for the client's ack.

        ``accepts_response_payload`` defaults to True for ``slash_commands``/``interactive`` and
        False for ``events_api`` (what Slack sends).  Returns the ack
        (``{"envelope_id": …, "payload": …?}``).  Raises :class:`SocketModeTimeout` when no ack
        arrives within ``timeout``.  Acks slower than 3 s, bad ack payloads and view_submission
        ``response_action`` are judged by the attached FakeSlack (see ``FakeSlack.check_app_ack``).
        """
        if type not in ENVELOPE_TYPES:
            raise ValueError(f"envelope type must be one of {ENVELOPE_TYPES}, got {type!r}")
        if accepts_response_payload is None:
            accepts_response_payload = type != "events_api"
        envelope_id = envelope_id or str(uuid.uuid4())
        envelope = {
            "envelope_id": envelope_id,
            "type": type,
            "payload": payload,
            "accepts_response_payload": accepts_response_payload,
            "retry_attempt": retry_attempt,
            "retry_reason": retry_reason,
        }
        pending = _Pending()
        with self._cond:
            self._pending[envelope_id] = pending
        started = time.monotonic()
        try:
            conn = self._current(timeout)
            conn.ws.send(json.dumps(envelope))
            remaining = max(0.0, timeout - (time.monotonic() - started))
            if not pending.event.wait(remaining):
                raise SocketModeTimeout(f"no ack for {type} envelope {envelope_id} within {timeout}s")
        finally:
            with self._cond:
                self._pending.pop(envelope_id, None)
        elapsed = time.monotonic() - started
        ack = pending.ack or {}
        if self.fake is not None:
            kind = type
            view_id = None
            if type == "interactive":
                kind = str(payload.get("type"))
                view = payload.get("view")
                if isinstance(view, dict):
                    view_id = view.get("id")
            label = f"socket-mode {kind}"
            self.fake.check_app_ack(kind, status=200, body=ack.get("payload"), elapsed=elapsed,
                                    view_id=view_id if kind == "view_submission" else None, label=label)
        return ack

    def send_disconnect(self, reason: str = "refresh_requested") -> int:
        """Send ``{"type": "disconnect", ...}`` to every open connection (client should reconnect).

        Returns how many connections were told.
        """
        message = json.dumps({"type": "disconnect", "reason": reason,
                              "debug_info": {"host": "applink-fake-1"}})
        with self._cond:
            conns = list(self._conns)
        for conn in conns:
            try:
                conn.ws.send(message)
            except (ConnectionClosed, OSError):
                pass
        return len(conns)

    def ping(self) -> int:
        """Send a WebSocket ping on every open connection (wakes a client blocked in recv()).

        Returns how many connections were pinged.
        """
        with self._cond:
            conns = list(self._conns)
        for conn in conns:
            try:
                conn.ws.ping()
            except (ConnectionClosed, OSError, RuntimeError):
                pass
        return len(conns)

    def close_connections(self, code: int = 1001, reason: str = "going away") -> int:
        """Close every connection *politely* with a WebSocket close frame."""
        with self._cond:
            conns = list(self._conns)
        for conn in conns:
            try:
                conn.ws.close(code, reason)
            except (ConnectionClosed, OSError):
                pass
        return len(conns)

    def drop_connections(self, *, reset: bool = True) -> int:
        """Kill every connection without a WebSocket close frame (network failure).

        ``reset=True`` aborts the TCP connection (RST, via SO_LINGER=0), like a crashed proxy or
        NAT timeout; ``reset=False`` half-closes it cleanly (FIN) without a close frame.
        Returns how many connections were dropped.
        """
        with self._cond:
            conns = list(self._conns)
            self._conns.clear()
            self._cond.notify_all()
        for conn in conns:
            sock = conn.ws.socket
            try:
                if reset:
                    # Close the descriptor ourselves *before* websockets can half-close it
                    # (which would send FIN): SO_LINGER=0 + close() sends RST.
                    sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
                    sock.close()
                else:
                    sock.shutdown(socket.SHUT_RDWR)
            except OSError:
                pass
            try:
                conn.ws.close_socket()  # wake websockets' reader thread so the handler ends
            except OSError:  # pragma: no cover
                pass
        return len(conns)
