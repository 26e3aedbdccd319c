"""Logging set-up: plain lines, or one JSON object per line (``LEAKBOT_LOG_FORMAT=json``).

Log records carry IDs, codes and counts only; report text never reaches a log call, and the
Slack libraries' loggers (which print request bodies at DEBUG) are held at WARNING.
"""

from __future__ import annotations

import json
import logging
from datetime import UTC, datetime

#: Loggers that print request and response bodies at DEBUG level: report text must never reach logs.
PAYLOAD_LOGGERS = ("slack_bolt", "slack_sdk", "slack_bolt.App")

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
    for name in PAYLOAD_LOGGERS:
        logging.getLogger(name).setLevel(logging.WARNING)
