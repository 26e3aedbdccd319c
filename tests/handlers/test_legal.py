"""The legal assessment in Slack: automatic and hand-run assessments, legal-deadline tasks, drafts."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

from sqlmodel import select

from storage.db import session
from storage.models import LegalAssessment, Task
from tests.conftest import OFFICE_CHANNEL, PEOPLE, Harness, wait_until

JST = timezone(timedelta(hours=9))


def legal_tasks(harness) -> dict[str, Task]:
    with session(harness.ctx.engine) as s:
        rows = s.exec(select(Task).where(Task.kind == "legal")).all()
    return {t.key.removeprefix("legal:"): t for t in rows}


def assessments(harness) -> list[LegalAssessment]:
    with session(harness.ctx.engine) as s:
        return list(s.exec(select(LegalAssessment).order_by(LegalAssessment.revision)).all())


def legal_messages(slack, channel):
    return [m for m in slack.messages(channel) if "leak_legal_drafts" in str(m.get("blocks"))]


def open_legal_form(harness, slack, user=PEOPLE.owner):
    incident = harness.incident()
    before = len(slack.calls_to("views.open"))
    harness.press("leak_open_legal", user, incident.public_id)
    return wait_until(lambda: slack.calls_to("views.open")[before:], message="legal form")[0].response["view"]


def test_reportable_incident_is_assessed_at_once_and_deadlines_become_tasks(harness, slack):
    harness.submit_report(data_categories=["sensitive"], people_count="3")
    incident = harness.incident()
    wait_until(lambda: legal_messages(slack, incident.channel_id), message="assessment posted")
    message = legal_messages(slack, incident.channel_id)[0]
    # Aware 2026-11-24 (Tue) in Tokyo = day 1; the 30th day is 2026-12-23 (Wed).
    assert "2026-12-23" in str(message["blocks"])
    tasks = legal_tasks(harness)
    assert {"appi_preliminary", "appi_final", "appi_individuals"} <= set(tasks)
    assert tasks["appi_final"].due_at == datetime(2026, 12, 24, 0, 0, tzinfo=JST)
    assert tasks["appi_preliminary"].due_at == datetime(2026, 11, 29, 0, 0, tzinfo=JST)  # after day 5
    assert all(t.assignee == PEOPLE.owner for t in tasks.values())
    events = [e for e, _, _ in harness.timeline(incident.id)]
    assert "legal_assessed" in events
    assert assessments(harness)[0].ruleset_version == "appi-2024-04"


def test_small_misdelivery_creates_no_appi_report_task(harness, slack):
    harness.submit_report(event_type="misdelivery", data_categories=["name_contact"], people_count="3", encrypted="no")
    tasks = legal_tasks(harness)
    assert "appi_final" not in tasks and "appi_preliminary" not in tasks
    incident = harness.incident()
    wait_until(lambda: legal_messages(slack, incident.channel_id), message="assessment posted")


def test_hand_run_with_improper_purpose_moves_the_final_deadline_and_announces_the_change(harness, slack):
    harness.submit_report(data_categories=["sensitive"], people_count="3")
    incident = harness.incident()
    view = open_legal_form(harness, slack)
    blocks = {b.get("block_id"): b for b in view["blocks"]}
    assert blocks["sensitive_data"]["element"]["initial_option"]["value"] == "yes"  # prefilled from the report
    response = harness.driver.submit_view(view["id"], PEOPLE.owner, {"improper_purpose": "yes", "eu_residents_affected": "no", "eu_establishment": "no"})
    assert response.status_code == 200 and response.text in ("", "null")
    wait_until(lambda: len(assessments(harness)) == 2, message="second revision")
    # 60 days with an improper purpose: day 60 is 2027-01-22 (Fri).
    assert legal_tasks(harness)["appi_final"].due_at == datetime(2027, 1, 23, 0, 0, tzinfo=JST)
    wait_until(lambda: len(legal_messages(slack, incident.channel_id)) == 2, message="re-assessment posted")
    assert "2027-01-22" in str(legal_messages(slack, incident.channel_id)[-1]["blocks"])
    assert assessments(harness)[-1].actor == PEOPLE.owner
    # EU answered "no": the GDPR tasks of the first (unknown) run are cancelled.
    assert all(t.status == "cancelled" for k, t in legal_tasks(harness).items() if k.startswith("gdpr"))


def test_legal_form_validates_inline_and_is_for_managers_only(harness, slack):
    harness.submit_report()
    view = open_legal_form(harness, slack)
    future = int((harness.clock() + timedelta(days=1)).timestamp())
    body = harness.driver.submit_view(view["id"], PEOPLE.owner, {"people_count": "たくさん", "aware_at": future}).json()
    assert body["response_action"] == "errors"
    assert set(body["errors"]) == {"people_count", "aware_at"}
    assert len(assessments(harness)) == 1
    before = len(slack.calls_to("views.open"))
    answers = len(harness.answers(PEOPLE.reporter))
    harness.press("leak_open_legal", PEOPLE.reporter, harness.incident().public_id)
    assert "判定を実行できるのは" in harness.next_answer(PEOPLE.reporter, answers)["text"]
    assert len(slack.calls_to("views.open")) == before


def test_second_report_with_more_people_changes_the_answer(harness, slack):
    harness.submit_report(event_type="misdelivery", data_categories=["name_contact"], people_count="300", encrypted="no")
    incident = harness.incident()
    assert "appi_final" not in legal_tasks(harness)
    before = len(slack.calls_to("views.open"))
    harness.press("leak_open_second_report", PEOPLE.owner, incident.public_id)
    view = wait_until(lambda: slack.calls_to("views.open")[before:], message="second report")[0].response["view"]
    harness.driver.submit_view(view["id"], PEOPLE.owner, {
        "what_happened": "一斉メールの宛先に全顧客を入れた", "count_basis": "confirmed", "people_count": "1,501",
        "data_categories": ["name_contact"],
    })
    wait_until(lambda: "appi_final" in legal_tasks(harness), message="re-assessment after the second report")
    wait_until(lambda: len(legal_messages(slack, incident.channel_id)) == 2, message="change announced")


def test_drafts_are_uploaded_to_the_channel(harness, slack):
    harness.submit_report(data_categories=["sensitive"], people_count="3")
    incident = harness.incident()
    message = wait_until(lambda: legal_messages(slack, incident.channel_id), message="assessment")[0]
    harness.click(PEOPLE.owner, "leak_legal_drafts", message)
    uploads = wait_until(lambda: [u for u in slack.uploads if u.get("channel_id") == incident.channel_id and u.get("filename", "").endswith((".md", ".txt"))], message="drafts")
    contents = "\n".join(bytes(u["data"]).decode("utf-8") for u in uploads)
    assert "LEAK-2026-0001" in contents and "本人の数" in contents
    assert "顧客名簿" not in contents or "ノートPC" in contents  # only the team's description, never records
    wait_until(lambda: "drafts_generated" in [e for e, _, _ in harness.timeline(incident.id)], message="timeline")


def test_legal_tasks_are_reminded_early_never_deferred_and_escalated_to_the_office(make_settings, slack, clock):
    h = Harness(make_settings(leakbot_quiet_hours="00:00-23:59"), slack, clock)  # quiet almost all day
    try:
        h.submit_report(data_categories=["sensitive"], people_count="3")
        final = legal_tasks(h)["appi_final"]
        clock.advance(final.due_at - timedelta(days=3) - clock())
        h.sweep()
        dms = [m for m in slack.dms_to(PEOPLE.owner) if "確報" in m["text"] and m["text"].startswith(":alarm_clock:")]
        assert len(dms) == 1  # 3 days before, despite quiet hours
        clock.advance(timedelta(days=2))
        h.sweep()
        clock.advance(timedelta(days=1))
        h.sweep()
        dms = [m for m in slack.dms_to(PEOPLE.owner) if "確報" in m["text"] and m["text"].startswith(":alarm_clock:")]
        assert len(dms) == 3  # 3 days, 1 day, at the deadline
        clock.advance(timedelta(days=1))
        h.sweep()
        office = [m for m in slack.messages(OFFICE_CHANNEL) if "法定期限" in m["text"] and "確報" in m["text"]]
        assert len(office) == 1
    finally:
        h.close()


def test_an_organization_without_eu_exposure_gets_no_gdpr_tasks(make_settings, slack, clock):
    h = Harness(make_settings(leakbot_gdpr_scope="none"), slack, clock)
    try:
        h.submit_report(data_categories=["sensitive"], people_count="3")
        keys = set(legal_tasks(h))
        assert "appi_final" in keys and not any(k.startswith("gdpr") for k in keys)
    finally:
        h.close()
