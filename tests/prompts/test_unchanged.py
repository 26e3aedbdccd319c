"""Every message, modal and view the bot builds, in Japanese and English, compared with a recorded
copy (``golden/builders.json``): a change to any text or block shows up here as a diff.

When a change of output is intended, rerun with ``LEAKBOT_UPDATE_GOLDEN=1`` and review the diff of
the JSON file like any other change.
"""

from __future__ import annotations

import json
import os
from datetime import UTC, datetime, timedelta
from pathlib import Path
from types import SimpleNamespace
from typing import Any
from zoneinfo import ZoneInfo

import pytest

from domain.directory import parse_directory
from domain.incidents import DataCategory, ErrorCode, EventType, Tri, severity_hint
from domain.legal import AttackSign, GdprRisk, Role, Sector
from domain.phases import Phase, next_phases
from domain.summary import IncidentFacts, TaskFacts, aggregate_only, summarize
from prompts import (
    card,
    chart,
    common,
    first_report,
    home,
    legal_form,
    phases,
    second_report,
    status,
    summary,
    tasks,
    watch,
)

GOLDEN = Path(__file__).parent / "golden" / "builders.json"
TOKYO = ZoneInfo("Asia/Tokyo")
NOW = datetime(2026, 11, 24, 1, 0, tzinfo=UTC)
LONG = "長い説明<!channel> & <@U999>" * 40

DIRECTORY = parse_directory(
    {
        "office_channel": "C0FFICE",
        "executives": ["UEXEC"],
        "departments": [
            {"id": "sales", "name": {"ja": "営業部", "en": "Sales"}, "owner": "UOWN", "deputy": "UDEP"},
            {"id": "hr", "name": {"ja": "人事部", "en": "HR"}, "owner": "UHR", "deputy": "UHRD"},
        ],
    }
)


def incident(**overrides: Any) -> SimpleNamespace:
    values: dict[str, Any] = dict(
        public_id="LEAK-2026-0007", department_id="sales", event_type="misdelivery", severity="high", phase="reported",
        discovered_at=NOW - timedelta(hours=2), occurred_at=NOW - timedelta(days=1), reported_at=NOW - timedelta(hours=1),
        location="本社3階", data_categories=["sensitive", "name_contact"], people_count=1234, encrypted="no",
        third_party="contractor", reporter_id="UREP", reporter_hidden=False, description="宛先を誤って送信 <!here>",
        actions_taken="回収を依頼", owner_id="UOWN", deputy_id="UDEP", acked_at=None, acked_by=None, closed_at=None,
        channel_id="CINC",
    )
    values.update(overrides)
    return SimpleNamespace(**values)


def task(**overrides: Any) -> SimpleNamespace:
    values: dict[str, Any] = dict(
        id=11, title="証拠保全 <b>", notes="ログを保存", assignee="UOWN", due_at=NOW + timedelta(hours=5),
        phase="containment", status="open", kind="standard", follow_up=False,
    )
    values.update(overrides)
    return SimpleNamespace(**values)


def second(**overrides: Any) -> SimpleNamespace:
    values: dict[str, Any] = dict(
        revision=2, submitted_by="UREP", what_happened="誤送信", who="営業担当", cause="宛先の確認漏れ",
        occurred_at=NOW - timedelta(days=1), location="", data_categories=["name_contact"], data_items="氏名, 住所",
        people_count=120, count_basis="confirmed", how_discovered="取引先からの連絡", secondary_harm="no",
        secondary_harm_detail="", third_party="none", third_party_detail="委託先なし",
        submitted_at=NOW,
    )
    values.update(overrides)
    return SimpleNamespace(**values)


def severity() -> Any:
    return severity_hint(
        event_type=EventType.MISDELIVERY, data_categories=frozenset({DataCategory.SENSITIVE}), people_count=None,
        encrypted=Tri.UNKNOWN,
    )


def card_ctx(lang: str, **overrides: Any) -> Any:
    values: dict[str, Any] = dict(
        lang=lang, tz=TOKYO, department_name="営業部", severity=severity(), escalation_at=NOW + timedelta(minutes=30),
        second_report=card.SecondReportMeta(3, NOW, "UREP"),
    )
    values.update(overrides)
    return card.CardContext(**values)


