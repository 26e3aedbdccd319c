"""Report drafts: what a person downloads, completes and sends (the bot never sends them)."""

from __future__ import annotations

import jinja2
import pytest

from domain.legal import GdprRisk, Tri, assess
from prompts.drafts import (
    DraftContext,
    drafts_bundle,
    gdpr_notification_draft,
    individual_notice_draft,
    ppc_report_draft,
    public_notice_draft,
)
from prompts.templates import render
from tests.domain.legal.helpers import TOKYO, clean, jst

ID = "LEAK-2026-0007"
UNKNOWN = "【未確定：判明次第補完】"
ITEMS = [
    "1. 概要",
    "2. 漏えい等が発生し、又は発生したおそれがある個人データの項目",
    "3. 本人の数",
    "4. 原因",
    "5. 二次被害又はそのおそれの有無及びその内容",
    "6. 本人への対応の実施状況",
    "7. 公表の実施状況",
    "8. 再発防止のための措置",
    "9. その他参考となる事項",
]
CARD = "4111 1111 1111 1111"
MY_NUMBER = "123456789012"
EMAIL = "taro.yamada@example.com"

MINIMAL = DraftContext(incident_id=ID)
FULL = DraftContext(
    incident_id=ID,
    department="営業部",
    event_type="misdelivery",
    discovered_at=jst(2026, 12, 1, 10, 0),
    occurred_at=jst(2026, 11, 30, 18, 15),
    location="本社 3階",
    what_happened="顧客一覧のファイルを誤って別の取引先へメール送信した。\n送信先には削除を依頼済み。",
    cause="宛先のオートコンプリートによる選択ミス",
    data_categories=["sensitive", "name_contact"],
    data_items=["氏名", "メールアドレス", "診断名"],
    people_count=1200,
    count_basis="confirmed",
    secondary_harm="no",
    secondary_harm_detail="送信先から削除済みとの回答あり",
    measures_done="送信先へ削除依頼、削除の確認",
    measures_planned="外部宛てメールの送信前確認を必須化",
    actions_taken="誤送信に気づいた直後に送信先へ電話",
    individual_notice_status="未実施（12月10日に郵送予定）",
    publication_status="公表予定なし",
)


def required():
    return assess(clean(sensitive_data=Tri.YES, people_count=1200), tz=TOKYO)


def not_required():
    return assess(clean(), tz=TOKYO)


def gdpr_case(**kw):
    return assess(clean(sensitive_data=Tri.YES, eu_residents_affected=Tri.YES, gdpr_risk=GdprRisk.HIGH,
                        gdpr_mitigated_or_encrypted=Tri.NO, **kw), tz=TOKYO)


DRAFT_DAY = jst(2026, 12, 2, 9, 0)


def all_drafts(a, ctx, now=DRAFT_DAY):
    return [
        ppc_report_draft(a, ctx, tz=TOKYO),
        individual_notice_draft(a, ctx, tz=TOKYO),
        public_notice_draft(a, ctx, tz=TOKYO),
        gdpr_notification_draft(a, ctx, tz=TOKYO, now=now),
    ]


# ---------------------------------------------------------------------------
# Report to the PPC
# ---------------------------------------------------------------------------


def test_ppc_report_has_the_nine_items_in_order():
    draft = ppc_report_draft(required(), FULL, tz=TOKYO)
    positions = [draft.index(f"## {item}\n") for item in ITEMS]
    assert positions == sorted(positions)


def test_ppc_report_header_says_a_person_sends_it_and_gives_kind_deadlines_and_rule_set():
    draft = ppc_report_draft(required(), FULL, tz=TOKYO)
    head = draft.split("## 1.")[0]
    assert "送付・提出は必ず担当者が行ってください" in "\n".join(draft.splitlines()[:4])
    assert "報告区分: 速報 ／ 確報" in head
    assert "判定: 報告が必要 — 要配慮個人情報が含まれる（おそれを含む。規則7条1号）、本人の数が1,000人を超える（規則7条4号）" in head
    assert "速報の期限: 速やかに（目安 2026-12-03 (木)〜2026-12-05 (土)。法令上の期限ではありません）" in head
    assert "確報の期限: 2027-01-04 (月)（知った日を1日目として30日）" in head
    assert "適用ルール: appi-2024-04（2024-04-01 施行）" in head


