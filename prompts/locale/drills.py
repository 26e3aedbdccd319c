"""Drills (訓練): the marker on every drill message, file and draft, the drill modal, ending a
drill, and the drill figures in the weekly summary and the management report."""

TEXT: dict[str, dict[str, str]] = {
    "drill.mark": {
        "ja": "【訓練】",
        "en": "[DRILL]",
    },
    "drill.banner": {
        "ja": "【訓練】これは訓練です。実際の事案ではありません。",
        "en": "[DRILL] This is a drill, not a real incident.",
    },
    "drill.file_banner": {
        "ja": "【訓練】これは訓練用の下書きです。実際の事案ではなく、個人情報保護委員会・本人・委託元のいずれにも送付しないでください。期限はすべて訓練上のものです。",
        "en": "[DRILL] This is a drill draft. It is not a real incident: never send it to the regulator, individuals or a principal. Every deadline in it is a drill deadline.",
    },
    "drill.modal_title": {
        "ja": "【訓練】第一報",
        "en": "[DRILL] First report",
    },
    "drill.modal_intro": {
        "ja": "訓練を始めます。第一報と同じ流れ（チャンネル、責任者・代行者への通知、エスカレーション、対策、法的判定と下書き）がすべて【訓練】の表示付きで動きます。ID は DRILL-年-番号です。",
        "en": "This starts a drill. The whole first-report flow runs (channel, owner and deputy alerts, escalation, tasks, legal assessment and drafts), every part marked [DRILL]. Its ID is DRILL-year-number.",
    },
    "drill.office_only": {
        "ja": "訓練を開始できるのは事務局のメンバーだけです。",
        "en": "Only members of the privacy office can start a drill.",
    },
    "drill.button_end": {
        "ja": "訓練を終了",
        "en": "End the drill",
    },
    "drill.ended": {
        "ja": "{incident_id} の訓練を {user} が終了しました。確認までの時間: {ack}。期限内に完了した対策: {on_time} / {due}。このチャンネルはアーカイブされます。",
        "en": "{user} ended the drill {incident_id}. Time to acknowledge: {ack}. Tasks done on time: {on_time} of {due}. This channel will be archived.",
    },
    "drill.ended_office": {
        "ja": "訓練 {incident_id}（{department}）が終了しました。確認までの時間: {ack}。期限内に完了した対策: {on_time} / {due}。",
        "en": "Drill {incident_id} ({department}) ended. Time to acknowledge: {ack}. Tasks done on time: {on_time} of {due}.",
    },
    "drill.not_acked": {
        "ja": "未確認",
        "en": "not acknowledged",
    },
    "drill.already_ended": {
        "ja": "この訓練はすでに終了しています。",
        "en": "This drill has already ended.",
    },
    "drill.not_a_drill": {
        "ja": "これは訓練ではありません。実際の事案はフェーズの変更で終結してください。",
        "en": "This is not a drill. Close a real incident by changing its phase.",
    },
    "drill.end_denied": {
        "ja": "訓練を終了できるのは、責任者・代行者・事務局だけです。",
        "en": "Only the owner, the deputy or the privacy office can end a drill.",
    },
    "drill.summary_title": {
        "ja": "訓練（件数には含めていません）",
        "en": "Drills (not counted above)",
    },
    "drill.summary_line": {
        "ja": "{incident_id}（{department}）{state} — 確認まで {ack}・期限内に完了した対策 {on_time} / {due}",
        "en": "{incident_id} ({department}) {state} — acknowledged in {ack}, tasks done on time {on_time} of {due}",
    },
    "drill.state_running": {
        "ja": "実施中",
        "en": "running",
    },
    "drill.state_ended": {
        "ja": "終了",
        "en": "ended",
    },
    "drill.report_title": {
        "ja": "## 訓練（事案の件数には含めていません）",
        "en": "## Drills (not counted as incidents)",
    },
    "drill.report_none": {
        "ja": "期間中の訓練はありません。",
        "en": "No drills in the period.",
    },
    "drill.report_totals": {
        "ja": "訓練 {count} 件（終了 {ended} 件）。確認までの時間の中央値: {ack}。期限内に完了した対策: {on_time} / {due}。",
        "en": "{count} drills ({ended} ended). Median time to acknowledge: {ack}. Tasks done on time: {on_time} of {due}.",
    },
    "drill.report_line": {
        "ja": "- {incident_id}（{department}）{state}: 確認まで {ack}、期限内に完了した対策 {on_time} / {due}",
        "en": "- {incident_id} ({department}) {state}: acknowledged in {ack}, tasks done on time {on_time} of {due}",
    },
}
