"""The legal assessment as people read it: in the incident channel and in the terminal.

Assessments come from the real engine; the checks are on what a reader sees — the marker and the
reason on each duty line, dates with weekday, the "if … then" lines, the change announcement — and
on Slack's limits whatever the content."""

from __future__ import annotations

import itertools
import re
import string
from dataclasses import replace

import pytest

from domain.legal import (
    Answer,
    AttackSign,
    Caveat,
    DeadlineKind,
    Fact,
    GdprRisk,
    Jurisdiction,
    Reason,
    Requirement,
    Role,
    Sector,
    Tri,
    assess,
)
from domain.legal.outcome import Change, ChangeKind, Duty, changes, outcome_of
from prompts.legal import assessment_message, assessment_text, question_line, text
from prompts.locale.legal import TEXT as LEGAL_TEXT
from tests.domain.legal.helpers import BERLIN, TOKYO, clean, jst
from tests.fakeslack import missing_text_fallback, validate_message

ID = "LEAK-2026-0007"


def build(facts, lang="ja", tz=TOKYO, **kw):
    a = assess(facts, tz=tz)
    fallback, blocks = assessment_message(a, incident_id=ID, lang=lang, tz=tz, **kw)
    assert validate_message(fallback, blocks) == []
    assert not missing_text_fallback(fallback, blocks)
    assert len(blocks) <= 50
    return fallback, blocks


def visible(blocks) -> str:
    out = []
    for b in blocks:
        if b["type"] in ("section", "header"):
            out.append(b["text"]["text"])
        elif b["type"] == "context":
            out += [e["text"] for e in b["elements"]]
    return "\n".join(out)


def line_with(body: str, needle: str) -> str:
    lines = [line for line in body.splitlines() if needle in line]
    assert lines, f"no line with {needle!r} in:\n{body}"
    return lines[0]


# ---------------------------------------------------------------------------
# Required / possibly required / not required
# ---------------------------------------------------------------------------


def test_required_report_has_red_marker_and_names_the_category():
    fallback, blocks = build(clean(sensitive_data=Tri.YES, people_count=1))
    body = visible(blocks)
    assert line_with(body, "*個人情報保護委員会への報告*").startswith("🔴 必要")
    assert line_with(body, "*本人への通知*").startswith("🔴 必要")
    assert "要配慮個人情報が含まれる（おそれを含む。規則7条1号）" in body
    assert "報告対象事態では本人への通知も必要（法26条2項）" in body


def test_required_report_in_english():
    _, blocks = build(clean(financial_harm=Tri.YES, people_count=5000), lang="en")
    body = visible(blocks)
    line = line_with(body, "*Report to the PPC")
    assert line.startswith("🔴 Required")
    assert "PPC Rule 7(ii)" in body and "more than 1,000 people are affected (PPC Rule 7(iv))" in body


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_unknown_count_is_possibly_required_never_not_required(lang):
    fallback, blocks = build(clean(people_count=None), lang=lang)
    body = visible(blocks)
    marker = "🟡 必要の可能性" if lang == "ja" else "🟡 Possibly required"
    label = "*個人情報保護委員会への報告*" if lang == "ja" else "*Report to the PPC"
    assert line_with(body, label).startswith(marker)
    assert "⚪" not in line_with(body, label)
    assert not [line for line in body.splitlines() if line.startswith("⚪")]  # no duty line says "not required"
    if lang == "en":
        assert "NOT REQUIRED" not in fallback and "POSSIBLY REQUIRED" in fallback
    else:
        assert "必要の可能性あり" in fallback
    # The uncertainty is said, and that the deadlines run anyway.
    assert ("期限は知った時点から進行" in body) if lang == "ja" else ("deadlines still run" in body)


def test_unknown_count_yields_the_if_then_lines():
    _, blocks = build(clean(people_count=None))
    body = visible(blocks)
    assert "本人の数が1,000人を超えると判明した場合 → 個人情報保護委員会への報告と本人への通知が *必要* になります。" in body
    assert "本人の数が1,000人以下であると判明した場合 → 個人情報保護委員会への報告と本人への通知が *不要* になります。" in body
    _, blocks = build(clean(people_count=None), lang="en")
    assert (
        "If it turns out that more than 1,000 people are affected: "
        "the report to the PPC and the notice to individuals become *REQUIRED*." in visible(blocks)
    )