def test_ppc_report_is_filled_from_what_is_recorded():
    draft = ppc_report_draft(required(), FULL, tz=TOKYO)
    assert "- 事象: 誤送信・誤送付" in draft
    assert "- 発生日時: 2026-11-30 (月) 18:15 JST" in draft
    assert "- データの種類: 要配慮個人情報（病歴・犯罪歴など）、氏名・連絡先" in draft
    assert "- 項目: 氏名、メールアドレス、診断名" in draft
    assert "1,200人（確定）" in draft
    assert "宛先のオートコンプリートによる選択ミス" in draft
    assert "- 有無: 現時点で確認されていない" in draft
    assert "- 本人への通知の要否（判定）: 必要 — 速やかに（法定の期日なし）" in draft
    assert "- 公表の状況: 公表予定なし" in draft
    assert "- 今後の措置（予定）: 外部宛てメールの送信前確認を必須化" in draft
    assert "    顧客一覧のファイルを誤って別の取引先へメール送信した。\n    送信先には削除を依頼済み。" in draft
    assert UNKNOWN not in draft.split("## 1.")[1].split("## 9.")[0]  # every item before "other" is known


def test_unknown_items_are_marked_to_be_completed():
    draft = ppc_report_draft(assess(clean(people_count=None), tz=TOKYO), MINIMAL, tz=TOKYO)
    sections = draft.split("\n## ")[1:]
    assert len(sections) == 9
    for section in sections[:5] + sections[6:8]:  # 6 carries the assessed notice duty, 9 the reference
        assert UNKNOWN in section, section
    assert "判定: 報告が必要な可能性あり" in draft
    assert "## 3. 本人の数\n" + UNKNOWN in draft


def test_estimated_count_says_it_is_a_maximum():
    ctx = DraftContext(incident_id=ID, people_count=3000, count_basis="estimated_max")
    assert "最大3,000人（見込み。確定次第補完）" in ppc_report_draft(required(), ctx, tz=TOKYO)
    ctx = DraftContext(incident_id=ID, people_count=3000, count_basis="unknown")
    assert "## 3. 本人の数\n" + UNKNOWN in ppc_report_draft(required(), ctx, tz=TOKYO)


def test_no_duty_to_report_is_a_voluntary_report():
    draft = ppc_report_draft(not_required(), FULL, tz=TOKYO)
    assert "報告義務なし（任意の報告）" in draft
    assert "法定の期限: なし（報告義務なし）" in draft
    assert "確報の期限" not in draft


# ---------------------------------------------------------------------------
# Notice to individuals, public notice
# ---------------------------------------------------------------------------


def test_individual_notice_carries_items_1_2_4_5_9_only_and_an_inquiry_desk():
    draft = individual_notice_draft(required(), FULL, tz=TOKYO)
    headings = [line for line in draft.splitlines() if line.startswith("## ")]
    assert headings == [
        "## 1. 事案の概要",
        "## 2. 漏えい等が発生し、又は発生したおそれがある個人情報の項目",
        "## 3. 原因",
        "## 4. 二次被害又はそのおそれの有無及びその内容",
        "## 5. その他（お客様へのお願いと当社の対応）",
    ]
    assert "本人の数" not in draft.split("---")[1] and "1,200" not in draft
    assert "心より深くお詫び申し上げます" in draft
    assert "【お問い合わせ窓口】" in draft and "電話番号: 【記入】" in draft
    assert "現時点で、本件に起因する二次被害は確認されておりません。" in draft
    assert "当社（営業部）において" in draft


def test_public_notice_is_an_apology_skeleton():
    draft = public_notice_draft(required(), FULL, tz=TOKYO)
    assert "# 個人情報の漏えい等に関するお詫びとお知らせ" in draft
    assert "## 3. 対象となる方の人数\n1,200人（確定）" in draft
    assert "## 8. お問い合わせ窓口" in draft


# ---------------------------------------------------------------------------
# GDPR
# ---------------------------------------------------------------------------


def test_gdpr_draft_is_english_with_art_33_content_and_72_hour_deadline():
    draft = gdpr_notification_draft(gdpr_case(), FULL, tz=TOKYO, now=jst(2026, 12, 2, 10, 0))
    assert "sending or submitting it is always a person's act" in draft
    assert "Deadline: 2026-12-04 (Fri) 10:00 JST (72 hours after becoming aware; clock hours)" in draft
    assert "Time left when this draft was made (2026-12-02 (Wed) 10:00 JST): 2 days" in draft
    for heading in ("Nature of the personal data breach (Art. 33(3)(a))", "contact point (Art. 33(3)(b))",
                    "Likely consequences (Art. 33(3)(c))", "Measures taken or proposed (Art. 33(3)(d))"):
        assert heading in draft
    assert "- Categories of personal data: Sensitive" in draft
    assert "- Approximate number of data subjects: 1,200 people (confirmed)" in draft
    assert "- Approximate number of personal data records: [TO BE CONFIRMED — complete when known]" in draft
    assert "Reasons for the delay" not in draft


def test_gdpr_draft_asks_for_reasons_once_the_deadline_has_passed():
    late = gdpr_notification_draft(gdpr_case(), FULL, tz=TOKYO, now=jst(2026, 12, 4, 10, 0))  # exactly 72 h
    assert "## 5. Reasons for the delay (Art. 33(1))" in late
    assert "The 72-hour deadline had passed" in late


