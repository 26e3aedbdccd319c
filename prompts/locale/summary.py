"""The weekly summary (full and counts-only) and its chart's labels."""

TEXT: dict[str, dict[str, str]] = {
    # weekly summary
    "summary.header": {
        "ja": "週次報告 {start}〜{end}",
        "en": "Weekly report {start} – {end}",
    },
    "summary.aggregate_header": {
        "ja": "週次報告（全体向け） {start}〜{end}",
        "en": "Weekly report (overview) {start} – {end}",
    },
    "summary.period": {
        "ja": "集計期間: {start} 〜 {end}（直近7日間）",
        "en": "Period: {start} – {end} (last 7 days)",
    },
    "summary.fallback": {
        "ja": "週次報告 {start}〜{end}: 新規{new}件・終結{closed}件・未終結{open}件・期限超過の対策{overdue}件",
        "en": "Weekly report {start} – {end}: new {new}, closed {closed}, open {open}, overdue tasks {overdue}",
    },
    "summary.new": {
        "ja": "新規報告",
        "en": "New reports",
    },
    "summary.closed": {
        "ja": "終結",
        "en": "Closed",
    },
    "summary.open": {
        "ja": "未終結（期間末時点）",
        "en": "Open at period end",
    },
    "summary.overdue_count": {
        "ja": "期限超過の対策",
        "en": "Overdue tasks",
    },
    "summary.count": {
        "ja": "{n}件",
        "en": "{n}",
    },
    "summary.by_department": {
        "ja": "*未終結の案件：部署別*",
        "en": "*Open incidents by department*",
    },
    "summary.by_event_type": {
        "ja": "*未終結の案件：事象の種類別*",
        "en": "*Open incidents by event type*",
    },
    "summary.by_phase": {
        "ja": "*未終結の案件：フェーズ別*",
        "en": "*Open incidents by phase*",
    },
    "summary.item": {
        "ja": "• {name}: {n}件",
        "en": "• {name}: {n}",
    },
    "summary.none": {
        "ja": "なし",
        "en": "None",
    },
    "summary.more": {
        "ja": "…ほか{n}件",
        "en": "… and {n} more",
    },
    "summary.other": {
        "ja": "その他",
        "en": "Other",
    },
    "summary.ack_title": {
        "ja": "*受付確認までの時間*（期間内の新規報告 {n}件）",
        "en": "*Time to acknowledge* ({n} new reports in the period)",
    },
    "summary.ack_median": {
        "ja": "中央値",
        "en": "Median",
    },
    "summary.ack_worst": {
        "ja": "最長",
        "en": "Worst",
    },
    "summary.ack_unacknowledged": {
        "ja": "未確認",
        "en": "Still unacknowledged",
    },
    "summary.ack_none": {
        "ja": "期間内の新規報告はありません。",
        "en": "No new reports in the period.",
    },
    "summary.ack_worst_note": {
        "ja": "最長には、まだ確認されていない報告の期間末までの経過時間を含みます。",
        "en": "Worst includes reports not yet acknowledged, counted up to the end of the period.",
    },
    "summary.not_available": {
        "ja": "—",
        "en": "—",
    },
    "summary.overdue_title": {
        "ja": "*:red_circle: 期限を過ぎた対策 {n}件*",
        "en": "*:red_circle: Overdue tasks: {n}*",
    },
    "summary.overdue_line": {
        "ja": "• `{incident_id}` {title} — {assignee} — 期限 {due}（{late}超過）{follow_up}",
        "en": "• `{incident_id}` {title} — {assignee} — due {due} ({late} overdue){follow_up}",
    },
    "summary.follow_ups_title": {
        "ja": "*:arrows_counterclockwise: 終結後の継続対策 {n}件*",
        "en": "*:arrows_counterclockwise: Follow-ups carried over from closed incidents: {n}*",
    },
    "summary.follow_up_line": {
        "ja": "• `{incident_id}` {title} — {assignee} — 期限 {due}{overdue}",
        "en": "• `{incident_id}` {title} — {assignee} — due {due}{overdue}",
    },
    "summary.follow_up_mark": {
        "ja": "（継続対策）",
        "en": " (follow-up)",
    },
    "summary.overdue_mark": {
        "ja": " :red_circle: 期限超過",
        "en": " :red_circle: overdue",
    },
    "summary.upcoming_title": {
        "ja": "*:calendar: 今後{days}日間の期限 {n}件*（⚖️ = 法定期限）",
        "en": "*:calendar: Deadlines in the next {days} days: {n}* (⚖️ = statutory)",
    },
    "summary.upcoming_line": {
        "ja": "• {legal}{due} — `{incident_id}` {title} — {assignee}",
        "en": "• {legal}{due} — `{incident_id}` {title} — {assignee}",
    },
    "summary.legal_mark": {
        "ja": "⚖️ ",
        "en": "⚖️ ",
    },
    "summary.unassigned": {
        "ja": "未割当",
        "en": "unassigned",
    },
    "summary.chart_note": {
        "ja": ":bar_chart: 直近{weeks}週の推移（新規・終結・未終結）のグラフを添付しています。",
        "en": ":bar_chart: A chart of the last {weeks} weeks (new, closed, open) is attached.",
    },
    "summary.aggregate_note": {
        "ja": "件数のみの集計です。個別の案件・対策・担当者は記載していません。",
        "en": "Counts only: no individual incident, task or person is shown.",
    },
    "summary.other_note": {
        "ja": "未終結の件数が{min}件未満の部署・事象の種類は「その他」にまとめています。",
        "en": "Departments and event types with fewer than {min} open incidents are grouped under “Other”.",
    },
    # the weekly chart (drawn only when the font covers every character of the Japanese labels)
    "chart.title": {
        "ja": "週ごとの件数（直近{n}週）",
        "en": "Incidents per week (last {n} weeks)",
    },
    "chart.new": {
        "ja": "新規",
        "en": "New",
    },
    "chart.closed": {
        "ja": "終結",
        "en": "Closed",
    },
    "chart.open": {
        "ja": "未終結（週末時点）",
        "en": "Open at week end",
    },
    "chart.x": {
        "ja": "週の開始日",
        "en": "Week starting",
    },
    "chart.y": {
        "ja": "件数",
        "en": "Incidents",
    },
}
