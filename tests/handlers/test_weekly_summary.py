"""The weekly summary, posted once per occurrence, and its aggregate-only twin."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from tests.conftest import OFFICE_CHANNEL, PEOPLE, Harness

AGGREGATE = "CAGGREGATE"
MONDAY_9_JST = datetime(2026, 11, 30, 0, 0, tzinfo=UTC)  # Monday 09:00 in Tokyo


def posts(slack, channel):
    """Weekly summaries the bot posted (not chart file shares, not incident notices)."""
    return [m for m in slack.messages(channel) if not m.get("files") and m["text"].startswith("週次報告")]


def uploads_to(slack, channel):
    return [u for u in slack.uploads if u.get("channel_id") == channel or channel in str(u.get("channels", ""))]


def test_summary_posts_once_at_its_time_with_chart_and_only_once_after_downtime(make_settings, slack, clock):
    slack.add_channel(AGGREGATE, "leak-stats", members=[slack.bot_user_id])
    h = Harness(make_settings(leakbot_summary_channel=AGGREGATE, leakbot_summary_min_count=2), slack, clock)
    try:
        h.sweep()  # first start: records the current occurrence, posts nothing
        h.submit_report(description="極秘の説明", department="sales")
        h.submit_report(description="極秘の説明", department="hr", user=PEOPLE.outsider)
        office_before = len(posts(slack, OFFICE_CHANNEL))
        clock.advance(MONDAY_9_JST - clock() - timedelta(minutes=1))
        h.sweep()
        assert len(posts(slack, OFFICE_CHANNEL)) == office_before
        clock.advance(timedelta(minutes=1))
        h.sweep()
        h.sweep()
        posted = posts(slack, OFFICE_CHANNEL)[office_before:]
        assert len(posted) == 1
        text = str(posted[0]["blocks"])
        assert "営業部" in text and "人事部" in text
        assert len(uploads_to(slack, OFFICE_CHANNEL)) == 1
        # The aggregate channel: counts and chart; no IDs, titles, names, small departments.
        aggregate = posts(slack, AGGREGATE)
        assert len(aggregate) == 1 and len(uploads_to(slack, AGGREGATE)) == 1
        leaked = str(aggregate[0])
        for secret in ("LEAK-2026", "極秘", "<@", "営業部", "人事部"):
            assert secret not in leaked, secret
        # Down for two weeks: the missed occurrence is posted once, not twice.
        clock.advance(timedelta(days=15))
        h.sweep()
        h.sweep()
        assert len(posts(slack, OFFICE_CHANNEL)) == office_before + 2
    finally:
        h.close()


def test_summary_retries_after_a_slack_failure_without_duplicates(make_settings, slack, clock):
    h = Harness(make_settings(), slack, clock)
    try:
        h.sweep()
        before = len(posts(slack, OFFICE_CHANNEL))
        clock.advance(MONDAY_9_JST - clock())
        slack.fail("chat.postMessage", status=500, error="internal_error", times=10, when=lambda a: a.get("channel") == OFFICE_CHANNEL)
        h.sweep()
        assert len(posts(slack, OFFICE_CHANNEL)) == before
        slack.clear_failures()
        clock.advance(timedelta(minutes=5))
        h.sweep()
        h.sweep()
        assert len(posts(slack, OFFICE_CHANNEL)) == before + 1
    finally:
        h.close()
