"""What one Slack request is about, resolved once: the use-case context, who is asking, the
incident it concerns and the asker's rights.

``ResolveRequest`` (a Bolt middleware) builds a ``Request`` for every request and puts it in
Bolt's context; listeners take it with ``request_of(context)``. Nothing is looked up before it is
needed: the incident (a database read) and the viewer (Slack memberships, cached) are resolved on
first use, so a listener that acks first still does no slow work before its ack.

``ReplayGuard`` (a Bolt middleware too) makes every modal submission and button press idempotent:
a copy of a request already handled is answered with the first answer and runs nothing (see
``services.replays``): a submission is claimed by the transaction of its first change, a button
press (whose ack is always empty) when its post-ack work starts. Requests whose user is not a
Slack user ID are refused here, once, for every listener.
"""

from __future__ import annotations

import hashlib
import json
import logging
import secrets
import traceback
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from slack_bolt import Ack, BoltContext, BoltRequest, BoltResponse
from slack_bolt.middleware import Middleware

from domain.access import IncidentPeople, Viewer
from domain.directory import is_user_id
from domain.incidents import parse_public_id
from handlers import parse
from prompts.i18n import t
from services import access, incidents, replays
from services.context import Context
from services.incidents import Incident

log = logging.getLogger(__name__)

#: Where the request lives in Bolt's context.
KEY = "leakbot_request"

Rule = Callable[[IncidentPeople, Viewer], bool]

#: Requests a person makes: they must name a valid Slack user.
PERSONAL = ("view_submission", "block_actions")


def first_action(body: dict[str, Any]) -> dict[str, Any]:
    """The pressed element of a ``block_actions`` request ({} when the payload has none)."""
    actions = body.get("actions")
    action = actions[0] if isinstance(actions, list) and actions else None
    return action if isinstance(action, dict) else {}


def _incident_ref(body: dict[str, Any]) -> str | None:
    """The incident a request names: a modal's metadata, or the value of the pressed button."""
    if body.get("type") == "view_submission":
        ref = parse.metadata(body.get("view") or {}).get("incident", "")
        return parse_public_id(ref) if isinstance(ref, str) and ref else None
    if body.get("type") == "block_actions":
        value = first_action(body).get("value")
        return parse_public_id(value) if isinstance(value, str) and value else None
    return None


def user_of(body: dict[str, Any]) -> str:
    """The Slack user ID of the person asking, or "" when the payload names none (or no valid one)."""
    user = body.get("user")
    raw = user.get("id") if isinstance(user, dict) else body.get("user_id")
    return raw if isinstance(raw, str) and is_user_id(raw) else ""


def _channel_of(body: dict[str, Any]) -> str | None:
    channel = body.get("channel")
    raw = channel.get("id") if isinstance(channel, dict) else body.get("channel_id")
    return raw if isinstance(raw, str) and raw else None


def _digest(*parts: Any) -> str:
    return hashlib.sha256(json.dumps(parts, sort_keys=True, ensure_ascii=True, default=str).encode()).hexdigest()


def replay_key(body: dict[str, Any]) -> str | None:
    """What makes an interactive request the same request (None: not one that is deduplicated).

    A modal submission: its view ID and hash and the submitted state (a corrected resubmission of
    the same view is a new request). A button or menu: the element, the message (or view) it is in
    and Slack's ``action_ts``, which differs for every press. Both include the user.
    """
    kind = body.get("type")
    if kind == "view_submission":
        view = body.get("view")
        if not isinstance(view, dict) or not isinstance(view.get("id"), str):
            return None
        return _digest("view", user_of(body), view["id"], view.get("hash"), parse.values(view))
    if kind == "block_actions":
        action = first_action(body)
        if not action.get("action_ts"):
            return None
        container = body.get("container")
        place = (container.get("message_ts") or container.get("view_id")) if isinstance(container, dict) else None
        return _digest(
            "action", user_of(body), action.get("action_id"), action.get("block_id"), place, action.get("action_ts"),
            action.get("value"), action.get("selected_option"), action.get("selected_date"),
        )
    return None


