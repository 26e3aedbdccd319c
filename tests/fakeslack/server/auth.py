"""``api.test``, ``auth.test`` and ``apps.connections.open`` (which hands out URLs of an
attached :class:`~tests.fakeslack.socket_mode.FakeSocketModeServer`)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .base import FakeSlackBase
from .model import ApiError

if TYPE_CHECKING:  # pragma: no cover
    from ..socket_mode import FakeSocketModeServer


class AuthAPI(FakeSlackBase):
    """Identity of the bot and the Socket Mode connection URL."""

    # ------------------------------------------------------------------ socket mode
    def attach_socket_mode(self, server: FakeSocketModeServer) -> None:
        """Make ``apps.connections.open`` hand out URLs of ``server``."""
        with self._lock:
            self._socket_server = server
            server.fake = self

    def _m_api_test(self, args: dict[str, Any]) -> dict[str, Any]:
        return {"args": {k: v for k, v in args.items()}}

    def _m_auth_test(self, args: dict[str, Any]) -> dict[str, Any]:
        return {
            "url": f"https://{self.team_domain}.slack.com/",
            "team": "Leakbot Test",
            "user": "leakbot",
            "team_id": self.team_id,
            "user_id": self.bot_user_id,
            "bot_id": self.bot_id,
            "is_enterprise_install": False,
        }

    def _m_apps_connections_open(self, args: dict[str, Any]) -> dict[str, Any]:
        if self._socket_server is None:
            self.violations.append("apps.connections.open: no FakeSocketModeServer attached to FakeSlack")
            raise ApiError("fake_socket_mode_not_attached")
        try:
            return {"url": self._socket_server.issue_url()}
        except RuntimeError:  # the socket server was stopped (test teardown): refuse quietly
            raise ApiError("fake_socket_mode_stopped") from None