# ---------------------------------------------------------------------------
# Safety: no leaked data, no None
# ---------------------------------------------------------------------------


@pytest.mark.parametrize("ctx", [MINIMAL, FULL], ids=["minimal", "full"])
def test_no_none_or_null_or_placeholder_leftovers(ctx):
    for draft in all_drafts(gdpr_case(), ctx):
        for word in ("None", "null", "{", "}"):
            assert word not in draft, word
        assert draft.endswith("\n") and "\n\n\n" not in draft


def test_drafts_never_carry_what_looks_like_leaked_data():
    ctx = DraftContext(
        incident_id=ID,
        what_happened=f"カード番号 {CARD} と {EMAIL} を含む一覧が流出",
        data_items=f"氏名, マイナンバー（例: {MY_NUMBER}）",
        cause=f"担当者が {EMAIL} 宛てに送信",
        measures_done="電話 03-1234-5678 で連絡",
    )
    for draft in all_drafts(gdpr_case(), ctx):
        assert CARD not in draft and MY_NUMBER not in draft and EMAIL not in draft
        assert "1111" not in draft
    ja = ppc_report_draft(gdpr_case(), ctx, tz=TOKYO)
    assert "［伏字：データそのものは記載しません］" in ja
    assert "03-1234-5678" in ja  # an ordinary phone number (our own contact) is kept


def test_every_draft_starts_by_saying_a_person_sends_it():
    for draft in all_drafts(gdpr_case(), FULL):
        head = "\n".join(draft.splitlines()[:4])
        assert ("必ず担当者が行ってください" in head) or ("always a person's act" in head)


# ---------------------------------------------------------------------------
# Bundle
# ---------------------------------------------------------------------------


def test_bundle_for_a_reportable_case_with_gdpr():
    names = [name for name, _ in drafts_bundle(gdpr_case(), FULL, tz=TOKYO, now=jst(2026, 12, 2))]
    assert names == [
        "LEAK-2026-0007_ppc_report_draft.md",
        "LEAK-2026-0007_individual_notice_draft.md",
        "LEAK-2026-0007_public_notice_draft.md",
        "LEAK-2026-0007_gdpr_art33_notification_draft.md",
    ]


def test_bundle_without_any_duty_keeps_only_the_voluntary_ppc_report():
    bundle = drafts_bundle(not_required(), FULL, tz=TOKYO, now=jst(2026, 12, 2))
    assert [name for name, _ in bundle] == ["LEAK-2026-0007_ppc_report_draft.md"]
    assert "報告義務なし（任意の報告）" in bundle[0][1]


def test_bundle_possibly_required_and_gdpr_possibly_applicable():
    a = assess(clean(people_count=None, eu_residents_affected=Tri.UNKNOWN, gdpr_risk=GdprRisk.RISK), tz=TOKYO)
    bundle = dict(drafts_bundle(a, MINIMAL, tz=TOKYO, now=jst(2026, 12, 2)))
    assert "LEAK-2026-0007_individual_notice_draft.md" in bundle
    assert "Assessment: notification POSSIBLY REQUIRED" in bundle["LEAK-2026-0007_gdpr_art33_notification_draft.md"]
    assert "判定: 報告が必要な可能性あり" in bundle["LEAK-2026-0007_ppc_report_draft.md"]


def test_bundle_filenames_are_safe():
    ctx = DraftContext(incident_id="LEAK/../2026 0007")
    for name, content in drafts_bundle(required(), ctx, tz=TOKYO, now=jst(2026, 12, 2)):
        assert "/" not in name and " " not in name
        assert content.encode("utf-8")


# ---------------------------------------------------------------------------
# The drafts are Jinja2 templates: strict, plain text
# ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    "template", ["ppc_report.md.j2", "individual_notice.md.j2", "public_notice.md.j2", "gdpr_art33.md.j2"]
)
def test_a_draft_template_refuses_a_missing_value_instead_of_printing_an_empty_line(template):
    with pytest.raises(jinja2.UndefinedError):
        render(template, lang="ja", incident_id=ID)


def test_the_teams_text_is_printed_as_written_never_evaluated_or_html_escaped():
    typed = "{{ 7 * 7 }} {% if true %}x{% endif %} <b>A & B</b> \"quoted\""
    ctx = DraftContext(incident_id=ID, what_happened=typed, cause=typed)
    for draft in all_drafts(gdpr_case(), ctx):
        assert typed in draft
        assert "49" not in draft and "&amp;" not in draft and "&lt;" not in draft


def test_every_draft_ends_with_one_newline_and_has_no_run_of_blank_lines():
    for ctx in (MINIMAL, FULL):
        for draft in all_drafts(gdpr_case(), ctx, now=jst(2026, 12, 9)):
            assert draft.endswith("\n") and not draft.endswith("\n\n")
            assert "\n\n\n" not in draft
            assert "None" not in draft
