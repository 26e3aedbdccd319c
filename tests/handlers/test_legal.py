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


def test_a_re_render_shows_the_announced_result_even_after_the_rules_change(harness, slack, clock, monkeypatch):
    from services import presenters

    harness.submit_report(data_categories=["sensitive"], people_count="3")
    incident = harness.incident()
    posted = wait_until(lambda: legal_messages(slack, incident.channel_id), message="assessment posted")[0]
    assert "2026-12-23" in str(posted["blocks"])

    # A later version of the engine that would answer differently must not rewrite what was announced.
    def changed_rules(*args, **kwargs):
        raise AssertionError("a stored revision was re-assessed instead of rendered from its record")

    monkeypatch.setattr(presenters, "assess", changed_rules)
    with session(harness.ctx.engine) as s:
        _, again = presenters.legal_message(harness.ctx, s, incident, 1)
    assert again == [{k: v for k, v in b.items() if k != "block_id"} for b in posted["blocks"]]
    harness.click(PEOPLE.owner, "leak_legal_drafts", posted)
    uploads = wait_until(lambda: [u for u in slack.uploads if u.get("channel_id") == incident.channel_id], message="drafts")
    assert "LEAK-2026-0001" in "\n".join(bytes(u["data"]).decode("utf-8") for u in uploads)

    # Rendered after the 30-day 確報 deadline, the same revision says it is overdue.
    final = legal_tasks(harness)["appi_final"]
    clock.advance(final.due_at + timedelta(hours=1) - clock())
    with session(harness.ctx.engine) as s:
        _, later = presenters.legal_message(harness.ctx, s, incident, 1)
    assert "期限超過" in str(later) and "期限超過" not in str(posted["blocks"])


def test_legal_form_asks_about_my_number_and_pseudonymised_data(harness, slack):
    harness.submit_report(data_categories=["name_contact"], people_count="3")
    incident = harness.incident()
    view = open_legal_form(harness, slack)
    blocks = {b.get("block_id"): b for b in view["blocks"]}
    assert {"pseudonymised", "my_number_involved", "my_number_system", "my_number_publicly_viewable",
            "my_number_people_count"} <= set(blocks)
    assert "マイナンバー" in str(blocks["my_number_involved"]["label"])
    # Reporting became mandatory on 2022-04-01: the form does not offer the older rules by hand.
    offered = [o["value"] for o in blocks["ruleset"]["element"]["options"]]
    assert offered[0] == "auto" and "appi-2024-04" in offered and "appi-before-2022-04" not in offered

    body = harness.driver.submit_view(view["id"], PEOPLE.owner, {"my_number_people_count": "百人くらい"}).json()
    assert body["response_action"] == "errors" and set(body["errors"]) == {"my_number_people_count"}
    assert "整数" in body["errors"]["my_number_people_count"]
    assert len(assessments(harness)) == 1

    response = harness.driver.submit_view(view["id"], PEOPLE.owner, {
        "my_number_involved": "yes", "my_number_system": "no", "my_number_publicly_viewable": "no",
        "my_number_people_count": "１５０", "pseudonymised": "no",
    })
    assert response.status_code == 200 and response.text in ("", "null")
    wait_until(lambda: len(assessments(harness)) == 2, message="second revision")
    facts = assessments(harness)[-1].facts
    assert facts["my_number_involved"] == "yes" and facts["my_number_people_count"] == 150
    assert facts["pseudonymised"] == "no"
    wait_until(lambda: len(legal_messages(slack, incident.channel_id)) == 2, message="re-assessment posted")
    # More than 100 people's 特定個人情報 (番号法規則2条4号): a My Number Act report is due.
    first, last = (str(m["blocks"]) for m in legal_messages(slack, incident.channel_id))
    assert "100人を超える" in last and "100人を超える" not in first
    reopened = {b.get("block_id"): b for b in open_legal_form(harness, slack)["blocks"]}
    assert reopened["my_number_people_count"]["element"]["initial_value"] == "150"


def test_a_financial_institution_gets_the_supervisor_report_as_a_task(make_settings, slack, clock):
    h = Harness(make_settings(leakbot_sector="financial"), slack, clock)
    try:
        # A small misdelivery: no APPI category, but a bank still reports to the FSA under its sector law.
        h.submit_report(event_type="misdelivery", data_categories=["name_contact"], people_count="3", encrypted="no")
        incident = h.incident()
        message = wait_until(lambda: legal_messages(slack, incident.channel_id), message="assessment posted")[0]
        assert "業種別の監督官庁への報告" in str(message["blocks"])
        tasks = legal_tasks(h)
        assert "appi_final" not in tasks
        assert tasks["sector_report"].due_at == datetime(2026, 11, 29, 0, 0, tzinfo=JST)  # after day 5
        assert "金融庁" in tasks["sector_report"].title
        assert h.ctx.config.sector == "financial"
    finally:
        h.close()


