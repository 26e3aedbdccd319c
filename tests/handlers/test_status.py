"""``/leak-status`` shows an incident only to those allowed to see it."""

from __future__ import annotations

from tests.conftest import PEOPLE


def test_people_in_the_circle_see_the_card(harness, slack):
    harness.submit_report(hide_reporter=["yes"])
    for user in (PEOPLE.owner, PEOPLE.deputy, PEOPLE.reporter, PEOPLE.office, PEOPLE.exec1):
        answer = harness.status(user, "LEAK-2026-0001")
        assert "LEAK-2026-0001" in str(answer["blocks"]), user
    # Only the office sees the hidden reporter's name.
    assert f"<@{PEOPLE.reporter}>" in str(harness.status(PEOPLE.office, "LEAK-2026-0001")["blocks"])
    assert f"<@{PEOPLE.reporter}>" not in str(harness.status(PEOPLE.owner, "LEAK-2026-0001")["blocks"])


def test_outsiders_learn_nothing_not_even_existence(harness, slack):
    harness.submit_report()
    existing = harness.status(PEOPLE.outsider, "LEAK-2026-0001")
    missing = harness.status(PEOPLE.outsider, "LEAK-2026-0099")
    assert existing["text"].replace("0001", "X") == missing["text"].replace("0099", "X")
    assert "blocks" not in existing or "営業部" not in str(existing.get("blocks"))


def test_channel_members_see_it(harness, slack):
    harness.submit_report()
    incident = harness.incident()
    # Typing the command "in" the channel proves nothing (the payload says so, Slack does not) ...
    answer = harness.status(PEOPLE.outsider, "LEAK-2026-0001", channel=incident.channel_id)
    assert "営業部" not in str(answer["blocks"])
    # ... membership read from Slack does.
    harness.ctx.slack.call("conversations.invite", channel=incident.channel_id, users=PEOPLE.outsider)
    harness.ctx.slack.forget_members(incident.channel_id)
    answer = harness.status(PEOPLE.outsider, "LEAK-2026-0001", channel=incident.channel_id)
    assert "営業部" in str(answer["blocks"])


def test_list_without_id_shows_only_visible_incidents(harness, slack):
    harness.submit_report()
    harness.submit_report(user=PEOPLE.outsider, department="hr")
    mine = str(harness.status(PEOPLE.reporter, "")["blocks"])
    assert "LEAK-2026-0001" in mine and "LEAK-2026-0002" not in mine
    office = str(harness.status(PEOPLE.office, "")["blocks"])
    assert "LEAK-2026-0001" in office and "LEAK-2026-0002" in office
    assert "閲覧できる事案はありません" in harness.status(PEOPLE.exec2, "")["text"]


def test_malformed_id_is_explained(harness):
    assert "形式" in harness.status(PEOPLE.owner, "hello")["text"]
