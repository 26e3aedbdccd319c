"""Drills in storage: their own numbering, the one filter that keeps them out of incident figures,
and the drill figures for the management report (``services.drills.report_figures``)."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy.exc import IntegrityError
from sqlmodel import select

from services.drills import report_figures
from storage import repo
from storage.db import session
from storage.models import Incident, Task
from storage.stats import gather
from tests.storage.test_repo import T0, engine, new_incident  # noqa: F401 - the engine fixture

H = timedelta(hours=1)


def _task(s, incident, due, status="open", completed=None, key="k"):
    return repo.add_task(s, Task(
        incident_id=incident.id, key=key, title="t", due_at=due, phase="containment", status=status, created_by="U",
        created_at=T0, updated_at=T0, schedule_from=T0, completed_at=completed,
    ))


def test_drills_number_apart_and_the_filter_keeps_them_out(engine):  # noqa: F811
    with session(engine) as s:
        assert repo.next_sequence(s, 2026) == 1 and repo.next_drill_sequence(s, 2026) == 1
        assert repo.next_drill_sequence(s, 2026) == 2 and repo.next_sequence(s, 2026) == 2
        real = new_incident(s, 1)
        drill = new_incident(s, 1, public_id="DRILL-2026-0001", source_key="D1", drill=True)  # same (year, seq)
        _task(s, real, T0 - H)
        _task(s, drill, T0 - H)
        s.commit()
        assert [i.public_id for i in repo.real_incidents(s)] == ["LEAK-2026-0001"]
        assert [i.public_id for i in repo.drill_incidents(s)] == ["DRILL-2026-0001"]
        assert [t.incident_id for t in repo.real_tasks(s)] == [real.id]
        assert [i.public_id for i in s.exec(repo.only_real(select(Incident))).all()] == ["LEAK-2026-0001"]
        stats = gather(s, T0)
        assert stats.open_incidents_by_phase == {"reported": 1} and stats.overdue_tasks == 1
        with pytest.raises(IntegrityError):  # a real number twice is still refused
            new_incident(s, 1, public_id="LEAK-2026-9999", source_key="X1")


def test_report_figures_score_the_drills_of_the_period(engine):  # noqa: F811
    with session(engine) as s:
        ended = new_incident(s, 1, public_id="DRILL-2026-0001", source_key="D1", drill=True,
                             acked_at=T0 + 0.5 * H, closed_at=T0 + 5 * H)
        _task(s, ended, T0 + H, "done", T0 + 0.5 * H, key="a")
        _task(s, ended, T0 + 2 * H, "done", T0 + 3 * H, key="b")
        _task(s, ended, T0 + 10 * H, key="c")  # not due by the end
        running = new_incident(s, 2, public_id="DRILL-2026-0002", source_key="D2", drill=True, reported_at=T0 + 24 * H)
        _task(s, running, T0 + 25 * H, key="a")
        new_incident(s, 3, public_id="DRILL-2026-0003", source_key="D3", drill=True, reported_at=T0 - 30 * 24 * H,
                     closed_at=T0 - 29 * 24 * H)  # a month ago: another period
        new_incident(s, 1, acked_at=T0 + H)  # a real incident is never a drill figure
        s.commit()
        result = report_figures(s, T0 - H, T0 + 48 * H)
    assert [d.public_id for d in result.drills] == ["DRILL-2026-0001", "DRILL-2026-0002"]
    first, second = result.drills
    assert first.ended and first.time_to_ack == 0.5 * H and (first.tasks_due, first.tasks_on_time) == (2, 1)
    assert not second.ended and second.time_to_ack is None and (second.tasks_due, second.tasks_on_time) == (1, 0)
    assert result.ack_median == 0.5 * H and (result.tasks_due, result.tasks_on_time) == (3, 1)