def test_unconfirmed_improper_purpose_says_the_deadline_becomes_60_days():
    _, blocks = build(clean(sensitive_data=Tri.YES, improper_purpose=Tri.UNKNOWN), lang="en")
    body = visible(blocks)
    assert "the final report (確報) deadline becomes *60 days* (2027-01-29 (Fri))" in body
    assert "If the improper purpose is confirmed, the final report is due in 60 days: by 2027-01-29 (Fri)" in body


def test_not_required_has_white_marker_reason_and_voluntary_report():
    fallback, blocks = build(clean())
    body = visible(blocks)
    assert line_with(body, "*個人情報保護委員会への報告*").startswith("⚪ 不要")
    assert "規則7条の4類型" in body and "いずれにも当たらない" in body
    assert "任意に報告することはできます" in body
    assert fallback == f"{ID}: 個人情報保護委員会への報告 不要"
    assert "*期限*" not in body  # no deadline without a duty


def test_strong_encryption_exception_is_named():
    _, blocks = build(clean(sensitive_data=Tri.YES, strong_encryption=Tri.YES, key_leaked=Tri.NO))
    body = visible(blocks)
    assert line_with(body, "*個人情報保護委員会への報告*").startswith("⚪ 不要")
    assert "高度な暗号化がされ、復号鍵も漏えいしていないため、例外として報告対象外" in body
    assert "暗号の方式と鍵の管理を確認してください" in body  # ENCRYPTION_MUST_BE_HIGH_GRADE


def test_contractor_release_is_named():
    _, blocks = build(clean(improper_purpose=Tri.YES, role=Role.CONTRACTOR, principal_notified_at=jst(2026, 12, 2, 9)),
                      lang="en")
    body = visible(blocks)
    assert line_with(body, "*Report to the PPC").startswith("⚪ Not required")
    assert "releases us from the report and the notice" in body
    assert "*Notice to the principal*: given in time" in body
    assert "the principal must still report and notify" in body


def test_attack_signs_are_named_with_their_letters():
    facts = clean(improper_purpose=Tri.UNKNOWN, attack_signs=(AttackSign.A_EXFILTRATION_TRACES, AttackSign.U_C2_COMMUNICATION))
    _, blocks = build(facts)
    assert "サイバー攻撃の兆候 (ア)(ウ) があり" in visible(blocks)


# ---------------------------------------------------------------------------
# Deadlines
# ---------------------------------------------------------------------------


def test_appi_deadlines_have_dates_with_weekday():
    # Aware 2026-12-01 → 30th day 2026-12-30 (year-end closure) → 確報 2027-01-04 (月).
    fallback, blocks = build(clean(sensitive_data=Tri.YES, aware_at=jst(2026, 12, 1, 0, 30)))
    body = visible(blocks)
    assert "*速報*（速やかに。目安は3〜5日）: 2026-12-03 (木) から注意、2026-12-05 (土) を過ぎると遅延" in body
    final = line_with(body, "*確報*")
    assert "2027-01-04 (月) まで" in final and "2026-12-30 (水)" in final and "繰り下げ" in final
    assert "*本人への通知*: 速やかに — 法定の期日はありません。通知が困難な場合は事案の公表又は問い合わせ窓口の設置で代替できます。" in body
    assert fallback == f"{ID}: 個人情報保護委員会への報告 必要 — 速報 速やかに（目安 2026-12-05 (土) まで）、確報 2027-01-04 (月) まで"


def test_english_headline_carries_the_dates():
    fallback, blocks = build(clean(sensitive_data=Tri.YES), lang="en")
    assert fallback.startswith(f"{ID}: APPI report to the PPC REQUIRED — 速報 promptly (guide: by 2026-12-05 (Sat)), 確報 by 2027-01-04 (Mon)")
    body = visible(blocks)
    assert "*Notice to individuals*: promptly — no fixed date; if notice is impossible, publication of the incident or an inquiry desk instead." in body