def legal_facts(**overrides: Any) -> SimpleNamespace:
    values: dict[str, Any] = dict(
        aware_at=NOW, sensitive_data=Tri.YES, financial_harm=Tri.UNKNOWN, improper_purpose=Tri.NO,
        attack_signs=(AttackSign(next(iter(AttackSign)).value),), people_count=1200, count_is_maximum_estimate=True,
        strong_encryption=Tri.NO, key_leaked=Tri.UNKNOWN, role=Role(next(iter(Role)).value), principal_notified_at=None,
        sector=Sector(next(iter(Sector)).value), eu_residents_affected=Tri.UNKNOWN, eu_establishment=Tri.NO,
        gdpr_risk=GdprRisk(next(iter(GdprRisk)).value), gdpr_mitigated_or_encrypted=Tri.UNKNOWN,
        pseudonymised=Tri.NO, my_number_involved=Tri.YES, my_number_system=Tri.UNKNOWN,
        my_number_publicly_viewable=Tri.NO, my_number_people_count=150,
    )
    values.update(overrides)
    return SimpleNamespace(**values)


def weekly() -> Any:
    end = datetime(2026, 11, 23, 9, 0, tzinfo=TOKYO)
    day = timedelta(days=1)
    incidents = [
        IncidentFacts(f"LEAK-2026-{i:04d}", ["sales", "hr", "x"][i % 3], list(EventType)[i % 5], "investigation",
                      end - i * day, None if i % 2 else end - i * day + timedelta(minutes=40 + i),
                      end - day if i % 4 == 0 else None)
        for i in range(12)
    ]
    facts = [
        TaskFacts("LEAK-2026-0001", "遅れている対策", "UA", end - 3 * day, "open", False, True),
        TaskFacts("LEAK-2026-0002", "速報", None, end + 2 * day, "open", True, False),
        TaskFacts("LEAK-2026-0003", "follow", "someone", end + 20 * day, "open", False, True),
    ]
    return summarize(incidents, facts, period_end=end, tz=TOKYO)


