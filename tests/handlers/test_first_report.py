"""The first report: its validation, and what happens on submit."""

from __future__ import annotations

import threading

import httpx

from tests.conftest import OFFICE_CHANNEL, PEOPLE, wait_until


def test_leak_report_acks_and_opens_the_minimal_modal_with_the_text_prefilled(harness, slack):
    response = harness.driver.command("/leak-report", "ノートPCを紛失しました", user_id=PEOPLE.reporter)
    assert response.status_code == 200 and response.text == ""
    opened = wait_until(lambda: slack.calls_to("views.open"), message="views.open")
    view = opened[0].args["view"]
    blocks = {b.get("block_id"): b for b in view["blocks"]}
    assert blocks["description"]["element"]["initial_value"] == "ノートPCを紛失しました"
    assert {"department", "event_type", "discovered_at", "occurred_at", "data_categories", "people_count",
            "encrypted", "third_party", "actions_taken", "hide_reporter", "location"} <= set(blocks)
    # The form says plainly not to paste the leaked data.
    assert any("貼り付けないでください" in str(b) for b in view["blocks"])
    departments = [o["value"] for o in blocks["department"]["element"]["options"]]
    assert departments == ["sales", "hr"]
    assert len(blocks["event_type"]["element"]["options"]) == 16


def test_valid_report_is_saved_and_the_receipt_shows_the_id_at_once(harness, slack):
    response = harness.submit_report(wait=False)
    body = response.json()
    assert body["response_action"] == "update"
    assert "LEAK-2026-0001" in str(body["view"]["blocks"])
    incident = harness.incident()
    assert incident.public_id == "LEAK-2026-0001"
    assert incident.people_count == 120 and incident.data_categories == ["name_contact"]


def test_submit_mobilizes_channel_members_card_and_office(harness, slack):
    harness.submit_report()
    incident = harness.incident()
    channel = slack.channel_by_name("leak-2026-0001")
    assert channel is not None and channel["is_private"]
    assert incident.channel_id == channel["id"]
    assert set(slack.members(channel["id"])) >= {PEOPLE.reporter, PEOPLE.owner, PEOPLE.deputy}
    # The deputy was given by e-mail in the directory and resolved through Slack.
    assert incident.deputy_id == PEOPLE.deputy
    topic = slack.calls_to("conversations.setTopic")[0].args["topic"]
    assert topic.startswith("LEAK-2026-0001") and "ノートPC" not in topic
    card, task_list = slack.messages(channel["id"])[:2]
    assert f"<@{PEOPLE.owner}>" in card["text"] and f"<@{PEOPLE.deputy}>" in card["text"]
    buttons = [e["action_id"] for b in card["blocks"] if b["type"] == "actions" for e in b["elements"]]
    assert buttons == [
        "leak_acknowledge", "leak_open_second_report", "leak_open_phase_change", "leak_open_legal",
        "leak_open_contacts", "leak_open_publication", "leak_open_contractor", "leak_open_inquiry", "leak_open_faq",
        "leak_open_recurrence",
    ]
    assert card["ts"] in slack.pins(channel["id"])
    # The office hears ID, department, event type, severity and link — never the free text.
    office = slack.messages(OFFICE_CHANNEL)
    assert len(office) == 1
    notice = str(office[0])
    assert "LEAK-2026-0001" in notice and "営業部" in notice and f"<#{channel['id']}>" in notice
    assert "顧客名簿" not in notice and "渋谷" not in notice and "遺失届" not in notice
    # The reporter's DM receipt carries the ID.
    assert any("LEAK-2026-0001" in m["text"] for m in slack.dms_to(PEOPLE.reporter))
    events = [e for e, _, _ in harness.timeline(incident.id) if not e.startswith("task_")]
    assert events[:6] == [
        "reported", "playbook_applied", "legal_assessed", "channel_created", "members_invited", "office_notified"
    ]