def test_outside_japan_the_japanese_day_and_its_local_end_are_shown():
    _, blocks = build(clean(sensitive_data=Tri.YES), lang="en", tz=BERLIN)
    final = line_with(visible(blocks), "*Final report")
    assert "2027-01-04 (Mon) (Japan date; until 2027-01-04 (Mon) 16:00 CET)" in final


def test_gdpr_72_hours_as_date_and_time():
    fallback, blocks = build(clean(eu_residents_affected=Tri.YES, gdpr_risk=GdprRisk.HIGH, gdpr_mitigated_or_encrypted=Tri.NO))
    body = visible(blocks)
    assert "*EU（GDPR 33条・34条）*" in body
    assert line_with(body, "*監督機関への通知（GDPR 33条）*").startswith("🔴 必要")
    assert line_with(body, "*本人への連絡（GDPR 34条）*").startswith("🔴 必要")
    assert "*監督機関への通知*: 2026-12-04 (金) 10:00 JST まで（知った時点 2026-12-01 (火) 10:00 JST から72時間）" in body
    assert "*本人への連絡*: 遅滞なく — 期日の定めはありません" in body
    assert "GDPR 監督機関への通知 必要（2026-12-04 (金) 10:00 JST まで）" in fallback


def test_gdpr_possibly_applicable_is_flagged_and_not_applicable_is_one_line():
    _, blocks = build(clean(eu_residents_affected=Tri.UNKNOWN, gdpr_risk=GdprRisk.RISK), lang="en")
    body = visible(blocks)
    assert "🟡 *GDPR may apply* — still unconfirmed: whether EU residents are affected (Art. 3)." in body
    assert line_with(body, "*Notification to the supervisory authority").startswith("🟡 Possibly required")
    assert "If it turns out that no EU residents are affected: GDPR *does not apply*." in body
    _, blocks = build(clean(), lang="en")
    body = visible(blocks)
    assert "Art. 33)*" not in body
    assert "EU (GDPR): does not apply" in body


# ---------------------------------------------------------------------------
# Caveats, context, buttons
# ---------------------------------------------------------------------------


def test_caveats_say_what_is_guidance_pending_or_not_encoded():
    _, blocks = build(clean(sensitive_data=Tri.YES, sector=Sector.OTHER))
    body = visible(blocks)
    assert "速報の「3〜5日」はガイドライン上の目安で、法令上の期限ではありません" in body
    assert "2026年改正（2026-07-17公布）" in body and "施行日が未定" in body
    assert "業種別のルールはこの判定に組み込まれていません" in body


def test_context_names_the_rule_set_and_who_assessed():
    _, blocks = build(clean(sensitive_data=Tri.YES), actor="U0OWNER")
    context = next(b for b in blocks if b["type"] == "context")["elements"][0]["text"]
    assert "判定ルール appi-2024-04（2024-04-01 (月) 施行）" in context
    assert "知った時点 2026-12-01 (火) 10:00 JST" in context
    assert "<@U0OWNER>" in context
    _, blocks = build(clean(sensitive_data=Tri.YES))
    assert "報告内容からの自動判定" in visible(blocks)


def test_buttons_download_drafts_and_reassess():
    _, blocks = build(clean(sensitive_data=Tri.YES), lang="en")
    assert blocks[-1]["type"] == "actions"
    buttons = {e["action_id"]: e for e in blocks[-1]["elements"]}
    assert buttons["leak_legal_drafts"]["value"] == ID
    assert buttons["leak_legal_drafts"]["text"]["text"] == "Download drafts"
    assert buttons["leak_open_legal"]["value"] == ID
    assert buttons["leak_open_legal"]["text"]["text"] == "Re-assess"


# ---------------------------------------------------------------------------
# Change announcement
# ---------------------------------------------------------------------------


