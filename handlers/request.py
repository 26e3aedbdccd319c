"""What one Slack request is about, resolved once: the use-case context, who is asking, the
incident it concerns and the asker's rights.

``ResolveRequest`` (a Bolt middleware) builds a ``Request`` for every request and puts it in
Bolt's context; listeners take it with ``request_of(context)``. Nothing is looked up before it is
needed: the incident (a database read) and the viewer (Slack memberships, cached) are resolved on
first use, so a listener that acks first still does no slow work before its ack.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from slack_bolt import BoltContext, BoltRequest, BoltResponse
from slack_bolt.middleware import Middleware

from domain.access import IncidentPeople, Viewer
from domain.incidents import parse_public_id
from handlers import parse
from services import access, incidents
from services.context import Context
from services.incidents import Incident

#: Where the request lives in Bolt's context.
KEY = "leakbot_request"

Rule = Callable[[IncidentPeople, Viewer], bool]


def _incident_ref(body: dict[str, Any]) -> str | None:
    """The incident a request names: a modal's metadata, or the value of the pressed button."""
    if body.get("type") == "view_submission":
        return str(parse.metadata(body.get("view") or {}).get("incident", ""))
    if body.get("type") == "block_actions":
        value = str((body.get("actions") or [{}])[0].get("value") or "")
        return parse_public_id(value) if value else None
    return None


@dataclass
class Request:
    ctx: Context
    body: dict[str, Any]
    #: The incident reference found in the request (None: the request names none).
    incident_ref: str | None = None
    #: The channel the request came from (a button in a channel, a slash command).
    channel: str | None = None
    _found: dict[str, Any] = field(default_factory=dict)

    @property
    def user(self) -> str:
        user = self.body.get("user")
        return str(user["id"]) if isinstance(user, dict) else str(self.body.get("user_id", ""))

    @property
    def metadata(self) -> dict[str, Any]:
        return parse.metadata(self.body.get("view") or {})

    @property
    def incident(self) -> Incident | None:
        if "incident" not in self._found:
            self._found["incident"] = incidents.find(self.ctx, self.incident_ref) if self.incident_ref else None
        return self._found["incident"]

    def use_incident(self, incident: Incident | None) -> None:
        """The request turned out to be about ``incident`` (a task's, a typed ID's): rights are checked on it."""
        self._found = {"incident": incident}

    @property
    def viewer(self) -> Viewer | None:
        if "viewer" not in self._found:
            incident = self.incident
            self._found["viewer"] = access.viewer(self.ctx, self.user, incident, in_channel=self.channel) if incident else None
        return self._found["viewer"]

    @property
    def language(self) -> str:
        """The incident's language, or the organization's when there is no incident."""
        return self.incident.language if self.incident else self.ctx.config.language

    def allows(self, rule: Rule) -> bool:
        """The request names an incident and the asker may do what ``rule`` guards on it."""
        incident, viewer = self.incident, self.viewer
        return incident is not None and viewer is not None and rule(access.people(incident), viewer)

    def after_ack(self, fn: Callable[..., object], *args: Any, **kwargs: Any) -> None:
        """The one hook for work after the ack: it runs on the post-ack job pool, never in front of an ack."""
        self.ctx.jobs.submit(fn, *args, **kwargs)


class ResolveRequest(Middleware):
    """Puts a ``Request`` for every incoming request into Bolt's context."""

    def __init__(self, ctx: Context):
        self.ctx = ctx

    def process(self, *, req: BoltRequest, resp: BoltResponse, next: Callable[[], BoltResponse]) -> BoltResponse:  # noqa: A002
        body = req.body if isinstance(req.body, dict) else {}
        channel = (body.get("channel") or {}).get("id") if isinstance(body.get("channel"), dict) else body.get("channel_id")
        req.context[KEY] = Request(self.ctx, body, incident_ref=_incident_ref(body), channel=channel)
        return next()


def request_of(context: BoltContext) -> Request:
    return context[KEY]
