"""HTTP plumbing: a threading server on 127.0.0.1 that routes ``/api/<method>``,
``/upload/<file_id>`` and ``/response/<id>`` to the fake and writes its answer back."""

from __future__ import annotations

import socket
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # pragma: no cover
    from . import FakeSlack


class FakeHTTPServer(ThreadingHTTPServer):
    daemon_threads = True
    allow_reuse_address = True
    # socketserver's default listen backlog of 5 drops connections when a bot opens dozens at
    # once (a burst of reports); the client then waits a second for its SYN to be retried.
    request_queue_size = 128
    fake: FakeSlack


class RequestHandler(BaseHTTPRequestHandler):
    """Routes ``/api/<method>``, ``/upload/<file_id>`` and ``/response/<id>`` to the fake."""

    protocol_version = "HTTP/1.1"
    server: FakeHTTPServer

    def setup(self) -> None:
        super().setup()
        # Headers and body go out in separate writes; without TCP_NODELAY keep-alive clients
        # (httpx) stall ~40 ms per request on Nagle + delayed ACK.
        self.connection.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)

    def log_message(self, format: str, *args: Any) -> None:  # noqa: A002 - stdlib signature
        pass

    def do_GET(self) -> None:  # noqa: N802 - stdlib naming
        self._dispatch()

    def do_POST(self) -> None:  # noqa: N802 - stdlib naming
        self._dispatch()

    def _dispatch(self) -> None:
        length = int(self.headers.get("Content-Length") or 0)
        raw = self.rfile.read(length) if length > 0 else b""
        path, _, query = self.path.partition("?")
        fake = self.server.fake
        try:
            if path.startswith("/api/"):
                status, headers, body = fake._handle_api(path[len("/api/"):], raw, self.headers, query)
            elif path.startswith("/upload/"):
                status, headers, body = fake._handle_upload(path[len("/upload/"):], raw)
            elif path.startswith("/response/"):
                status, headers, body = fake._handle_response_url(path[len("/response/"):], raw)
            else:
                status, headers, body = 404, {"Content-Type": "text/plain"}, b"not found"
        except Exception as exc:  # pragma: no cover - a bug in the fake itself
            fake._record_violation(f"fake Slack crashed handling {path}: {exc!r}")
            status, headers, body = 500, {"Content-Type": "application/json"}, b'{"ok":false,"error":"fatal_error"}'
        if status == 0:  # an injected dropped connection: no answer at all
            self.close_connection = True
            return
        self.send_response(status)
        for key, value in headers.items():
            self.send_header(key, value)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)
