"""One Web API request from bytes to answer: parse the form/JSON/multipart body, decode JSON
and boolean arguments, authenticate the token, apply injected faults and latency, check
scopes and required arguments, run the family's ``_m_<method>`` handler, record the call."""

from __future__ import annotations

import email.parser
import email.policy
import json
import time
import urllib.parse
from collections.abc import Mapping
from typing import Any

from .faults import FaultInjection
from .model import DROP_CONNECTION, EXTRA_BOOL_ARGS, JSON_ARGS, METHODS, ApiError, Call, Failure, parse_bool


class Dispatch(FaultInjection):
    """Turns an HTTP request to ``/api/<method>`` into a recorded :class:`Call` and its answer."""

    # ------------------------------------------------------------------ HTTP entry points
    def _parse_args(self, raw: bytes, content_type: str, query: str) -> dict[str, Any]:
        args: dict[str, Any] = {}
        if query:
            args.update({k: v[-1] for k, v in urllib.parse.parse_qs(query, keep_blank_values=True).items()})
        ctype = (content_type or "").lower()
        if raw:
            if "application/json" in ctype:
                body = json.loads(raw.decode("utf-8"))
                if not isinstance(body, dict):
                    raise ApiError("invalid_json")
                args.update(body)
            elif "multipart/form-data" in ctype:
                msg = email.parser.BytesParser(policy=email.policy.HTTP).parsebytes(
                    b"Content-Type: " + content_type.encode() + b"\r\n\r\n" + raw)
                for part in msg.iter_parts():
                    name = part.get_param("name", header="content-disposition")
                    payload = part.get_payload(decode=True) or b""
                    if part.get_filename():
                        args[name] = payload
                    else:
                        args[name] = payload.decode("utf-8")
            else:
                text = raw.decode("utf-8")
                args.update({k: v[-1] for k, v in urllib.parse.parse_qs(text, keep_blank_values=True).items()})
        return args

    def _decode_json_args(self, method: str, args: dict[str, Any]) -> None:
        for key in JSON_ARGS:
            value = args.get(key)
            if isinstance(value, str) and value.strip()[:1] in ("[", "{"):
                try:
                    args[key] = json.loads(value)
                except json.JSONDecodeError:
                    raise ApiError("invalid_blocks_format" if key == "blocks" else "invalid_arguments",
                                    response_metadata={"messages": [
                                        f"[ERROR] invalid JSON [json-pointer:/{key}]"]}) from None
            elif key == "blocks" and isinstance(value, str) and value.strip():
                raise ApiError("invalid_blocks_format")
        bools = set(METHODS.get(method, {}).get("boolean_args", [])) | EXTRA_BOOL_ARGS
        for key in bools:
            if key in args:
                args[key] = parse_bool(args[key])

    def _handle_api(self, method: str, raw: bytes, headers: Mapping[str, str], query: str
                    ) -> tuple[int, dict[str, str], bytes]:
        auth = headers.get("Authorization") or ""
        token: str | None = auth[7:].strip() if auth.lower().startswith("bearer ") else None
        status = 200
        extra_headers: dict[str, str] = {}
        args: dict[str, Any] = {}
        delay = self._latency_for(method)
        if delay:
            time.sleep(delay)  # outside the lock: a slow method does not hold up the others
        with self._lock:
            try:
                try:
                    args = self._parse_args(raw, headers.get("Content-Type") or "", query)
                except (ValueError, UnicodeDecodeError):
                    raise ApiError("invalid_form_data") from None
                form_token = args.pop("token", None)
                token = token or (str(form_token) if form_token else None)
                self._decode_json_args(method, args)
                response, status, extra_headers = self._process(method, args, token)
            except ApiError as err:
                response = {"ok": False, "error": err.error, **err.extra}
                status = err.status
            except Exception as exc:  # a bug in the fake: make it loud, never silent
                self.violations.append(f"{method}: FakeSlack internal error {exc!r}")
                response, status = {"ok": False, "error": "fatal_error"}, 500
            self.calls.append(Call(method=method, args=args, token=token, response=response,
                                   status=status, at=time.time()))
            body = json.dumps(response, ensure_ascii=False).encode("utf-8")
        out_headers = {"Content-Type": "application/json; charset=utf-8"}
        if self.scopes is not None and token and token.startswith("xoxb-"):
            out_headers["X-OAuth-Scopes"] = ",".join(sorted(self.scopes))
        out_headers.update(extra_headers)
        return status, out_headers, body

    def _process(self, method: str, args: dict[str, Any], token: str | None
                 ) -> tuple[dict[str, Any], int, dict[str, str]]:
        handler = getattr(self, "_m_" + method.replace(".", "_"), None)
        if handler is None and method not in METHODS:
            raise ApiError("unknown_method", req_method=method)
        # --- authentication
        if not token:
            raise ApiError("not_authed")
        if method == "apps.connections.open":
            if not token.startswith("xapp-"):
                raise ApiError("not_allowed_token_type")
            if self.app_token is not None and token != self.app_token:
                raise ApiError("invalid_auth")
        else:
            if token.startswith("xapp-") or token.startswith("xoxp-") or token.startswith("xoxa-"):
                raise ApiError("not_allowed_token_type")
            if not token.startswith("xoxb-") or (self.bot_token is not None and token != self.bot_token):
                raise ApiError("invalid_auth")
        # --- injected failures
        failure = self._take_failure(method, args)
        if failure is not None and not failure.perform:
            return self._failure_answer(failure)
        if handler is None:
            self.violations.append(f"{method}: not implemented by FakeSlack (the bot called it)")
            raise ApiError("fake_method_not_implemented")
        # --- generic scope check (conversations.* narrow it further in their handlers)
        if method != "apps.connections.open" and not method.startswith("conversations."):
            self._require_scopes(method)
        # --- required arguments
        for name in METHODS.get(method, {}).get("required", []):
            value = args.get(name)
            if value is None or (isinstance(value, str) and value.strip() == ""):
                raise self._missing_arg_error(method, name)
        result = handler(args)
        if failure is not None:  # done, but the answer is lost
            return self._failure_answer(failure)
        result = {"ok": True, **result}
        return result, 200, {}

    @staticmethod
    def _failure_answer(failure: Failure) -> tuple[dict[str, Any], int, dict[str, str]]:
        """An injected failure's answer; status 0 = close the connection without one."""
        headers: dict[str, str] = {}
        if failure.drop:
            return {"ok": False, "error": failure.error}, DROP_CONNECTION, headers
        if failure.status == 429:
            headers["Retry-After"] = str(failure.retry_after)
        return {"ok": False, "error": failure.error}, failure.status, headers

    @staticmethod
    def _missing_arg_error(method: str, name: str) -> ApiError:
        special = {
            "channel": "channel_not_found",
            "channel_id": "channel_not_found",
            "user": "user_not_found",
            "users": "no_user",
            "name": "invalid_name_required",
            "timestamp": "no_item_specified",
            "ts": "message_not_found",
        }
        if name in special and not method.startswith("views."):
            return ApiError(special[name])
        return ApiError("invalid_arguments",
                         response_metadata={"messages": [f"[ERROR] missing required field: {name}"]})