@dataclass
class Request:
    ctx: Context
    body: dict[str, Any]
    #: The incident reference found in the request (None: the request names none).
    incident_ref: str | None = None
    #: The channel the request came from (a button in a channel, a slash command).
    channel: str | None = None
    #: Bolt's ``respond`` (the request's response_url), for telling the person about a failure.
    respond: Callable[..., Any] | None = None
    #: A button press's replay key, claimed by the post-ack work (``ReplayGuard``).
    replay_key: str | None = None
    #: A modal submission's claim, taken by the transaction of its first change (``services.replays``).
    claim: replays.Claim | None = None
    _found: dict[str, Any] = field(default_factory=dict)

    @property
    def user(self) -> str:
        return user_of(self.body)

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
            # Membership comes from Slack (cached), never from the channel the payload claims.
            self._found["viewer"] = access.viewer(self.ctx, self.user, incident) if incident else None
        return self._found["viewer"]

    @property
    def language(self) -> str:
        """The incident's language, or the organization's when there is no incident."""
        return self.incident.language if self.incident else self.ctx.config.language

    def allows(self, rule: Rule) -> bool:
        """The request names an incident and the asker may do what ``rule`` guards on it."""
        incident, viewer = self.incident, self.viewer
        return incident is not None and viewer is not None and rule(access.people(incident), viewer)

    def first_press(self) -> bool:
        """Claim a button press's replay key (after its ack): False for a copy of a press already
        claimed, whose work must not run again."""
        if self.replay_key is None:  # not a button press, or this press was claimed already
            return True
        if not replays.begin(self.ctx, self.replay_key).first:
            log.info("a replayed button press was ignored")
            return False
        self.replay_key = None  # claimed: the rest of this press's work (an answer, say) runs
        return True

    def after_ack(self, fn: Callable[..., object], *args: Any, **kwargs: Any) -> None:
        """The one hook for work after the ack: it runs on the post-ack job pool, never in front of an ack."""
        self.ctx.jobs.submit(self._guarded, fn, args, kwargs)

    def _guarded(self, fn: Callable[..., object], args: tuple[Any, ...], kwargs: dict[str, Any]) -> None:
        """Post-ack work that fails is logged with an error code (no message, no data) and the person
        is told, with that code; what was persisted before the ack is found again by the sweep.

        A button press (all of whose work is here, after its empty ack) is claimed here rather than
        in front of the ack: a copy of a press already claimed runs nothing."""
        token = replays.bind(self.claim)
        try:
            if not self.first_press():
                return
            fn(*args, **kwargs)
        except replays.Replayed:
            log.info("the work of a replayed submission was not done again")
        except Exception as error:  # noqa: BLE001 - the single error path for work after the ack
            code = error_code()
            log.error("work after the ack failed: error %s, %s at %s", code, type(error).__name__, where(error))
            self.tell_failure(t(self.ctx.config.language, "error.unexpected_after", code=code))
        finally:
            replays.unbind(token)

    def tell_failure(self, text: str) -> None:
        try:
            if self.respond is not None:
                self.respond(text=text, response_type="ephemeral", replace_original=False)
            elif self.channel and self.user:
                self.ctx.slack.ephemeral(self.channel, self.user, text)
        except Exception as exc:  # noqa: BLE001 - the answer about a failure must not fail loudly itself
            log.warning("could not tell a person about a failure: %s", type(exc).__name__)


def error_code() -> str:
    """A short code a person can quote and an operator can find in the log."""
    return f"E{secrets.token_hex(4).upper()}"


def where(error: BaseException) -> str:
    """Where ``error`` was raised, as ``file:line in function`` frames (no values, no message), with
    the types of the exceptions it was raised from."""
    frames = traceback.extract_tb(error.__traceback__)[-4:]
    place = " < ".join(f"{f.filename.rsplit('/', 1)[-1]}:{f.lineno} in {f.name}" for f in reversed(frames))
    chain: list[str] = []
    cause = error.__cause__ or error.__context__
    while cause is not None and len(chain) < 3:
        chain.append(type(cause).__name__)
        cause = cause.__cause__ or cause.__context__
    return place + (f" (from {', '.join(chain)})" if chain else "")


