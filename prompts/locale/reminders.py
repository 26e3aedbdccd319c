"""Digest reminders: one DM per assignee per sweep listing every task that is due or overdue, and one
channel post per incident for the overdue escalations of that sweep."""

TEXT: dict[str, dict[str, str]] = {
    "reminders.digest": {
        "ja": ":alarm_clock: 期限が近い・期限を過ぎた対策が {count} 件あります",
        "en": ":alarm_clock: {count} countermeasures are due soon or overdue",
    },
    "reminders.digest_legal": {
        "ja": "（うち :scales: 法定期限 {legal} 件）",
        "en": " (:scales: {legal} with a legal deadline)",
    },
    "reminders.digest_page": {
        "ja": "（{page}/{pages} 通目）",
        "en": " (message {page} of {pages})",
    },
    "reminders.legal_mark": {
        "ja": ":scales: *法定期限*",
        "en": ":scales: *Legal deadline*",
    },
    "reminders.more": {
        "ja": "ほか {count} 件は次の通知でお知らせします。",
        "en": "{count} more follow in the next reminder.",
    },
    "reminders.escalation_digest": {
        "ja": ":rotating_light: {owner} {deputy} {incident_id} で期限を過ぎても完了していない対策が {count} 件あります{legal}",
        "en": ":rotating_light: {owner} {deputy} {count} countermeasures of {incident_id} are overdue and still open{legal}",
    },
    "reminders.escalation_line": {
        "ja": "「{title}」（担当 {assignee}）{nags}回催促しても完了していません。期限 {due}",
        "en": "“{title}” (assignee {assignee}) still open after {nags} reminders. Due {due}",
    },
    "reminders.escalation_line_legal": {
        "ja": "{mark} 「{title}」（担当 {assignee}）の期限 {due} を過ぎました。直ちに対応してください。",
        "en": "{mark} the statutory deadline {due} of “{title}” (assignee {assignee}) has passed. Act now.",
    },
    "reminders.escalation_more": {
        "ja": "ほか {count} 件。対策一覧をご確認ください。",
        "en": "{count} more: see the task list.",
    },
}
