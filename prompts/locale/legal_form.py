"""The legal-assessment form, the statutory-deadline tasks it creates and its channel notices
(the assessment's own texts are in ``legal``)."""

TEXT: dict[str, dict[str, str]] = {
    # legal tasks and the assessment form
    "legal_task.appi_preliminary": {
        "ja": "個人情報保護委員会へ速報を提出（3〜5日以内）",
        "en": "Send the preliminary report (速報) to the PPC (within about 3–5 days)",
    },
    "legal_task.appi_preliminary.notes": {
        "ja": "速報は「速やかに」（目安3〜5日）。判明している範囲で報告し、不明な項目は後で補完します。",
        "en": "The preliminary report is due \"promptly\" (about 3–5 days). Report what is known; complete the rest later.",
    },
    "legal_task.appi_final": {
        "ja": "個人情報保護委員会へ確報を提出",
        "en": "Send the final report (確報) to the PPC",
    },
    "legal_task.appi_final.notes": {
        "ja": "確報は知った日を1日目として30日以内（不正の目的による場合は60日以内）。末日が土日祝・年末年始なら翌営業日。",
        "en": "Within 30 days counting the awareness day as day 1 (60 days for an improper purpose); a last day on a weekend, holiday or Dec 29–Jan 3 moves to the next open day.",
    },
    "legal_task.appi_individuals": {
        "ja": "本人への通知（速やかに）",
        "en": "Notify the individuals (promptly)",
    },
    "legal_task.appi_individuals.notes": {
        "ja": "法定の日数はありません。通知が困難な場合は公表や問い合わせ窓口の設置で代替します。期限は社内目標です。",
        "en": "No fixed number of days. If notice is impossible, publish or open an inquiry desk instead. The due date is an internal target.",
    },
    "legal_task.appi_notify_principal": {
        "ja": "委託元へ事故を通知（3〜5日以内）",
        "en": "Notify the principal of the incident (within about 3–5 days)",
    },
    "legal_task.appi_notify_principal.notes": {
        "ja": "委託先が委託元に速やかに通知すれば、委託先の報告・通知義務は免除されます（規則9条）。",
        "en": "A contractor that promptly notifies its principal is released from its own reporting and notice duties (PPC rules Art. 9).",
    },
    "legal_task.sector_report": {
        "ja": "金融庁・財務局へ業法上の報告（3〜5日以内）",
        "en": "Report to the FSA / local finance bureau under the sector laws (within about 3–5 days)",
    },
    "legal_task.sector_report.notes": {
        "ja": "金融機関は、個人情報保護法の類型に当たらなくても、業法に基づき速やかに（目安3〜5日）監督当局へ報告します。",
        "en": "Financial institutions report to their supervisor promptly (about 3–5 days) under the sector laws, whether or not an APPI category applies.",
    },
    "legal_task.mynumber_preliminary": {
        "ja": "番号法: 個人情報保護委員会へ速報を提出（3〜5日以内）",
        "en": "My Number Act: send the preliminary report (速報) to the PPC (within about 3–5 days)",
    },
    "legal_task.mynumber_preliminary.notes": {
        "ja": "特定個人情報の速報は「速やかに」（目安3〜5日）。個人情報保護法の報告とは別に必要です。",
        "en": "The My Number preliminary report is due \"promptly\" (about 3–5 days), separately from the APPI report.",
    },
    "legal_task.mynumber_final": {
        "ja": "番号法: 個人情報保護委員会へ確報を提出",
        "en": "My Number Act: send the final report (確報) to the PPC",
    },
    "legal_task.mynumber_final.notes": {
        "ja": "知った日を1日目として30日以内（不正の目的による場合は60日以内）。末日が行政機関の休日なら翌開庁日。",
        "en": "Within 30 days counting the awareness day as day 1 (60 days for an improper purpose); a last day on a public-office holiday moves to the next open day.",
    },
    "legal_task.mynumber_individuals": {
        "ja": "番号法: 本人への通知（速やかに）",
        "en": "My Number Act: notify the individuals (promptly)",
    },
    "legal_task.mynumber_individuals.notes": {
        "ja": "法定の日数はありません。通知が困難な場合は公表や問い合わせ窓口の設置で代替します。期限は社内目標です。",
        "en": "No fixed number of days. If notice is impossible, publish or open an inquiry desk instead. The due date is an internal target.",
    },
    "legal_task.mynumber_notify_principal": {
        "ja": "番号法: 委託元へ事故を通知（3〜5日以内）",
        "en": "My Number Act: notify the principal of the incident (within about 3–5 days)",
    },
    "legal_task.mynumber_notify_principal.notes": {
        "ja": "委託先が委託元に速やかに通知すれば、委託先の報告義務は免除されます（特定個人情報漏えい等報告規則4条）。",
        "en": "A contractor that promptly notifies its principal is released from its own report (My Number breach rules Art. 4).",
    },
    "legal_task.gdpr_authority": {
        "ja": "GDPR: 監督機関へ72時間以内に通知",
        "en": "GDPR: notify the supervisory authority within 72 hours",
    },
    "legal_task.gdpr_authority.notes": {
        "ja": "知った時から72時間（時計時間）。遅れる場合は理由を添えて段階的に通知できます。",
        "en": "72 clock hours from awareness. If late, give the reasons; notification may be phased.",
    },
    "legal_task.gdpr_individuals": {
        "ja": "GDPR: 本人へ遅滞なく通知（高リスクの場合）",
        "en": "GDPR: tell the people affected without undue delay (high risk)",
    },
    "legal_task.gdpr_individuals.notes": {
        "ja": "暗号化・軽減措置・不相応な負担の場合は公表で代替できます。期限は社内目標です。",
        "en": "Not needed if encrypted, mitigated, or disproportionate (then a public notice). The due date is an internal target.",
    },
    "legal_form.title": {
        "ja": "法的義務の判定",
        "en": "Legal obligations",
    },
    "legal_form.submit": {
        "ja": "判定する",
        "en": "Assess",
    },
    "legal_form.intro": {
        "ja": "*{incident_id}* の事実関係。報告内容から入力済みです。確認・修正してください。「不明」は不要とはみなされません。",
        "en": "Facts of *{incident_id}*, prefilled from the reports. Check and correct them; “Unknown” is never read as “not required”.",
    },
    "legal_form.aware_at": {
        "ja": "社内の誰かが最初に知った日時（知った時点）",
        "en": "When anyone in the company first knew (awareness)",
    },
    "legal_form.sensitive_data": {
        "ja": "要配慮個人情報（病歴・犯罪歴・信条など）を含む",
        "en": "Includes sensitive data (medical, criminal record, creed…)",
    },
    "legal_form.financial_harm": {
        "ja": "不正利用で財産的被害が生じるおそれ（カード番号、決済サービスのID・パスワード等）",
        "en": "Misuse may cause financial loss (card numbers, payment IDs/passwords…)",
    },
    "legal_form.improper_purpose": {
        "ja": "不正の目的による行為（不正アクセス、ランサムウェア、盗難、内部者の持ち出し等）",
        "en": "Caused by an act with an improper purpose (unauthorized access, ransomware, theft, insider…)",
    },
    "legal_form.attack_signs": {
        "ja": "サイバー攻撃の兆候（該当するもの）",
        "en": "Signs of a cyber attack (tick those present)",
    },
    "legal_form.sign.a": {
        "ja": "(ア) 不正アクセスによりデータが窃取された痕跡",
        "en": "(a) Traces that data was taken through unauthorized access",
    },
    "legal_form.sign.i": {
        "ja": "(イ) 情報窃取型マルウェアへの感染",
        "en": "(i) Infection by information-stealing malware",
    },
    "legal_form.sign.u": {
        "ja": "(ウ) C2サーバ等の不審な宛先との通信",
        "en": "(u) Communication with a command-and-control server",
    },
    "legal_form.sign.e": {
        "ja": "(エ) 入力ページのファイルに、入力情報を窃取する改ざんの痕跡",
        "en": "(e) Traces that a web input page was altered to steal what users type",
    },
    "legal_form.sign.o": {
        "ja": "(オ) 不正検知を行う公的機関・セキュリティ事業者・専門家等から根拠ある連絡",
        "en": "(o) Grounded warning from a public body, security provider or expert",
    },
    "legal_form.people_count": {
        "ja": "本人の数（人。不明なら空欄）",
        "en": "Number of people (leave empty if unknown)",
    },
    "legal_form.count_is_max": {
        "ja": "人数の確度",
        "en": "How sure is the count",
    },
    "legal_form.count_is_max_option": {
        "ja": "この人数は最大見込み",
        "en": "This number is an estimated maximum",
    },
    "legal_form.strong_encryption": {
        "ja": "高度な暗号化等の秘匿化がされている",
        "en": "Protected by strong encryption",
    },
    "legal_form.key_leaked": {
        "ja": "復号鍵も漏えいした",
        "en": "The key leaked too",
    },
    "legal_form.role": {
        "ja": "当社の立場",
        "en": "Our position",
    },
    "legal_form.role.principal": {
        "ja": "委託元（自社のデータ）",
        "en": "Principal (our own data)",
    },
    "legal_form.role.contractor": {
        "ja": "委託先（委託元のデータ）",
        "en": "Contractor (a principal's data)",
    },
    "legal_form.role.both": {
        "ja": "両方",
        "en": "Both",
    },
    "legal_form.role.unknown": {
        "ja": "不明",
        "en": "Unknown",
    },
    "legal_form.principal_notified_at": {
        "ja": "委託元へ通知した日時（委託先の場合）",
        "en": "When we notified the principal (if contractor)",
    },
    "legal_form.eu_residents_affected": {
        "ja": "EU域内の本人が含まれる",
        "en": "People in the EU are affected",
    },
    "legal_form.eu_establishment": {
        "ja": "EU域内に拠点がある",
        "en": "We have an establishment in the EU",
    },
    "legal_form.gdpr_risk": {
        "ja": "本人の権利自由へのリスク（GDPR）",
        "en": "Risk to people's rights and freedoms (GDPR)",
    },
    "legal_form.gdpr_risk.none_or_low": {
        "ja": "なし・低い",
        "en": "None or low",
    },
    "legal_form.gdpr_risk.risk": {
        "ja": "リスクあり",
        "en": "A risk",
    },
    "legal_form.gdpr_risk.high": {
        "ja": "高いリスク",
        "en": "High risk",
    },
    "legal_form.gdpr_risk.unknown": {
        "ja": "不明",
        "en": "Unknown",
    },
    "legal_form.gdpr_mitigated_or_encrypted": {
        "ja": "暗号化・事後の措置で高リスクが解消している（GDPR 34条3項）",
        "en": "Encryption or later measures removed the high risk (Art. 34(3))",
    },
    "legal_form.sector": {
        "ja": "業種",
        "en": "Sector",
    },
    "legal_form.sector.general": {
        "ja": "一般",
        "en": "General",
    },
    "legal_form.sector.financial": {
        "ja": "金融",
        "en": "Financial",
    },
    "legal_form.sector.medical": {
        "ja": "医療",
        "en": "Medical",
    },
    "legal_form.sector.telecom": {
        "ja": "電気通信",
        "en": "Telecommunications",
    },
    "legal_form.sector.other": {
        "ja": "その他",
        "en": "Other",
    },
    "legal_form.sector.unknown": {
        "ja": "不明",
        "en": "Unknown",
    },
    "legal_form.pseudonymised": {
        "ja": "漏えいしたのは仮名加工情報だけ（個人情報保護法41条9項）",
        "en": "Only pseudonymised information (仮名加工情報) leaked (APPI Art. 41(9))",
    },
    "legal_form.my_number_involved": {
        "ja": "マイナンバーを含む情報（特定個人情報）が含まれる",
        "en": "Data with My Numbers (特定個人情報) is involved",
    },
    "legal_form.my_number_system": {
        "ja": "個人番号利用事務等の情報システムで管理されていた（番号法規則2条1号）",
        "en": "It was held in a My Number processing system (My Number Rules Art. 2(1))",
    },
    "legal_form.my_number_publicly_viewable": {
        "ja": "不特定多数の人が閲覧できる状態になった（同2条3号）",
        "en": "It became viewable by an unspecified number of people (Art. 2(3))",
    },
    "legal_form.my_number_people_count": {
        "ja": "特定個人情報の本人の数（人。不明なら空欄）",
        "en": "Number of people whose My Number data is involved (leave empty if unknown)",
    },
    "legal_form.start.reported": {
        "ja": "第1報",
        "en": "the first report",
    },
    "legal_form.start.second_report": {
        "ja": "第2報",
        "en": "the second report",
    },
    "legal_form.start.manual": {
        "ja": "判定の修正",
        "en": "a correction of the assessment",
    },
    "legal_form.ruleset": {
        "ja": "適用するルール",
        "en": "Rules to apply",
    },
    "legal_form.ruleset.auto": {
        "ja": "知った時点で施行中のルール（推奨）",
        "en": "The rules in force at awareness (recommended)",
    },
    "legal.denied": {
        "ja": "法的義務の判定を実行できるのは責任者・代行者・事務局だけです。",
        "en": "Only the owner, the deputy and the privacy office can run the legal assessment.",
    },
    "legal.drafts_posted": {
        "ja": ":page_facing_up: {user} が報告書の下書きを作成しました（送付は必ず人が確認して行ってください）。",
        "en": ":page_facing_up: {user} generated report drafts (a person must check and send them).",
    },
    "legal.catch_up": {
        "ja": ":scales: この事案は法的義務の自動判定が導入される前に起票されたため、いま第1報の内容で判定しました。期限は事態を知った時点から数えるため、すでに過ぎている期限があれば「期限超過」と表示されます。内容を確認し、必要なら判定を修正してください。",
        "en": ":scales: This incident was opened before the legal duties were assessed automatically, so it has now been assessed from its reports. Deadlines count from when the company became aware, so any that have already passed are shown as overdue. Please check the result and correct the facts if needed.",
    },
}
