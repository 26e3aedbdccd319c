"""The management report (``leakbot report``)."""

TEXT: dict[str, dict[str, str]] = {
    "mreport.title": {"ja": "個人情報漏えい等事案 管理報告", "en": "Personal-data incidents: management report"},
    "mreport.period": {"ja": "対象期間: {start} 〜 {end}（報告を受けた日）", "en": "Period: {start} to {end} (by date reported)"},
    "mreport.no_data": {
        "ja": "この報告には漏えいしたデータや本人の氏名・連絡先を含めていません。訓練とヒヤリハットは事案の件数に含めていません。",
        "en": "This report contains no leaked data and no names or contact details of the people affected. Drills "
              "and near misses are not counted as incidents.",
    },
    "mreport.overview": {"ja": "概要", "en": "Overview"},
    "mreport.count_incidents": {"ja": "事案 {n} 件（うち終結 {closed} 件）", "en": "{n} incidents ({closed} closed)"},
    "mreport.count_reportable": {
        "ja": "監督官庁への報告が必要（またはその可能性がある）事案 {n} 件",
        "en": "{n} reportable to a regulator (required or possibly required)",
    },
    "mreport.time_to_ack": {
        "ja": "確認までの時間: 中央値 {median}、最長 {worst}（{n} 件）",
        "en": "Time to acknowledge: median {median}, longest {worst} ({n} incidents)",
    },
    "mreport.time_to_close": {
        "ja": "終結までの時間: 中央値 {median}、最長 {worst}（{n} 件）",
        "en": "Time to close: median {median}, longest {worst} ({n} incidents)",
    },
    "mreport.count_measures": {
        "ja": "承認された再発防止策: 完了 {done} 件、実施中 {open} 件（うち期限超過 {overdue} 件）",
        "en": "Approved recurrence measures: {done} done, {open} open ({overdue} overdue)",
    },
    "mreport.incidents": {"ja": "事案一覧", "en": "Incidents"},
    "mreport.none": {"ja": "該当なし", "en": "None"},
    "mreport.col.id": {"ja": "ID", "en": "ID"},
    "mreport.col.department": {"ja": "部署", "en": "Department"},
    "mreport.col.event": {"ja": "事象", "en": "Event"},
    "mreport.col.severity": {"ja": "重大度の目安", "en": "Severity hint"},
    "mreport.col.phase": {"ja": "フェーズ", "en": "Phase"},
    "mreport.col.reported": {"ja": "報告日時", "en": "Reported"},
    "mreport.col.ack": {"ja": "確認まで", "en": "To acknowledge"},
    "mreport.col.close": {"ja": "終結まで", "en": "To close"},
    "mreport.col.reportable": {"ja": "報告義務", "en": "Reportable"},
    "mreport.jurisdiction.appi": {"ja": "個人情報保護法", "en": "APPI"},
    "mreport.jurisdiction.mynumber": {"ja": "番号法", "en": "My Number Act"},
    "mreport.jurisdiction.gdpr": {"ja": "GDPR", "en": "GDPR"},
    "mreport.causes": {"ja": "原因と再発防止策（承認済み）", "en": "Causes and approved recurrence measures"},
    "mreport.not_approved": {
        "ja": "再発防止策はまだ承認されていません。", "en": "No recurrence-prevention statement approved yet.",
    },
    "mreport.measure": {
        "ja": "対策: {title}（担当 {assignee}、期限 {due}）— {status}",
        "en": "Measure: {title} ({assignee}, due {due}) — {status}",
    },
    "mreport.status.open": {"ja": "実施中", "en": "open"},
    "mreport.status.overdue": {"ja": "期限超過", "en": "overdue"},
    "mreport.status.done": {"ja": "完了", "en": "done"},
    "mreport.status.cancelled": {"ja": "中止", "en": "cancelled"},
    "mreport.near_misses": {"ja": "ヒヤリハット（事案とは別に集計）", "en": "Near misses (counted apart)"},
    "mreport.near_miss_count": {
        "ja": "期間中 {n} 件（再発防止策の承認待ち {awaiting} 件）",
        "en": "{n} in the period ({awaiting} awaiting an approved measure)",
    },
    "mreport.near_miss_event": {"ja": "事象別 {name}: {n} 件", "en": "By event, {name}: {n}"},
    "mreport.near_miss_department": {"ja": "部署別 {name}: {n} 件", "en": "By department, {name}: {n}"},
    "cli.report.posted": {"ja": "管理報告 {name} を事務局チャンネルに投稿しました。", "en": "Posted the management report {name} to the office channel."},
    "cli.report.bad_period": {
        "ja": "期間が正しくありません: --from と --to は YYYY-MM-DD で、--to は --from 以降にしてください。",
        "en": "Invalid period: --from and --to are YYYY-MM-DD dates, and --to is not before --from.",
    },
}
