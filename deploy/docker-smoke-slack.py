"""The fake Slack (tests/fakeslack) for deploy/docker-smoke.sh: Web API and Socket Mode on loopback, seeded with
the people and channels of the smoke test's directory. Prints the Web API URL once ready; runs until SIGTERM.

Run from the repository root with the project's virtualenv:  .venv/bin/python deploy/docker-smoke-slack.py
"""

from __future__ import annotations

import signal
import sys
import threading
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from tests.fakeslack import FakeSlack, FakeSocketModeServer

BOT_TOKEN = "xoxb-smoke-good"
APP_TOKEN = "xapp-smoke-good"
OFFICE = "C0SMOKE01"


def main() -> None:
    fake = FakeSlack(bot_token=BOT_TOKEN, app_token=APP_TOKEN).start()
    socket_mode = FakeSocketModeServer(app_id=fake.app_id).start()
    fake.attach_socket_mode(socket_mode)
    people = (("U0OWNER01", "owner@example.com"), ("U0DEPUTY1", "deputy@example.com"), ("U0EXEC001", "exec@example.com"))
    for user, email in people:
        fake.add_user(user, email=email)
    fake.add_channel(OFFICE, "privacy-office", is_private=True, members=["UBOT", "U0EXEC001"])
    stop = threading.Event()
    signal.signal(signal.SIGTERM, lambda *_: stop.set())
    signal.signal(signal.SIGINT, lambda *_: stop.set())
    print(fake.url, flush=True)
    stop.wait()
    socket_mode.stop()
    fake.stop()


if __name__ == "__main__":
    main()
