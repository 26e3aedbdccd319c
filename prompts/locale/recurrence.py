"""Recurrence prevention reviewed by the office (再発防止策の提出・添削・承認), near misses (ヒヤリハット)."""

TEXT: dict[str, dict[str, str]] = {
    # the statement form
    "recurrence.title": {"ja": "再発防止策", "en": "Recurrence prevention"},
    "recurrence.submit": {"ja": "事務局に提出", "en": "Submit for review"},
    "recurrence.intro": {
        "ja": "*{incident_id}* の再発防止策を決まった形式で書き、事務局の確認（添削）を受けます。承認されると終結できます。"
              "今後の対策は担当者と期限つきのフォローアップの対策になります。",
        "en": "Write the recurrence-prevention statement for *{incident_id}* in the fixed format for the privacy office "
              "to review. Once approved, the incident can be closed; each planned measure becomes a follow-up task "
              "with its assignee and due date.",
    },
    "recurrence.no_data_warning": {
        "ja": "漏えいしたデータそのものや、本人の氏名・連絡先は書かないでください。",
        "en": "Do not write the leaked data itself or the affected people's names or contact details.",
    },
    "recurrence.direct_cause": {"ja": "直接の原因", "en": "Direct cause"},
    "recurrence.root_cause": {"ja": "根本原因", "en": "Root cause"},
    "recurrence.measures_taken": {"ja": "実施済みの対策", "en": "Measures taken"},
    "recurrence.planned": {"ja": "今後の対策", "en": "Measures planned"},
    "recurrence.planned_hint": {
        "ja": "対策ごとに内容・担当者・期限を入力してください（少なくとも 1 件）。",
        "en": "For each measure give what, who and by when (at least one).",
    },
    "recurrence.planned_title": {"ja": "今後の対策 {n}", "en": "Planned measure {n}"},
    "recurrence.planned_assignee": {"ja": "対策 {n} の担当者", "en": "Measure {n}: assignee"},
    "recurrence.planned_due": {"ja": "対策 {n} の期限", "en": "Measure {n}: due"},
    "recurrence.planned_line": {"ja": "• {title}（担当 {user}、期限 {due}）", "en": "• {title} ({user}, due {due})"},
    "recurrence.comment_head": {"ja": ":pencil2: {user} のコメント（{at}）", "en": ":pencil2: Comment by {user} ({at})"},
    # the review form
    "recurrence.review_title": {"ja": "再発防止策の確認", "en": "Review the statement"},
    "recurrence.review_submit": {"ja": "決定", "en": "Decide"},
    "recurrence.review_intro": {
        "ja": "*{incident_id}* 再発防止策 第{version}版（{user}、{at} 提出）",
        "en": "*{incident_id}* recurrence-prevention statement, version {version} (submitted by {user}, {at})",
    },
    "recurrence.earlier_comments": {"ja": "これまでのコメント", "en": "Earlier comments"},
    "recurrence.decision": {"ja": "判断", "en": "Decision"},
    "recurrence.decision.approve": {"ja": "承認する", "en": "Approve"},
    "recurrence.decision.return": {"ja": "コメントを付けて差し戻す", "en": "Return with comments"},
    "recurrence.comment": {"ja": "コメント（添削）", "en": "Comments"},
    "recurrence.comment_hint": {
        "ja": "差し戻すときは、何を直せばよいかを書いてください（必須）。",
        "en": "When returning, say what to change (required).",
    },
    # notices
    "recurrence.office_submitted": {
        "ja": ":memo: *{incident_id}* の再発防止策 第{version}版が提出されました（{department}・{event}）。確認をお願いします。",
        "en": ":memo: Version {version} of the recurrence-prevention statement for *{incident_id}* was submitted "
              "({department}, {event}). Please review it.",
    },
    "recurrence.office_near_miss": {
        "ja": ":warning: ヒヤリハット *{incident_id}* が報告されました（{department}・{event}）。再発防止策の確認をお願いします。",
        "en": ":warning: Near miss *{incident_id}* was reported ({department}, {event}). Please review its "
              "recurrence measure.",
    },
    "recurrence.button_review": {"ja": "確認する", "en": "Review"},
    "recurrence.button_revise": {"ja": "修正して再提出", "en": "Revise and resubmit"},
    "recurrence.button_card": {"ja": "再発防止策", "en": "Recurrence prevention"},
    "recurrence.dm_approved": {
        "ja": ":white_check_mark: {incident_id} の再発防止策 第{version}版を {user} が承認しました。",
        "en": ":white_check_mark: {user} approved version {version} of the recurrence-prevention statement for {incident_id}.",
    },
    "recurrence.dm_returned": {
        "ja": ":leftwards_arrow_with_hook: {incident_id} の再発防止策 第{version}版が {user} から差し戻されました。"
              "コメントを確認して修正してください。",
        "en": ":leftwards_arrow_with_hook: {user} returned version {version} of the recurrence-prevention statement "
              "for {incident_id}. Read the comments and revise it.",
    },
    "recurrence.channel_submitted": {
        "ja": ":memo: {user} が再発防止策 第{version}版を事務局に提出しました。",
        "en": ":memo: {user} submitted version {version} of the recurrence-prevention statement for review.",
    },
    "recurrence.channel_approved": {
        "ja": ":white_check_mark: {user} が再発防止策 第{version}版を承認しました（フォローアップの対策 {tasks} 件）。",
        "en": ":white_check_mark: {user} approved version {version} of the recurrence-prevention statement "
              "({tasks} follow-up tasks).",
    },
    "recurrence.channel_returned": {
        "ja": ":leftwards_arrow_with_hook: {user} が再発防止策 第{version}版をコメント付きで差し戻しました。",
        "en": ":leftwards_arrow_with_hook: {user} returned version {version} of the recurrence-prevention statement "
              "with comments.",
    },
    # card and home
    "recurrence.card_none": {"ja": "再発防止策: 未提出", "en": "Recurrence prevention: not submitted"},
    "recurrence.card_submitted": {
        "ja": "再発防止策: 第{version}版 事務局の確認待ち", "en": "Recurrence prevention: version {version} awaiting review",
    },
    "recurrence.card_returned": {
        "ja": "再発防止策: 第{version}版 差し戻し（修正待ち）", "en": "Recurrence prevention: version {version} returned",
    },
    "recurrence.card_approved": {
        "ja": "再発防止策: 第{version}版 承認済み", "en": "Recurrence prevention: version {version} approved",
    },
    "recurrence.home_header": {"ja": "確認待ちの再発防止策", "en": "Statements awaiting review"},
    "recurrence.home_none": {"ja": "確認待ちはありません。", "en": "Nothing awaits review."},
    "recurrence.home_line": {
        "ja": "*{incident_id}* 第{version}版（{at} 提出）", "en": "*{incident_id}* version {version} (submitted {at})",
    },
    # refusals (ephemeral or inline)
    "recurrence.denied": {
        "ja": "この事案の再発防止策を提出できるのは責任者・代行者だけです。",
        "en": "Only the incident's owner or deputy can submit its recurrence-prevention statement.",
    },
    "recurrence.review_denied": {
        "ja": "再発防止策を確認できるのは、提出者以外の事務局メンバーだけです。",
        "en": "Only a privacy-office member other than its author can review the statement.",
    },
    "recurrence.awaiting": {
        "ja": "第{version}版が事務局の確認待ちです。結果が出るまで新しい版は提出できません。",
        "en": "Version {version} is awaiting the office's review; a new version can be submitted once it is decided.",
    },
    "recurrence.already_approved": {
        "ja": "再発防止策はすでに承認されています。", "en": "The recurrence-prevention statement is already approved.",
    },
    "recurrence.already_decided": {
        "ja": "この版はすでに確認済みです。", "en": "This version has already been decided.",
    },
    # closing
    "phase_modal.refused.recurrence_missing": {
        "ja": "終結するには、事務局が承認した再発防止策が必要です。カードの「再発防止策」から提出してください。",
        "en": "Closing needs a recurrence-prevention statement approved by the office. Submit it from the card "
              "(“Recurrence prevention”).",
    },
    "phase_modal.refused.recurrence_submitted": {
        "ja": "再発防止策が事務局の確認待ちです。承認されるまで終結できません。",
        "en": "The recurrence-prevention statement awaits the office's review; the incident can close once it is approved.",
    },
    "phase_modal.refused.recurrence_returned": {
        "ja": "再発防止策が差し戻されています。修正して再提出し、承認されると終結できます。",
        "en": "The recurrence-prevention statement was returned. Revise and resubmit it; once approved the incident "
              "can close.",
    },
    "phase_modal.close_needs": {
        "ja": "終結には、事務局が承認した再発防止策が必要です（承認された内容が終結の記録になります）。",
        "en": "Closing needs the recurrence-prevention statement approved by the office (the approved statement is "
              "what the close records).",
    },
    # near misses
    "summary.near_misses": {
        "ja": "*ヒヤリハット（事案とは別に集計）*: 期間中 {n} 件、再発防止策の承認待ち {awaiting} 件",
        "en": "*Near misses (counted apart from incidents)*: {n} in the period, {awaiting} awaiting an approved measure",
    },
    "near_miss.card_header": {"ja": "ヒヤリハット {incident_id}", "en": "Near miss {incident_id}"},
    "near_miss.reported": {"ja": "報告日時", "en": "Reported"},
    "near_miss.title": {"ja": "ヒヤリハット", "en": "Near miss"},
    "near_miss.submit": {"ja": "報告する", "en": "Report"},
    "near_miss.intro": {
        "ja": "漏えいには至らなかったが、至りそうだったこと（ヒヤリハット）を報告します。チャンネルは作らず、"
              "事務局に通知し、再発防止策を事務局が確認します。実際に漏えいした可能性があるときは `/leak-report` を使ってください。",
        "en": "Report something that nearly became a leak (a near miss). No channel is created; the privacy office is "
              "told and reviews your measure against a recurrence. If data may actually have leaked, use `/leak-report`.",
    },
    "near_miss.event_type": {"ja": "起きかけたこと", "en": "What nearly happened"},
    "near_miss.description": {"ja": "概要（短く）", "en": "Short description"},
    "near_miss.stopped_by": {"ja": "防げた理由（何が止めたか）", "en": "What stopped it"},
    "near_miss.cause": {"ja": "原因", "en": "Cause"},
    "near_miss.measure": {"ja": "再発防止策", "en": "Measure against a recurrence"},
    "near_miss.receipt": {
        "ja": ":white_check_mark: ヒヤリハット *{incident_id}* を受け付けました。再発防止策は事務局が確認し、結果を DM でお知らせします。",
        "en": ":white_check_mark: Near miss *{incident_id}* received. The privacy office will review the measure and "
              "tell you by DM.",
    },
}