class ResolveRequest(Middleware):
    """Puts a ``Request`` for every incoming request into Bolt's context."""

    def __init__(self, ctx: Context):
        self.ctx = ctx

    def process(self, *, req: BoltRequest, resp: BoltResponse, next: Callable[[], BoltResponse]) -> BoltResponse:  # noqa: A002
        body = req.body if isinstance(req.body, dict) else {}
        req.context[KEY] = Request(
            self.ctx, body, incident_ref=_incident_ref(body), channel=_channel_of(body), respond=req.context.respond
        )
        if body.get("type") in PERSONAL or "command" in body:
            if not user_of(body):
                log.warning("refused a %s request without a valid user", body.get("type") or "command")
                return BoltResponse(status=400, body={"error": "invalid user"})
        return next()


class StickyAck(Ack):
    """Bolt's ``ack`` whose answer, once given, stays the answer: Bolt clears ``response`` when a
    listener fails after acking, and a request whose ack it had not yet picked up (it polls every
    10 ms) then waited out the 3 s and answered 404."""

    def __init__(self) -> None:
        self._answer: BoltResponse | None = None
        super().__init__()

    @property  # type: ignore[override]
    def response(self) -> BoltResponse | None:
        return self._answer

    @response.setter
    def response(self, value: BoltResponse | None) -> None:
        if value is not None or self._answer is None:
            self._answer = value


class RememberingAck(StickyAck):
    """A ``StickyAck`` that also stores its answer for replays of the same request."""

    def __init__(self, ctx: Context, key: str):
        super().__init__()
        self.ctx, self.key = ctx, key

    def __call__(self, *args: Any, **kwargs: Any) -> BoltResponse:
        if kwargs.get("response_action") == "errors":
            # A refusal may be a copy of a request that succeeded (the phase it moved is moved now):
            # one read, on this rare path only, and the copy is answered as the first was.
            try:
                first = replays.answer_of(self.ctx, self.key, wait=0)
            except Exception as exc:  # noqa: BLE001 - without the database the refusal itself is the answer
                log.warning("could not look up an earlier answer: %s", type(exc).__name__)
                first = None
            if first is not None:
                log.info("a replayed submission was answered as before")
                status, stored = first
                self.response = BoltResponse(status=status, body=stored.get("body") or "", headers=stored.get("headers"))
                return self.response
        answer = super().__call__(*args, **kwargs)
        try:
            # After the answer is set (Bolt returns it meanwhile). Kept only where the request's
            # transaction claimed the key: a refusal that changed nothing leaves no claim.
            replays.remember(self.ctx, self.key, answer.status, {"body": answer.body, "headers": answer.headers})
        except Exception as exc:  # noqa: BLE001 - the ack is already given; a lost answer only weakens replay protection
            log.warning("could not keep the answer of a request: %s", type(exc).__name__)
        return answer


class ReplayGuard(Middleware):
    """Marks modal submissions and button presses with their replay key, without touching the
    database: a submission's transaction claims its key (a copy that would change something is
    rolled back and answered as the first), a copy refused inline is answered as the first
    (``RememberingAck``), and a button's post-ack work claims its own."""

    def __init__(self, ctx: Context):
        self.ctx = ctx

    def process(self, *, req: BoltRequest, resp: BoltResponse, next: Callable[[], BoltResponse]) -> BoltResponse:  # noqa: A002
        key = replay_key(req.body) if isinstance(req.body, dict) else None
        request: Request | None = req.context.get(KEY)
        if key is None or request is None:
            req.context["ack"] = StickyAck()
        elif req.body.get("type") == "block_actions":
            # A button's ack is always empty and all its work comes after it: claimed there.
            request.replay_key = key
            req.context["ack"] = StickyAck()
        else:
            request.claim = replays.Claim(key)
            req.context["ack"] = RememberingAck(self.ctx, key)
        return next()


def request_of(context: BoltContext) -> Request:
    """The request, from the listener's own thread: its transactions are bound to the request's claim."""
    request: Request = context[KEY]
    replays.bind(request.claim)
    return request
