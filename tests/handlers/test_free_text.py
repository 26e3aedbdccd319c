"""Free text is cleaned before it is stored, the same way on SQLite and PostgreSQL: a NUL (which
PostgreSQL refuses, so the report could never be filed) or another control character is removed,
and the text is stored composed (NFC)."""

from __future__ import annotations

from datetime import timedelta

from tests.conftest import PEOPLE, wait_until
from tests.handlers.test_second_report_phases import SECOND, open_modal
from tests.handlers.test_tasks import add_task, tasks


def test_a_nul_in_a_first_report_is_removed_and_the_report_is_filed(harness, slack):
    response = harness.submit_report(
        description="顧客名簿\x00を入れたPCを紛失\x07した\r\n翌朝気づいた", location="渋谷\x00駅", actions_taken="遺失届を提出（カ\u3099）"
    )
    assert response.status_code == 200 and response.json()["response_action"] == "update"
    incident = harness.incident()
    assert incident.description == "顧客名簿を入れたPCを紛失した\n翌朝気づいた"
    assert incident.location == "渋谷駅"
    assert incident.actions_taken == "遺失届を提出（\u30ac）"
    assert incident.mobilized_at is not None


def test_nul_in_a_second_report_and_a_task_is_removed_too(harness, slack):
    harness.submit_report()
    incident = harness.incident()
    view = open_modal(harness, slack, "leak_open_second_report", PEOPLE.reporter)
    response = harness.driver.submit_view(view["id"], PEOPLE.reporter, {**SECOND, "cause": "宛先の\x00自動補完\x1b"})
    assert response.status_code == 200
    wait_until(lambda: "second_report" in [e for e, _, _ in harness.timeline(incident.id)], message="second report")
    from sqlmodel import select

    from storage.db import session
    from storage.models import SecondReportRevision

    with session(harness.ctx.engine) as s:
        row = s.exec(select(SecondReportRevision).where(SecondReportRevision.incident_id == incident.id)).one()
    assert row.cause == "宛先の自動補完"
    assert add_task(harness, slack, title="謝罪\x00文の送付", due=harness.clock() + timedelta(days=1)).status_code == 200
    assert any(t.title == "謝罪文の送付" for t in tasks(harness))
