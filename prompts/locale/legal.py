"""Legal assessment and report-draft texts, each message's Japanese and English side by side.

Keys are ``legal.*``; ``prompts.legal`` and ``prompts.drafts`` look them up through ``prompts.i18n.t``.
"""

TEXT: dict[str, dict[str, str]] = {
    # requirement markers and words
    "legal.level.required": {
        "ja": "🔴 必要",
        "en": "🔴 Required",
    },
    "legal.level.possibly_required": {
        "ja": "🟡 必要の可能性",
        "en": "🟡 Possibly required",
    },
    "legal.level.not_required": {
        "ja": "⚪ 不要",
        "en": "⚪ Not required",
    },
    "legal.level.not_applicable": {
        "ja": "⚪ 対象外",
        "en": "⚪ Not applicable",
    },
    "legal.word.required": {
        "ja": "必要",
        "en": "REQUIRED",
    },
    "legal.word.possibly_required": {
        "ja": "必要の可能性あり",
        "en": "POSSIBLY REQUIRED",
    },
    "legal.word.not_required": {
        "ja": "不要",
        "en": "NOT REQUIRED",
    },
    "legal.word.not_applicable": {
        "ja": "対象外",
        "en": "NOT APPLICABLE",
    },
    "legal.word.none": {
        "ja": "なし",
        "en": "none",
    },
    "legal.applicability.applicable": {
        "ja": "適用あり",
        "en": "applies",
    },
    "legal.applicability.possibly_applicable": {
        "ja": "適用の可能性あり",
        "en": "may apply",
    },
    "legal.applicability.not_applicable": {
        "ja": "適用なし",
        "en": "does not apply",
    },
    "legal.jurisdiction.appi": {
        "ja": "個人情報保護法",
        "en": "APPI",
    },
    "legal.jurisdiction.gdpr": {
        "ja": "GDPR",
        "en": "GDPR",
    },
    # structure
    "legal.header": {
        "ja": "⚖️ 法的義務の判定 — {incident_id}",
        "en": "⚖️ Legal obligations — {incident_id}",
    },
    "legal.text_title": {
        "ja": "法的義務の判定",
        "en": "Legal obligations assessment",
    },
    "legal.appi.title": {
        "ja": "日本（個人情報保護法26条・施行規則7条〜10条）",
        "en": "Japan (APPI Art. 26, PPC Rules 7–10)",
    },
    "legal.gdpr.title": {
        "ja": "EU（GDPR 33条・34条）",
        "en": "EU (GDPR Art. 33/34)",
    },
    "legal.gdpr.applicability": {
        "ja": "🟡 *GDPRが適用される可能性があります* — {facts}が未確認です（3条）。",
        "en": "🟡 *GDPR may apply* — still unconfirmed: {facts} (Art. 3).",
    },
    "legal.gdpr.not_applicable": {
        "ja": "EU（GDPR）: 適用なし — EU域内の本人もEU域内の拠点もありません。",
        "en": "EU (GDPR): does not apply — no EU residents are affected and there is no EU establishment.",
    },
    "legal.deadlines.title": {
        "ja": "期限",
        "en": "Deadlines",
    },
    "legal.deadlines.gdpr_title": {
        "ja": "期限（GDPR）",
        "en": "Deadlines (GDPR)",
    },
    "legal.unknowns.title": {
        "ja": "未確認の事項（判明すると判定が変わります）",
        "en": "Still unknown — the answer changes if…",
    },
    "legal.caveats.title": {
        "ja": "注意事項",
        "en": "Caveats",
    },
    "legal.more": {
        "ja": "…ほか {n} 件",
        "en": "… and {n} more",
    },
    "legal.why": {
        "ja": "理由: {reasons}",
        "en": "Why: {reasons}",
    },
    "legal.sep": {
        "ja": "、",
        "en": "; ",
    },
    "legal.end": {
        "ja": "。",
        "en": ".",
    },
    "legal.gap": {
        "ja": "",
        "en": " ",
    },
    "legal.level_gap": {
        "ja": "　",
        "en": "  ",
    },
    "legal.indent": {
        "ja": "　",
        "en": "    ",
    },
    "legal.context.sep": {
        "ja": "｜",
        "en": " | ",
    },
    "legal.possibly_note": {
        "ja": "未確認の事実次第で必要になります。判明するまでは必要なものとして、期限内に準備してください。",
        "en": "Depends on facts not yet confirmed. Until they are, prepare as if it were required — the deadlines are running.",
    },
    "legal.same_as_report": {
        "ja": "報告と同じ理由で、本人への通知の法的義務もありません",
        "en": "Not required by law, for the same reasons as the report",
    },
    # duties
    "legal.duty.appi.regulator_report": {
        "ja": "個人情報保護委員会への報告",
        "en": "Report to the PPC (Personal Information Protection Commission)",
    },
    "legal.duty.appi.individual_notice": {
        "ja": "本人への通知",
        "en": "Notice to the individuals concerned",
    },
    "legal.duty.appi.sector_report": {
        "ja": "業種別の監督官庁への報告",
        "en": "Report to the sector supervisor",
    },
    "legal.duty.appi.notify_principal": {
        "ja": "委託元への通知（当社が委託先の場合）",
        "en": "Notice to the principal (if we are the contractor)",
    },
    "legal.duty.gdpr.regulator_report": {
        "ja": "監督機関への通知（GDPR 33条）",
        "en": "Notification to the supervisory authority (Art. 33)",
    },
    "legal.duty.gdpr.individual_notice": {
        "ja": "本人への連絡（GDPR 34条）",
        "en": "Communication to the data subjects (Art. 34)",
    },
    "legal.duty.gdpr.sector_report": {
        "ja": "業種別の監督官庁への報告（GDPR）",
        "en": "Report to the sector supervisor (GDPR)",
    },
    "legal.duty.gdpr.notify_principal": {
        "ja": "管理者への通知（GDPR）",
        "en": "Notice to the controller (GDPR)",
    },
    "legal.noun.appi.regulator_report": {
        "ja": "個人情報保護委員会への報告",
        "en": "the report to the PPC",
    },
    "legal.noun.appi.individual_notice": {
        "ja": "本人への通知",
        "en": "the notice to individuals",
    },
    "legal.noun.appi.both": {
        "ja": "個人情報保護委員会への報告と本人への通知",
        "en": "the report to the PPC and the notice to individuals",
    },
    "legal.noun.appi.sector_report": {
        "ja": "業種別の監督官庁への報告",
        "en": "the report to the sector supervisor",
    },
    "legal.noun.gdpr.regulator_report": {
        "ja": "監督機関への通知",
        "en": "the notification to the supervisory authority",
    },
    "legal.noun.gdpr.individual_notice": {
        "ja": "本人への連絡",
        "en": "the communication to the data subjects",
    },
    "legal.noun.gdpr.both": {
        "ja": "監督機関への通知と本人への連絡",
        "en": "the notification to the supervisory authority and the communication to the data subjects",
    },
    "legal.noun.gdpr.sector_report": {
        "ja": "業種別の監督官庁への報告",
        "en": "the report to the sector supervisor",
    },
    # reasons (one clause each)
    "legal.reason.category_1_sensitive_data": {
        "ja": "要配慮個人情報が含まれる（おそれを含む。規則7条1号）",
        "en": "sensitive personal data (要配慮個人情報) is or may be involved (PPC Rule 7(i))",
    },
    "legal.reason.category_2_financial_harm": {
        "ja": "不正に利用されると財産的被害が生じるおそれのある個人データが含まれる（規則7条2号）",
        "en": "personal data whose misuse may cause financial loss is involved (PPC Rule 7(ii))",
    },
    "legal.reason.category_3_improper_purpose": {
        "ja": "不正の目的をもって行われたおそれがある行為による（規則7条3号）",
        "en": "it was or may have been caused by an act with an improper purpose (PPC Rule 7(iii))",
    },
    "legal.reason.category_3_signs": {
        "ja": "サイバー攻撃の兆候 {signs} があり、不正の目的による漏えい等のおそれがある（規則7条3号、ガイドライン通則編3-5-3-1）",
        "en": "cyber-attack signs {signs} make a leak by an act with an improper purpose possible (PPC Rule 7(iii), guideline 3-5-3-1)",
    },
    "legal.reason.category_3_data_being_acquired": {
        "ja": "取得しようとしていた個人情報が、不正の目的をもって行われたおそれがある行為により漏えい等した（規則7条3号、2024年4月改正）",
        "en": "personal information being acquired was or may have been leaked by an act with an improper purpose (PPC Rule 7(iii) as amended in April 2024)",
    },
    "legal.reason.category_4_over_1000_people": {
        "ja": "本人の数が1,000人を超える（規則7条4号）",
        "en": "more than 1,000 people are affected (PPC Rule 7(iv))",
    },
    "legal.reason.category_4_estimate": {
        "ja": "本人の数が1,000人を超えるおそれがある（最大見込みによる。規則7条4号）",
        "en": "more than 1,000 people may be affected (maximum estimate; PPC Rule 7(iv))",
    },
    "legal.reason.no_category_applies": {
        "ja": "規則7条の4類型（要配慮個人情報・財産的被害・不正の目的・1,000人超）のいずれにも当たらない",
        "en": "none of the four categories of PPC Rule 7 applies (sensitive data, financial loss, improper purpose, more than 1,000 people)",
    },
    "legal.reason.unknown_may_make_reportable": {
        "ja": "{facts}が未確認で、報告対象事態に当たる可能性がある（おそれも報告対象）",
        "en": "still unconfirmed: {facts} — the case may be reportable (a possibility counts the same as a fact)",
    },
    "legal.reason.strong_encryption_exception": {
        "ja": "高度な暗号化がされ、復号鍵も漏えいしていないため、例外として報告対象外（規則7条1号括弧書）",
        "en": "the data was protected by strong encryption and the key did not leak, so the exception applies (PPC Rule 7(i), parenthesis)",
    },
    "legal.reason.encryption_key_leaked": {
        "ja": "暗号化されていたが復号鍵も漏えいしたため、暗号化の例外は適用されない",
        "en": "the data was encrypted but the key leaked too, so the encryption exception does not apply",
    },
    "legal.reason.acquisition_not_covered": {
        "ja": "取得中の個人情報の漏えい等は、2024年4月1日より前の規則7条3号の対象外",
        "en": "before 2024-04-01, PPC Rule 7(iii) did not cover personal information being acquired",
    },
    "legal.reason.acquisition_only_not_personal_data": {
        "ja": "取得中の個人情報のみで保有する個人データを含まないため、規則7条1号・2号・4号は当たらない",
        "en": "only personal information being acquired is concerned (no personal data held), so PPC Rule 7(i), (ii) and (iv) do not apply",
    },
    "legal.reason.individual_notice_follows_report": {
        "ja": "報告対象事態では本人への通知も必要（法26条2項）",
        "en": "a reportable case must also be notified to the individuals (APPI Art. 26(2))",
    },
    "legal.reason.contractor_released": {
        "ja": "当社は委託先として委託元へ目安の期間内に通知したため、報告・本人通知の義務は免除（法26条1項ただし書、規則9条）",
        "en": "as the contractor we notified the principal within the guideline window, which releases us from the report and the notice (APPI Art. 26(1) proviso, PPC Rule 9)",
    },
    "legal.reason.contractor_notice_late": {
        "ja": "委託元への通知が目安（5日）を過ぎたため、委託先としての免除を受けられない可能性がある（規則9条）",
        "en": "the notice to the principal came after the about-5-day window, so the contractor release may not apply (PPC Rule 9)",
    },
    "legal.reason.sector_financial_supervisor": {
        "ja": "金融分野のガイドラインにより、4類型に当たらなくても監督当局への報告が求められる",
        "en": "the financial-sector guideline requires a report to the supervisor even outside the four categories",
    },
    "legal.reason.sector_unknown": {
        "ja": "業種が未確認で、業種別のルールにより報告が求められる可能性がある",
        "en": "the sector is not confirmed, and sector rules may require a report",
    },
    "legal.reason.gdpr_risk_to_rights": {
        "ja": "本人の権利・自由に対するリスクが生じるおそれがある（33条1項）",
        "en": "the breach is likely to result in a risk to people's rights and freedoms (Art. 33(1))",
    },
    "legal.reason.gdpr_unlikely_to_result_in_risk": {
        "ja": "本人の権利・自由に対するリスクが生じるおそれは低いと評価された（33条1項）",
        "en": "the breach was judged unlikely to result in a risk to people's rights and freedoms (Art. 33(1))",
    },
    "legal.reason.gdpr_risk_unknown": {
        "ja": "本人へのリスクの評価がまだ済んでいない（33条1項・34条1項）",
        "en": "the risk to people has not been assessed yet (Art. 33(1), 34(1))",
    },
    "legal.reason.gdpr_high_risk": {
        "ja": "本人の権利・自由に対する高いリスクが生じるおそれがある（34条1項）",
        "en": "the breach is likely to result in a high risk to people's rights and freedoms (Art. 34(1))",
    },
    "legal.reason.gdpr_risk_not_high": {
        "ja": "高いリスクではない（34条1項）",
        "en": "the risk is not high (Art. 34(1))",
    },
    "legal.reason.gdpr_encrypted_or_mitigated": {
        "ja": "暗号化又は事後の措置により、高いリスクが生じるおそれはなくなっている（34条3項(a)(b)）",
        "en": "encryption or subsequent measures make the high risk no longer likely (Art. 34(3)(a),(b))",
    },
    "legal.reason.gdpr_not_applicable": {
        "ja": "EU域内の本人もEU域内の拠点もない（3条）",
        "en": "no EU residents are affected and there is no EU establishment (Art. 3)",
    },
    "legal.reason.gdpr_possibly_applicable": {
        "ja": "{facts}が未確認で、GDPRが適用される可能性がある（3条）",
        "en": "still unconfirmed: {facts} — GDPR may apply (Art. 3)",
    },
    # facts (short nouns)
    "legal.fact.aware_at": {
        "ja": "知った時点",
        "en": "the time of awareness",
    },
    "legal.fact.sensitive_data": {
        "ja": "要配慮個人情報の有無",
        "en": "whether sensitive data is involved",
    },
    "legal.fact.financial_harm": {
        "ja": "財産的被害のおそれの有無",
        "en": "whether financial loss is possible",
    },
    "legal.fact.improper_purpose": {
        "ja": "不正の目的の有無",
        "en": "whether there was an improper purpose",
    },
    "legal.fact.attack_signs": {
        "ja": "サイバー攻撃の兆候",
        "en": "the cyber-attack signs",
    },
    "legal.fact.people_count": {
        "ja": "本人の数",
        "en": "the number of people",
    },
    "legal.fact.count_is_maximum_estimate": {
        "ja": "人数が最大見込みか",
        "en": "whether the count is a maximum estimate",
    },
    "legal.fact.strong_encryption": {
        "ja": "高度な暗号化の有無",
        "en": "whether strong encryption was used",
    },
    "legal.fact.key_leaked": {
        "ja": "復号鍵の漏えいの有無",
        "en": "whether the key leaked",
    },
    "legal.fact.acquisition_only": {
        "ja": "取得中の個人情報のみか",
        "en": "whether only data being acquired is concerned",
    },
    "legal.fact.role": {
        "ja": "当社の立場（委託元・委託先）",
        "en": "our role (principal or contractor)",
    },
    "legal.fact.principal_notified_at": {
        "ja": "委託元へ通知した日時",
        "en": "when the principal was notified",
    },
    "legal.fact.sector": {
        "ja": "業種",
        "en": "the sector",
    },
    "legal.fact.eu_residents_affected": {
        "ja": "EU域内の本人の有無",
        "en": "whether EU residents are affected",
    },
    "legal.fact.eu_establishment": {
        "ja": "EU域内の拠点の有無",
        "en": "whether we have an EU establishment",
    },
    "legal.fact.gdpr_risk": {
        "ja": "本人へのリスクの程度",
        "en": "the level of risk to people",
    },
    "legal.fact.gdpr_mitigated_or_encrypted": {
        "ja": "暗号化・軽減措置の有無",
        "en": "whether encryption or measures removed the high risk",
    },
    "legal.sign.a": {
        "ja": "(ア)",
        "en": "(a)",
    },
    "legal.sign.i": {
        "ja": "(イ)",
        "en": "(i)",
    },
    "legal.sign.u": {
        "ja": "(ウ)",
        "en": "(u)",
    },
    "legal.sign.e": {
        "ja": "(エ)",
        "en": "(e)",
    },
    "legal.sign.o": {
        "ja": "(オ)",
        "en": "(o)",
    },
    # "if … then …" lines
    "legal.if.line": {
        "ja": "{conditions}と判明した場合 → {effects}",
        "en": "If it turns out that {conditions}: {effects}",
    },
    "legal.if.and": {
        "ja": "、かつ",
        "en": " and ",
    },
    "legal.if.sensitive_data.yes": {
        "ja": "要配慮個人情報が含まれる（おそれがある）",
        "en": "sensitive data is (or may be) involved",
    },
    "legal.if.sensitive_data.no": {
        "ja": "要配慮個人情報が含まれない",
        "en": "no sensitive data is involved",
    },
    "legal.if.financial_harm.yes": {
        "ja": "財産的被害が生じるおそれのあるデータ（カード番号等）が含まれる",
        "en": "data whose misuse may cause financial loss (card numbers etc.) is involved",
    },
    "legal.if.financial_harm.no": {
        "ja": "財産的被害が生じるおそれのあるデータが含まれない",
        "en": "no data whose misuse may cause financial loss is involved",
    },
    "legal.if.improper_purpose.yes": {
        "ja": "不正の目的による行為（不正アクセス・盗難・持ち出し等）が原因である",
        "en": "an act with an improper purpose (unauthorized access, theft, take-out…) caused it",
    },
    "legal.if.improper_purpose.no": {
        "ja": "不正の目的による行為ではない",
        "en": "no act with an improper purpose was involved",
    },
    "legal.if.people_count.over_threshold": {
        "ja": "本人の数が1,000人を超える",
        "en": "more than 1,000 people are affected",
    },
    "legal.if.people_count.at_most_threshold": {
        "ja": "本人の数が1,000人以下である",
        "en": "1,000 people or fewer are affected",
    },
    "legal.if.strong_encryption.yes": {
        "ja": "高度な暗号化がされていた",
        "en": "the data was protected by strong encryption",
    },
    "legal.if.strong_encryption.no": {
        "ja": "高度な暗号化がされていなかった",
        "en": "the data was not protected by strong encryption",
    },
    "legal.if.key_leaked.yes": {
        "ja": "復号鍵も漏えいした",
        "en": "the decryption key leaked too",
    },
    "legal.if.key_leaked.no": {
        "ja": "復号鍵は漏えいしていない",
        "en": "the decryption key did not leak",
    },
    "legal.if.acquisition_only.yes": {
        "ja": "取得中の個人情報のみが対象で、保有する個人データは含まれない",
        "en": "only personal information being acquired is concerned (no personal data held)",
    },
    "legal.if.acquisition_only.no": {
        "ja": "保有する個人データが含まれる",
        "en": "personal data we hold is concerned",
    },
    "legal.if.role.principal": {
        "ja": "当社が委託元（自社のデータ）である",
        "en": "we are the principal (it is our own data)",
    },
    "legal.if.role.contractor": {
        "ja": "当社が委託先（委託元のデータを取り扱う立場）である",
        "en": "we are the contractor (handling a principal's data)",
    },
    "legal.if.role.both": {
        "ja": "当社が委託元と委託先の両方の立場である",
        "en": "we are both principal and contractor",
    },
    "legal.if.sector.financial": {
        "ja": "当社が金融分野の事業者である",
        "en": "we are a financial business",
    },
    "legal.if.sector.general": {
        "ja": "当社が業種別の追加ルールのない一般の事業者である",
        "en": "we are a general business without sector rules",
    },
    "legal.if.eu_residents_affected.yes": {
        "ja": "EU域内の本人が含まれる",
        "en": "EU residents are affected",
    },
    "legal.if.eu_residents_affected.no": {
        "ja": "EU域内の本人が含まれない",
        "en": "no EU residents are affected",
    },
    "legal.if.eu_establishment.yes": {
        "ja": "当社にEU域内の拠点がある",
        "en": "we have an EU establishment",
    },
    "legal.if.eu_establishment.no": {
        "ja": "当社にEU域内の拠点がない",
        "en": "we have no EU establishment",
    },
    "legal.if.gdpr_risk.none_or_low": {
        "ja": "本人へのリスクが生じるおそれは低い",
        "en": "the breach is unlikely to result in a risk to people",
    },
    "legal.if.gdpr_risk.risk": {
        "ja": "本人へのリスクがある（高いリスクではない）",
        "en": "there is a risk to people, but not a high one",
    },
    "legal.if.gdpr_risk.high": {
        "ja": "本人への高いリスクがある",
        "en": "there is a high risk to people",
    },
    "legal.if.gdpr_mitigated_or_encrypted.yes": {
        "ja": "暗号化・事後の措置により高いリスクが解消している",
        "en": "encryption or subsequent measures removed the high risk",
    },
    "legal.if.gdpr_mitigated_or_encrypted.no": {
        "ja": "暗号化・事後の措置では高いリスクが解消していない",
        "en": "encryption or subsequent measures did not remove the high risk",
    },
    "legal.effect.duty": {
        "ja": "{noun}が *{level}* になります",
        "en": "{noun} becomes *{level}*",
    },
    "legal.effect.duties": {
        "ja": "{noun}が *{level}* になります",
        "en": "{noun} become *{level}*",
    },
    "legal.effect.days": {
        "ja": "確報の期限が *{days}日*（{date} まで）になります",
        "en": "the final report (確報) deadline becomes *{days} days* ({date})",
    },
    "legal.effect.gdpr.applicable": {
        "ja": "GDPRが *適用されます*",
        "en": "GDPR *applies*",
    },
    "legal.effect.gdpr.possibly_applicable": {
        "ja": "GDPRが *適用される可能性があります*",
        "en": "GDPR *may apply*",
    },
    "legal.effect.gdpr.not_applicable": {
        "ja": "GDPRは *適用されません*",
        "en": "GDPR *does not apply*",
    },
    "legal.effect.sep": {
        "ja": "。",
        "en": "; ",
    },
    # deadlines
    "legal.dl.running": {
        "ja": "報告が必要な可能性がある間も、期限は知った時点から進行しています。",
        "en": "While the duty is only possible, the deadlines still run from the moment of awareness.",
    },
    "legal.dl.preliminary": {
        "ja": "*速報*（速やかに。目安は3〜5日）: {warn} から注意、{overdue} を過ぎると遅延",
        "en": "*Preliminary report (速報)*, promptly — about 3–5 days: warning from {warn}; overdue after {overdue}",
    },
    "legal.dl.final": {
        "ja": "*確報*（{days}日以内）: {date} まで",
        "en": "*Final report (確報)*, within {days} days: by {date}",
    },
    "legal.dl.final_moved": {
        "ja": "（{days}日目の {raw} が土日祝日・年末年始のため、翌開庁日へ繰り下げ）",
        "en": " (day {days}, {raw}, is a weekend, holiday or year-end closure day: moved to the next open day)",
    },
    "legal.dl.final_if_improper": {
        "ja": "不正の目的が確認された場合の確報（{days}日）: {date} まで（確認されるまでは上の期限に従ってください）",
        "en": "If the improper purpose is confirmed, the final report is due in {days} days: by {date} (until then, keep to the date above)",
    },
    "legal.dl.notice": {
        "ja": "*本人への通知*: 速やかに — 法定の期日はありません",
        "en": "*Notice to individuals*: promptly — no fixed date",
    },
    "legal.dl.alternatives": {
        "ja": "。通知が困難な場合は{alternatives}で代替できます",
        "en": "; if notice is impossible, {alternatives} instead",
    },
    "legal.dl.principal": {
        "ja": "*委託元への通知*: {warn} から注意、{overdue} までに通知すれば当社の報告・本人通知の義務は免除（規則9条）",
        "en": "*Notice to the principal*: warning from {warn}; notify by {overdue} to be released from the report and the notice (PPC Rule 9)",
    },
    "legal.dl.principal_if": {
        "ja": "（当社が委託先の場合）",
        "en": " (if we are the contractor)",
    },
    "legal.dl.principal_done": {
        "ja": "*委託元への通知*: 期限内に通知済み — 当社の報告・本人通知の義務は免除（規則9条）",
        "en": "*Notice to the principal*: given in time — we are released from the report and the notice (PPC Rule 9)",
    },
    "legal.dl.gdpr_authority": {
        "ja": "*監督機関への通知*: {at} まで（知った時点 {aware} から72時間）",
        "en": "*Supervisory authority*: by {at} (72 hours after becoming aware at {aware})",
    },
    "legal.dl.gdpr_individuals": {
        "ja": "*本人への連絡*: 遅滞なく — 期日の定めはありません",
        "en": "*Data subjects*: without undue delay — no fixed date",
    },
    "legal.dl.japan_date": {
        "ja": "{date}（日本の日付）",
        "en": "{date} (Japan date)",
    },
    "legal.dl.japan_until": {
        "ja": "{date}（日本の日付。{local} まで）",
        "en": "{date} (Japan date; until {local})",
    },
    "legal.alt.publication": {
        "ja": "事案の公表",
        "en": "publication of the incident",
    },
    "legal.alt.inquiry_desk": {
        "ja": "問い合わせ窓口の設置",
        "en": "an inquiry desk",
    },
    "legal.alt.public_communication": {
        "ja": "公表等による周知（34条3項(c)）",
        "en": "a public communication (Art. 34(3)(c))",
    },
    "legal.alt.or": {
        "ja": "又は",
        "en": " or ",
    },
    # deadline labels (changes)
    "legal.deadline.appi_preliminary_warning": {
        "ja": "速報の注意日",
        "en": "Preliminary report (速報) warning date",
    },
    "legal.deadline.appi_preliminary_overdue": {
        "ja": "速報の目安の最終日",
        "en": "Preliminary report (速報) last day",
    },
    "legal.deadline.appi_final": {
        "ja": "確報の期限",
        "en": "Final report (確報) deadline",
    },
    "legal.deadline.appi_final_if_improper_purpose": {
        "ja": "確報の期限（不正の目的が確認された場合）",
        "en": "Final report (確報) deadline if the improper purpose is confirmed",
    },
    "legal.deadline.appi_individual_notice": {
        "ja": "本人への通知",
        "en": "Notice to individuals",
    },
    "legal.deadline.appi_notify_principal_warning": {
        "ja": "委託元への通知の注意日",
        "en": "Notice to the principal — warning date",
    },
    "legal.deadline.appi_notify_principal_overdue": {
        "ja": "委託元への通知の目安の最終日",
        "en": "Notice to the principal — last day",
    },
    "legal.deadline.gdpr_authority": {
        "ja": "GDPR 監督機関への通知期限",
        "en": "GDPR supervisory authority deadline",
    },
    "legal.deadline.gdpr_individuals": {
        "ja": "GDPR 本人への連絡",
        "en": "GDPR communication to data subjects",
    },
    # changes
    "legal.changed.title": {
        "ja": "🔄 *判定が変わりました*",
        "en": "🔄 *The answer has changed*",
    },
    "legal.changed.by": {
        "ja": "🔄 *判定が変わりました*（{actor} による再判定）",
        "en": "🔄 *The answer has changed* (re-assessed by {actor})",
    },
    "legal.changed.ruleset": {
        "ja": "判定ルール: {before} → {after}",
        "en": "Rule set: {before} → {after}",
    },
    "legal.changed.applicability": {
        "ja": "{jurisdiction}の適用: {before} → {after}",
        "en": "{jurisdiction}: {before} → {after}",
    },
    "legal.changed.item": {
        "ja": "{label}: {before} → {after}",
        "en": "{label}: {before} → {after}",
    },
    "legal.changed.fallback": {
        "ja": "判定変更",
        "en": "Answer changed",
    },
    # context
    "legal.context.ruleset": {
        "ja": "判定ルール {version}（{effective} 施行）",
        "en": "Rule set {version} (in force from {effective})",
    },
    "legal.context.aware": {
        "ja": "知った時点 {aware}",
        "en": "Became aware {aware}",
    },
    "legal.context.actor": {
        "ja": "{actor} による判定",
        "en": "Assessed by {actor}",
    },
    "legal.context.auto": {
        "ja": "報告内容からの自動判定",
        "en": "Assessed automatically from the reports",
    },
    "legal.context.disclaimer": {
        "ja": "記録された事実に基づく目安です。最終判断は事務局・専門家が行い、報告・通知の送付は必ず人が行ってください。",
        "en": "A guide based on the recorded facts. The privacy office or counsel makes the final call, and a person always sends any report or notice.",
    },
    # headline (notification text)
    "legal.headline.appi": {
        "ja": "個人情報保護委員会への報告 {level}",
        "en": "APPI report to the PPC {level}",
    },
    "legal.headline.appi_deadlines": {
        "ja": " — 速報 速やかに（目安 {preliminary} まで）、確報 {final} まで",
        "en": " — 速報 promptly (guide: by {preliminary}), 確報 by {final}",
    },
    "legal.headline.gdpr": {
        "ja": "GDPR 監督機関への通知 {level}",
        "en": "GDPR notification {level}",
    },
    "legal.headline.gdpr_deadline": {
        "ja": "（{at} まで）",
        "en": " (by {at})",
    },
    "legal.headline.sep": {
        "ja": "／",
        "en": " / ",
    },
    # buttons
    "legal.button.drafts": {
        "ja": "報告書の下書きを作成",
        "en": "Download drafts",
    },
    "legal.button.reassess": {
        "ja": "再判定",
        "en": "Re-assess",
    },
    # caveats
    "legal.caveat.amendment_2026_pending": {
        "ja": "2026年改正（2026-07-17公布）は施行日が未定（政令で定める）のため、この判定には反映していません。施行後は判定が変わる可能性があります（改正の内容は改正法の条文で確認してください）。",
        "en": "The APPI amendment promulgated 2026-07-17 takes effect on a date still to be set by Cabinet Order, so this assessment does not apply it; the duties may change once it is in force (check the amending act's text).",
    },
    "legal.caveat.ruleset_overridden": {
        "ja": "知った時点で施行されていたものとは別のルールを指定して判定しています。",
        "en": "A rule set other than the one in force at awareness was chosen for this assessment.",
    },
    "legal.caveat.preliminary_about_3_to_5_days": {
        "ja": "速報の「3〜5日」はガイドライン上の目安で、法令上の期限ではありません。原則は「速やかに」なので、できるだけ早く提出してください。",
        "en": "The 3–5 days for the preliminary report (速報) are guidance, not a rule: the law says “promptly”, so file as early as you can.",
    },
    "legal.caveat.promptly_has_no_fixed_days": {
        "ja": "本人への通知は「当該事態の状況に応じて速やかに」行うもので、法定の日数はありません。",
        "en": "Notice to individuals is due “promptly, as the situation allows”; there is no fixed number of days.",
    },
    "legal.caveat.final_deadline_moved_past_closed_days": {
        "ja": "確報の期間の末日が土日祝日・年末年始（12月29日〜1月3日）に当たるため、期限を翌開庁日に繰り下げています。",
        "en": "The last day of the final-report period falls on a weekend, a national holiday or the year-end closure (Dec 29 – Jan 3), so the deadline moves to the next open day.",
    },
    "legal.caveat.final_60_days_if_improper_purpose_confirmed": {
        "ja": "不正の目的が確認されれば確報の期限は60日になりますが、確認されるまでは30日の期限に従ってください。",
        "en": "If the improper purpose is confirmed, the final report period becomes 60 days; until then keep to the 30-day date.",
    },
    "legal.caveat.report_as_far_as_known": {
        "ja": "判明していない事項は判明している範囲で報告し、判明次第補完します。不明な点があっても報告を遅らせないでください。",
        "en": "Report what is known and complete the rest as it becomes known; unknown items are no reason to delay a report.",
    },
    "legal.caveat.individual_notice_may_wait_if_harmful": {
        "ja": "通知によって被害が拡大するおそれがある場合（調査中の不正アクセス等）は、通知の時期を調整できます。",
        "en": "The notice to individuals may wait while it would widen the harm (e.g. an unauthorized access still under investigation).",
    },
    "legal.caveat.voluntary_report_allowed": {
        "ja": "報告義務がない場合でも、個人情報保護委員会へ任意に報告することはできます。",
        "en": "Even without a duty, a voluntary report to the PPC is always allowed.",
    },
    "legal.caveat.encryption_must_be_high_grade": {
        "ja": "暗号化の例外は、高度な暗号化が適切に実装され、復号鍵が漏えいしていない場合に限られます。暗号の方式と鍵の管理を確認してください。",
        "en": "The encryption exception only covers high-grade, correctly implemented encryption with the key safe; check the algorithm and the key handling.",
    },
    "legal.caveat.count_people_not_records": {
        "ja": "人数は記録の件数ではなく、本人の数（重複を除いた人数）で数えます。",
        "en": "Count people (deduplicated), not records.",
    },
    "legal.caveat.count_is_maximum_estimate": {
        "ja": "人数は最大見込みで判定しています。確定したら更新してください。",
        "en": "The count is a maximum estimate; update it once it is confirmed.",
    },
    "legal.caveat.count_may_grow": {
        "ja": "調査の結果、人数が1,000人を超えた時点で報告対象になります。",
        "en": "If the investigation finds more than 1,000 people, the case becomes reportable.",
    },
    "legal.caveat.attack_signs_are_examples": {
        "ja": "サイバー攻撃の兆候（ア〜オ）はガイドラインの例示で、兆候があれば必ず漏えい等のおそれがあるとは限りません（Q&A 6-14）。調査で確認してください。",
        "en": "The cyber-attack signs (a)–(o) are the guideline's examples; a sign alone does not always mean a possible leak (PPC Q&A 6-14). Have it confirmed by the investigation.",
    },
    "legal.caveat.attack_signs_contradict_answer": {
        "ja": "不正の目的は「いいえ」と回答されていますが、サイバー攻撃の兆候が記録されています。どちらが正しいか確認してください。",
        "en": "Improper purpose was answered “no”, yet cyber-attack signs are recorded; check which is right.",
    },
    "legal.caveat.acquisition_not_covered_before_2024": {
        "ja": "取得中の個人情報の漏えい等が規則7条3号の対象になったのは2024-04-01からです。",
        "en": "Personal information being acquired has been covered by PPC Rule 7(iii) only since 2024-04-01.",
    },
    "legal.caveat.contractor_release_available": {
        "ja": "当社が委託先の場合、委託元へ速やかに（目安3〜5日）通知すれば、当社の報告・本人通知の義務は免除されます（規則9条）。",
        "en": "If we are the contractor, notifying the principal promptly (about 3–5 days) releases us from the report and the notice (PPC Rule 9).",
    },
    "legal.caveat.contractor_release_window_approximate": {
        "ja": "委託元への通知の「3〜5日」はガイドライン上の目安です。",
        "en": "The 3–5 days for notifying the principal are guidance, not a rule.",
    },
    "legal.caveat.principal_still_obliged": {
        "ja": "免除されるのは委託先だけです。委託元は報告・本人通知を行う必要があるため、委託元の対応に協力してください。",
        "en": "Only the contractor is released: the principal must still report and notify, and we should support it.",
    },
    "legal.caveat.role_both_release_partial": {
        "ja": "委託元・委託先の両方の立場がある場合、免除されるのは委託を受けて取り扱うデータの部分に限られます。",
        "en": "With both roles, the release covers only the data we handle on the principal's behalf.",
    },
    "legal.caveat.sector_financial_report_to_supervisor": {
        "ja": "金融分野の事業者は、4類型に当たらない場合でも、金融庁等の監督当局への報告が求められます。",
        "en": "Financial businesses report to their supervisor (e.g. the FSA) even outside the four categories.",
    },
    "legal.caveat.sector_report_may_go_to_ministry": {
        "ja": "業種によっては、報告先が事業所管大臣等になる場合があります（権限の委任）。",
        "en": "Depending on the sector, the report may go to the competent minister (delegated power).",
    },
    "legal.caveat.sector_medical_guidance": {
        "ja": "医療・介護関係事業者向けのガイダンスにも従ってください。",
        "en": "Follow the guidance for medical and care providers as well.",
    },
    "legal.caveat.sector_telecom_rules": {
        "ja": "電気通信分野のガイドラインにより、追加の報告が求められる場合があります。",
        "en": "Telecommunications rules may require additional reports.",
    },
    "legal.caveat.sector_rules_may_add_duties": {
        "ja": "業種別のルールにより、追加の報告義務が生じる場合があります。",
        "en": "Sector rules may add duties.",
    },
    "legal.caveat.sector_rules_not_encoded": {
        "ja": "業種別のルールはこの判定に組み込まれていません。所管のガイドラインを確認してください。",
        "en": "Sector rules are not encoded in this assessment; check your sector's guideline.",
    },
    "legal.caveat.gdpr_document_every_breach": {
        "ja": "GDPRでは、通知の要否にかかわらず、すべての侵害を記録する必要があります（33条5項）。",
        "en": "Under GDPR every breach must be documented, whether it is notified or not (Art. 33(5)).",
    },
    "legal.caveat.gdpr_phased_notification_allowed": {
        "ja": "すべての情報がそろっていなくても、段階的に通知できます（33条4項）。",
        "en": "The notification may be made in phases when not all information is available yet (Art. 33(4)).",
    },
    "legal.caveat.gdpr_late_notification_needs_reasons": {
        "ja": "72時間を過ぎた通知には、遅れた理由を添える必要があります（33条1項）。",
        "en": "A notification after 72 hours must give the reasons for the delay (Art. 33(1)).",
    },
    "legal.caveat.gdpr_low_risk_is_a_judgement": {
        "ja": "「リスクが生じるおそれは低い」は当社の評価です。評価の根拠を記録してください。",
        "en": "“Unlikely to result in a risk” is our judgement; record the reasons for it.",
    },
    "legal.caveat.gdpr_public_notice_if_disproportionate": {
        "ja": "本人への個別の連絡が不相応な負担となる場合は、公表等による周知で代替できます（34条3項(c)）。",
        "en": "Where contacting each person would involve disproportionate effort, a public communication may replace it (Art. 34(3)(c)).",
    },
    "legal.caveat.gdpr_processor_notifies_controller": {
        "ja": "当社が処理者（委託先）の場合は、管理者（委託元）へ遅滞なく通知します（33条2項）。",
        "en": "If we are the processor, we notify the controller without undue delay (Art. 33(2)).",
    },
    "legal.caveat.gdpr_72_hours_are_clock_hours": {
        "ja": "72時間は休日を含めた時計上の時間で数えます。",
        "en": "The 72 hours are clock hours, weekends and holidays included.",
    },
    # ---- drafts (prompts.drafts) ----
    "legal.draft.unknown": {
        "ja": "【未確定：判明次第補完】",
        "en": "[TO BE CONFIRMED — complete when known]",
    },
    "legal.draft.fill": {
        "ja": "【記入】",
        "en": "[FILL IN]",
    },
    "legal.draft.human_sends": {
        "ja": "※ この文書は leakbot が記録内容から作成した下書きです。内容を確認・補完し、送付・提出は必ず担当者が行ってください（leakbot は送付しません）。",
        "en": "Note: this is a draft generated by leakbot from what is recorded. Review and complete it; sending or submitting it is always a person's act (leakbot never sends it).",
    },
    "legal.draft.no_data": {
        "ja": "※ 漏えい等したデータそのものは記載していません（データの種類・項目名・人数のみ）。個人データを貼り付けないでください。",
        "en": "Note: it contains no leaked data itself — only categories, field names and counts. Do not paste personal data into it.",
    },
    "legal.draft.masked": {
        "ja": "［伏字：データそのものは記載しません］",
        "en": "[redacted: drafts never contain the data itself]",
    },
    "legal.draft.aware": {
        "ja": "知った時点: {aware}",
        "en": "Became aware: {aware}",
    },
    "legal.draft.ruleset": {
        "ja": "適用ルール: {version}（{effective} 施行）",
        "en": "Rule set: {version} (in force from {effective})",
    },
    "legal.draft.reference": {
        "ja": "社内管理番号: {incident_id}",
        "en": "Internal reference: {incident_id}",
    },
    "legal.draft.ppc.title": {
        "ja": "【下書き】個人情報保護委員会への漏えい等報告 — {incident_id}",
        "en": "[DRAFT] Report of a personal-data leak to the PPC — {incident_id}",
    },
    "legal.draft.ppc.kind": {
        "ja": "報告区分: 速報 ／ 確報（提出する方を残してください）",
        "en": "Report type: preliminary (速報) / final (確報) — keep the one you submit",
    },
    "legal.draft.ppc.status.required": {
        "ja": "判定: 報告が必要 — {reasons}",
        "en": "Assessment: report REQUIRED — {reasons}",
    },
    "legal.draft.ppc.status.possibly_required": {
        "ja": "判定: 報告が必要な可能性あり — {reasons}。判明するまでは必要なものとして、期限内に準備してください。",
        "en": "Assessment: report POSSIBLY REQUIRED — {reasons}. Until confirmed, prepare it as required, within the deadlines.",
    },
    "legal.draft.ppc.status.not_required": {
        "ja": "報告義務なし（任意の報告）— {reasons}。任意に報告する場合、又は社内記録として使用してください。",
        "en": "No duty to report (voluntary report) — {reasons}. Use it for a voluntary report or as the internal record.",
    },
    "legal.draft.ppc.deadline_preliminary": {
        "ja": "速報の期限: 速やかに（目安 {warn}〜{overdue}。法令上の期限ではありません）",
        "en": "Preliminary report (速報): promptly (guide {warn} – {overdue}; not a legal deadline)",
    },
    "legal.draft.ppc.deadline_final": {
        "ja": "確報の期限: {date}（知った日を1日目として{days}日）",
        "en": "Final report (確報): by {date} ({days} days, the day of awareness being day 1)",
    },
    "legal.draft.ppc.deadline_final_if": {
        "ja": "不正の目的が確認された場合の確報の期限: {date}（{days}日）",
        "en": "Final report if the improper purpose is confirmed: by {date} ({days} days)",
    },
    "legal.draft.ppc.deadline_none": {
        "ja": "法定の期限: なし（報告義務なし）",
        "en": "Statutory deadline: none (no duty to report)",
    },
    "legal.draft.ppc.submit_to": {
        "ja": "提出先: 個人情報保護委員会（同委員会ウェブサイトの報告フォーム。権限が委任されている業種は事業所管大臣）",
        "en": "Submit to: the PPC (online form on its website; the competent minister where the power is delegated)",
    },
    "legal.draft.ppc.as_far_as_known": {
        "ja": "※ 判明していない事項は判明している範囲で記載し、判明次第補完します（{unknown} の箇所）。",
        "en": "Items not yet known are reported as far as known and completed later (marked {unknown}).",
    },
    "legal.draft.item.1": {
        "ja": "概要",
        "en": "Summary",
    },
    "legal.draft.item.2": {
        "ja": "漏えい等が発生し、又は発生したおそれがある個人データの項目",
        "en": "Items of the personal data leaked or possibly leaked",
    },
    "legal.draft.item.3": {
        "ja": "本人の数",
        "en": "Number of people",
    },
    "legal.draft.item.4": {
        "ja": "原因",
        "en": "Cause",
    },
    "legal.draft.item.5": {
        "ja": "二次被害又はそのおそれの有無及びその内容",
        "en": "Secondary harm or its possibility, and its nature",
    },
    "legal.draft.item.6": {
        "ja": "本人への対応の実施状況",
        "en": "Response to the individuals",
    },
    "legal.draft.item.7": {
        "ja": "公表の実施状況",
        "en": "Publication status",
    },
    "legal.draft.item.8": {
        "ja": "再発防止のための措置",
        "en": "Measures to prevent recurrence",
    },
    "legal.draft.item.9": {
        "ja": "その他参考となる事項",
        "en": "Other relevant matters",
    },
    "legal.draft.f.event": {
        "ja": "事象",
        "en": "Event",
    },
    "legal.draft.f.department": {
        "ja": "発生部署",
        "en": "Department",
    },
    "legal.draft.f.occurred_at": {
        "ja": "発生日時",
        "en": "Occurred",
    },
    "legal.draft.f.discovered_at": {
        "ja": "発覚日時",
        "en": "Discovered",
    },
    "legal.draft.f.location": {
        "ja": "発生場所",
        "en": "Location",
    },
    "legal.draft.f.what_happened": {
        "ja": "経緯",
        "en": "What happened",
    },
    "legal.draft.f.categories": {
        "ja": "データの種類",
        "en": "Categories of data",
    },
    "legal.draft.f.items": {
        "ja": "項目",
        "en": "Data fields",
    },
    "legal.draft.f.reportable": {
        "ja": "報告対象事態の判定",
        "en": "Reportability (PPC Rule 7)",
    },
    "legal.draft.f.harm": {
        "ja": "有無",
        "en": "Secondary harm",
    },
    "legal.draft.f.harm_detail": {
        "ja": "内容",
        "en": "Details",
    },
    "legal.draft.f.notice_duty": {
        "ja": "本人への通知の要否（判定）",
        "en": "Notice to individuals (assessment)",
    },
    "legal.draft.f.notice_status": {
        "ja": "本人への通知の状況",
        "en": "Notice to individuals — status",
    },
    "legal.draft.f.publication_status": {
        "ja": "公表の状況",
        "en": "Publication — status",
    },
    "legal.draft.f.actions": {
        "ja": "初動対応",
        "en": "First actions",
    },
    "legal.draft.f.done": {
        "ja": "実施済みの措置",
        "en": "Measures taken",
    },
    "legal.draft.f.planned": {
        "ja": "今後の措置（予定）",
        "en": "Measures planned",
    },
    "legal.draft.f.notes": {
        "ja": "参考",
        "en": "Notes",
    },
    "legal.draft.f.other_hint": {
        "ja": "警察への届出、他の行政機関・業界団体への報告、委託元・委託先との関係などを記入: ",
        "en": "Add police report, reports to other authorities or industry bodies, principal/contractor relations: ",
    },
    "legal.draft.count.confirmed": {
        "ja": "{n}人（確定）",
        "en": "{n} people (confirmed)",
    },
    "legal.draft.count.estimated_max": {
        "ja": "最大{n}人（見込み。確定次第補完）",
        "en": "up to {n} people (maximum estimate; to be completed)",
    },
    "legal.draft.count.plain": {
        "ja": "{n}人",
        "en": "{n} people",
    },
    "legal.draft.count.note": {
        "ja": "※ 記録の件数ではなく、本人の数（重複を除いた人数）です。",
        "en": "Note: people (deduplicated), not records.",
    },
    "legal.draft.harm.yes": {
        "ja": "あり（おそれを含む）",
        "en": "yes (or possible)",
    },
    "legal.draft.harm.no": {
        "ja": "現時点で確認されていない",
        "en": "none found so far",
    },
    "legal.draft.notice_due": {
        "ja": "速やかに（法定の期日なし）",
        "en": "promptly (no fixed date)",
    },
    "legal.draft.notice.title": {
        "ja": "【下書き】本人への通知（お詫びとお知らせ）— {incident_id}",
        "en": "[DRAFT] Notice to the individuals (apology and information) — {incident_id}",
    },
    "legal.draft.notice.timing": {
        "ja": "※ 通知によって被害が拡大するおそれがある場合は、通知の時期を調整できます。通知が困難な場合は、事案の公表又は問い合わせ窓口の設置で代替できます。",
        "en": "Note: the notice may wait while it would widen the harm. Where notice is impossible, publication of the incident or an inquiry desk may replace it.",
    },
    "legal.draft.notice.items": {
        "ja": "※ 本人への通知には、報告事項のうち 1 概要、2 個人データの項目、4 原因、5 二次被害又はそのおそれの有無及びその内容、9 その他参考となる事項 を記載します。",
        "en": "Note: a notice to individuals carries report items 1 summary, 2 data items, 4 cause, 5 secondary harm, and 9 other matters.",
    },
    "legal.draft.notice.addressee": {
        "ja": "【お名前】様",
        "en": "Dear [NAME],",
    },
    "legal.draft.notice.subject": {
        "ja": "個人情報の漏えい等に関するお詫びとお知らせ",
        "en": "Our apology and information about a leak of personal information",
    },
    "legal.draft.notice.opening": {
        "ja": "平素より格別のご高配を賜り、厚く御礼申し上げます。\nこのたび、当社{department}において、お客様の個人情報が漏えいした、又は漏えいしたおそれがあることが判明いたしました。お客様には多大なるご迷惑とご心配をおかけしますことを、心より深くお詫び申し上げます。\n本件の概要につきまして、下記のとおりお知らせいたします。",
        "en": "Thank you for your continued trust.\nWe have found that personal information of yours handled by our company{department} has leaked, or may have leaked. We sincerely apologise for the trouble and concern this causes you.\nWe set out the details below.",
    },
    "legal.draft.notice.h1": {
        "ja": "事案の概要",
        "en": "What happened",
    },
    "legal.draft.notice.h2": {
        "ja": "漏えい等が発生し、又は発生したおそれがある個人情報の項目",
        "en": "Items of personal information leaked or possibly leaked",
    },
    "legal.draft.notice.h4": {
        "ja": "原因",
        "en": "Cause",
    },
    "legal.draft.notice.h5": {
        "ja": "二次被害又はそのおそれの有無及びその内容",
        "en": "Secondary harm or its possibility",
    },
    "legal.draft.notice.h9": {
        "ja": "その他（お客様へのお願いと当社の対応）",
        "en": "Other information (what we ask of you and what we are doing)",
    },
    "legal.draft.notice.harm_no": {
        "ja": "現時点で、本件に起因する二次被害は確認されておりません。",
        "en": "So far, no secondary harm caused by this incident has been found.",
    },
    "legal.draft.notice.harm_yes": {
        "ja": "二次被害又はそのおそれが確認されております。",
        "en": "Secondary harm, or its possibility, has been found.",
    },
    "legal.draft.notice.caution": {
        "ja": "当社を装った不審な電話・メール等にご注意ください。当社から、お客様のパスワードやカード番号等をお尋ねすることはございません。",
        "en": "Please beware of suspicious calls or e-mails claiming to be from us. We will never ask you for your password or card number.",
    },
    "legal.draft.notice.our_actions": {
        "ja": "当社の対応",
        "en": "What we are doing",
    },
    "legal.draft.notice.desk": {
        "ja": "【お問い合わせ窓口】\n窓口名: 【記入】\n電話番号: 【記入】（受付時間: 【記入】）\nメールアドレス: 【記入】",
        "en": "[Inquiry desk]\nName: [FILL IN]\nPhone: [FILL IN] (hours: [FILL IN])\nE-mail: [FILL IN]",
    },
    "legal.draft.notice.closing": {
        "ja": "このたびはお客様に多大なるご迷惑とご心配をおかけしましたことを、重ねて深くお詫び申し上げます。再発防止に全社を挙げて取り組んでまいります。",
        "en": "Once again, we deeply apologise for the trouble and concern. We are committed to preventing this from happening again.",
    },
    "legal.draft.notice.signature": {
        "ja": "【日付】\n【会社名】\n【代表者の役職・氏名】",
        "en": "[DATE]\n[COMPANY]\n[TITLE AND NAME OF REPRESENTATIVE]",
    },
    "legal.draft.dept_default": {
        "ja": "",
        "en": "",
    },
    "legal.draft.dept_in": {
        "ja": "（{department}）",
        "en": " ({department})",
    },
    "legal.draft.public.title": {
        "ja": "【下書き】公表文（お詫びとお知らせ）— {incident_id}",
        "en": "[DRAFT] Public notice (apology and information) — {incident_id}",
    },
    "legal.draft.public.note": {
        "ja": "※ 公表の要否・時期・範囲は、被害の拡大防止の観点を含めて判断してください（本人への通知が困難な場合の代替にもなります）。公表の判断理由は記録に残してください。",
        "en": "Note: decide whether, when and how widely to publish, including whether publication could widen the harm (it can also replace the notice where notice is impossible). Record the reasons for the decision.",
    },
    "legal.draft.public.headline": {
        "ja": "個人情報の漏えい等に関するお詫びとお知らせ",
        "en": "Our apology and information about a leak of personal information",
    },
    "legal.draft.public.opening": {
        "ja": "このたび、当社{department}において、お客様の個人情報が漏えいした、又は漏えいしたおそれがあることが判明いたしました。関係する皆様に多大なるご迷惑とご心配をおかけしますことを、深くお詫び申し上げます。",
        "en": "We have found that personal information handled by our company{department} has leaked, or may have leaked. We sincerely apologise to everyone concerned for the trouble and concern this causes.",
    },
    "legal.draft.public.h1": {
        "ja": "経緯と概要",
        "en": "What happened",
    },
    "legal.draft.public.h2": {
        "ja": "漏えい等のおそれがある個人情報の項目",
        "en": "Items of personal information possibly leaked",
    },
    "legal.draft.public.h3": {
        "ja": "対象となる方の人数",
        "en": "Number of people concerned",
    },
    "legal.draft.public.h4": {
        "ja": "原因",
        "en": "Cause",
    },
    "legal.draft.public.h5": {
        "ja": "二次被害又はそのおそれの有無",
        "en": "Secondary harm or its possibility",
    },
    "legal.draft.public.h6": {
        "ja": "対象となる方への対応",
        "en": "What we are doing for the people concerned",
    },
    "legal.draft.public.h7": {
        "ja": "再発防止策",
        "en": "Measures to prevent recurrence",
    },
    "legal.draft.public.h8": {
        "ja": "お問い合わせ窓口",
        "en": "Inquiry desk",
    },
    "legal.draft.public.closing": {
        "ja": "関係する皆様に重ねて深くお詫び申し上げます。",
        "en": "Once again, we sincerely apologise to everyone concerned.",
    },
    "legal.draft.gdpr.title": {
        "ja": "【下書き】個人データ侵害の監督機関への通知（GDPR 33条）— {incident_id}",
        "en": "[DRAFT] Notification of a personal data breach to the supervisory authority (GDPR Art. 33) — {incident_id}",
    },
    "legal.draft.gdpr.status": {
        "ja": "判定: 通知 {level} — {reasons}",
        "en": "Assessment: notification {level} — {reasons}",
    },
    "legal.draft.gdpr.deadline": {
        "ja": "期限: {at}（知った時点から72時間。時計上の時間）",
        "en": "Deadline: {at} (72 hours after becoming aware; clock hours)",
    },
    "legal.draft.gdpr.remaining": {
        "ja": "作成時点（{now}）の残り時間: {left}",
        "en": "Time left when this draft was made ({now}): {left}",
    },
    "legal.draft.gdpr.overdue": {
        "ja": "作成時点（{now}）で72時間の期限を過ぎています。遅延の理由を記載してください（5）。",
        "en": "The 72-hour deadline had passed when this draft was made ({now}): give the reasons for the delay (section 5).",
    },
    "legal.draft.gdpr.no_deadline": {
        "ja": "通知の期限: なし（判定上、通知義務はありません）。通知しない場合も侵害の記録は必要です（33条5項）。",
        "en": "Deadline: none (the assessment found no duty to notify). Document the breach anyway (Art. 33(5)).",
    },
    "legal.draft.gdpr.h1": {
        "ja": "侵害の性質（33条3項(a)）",
        "en": "Nature of the personal data breach (Art. 33(3)(a))",
    },
    "legal.draft.gdpr.h2": {
        "ja": "データ保護責任者（DPO）その他の連絡先（33条3項(b)）",
        "en": "Data protection officer or other contact point (Art. 33(3)(b))",
    },
    "legal.draft.gdpr.h3": {
        "ja": "想定される結果（33条3項(c)）",
        "en": "Likely consequences (Art. 33(3)(c))",
    },
    "legal.draft.gdpr.h4": {
        "ja": "講じた措置又は講じる予定の措置（33条3項(d)）",
        "en": "Measures taken or proposed (Art. 33(3)(d))",
    },
    "legal.draft.gdpr.h5": {
        "ja": "遅延の理由（33条1項）",
        "en": "Reasons for the delay (Art. 33(1))",
    },
    "legal.draft.gdpr.f.what": {
        "ja": "何が起きたか",
        "en": "What happened",
    },
    "legal.draft.gdpr.f.when": {
        "ja": "発生日時／発覚日時",
        "en": "Occurred / discovered",
    },
    "legal.draft.gdpr.f.categories": {
        "ja": "個人データの種類",
        "en": "Categories of personal data",
    },
    "legal.draft.gdpr.f.items": {
        "ja": "関係するデータ項目",
        "en": "Data fields concerned",
    },
    "legal.draft.gdpr.f.subject_categories": {
        "ja": "データ主体の種類（顧客・従業員等）",
        "en": "Categories of data subjects (customers, employees, …)",
    },
    "legal.draft.gdpr.f.subjects": {
        "ja": "データ主体のおおよその数",
        "en": "Approximate number of data subjects",
    },
    "legal.draft.gdpr.f.records": {
        "ja": "個人データの記録のおおよその件数",
        "en": "Approximate number of personal data records",
    },
    "legal.draft.gdpr.f.contact": {
        "ja": "氏名・役職・メールアドレス・電話番号",
        "en": "Name, role, e-mail and phone",
    },
    "legal.draft.gdpr.f.harm": {
        "ja": "二次被害又はそのおそれ",
        "en": "Secondary harm or its possibility",
    },
    "legal.draft.gdpr.consequences_hint": {
        "ja": "検討例: なりすまし・詐欺、財産的損失、秘密の喪失、差別、信用の毀損など",
        "en": "Consider: identity theft or fraud, financial loss, loss of confidentiality, discrimination, damage to reputation",
    },
    "legal.draft.gdpr.delay": {
        "ja": "72時間以内に通知できなかった理由を記入: ",
        "en": "Why the notification was not made within 72 hours: ",
    },
    "legal.draft.gdpr.phased": {
        "ja": "※ すべての情報がそろっていない場合は、判明した情報を段階的に、遅滞なく提供できます（33条4項）。",
        "en": "Note: where not all information is available yet, it may be provided in phases without undue further delay (Art. 33(4)).",
    },
    "legal.draft.gdpr.not_applicable": {
        "ja": "※ 判定上、GDPRは適用されません（EU域内の本人・拠点なし）。",
        "en": "Note: the assessment found that GDPR does not apply (no EU residents, no EU establishment).",
    },
    # bundle
    "legal.draft.none": {
        "ja": "なし",
        "en": "none",
    },
    # My Number Act, sector deadlines, pseudonymised data, later starts, overdue
    "legal.jurisdiction.mynumber": {
        "ja": "番号法",
        "en": "My Number Act",
    },
    "legal.mynumber.title": {
        "ja": "日本（番号法29条の4・特定個人情報の漏えい等報告規則）",
        "en": "Japan — My Number Act (番号法 Art. 29-4, PPC rule on 特定個人情報 leaks)",
    },
    "legal.mynumber.applicability": {
        "ja": "🟡 *番号法の報告義務が生じる可能性があります* — 特定個人情報（マイナンバーを含む個人情報）が含まれるか未確認です。",
        "en": "🟡 *The My Number Act may apply* — it is not yet confirmed whether 特定個人情報 (data with My Numbers) is involved.",
    },
    "legal.duty.mynumber.regulator_report": {
        "ja": "個人情報保護委員会への報告（番号法）",
        "en": "Report to the PPC (My Number Act)",
    },
    "legal.duty.mynumber.individual_notice": {
        "ja": "本人への通知（番号法）",
        "en": "Notice to individuals (My Number Act)",
    },
    "legal.duty.mynumber.sector_report": {
        "ja": "監督当局への報告",
        "en": "Report to the supervisor",
    },
    "legal.duty.mynumber.notify_principal": {
        "ja": "委託元への通知（番号法）",
        "en": "Notice to the principal (My Number Act)",
    },
    "legal.noun.mynumber.regulator_report": {
        "ja": "番号法の委員会報告",
        "en": "the My Number Act report",
    },
    "legal.noun.mynumber.individual_notice": {
        "ja": "番号法の本人通知",
        "en": "the My Number Act notice",
    },
    "legal.noun.mynumber.both": {
        "ja": "番号法の報告と本人通知",
        "en": "the My Number Act report and notice",
    },
    "legal.noun.mynumber.sector_report": {
        "ja": "監督当局への報告",
        "en": "the report to the supervisor",
    },
    "legal.deadlines.mynumber_title": {
        "ja": "期限（番号法）",
        "en": "Deadlines (My Number Act)",
    },
    "legal.headline.mynumber": {
        "ja": "番号法の報告 {level}",
        "en": "My Number Act report {level}",
    },
    "legal.reason.pseudonymised_information": {
        "ja": "仮名加工情報には26条（報告・本人通知）が適用されない（法41条9項）",
        "en": "Art. 26 (report and notice) does not apply to pseudonymised information (APPI Art. 41(9))",
    },
    "legal.reason.reporting_not_yet_mandatory": {
        "ja": "知った時点（2022年4月1日より前）では報告はまだ義務ではなかった（努力義務）",
        "en": "at the time of awareness (before 1 April 2022) reporting was not yet mandatory (an effort obligation)",
    },
    "legal.reason.gdpr_risk_not_yet_assessed": {
        "ja": "リスクが生じるおそれは低いとまだ確認されていない — 確認されるまで通知が原則（33条1項）",
        "en": "it is not yet confirmed that the breach is unlikely to result in a risk — until then notification is the rule (Art. 33(1))",
    },
    "legal.reason.mynumber_situation_1_systems": {
        "ja": "情報提供ネットワークシステム・個人番号利用事務の情報システム等の特定個人情報（規則2条1号、人数を問わない）",
        "en": "特定個人情報 in the information-provision network or the systems of 規則 Art. 2(1) — any number of people",
    },
    "legal.reason.mynumber_situation_2_improper_purpose": {
        "ja": "不正の目的による漏えい等・利用・提供のおそれ（規則2条2号、人数を問わない）",
        "en": "leak, use or provision possibly with an improper purpose (規則 Art. 2(2)) — any number of people",
    },
    "legal.reason.mynumber_situation_3_publicly_viewable": {
        "ja": "電磁的方法により不特定多数の者に閲覧される（おそれがある）（規則2条3号）",
        "en": "possibly viewable by unspecified many people by electronic means (規則 Art. 2(3))",
    },
    "legal.reason.mynumber_situation_4_over_100_people": {
        "ja": "特定個人情報に係る本人の数が100人を超える（規則2条4号）",
        "en": "the 特定個人情報 of more than 100 people (規則 Art. 2(4))",
    },
    "legal.reason.mynumber_no_situation_applies": {
        "ja": "規則2条の4つの事態のいずれにも当たらない",
        "en": "none of the four situations of 規則 Art. 2 applies",
    },
    "legal.reason.mynumber_unknown_may_make_reportable": {
        "ja": "{facts}が未確認で、報告対象になり得る",
        "en": "still unconfirmed: {facts} — the case may be reportable",
    },
    "legal.reason.mynumber_not_involved": {
        "ja": "特定個人情報（マイナンバーを含む個人情報）は含まれない",
        "en": "no 特定個人情報 (data with My Numbers) is involved",
    },
    "legal.reason.mynumber_possibly_involved": {
        "ja": "特定個人情報が含まれるか未確認",
        "en": "whether 特定個人情報 is involved is not yet confirmed",
    },
    "legal.reason.mynumber_rules_before_2022_not_encoded": {
        "ja": "2022年4月より前の番号法の報告ルールはこの判定に組み込まれていない — 規則の当時の版を確認してください",
        "en": "the My Number reporting rules before April 2022 are not encoded — check the rule as it then stood",
    },
    "legal.reason.mynumber_contractor_released": {
        "ja": "委託元へ速やかに通知したため、委託先としての報告義務は免除（番号法29条の4第1項ただし書・規則4条）",
        "en": "the principal was notified promptly, which releases us as contractor (番号法 Art. 29-4(1) proviso, 規則 Art. 4)",
    },
    "legal.fact.pseudonymised": {
        "ja": "仮名加工情報かどうか",
        "en": "whether the data is pseudonymised information",
    },
    "legal.fact.my_number_involved": {
        "ja": "特定個人情報が含まれるか",
        "en": "whether 特定個人情報 is involved",
    },
    "legal.fact.my_number_system": {
        "ja": "規則2条1号の情報システムの特定個人情報か",
        "en": "whether the data sat in the systems of 規則 Art. 2(1)",
    },
    "legal.fact.my_number_publicly_viewable": {
        "ja": "不特定多数の者に閲覧されるおそれ",
        "en": "whether unspecified many people could view it",
    },
    "legal.fact.my_number_people_count": {
        "ja": "特定個人情報に係る本人の数",
        "en": "how many people's 特定個人情報",
    },
    "legal.if.pseudonymised.yes": {
        "ja": "漏えいしたのが仮名加工情報である",
        "en": "the data is pseudonymised information",
    },
    "legal.if.pseudonymised.no": {
        "ja": "仮名加工情報ではない",
        "en": "the data is not pseudonymised information",
    },
    "legal.if.my_number_involved.yes": {
        "ja": "特定個人情報が含まれる",
        "en": "特定個人情報 is involved",
    },
    "legal.if.my_number_involved.no": {
        "ja": "特定個人情報が含まれない",
        "en": "no 特定個人情報 is involved",
    },
    "legal.if.my_number_system.yes": {
        "ja": "規則2条1号の情報システムの特定個人情報である",
        "en": "the data sat in the systems of 規則 Art. 2(1)",
    },
    "legal.if.my_number_system.no": {
        "ja": "規則2条1号の情報システムの特定個人情報ではない",
        "en": "the data was not in the systems of 規則 Art. 2(1)",
    },
    "legal.if.my_number_publicly_viewable.yes": {
        "ja": "不特定多数の者に閲覧されるおそれがある",
        "en": "unspecified many people could view it",
    },
    "legal.if.my_number_publicly_viewable.no": {
        "ja": "不特定多数の者に閲覧されるおそれはない",
        "en": "unspecified many people could not view it",
    },
    "legal.if.my_number_people_count.over_threshold": {
        "ja": "特定個人情報に係る本人の数が100人を超える",
        "en": "the 特定個人情報 of more than 100 people is affected",
    },
    "legal.if.my_number_people_count.at_most_threshold": {
        "ja": "特定個人情報に係る本人の数が100人以下である",
        "en": "the 特定個人情報 of 100 people or fewer is affected",
    },
    "legal.dl.sector": {
        "ja": "*金融庁・財務局等への報告*（速やかに。目安は3〜5日）: {warn} から注意、{overdue} を過ぎると遅延",
        "en": "*Report to the FSA / finance bureau*, promptly — about 3–5 days: warning from {warn}; overdue after {overdue}",
    },
    "legal.dl.mynumber_principal": {
        "ja": "*委託元への通知*: {warn} から注意、{overdue} までに通知すれば番号法の報告義務は免除（規則4条）",
        "en": "*Notice to the principal*: warning from {warn}; notify by {overdue} to be released from the My Number report (規則 Art. 4)",
    },
    "legal.dl.mynumber_principal_done": {
        "ja": "*委託元への通知*: 期限内に通知済み — 番号法の報告義務は免除（規則4条）",
        "en": "*Notice to the principal*: given in time — released from the My Number report (規則 Art. 4)",
    },
    "legal.dl.overdue_since": {
        "ja": " — ⚠️ *期限超過*（{since} から）",
        "en": " — ⚠️ *overdue* (since {since})",
    },
    "legal.dl.counted_from": {
        "ja": "期限は報告対象になった時点（{at}、{report}）から数えています。",
        "en": "The deadlines count from when the case became reportable ({at}, {report}).",
    },
    "legal.dl.counted_from_unnamed": {
        "ja": "期限は報告対象になった時点（{at}）から数えています。",
        "en": "The deadlines count from when the case became reportable ({at}).",
    },
    "legal.deadline.mynumber_preliminary_warning": {
        "ja": "番号法 速報の注意日",
        "en": "My Number preliminary report — warning date",
    },
    "legal.deadline.mynumber_preliminary_overdue": {
        "ja": "番号法 速報の目安の最終日",
        "en": "My Number preliminary report — last day",
    },
    "legal.deadline.mynumber_final": {
        "ja": "番号法 確報の期限",
        "en": "My Number final report deadline",
    },
    "legal.deadline.mynumber_final_if_improper_purpose": {
        "ja": "番号法 確報の期限（不正の目的が確認された場合）",
        "en": "My Number final report deadline if the improper purpose is confirmed",
    },
    "legal.deadline.mynumber_individual_notice": {
        "ja": "番号法 本人への通知",
        "en": "My Number notice to individuals",
    },
    "legal.deadline.mynumber_notify_principal_warning": {
        "ja": "番号法 委託元への通知の注意日",
        "en": "My Number notice to the principal — warning date",
    },
    "legal.deadline.mynumber_notify_principal_overdue": {
        "ja": "番号法 委託元への通知の目安の最終日",
        "en": "My Number notice to the principal — last day",
    },
    "legal.deadline.sector_report_warning": {
        "ja": "監督当局への報告の注意日",
        "en": "Report to the supervisor — warning date",
    },
    "legal.deadline.sector_report_overdue": {
        "ja": "監督当局への報告の目安の最終日",
        "en": "Report to the supervisor — last day",
    },
    "legal.caveat.reporting_was_effort_obligation": {
        "ja": "2022年4月1日より前は、委員会への報告は告示に基づく努力義務でした（平成29年個人情報保護委員会告示第1号）。",
        "en": "Before 1 April 2022 reporting to the PPC was an effort obligation under a PPC notice (PPC Notice No. 1 of 2017).",
    },
    "legal.caveat.pseudonymised_still_personal_data_under_gdpr": {
        "ja": "仮名加工（仮名化）されたデータも、GDPRでは個人データです（前文26項）。",
        "en": "Pseudonymised data is still personal data under the GDPR (Recital 26).",
    },
    "legal.caveat.deadlines_counted_from_later_start": {
        "ja": "最初に知った時点では報告対象ではなく、後の報告で報告対象になったため、期限はその時点から数えています（ガイドライン通則編3-5-3-1・3-5-3-3）。",
        "en": "The case was not reportable when first noticed and became so with a later report: the deadlines count from that moment (PPC guideline 3-5-3-1, 3-5-3-3).",
    },
    "legal.caveat.sector_financial_customers_only": {
        "ja": "金融分野の報告義務は、個人顧客に関する個人データの漏えい等が対象です（金融機関Q&A A4-12）。",
        "en": "The financial-sector duty concerns individual customers' personal data (FSA/PPC Q&A A4-12).",
    },
    "legal.caveat.mynumber_runs_alongside_appi": {
        "ja": "番号法の報告は、個人情報保護法26条の報告とは別に必要です（両方が必要な場合があります）。",
        "en": "The My Number Act report is separate from the APPI Art. 26 report; both may be required.",
    },
    "legal.caveat.mynumber_file_and_actor": {
        "ja": "番号法29条の4は、個人番号利用事務等実施者の特定個人情報ファイルに記録された特定個人情報が対象です（従業員の源泉徴収・社会保険の事務も含まれます）。",
        "en": "番号法 Art. 29-4 covers 特定個人情報 recorded in a 特定個人情報ファイル of a business that handles My Numbers for legal procedures (payroll tax and social insurance included).",
    },
    "legal.caveat.mynumber_notice_items_not_confirmed": {
        "ja": "番号法の本人通知の記載事項（規則5条）は、この判定では原文を確認できていません。通知前に規則を確認してください。",
        "en": "The items of the My Number notice to individuals (規則 Art. 5) could not be confirmed from the rule's text here; check the rule before notifying.",
    },
    "legal.caveat.mynumber_count_from_total": {
        "ja": "特定個人情報に係る本人の数が未入力のため、全体の人数を上限として判定しています。",
        "en": "The number of people whose 特定個人情報 is affected was not given; the total count is used as an upper bound.",
    },
    # leakbot assess: fields, example file, rule sets
    "legal.cli.field.aware_at": {
        "ja": "会社のいずれかの部署が事態を知った時点（必須・時差付きISO 8601）",
        "en": "when any part of the company became aware (required; ISO 8601 with an offset)",
    },
    "legal.cli.field.sensitive_data": {
        "ja": "要配慮個人情報が含まれる（規則7条1号）",
        "en": "sensitive personal data (要配慮個人情報) is involved (Rule 7(1))",
    },
    "legal.cli.field.financial_harm": {
        "ja": "不正利用で財産的被害が生じるおそれのあるデータ（規則7条2号）",
        "en": "data whose misuse may cause financial loss (Rule 7(2))",
    },
    "legal.cli.field.improper_purpose": {
        "ja": "不正の目的をもって行われたおそれがある（規則7条3号・番号法規則2条2号）",
        "en": "possibly caused by an act with an improper purpose (Rule 7(3); My Number rule 2(2))",
    },
    "legal.cli.field.attack_signs": {
        "ja": "ガイドライン通則編3-5-3-1のサイバー攻撃の兆候 (ア)〜(オ)",
        "en": "the guideline's cyber-attack signs (a)–(o) (通則編 3-5-3-1)",
    },
    "legal.cli.field.people_count": {
        "ja": "本人の数（件数ではなく人数。不明なら最大見込み）",
        "en": "number of people (not records; the maximum estimate if unsure)",
    },
    "legal.cli.field.count_is_maximum_estimate": {
        "ja": "本人の数が最大見込みである",
        "en": "the people count is a maximum estimate",
    },
    "legal.cli.field.strong_encryption": {
        "ja": "高度な暗号化等の措置が講じられていた",
        "en": "protected by high-grade encryption",
    },
    "legal.cli.field.key_leaked": {
        "ja": "復号鍵も漏えいした",
        "en": "the decryption key leaked too",
    },
    "legal.cli.field.acquisition_only": {
        "ja": "取得しようとしていた個人情報のみ（ウェブスキミング等）",
        "en": "only personal information being acquired (e.g. web skimming)",
    },
    "legal.cli.field.role": {
        "ja": "委託元・委託先の立場",
        "en": "principal or contractor",
    },
    "legal.cli.field.principal_notified_at": {
        "ja": "委託先として委託元に通知した時点",
        "en": "when we, as contractor, notified the principal",
    },
    "legal.cli.field.sector": {
        "ja": "業種（financial: 金融庁・財務局への報告義務）",
        "en": "sector (financial: a duty to report to the FSA / finance bureau)",
    },
    "legal.cli.field.pseudonymised": {
        "ja": "漏えいしたのは仮名加工情報（法41条9項により26条は適用されない）",
        "en": "the data is pseudonymised information (APPI Art. 41(9) disapplies Art. 26)",
    },
    "legal.cli.field.my_number_involved": {
        "ja": "特定個人情報（マイナンバーを含む個人情報）が含まれる",
        "en": "特定個人情報 (personal data with My Numbers) is involved",
    },
    "legal.cli.field.my_number_system": {
        "ja": "情報提供ネットワークシステム・個人番号利用事務の情報システム等の特定個人情報（番号法規則2条1号）",
        "en": "the data sat in the systems of the My Number rule Art. 2(1)",
    },
    "legal.cli.field.my_number_publicly_viewable": {
        "ja": "不特定多数の者に閲覧される（おそれ）（番号法規則2条3号）",
        "en": "possibly viewable by unspecified many people (My Number rule Art. 2(3))",
    },
    "legal.cli.field.my_number_people_count": {
        "ja": "特定個人情報に係る本人の数（番号法規則2条4号：100人超）",
        "en": "number of people whose 特定個人情報 is affected (rule Art. 2(4): more than 100)",
    },
    "legal.cli.field.eu_residents_affected": {
        "ja": "EU域内の本人が含まれる（GDPR 3条）",
        "en": "EU residents are affected (GDPR Art. 3)",
    },
    "legal.cli.field.eu_establishment": {
        "ja": "EU域内に拠点がある（GDPR 3条）",
        "en": "the company has an EU establishment (GDPR Art. 3)",
    },
    "legal.cli.field.gdpr_risk": {
        "ja": "本人の権利・自由へのリスク（GDPR 33条・34条）",
        "en": "risk to people's rights and freedoms (GDPR Art. 33, 34)",
    },
    "legal.cli.field.gdpr_mitigated_or_encrypted": {
        "ja": "暗号化・事後措置で高リスクがなくなった（GDPR 34条3項）",
        "en": "encryption or measures removed the high risk (GDPR Art. 34(3))",
    },
    "legal.cli.kind.datetime": {
        "ja": "日時（例 2026-12-01T10:00:00+09:00）",
        "en": "date and time (e.g. 2026-12-01T10:00:00+09:00)",
    },
    "legal.cli.kind.tri": {
        "ja": "yes / no / unknown（true / false / null も可）",
        "en": "yes / no / unknown (or true / false / null)",
    },
    "legal.cli.kind.count": {
        "ja": "0以上の整数、または null（不明）",
        "en": "a whole number ≥ 0, or null (unknown)",
    },
    "legal.cli.kind.bool": {
        "ja": "true / false",
        "en": "true / false",
    },
    "legal.cli.kind.signs": {
        "ja": "リスト: a i u e o（ア イ ウ エ オ も可）",
        "en": "a list of: a i u e o (or ア イ ウ エ オ)",
    },
    "legal.cli.kind.choice": {
        "ja": "次のいずれか: {values}",
        "en": "one of: {values}",
    },
    "legal.cli.default": {
        "ja": "省略時: {default}",
        "en": "default: {default}",
    },
    "legal.cli.required": {
        "ja": "必須",
        "en": "required",
    },
    "legal.cli.fields_title": {
        "ja": "事実ファイルの項目（YAMLまたはJSON）:",
        "en": "Fields of the facts file (YAML or JSON):",
    },
    "legal.cli.example_header": {
        "ja": "leakbot assess の事実ファイルの例。そのまま `leakbot assess このファイル` で判定できます。\n分からない項目は unknown のままにしてください（不明は「不要」とは判定されません）。",
        "en": "An example facts file for leakbot assess; run `leakbot assess THIS_FILE` as it is.\nLeave what you do not know as unknown (an unknown is never read as \"not required\").",
    },
    "legal.cli.rulesets_title": {
        "ja": "ルールのバージョン（施行日順）:",
        "en": "Rule-set versions (by effective date):",
    },
    "legal.cli.ruleset_line": {
        "ja": "{jurisdiction}  {version}  {since} 〜 {until}  {source}",
        "en": "{jurisdiction}  {version}  {since} – {until}  {source}",
    },
    "legal.cli.ruleset_pending": {
        "ja": "{jurisdiction}  {version}  施行日未定（政令で定める）  {source}",
        "en": "{jurisdiction}  {version}  effective date not set (Cabinet Order)  {source}",
    },
    "legal.cli.open_start": {
        "ja": "（以前から）",
        "en": "(earlier)",
    },
    "legal.cli.open_end": {
        "ja": "（現在）",
        "en": "(now)",
    },
    "legal.reason.mynumber_notice_follows_report": {
        "ja": "報告対象事態では本人への通知も必要（番号法29条の4第2項）",
        "en": "a reportable case must also be notified to the individuals (番号法 Art. 29-4(2))",
    },
    # My Number Act report draft
    "legal.draft.mynumber.title": {
        "ja": "【下書き】特定個人情報の漏えい等に関する報告（番号法29条の4）— {incident_id}",
        "en": "[Draft] Report on a 特定個人情報 leak (My Number Act Art. 29-4) — {incident_id}",
    },
    "legal.draft.mynumber.status.required": {
        "ja": "判定: 番号法の報告が必要 — {reasons}",
        "en": "Assessment: a My Number Act report is required — {reasons}",
    },
    "legal.draft.mynumber.status.possibly_required": {
        "ja": "判定: 番号法の報告が必要な可能性あり — {reasons}。判明するまでは必要なものとして、期限内に準備してください。",
        "en": "Assessment: a My Number Act report may be required — {reasons}. Until this is settled, prepare it as required, within the deadlines.",
    },
    "legal.draft.mynumber.status.not_required": {
        "ja": "番号法の報告義務なし（任意の報告）— {reasons}。任意に報告する場合、又は社内記録として使用してください。",
        "en": "No My Number Act duty (voluntary report) — {reasons}. Use this for a voluntary report or as the internal record.",
    },
    "legal.draft.mynumber.deadline_preliminary": {
        "ja": "速報の期限: 速やかに（目安 {warn}〜{overdue}。規則3条1項・法令上の日数はありません）",
        "en": "Preliminary report: promptly (guide {warn}–{overdue}; 規則 Art. 3(1) sets no number of days)",
    },
    "legal.draft.mynumber.deadline_final": {
        "ja": "確報の期限: {date}（知った日を1日目として{days}日。規則3条2項）",
        "en": "Final report: by {date} ({days} days counting the day of awareness as day 1; 規則 Art. 3(2))",
    },
    "legal.draft.mynumber.deadline_final_if": {
        "ja": "不正の目的が確認された場合の確報の期限: {date}（{days}日）",
        "en": "Final report if the improper purpose is confirmed: by {date} ({days} days)",
    },
    "legal.draft.mynumber.submit_to": {
        "ja": "提出先: 個人情報保護委員会（同委員会ウェブサイトの報告フォーム）",
        "en": "To: the Personal Information Protection Commission (its web report form)",
    },
    "legal.draft.mynumber.item.2": {
        "ja": "特定個人情報の項目",
        "en": "Items of 特定個人情報",
    },
    "legal.draft.mynumber.item.3": {
        "ja": "特定個人情報に係る本人の数",
        "en": "Number of people whose 特定個人情報 is concerned",
    },
    "legal.draft.mynumber.count_note": {
        "ja": "※ 人数が確定しない場合は最大見込みを記載し、判明次第補完します（100人を超えると規則2条4号に該当）。",
        "en": "Note: if the number is not settled, give the maximum estimate and complete it later (more than 100 people is 規則 Art. 2(4)).",
    },
    "legal.draft.mynumber.also_appi": {
        "ja": "個人情報保護法26条の報告が必要かどうかも別途確認してください。",
        "en": "Check separately whether the APPI Art. 26 report is also required.",
    },
    "legal.draft.mynumber.my_numbers": {
        "ja": "マイナンバー（個人番号）を含む",
        "en": "includes My Numbers (個人番号)",
    },
}