def test_hidden_reporter_is_not_invited_nor_named_in_the_channel(harness, slack):
    harness.submit_report(hide_reporter=["yes"])
    incident = harness.incident()
    assert incident.reporter_hidden
    assert PEOPLE.reporter not in slack.members(incident.channel_id)
    card = slack.messages(incident.channel_id)[0]
    assert PEOPLE.reporter not in str(card)
    assert "非表示" in str(card)


def test_validation_errors_are_inline_localized_and_nothing_is_created(harness, slack):
    now = harness.clock()
    view_id = harness.open_report()
    values = harness.first_report_values(
        discovered_at=int(now.timestamp()) + 3600, people_count="-3", description="   "
    )
    response = harness.driver.submit_view(view_id, PEOPLE.reporter, values)
    body = response.json()
    assert body["response_action"] == "errors"
    assert body["errors"] == {
        "discovered_at": "未来の日時は指定できません。",
        "people_count": "人数に負の数は指定できません。",
        "description": "入力してください。",
    }
    assert harness.incidents() == []
    assert slack.calls_to("conversations.create") == []


def test_discovery_before_occurrence_and_fractional_counts_are_refused(harness):
    now = int(harness.clock().timestamp())
    view_id = harness.open_report()
    values = harness.first_report_values(occurred_at=now - 600, discovered_at=now - 3600, people_count="1.5")
    body = harness.driver.submit_view(view_id, PEOPLE.reporter, values).json()
    assert set(body["errors"]) == {"discovered_at", "people_count"}
    assert "発生日時より前" in body["errors"]["discovered_at"]
    assert harness.incidents() == []


def test_count_or_unknown_must_be_given(harness):
    view_id = harness.open_report()
    body = harness.driver.submit_view(view_id, PEOPLE.reporter, harness.first_report_values(people_count=None)).json()
    assert body["errors"] == {"people_count": "人数を入力するか「不明」にチェックしてください。"}


def test_english_organization_gets_english_errors(make_settings, slack, clock):
    from tests.conftest import Harness

    h = Harness(make_settings(leakbot_language="en"), slack, clock)
    try:
        view_id = h.open_report()
        body = h.driver.submit_view(view_id, PEOPLE.reporter, h.first_report_values(people_count="many")).json()
        assert body["errors"] == {"people_count": "Enter the number of people as a whole number (e.g. 120)."}
    finally:
        h.close()


def test_double_submit_of_the_same_modal_creates_one_incident(harness, slack):
    view_id = harness.open_report()
    # Both clicks carry the same submission: the second leaves before the first is answered.
    body, headers = harness.driver.build_submit_view(view_id, PEOPLE.reporter, harness.first_report_values())
    first = httpx.post(harness.driver.app_url, content=body, headers=headers)
    second = httpx.post(harness.driver.app_url, content=body, headers=headers)
    assert first.json()["response_action"] == second.json()["response_action"] == "update"
    assert "LEAK-2026-0001" in str(second.json()["view"])
    wait_until(harness.mobilized, message="mobilization")
    assert len(harness.incidents()) == 1
    assert len([c for c in slack.calls_to("conversations.create") if c.response.get("ok")]) == 1
    assert len(slack.messages(OFFICE_CHANNEL)) == 1


def test_concurrent_submissions_get_distinct_sequential_ids(harness):
    users = [PEOPLE.reporter, PEOPLE.owner, PEOPLE.deputy, PEOPLE.office, PEOPLE.outsider, PEOPLE.exec1]
    values = harness.first_report_values()
    submissions = [harness.driver.build_submit_view(harness.open_report(user=u), u, values) for u in users]
    barrier = threading.Barrier(len(submissions))
    results = []

    def submit(body, headers):
        barrier.wait()
        results.append(httpx.post(harness.driver.app_url, content=body, headers=headers, timeout=10).status_code)

    threads = [threading.Thread(target=submit, args=s) for s in submissions]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert results == [200] * 6
    wait_until(harness.mobilized, message="mobilization")
    ids = sorted(i.public_id for i in harness.incidents())
    assert ids == [f"LEAK-2026-{n:04d}" for n in range(1, 7)]
    channels = sorted(i.channel_name for i in harness.incidents())
    assert channels == [f"leak-2026-{n:04d}" for n in range(1, 7)]
