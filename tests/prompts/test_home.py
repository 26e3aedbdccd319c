"""The App Home tab stays under Slack's 100 blocks whatever the number of tasks and incidents."""

from __future__ import annotations

from datetime import timedelta
from types import SimpleNamespace

from prompts import home
from tests.fakeslack import validate_view
from tests.prompts.samples import NOW, TOKYO, incident


def test_home_with_many_tasks_and_incidents_is_valid_and_counts_the_rest():
    tasks = [SimpleNamespace(id=i, title="対策", notes="", assignee="UOWN", due_at=NOW - timedelta(hours=1), phase="containment",
                             status="open", kind="standard", follow_up=False) for i in range(40)]
    row = dict(incident_id="LEAK-2026-0007", phase="調査", department="営業部", age="3日", overdue="")
    view = home.home_view(lang="ja", tz=TOKYO, now=NOW, my_tasks=[(x, incident()) for x in tasks], my_incidents=[row] * 40,
                          all_open=[row] * 40)
    assert validate_view(view) == []
    assert len(view["blocks"]) <= 100
    assert str(40 - home.HOME_TASK_LIMIT) in str(view["blocks"]) and ":red_circle:" in str(view["blocks"])


def test_office_section_only_for_the_office():
    empty = home.home_view(lang="en", tz=TOKYO, now=NOW, my_tasks=[], my_incidents=[], all_open=None)
    assert validate_view(empty) == []
    office = home.home_view(lang="en", tz=TOKYO, now=NOW, my_tasks=[], my_incidents=[], all_open=[])
    assert len(office["blocks"]) > len(empty["blocks"])