def outputs(lang: str) -> dict[str, Any]:
    """Every builder's output for a set of cases that takes each branch."""
    out: dict[str, Any] = {}
    tz = TOKYO
    inc = incident()
    out["first_report_modal"] = first_report.first_report_modal(lang=lang, directory=DIRECTORY, description=LONG, now=NOW)
    out["receipt_view"] = first_report.receipt_view(incident_id="LEAK-2026-0007", department_name="営業<部>", lang=lang)
    out["receipt_dm"] = first_report.receipt_dm("LEAK-2026-0007", "営業<部>", lang)
    out["field_errors"] = common.field_errors(
        {"department": ErrorCode(next(iter(ErrorCode)).value), "discovered_at": list(ErrorCode)[-1]}, lang
    )
    out["field_errors_all"] = {code.value: common.field_errors({"x": code}, lang) for code in ErrorCode
                               if code is not ErrorCode.BEFORE_OCCURRENCE}
    out["second_report_prefill_first"] = {str(k): str(v) for k, v in second_report.second_report_prefill(inc, None).items()}
    out["second_report_prefill_latest"] = {
        str(k): str(v) for k, v in second_report.second_report_prefill(inc, second()).items()
    }
    prefill = second_report.second_report_prefill(inc, second())
    out["second_report_modal"] = second_report.second_report_modal(lang=lang, incident_id="LEAK-2026-0007", prefill=prefill)
    out["second_report_modal_first"] = second_report.second_report_modal(
        lang=lang, incident_id="LEAK-2026-0007", prefill=second_report.second_report_prefill(incident(people_count=None), None)
    )
    for phase in Phase:
        if phase is not Phase.CLOSED:
            out[f"phase_modal.{phase}"] = phases.phase_modal(
                lang=lang, incident_id="LEAK-2026-0007", current=phase, choices=next_phases(phase)
            )
    many = [task(id=i, title=f"対策{i}", due_at=NOW + timedelta(hours=i - 8), kind="legal" if i % 4 == 0 else "standard",
                 follow_up=i % 5 == 0) for i in range(18)]
    out["phase_modal_with_tasks"] = phases.phase_modal(
        lang=lang, incident_id="LEAK-2026-0007", current=Phase.PREVENTION, choices=next_phases(Phase.PREVENTION),
        open_tasks=many, tz=tz, now=NOW,
    )
    out["legal_modal"] = legal_form.legal_modal(
        lang=lang, incident_id="LEAK-2026-0007", facts=legal_facts(), versions=["appi-2022", "appi-2026"], override=None
    )
    out["legal_modal_override"] = legal_form.legal_modal(
        lang=lang, incident_id="LEAK-2026-0007", facts=legal_facts(people_count=None, count_is_maximum_estimate=False,
                                                                   principal_notified_at=NOW, attack_signs=()),
        versions=["appi-2022"], override="appi-2022",
    )
    out["card"] = card.incident_card(inc, card_ctx(lang))
    out["card_acked"] = card.incident_card(incident(acked_at=NOW, acked_by="UOWN", occurred_at=None), card_ctx(lang, second_report=None))
    out["card_closed"] = card.incident_card(incident(acked_at=NOW, acked_by="UDEP", closed_at=NOW, phase="closed"), card_ctx(lang))
    out["card_hidden"] = card.incident_card(incident(reporter_hidden=True, actions_taken="", location="",
                                                     owner_id=None, people_count=None, data_categories=[]), card_ctx(lang))
    out["card_hidden_office"] = card.incident_card(incident(reporter_hidden=True), card_ctx(lang, for_office=True, with_buttons=False))
    out["channel_topic"] = card.channel_topic(inc, "営業部", lang)
    out["office_new_incident"] = card.office_new_incident(inc, "営業<部>", lang)
    out["office_new_incident_no_channel"] = card.office_new_incident(incident(channel_id=None), "営業部", lang)
    out["office_closed"] = phases.office_closed(inc, "営業<部>", lang)
    out["escalation_dm"] = card.escalation_dm(inc, step=2, department_name="営業部", now=NOW + timedelta(hours=3), lang=lang)
    out["simple"] = common.simple("一行")
    out["mention"] = [common.mention("U1", lang), common.mention(None, lang)]
    out["author"] = [common.author("UREP", incident(reporter_hidden=True), lang),
                     common.author("UREP", incident(reporter_hidden=True), lang, for_office=True),
                     common.author("UX", inc, lang)]
    out["second_report_posted"] = second_report.second_report_posted(second(), incident=inc, lang=lang, tz=tz)
    out["second_report_posted_unknown"] = second_report.second_report_posted(
        second(people_count=None, secondary_harm="yes", secondary_harm_detail="詐欺", who=""),
        incident=incident(reporter_hidden=True), lang=lang, tz=tz,
    )
    out["closed_posted"] = phases.closed_posted(incident_id="LEAK-2026-0007", user="UOWN", measures_done="教育 <x>",
                                                measures_planned="手順の見直し", lang=lang)
    out["status_list_empty"] = status.status_list([], more=False, department_names={}, lang=lang, tz=tz)
    out["status_list"] = status.status_list(
        [incident(public_id=f"LEAK-2026-{i:04d}", department_id=["sales", "gone"][i % 2]) for i in range(5)],
        more=True, department_names={"sales": "営業<部>"}, lang=lang, tz=tz,
    )
    out["data_warning"] = watch.data_warning(["card_number", "my_number", "email_list"], lang)
    out["task_modal_new"] = tasks.task_modal(lang=lang, incident_id="LEAK-2026-0007", default_assignee="UOWN", now=NOW)
    out["task_modal_new_nobody"] = tasks.task_modal(lang=lang, incident_id="LEAK-2026-0007", default_assignee=None, now=NOW)
    out["task_modal_edit"] = tasks.task_modal(lang=lang, incident_id="LEAK-2026-0007", default_assignee="UOWN", now=NOW,
                                              task=task(assignee=None, notes=""))
    out["reassign_modal"] = tasks.reassign_modal(lang=lang, task=task())
    out["reassign_modal_nobody"] = tasks.reassign_modal(lang=lang, task=task(assignee=None))
    out["task_line"] = [tasks.task_line(x, lang=lang, tz=tz, now=NOW) for x in many[:6]]
    finished = [task(id=100 + i, status=["done", "cancelled"][i % 2], phase=["containment", "prevention"][i % 2])
                for i in range(4)]
    out["task_list"] = tasks.task_list(inc, many + finished, lang=lang, tz=tz, now=NOW)
    out["task_list_long"] = tasks.task_list(inc, [task(id=i) for i in range(35)], lang=lang, tz=tz, now=NOW)
    out["task_list_empty"] = tasks.task_list(inc, [], lang=lang, tz=tz, now=NOW)
    out["task_list_closed"] = tasks.task_list(incident(closed_at=NOW), many[:3] + [task(id=99, follow_up=True)],
                                              lang=lang, tz=tz, now=NOW)
    for kind in ("before", "due", "overdue"):
        out[f"reminder_dm.{kind}"] = tasks.reminder_dm(task(), inc, kind=kind, nag=2, lead=timedelta(days=1), lang=lang,
                                                       tz=tz, now=NOW + timedelta(hours=30))
    out["reminder_dm.before_nolead"] = tasks.reminder_dm(task(), incident(channel_id=None), kind="before", nag=0, lead=None,
                                                         lang=lang, tz=tz, now=NOW)
    out["assigned_dm"] = tasks.assigned_dm(task(), inc, lang=lang, tz=tz)
    out["escalation_notice"] = tasks.escalation_notice(task(), inc, nags=3, lang=lang, tz=tz)
    out["escalation_notice_legal"] = tasks.escalation_notice(task(kind="legal", assignee=None), inc, nags=3, lang=lang, tz=tz)
    out["open_tasks_section"] = tasks.open_tasks_section(many, lang=lang, tz=tz, now=NOW)
    row = dict(incident_id="LEAK-2026-0007", phase="調査", department="営業部", age="3日", overdue="")
    out["home_view"] = home.home_view(lang=lang, tz=tz, now=NOW, my_tasks=[(x, inc) for x in many[:3]],
                                      my_incidents=[row], all_open=[row] * 31)
    out["home_view_empty"] = home.home_view(lang=lang, tz=tz, now=NOW, my_tasks=[], my_incidents=[], all_open=None)
    out["home_view_many"] = home.home_view(lang=lang, tz=tz, now=NOW, my_tasks=[(task(id=i), inc) for i in range(27)],
                                           my_incidents=[row] * 2, all_open=[])
    week = weekly()
    names = {"sales": "営業部", "hr": "人事部"}
    out["summary_message"] = summary.summary_message(week, lang=lang, tz=tz, department_names=names)
    out["aggregate_message"] = summary.aggregate_message(aggregate_only(week, min_count=5), lang=lang, tz=tz,
                                                         department_names=names)
    out["chart_labels"] = chart.LABELS[lang]
    return out


def recorded() -> dict[str, Any]:
    return json.loads(json.dumps({lang: outputs(lang) for lang in ("ja", "en")}, ensure_ascii=False, default=str))


def test_every_builder_output_is_unchanged() -> None:
    now = recorded()
    if os.environ.get("LEAKBOT_UPDATE_GOLDEN"):
        GOLDEN.write_text(json.dumps(now, ensure_ascii=False, indent=1, sort_keys=True) + "\n", encoding="utf-8")
    before = json.loads(GOLDEN.read_text(encoding="utf-8"))
    for lang in ("ja", "en"):
        assert set(now[lang]) == set(before[lang])
        for name in before[lang]:
            assert now[lang][name] == before[lang][name], f"{lang}: {name} changed"


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_the_recording_takes_every_branch_worth_seeing(lang: str) -> None:
    out = recorded()[lang]
    assert "leak_acknowledge" in json.dumps(out["card"]) and "leak_acknowledge" not in json.dumps(out["card_acked"])
    assert "<@UREP>" not in json.dumps(out["card_hidden"]) and "<@UREP>" in json.dumps(out["card_hidden_office"])
    assert out["reminder_dm.before"][0] != out["reminder_dm.due"][0] != out["reminder_dm.overdue"][0]
