"""LEAKBOT_DATA_WARNING=false: an organization that does not grant groups:history turns the
pasted-data warning off; nothing is flagged or recorded then."""

from __future__ import annotations

import time

from tests.conftest import Harness
from tests.handlers.test_data_warning import CARD, post, replies


def test_with_the_warning_off_pasted_data_is_not_flagged(make_settings, slack, clock):
    harness = Harness(make_settings(leakbot_data_warning=False), slack, clock)
    try:
        harness.submit_report()
        incident = harness.incident()
        ts, _ = post(harness, slack, incident.channel_id, f"該当顧客のカード {CARD} です")
        harness.sweep()
        time.sleep(0.3)  # the event's listener runs after the ack
        harness.sweep()
        assert replies(slack, incident.channel_id, ts) == []
        assert [e for e, _, _ in harness.timeline(incident.id) if e == "data_warning"] == []
    finally:
        harness.close()


def test_the_warning_is_on_by_default(make_settings):
    assert make_settings().leakbot_data_warning is True
