"""Digest reminders: one DM lists every task due in a sweep, each with its own buttons, legal deadlines
first and marked (also in the notification text); valid Block Kit however many tasks and however long
their titles; one escalation post per incident names the owner and the deputy once."""

from __future__ import annotations

from datetime import timedelta
from types import SimpleNamespace

import pytest

from prompts import reminders
from tests.fakeslack import validate_message
from tests.prompts.samples import HUGE, NOW, TOKYO, incident


def task(**overrides):
    values = dict(id=1, title="証拠保全", notes="", assignee="UOWN", due_at=NOW - timedelta(hours=5), phase="containment",
                  status="open", kind="ordinary", follow_up=False)
    values.update(overrides)
    return SimpleNamespace(**values)


def six_overdue():
    """A day-late report: six playbook tasks at once, two of them statutory (due latest)."""
    inc = incident(channel_id="CINC")
    items = [reminders.DueItem(task(id=i, title=f"対策{i}", due_at=NOW - timedelta(hours=10 - i)), inc, "overdue", 1)
             for i in range(1, 5)]
    items += [reminders.DueItem(task(id=10 + i, title=f"法定{i}", kind="legal", due_at=NOW + timedelta(days=i)), inc,
                                "before") for i in (1, 2)]
    return items


def done_buttons(blocks):
    return [e["value"] for b in blocks if b["type"] == "actions" for e in b["elements"] if e["action_id"] == "leak_task_done"]


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_a_digest_lists_every_task_with_its_buttons_legal_first_and_marked(lang):
    text, blocks = reminders.reminder_digest(six_overdue(), lang=lang, tz=TOKYO, now=NOW)
    assert validate_message(text, blocks) == []
    assert done_buttons(blocks) == ["11", "12", "1", "2", "3", "4"]
    # every task keeps the single reminder's buttons, told apart by block_id (the snooze date picker)
    rows = [b for b in blocks if b["type"] == "actions"]
    assert [r["block_id"] for r in rows] == [f"task_{i}" for i in (11, 12, 1, 2, 3, 4)]
    assert all({"leak_task_done", "leak_task_snooze", "leak_task_snooze_date", "leak_task_reassign", "leak_open_channel"}
               <= {e["action_id"] for e in r["elements"]} for r in rows)
    lines = [b["text"]["text"] for b in blocks if b["type"] == "section"][1:]
    mark = "法定期限" if lang == "ja" else "Legal deadline"
    assert [mark in line for line in lines] == [True, True, False, False, False, False]
    assert "法定1" in lines[0] and "LEAK-2026-0007" in lines[0]
    # the notification (what a phone shows) says a statutory deadline is among them, and which
    assert "6" in text and "2" in text and ":scales:" in text and "法定1" in text and "法定2" in text


def test_without_legal_tasks_the_notification_does_not_claim_any():
    items = [x for x in six_overdue() if x.task.kind != "legal"]
    text, _ = reminders.reminder_digest(items, lang="ja", tz=TOKYO, now=NOW)
    assert "法定期限" not in text and "4 件" in text


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_a_page_of_huge_titles_stays_within_slack_limits(lang):
    inc = incident(channel_id="CINC")
    items = [reminders.DueItem(task(id=i, title=HUGE, kind="legal" if i % 7 == 0 else "ordinary"), inc, "overdue", 3)
             for i in range(1, reminders.PAGE + 1)]
    text, blocks = reminders.reminder_digest(items, lang=lang, tz=TOKYO, now=NOW, page=2, pages=3)
    assert validate_message(text, blocks) == []
    assert len(blocks) <= reminders.MAX_BLOCKS
    assert len(done_buttons(blocks)) == reminders.PAGE
    assert ("2/3" if lang == "ja" else "2 of 3") in blocks[0]["text"]["text"]


def test_more_tasks_than_a_page_are_counted_and_never_push_a_legal_one_out():
    inc = incident(channel_id="CINC")
    items = [reminders.DueItem(task(id=i, due_at=NOW - timedelta(hours=i)), inc, "overdue", 1) for i in range(1, 60)]
    items.append(reminders.DueItem(task(id=99, kind="legal", due_at=NOW + timedelta(days=30)), inc, "before"))
    text, blocks = reminders.reminder_digest(items, lang="en", tz=TOKYO, now=NOW)
    assert validate_message(text, blocks) == []
    assert done_buttons(blocks)[0] == "99" and len(done_buttons(blocks)) == reminders.PAGE
    assert f"{60 - reminders.PAGE} more" in str(blocks)


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_one_escalation_post_for_many_tasks_mentions_owner_and_deputy_once(lang):
    inc = incident(deputy_id="UDEP")
    items = [reminders.EscalatedItem(task(id=i, title=f"対策{i}", assignee="UASG"), 3) for i in range(1, 6)]
    items.append(reminders.EscalatedItem(task(id=9, title="速報", kind="legal", assignee=None), 1))
    text, blocks = reminders.escalation_digest(inc, items, lang=lang, tz=TOKYO)
    assert validate_message(text, blocks) == []
    body = str(blocks)
    assert text.count(f"<@{inc.owner_id}>") == 1 and text.count("<@UDEP>") == 1
    assert body.count(f"<@{inc.owner_id}>") == 1 and "LEAK-2026-0007" in text
    lines = [b["text"]["text"] for b in blocks[1:]]
    assert "速報" in lines[0] and ("法定期限" in lines[0] or "Legal deadline" in lines[0])
    assert len(lines) == 6 and ":scales:" in text


def test_an_escalation_post_for_a_huge_incident_stays_valid():
    items = [reminders.EscalatedItem(task(id=i, title=HUGE), 3) for i in range(1, 80)]
    text, blocks = reminders.escalation_digest(incident(), items, lang="ja", tz=TOKYO)
    assert validate_message(text, blocks) == [] and len(blocks) <= reminders.MAX_BLOCKS
    assert str(79 - reminders.ESCALATION_LIMIT) in str(blocks[-1])