def test_my_number_duties_become_tasks_and_the_drafts_include_the_my_number_report(harness, slack):
    harness.submit_report(data_categories=["my_number"], people_count="150")
    incident = harness.incident()
    message = wait_until(lambda: legal_messages(slack, incident.channel_id), message="assessment posted")[0]
    tasks = legal_tasks(harness)
    # 特定個人情報漏えい等報告規則3条: 速報 promptly (day 5 at the latest), 確報 within 30 days.
    assert tasks["mynumber_preliminary"].due_at == datetime(2026, 11, 29, 0, 0, tzinfo=JST)
    assert tasks["mynumber_final"].due_at == datetime(2026, 12, 24, 0, 0, tzinfo=JST)
    assert "mynumber_individuals" in tasks and "番号法" in tasks["mynumber_final"].title
    harness.click(PEOPLE.owner, "leak_legal_drafts", message)
    uploads = wait_until(
        lambda: [u for u in slack.uploads if u.get("channel_id") == incident.channel_id
                 and "mynumber" in u.get("filename", "")], message="my number draft")
    assert "LEAK-2026-0001" in bytes(uploads[0]["data"]).decode("utf-8")

    # Answered by hand: only 80 people's My Numbers, not in a My Number system, not public → no duty.
    view = open_legal_form(harness, slack)
    harness.driver.submit_view(view["id"], PEOPLE.owner, {
        "my_number_people_count": "80", "my_number_system": "no", "my_number_publicly_viewable": "no",
        "improper_purpose": "no",
    })
    wait_until(lambda: len(assessments(harness)) == 2, message="second revision")
    tasks = legal_tasks(harness)
    assert all(tasks[k].status == "cancelled" for k in ("mynumber_preliminary", "mynumber_final", "mynumber_individuals"))


def test_a_case_that_becomes_reportable_later_counts_its_deadlines_from_then(harness, slack):
    harness.submit_report(event_type="misdelivery", data_categories=["name_contact"], people_count="300", encrypted="no")
    incident = harness.incident()
    assert "appi_final" not in legal_tasks(harness)
    # Three days later the second report says 1,501 people: reportable from that moment (施行規則7条4号).
    harness.clock.advance(timedelta(days=3))
    before = len(slack.calls_to("views.open"))
    harness.press("leak_open_second_report", PEOPLE.owner, incident.public_id)
    view = wait_until(lambda: slack.calls_to("views.open")[before:], message="second report")[0].response["view"]
    harness.driver.submit_view(view["id"], PEOPLE.owner, {
        "what_happened": "一斉メールの宛先に全顧客を入れた", "count_basis": "confirmed", "people_count": "1,501",
        "data_categories": ["name_contact"],
    })
    wait_until(lambda: "appi_final" in legal_tasks(harness), message="re-assessment after the second report")
    # Day 1 is 2026-11-27 (Fri), not the first awareness on 11-24: day 30 is Sat 12-26 → Mon 12-28.
    assert legal_tasks(harness)["appi_final"].due_at == datetime(2026, 12, 29, 0, 0, tzinfo=JST)
    assert legal_tasks(harness)["appi_preliminary"].due_at == datetime(2026, 12, 2, 0, 0, tzinfo=JST)
    announced = wait_until(lambda: legal_messages(slack, incident.channel_id)[1:], message="change announced")[0]
    assert "報告対象になった時点" in str(announced["blocks"]) and "第2報" in str(announced["blocks"])


def _forget_assessments(harness) -> None:
    """Make the incident look like one opened before assessments ran at set-up."""
    from sqlmodel import delete

    from services.queue import Kind
    from storage.models import Delivery

    with session(harness.ctx.engine) as s:
        s.exec(delete(Task).where(Task.kind == "legal"))
        s.exec(delete(LegalAssessment))
        s.exec(delete(Delivery).where(Delivery.kind == Kind.LEGAL_RESULT))
        s.commit()
    harness.ctx.memo.pop("legal_catch_up", None)  # a new process after the upgrade


def test_incident_opened_before_the_upgrade_is_assessed_once_by_the_sweep_and_announced(harness, slack):
    """Issue 11 item 5: an open incident with no assessment gets one (with its legal-deadline tasks)
    at the first sweep after an upgrade, announced in its channel, exactly once."""
    harness.submit_report(data_categories=["sensitive"], people_count="3")
    incident = harness.incident()
    wait_until(lambda: legal_messages(slack, incident.channel_id), message="assessment posted")
    _forget_assessments(harness)
    posted = len(legal_messages(slack, incident.channel_id))

    harness.sweep()
    rows = assessments(harness)
    assert [(r.revision, r.trigger) for r in rows] == [(1, "catch_up")]
    assert {"appi_preliminary", "appi_final", "appi_individuals"} <= set(legal_tasks(harness))
    wait_until(lambda: len(legal_messages(slack, incident.channel_id)) == posted + 1, message="result announced")
    notices = [m for m in slack.messages(incident.channel_id) if "自動判定が導入される前" in m.get("text", "")]
    assert len(notices) == 1

    # Later sweeps, and a second process catching up again, change nothing.
    harness.sweep()
    harness.ctx.memo.pop("legal_catch_up", None)
    harness.sweep()
    assert len(assessments(harness)) == 1
    assert len(legal_messages(slack, incident.channel_id)) == posted + 1


def test_closed_incident_is_not_assessed_after_the_upgrade(harness, slack):
    from services import legal
    from storage import repo

    harness.submit_report(data_categories=["sensitive"], people_count="3")
    incident = harness.incident()
    wait_until(lambda: legal_messages(slack, incident.channel_id), message="assessment posted")
    _forget_assessments(harness)
    with session(harness.ctx.engine) as s:
        repo.update_incident(s, incident.id, closed_at=harness.clock())
        s.commit()
    assert legal.catch_up(harness.ctx) == 0
    assert assessments(harness) == []
