"""The single error path: whatever a listener or a middleware raises ends here.

The person gets a clear, localized answer with an error code — inline under the modal's first
field, as the slash command's ephemeral answer, or (after the ack, or for a button) as an
ephemeral message through the post-ack pool — and the log gets that code, the exception's type and
where it was raised, never its message or the request (which may carry report text). A request
no listener handles is refused with 400 (an Events API delivery is acknowledged, so Slack does not
retry it). Never a 404 after 3 s, never a traceback with data in it.
"""

from __future__ import annotations

import logging
from typing import Any

from slack_bolt import BoltRequest, BoltResponse
from slack_bolt.error import BoltUnhandledRequestError

from handlers.request import KEY, Request, error_code, where
from prompts import errors as prompts_errors
from services import replays

log = logging.getLogger(__name__)


def _kind(body: dict[str, Any]) -> str:
    if "command" in body:
        return "command"
    return str(body.get("type") or "unknown")


def on_error(error: Exception, request: BoltRequest, response: BoltResponse | None) -> BoltResponse | None:
    body = request.body if isinstance(request.body, dict) else {}
    kind = _kind(body)
    if isinstance(error, BoltUnhandledRequestError):
        log.info("no listener for a %s request", kind)
        if kind == "event_callback":
            return BoltResponse(status=200, body="") if response is not None else None
        return BoltResponse(status=400, body={"error": "unhandled request"}) if response is not None else None
    req: Request | None = request.context.get(KEY)
    if isinstance(error, replays.Replayed):
        log.info("a replayed %s request was answered as before", kind)
        if response is None or req is None or req.claim is None:
            return None if response is None else BoltResponse(status=200, body="")
        first = replays.answer_of(req.ctx, req.claim.key)
        if first is None:  # the first copy is still at work: it answers
            return BoltResponse(status=200, body="")
        status, stored = first
        return BoltResponse(status=status, body=stored.get("body") or "", headers=stored.get("headers"))
    code = error_code()
    log.error("a %s request failed: error %s, %s at %s", kind, code, type(error).__name__, where(error))
    lang = req.ctx.config.language if req is not None else "ja"
    before_ack = response is not None
    text = prompts_errors.failure_text(lang, code, after_ack=not before_ack)
    if before_ack and kind == "view_submission":
        answer = prompts_errors.view_error(body.get("view"), text)
        if answer is not None:
            return BoltResponse(status=200, body=answer)
    if before_ack and kind == "command":
        return BoltResponse(status=200, body=prompts_errors.command_answer(text))
    if req is not None and kind in ("command", "block_actions", "view_submission"):
        # An ephemeral answer from the post-ack pool: never a Slack call in front of an ack.
        req.ctx.jobs.submit(req.tell_failure, text)
    return BoltResponse(status=200, body="") if before_ack else None
