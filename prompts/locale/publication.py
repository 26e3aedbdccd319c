"""Texts of the publication decision (公表判断)."""

TEXT = {
    "publication.button": {"ja": "公表判断", "en": "Publication"},
    "publication.title": {"ja": "公表判断", "en": "Publication decision"},
    "publication.submit": {"ja": "記録する", "en": "Record"},
    "publication.intro": {
        "ja": "*{incident_id}* — 公表するかどうかを、5 つの観点の評価とともに記録します。各観点は短い評価で"
              "（個人が分かる情報は書かないでください）。",
        "en": "*{incident_id}* — record whether to publish, with a short assessment of each of the five criteria "
              "(write nothing that identifies a person).",
    },
    "publication.control": {"ja": "① 情報の管理主体（誰が管理するデータか）", "en": "1. Who controls the data"},
    "publication.route": {"ja": "② 漏えいの経路", "en": "2. How it leaked"},
    "publication.data": {"ja": "③ 漏えいした情報の内容", "en": "3. What leaked"},
    "publication.scale": {"ja": "④ 規模", "en": "4. How much"},
    "publication.harm": {"ja": "⑤ 被害の程度", "en": "5. How much harm"},
    "publication.decision": {"ja": "判断", "en": "Decision"},
    "publication.decision.publish_now": {"ja": "公表する（公表済み）", "en": "Publish now (published)"},
    "publication.decision.publish_later": {"ja": "後日公表する", "en": "Publish later"},
    "publication.decision.not_publish": {"ja": "公表しない", "en": "Not publish"},
    "publication.reason": {"ja": "理由", "en": "Why"},
    "publication.reason_hint": {
        "ja": "「後日公表」「公表しない」では必須です。", "en": "Required for “publish later” and “not publish”.",
    },
    "publication.approver_kind": {"ja": "承認", "en": "Approved by"},
    "publication.approver_kind.executive": {"ja": "役員", "en": "An executive"},
    "publication.approver_kind.office": {"ja": "事務局", "en": "The privacy office"},
    "publication.approver": {"ja": "承認した人", "en": "Who approved it"},
    "publication.published_at": {"ja": "公表した日時", "en": "Published at"},
    "publication.methods": {"ja": "公表の方法", "en": "How it was published"},
    "publication.method.web_notice": {"ja": "Web でのお知らせ", "en": "Web notice"},
    "publication.method.press_release": {"ja": "報道発表", "en": "Press release"},
    "publication.method.apology_notice": {"ja": "お詫び文の掲載・送付", "en": "Apology notice"},
    "publication.method.press_conference": {"ja": "記者会見", "en": "Press conference"},
    "publication.when_published_hint": {
        "ja": "「公表する（公表済み）」のときに入力します。", "en": "Fill in for “publish now (published)”.",
    },
    "publication.principal_agreed": {
        "ja": "委託元は公表の時期に同意しましたか（当社が委託先の場合）",
        "en": "Did the principal agree to the timing? (we are the contractor)",
    },
    "publication.principal_agreed.yes": {"ja": "同意した", "en": "Yes"},
    "publication.principal_agreed.no": {"ja": "同意していない", "en": "No"},
    "publication.principal_agreed.not_asked": {"ja": "まだ確認していない", "en": "Not asked yet"},
    "publication.card_label": {"ja": "*公表*", "en": "*Publication*"},
    "publication.status.none": {"ja": "未判断", "en": "not decided"},
    "publication.status.publish_now": {
        "ja": "公表済み {at}（{methods}）承認: {approver_kind} {approver}",
        "en": "published {at} ({methods}), approved by {approver_kind} {approver}",
    },
    "publication.status.publish_later": {
        "ja": "後日公表（理由: {reason}）承認: {approver_kind} {approver}",
        "en": "to be published later (why: {reason}), approved by {approver_kind} {approver}",
    },
    "publication.status.not_publish": {
        "ja": "公表しない（理由: {reason}）承認: {approver_kind} {approver}",
        "en": "not published (why: {reason}), approved by {approver_kind} {approver}",
    },
    "publication.posted": {
        "ja": "{user} が {incident_id} の公表判断（第 {revision} 版）を記録しました: {status}",
        "en": "{user} recorded the publication decision for {incident_id} (version {revision}): {status}",
    },
    "publication.criteria_label": {"ja": "判断の観点", "en": "Criteria"},
    "publication.principal_line": {
        "ja": "委託元の同意: {agreed}", "en": "Principal agreed to the timing: {agreed}",
    },
    "publication.drafts_button": {"ja": "公表文の下書き", "en": "Public-notice draft"},
    "publication.drafts_hint": {
        "ja": "公表文の下書き（お詫びとお知らせ）は「公表文の下書き」から出力できます。",
        "en": "“Public-notice draft” posts the draft notice (apology and notice) to this channel.",
    },
}
