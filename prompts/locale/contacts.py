"""Texts of the contact campaign (本人への連絡), its figures, and the errors of the issue-9 forms."""

TEXT = {
    "contacts.button": {"ja": "本人への連絡", "en": "Contacts"},
    "contacts.title": {"ja": "本人への連絡", "en": "Telling the people"},
    "contacts.submit": {"ja": "記録する", "en": "Record"},
    "contacts.intro": {
        "ja": "*{incident_id}* — 本人への連絡の対象人数と、連絡の回ごとの件数を記録します（郵送 → 返送分にメール → "
              "不達分に電話 → 連絡できない方には Web での公表）。記録するのは件数と日付だけです。"
              "氏名・住所・メールアドレスは入力しないでください。",
        "en": "*{incident_id}* — record how many people must be told and each round of contact (post → e-mail for "
              "returned letters → phone for bounced e-mail → a web notice for those still unreachable). Only counts "
              "and dates are recorded: never enter names, addresses or e-mail addresses.",
    },
    "contacts.none_yet": {"ja": "まだ連絡の記録はありません。", "en": "No contact recorded yet."},
    "contacts.population": {"ja": "連絡の対象人数", "en": "People to tell"},
    "contacts.population_hint": {
        "ja": "本人への連絡が必要な人数（記録済みの連絡済み人数より少なくはできません）。",
        "en": "How many people must be told (never fewer than those already told).",
    },
    "contacts.batch_header": {
        "ja": "*今回の連絡*（対象人数だけを変える場合は空欄のまま）",
        "en": "*This round* (leave empty to change only the number of people)",
    },
    "contacts.channel": {"ja": "連絡方法", "en": "Channel"},
    "contacts.channel.post": {"ja": "郵送", "en": "Post"},
    "contacts.channel.email": {"ja": "メール", "en": "E-mail"},
    "contacts.channel.phone": {"ja": "電話", "en": "Phone"},
    "contacts.channel.web": {"ja": "Web での公表（連絡できない方）", "en": "Web notice (for the unreachable)"},
    "contacts.sent_at": {"ja": "連絡した日時", "en": "When"},
    "contacts.sent": {"ja": "連絡した人数", "en": "People contacted"},
    "contacts.sent_hint": {
        "ja": "まだ連絡できていない人数（{left}）まで。Web での公表では、公表で代える人数。",
        "en": "At most the people not reached yet ({left}). For a web notice: the people it stands in for.",
    },
    "contacts.reached": {"ja": "届いた人数", "en": "Reached"},
    "contacts.undeliverable": {"ja": "届かなかった人数（返送・不達）", "en": "Undeliverable (returned, bounced)"},
    "contacts.outcome_hint": {
        "ja": "分からない分は空欄で構いません（結果待ちとして数えます）。",
        "en": "Leave out what is not known yet (counted as awaiting an outcome).",
    },
    "contacts.progress": {"ja": "連絡対象 {population} 人: {parts}", "en": "{population} to tell: {parts}"},
    "contacts.part.post": {"ja": "郵送で到達 {n}", "en": "{n} reached by post"},
    "contacts.part.email": {"ja": "メールで到達 {n}", "en": "{n} by e-mail"},
    "contacts.part.phone": {"ja": "電話で到達 {n}", "en": "{n} by phone"},
    "contacts.part.web": {"ja": "連絡不能 {n} → Web で公表", "en": "{n} unreachable → web notice"},
    "contacts.part.left": {"ja": "未連絡 {n}", "en": "{n} still to reach"},
    "contacts.part.pending": {"ja": "うち結果待ち {n}", "en": "{n} awaiting an outcome"},
    "contacts.part.nothing": {"ja": "まだ連絡していません", "en": "nobody contacted yet"},
    "contacts.sep": {"ja": "、", "en": ", "},
    "contacts.finished_mark": {"ja": "（完了）", "en": " (done)"},
    "contacts.card_label": {"ja": "*本人への連絡*", "en": "*Telling the people*"},
    "contacts.batch_line": {
        "ja": "{n}. {at} {channel} {sent} 人（到達 {reached}、不達 {undeliverable}）",
        "en": "{n}. {at} {channel}: {sent} contacted ({reached} reached, {undeliverable} undeliverable)",
    },
    "contacts.web_line": {
        "ja": "{n}. {at} {channel}（{sent} 人分）",
        "en": "{n}. {at} {channel} (standing in for {sent} people)",
    },
    "contacts.posted": {
        "ja": "{user} が {incident_id} の本人への連絡を記録しました。{progress}",
        "en": "{user} recorded contacts for {incident_id}. {progress}",
    },
    "contacts.posted_finished": {
        "ja": "{incident_id}: 本人への連絡が完了しました（{progress}）。法定の「本人への通知」タスクを完了にしました。",
        "en": "{incident_id}: everyone has been told ({progress}). The legal “notice to individuals” task is done.",
    },
    "contacts.saved": {"ja": "記録しました。", "en": "Recorded."},
    # The weekly summary, the App Home and `leakbot report`
    "contacts.figures_header": {"ja": "*本人への連絡・公表*", "en": "*Telling the people, publication*"},
    "contacts.figures.in_progress": {
        "ja": "連絡中の事案 {n} 件（未連絡 {people} 人）",
        "en": "{n} campaigns in progress ({people} people still to reach)",
    },
    "contacts.figures.period": {
        "ja": "期間中: 到達 {reached} 人、Web での公表で代えた方 {web} 人、連絡を完了した事案 {finished} 件",
        "en": "In the period: {reached} people reached, {web} covered by a web notice, {finished} campaigns finished",
    },
    "contacts.figures.decided": {
        "ja": "公表判断 {n} 件（{parts}）",
        "en": "{n} publication decisions ({parts})",
    },
    "contacts.figures.no_decision": {"ja": "公表判断 0 件", "en": "No publication decision"},
    "contacts.figures.decision_part": {"ja": "{label} {n}", "en": "{label}: {n}"},
    "contacts.home_line": {"ja": "{incident_id} — {progress}", "en": "{incident_id} — {progress}"},
    "contacts.home_none": {"ja": "連絡中の事案はありません。", "en": "No campaign in progress."},
    # Errors of the three forms (issue 9); the shared ones (error.required …) come from common
    "contacts.error.zero_population": {"ja": "1 人以上を入力してください。", "en": "Enter at least one person."},
    "contacts.error.over_population": {
        "ja": "連絡の対象人数を超えています。", "en": "More than the people to tell.",
    },
    "contacts.error.over_left": {
        "ja": "まだ連絡できていない人数を超えています（前回までに届いた方を除いた人数まで）。",
        "en": "More than the people not reached yet (those the previous rounds left).",
    },
    "contacts.error.nothing_left": {
        "ja": "全員に連絡済みです。対象人数を増やす場合は上の欄を変更してください。",
        "en": "Everyone has been told. To add people, change the number above.",
    },
    "contacts.error.below_told": {
        "ja": "すでに連絡済みの人数より少なくはできません。", "en": "Fewer than the people already told.",
    },
    "contacts.error.outcome_over_sent": {
        "ja": "届いた人数と届かなかった人数の合計が、連絡した人数を超えています。",
        "en": "Reached and undeliverable together exceed the people contacted.",
    },
    "contacts.error.channel_order": {
        "ja": "連絡は 郵送 → メール → 電話 → Web での公表 の順に記録します。前の方法には戻れません。",
        "en": "Rounds follow post → e-mail → phone → web notice; a round cannot go back to an earlier channel.",
    },
    "contacts.error.before_previous": {
        "ja": "前回の連絡より前の日時です。", "en": "Earlier than the previous round.",
    },
    "contacts.error.before_discovery": {
        "ja": "発見より前の日時です。", "en": "Earlier than the discovery.",
    },
    "contacts.error.web_outcome": {
        "ja": "Web での公表には到達・不達の人数はありません。空欄にしてください。",
        "en": "A web notice has no reached or undeliverable count: leave them empty.",
    },
    "contacts.error.personal_data": {
        "ja": "個人のメールアドレスや漏えいしたデータのように見えます。個人が分かる情報は入力しないでください。",
        "en": "This looks like an e-mail address or leaked data. Do not enter anything that identifies a person.",
    },
    "contacts.error.reason_required": {"ja": "理由を入力してください。", "en": "Please give the reason."},
    "contacts.error.published_at_required": {
        "ja": "公表した日時を入力してください。", "en": "When was it published?",
    },
    "contacts.error.method_required": {
        "ja": "公表の方法を 1 つ以上選んでください。", "en": "Choose at least one way it was published.",
    },
    "contacts.error.approver_required": {
        "ja": "承認者（役員または事務局）を指定してください。", "en": "Who approved it (an executive or the office)?",
    },
    "contacts.error.principal_must_agree": {
        "ja": "当社は委託先です。委託元が公表の時期に同意するまで公表できません（委託元より先に公表しない）。",
        "en": "We are the contractor: we cannot publish before the principal agreed to the timing.",
    },
    "contacts.error.notice_incomplete": {
        "ja": "委託元への通知は、日時・通知した人・方法をそろえて入力してください。",
        "en": "For the notice to the principal give when, by whom and how.",
    },
    "contacts.error.answer_before_notice": {
        "ja": "回答の日時が通知より前です。", "en": "The answer is dated before the notice.",
    },
    "contacts.error.report_date_required": {
        "ja": "委託先から報告を受けた日時を入力してください。", "en": "When did the contractor report to us?",
    },
    "contacts.error.no_population": {
        "ja": "連絡の対象人数を入力してください。", "en": "Enter the number of people to tell.",
    },
    "contacts.error.nothing_to_correct": {
        "ja": "訂正できる連絡の記録がありません。", "en": "There is no round to correct yet.",
    },
    "contacts.correct_last": {"ja": "訂正（前回の記録: {last}）", "en": "Correction (last round: {last})"},
    "contacts.correct_last_option": {
        "ja": "前回の記録をこの内容で置き換える（返送が増えたときなど）",
        "en": "Replace the last round with this one (more came back)",
    },
    "contacts.corrected": {
        "ja": "{user} が {incident_id} の本人への連絡の前回の記録を訂正しました。{progress}",
        "en": "{user} corrected the last round of contacts for {incident_id}. {progress}",
    },
    "contacts.error.failed": {
        "ja": "保存できませんでした。もう一度送信してください。", "en": "Could not save. Please submit again.",
    },
}
