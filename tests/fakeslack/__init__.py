"""Test rig for leakbot: a strict fake Slack (Web API + Socket Mode) and a request driver.

Public names:

* :class:`FakeSlack` / :class:`Call` — fake Web API server (``server/``, one module per API
  family; latency per method with :meth:`FakeSlack.set_latency`);
* :class:`FakeSocketModeServer` / :class:`SocketModeTimeout` — Socket Mode endpoint (``socket_mode.py``);
* :class:`SlackDriver` / :class:`SubmissionError` / :func:`build_state_values` — signed requests
  like Slack sends them (``driver.py``);
* :func:`validate_view`, :func:`validate_message`, :func:`validate_blocks`,
  :func:`missing_text_fallback` — Block Kit validators (``blockkit.py``).

Pytest fixtures live in :mod:`tests.fakeslack.fixtures` (load with
``pytest_plugins = ["tests.fakeslack.fixtures"]``).
"""

from .blockkit import missing_text_fallback, validate_blocks, validate_message, validate_view
from .driver import SlackDriver, SubmissionError, build_state_values
from .server import DEFAULT_BOT_SCOPES, Call, FakeSlack
from .socket_mode import FakeSocketModeServer, SocketModeTimeout

__all__ = [
    "Call",
    "DEFAULT_BOT_SCOPES",
    "FakeSlack",
    "FakeSocketModeServer",
    "SlackDriver",
    "SocketModeTimeout",
    "SubmissionError",
    "build_state_values",
    "missing_text_fallback",
    "validate_blocks",
    "validate_message",
    "validate_view",
]
