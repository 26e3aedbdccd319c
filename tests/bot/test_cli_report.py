"""``leakbot report --from --to [--post]``: the management report for a period, made by the real
command (a subprocess) on the database the app filled under a fixed clock."""

from __future__ import annotations

import subprocess
from datetime import timedelta

from tests.bot.test_cli import LEAKBOT, env_for, write_directory
from tests.conftest import DIRECTORY, OFFICE_CHANNEL, PEOPLE, wait_until
from tests.handlers.test_near_miss import report_near_miss
from tests.handlers.test_recurrence import approve_statement
from tests.handlers.test_second_report_phases import change_phase


def report(harness, tmp_path, database_url, *args, slack=None):
    env = env_for(tmp_path, slack, LEAKBOT_DIRECTORY=write_directory(tmp_path, DIRECTORY), DATABASE_URL=database_url,
                  LEAKBOT_LANGUAGE="ja")
    return subprocess.run([*LEAKBOT, "report", *args], env=env, cwd=str(tmp_path), capture_output=True, text=True,
                          timeout=120)


def fill(harness, slack):
    """In November: one incident acknowledged after 20 minutes, its statement approved and closed
    two days after the report; one sensitive-data incident never acknowledged; one near miss.
    In December: one more incident (outside the period)."""
    harness.submit_report()
    first = harness.incident()
    harness.clock.advance(timedelta(minutes=20))
    harness.press("leak_acknowledge", PEOPLE.owner, first.public_id)
    wait_until(lambda: harness.incident().acked_at is not None, message="ack")
    approve_statement(harness, slack, direct_cause="網棚に|置き忘れ\n# 見出しではない", planned_2_title=None,
                      planned_2_assignee=None, planned_2_due=None)
    harness.clock.advance(timedelta(days=2) - timedelta(minutes=20))
    assert change_phase(harness, slack, PEOPLE.owner, "closed", carry_over=True).status_code == 200
    wait_until(lambda: harness.incidents()[0].closed_at is not None, message="closed")
    harness.submit_report(department="hr", data_categories=["sensitive"], description="健康診断の結果を誤送信")
    report_near_miss(harness, slack)
    harness.clock.advance(timedelta(days=12))  # 2026-12-08
    harness.submit_report(description="12月の事案")
    return harness.incidents()


def test_report_for_a_period_as_markdown(harness, slack, tmp_path, database_url):
    rows = fill(harness, slack)
    result = report(harness, tmp_path, database_url, "--from", "2026-11-01", "--to", "2026-11-30")
    assert result.returncode == 0, result.stderr
    out = result.stdout
    assert out.startswith("# 個人情報漏えい等事案 管理報告")
    assert "対象期間: 2026-11-01" in out and "2026-11-30" in out
    # Two incidents in November (the near miss counted apart, December's left out).
    assert "- 事案 2 件（うち終結 1 件）" in out
    assert "LEAK-2026-0001" in out and "LEAK-2026-0002" in out and "LEAK-2026-0003" not in out
    assert "NM-2026-0001" not in out and "- 期間中 1 件（再発防止策の承認待ち 1 件）" in out
    assert "確認までの時間: 中央値 20分、最長 20分（1 件）" in out
    assert "終結までの時間: 中央値 2日、最長 2日（1 件）" in out
    # The sensitive-data incident is reportable under the APPI (施行規則7条1号).
    line = next(x for x in out.splitlines() if x.startswith("| LEAK-2026-0002"))
    assert "個人情報保護法" in line and "人事部" in line
    assert "個人情報保護法" not in next(x for x in out.splitlines() if x.startswith("| LEAK-2026-0001"))
    # Causes and measures of the approved statement, user text unable to break the Markdown.
    assert "- 直接の原因: 網棚に/置き忘れ # 見出しではない" in out
    assert "- 対策: 持ち出しPCの暗号化を必須化（担当 UOWNER、期限 2026-12-24 (木)）— 実施中" in out
    assert "承認された再発防止策: 完了 0 件、実施中 1 件（うち期限超過 0 件）" in out
    # Nothing of the reports' free text.
    assert "健康診断" not in out and "顧客名簿" not in out and "12月の事案" not in out
    assert rows[0].public_id == "LEAK-2026-0001"


def test_report_posts_a_markdown_file_to_the_office_channel(harness, slack, tmp_path, database_url):
    fill(harness, slack)
    result = report(harness, tmp_path, database_url, "--from", "2026-12-01", "--to", "2026-12-31", "--post", slack=slack)
    assert result.returncode == 0, result.stderr
    assert "leakbot-report-2026-12-01-2026-12-31.md" in result.stdout
    upload = next(u for u in slack.uploads if u["filename"] == "leakbot-report-2026-12-01-2026-12-31.md")
    assert OFFICE_CHANNEL in upload["channels"]
    content = bytes(upload["data"]).decode("utf-8")
    assert "LEAK-2026-0003" in content and "- 事案 1 件（うち終結 0 件）" in content


def test_report_refuses_a_reversed_period(tmp_path):
    env = env_for(tmp_path, LEAKBOT_DIRECTORY=write_directory(tmp_path, DIRECTORY))
    result = subprocess.run([*LEAKBOT, "report", "--from", "2026-12-01", "--to", "2026-11-01"], env=env, cwd=str(tmp_path),
                            capture_output=True, text=True, timeout=60)
    assert result.returncode == 2 and "期間が正しくありません" in result.stderr


def test_report_carries_the_inquiry_desk_and_contact_sections(harness, slack, tmp_path, database_url):
    """The sections other features contribute (services.report.SECTIONS) are in the report: the
    inquiries logged in the period and the contact/publication figures."""
    from tests.handlers.test_inquiries import BATCH, command, inquiries

    harness.submit_report()
    incident = harness.incident()
    view = command(harness, PEOPLE.desk, incident.public_id)
    assert harness.driver.submit_view(view["id"], PEOPLE.desk, BATCH).status_code == 200
    wait_until(lambda: inquiries(harness), message="the batch is stored")
    result = report(harness, tmp_path, database_url, "--from", "2026-11-01", "--to", "2026-11-30")
    assert result.returncode == 0, result.stderr
    assert "問い合わせ: 37 件" in result.stdout
    assert "連絡中の事案 0 件" in result.stdout