def test_change_of_answer_is_announced_first():
    before = assess(clean(people_count=1000), tz=TOKYO)
    after_facts = clean(people_count=1001)
    found = changes(outcome_of(before), outcome_of(assess(after_facts, tz=TOKYO)))
    fallback, blocks = build(after_facts, changes=found, actor="U0OWNER")
    first = blocks[0]["text"]["text"]
    assert first.startswith("🔄 *判定が変わりました*（<@U0OWNER> による再判定）")
    assert "個人情報保護委員会への報告: 不要 → *必要*" in first
    assert "本人への通知: 不要 → *必要*" in first
    assert "確報の期限" not in first  # deadlines that merely appear with the duty are listed below, not here
    assert fallback.startswith(f"{ID}: 判定変更 — 個人情報保護委員会への報告 必要")


def test_moved_deadline_is_announced_with_both_dates():
    old = assess(clean(sensitive_data=Tri.YES, improper_purpose=Tri.UNKNOWN), tz=TOKYO)
    new_facts = clean(sensitive_data=Tri.YES, improper_purpose=Tri.YES)
    found = changes(outcome_of(old), outcome_of(assess(new_facts, tz=TOKYO)))
    _, blocks = build(new_facts, lang="en", changes=found)
    first = blocks[0]["text"]["text"]
    assert first.startswith("🔄 *The answer has changed*")
    assert "Final report (確報) deadline: 2027-01-04 (Mon) → *2027-01-29 (Fri)*" in first


@pytest.mark.parametrize("given", [None, []])
def test_no_announcement_without_changes(given):
    fallback, blocks = build(clean(sensitive_data=Tri.YES), changes=given)
    assert blocks[0]["type"] == "header"
    assert "判定変更" not in fallback


# ---------------------------------------------------------------------------
# Slack limits whatever the content
# ---------------------------------------------------------------------------

SWEEP = list(itertools.product(
    (Tri.YES, Tri.NO, Tri.UNKNOWN),  # sensitive
    ("yes", "no", "unknown", "signs"),  # improper purpose (unknown, with an attack sign recorded)
    (None, 10, 5000),  # people
    (Tri.YES, Tri.UNKNOWN),  # strong encryption (key unknown)
    (Role.UNKNOWN, Role.CONTRACTOR, Role.BOTH),
    (Sector.UNKNOWN, Sector.FINANCIAL, Sector.OTHER),
    (Tri.UNKNOWN, Tri.YES),  # EU residents
    (GdprRisk.UNKNOWN, GdprRisk.HIGH),
))


def _sweep_facts(s, f, n, e, role, sector, eu, risk):
    return clean(sensitive_data=s, financial_harm=Tri.NO if s is Tri.NO else Tri.UNKNOWN,
                 improper_purpose=Tri.UNKNOWN if f == "signs" else Tri(f), people_count=n, strong_encryption=e,
                 key_leaked=Tri.UNKNOWN, role=role, sector=sector, eu_residents_affected=eu, eu_establishment=Tri.UNKNOWN,
                 gdpr_risk=risk, attack_signs=(AttackSign.O_THIRD_PARTY_REPORT,) if f == "signs" else ())


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_every_combination_renders_valid_blocks_and_never_hides_possibly(lang):
    for combo in SWEEP[:: 3 if lang == "en" else 1]:
        facts = _sweep_facts(*combo)
        a = assess(facts, tz=TOKYO)
        fallback, blocks = build(facts, lang=lang)
        body = visible(blocks)
        label = "*個人情報保護委員会への報告*" if lang == "ja" else "*Report to the PPC"
        marker = text(lang, f"legal.level.{a.appi.regulator_report.requirement.value}")
        assert line_with(body, label).startswith(marker)
        if a.appi.regulator_report.requirement is Requirement.POSSIBLY_REQUIRED:
            assert text(lang, "legal.word.not_required") not in fallback.split("GDPR")[0]


