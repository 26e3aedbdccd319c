"""Pytest fixtures for tests that run the bot against the fake Slack.

Load from the project's conftest with::

    pytest_plugins = ["tests.fakeslack.fixtures"]

(or ``-p tests.fakeslack.fixtures`` on the command line).  This also registers the
``allow_slack_violations`` marker: a test carrying it may leave entries in
``fake_slack.violations`` / ``fake_slack.warnings`` (e.g. a test that proves the bot survives
Slack refusing its blocks).  Every other test fails at teardown if the bot sent Slack anything
it would refuse or anything that only "works by accident" (blocks without a text fallback).
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from .server import FakeSlack
from .socket_mode import FakeSocketModeServer

ALLOW_MARK = "allow_slack_violations"


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line(
        "markers",
        f"{ALLOW_MARK}: the test expects FakeSlack to record Block Kit/protocol violations or warnings",
    )


@pytest.fixture
def fake_slack(request: pytest.FixtureRequest) -> Iterator[FakeSlack]:
    """A started :class:`FakeSlack`; at teardown asserts no violations/warnings were recorded
    unless the test is marked ``@pytest.mark.allow_slack_violations``."""
    fake = FakeSlack().start()
    try:
        yield fake
    finally:
        fake.stop()
    if request.node.get_closest_marker(ALLOW_MARK) is None:
        problems = [f"violation: {v}" for v in fake.violations] + [f"warning: {w}" for w in fake.warnings]
        assert not problems, "FakeSlack recorded problems:\n  " + "\n  ".join(problems)


@pytest.fixture
def fake_socket_mode(fake_slack: FakeSlack) -> Iterator[FakeSocketModeServer]:
    """A started :class:`FakeSocketModeServer` attached to ``fake_slack``."""
    server = FakeSocketModeServer(app_id=fake_slack.app_id).start()
    fake_slack.attach_socket_mode(server)
    try:
        yield server
    finally:
        server.stop()
