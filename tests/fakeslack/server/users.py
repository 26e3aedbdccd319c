"""``users.info`` and ``users.lookupByEmail``; seeding (:meth:`add_user`) and :meth:`user`."""

from __future__ import annotations

from typing import Any

from .base import FakeSlackBase
from .model import ApiError, User


class UsersAPI(FakeSlackBase):
    """Workspace members."""

    def add_user(
        self,
        user_id: str,
        email: str | None = None,
        name: str | None = None,
        locale: str = "ja-JP",
        is_bot: bool = False,
        tz: str = "Asia/Tokyo",
        *,
        real_name: str | None = None,
    ) -> dict[str, Any]:
        """Add a workspace member; returns its ``users.info`` shape."""
        with self._lock:
            user = User(id=user_id, name=name or user_id.lower(), email=email, locale=locale,
                         is_bot=is_bot, tz=tz, real_name=real_name or name or user_id.lower())
            self._users[user_id] = user
            return user.to_api(self.team_id, include_locale=True)

    def user(self, user_id: str) -> dict[str, Any] | None:
        """``users.info`` shape (with ``locale``) of a known user, or None."""
        with self._lock:
            user = self._users.get(user_id)
            return user.to_api(self.team_id, include_locale=True) if user else None

    # ------------------------------------------------------------------ users
    def _m_users_lookupByEmail(self, args: dict[str, Any]) -> dict[str, Any]:  # noqa: N802
        email_arg = str(args.get("email", "")).strip().lower()
        for user in self._users.values():
            if user.email and user.email.lower() == email_arg and not user.deleted:
                return {"user": user.to_api(self.team_id, include_locale=False)}
        raise ApiError("users_not_found")

    def _m_users_info(self, args: dict[str, Any]) -> dict[str, Any]:
        user = self._users.get(str(args.get("user")))
        if user is None:
            raise ApiError("user_not_found")
        return {"user": user.to_api(self.team_id, include_locale=bool(args.get("include_locale")))}