def test_huge_content_stays_within_limits():
    a = assess(_sweep_facts(Tri.UNKNOWN, "unknown", None, Tri.UNKNOWN, Role.BOTH, Sector.UNKNOWN, Tri.UNKNOWN,
                            GdprRisk.UNKNOWN), tz=TOKYO)
    bloated = replace(
        a,
        caveats=tuple(Caveat) * 4,
        jurisdictions=(
            replace(a.appi, unknowns=a.appi.unknowns * 40, caveats=tuple(Caveat) * 4),
            replace(a.mynumber, unknowns=a.mynumber.unknowns * 40),
            replace(a.gdpr, unknowns=a.gdpr.unknowns * 40),
        ),
    )
    many = [Change(ChangeKind.OBLIGATION, Jurisdiction.APPI, Requirement.NOT_REQUIRED, Requirement.REQUIRED,
                   duty=Duty.REGULATOR_REPORT)] * 200
    long_id = "LEAK-" + "9" * 200 + "<!channel>"
    for lang in ("ja", "en"):
        fallback, blocks = assessment_message(bloated, incident_id=long_id, lang=lang, tz=TOKYO, changes=many,
                                              actor="x" * 5000)
        assert validate_message(fallback, blocks) == []
        assert not missing_text_fallback(fallback, blocks)
        assert len(blocks) <= 50 and len(fallback) <= 3000
        assert blocks[-1]["type"] == "actions"
        assert "<!channel>" not in fallback and "<!channel>" not in visible(blocks)
        assert text(lang, "legal.more", n=len(many) - 10) in visible(blocks)


# ---------------------------------------------------------------------------
# Terminal text
# ---------------------------------------------------------------------------


def test_terminal_text_has_the_same_content_without_markup():
    out = assessment_text(assess(clean(sensitive_data=Tri.YES, people_count=None, eu_residents_affected=Tri.UNKNOWN,
                                       gdpr_risk=GdprRisk.RISK), tz=TOKYO), lang="ja", tz=TOKYO)
    assert out.startswith("法的義務の判定\n")
    assert "個人情報保護委員会への報告 必要 — 速報 速やかに（目安 2026-12-05 (土) まで）、確報 2027-01-04 (月) まで" in out
    assert "🔴 必要　個人情報保護委員会への報告" in out
    assert "確報（30日以内）: 2027-01-04 (月) まで" in out
    assert "監督機関への通知: 2026-12-04 (金) 10:00 JST まで" in out
    assert "判定ルール appi-2024-04" in out
    assert "*" not in out and "<@" not in out


def test_terminal_text_in_english():
    out = assessment_text(assess(clean(people_count=None), tz=TOKYO), lang="en", tz=TOKYO)
    assert "🟡 Possibly required  Report to the PPC" in out
    assert "If it turns out that more than 1,000 people are affected" in out


# ---------------------------------------------------------------------------
# Strings
# ---------------------------------------------------------------------------


def _placeholders(value: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(value) if name}


def test_both_languages_have_the_same_keys_and_placeholders_and_merge_cleanly():
    assert all(set(entry) == {"ja", "en"} for entry in LEGAL_TEXT.values())
    assert [k for k, e in LEGAL_TEXT.items() if _placeholders(e["ja"]) != _placeholders(e["en"])] == []
    assert all(k.startswith("legal.") for k in LEGAL_TEXT)


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_every_engine_code_has_a_text(lang):
    for c in Caveat:
        assert text(lang, f"legal.caveat.{c.value}")
    for r in Reason:
        assert text(lang, f"legal.reason.{r.value}", facts="x")
    for f in Fact:
        assert text(lang, f"legal.fact.{f.value}")
    for k in DeadlineKind:
        assert text(lang, f"legal.deadline.{k.value}")
    for s in AttackSign:
        assert text(lang, f"legal.sign.{s.value}")
    for r in Requirement:
        assert text(lang, f"legal.level.{r.value}") and text(lang, f"legal.word.{r.value}")


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_every_open_question_the_engine_asks_can_be_phrased(lang):
    seen: set[tuple[Fact, Answer]] = set()
    for combo in SWEEP:
        a = assess(_sweep_facts(*combo), tz=TOKYO)
        for j, part in ((Jurisdiction.APPI, a.appi), (Jurisdiction.GDPR, a.gdpr)):
            for q in part.unknowns:
                line = question_line(lang, q, a, j, TOKYO)
                assert not re.search(r"\{\w+\}", line)
                seen.add((q.unknown, q.if_answer))
    assert (Fact.PEOPLE_COUNT, Answer.OVER_THRESHOLD) in seen and (Fact.SECTOR, Answer.FINANCIAL) in seen
