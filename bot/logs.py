"""Logging set-up: plain lines, or one JSON object per line (``LEAKBOT_LOG_FORMAT=json``).

Log records carry IDs, codes and counts only; report text never reaches a log call. Other
libraries do not promise as much, so every record is made safe when it is *created*
(``guard_records``, a log-record factory: whatever handler, level or format is configured, and in
both modes):

- the Slack libraries' loggers (Bolt logs a bad signature's whole body at INFO; slack_sdk logs
  every request and response at DEBUG; the Socket Mode client logs envelopes) are held at WARNING,
  and any record of theirs below WARNING, or that embeds a payload, is withheld;
- an exception attached to any record (``log.exception``, waitress' "Exception while serving",
  APScheduler's "Job raised an exception") keeps its type and frames but not its message, which
  may quote data (a database error's parameters, a value); Slack failures and OS errors, whose
  messages are codes, keep theirs;
- SQLAlchemy never renders bound parameters (``storage.db.make_engine``: ``hide_parameters``).
"""

from __future__ import annotations

import json
import logging
import traceback
from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any

from services.ports import SlackFailure

#: Loggers that print request and response bodies: report text must never reach logs.
PAYLOAD_LOGGERS = ("slack_bolt", "slack_sdk", "slack_bolt.App")
#: Exceptions whose message is a code or a system error, never data: shown in logs.
SAFE_MESSAGES: tuple[type[BaseException], ...] = (SlackFailure, OSError)
WITHHELD = "(withheld: may carry request data)"
_PAYLOAD_MARKS = ("{", "body", "payload", "envelope")
_extra_payload_loggers: set[str] = set()

#: Attributes every LogRecord has; anything else was passed with ``extra=`` and is kept as a field.
_STANDARD = set(vars(logging.LogRecord("", 0, "", 0, "", None, None))) | {"message", "asctime"}


class JsonFormatter(logging.Formatter):
    def format(self, record: logging.LogRecord) -> str:
        entry = {
            "time": datetime.fromtimestamp(record.created, UTC).isoformat(timespec="milliseconds"),
            "level": record.levelname,
            "logger": record.name,
            "message": record.getMessage(),
        }
        entry.update({k: v for k, v in vars(record).items() if k not in _STANDARD and not k.startswith("_")})
        if record.exc_info:
            entry["exception"] = self.formatException(record.exc_info)
        elif record.exc_text:
            entry["exception"] = record.exc_text
        return json.dumps(entry, ensure_ascii=False, default=str)


def configure(fmt: str = "text", level: int = logging.INFO) -> None:
    handler = logging.StreamHandler()
    if fmt == "json":
        handler.setFormatter(JsonFormatter())
    else:
        handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger()
    root.handlers[:] = [handler]
    root.setLevel(level)
    hush_payload_loggers()
    guard_records()


def _is_payload_logger(name: str) -> bool:
    return name in _extra_payload_loggers or any(name == p or name.startswith(p + ".") for p in PAYLOAD_LOGGERS)


def hush_payload_loggers(*extra: str) -> None:
    """Hold the payload loggers at WARNING — also the ones Bolt already created, which copied the
    root level when they were made (``slack_bolt.RequestVerification`` was at INFO that way), and
    ``extra`` ones (a Bolt app's own logger, named after the app)."""
    _extra_payload_loggers.update(extra)
    names = set(PAYLOAD_LOGGERS) | set(extra) | {n for n in logging.root.manager.loggerDict if _is_payload_logger(n)}
    for name in names:
        logging.getLogger(name).setLevel(logging.WARNING)


def safe_exception_text(exc: BaseException) -> str:
    """A traceback with frames and exception types, and messages only where they cannot be data."""
    lines: list[str] = []
    seen: set[int] = set()
    current: BaseException | None = exc
    while current is not None and id(current) not in seen and len(seen) < 5:
        seen.add(id(current))
        if lines:
            lines.append("Raised while handling or from:")
        lines.append("Traceback (most recent call last):")
        lines.extend(line.rstrip("\n") for line in traceback.format_list(traceback.extract_tb(current.__traceback__)))
        message = str(current) if isinstance(current, SAFE_MESSAGES) else WITHHELD
        lines.append(f"{type(current).__module__}.{type(current).__qualname__}: {message}")
        current = current.__cause__ or current.__context__
    return "\n".join(lines)


def scrub(record: logging.LogRecord) -> logging.LogRecord:
    """Make one record safe to emit (see the module's docstring)."""
    if _is_payload_logger(record.name):
        try:
            message = record.getMessage()
        except Exception:  # noqa: BLE001 - a record that cannot even be formatted is withheld
            message = "{"
        if record.levelno < logging.WARNING or any(mark in message.lower() for mark in _PAYLOAD_MARKS):
            record.msg, record.args = f"{record.levelname.lower()} message {WITHHELD}", None
    if record.exc_info and record.exc_info[1] is not None:
        record.exc_text = safe_exception_text(record.exc_info[1])
        record.exc_info = None
    return record


_guarded: Callable[..., logging.LogRecord] | None = None


def guard_records() -> None:
    """Install ``scrub`` as part of the log-record factory, once per process."""
    global _guarded
    current = logging.getLogRecordFactory()
    if current is _guarded:
        return

    def factory(*args: Any, **kwargs: Any) -> logging.LogRecord:
        return scrub(current(*args, **kwargs))

    _guarded = factory
    logging.setLogRecordFactory(factory)
