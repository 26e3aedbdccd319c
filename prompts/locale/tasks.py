"""Countermeasures (tasks): the task and reassign modals, the task-list message, reminder DMs and
escalation notices."""

TEXT: dict[str, dict[str, str]] = {
    # tasks
    "task.modal_title_new": {
        "ja": "対策を追加",
        "en": "Add a countermeasure",
    },
    "task.modal_title_edit": {
        "ja": "対策を編集",
        "en": "Edit countermeasure",
    },
    "task.modal_submit": {
        "ja": "保存",
        "en": "Save",
    },
    "task.intro": {
        "ja": "*{incident_id}* の対策。期限が過去でも登録できます（すぐに期限超過として扱われます）。",
        "en": "Countermeasure for *{incident_id}*. A due time in the past is accepted (it is overdue at once).",
    },
    "task.title": {
        "ja": "対策の内容",
        "en": "What needs to be done",
    },
    "task.assignee": {
        "ja": "担当者",
        "en": "Assignee",
    },
    "task.due_at": {
        "ja": "期限",
        "en": "Due",
    },
    "task.phase": {
        "ja": "フェーズ",
        "en": "Phase",
    },
    "task.notes": {
        "ja": "メモ",
        "en": "Notes",
    },
    "task.reassign_title": {
        "ja": "担当者を変更",
        "en": "Reassign",
    },
    "task.reassign_submit": {
        "ja": "変更",
        "en": "Reassign",
    },
    "task.reassign_intro": {
        "ja": "「{title}」の新しい担当者",
        "en": "New assignee for “{title}”",
    },
    "task.list_header": {
        "ja": "対策一覧 {incident_id}",
        "en": "Countermeasures {incident_id}",
    },
    "task.list_fallback": {
        "ja": "{incident_id} の対策一覧（未完了 {open} 件、期限超過 {overdue} 件）",
        "en": "Countermeasures of {incident_id} ({open} open, {overdue} overdue)",
    },
    "task.list_empty": {
        "ja": "対策はまだありません。",
        "en": "No countermeasures yet.",
    },
    "task.list_done": {
        "ja": "完了 {done} 件・中止 {cancelled} 件",
        "en": "{done} done, {cancelled} cancelled",
    },
    "task.list_more": {
        "ja": "ほか未完了 {count} 件（期限の遅いもの）",
        "en": "{count} more open (due later)",
    },
    "task.line": {
        "ja": "{mark} *{title}*　{assignee}　期限 {due}{overdue}{follow_up}",
        "en": "{mark} *{title}*   {assignee}   due {due}{overdue}{follow_up}",
    },
    "task.overdue": {
        "ja": "　*期限超過*",
        "en": "   *OVERDUE*",
    },
    "task.follow_up": {
        "ja": "　（終結後のフォローアップ）",
        "en": "   (follow-up after close)",
    },
    "task.unassigned": {
        "ja": "未割当",
        "en": "unassigned",
    },
    "task.menu_done": {
        "ja": "完了にする",
        "en": "Mark done",
    },
    "task.menu_edit": {
        "ja": "編集",
        "en": "Edit",
    },
    "task.menu_reassign": {
        "ja": "担当者を変更",
        "en": "Reassign",
    },
    "task.menu_cancel": {
        "ja": "中止する",
        "en": "Cancel",
    },
    "task.button_add": {
        "ja": "対策を追加",
        "en": "Add countermeasure",
    },
    "task.button_done": {
        "ja": "完了",
        "en": "Done",
    },
    "task.button_snooze": {
        "ja": "1日後に再通知",
        "en": "Remind me in 1 day",
    },
    "task.button_reassign": {
        "ja": "担当者を変更",
        "en": "Reassign",
    },
    "task.button_open": {
        "ja": "チャンネルを開く",
        "en": "Open channel",
    },
    "task.snooze_placeholder": {
        "ja": "日付を選んで再通知",
        "en": "Remind me on…",
    },
    "task.reminder.before": {
        "ja": ":alarm_clock: 期限が近づいています（{lead}前）: *{title}*（{incident_id}）期限 {due}",
        "en": ":alarm_clock: Due in {lead}: *{title}* ({incident_id}), due {due}",
    },
    "task.reminder.due": {
        "ja": ":alarm_clock: 期限になりました: *{title}*（{incident_id}）期限 {due}",
        "en": ":alarm_clock: Due now: *{title}* ({incident_id}), due {due}",
    },
    "task.reminder.overdue": {
        "ja": ":warning: 期限を過ぎています（{overdue}超過、{nag}回目の催促）: *{title}*（{incident_id}）期限 {due}",
        "en": ":warning: Overdue by {overdue} (reminder {nag}): *{title}* ({incident_id}), due {due}",
    },
    "task.reminder_hint": {
        "ja": "完了したら「完了」を押してください。終わるまで、または事案が終結するまで通知が続きます。",
        "en": "Press “Done” when it is done. Reminders continue until then, or until the incident is closed.",
    },
    "task.assigned": {
        "ja": ":clipboard: 対策の担当になりました: *{title}*（{incident_id}）期限 {due}",
        "en": ":clipboard: You were assigned a countermeasure: *{title}* ({incident_id}), due {due}",
    },
    "task.escalation": {
        "ja": ":rotating_light: {owner} {deputy} 対策「{title}」（担当 {assignee}）が期限を過ぎ、{nags}回催促しても完了していません。期限 {due}",
        "en": ":rotating_light: {owner} {deputy} “{title}” (assignee {assignee}) is overdue and still open after {nags} reminders. Due {due}",
    },
    "task.done_ok": {
        "ja": "「{title}」を完了にしました。",
        "en": "“{title}” marked done.",
    },
    "task.cancelled_ok": {
        "ja": "「{title}」を中止しました。",
        "en": "“{title}” cancelled.",
    },
    "task.snoozed_ok": {
        "ja": "「{title}」の通知を {until} まで止めました。",
        "en": "Reminders for “{title}” paused until {until}.",
    },
    "task.not_open": {
        "ja": "この対策はすでに完了または中止されています。",
        "en": "This countermeasure is already done or cancelled.",
    },
    "task.denied": {
        "ja": "この対策を変更できるのは責任者・代行者・事務局（完了と再通知は担当者も）だけです。",
        "en": "Only the owner, the deputy and the privacy office can change this countermeasure (the assignee can also complete or snooze it).",
    },
    # legal tasks and the assessment form
    "task.escalation_legal": {
        "ja": ":rotating_light: {owner} {deputy} 法定期限のある対策「{title}」（担当 {assignee}）の期限 {due} を過ぎました。直ちに対応してください。",
        "en": ":rotating_light: {owner} {deputy} the statutory deadline {due} of “{title}” (assignee {assignee}) has passed. Act now.",
    },
}
