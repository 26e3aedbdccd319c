"""The task list, the task modals and the reminder DMs stay valid Block Kit at any volume and say
what the assignee needs: what, which incident, when, how late."""

from __future__ import annotations

from datetime import timedelta
from types import SimpleNamespace

import pytest

from prompts import tasks
from tests.fakeslack import validate_message, validate_view
from tests.prompts.samples import HUGE, NOW, TOKYO, assert_valid_message, incident


def task(**overrides):
    values = dict(id=1, title="証拠保全", notes="", assignee="UOWN", due_at=NOW + timedelta(hours=5), phase="containment",
                  status="open", kind="standard", follow_up=False)
    values.update(overrides)
    return SimpleNamespace(**values)


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_a_long_task_list_is_valid_and_counts_what_it_cannot_show(lang):
    many = [task(id=i, title=HUGE, due_at=NOW + timedelta(hours=i - 20)) for i in range(45)]
    text, blocks = tasks.task_list(incident(), many, lang=lang, tz=TOKYO, now=NOW)
    assert validate_message(text, blocks) == []
    assert len(blocks) <= 50
    assert str(45 - tasks.LIST_LIMIT) in blocks[-2]["elements"][0]["text"]
    assert ":red_circle:" in str(blocks) and "leak_add_task" in str(blocks)


def test_a_closed_incident_offers_no_new_task_and_menus_only_on_follow_ups():
    closed = incident(closed_at=NOW)
    _, blocks = tasks.task_list(closed, [task(id=1), task(id=2, follow_up=True)], lang="ja", tz=TOKYO, now=NOW)
    assert "leak_add_task" not in str(blocks)
    menus = [b["accessory"]["options"][0]["value"] for b in blocks if "accessory" in b]
    assert menus == ["done:2"]


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_task_modals_are_valid(lang):
    assert validate_view(tasks.task_modal(lang=lang, incident_id="LEAK-2026-0007", default_assignee="UOWN", now=NOW)) == []
    edit = tasks.task_modal(lang=lang, incident_id="LEAK-2026-0007", default_assignee=None, now=NOW, task=task(notes=HUGE))
    assert validate_view(edit) == []
    assert validate_view(tasks.reassign_modal(lang=lang, task=task(title=HUGE))) == []


@pytest.mark.parametrize("kind", ["before", "due", "overdue"])
def test_reminders_name_the_task_the_incident_and_the_due_time(kind):
    text, blocks = tasks.reminder_dm(task(), incident(), kind=kind, nag=2, lead=timedelta(days=1), lang="en", tz=TOKYO,
                                     now=NOW + timedelta(hours=30))
    assert_valid_message((text, blocks))
    assert "証拠保全" in text and "LEAK-2026-0007" in text and "2026-11-24 (Tue) 15:00 JST" in text
    buttons = [e["action_id"] for b in blocks if b["type"] == "actions" for e in b["elements"]]
    assert buttons[:2] == ["leak_task_done", "leak_task_snooze"] and "leak_open_channel" in buttons


def test_overdue_escalation_names_owner_deputy_and_assignee():
    text, _ = tasks.escalation_notice(task(assignee=None), incident(deputy_id="UDEP"), nags=3, lang="en", tz=TOKYO)
    assert "<@UOWN>" in text and "<@UDEP>" in text and "3" in text
