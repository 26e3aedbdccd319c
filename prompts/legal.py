"""The legal-obligations assessment in words: a Slack message for the incident channel and the same
content as plain text for the terminal (``leakbot assess``).

What a reader gets, per jurisdiction (APPI first, then GDPR when it applies or may apply):

* one line per duty with a marker that never hides uncertainty — 🔴 必要 / 🟡 必要の可能性 /
  ⚪ 不要 — and *why*, in one sentence built from the engine's findings (which category of 規則7条,
  which exception, which facts are still open);
* the deadlines as dates with weekday in the organisation's time zone (APPI days are Japanese
  dates; when the organisation is elsewhere the instant the day ends is shown in its zone);
* what is still unknown and how the answer would change ("If … turns out …: … becomes REQUIRED",
  "the 確報 deadline becomes 60 days (date)");
* the caveats the engine attached (guidance that is not a rule, a pending amendment, sector rules
  not encoded, …);
* the rule set and its effective date; when the answer changed since the previous assessment,
  what changed comes first.

The message stays within Slack's limits whatever the content: lines are packed into sections of at
most 3,000 characters, long lists are cut with "… and N more", and the block count is capped.

Strings: every sentence of this module and of ``prompts.drafts`` is in ``LEGAL_JA`` / ``LEGAL_EN``
below (same keys, same placeholders; keys start with ``legal.``), looked up by ``text`` which falls
back to ``prompts.catalog`` for the keys that already exist there (``event.*``, ``data.*``, ``tri.*``,
``basis.*``, ``weekday``, …).  They are meant to be merged into the catalog.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

from domain.legal import (
    Alternative,
    Answer,
    Applicability,
    Assessment,
    AttackSign,
    Caveat,
    Deadline,
    DeadlineKind,
    Fact,
    JST,
    Finding,
    Jurisdiction,
    Obligation,
    OpenQuestion,
    Reason,
    Requirement,
    appi_final_report_deadline,
)
from domain.legal.outcome import Change, ChangeKind, DeadlineDigest, Duty
from prompts import kit
from prompts.i18n import format_datetime, t, weekday
from prompts.ids import Action

Message = tuple[str, list[kit.Block]]

# ---------------------------------------------------------------------------
# Strings (to be merged into prompts.catalog)
# ---------------------------------------------------------------------------

LEGAL_JA: dict[str, str] = {
    # requirement markers and words
    "legal.level.required": "🔴 必要",
    "legal.level.possibly_required": "🟡 必要の可能性",
    "legal.level.not_required": "⚪ 不要",
    "legal.level.not_applicable": "⚪ 対象外",
    "legal.word.required": "必要",
    "legal.word.possibly_required": "必要の可能性あり",
    "legal.word.not_required": "不要",
    "legal.word.not_applicable": "対象外",
    "legal.word.none": "なし",
    "legal.applicability.applicable": "適用あり",
    "legal.applicability.possibly_applicable": "適用の可能性あり",
    "legal.applicability.not_applicable": "適用なし",
    "legal.jurisdiction.appi": "個人情報保護法",
    "legal.jurisdiction.gdpr": "GDPR",
    # structure
    "legal.header": "⚖️ 法的義務の判定 — {incident_id}",
    "legal.text_title": "法的義務の判定",
    "legal.appi.title": "日本（個人情報保護法26条・施行規則7条〜10条）",
    "legal.gdpr.title": "EU（GDPR 33条・34条）",
    "legal.gdpr.applicability": "🟡 *GDPRが適用される可能性があります* — {facts}が未確認です（3条）。",
    "legal.gdpr.not_applicable": "EU（GDPR）: 適用なし — EU域内の本人もEU域内の拠点もありません。",
    "legal.deadlines.title": "期限",
    "legal.deadlines.gdpr_title": "期限（GDPR）",
    "legal.unknowns.title": "未確認の事項（判明すると判定が変わります）",
    "legal.caveats.title": "注意事項",
    "legal.more": "…ほか {n} 件",
    "legal.why": "理由: {reasons}",
    "legal.sep": "、",
    "legal.end": "。",
    "legal.gap": "",
    "legal.level_gap": "　",
    "legal.indent": "　",
    "legal.context.sep": "｜",
    "legal.possibly_note": "未確認の事実次第で必要になります。判明するまでは必要なものとして、期限内に準備してください。",
    "legal.same_as_report": "報告と同じ理由で、本人への通知の法的義務もありません",
    # duties
    "legal.duty.appi.regulator_report": "個人情報保護委員会への報告",
    "legal.duty.appi.individual_notice": "本人への通知",
    "legal.duty.appi.sector_report": "業種別の監督官庁への報告",
    "legal.duty.appi.notify_principal": "委託元への通知（当社が委託先の場合）",
    "legal.duty.gdpr.regulator_report": "監督機関への通知（GDPR 33条）",
    "legal.duty.gdpr.individual_notice": "本人への連絡（GDPR 34条）",
    "legal.duty.gdpr.sector_report": "業種別の監督官庁への報告（GDPR）",
    "legal.duty.gdpr.notify_principal": "管理者への通知（GDPR）",
    "legal.noun.appi.regulator_report": "個人情報保護委員会への報告",
    "legal.noun.appi.individual_notice": "本人への通知",
    "legal.noun.appi.both": "個人情報保護委員会への報告と本人への通知",
    "legal.noun.appi.sector_report": "業種別の監督官庁への報告",
    "legal.noun.gdpr.regulator_report": "監督機関への通知",
    "legal.noun.gdpr.individual_notice": "本人への連絡",
    "legal.noun.gdpr.both": "監督機関への通知と本人への連絡",
    "legal.noun.gdpr.sector_report": "業種別の監督官庁への報告",
    # reasons (one clause each)
    "legal.reason.category_1_sensitive_data": "要配慮個人情報が含まれる（おそれを含む。規則7条1号）",
    "legal.reason.category_2_financial_harm": "不正に利用されると財産的被害が生じるおそれのある個人データが含まれる（規則7条2号）",
    "legal.reason.category_3_improper_purpose": "不正の目的をもって行われたおそれがある行為による（規則7条3号）",
    "legal.reason.category_3_signs": "サイバー攻撃の兆候 {signs} があり、不正の目的による漏えい等のおそれがある（規則7条3号、ガイドライン通則編3-5-3-1）",
    "legal.reason.category_3_data_being_acquired": "取得しようとしていた個人情報が、不正の目的をもって行われたおそれがある行為により漏えい等した（規則7条3号、2024年4月改正）",
    "legal.reason.category_4_over_1000_people": "本人の数が1,000人を超える（規則7条4号）",
    "legal.reason.category_4_estimate": "本人の数が1,000人を超えるおそれがある（最大見込みによる。規則7条4号）",
    "legal.reason.no_category_applies": "規則7条の4類型（要配慮個人情報・財産的被害・不正の目的・1,000人超）のいずれにも当たらない",
    "legal.reason.unknown_may_make_reportable": "{facts}が未確認で、報告対象事態に当たる可能性がある（おそれも報告対象）",
    "legal.reason.strong_encryption_exception": "高度な暗号化がされ、復号鍵も漏えいしていないため、例外として報告対象外（規則7条1号括弧書）",
    "legal.reason.encryption_key_leaked": "暗号化されていたが復号鍵も漏えいしたため、暗号化の例外は適用されない",
    "legal.reason.acquisition_not_covered": "取得中の個人情報の漏えい等は、2024年4月1日より前の規則7条3号の対象外",
    "legal.reason.acquisition_only_not_personal_data": "取得中の個人情報のみで保有する個人データを含まないため、規則7条1号・2号・4号は当たらない",
    "legal.reason.individual_notice_follows_report": "報告対象事態では本人への通知も必要（法26条2項）",
    "legal.reason.contractor_released": "当社は委託先として委託元へ目安の期間内に通知したため、報告・本人通知の義務は免除（法26条1項ただし書、規則9条）",
    "legal.reason.contractor_notice_late": "委託元への通知が目安（5日）を過ぎたため、委託先としての免除を受けられない可能性がある（規則9条）",
    "legal.reason.sector_financial_supervisor": "金融分野のガイドラインにより、4類型に当たらなくても監督当局への報告が求められる",
    "legal.reason.sector_unknown": "業種が未確認で、業種別のルールにより報告が求められる可能性がある",
    "legal.reason.gdpr_risk_to_rights": "本人の権利・自由に対するリスクが生じるおそれがある（33条1項）",
    "legal.reason.gdpr_unlikely_to_result_in_risk": "本人の権利・自由に対するリスクが生じるおそれは低いと評価された（33条1項）",
    "legal.reason.gdpr_risk_unknown": "本人へのリスクの評価がまだ済んでいない（33条1項・34条1項）",
    "legal.reason.gdpr_high_risk": "本人の権利・自由に対する高いリスクが生じるおそれがある（34条1項）",
    "legal.reason.gdpr_risk_not_high": "高いリスクではない（34条1項）",
    "legal.reason.gdpr_encrypted_or_mitigated": "暗号化又は事後の措置により、高いリスクが生じるおそれはなくなっている（34条3項(a)(b)）",
    "legal.reason.gdpr_not_applicable": "EU域内の本人もEU域内の拠点もない（3条）",
    "legal.reason.gdpr_possibly_applicable": "{facts}が未確認で、GDPRが適用される可能性がある（3条）",
    # facts (short nouns)
    "legal.fact.aware_at": "知った時点",
    "legal.fact.sensitive_data": "要配慮個人情報の有無",
    "legal.fact.financial_harm": "財産的被害のおそれの有無",
    "legal.fact.improper_purpose": "不正の目的の有無",
    "legal.fact.attack_signs": "サイバー攻撃の兆候",
    "legal.fact.people_count": "本人の数",
    "legal.fact.count_is_maximum_estimate": "人数が最大見込みか",
    "legal.fact.strong_encryption": "高度な暗号化の有無",
    "legal.fact.key_leaked": "復号鍵の漏えいの有無",
    "legal.fact.acquisition_only": "取得中の個人情報のみか",
    "legal.fact.role": "当社の立場（委託元・委託先）",
    "legal.fact.principal_notified_at": "委託元へ通知した日時",
    "legal.fact.sector": "業種",
    "legal.fact.eu_residents_affected": "EU域内の本人の有無",
    "legal.fact.eu_establishment": "EU域内の拠点の有無",
    "legal.fact.gdpr_risk": "本人へのリスクの程度",
    "legal.fact.gdpr_mitigated_or_encrypted": "暗号化・軽減措置の有無",
    "legal.sign.a": "(ア)",
    "legal.sign.i": "(イ)",
    "legal.sign.u": "(ウ)",
    "legal.sign.e": "(エ)",
    "legal.sign.o": "(オ)",
    # "if … then …" lines
    "legal.if.line": "{conditions}と判明した場合 → {effects}",
    "legal.if.and": "、かつ",
    "legal.if.sensitive_data.yes": "要配慮個人情報が含まれる（おそれがある）",
    "legal.if.sensitive_data.no": "要配慮個人情報が含まれない",
    "legal.if.financial_harm.yes": "財産的被害が生じるおそれのあるデータ（カード番号等）が含まれる",
    "legal.if.financial_harm.no": "財産的被害が生じるおそれのあるデータが含まれない",
    "legal.if.improper_purpose.yes": "不正の目的による行為（不正アクセス・盗難・持ち出し等）が原因である",
    "legal.if.improper_purpose.no": "不正の目的による行為ではない",
    "legal.if.people_count.over_threshold": "本人の数が1,000人を超える",
    "legal.if.people_count.at_most_threshold": "本人の数が1,000人以下である",
    "legal.if.strong_encryption.yes": "高度な暗号化がされていた",
    "legal.if.strong_encryption.no": "高度な暗号化がされていなかった",
    "legal.if.key_leaked.yes": "復号鍵も漏えいした",
    "legal.if.key_leaked.no": "復号鍵は漏えいしていない",
    "legal.if.acquisition_only.yes": "取得中の個人情報のみが対象で、保有する個人データは含まれない",
    "legal.if.acquisition_only.no": "保有する個人データが含まれる",
    "legal.if.role.principal": "当社が委託元（自社のデータ）である",
    "legal.if.role.contractor": "当社が委託先（委託元のデータを取り扱う立場）である",
    "legal.if.role.both": "当社が委託元と委託先の両方の立場である",
    "legal.if.sector.financial": "当社が金融分野の事業者である",
    "legal.if.sector.general": "当社が業種別の追加ルールのない一般の事業者である",
    "legal.if.eu_residents_affected.yes": "EU域内の本人が含まれる",
    "legal.if.eu_residents_affected.no": "EU域内の本人が含まれない",
    "legal.if.eu_establishment.yes": "当社にEU域内の拠点がある",
    "legal.if.eu_establishment.no": "当社にEU域内の拠点がない",
    "legal.if.gdpr_risk.none_or_low": "本人へのリスクが生じるおそれは低い",
    "legal.if.gdpr_risk.risk": "本人へのリスクがある（高いリスクではない）",
    "legal.if.gdpr_risk.high": "本人への高いリスクがある",
    "legal.if.gdpr_mitigated_or_encrypted.yes": "暗号化・事後の措置により高いリスクが解消している",
    "legal.if.gdpr_mitigated_or_encrypted.no": "暗号化・事後の措置では高いリスクが解消していない",
    "legal.effect.duty": "{noun}が *{level}* になります",
    "legal.effect.duties": "{noun}が *{level}* になります",
    "legal.effect.days": "確報の期限が *{days}日*（{date} まで）になります",
    "legal.effect.gdpr.applicable": "GDPRが *適用されます*",
    "legal.effect.gdpr.possibly_applicable": "GDPRが *適用される可能性があります*",
    "legal.effect.gdpr.not_applicable": "GDPRは *適用されません*",
    "legal.effect.sep": "。",
    # deadlines
    "legal.dl.running": "報告が必要な可能性がある間も、期限は知った時点から進行しています。",
    "legal.dl.preliminary": "*速報*（速やかに。目安は3〜5日）: {warn} から注意、{overdue} を過ぎると遅延",
    "legal.dl.final": "*確報*（{days}日以内）: {date} まで",
    "legal.dl.final_moved": "（{days}日目の {raw} が土日祝日・年末年始のため、翌開庁日へ繰り下げ）",
    "legal.dl.final_if_improper": "不正の目的が確認された場合の確報（{days}日）: {date} まで（確認されるまでは上の期限に従ってください）",
    "legal.dl.notice": "*本人への通知*: 速やかに — 法定の期日はありません",
    "legal.dl.alternatives": "。通知が困難な場合は{alternatives}で代替できます",
    "legal.dl.principal": "*委託元への通知*: {warn} から注意、{overdue} までに通知すれば当社の報告・本人通知の義務は免除（規則9条）",
    "legal.dl.principal_if": "（当社が委託先の場合）",
    "legal.dl.principal_done": "*委託元への通知*: 期限内に通知済み — 当社の報告・本人通知の義務は免除（規則9条）",
    "legal.dl.gdpr_authority": "*監督機関への通知*: {at} まで（知った時点 {aware} から72時間）",
    "legal.dl.gdpr_individuals": "*本人への連絡*: 遅滞なく — 期日の定めはありません",
    "legal.dl.japan_date": "{date}（日本の日付）",
    "legal.dl.japan_until": "{date}（日本の日付。{local} まで）",
    "legal.alt.publication": "事案の公表",
    "legal.alt.inquiry_desk": "問い合わせ窓口の設置",
    "legal.alt.public_communication": "公表等による周知（34条3項(c)）",
    "legal.alt.or": "又は",
    # deadline labels (changes)
    "legal.deadline.appi_preliminary_warning": "速報の注意日",
    "legal.deadline.appi_preliminary_overdue": "速報の目安の最終日",
    "legal.deadline.appi_final": "確報の期限",
    "legal.deadline.appi_final_if_improper_purpose": "確報の期限（不正の目的が確認された場合）",
    "legal.deadline.appi_individual_notice": "本人への通知",
    "legal.deadline.appi_notify_principal_warning": "委託元への通知の注意日",
    "legal.deadline.appi_notify_principal_overdue": "委託元への通知の目安の最終日",
    "legal.deadline.gdpr_authority": "GDPR 監督機関への通知期限",
    "legal.deadline.gdpr_individuals": "GDPR 本人への連絡",
    # changes
    "legal.changed.title": "🔄 *判定が変わりました*",
    "legal.changed.by": "🔄 *判定が変わりました*（{actor} による再判定）",
    "legal.changed.ruleset": "判定ルール: {before} → {after}",
    "legal.changed.applicability": "{jurisdiction}の適用: {before} → {after}",
    "legal.changed.item": "{label}: {before} → {after}",
    "legal.changed.fallback": "判定変更",
    # context
    "legal.context.ruleset": "判定ルール {version}（{effective} 施行）",
    "legal.context.aware": "知った時点 {aware}",
    "legal.context.actor": "{actor} による判定",
    "legal.context.auto": "報告内容からの自動判定",
    "legal.context.disclaimer": "記録された事実に基づく目安です。最終判断は事務局・専門家が行い、報告・通知の送付は必ず人が行ってください。",
    # headline (notification text)
    "legal.headline.appi": "個人情報保護委員会への報告 {level}",
    "legal.headline.appi_deadlines": " — 速報 速やかに（目安 {preliminary} まで）、確報 {final} まで",
    "legal.headline.gdpr": "GDPR 監督機関への通知 {level}",
    "legal.headline.gdpr_deadline": "（{at} まで）",
    "legal.headline.sep": "／",
    # buttons
    "legal.button.drafts": "報告書の下書きを作成",
    "legal.button.reassess": "再判定",
    # caveats
    "legal.caveat.amendment_2026_pending": "2026年改正（2026-07-17公布）により、リスクの低い場合の本人への通知が緩和される予定ですが、施行日が未定のため、この判定には反映していません。",
    "legal.caveat.ruleset_overridden": "知った時点で施行されていたものとは別のルールを指定して判定しています。",
    "legal.caveat.preliminary_about_3_to_5_days": "速報の「3〜5日」はガイドライン上の目安で、法令上の期限ではありません。原則は「速やかに」なので、できるだけ早く提出してください。",
    "legal.caveat.promptly_has_no_fixed_days": "本人への通知は「当該事態の状況に応じて速やかに」行うもので、法定の日数はありません。",
    "legal.caveat.final_deadline_moved_past_closed_days": "確報の期間の末日が土日祝日・年末年始（12月29日〜1月3日）に当たるため、期限を翌開庁日に繰り下げています。",
    "legal.caveat.final_60_days_if_improper_purpose_confirmed": "不正の目的が確認されれば確報の期限は60日になりますが、確認されるまでは30日の期限に従ってください。",
    "legal.caveat.report_as_far_as_known": "判明していない事項は判明している範囲で報告し、判明次第補完します。不明な点があっても報告を遅らせないでください。",
    "legal.caveat.individual_notice_may_wait_if_harmful": "通知によって被害が拡大するおそれがある場合（調査中の不正アクセス等）は、通知の時期を調整できます。",
    "legal.caveat.voluntary_report_allowed": "報告義務がない場合でも、個人情報保護委員会へ任意に報告することはできます。",
    "legal.caveat.encryption_must_be_high_grade": "暗号化の例外は、高度な暗号化が適切に実装され、復号鍵が漏えいしていない場合に限られます。暗号の方式と鍵の管理を確認してください。",
    "legal.caveat.count_people_not_records": "人数は記録の件数ではなく、本人の数（重複を除いた人数）で数えます。",
    "legal.caveat.count_is_maximum_estimate": "人数は最大見込みで判定しています。確定したら更新してください。",
    "legal.caveat.count_may_grow": "調査の結果、人数が1,000人を超えた時点で報告対象になります。",
    "legal.caveat.attack_signs_are_examples": "サイバー攻撃の兆候（ア〜オ）はガイドラインの例示で、兆候があれば必ず漏えい等のおそれがあるとは限りません（Q&A 6-14）。調査で確認してください。",
    "legal.caveat.attack_signs_contradict_answer": "不正の目的は「いいえ」と回答されていますが、サイバー攻撃の兆候が記録されています。どちらが正しいか確認してください。",
    "legal.caveat.acquisition_not_covered_before_2024": "取得中の個人情報の漏えい等が規則7条3号の対象になったのは2024-04-01からです。",
    "legal.caveat.contractor_release_available": "当社が委託先の場合、委託元へ速やかに（目安3〜5日）通知すれば、当社の報告・本人通知の義務は免除されます（規則9条）。",
    "legal.caveat.contractor_release_window_approximate": "委託元への通知の「3〜5日」はガイドライン上の目安です。",
    "legal.caveat.principal_still_obliged": "免除されるのは委託先だけです。委託元は報告・本人通知を行う必要があるため、委託元の対応に協力してください。",
    "legal.caveat.role_both_release_partial": "委託元・委託先の両方の立場がある場合、免除されるのは委託を受けて取り扱うデータの部分に限られます。",
    "legal.caveat.sector_financial_report_to_supervisor": "金融分野の事業者は、4類型に当たらない場合でも、金融庁等の監督当局への報告が求められます。",
    "legal.caveat.sector_report_may_go_to_ministry": "業種によっては、報告先が事業所管大臣等になる場合があります（権限の委任）。",
    "legal.caveat.sector_medical_guidance": "医療・介護関係事業者向けのガイダンスにも従ってください。",
    "legal.caveat.sector_telecom_rules": "電気通信分野のガイドラインにより、追加の報告が求められる場合があります。",
    "legal.caveat.sector_rules_may_add_duties": "業種別のルールにより、追加の報告義務が生じる場合があります。",
    "legal.caveat.sector_rules_not_encoded": "業種別のルールはこの判定に組み込まれていません。所管のガイドラインを確認してください。",
    "legal.caveat.gdpr_document_every_breach": "GDPRでは、通知の要否にかかわらず、すべての侵害を記録する必要があります（33条5項）。",
    "legal.caveat.gdpr_phased_notification_allowed": "すべての情報がそろっていなくても、段階的に通知できます（33条4項）。",
    "legal.caveat.gdpr_late_notification_needs_reasons": "72時間を過ぎた通知には、遅れた理由を添える必要があります（33条1項）。",
    "legal.caveat.gdpr_low_risk_is_a_judgement": "「リスクが生じるおそれは低い」は当社の評価です。評価の根拠を記録してください。",
    "legal.caveat.gdpr_public_notice_if_disproportionate": "本人への個別の連絡が不相応な負担となる場合は、公表等による周知で代替できます（34条3項(c)）。",
    "legal.caveat.gdpr_processor_notifies_controller": "当社が処理者（委託先）の場合は、管理者（委託元）へ遅滞なく通知します（33条2項）。",
    "legal.caveat.gdpr_72_hours_are_clock_hours": "72時間は休日を含めた時計上の時間で数えます。",
    # ---- drafts (prompts.drafts) ----
    "legal.draft.unknown": "【未確定：判明次第補完】",
    "legal.draft.fill": "【記入】",
    "legal.draft.human_sends": "※ この文書は leakbot が記録内容から作成した下書きです。内容を確認・補完し、送付・提出は必ず担当者が行ってください（leakbot は送付しません）。",
    "legal.draft.no_data": "※ 漏えい等したデータそのものは記載していません（データの種類・項目名・人数のみ）。個人データを貼り付けないでください。",
    "legal.draft.masked": "［伏字：データそのものは記載しません］",
    "legal.draft.aware": "知った時点: {aware}",
    "legal.draft.ruleset": "適用ルール: {version}（{effective} 施行）",
    "legal.draft.reference": "社内管理番号: {incident_id}",
    "legal.draft.ppc.title": "【下書き】個人情報保護委員会への漏えい等報告 — {incident_id}",
    "legal.draft.ppc.kind": "報告区分: 速報 ／ 確報（提出する方を残してください）",
    "legal.draft.ppc.status.required": "判定: 報告が必要 — {reasons}",
    "legal.draft.ppc.status.possibly_required": "判定: 報告が必要な可能性あり — {reasons}。判明するまでは必要なものとして、期限内に準備してください。",
    "legal.draft.ppc.status.not_required": "報告義務なし（任意の報告）— {reasons}。任意に報告する場合、又は社内記録として使用してください。",
    "legal.draft.ppc.deadline_preliminary": "速報の期限: 速やかに（目安 {warn}〜{overdue}。法令上の期限ではありません）",
    "legal.draft.ppc.deadline_final": "確報の期限: {date}（知った日を1日目として{days}日）",
    "legal.draft.ppc.deadline_final_if": "不正の目的が確認された場合の確報の期限: {date}（{days}日）",
    "legal.draft.ppc.deadline_none": "法定の期限: なし（報告義務なし）",
    "legal.draft.ppc.submit_to": "提出先: 個人情報保護委員会（同委員会ウェブサイトの報告フォーム。権限が委任されている業種は事業所管大臣）",
    "legal.draft.ppc.as_far_as_known": "※ 判明していない事項は判明している範囲で記載し、判明次第補完します（{unknown} の箇所）。",
    "legal.draft.item.1": "概要",
    "legal.draft.item.2": "漏えい等が発生し、又は発生したおそれがある個人データの項目",
    "legal.draft.item.3": "本人の数",
    "legal.draft.item.4": "原因",
    "legal.draft.item.5": "二次被害又はそのおそれの有無及びその内容",
    "legal.draft.item.6": "本人への対応の実施状況",
    "legal.draft.item.7": "公表の実施状況",
    "legal.draft.item.8": "再発防止のための措置",
    "legal.draft.item.9": "その他参考となる事項",
    "legal.draft.f.event": "事象",
    "legal.draft.f.department": "発生部署",
    "legal.draft.f.occurred_at": "発生日時",
    "legal.draft.f.discovered_at": "発覚日時",
    "legal.draft.f.location": "発生場所",
    "legal.draft.f.what_happened": "経緯",
    "legal.draft.f.categories": "データの種類",
    "legal.draft.f.items": "項目",
    "legal.draft.f.reportable": "報告対象事態の判定",
    "legal.draft.f.harm": "有無",
    "legal.draft.f.harm_detail": "内容",
    "legal.draft.f.notice_duty": "本人への通知の要否（判定）",
    "legal.draft.f.notice_status": "本人への通知の状況",
    "legal.draft.f.publication_status": "公表の状況",
    "legal.draft.f.actions": "初動対応",
    "legal.draft.f.done": "実施済みの措置",
    "legal.draft.f.planned": "今後の措置（予定）",
    "legal.draft.f.notes": "参考",
    "legal.draft.f.other_hint": "警察への届出、他の行政機関・業界団体への報告、委託元・委託先との関係などを記入: ",
    "legal.draft.count.confirmed": "{n}人（確定）",
    "legal.draft.count.estimated_max": "最大{n}人（見込み。確定次第補完）",
    "legal.draft.count.plain": "{n}人",
    "legal.draft.count.note": "※ 記録の件数ではなく、本人の数（重複を除いた人数）です。",
    "legal.draft.harm.yes": "あり（おそれを含む）",
    "legal.draft.harm.no": "現時点で確認されていない",
    "legal.draft.notice_due": "速やかに（法定の期日なし）",
    "legal.draft.notice.title": "【下書き】本人への通知（お詫びとお知らせ）— {incident_id}",
    "legal.draft.notice.timing": "※ 通知によって被害が拡大するおそれがある場合は、通知の時期を調整できます。通知が困難な場合は、事案の公表又は問い合わせ窓口の設置で代替できます。",
    "legal.draft.notice.items": "※ 本人への通知には、報告事項のうち 1 概要、2 個人データの項目、4 原因、5 二次被害又はそのおそれの有無及びその内容、9 その他参考となる事項 を記載します。",
    "legal.draft.notice.addressee": "【お名前】様",
    "legal.draft.notice.subject": "個人情報の漏えい等に関するお詫びとお知らせ",
    "legal.draft.notice.opening": "平素より格別のご高配を賜り、厚く御礼申し上げます。\nこのたび、当社{department}において、お客様の個人情報が漏えいした、又は漏えいしたおそれがあることが判明いたしました。お客様には多大なるご迷惑とご心配をおかけしますことを、心より深くお詫び申し上げます。\n本件の概要につきまして、下記のとおりお知らせいたします。",
    "legal.draft.notice.h1": "事案の概要",
    "legal.draft.notice.h2": "漏えい等が発生し、又は発生したおそれがある個人情報の項目",
    "legal.draft.notice.h4": "原因",
    "legal.draft.notice.h5": "二次被害又はそのおそれの有無及びその内容",
    "legal.draft.notice.h9": "その他（お客様へのお願いと当社の対応）",
    "legal.draft.notice.harm_no": "現時点で、本件に起因する二次被害は確認されておりません。",
    "legal.draft.notice.harm_yes": "二次被害又はそのおそれが確認されております。",
    "legal.draft.notice.caution": "当社を装った不審な電話・メール等にご注意ください。当社から、お客様のパスワードやカード番号等をお尋ねすることはございません。",
    "legal.draft.notice.our_actions": "当社の対応",
    "legal.draft.notice.desk": "【お問い合わせ窓口】\n窓口名: 【記入】\n電話番号: 【記入】（受付時間: 【記入】）\nメールアドレス: 【記入】",
    "legal.draft.notice.closing": "このたびはお客様に多大なるご迷惑とご心配をおかけしましたことを、重ねて深くお詫び申し上げます。再発防止に全社を挙げて取り組んでまいります。",
    "legal.draft.notice.signature": "【日付】\n【会社名】\n【代表者の役職・氏名】",
    "legal.draft.dept_default": "",
    "legal.draft.dept_in": "（{department}）",
    "legal.draft.public.title": "【下書き】公表文（お詫びとお知らせ）— {incident_id}",
    "legal.draft.public.note": "※ 公表の要否・時期・範囲は、被害の拡大防止の観点を含めて判断してください（本人への通知が困難な場合の代替にもなります）。公表の判断理由は記録に残してください。",
    "legal.draft.public.headline": "個人情報の漏えい等に関するお詫びとお知らせ",
    "legal.draft.public.opening": "このたび、当社{department}において、お客様の個人情報が漏えいした、又は漏えいしたおそれがあることが判明いたしました。関係する皆様に多大なるご迷惑とご心配をおかけしますことを、深くお詫び申し上げます。",
    "legal.draft.public.h1": "経緯と概要",
    "legal.draft.public.h2": "漏えい等のおそれがある個人情報の項目",
    "legal.draft.public.h3": "対象となる方の人数",
    "legal.draft.public.h4": "原因",
    "legal.draft.public.h5": "二次被害又はそのおそれの有無",
    "legal.draft.public.h6": "対象となる方への対応",
    "legal.draft.public.h7": "再発防止策",
    "legal.draft.public.h8": "お問い合わせ窓口",
    "legal.draft.public.closing": "関係する皆様に重ねて深くお詫び申し上げます。",
    "legal.draft.gdpr.title": "【下書き】個人データ侵害の監督機関への通知（GDPR 33条）— {incident_id}",
    "legal.draft.gdpr.status": "判定: 通知 {level} — {reasons}",
    "legal.draft.gdpr.deadline": "期限: {at}（知った時点から72時間。時計上の時間）",
    "legal.draft.gdpr.remaining": "作成時点（{now}）の残り時間: {left}",
    "legal.draft.gdpr.overdue": "作成時点（{now}）で72時間の期限を過ぎています。遅延の理由を記載してください（5）。",
    "legal.draft.gdpr.no_deadline": "通知の期限: なし（判定上、通知義務はありません）。通知しない場合も侵害の記録は必要です（33条5項）。",
    "legal.draft.gdpr.h1": "侵害の性質（33条3項(a)）",
    "legal.draft.gdpr.h2": "データ保護責任者（DPO）その他の連絡先（33条3項(b)）",
    "legal.draft.gdpr.h3": "想定される結果（33条3項(c)）",
    "legal.draft.gdpr.h4": "講じた措置又は講じる予定の措置（33条3項(d)）",
    "legal.draft.gdpr.h5": "遅延の理由（33条1項）",
    "legal.draft.gdpr.f.what": "何が起きたか",
    "legal.draft.gdpr.f.when": "発生日時／発覚日時",
    "legal.draft.gdpr.f.categories": "個人データの種類",
    "legal.draft.gdpr.f.items": "関係するデータ項目",
    "legal.draft.gdpr.f.subject_categories": "データ主体の種類（顧客・従業員等）",
    "legal.draft.gdpr.f.subjects": "データ主体のおおよその数",
    "legal.draft.gdpr.f.records": "個人データの記録のおおよその件数",
    "legal.draft.gdpr.f.contact": "氏名・役職・メールアドレス・電話番号",
    "legal.draft.gdpr.f.harm": "二次被害又はそのおそれ",
    "legal.draft.gdpr.consequences_hint": "検討例: なりすまし・詐欺、財産的損失、秘密の喪失、差別、信用の毀損など",
    "legal.draft.gdpr.delay": "72時間以内に通知できなかった理由を記入: ",
    "legal.draft.gdpr.phased": "※ すべての情報がそろっていない場合は、判明した情報を段階的に、遅滞なく提供できます（33条4項）。",
    "legal.draft.gdpr.not_applicable": "※ 判定上、GDPRは適用されません（EU域内の本人・拠点なし）。",
    # bundle
    "legal.draft.none": "なし",
}

LEGAL_EN: dict[str, str] = {
    "legal.level.required": "🔴 Required",
    "legal.level.possibly_required": "🟡 Possibly required",
    "legal.level.not_required": "⚪ Not required",
    "legal.level.not_applicable": "⚪ Not applicable",
    "legal.word.required": "REQUIRED",
    "legal.word.possibly_required": "POSSIBLY REQUIRED",
    "legal.word.not_required": "NOT REQUIRED",
    "legal.word.not_applicable": "NOT APPLICABLE",
    "legal.word.none": "none",
    "legal.applicability.applicable": "applies",
    "legal.applicability.possibly_applicable": "may apply",
    "legal.applicability.not_applicable": "does not apply",
    "legal.jurisdiction.appi": "APPI",
    "legal.jurisdiction.gdpr": "GDPR",
    "legal.header": "⚖️ Legal obligations — {incident_id}",
    "legal.text_title": "Legal obligations assessment",
    "legal.appi.title": "Japan (APPI Art. 26, PPC Rules 7–10)",
    "legal.gdpr.title": "EU (GDPR Art. 33/34)",
    "legal.gdpr.applicability": "🟡 *GDPR may apply* — still unconfirmed: {facts} (Art. 3).",
    "legal.gdpr.not_applicable": "EU (GDPR): does not apply — no EU residents are affected and there is no EU establishment.",
    "legal.deadlines.title": "Deadlines",
    "legal.deadlines.gdpr_title": "Deadlines (GDPR)",
    "legal.unknowns.title": "Still unknown — the answer changes if…",
    "legal.caveats.title": "Caveats",
    "legal.more": "… and {n} more",
    "legal.why": "Why: {reasons}",
    "legal.sep": "; ",
    "legal.end": ".",
    "legal.gap": " ",
    "legal.level_gap": "  ",
    "legal.indent": "    ",
    "legal.context.sep": " | ",
    "legal.possibly_note": "Depends on facts not yet confirmed. Until they are, prepare as if it were required — the deadlines are running.",
    "legal.same_as_report": "Not required by law, for the same reasons as the report",
    "legal.duty.appi.regulator_report": "Report to the PPC (Personal Information Protection Commission)",
    "legal.duty.appi.individual_notice": "Notice to the individuals concerned",
    "legal.duty.appi.sector_report": "Report to the sector supervisor",
    "legal.duty.appi.notify_principal": "Notice to the principal (if we are the contractor)",
    "legal.duty.gdpr.regulator_report": "Notification to the supervisory authority (Art. 33)",
    "legal.duty.gdpr.individual_notice": "Communication to the data subjects (Art. 34)",
    "legal.duty.gdpr.sector_report": "Report to the sector supervisor (GDPR)",
    "legal.duty.gdpr.notify_principal": "Notice to the controller (GDPR)",
    "legal.noun.appi.regulator_report": "the report to the PPC",
    "legal.noun.appi.individual_notice": "the notice to individuals",
    "legal.noun.appi.both": "the report to the PPC and the notice to individuals",
    "legal.noun.appi.sector_report": "the report to the sector supervisor",
    "legal.noun.gdpr.regulator_report": "the notification to the supervisory authority",
    "legal.noun.gdpr.individual_notice": "the communication to the data subjects",
    "legal.noun.gdpr.both": "the notification to the supervisory authority and the communication to the data subjects",
    "legal.noun.gdpr.sector_report": "the report to the sector supervisor",
    "legal.reason.category_1_sensitive_data": "sensitive personal data (要配慮個人情報) is or may be involved (PPC Rule 7(i))",
    "legal.reason.category_2_financial_harm": "personal data whose misuse may cause financial loss is involved (PPC Rule 7(ii))",
    "legal.reason.category_3_improper_purpose": "it was or may have been caused by an act with an improper purpose (PPC Rule 7(iii))",
    "legal.reason.category_3_signs": "cyber-attack signs {signs} make a leak by an act with an improper purpose possible (PPC Rule 7(iii), guideline 3-5-3-1)",
    "legal.reason.category_3_data_being_acquired": "personal information being acquired was or may have been leaked by an act with an improper purpose (PPC Rule 7(iii) as amended in April 2024)",
    "legal.reason.category_4_over_1000_people": "more than 1,000 people are affected (PPC Rule 7(iv))",
    "legal.reason.category_4_estimate": "more than 1,000 people may be affected (maximum estimate; PPC Rule 7(iv))",
    "legal.reason.no_category_applies": "none of the four categories of PPC Rule 7 applies (sensitive data, financial loss, improper purpose, more than 1,000 people)",
    "legal.reason.unknown_may_make_reportable": "still unconfirmed: {facts} — the case may be reportable (a possibility counts the same as a fact)",
    "legal.reason.strong_encryption_exception": "the data was protected by strong encryption and the key did not leak, so the exception applies (PPC Rule 7(i), parenthesis)",
    "legal.reason.encryption_key_leaked": "the data was encrypted but the key leaked too, so the encryption exception does not apply",
    "legal.reason.acquisition_not_covered": "before 2024-04-01, PPC Rule 7(iii) did not cover personal information being acquired",
    "legal.reason.acquisition_only_not_personal_data": "only personal information being acquired is concerned (no personal data held), so PPC Rule 7(i), (ii) and (iv) do not apply",
    "legal.reason.individual_notice_follows_report": "a reportable case must also be notified to the individuals (APPI Art. 26(2))",
    "legal.reason.contractor_released": "as the contractor we notified the principal within the guideline window, which releases us from the report and the notice (APPI Art. 26(1) proviso, PPC Rule 9)",
    "legal.reason.contractor_notice_late": "the notice to the principal came after the about-5-day window, so the contractor release may not apply (PPC Rule 9)",
    "legal.reason.sector_financial_supervisor": "the financial-sector guideline requires a report to the supervisor even outside the four categories",
    "legal.reason.sector_unknown": "the sector is not confirmed, and sector rules may require a report",
    "legal.reason.gdpr_risk_to_rights": "the breach is likely to result in a risk to people's rights and freedoms (Art. 33(1))",
    "legal.reason.gdpr_unlikely_to_result_in_risk": "the breach was judged unlikely to result in a risk to people's rights and freedoms (Art. 33(1))",
    "legal.reason.gdpr_risk_unknown": "the risk to people has not been assessed yet (Art. 33(1), 34(1))",
    "legal.reason.gdpr_high_risk": "the breach is likely to result in a high risk to people's rights and freedoms (Art. 34(1))",
    "legal.reason.gdpr_risk_not_high": "the risk is not high (Art. 34(1))",
    "legal.reason.gdpr_encrypted_or_mitigated": "encryption or subsequent measures make the high risk no longer likely (Art. 34(3)(a),(b))",
    "legal.reason.gdpr_not_applicable": "no EU residents are affected and there is no EU establishment (Art. 3)",
    "legal.reason.gdpr_possibly_applicable": "still unconfirmed: {facts} — GDPR may apply (Art. 3)",
    "legal.fact.aware_at": "the time of awareness",
    "legal.fact.sensitive_data": "whether sensitive data is involved",
    "legal.fact.financial_harm": "whether financial loss is possible",
    "legal.fact.improper_purpose": "whether there was an improper purpose",
    "legal.fact.attack_signs": "the cyber-attack signs",
    "legal.fact.people_count": "the number of people",
    "legal.fact.count_is_maximum_estimate": "whether the count is a maximum estimate",
    "legal.fact.strong_encryption": "whether strong encryption was used",
    "legal.fact.key_leaked": "whether the key leaked",
    "legal.fact.acquisition_only": "whether only data being acquired is concerned",
    "legal.fact.role": "our role (principal or contractor)",
    "legal.fact.principal_notified_at": "when the principal was notified",
    "legal.fact.sector": "the sector",
    "legal.fact.eu_residents_affected": "whether EU residents are affected",
    "legal.fact.eu_establishment": "whether we have an EU establishment",
    "legal.fact.gdpr_risk": "the level of risk to people",
    "legal.fact.gdpr_mitigated_or_encrypted": "whether encryption or measures removed the high risk",
    "legal.sign.a": "(a)",
    "legal.sign.i": "(i)",
    "legal.sign.u": "(u)",
    "legal.sign.e": "(e)",
    "legal.sign.o": "(o)",
    "legal.if.line": "If it turns out that {conditions}: {effects}",
    "legal.if.and": " and ",
    "legal.if.sensitive_data.yes": "sensitive data is (or may be) involved",
    "legal.if.sensitive_data.no": "no sensitive data is involved",
    "legal.if.financial_harm.yes": "data whose misuse may cause financial loss (card numbers etc.) is involved",
    "legal.if.financial_harm.no": "no data whose misuse may cause financial loss is involved",
    "legal.if.improper_purpose.yes": "an act with an improper purpose (unauthorized access, theft, take-out…) caused it",
    "legal.if.improper_purpose.no": "no act with an improper purpose was involved",
    "legal.if.people_count.over_threshold": "more than 1,000 people are affected",
    "legal.if.people_count.at_most_threshold": "1,000 people or fewer are affected",
    "legal.if.strong_encryption.yes": "the data was protected by strong encryption",
    "legal.if.strong_encryption.no": "the data was not protected by strong encryption",
    "legal.if.key_leaked.yes": "the decryption key leaked too",
    "legal.if.key_leaked.no": "the decryption key did not leak",
    "legal.if.acquisition_only.yes": "only personal information being acquired is concerned (no personal data held)",
    "legal.if.acquisition_only.no": "personal data we hold is concerned",
    "legal.if.role.principal": "we are the principal (it is our own data)",
    "legal.if.role.contractor": "we are the contractor (handling a principal's data)",
    "legal.if.role.both": "we are both principal and contractor",
    "legal.if.sector.financial": "we are a financial business",
    "legal.if.sector.general": "we are a general business without sector rules",
    "legal.if.eu_residents_affected.yes": "EU residents are affected",
    "legal.if.eu_residents_affected.no": "no EU residents are affected",
    "legal.if.eu_establishment.yes": "we have an EU establishment",
    "legal.if.eu_establishment.no": "we have no EU establishment",
    "legal.if.gdpr_risk.none_or_low": "the breach is unlikely to result in a risk to people",
    "legal.if.gdpr_risk.risk": "there is a risk to people, but not a high one",
    "legal.if.gdpr_risk.high": "there is a high risk to people",
    "legal.if.gdpr_mitigated_or_encrypted.yes": "encryption or subsequent measures removed the high risk",
    "legal.if.gdpr_mitigated_or_encrypted.no": "encryption or subsequent measures did not remove the high risk",
    "legal.effect.duty": "{noun} becomes *{level}*",
    "legal.effect.duties": "{noun} become *{level}*",
    "legal.effect.days": "the final report (確報) deadline becomes *{days} days* ({date})",
    "legal.effect.gdpr.applicable": "GDPR *applies*",
    "legal.effect.gdpr.possibly_applicable": "GDPR *may apply*",
    "legal.effect.gdpr.not_applicable": "GDPR *does not apply*",
    "legal.effect.sep": "; ",
    "legal.dl.running": "While the duty is only possible, the deadlines still run from the moment of awareness.",
    "legal.dl.preliminary": "*Preliminary report (速報)*, promptly — about 3–5 days: warning from {warn}; overdue after {overdue}",
    "legal.dl.final": "*Final report (確報)*, within {days} days: by {date}",
    "legal.dl.final_moved": " (day {days}, {raw}, is a weekend, holiday or year-end closure day: moved to the next open day)",
    "legal.dl.final_if_improper": "If the improper purpose is confirmed, the final report is due in {days} days: by {date} (until then, keep to the date above)",
    "legal.dl.notice": "*Notice to individuals*: promptly — no fixed date",
    "legal.dl.alternatives": "; if notice is impossible, {alternatives} instead",
    "legal.dl.principal": "*Notice to the principal*: warning from {warn}; notify by {overdue} to be released from the report and the notice (PPC Rule 9)",
    "legal.dl.principal_if": " (if we are the contractor)",
    "legal.dl.principal_done": "*Notice to the principal*: given in time — we are released from the report and the notice (PPC Rule 9)",
    "legal.dl.gdpr_authority": "*Supervisory authority*: by {at} (72 hours after becoming aware at {aware})",
    "legal.dl.gdpr_individuals": "*Data subjects*: without undue delay — no fixed date",
    "legal.dl.japan_date": "{date} (Japan date)",
    "legal.dl.japan_until": "{date} (Japan date; until {local})",
    "legal.alt.publication": "publication of the incident",
    "legal.alt.inquiry_desk": "an inquiry desk",
    "legal.alt.public_communication": "a public communication (Art. 34(3)(c))",
    "legal.alt.or": " or ",
    "legal.deadline.appi_preliminary_warning": "Preliminary report (速報) warning date",
    "legal.deadline.appi_preliminary_overdue": "Preliminary report (速報) last day",
    "legal.deadline.appi_final": "Final report (確報) deadline",
    "legal.deadline.appi_final_if_improper_purpose": "Final report (確報) deadline if the improper purpose is confirmed",
    "legal.deadline.appi_individual_notice": "Notice to individuals",
    "legal.deadline.appi_notify_principal_warning": "Notice to the principal — warning date",
    "legal.deadline.appi_notify_principal_overdue": "Notice to the principal — last day",
    "legal.deadline.gdpr_authority": "GDPR supervisory authority deadline",
    "legal.deadline.gdpr_individuals": "GDPR communication to data subjects",
    "legal.changed.title": "🔄 *The answer has changed*",
    "legal.changed.by": "🔄 *The answer has changed* (re-assessed by {actor})",
    "legal.changed.ruleset": "Rule set: {before} → {after}",
    "legal.changed.applicability": "{jurisdiction}: {before} → {after}",
    "legal.changed.item": "{label}: {before} → {after}",
    "legal.changed.fallback": "Answer changed",
    "legal.context.ruleset": "Rule set {version} (in force from {effective})",
    "legal.context.aware": "Became aware {aware}",
    "legal.context.actor": "Assessed by {actor}",
    "legal.context.auto": "Assessed automatically from the reports",
    "legal.context.disclaimer": "A guide based on the recorded facts. The privacy office or counsel makes the final call, and a person always sends any report or notice.",
    "legal.headline.appi": "APPI report to the PPC {level}",
    "legal.headline.appi_deadlines": " — 速報 promptly (guide: by {preliminary}), 確報 by {final}",
    "legal.headline.gdpr": "GDPR notification {level}",
    "legal.headline.gdpr_deadline": " (by {at})",
    "legal.headline.sep": " / ",
    "legal.button.drafts": "Download drafts",
    "legal.button.reassess": "Re-assess",
    "legal.caveat.amendment_2026_pending": "The 2026 amendment (promulgated 2026-07-17) will relax the notice to individuals in low-risk cases from a date not yet set; this assessment does not apply it.",
    "legal.caveat.ruleset_overridden": "A rule set other than the one in force at awareness was chosen for this assessment.",
    "legal.caveat.preliminary_about_3_to_5_days": "The 3–5 days for the preliminary report (速報) are guidance, not a rule: the law says “promptly”, so file as early as you can.",
    "legal.caveat.promptly_has_no_fixed_days": "Notice to individuals is due “promptly, as the situation allows”; there is no fixed number of days.",
    "legal.caveat.final_deadline_moved_past_closed_days": "The last day of the final-report period falls on a weekend, a national holiday or the year-end closure (Dec 29 – Jan 3), so the deadline moves to the next open day.",
    "legal.caveat.final_60_days_if_improper_purpose_confirmed": "If the improper purpose is confirmed, the final report period becomes 60 days; until then keep to the 30-day date.",
    "legal.caveat.report_as_far_as_known": "Report what is known and complete the rest as it becomes known; unknown items are no reason to delay a report.",
    "legal.caveat.individual_notice_may_wait_if_harmful": "The notice to individuals may wait while it would widen the harm (e.g. an unauthorized access still under investigation).",
    "legal.caveat.voluntary_report_allowed": "Even without a duty, a voluntary report to the PPC is always allowed.",
    "legal.caveat.encryption_must_be_high_grade": "The encryption exception only covers high-grade, correctly implemented encryption with the key safe; check the algorithm and the key handling.",
    "legal.caveat.count_people_not_records": "Count people (deduplicated), not records.",
    "legal.caveat.count_is_maximum_estimate": "The count is a maximum estimate; update it once it is confirmed.",
    "legal.caveat.count_may_grow": "If the investigation finds more than 1,000 people, the case becomes reportable.",
    "legal.caveat.attack_signs_are_examples": "The cyber-attack signs (a)–(o) are the guideline's examples; a sign alone does not always mean a possible leak (PPC Q&A 6-14). Have it confirmed by the investigation.",
    "legal.caveat.attack_signs_contradict_answer": "Improper purpose was answered “no”, yet cyber-attack signs are recorded; check which is right.",
    "legal.caveat.acquisition_not_covered_before_2024": "Personal information being acquired has been covered by PPC Rule 7(iii) only since 2024-04-01.",
    "legal.caveat.contractor_release_available": "If we are the contractor, notifying the principal promptly (about 3–5 days) releases us from the report and the notice (PPC Rule 9).",
    "legal.caveat.contractor_release_window_approximate": "The 3–5 days for notifying the principal are guidance, not a rule.",
    "legal.caveat.principal_still_obliged": "Only the contractor is released: the principal must still report and notify, and we should support it.",
    "legal.caveat.role_both_release_partial": "With both roles, the release covers only the data we handle on the principal's behalf.",
    "legal.caveat.sector_financial_report_to_supervisor": "Financial businesses report to their supervisor (e.g. the FSA) even outside the four categories.",
    "legal.caveat.sector_report_may_go_to_ministry": "Depending on the sector, the report may go to the competent minister (delegated power).",
    "legal.caveat.sector_medical_guidance": "Follow the guidance for medical and care providers as well.",
    "legal.caveat.sector_telecom_rules": "Telecommunications rules may require additional reports.",
    "legal.caveat.sector_rules_may_add_duties": "Sector rules may add duties.",
    "legal.caveat.sector_rules_not_encoded": "Sector rules are not encoded in this assessment; check your sector's guideline.",
    "legal.caveat.gdpr_document_every_breach": "Under GDPR every breach must be documented, whether it is notified or not (Art. 33(5)).",
    "legal.caveat.gdpr_phased_notification_allowed": "The notification may be made in phases when not all information is available yet (Art. 33(4)).",
    "legal.caveat.gdpr_late_notification_needs_reasons": "A notification after 72 hours must give the reasons for the delay (Art. 33(1)).",
    "legal.caveat.gdpr_low_risk_is_a_judgement": "“Unlikely to result in a risk” is our judgement; record the reasons for it.",
    "legal.caveat.gdpr_public_notice_if_disproportionate": "Where contacting each person would involve disproportionate effort, a public communication may replace it (Art. 34(3)(c)).",
    "legal.caveat.gdpr_processor_notifies_controller": "If we are the processor, we notify the controller without undue delay (Art. 33(2)).",
    "legal.caveat.gdpr_72_hours_are_clock_hours": "The 72 hours are clock hours, weekends and holidays included.",
    "legal.draft.unknown": "[TO BE CONFIRMED — complete when known]",
    "legal.draft.fill": "[FILL IN]",
    "legal.draft.human_sends": "Note: this is a draft generated by leakbot from what is recorded. Review and complete it; sending or submitting it is always a person's act (leakbot never sends it).",
    "legal.draft.no_data": "Note: it contains no leaked data itself — only categories, field names and counts. Do not paste personal data into it.",
    "legal.draft.masked": "[redacted: drafts never contain the data itself]",
    "legal.draft.aware": "Became aware: {aware}",
    "legal.draft.ruleset": "Rule set: {version} (in force from {effective})",
    "legal.draft.reference": "Internal reference: {incident_id}",
    "legal.draft.ppc.title": "[DRAFT] Report of a personal-data leak to the PPC — {incident_id}",
    "legal.draft.ppc.kind": "Report type: preliminary (速報) / final (確報) — keep the one you submit",
    "legal.draft.ppc.status.required": "Assessment: report REQUIRED — {reasons}",
    "legal.draft.ppc.status.possibly_required": "Assessment: report POSSIBLY REQUIRED — {reasons}. Until confirmed, prepare it as required, within the deadlines.",
    "legal.draft.ppc.status.not_required": "No duty to report (voluntary report) — {reasons}. Use it for a voluntary report or as the internal record.",
    "legal.draft.ppc.deadline_preliminary": "Preliminary report (速報): promptly (guide {warn} – {overdue}; not a legal deadline)",
    "legal.draft.ppc.deadline_final": "Final report (確報): by {date} ({days} days, the day of awareness being day 1)",
    "legal.draft.ppc.deadline_final_if": "Final report if the improper purpose is confirmed: by {date} ({days} days)",
    "legal.draft.ppc.deadline_none": "Statutory deadline: none (no duty to report)",
    "legal.draft.ppc.submit_to": "Submit to: the PPC (online form on its website; the competent minister where the power is delegated)",
    "legal.draft.ppc.as_far_as_known": "Items not yet known are reported as far as known and completed later (marked {unknown}).",
    "legal.draft.item.1": "Summary",
    "legal.draft.item.2": "Items of the personal data leaked or possibly leaked",
    "legal.draft.item.3": "Number of people",
    "legal.draft.item.4": "Cause",
    "legal.draft.item.5": "Secondary harm or its possibility, and its nature",
    "legal.draft.item.6": "Response to the individuals",
    "legal.draft.item.7": "Publication status",
    "legal.draft.item.8": "Measures to prevent recurrence",
    "legal.draft.item.9": "Other relevant matters",
    "legal.draft.f.event": "Event",
    "legal.draft.f.department": "Department",
    "legal.draft.f.occurred_at": "Occurred",
    "legal.draft.f.discovered_at": "Discovered",
    "legal.draft.f.location": "Location",
    "legal.draft.f.what_happened": "What happened",
    "legal.draft.f.categories": "Categories of data",
    "legal.draft.f.items": "Data fields",
    "legal.draft.f.reportable": "Reportability (PPC Rule 7)",
    "legal.draft.f.harm": "Secondary harm",
    "legal.draft.f.harm_detail": "Details",
    "legal.draft.f.notice_duty": "Notice to individuals (assessment)",
    "legal.draft.f.notice_status": "Notice to individuals — status",
    "legal.draft.f.publication_status": "Publication — status",
    "legal.draft.f.actions": "First actions",
    "legal.draft.f.done": "Measures taken",
    "legal.draft.f.planned": "Measures planned",
    "legal.draft.f.notes": "Notes",
    "legal.draft.f.other_hint": "Add police report, reports to other authorities or industry bodies, principal/contractor relations: ",
    "legal.draft.count.confirmed": "{n} people (confirmed)",
    "legal.draft.count.estimated_max": "up to {n} people (maximum estimate; to be completed)",
    "legal.draft.count.plain": "{n} people",
    "legal.draft.count.note": "Note: people (deduplicated), not records.",
    "legal.draft.harm.yes": "yes (or possible)",
    "legal.draft.harm.no": "none found so far",
    "legal.draft.notice_due": "promptly (no fixed date)",
    "legal.draft.notice.title": "[DRAFT] Notice to the individuals (apology and information) — {incident_id}",
    "legal.draft.notice.timing": "Note: the notice may wait while it would widen the harm. Where notice is impossible, publication of the incident or an inquiry desk may replace it.",
    "legal.draft.notice.items": "Note: a notice to individuals carries report items 1 summary, 2 data items, 4 cause, 5 secondary harm, and 9 other matters.",
    "legal.draft.notice.addressee": "Dear [NAME],",
    "legal.draft.notice.subject": "Our apology and information about a leak of personal information",
    "legal.draft.notice.opening": "Thank you for your continued trust.\nWe have found that personal information of yours handled by our company{department} has leaked, or may have leaked. We sincerely apologise for the trouble and concern this causes you.\nWe set out the details below.",
    "legal.draft.notice.h1": "What happened",
    "legal.draft.notice.h2": "Items of personal information leaked or possibly leaked",
    "legal.draft.notice.h4": "Cause",
    "legal.draft.notice.h5": "Secondary harm or its possibility",
    "legal.draft.notice.h9": "Other information (what we ask of you and what we are doing)",
    "legal.draft.notice.harm_no": "So far, no secondary harm caused by this incident has been found.",
    "legal.draft.notice.harm_yes": "Secondary harm, or its possibility, has been found.",
    "legal.draft.notice.caution": "Please beware of suspicious calls or e-mails claiming to be from us. We will never ask you for your password or card number.",
    "legal.draft.notice.our_actions": "What we are doing",
    "legal.draft.notice.desk": "[Inquiry desk]\nName: [FILL IN]\nPhone: [FILL IN] (hours: [FILL IN])\nE-mail: [FILL IN]",
    "legal.draft.notice.closing": "Once again, we deeply apologise for the trouble and concern. We are committed to preventing this from happening again.",
    "legal.draft.notice.signature": "[DATE]\n[COMPANY]\n[TITLE AND NAME OF REPRESENTATIVE]",
    "legal.draft.dept_default": "",
    "legal.draft.dept_in": " ({department})",
    "legal.draft.public.title": "[DRAFT] Public notice (apology and information) — {incident_id}",
    "legal.draft.public.note": "Note: decide whether, when and how widely to publish, including whether publication could widen the harm (it can also replace the notice where notice is impossible). Record the reasons for the decision.",
    "legal.draft.public.headline": "Our apology and information about a leak of personal information",
    "legal.draft.public.opening": "We have found that personal information handled by our company{department} has leaked, or may have leaked. We sincerely apologise to everyone concerned for the trouble and concern this causes.",
    "legal.draft.public.h1": "What happened",
    "legal.draft.public.h2": "Items of personal information possibly leaked",
    "legal.draft.public.h3": "Number of people concerned",
    "legal.draft.public.h4": "Cause",
    "legal.draft.public.h5": "Secondary harm or its possibility",
    "legal.draft.public.h6": "What we are doing for the people concerned",
    "legal.draft.public.h7": "Measures to prevent recurrence",
    "legal.draft.public.h8": "Inquiry desk",
    "legal.draft.public.closing": "Once again, we sincerely apologise to everyone concerned.",
    "legal.draft.gdpr.title": "[DRAFT] Notification of a personal data breach to the supervisory authority (GDPR Art. 33) — {incident_id}",
    "legal.draft.gdpr.status": "Assessment: notification {level} — {reasons}",
    "legal.draft.gdpr.deadline": "Deadline: {at} (72 hours after becoming aware; clock hours)",
    "legal.draft.gdpr.remaining": "Time left when this draft was made ({now}): {left}",
    "legal.draft.gdpr.overdue": "The 72-hour deadline had passed when this draft was made ({now}): give the reasons for the delay (section 5).",
    "legal.draft.gdpr.no_deadline": "Deadline: none (the assessment found no duty to notify). Document the breach anyway (Art. 33(5)).",
    "legal.draft.gdpr.h1": "Nature of the personal data breach (Art. 33(3)(a))",
    "legal.draft.gdpr.h2": "Data protection officer or other contact point (Art. 33(3)(b))",
    "legal.draft.gdpr.h3": "Likely consequences (Art. 33(3)(c))",
    "legal.draft.gdpr.h4": "Measures taken or proposed (Art. 33(3)(d))",
    "legal.draft.gdpr.h5": "Reasons for the delay (Art. 33(1))",
    "legal.draft.gdpr.f.what": "What happened",
    "legal.draft.gdpr.f.when": "Occurred / discovered",
    "legal.draft.gdpr.f.categories": "Categories of personal data",
    "legal.draft.gdpr.f.items": "Data fields concerned",
    "legal.draft.gdpr.f.subject_categories": "Categories of data subjects (customers, employees, …)",
    "legal.draft.gdpr.f.subjects": "Approximate number of data subjects",
    "legal.draft.gdpr.f.records": "Approximate number of personal data records",
    "legal.draft.gdpr.f.contact": "Name, role, e-mail and phone",
    "legal.draft.gdpr.f.harm": "Secondary harm or its possibility",
    "legal.draft.gdpr.consequences_hint": "Consider: identity theft or fraud, financial loss, loss of confidentiality, discrimination, damage to reputation",
    "legal.draft.gdpr.delay": "Why the notification was not made within 72 hours: ",
    "legal.draft.gdpr.phased": "Note: where not all information is available yet, it may be provided in phases without undue further delay (Art. 33(4)).",
    "legal.draft.gdpr.not_applicable": "Note: the assessment found that GDPR does not apply (no EU residents, no EU establishment).",
    "legal.draft.none": "none",
}

LEGAL_CATALOGS = {"ja": LEGAL_JA, "en": LEGAL_EN}


def text(lang: str, key: str, **params: object) -> str:
    """``key`` in ``lang`` from the legal strings, else from ``prompts.catalog`` (Japanese fallback)."""
    table = LEGAL_CATALOGS.get(lang, LEGAL_JA)
    value = table.get(key)
    if value is None:
        return t(lang, key, **params)
    return value.format(**params) if params else value


# ---------------------------------------------------------------------------
# Small formatters
# ---------------------------------------------------------------------------

#: Most "if … then" lines shown per jurisdiction and most caveat lines; the rest are counted.
QUESTION_LINES = 10
CAVEAT_LINES = 30
#: Slack's message limit, minus the context and actions blocks that always close the message.
MAX_BLOCKS = 50

_BOLD = re.compile(r"\*([^*\n]+)\*")
_USER_ID = re.compile(r"[UW][A-Z0-9]{2,}")
_DUTY_LEVELS = (Requirement.REQUIRED, Requirement.POSSIBLY_REQUIRED)


def level_marker(lang: str, requirement: Requirement) -> str:
    """``🔴 必要`` / ``🟡 必要の可能性`` / ``⚪ 不要`` / ``⚪ 対象外``."""
    return text(lang, f"legal.level.{requirement.value}")


def level_word(lang: str, requirement: Requirement | None) -> str:
    if requirement is None:
        return text(lang, "legal.word.none")
    return text(lang, f"legal.word.{requirement.value}")


def format_day(lang: str, day: date) -> str:
    """``2027-01-04 (月)``."""
    return f"{day:%Y-%m-%d} ({weekday(lang, day)})"  # type: ignore[arg-type]


def _same_as_japan(moment: datetime, tz: ZoneInfo) -> bool:
    return moment.astimezone(tz).utcoffset() == moment.astimezone(JST).utcoffset()


def appi_day(lang: str, deadline: Deadline | DeadlineDigest, tz: ZoneInfo, *, until: bool = True) -> str:
    """An APPI day (a Japanese date) with weekday; outside Japan time also when it ends locally."""
    assert deadline.day is not None
    shown = format_day(lang, deadline.day)
    if deadline.at is None or _same_as_japan(deadline.at, tz):
        return shown
    if until:
        return text(lang, "legal.dl.japan_until", date=shown, local=format_datetime(lang, deadline.at, tz))
    return text(lang, "legal.dl.japan_date", date=shown)


def _join(lang: str, parts: Sequence[str]) -> str:
    return text(lang, "legal.sep").join(parts)


def _actor(actor: str) -> str:
    return f"<@{actor}>" if _USER_ID.fullmatch(actor) else kit.escape(actor)


def _plain(line: str) -> str:
    """mrkdwn → terminal text (only the bold markers this module writes)."""
    return _BOLD.sub(r"\1", line)


# ---------------------------------------------------------------------------
# Why: findings → one sentence
# ---------------------------------------------------------------------------


def _facts(lang: str, facts: Iterable[Fact]) -> str:
    return _join(lang, [text(lang, f"legal.fact.{f.value}") for f in facts])


def _signs(lang: str, signs: Iterable[AttackSign]) -> str:
    return "".join(text(lang, f"legal.sign.{s.value}") for s in signs)


def finding_clause(lang: str, finding: Finding) -> str:
    """One clause for one finding (category, exception, open facts…)."""
    r = finding.reason
    if r is Reason.CATEGORY_3_IMPROPER_PURPOSE and finding.evidence and Fact.ATTACK_SIGNS in finding.facts:
        return text(lang, "legal.reason.category_3_signs", signs=_signs(lang, finding.evidence))
    if r is Reason.CATEGORY_4_OVER_1000_PEOPLE and Fact.COUNT_IS_MAXIMUM_ESTIMATE in finding.facts:
        return text(lang, "legal.reason.category_4_estimate")
    if r in (Reason.UNKNOWN_MAY_MAKE_REPORTABLE, Reason.GDPR_POSSIBLY_APPLICABLE):
        return text(lang, f"legal.reason.{r.value}", facts=_facts(lang, finding.facts))
    return text(lang, f"legal.reason.{r.value}")


def reasons_text(lang: str, obligation: Obligation, *, individual: bool = False) -> str:
    """The findings of ``obligation`` as one sentence body (no "Why:" prefix, no final stop).

    For the APPI notice to individuals (``individual=True``) the report's findings are not
    repeated: a duty "follows the report", no duty is "for the same reasons as the report"."""
    findings = obligation.findings
    if individual and findings and findings[0].reason is Reason.INDIVIDUAL_NOTICE_FOLLOWS_REPORT:
        return text(lang, "legal.reason.individual_notice_follows_report")
    if individual and obligation.requirement not in _DUTY_LEVELS:
        return text(lang, "legal.same_as_report")
    clauses: list[str] = []
    for f in findings:
        clause = finding_clause(lang, f)
        if clause not in clauses:
            clauses.append(clause)
    return _join(lang, clauses)


def _why(lang: str, obligation: Obligation, *, individual: bool = False) -> str:
    body = reasons_text(lang, obligation, individual=individual)
    sentence = text(lang, "legal.why", reasons=body) + text(lang, "legal.end") if body else ""
    if obligation.requirement is Requirement.POSSIBLY_REQUIRED:
        sentence = (sentence + text(lang, "legal.gap") if sentence else "") + text(lang, "legal.possibly_note")
    return sentence


def _duty_line(lang: str, jurisdiction: Jurisdiction, duty: Duty, obligation: Obligation, *, individual: bool = False) -> str:
    label = text(lang, f"legal.duty.{jurisdiction.value}.{duty.value}")
    head = f"{level_marker(lang, obligation.requirement)}{text(lang, 'legal.level_gap')}*{label}*"
    why = _why(lang, obligation, individual=individual)
    return f"{head}\n{text(lang, 'legal.indent')}{why}" if why else head


# ---------------------------------------------------------------------------
# Open questions → "if … then" lines
# ---------------------------------------------------------------------------


def _condition(lang: str, unknown: Fact, answer: Answer) -> str:
    return text(lang, f"legal.if.{unknown.value}.{answer.value}")


def question_line(lang: str, q: OpenQuestion, a: Assessment, jurisdiction: Jurisdiction, tz: ZoneInfo) -> str:
    """"If X turns out to be Y: this becomes REQUIRED / the 確報 deadline becomes 60 days (date)"."""
    conditions = text(lang, "legal.if.and").join(
        [_condition(lang, q.unknown, q.if_answer)] + [_condition(lang, u, ans) for u, ans in q.together_with]
    )
    effects: list[str] = []
    j = jurisdiction.value
    gdpr_gone = q.applicability is Applicability.NOT_APPLICABLE
    if q.applicability is not None:
        effects.append(text(lang, f"legal.effect.gdpr.{q.applicability.value}"))
    if not gdpr_gone:
        if q.regulator_report is not None and q.regulator_report is q.individual_notice:
            effects.append(text(lang, "legal.effect.duties", noun=text(lang, f"legal.noun.{j}.both"),
                                level=level_word(lang, q.regulator_report)))
        else:
            if q.regulator_report is not None:
                effects.append(text(lang, "legal.effect.duty", noun=text(lang, f"legal.noun.{j}.regulator_report"),
                                    level=level_word(lang, q.regulator_report)))
            if q.individual_notice is not None:
                effects.append(text(lang, "legal.effect.duty", noun=text(lang, f"legal.noun.{j}.individual_notice"),
                                    level=level_word(lang, q.individual_notice)))
    if q.sector_report is not None:
        effects.append(text(lang, "legal.effect.duty", noun=text(lang, f"legal.noun.{j}.sector_report"),
                            level=level_word(lang, q.sector_report)))
    if q.final_report_days is not None:
        day, _ = appi_final_report_deadline(a.aware_at, days=q.final_report_days, tz=tz)
        effects.append(text(lang, "legal.effect.days", days=q.final_report_days, date=format_day(lang, day)))
    body = text(lang, "legal.effect.sep").join(effects) + text(lang, "legal.end")
    return "• " + text(lang, "legal.if.line", conditions=conditions, effects=body)


def _capped(lang: str, lines: list[str], limit: int) -> list[str]:
    if len(lines) <= limit:
        return lines
    return lines[:limit] + [text(lang, "legal.more", n=len(lines) - limit)]


# ---------------------------------------------------------------------------
# Deadlines
# ---------------------------------------------------------------------------


def _alternatives(lang: str, alternatives: Sequence[Alternative]) -> str:
    if not alternatives:
        return ""
    names = text(lang, "legal.alt.or").join(text(lang, f"legal.alt.{x.value}") for x in alternatives)
    return text(lang, "legal.dl.alternatives", alternatives=names)


def _appi_deadline_lines(lang: str, a: Assessment, tz: ZoneInfo) -> list[str]:
    j = a.appi
    lines: list[str] = []
    report = j.regulator_report.requirement
    released = Reason.CONTRACTOR_RELEASED in j.regulator_report.reasons
    warn_p, over_p = j.deadline(DeadlineKind.APPI_NOTIFY_PRINCIPAL_WARNING), j.deadline(DeadlineKind.APPI_NOTIFY_PRINCIPAL_OVERDUE)
    if released:
        lines.append("• " + text(lang, "legal.dl.principal_done"))
    elif warn_p is not None and over_p is not None:
        line = text(lang, "legal.dl.principal", warn=appi_day(lang, warn_p, tz, until=False), overdue=appi_day(lang, over_p, tz))
        if not over_p.binding:
            line += text(lang, "legal.dl.principal_if")
        lines.append("• " + line)
    warn, over = j.deadline(DeadlineKind.APPI_PRELIMINARY_WARNING), j.deadline(DeadlineKind.APPI_PRELIMINARY_OVERDUE)
    if warn is not None and over is not None:
        lines.append("• " + text(lang, "legal.dl.preliminary", warn=appi_day(lang, warn, tz, until=False),
                                 overdue=appi_day(lang, over, tz)))
    final = j.deadline(DeadlineKind.APPI_FINAL)
    if final is not None and final.day is not None:
        line = text(lang, "legal.dl.final", days=final.days, date=appi_day(lang, final, tz))
        if final.days:
            raw = a.awareness_day + timedelta(days=final.days - 1)
            if raw != final.day:
                line += text(lang, "legal.dl.final_moved", days=final.days, raw=format_day(lang, raw))
        lines.append("• " + line)
    cond = j.deadline(DeadlineKind.APPI_FINAL_IF_IMPROPER_PURPOSE)
    if cond is not None and cond.day is not None:
        lines.append(text(lang, "legal.indent") + text(lang, "legal.dl.final_if_improper", days=cond.days, date=appi_day(lang, cond, tz)))
    if j.deadline(DeadlineKind.APPI_INDIVIDUAL_NOTICE) is not None:
        lines.append("• " + text(lang, "legal.dl.notice") + _alternatives(lang, j.individual_notice.alternatives)
                     + text(lang, "legal.end"))
    if lines and report is Requirement.POSSIBLY_REQUIRED:
        lines.insert(0, text(lang, "legal.dl.running"))
    return lines


def _gdpr_deadline_lines(lang: str, a: Assessment, tz: ZoneInfo) -> list[str]:
    j = a.gdpr
    lines: list[str] = []
    auth = j.deadline(DeadlineKind.GDPR_AUTHORITY)
    if auth is not None and auth.at is not None:
        lines.append("• " + text(lang, "legal.dl.gdpr_authority", at=format_datetime(lang, auth.at, tz),
                                 aware=format_datetime(lang, a.aware_at, tz)))
    if j.deadline(DeadlineKind.GDPR_INDIVIDUALS) is not None:
        lines.append("• " + text(lang, "legal.dl.gdpr_individuals") + _alternatives(lang, j.individual_notice.alternatives)
                     + text(lang, "legal.end"))
    return lines


# ---------------------------------------------------------------------------
# Changes
# ---------------------------------------------------------------------------


def _deadline_value(lang: str, jurisdiction: Jurisdiction | None, d: DeadlineDigest | None, tz: ZoneInfo) -> str:
    if d is None:
        return text(lang, "legal.word.none")
    if jurisdiction is Jurisdiction.GDPR:
        return format_datetime(lang, d.at, tz)
    return appi_day(lang, d, tz, until=False)


def change_lines(lang: str, changes: Sequence[Change], tz: ZoneInfo) -> list[str]:
    """What changed, one line each.  A deadline that merely appears or disappears together with a
    change of duty in the same jurisdiction is left out: the duty line says it, and the deadlines
    are listed in full below."""
    duty_changed = {c.jurisdiction for c in changes if c.kind in (ChangeKind.OBLIGATION, ChangeKind.APPLICABILITY)}
    lines: list[str] = []
    for c in changes:
        if c.kind is ChangeKind.RULESET:
            line = text(lang, "legal.changed.ruleset", before=c.before, after=c.after)
        elif c.kind is ChangeKind.APPLICABILITY:
            line = text(lang, "legal.changed.applicability", jurisdiction=text(lang, f"legal.jurisdiction.{c.jurisdiction.value}"),
                        before=text(lang, f"legal.applicability.{c.before.value}"),
                        after=text(lang, f"legal.applicability.{c.after.value}"))
        elif c.kind is ChangeKind.OBLIGATION:
            line = text(lang, "legal.changed.item", label=text(lang, f"legal.duty.{c.jurisdiction.value}.{c.duty.value}"),
                        before=level_word(lang, c.before), after=f"*{level_word(lang, c.after)}*")
        else:
            if not c.moved and c.jurisdiction in duty_changed:
                continue
            line = text(lang, "legal.changed.item", label=text(lang, f"legal.deadline.{c.deadline.value}"),
                        before=_deadline_value(lang, c.jurisdiction, c.before, tz),
                        after=f"*{_deadline_value(lang, c.jurisdiction, c.after, tz)}*")
        lines.append("• " + line)
    return lines


# ---------------------------------------------------------------------------
# The document (shared by the Slack message and the terminal text)
# ---------------------------------------------------------------------------


def _caveats(a: Assessment) -> list[Caveat]:
    seen: list[Caveat] = []
    groups = [a.caveats, a.appi.caveats]
    if a.gdpr.applicability is not Applicability.NOT_APPLICABLE:
        groups.append(a.gdpr.caveats)
    for group in groups:
        for c in group:
            if c not in seen:
                seen.append(c)
    return seen


def _sections(a: Assessment, *, lang: str, tz: ZoneInfo) -> list[tuple[str, list[str]]]:
    """(title, lines) pairs in display order; an empty title continues without a heading."""
    out: list[tuple[str, list[str]]] = []
    appi = a.appi
    duties = [
        _duty_line(lang, Jurisdiction.APPI, Duty.REGULATOR_REPORT, appi.regulator_report),
        _duty_line(lang, Jurisdiction.APPI, Duty.INDIVIDUAL_NOTICE, appi.individual_notice, individual=True),
    ]
    if appi.sector_report is not None:
        duties.append(_duty_line(lang, Jurisdiction.APPI, Duty.SECTOR_REPORT, appi.sector_report))
    out.append((text(lang, "legal.appi.title"), duties))
    deadlines = _appi_deadline_lines(lang, a, tz)
    if deadlines:
        out.append((text(lang, "legal.deadlines.title"), deadlines))
    questions = [question_line(lang, q, a, Jurisdiction.APPI, tz) for q in appi.unknowns]

    gdpr = a.gdpr
    if gdpr.applicability is Applicability.NOT_APPLICABLE:
        gdpr_note = text(lang, "legal.gdpr.not_applicable")
    else:
        gdpr_note = ""
        lines = []
        if gdpr.applicability is Applicability.POSSIBLY_APPLICABLE:
            open_facts = next((f.facts for f in gdpr.regulator_report.findings
                               if f.reason is Reason.GDPR_POSSIBLY_APPLICABLE), ())
            lines.append(text(lang, "legal.gdpr.applicability", facts=_facts(lang, open_facts)))
        lines.append(_duty_line(lang, Jurisdiction.GDPR, Duty.REGULATOR_REPORT, _without_applicability(gdpr.regulator_report)))
        lines.append(_duty_line(lang, Jurisdiction.GDPR, Duty.INDIVIDUAL_NOTICE, _without_applicability(gdpr.individual_notice)))
        out.append((text(lang, "legal.gdpr.title"), lines))
        gdpr_deadlines = _gdpr_deadline_lines(lang, a, tz)
        if gdpr_deadlines:
            out.append((text(lang, "legal.deadlines.gdpr_title"), gdpr_deadlines))
        questions += [question_line(lang, q, a, Jurisdiction.GDPR, tz) for q in gdpr.unknowns]
    if questions:
        out.append((text(lang, "legal.unknowns.title"), _capped(lang, questions, QUESTION_LINES * 2)))
    caveats = [f"• {text(lang, f'legal.caveat.{c.value}')}" for c in _caveats(a)]
    if caveats:
        out.append((text(lang, "legal.caveats.title"), _capped(lang, caveats, CAVEAT_LINES)))
    if gdpr_note:
        out.append(("", [gdpr_note]))
    return out


def _without_applicability(obligation: Obligation) -> Obligation:
    """The GDPR duty without the "may apply" finding (shown once, above the duties)."""
    findings = tuple(f for f in obligation.findings if f.reason is not Reason.GDPR_POSSIBLY_APPLICABLE)
    return Obligation(obligation.requirement, findings, obligation.alternatives, obligation.items)


def _context(a: Assessment, *, lang: str, tz: ZoneInfo, actor: str | None, who: bool = True) -> str:
    parts = [
        text(lang, "legal.context.ruleset", version=a.ruleset_version, effective=format_day(lang, a.ruleset_effective_from)),
        text(lang, "legal.context.aware", aware=format_datetime(lang, a.aware_at, tz)),
    ]
    if who:
        parts.append(text(lang, "legal.context.actor", actor=_actor(actor)) if actor else text(lang, "legal.context.auto"))
    return text(lang, "legal.context.sep").join(parts) + "\n" + text(lang, "legal.context.disclaimer")


def headline(a: Assessment, *, incident_id: str | None, lang: str, tz: ZoneInfo) -> str:
    """The one-line answer: APPI report level and dates, GDPR notification when it (may) apply."""
    appi = a.appi
    report = appi.regulator_report.requirement
    line = text(lang, "legal.headline.appi", level=level_word(lang, report))
    if incident_id:
        line = f"{incident_id}: {line}"
    over, final = appi.deadline(DeadlineKind.APPI_PRELIMINARY_OVERDUE), appi.deadline(DeadlineKind.APPI_FINAL)
    if report in _DUTY_LEVELS and over is not None and final is not None:
        line += text(lang, "legal.headline.appi_deadlines", preliminary=appi_day(lang, over, tz, until=False),
                     final=appi_day(lang, final, tz, until=False))
    gdpr = a.gdpr
    if gdpr.applicability is not Applicability.NOT_APPLICABLE:
        part = text(lang, "legal.headline.gdpr", level=level_word(lang, gdpr.regulator_report.requirement))
        due = gdpr.deadline(DeadlineKind.GDPR_AUTHORITY)
        if due is not None and due.at is not None:
            part += text(lang, "legal.headline.gdpr_deadline", at=format_datetime(lang, due.at, tz))
        line += text(lang, "legal.headline.sep") + part
    return line


# ---------------------------------------------------------------------------
# Public builders
# ---------------------------------------------------------------------------


def assessment_message(
    a: Assessment,
    *,
    incident_id: str,
    lang: str,
    tz: ZoneInfo,
    changes: list[Change] | None = None,
    actor: str | None = None,
) -> Message:
    """The assessment for the incident channel: ``(text fallback, blocks)``."""
    ident = kit.escape(incident_id)
    blocks: list[kit.Block] = []
    changed = change_lines(lang, changes, tz) if changes else []
    if changed:
        title = text(lang, "legal.changed.by", actor=_actor(actor)) if actor else text(lang, "legal.changed.title")
        blocks += kit.packed_sections([title] + _capped(lang, changed, QUESTION_LINES))
    blocks.append(kit.header(text(lang, "legal.header", incident_id=incident_id)))
    for title, lines in _sections(a, lang=lang, tz=tz):
        if title:
            blocks.append(kit.divider())
            lines = [f"*{title}*"] + lines
        blocks += kit.packed_sections(lines)
    closing = [
        kit.context(_context(a, lang=lang, tz=tz, actor=actor)),
        kit.actions(
            kit.button(text(lang, "legal.button.drafts"), Action.LEGAL_DRAFTS, incident_id, style="primary"),
            kit.button(text(lang, "legal.button.reassess"), Action.OPEN_LEGAL, incident_id),
        ),
    ]
    room = MAX_BLOCKS - len(closing)
    if len(blocks) > room:
        blocks = blocks[: room - 1] + [kit.section(text(lang, "legal.more", n=len(blocks) - room + 1))]
    blocks += closing
    answer = headline(a, incident_id=None, lang=lang, tz=tz)
    if changed:
        answer = text(lang, "legal.changed.fallback") + " — " + answer
    fallback = f"{ident}: {answer}"
    return kit.clip(_plain(fallback), kit.MESSAGE_FALLBACK), blocks


def assessment_text(a: Assessment, *, lang: str, tz: ZoneInfo) -> str:
    """The same content as plain text, for a terminal (``leakbot assess``)."""
    out = [text(lang, "legal.text_title"), "=" * 40, _plain(headline(a, incident_id=None, lang=lang, tz=tz))]
    for title, lines in _sections(a, lang=lang, tz=tz):
        out.append("")
        if title:
            out += [title, "-" * 40]
        out += [_plain(line) for line in lines]
    out += ["", _plain(_context(a, lang=lang, tz=tz, actor=None, who=False))]
    return "\n".join(out).rstrip() + "\n"


__all__ = [
    "LEGAL_EN",
    "LEGAL_JA",
    "appi_day",
    "assessment_message",
    "assessment_text",
    "change_lines",
    "finding_clause",
    "format_day",
    "headline",
    "level_marker",
    "level_word",
    "question_line",
    "reasons_text",
    "text",
]
