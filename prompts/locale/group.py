"""Serious incidents at the group level: the group channel's post, its lines in the weekly summary,
and the directory problems of the group settings."""

TEXT: dict[str, dict[str, str]] = {
    "group.header": {
        "ja": "重大事案 {incident_id}",
        "en": "Serious incident {incident_id}",
    },
    "group.fallback": {
        "ja": "重大事案 {incident_id}（{company}{department}・{event}・重大度 {severity}）: {phase}",
        "en": "Serious incident {incident_id} ({company}{department}, {event}, severity {severity}): {phase}",
    },
    "group.company": {
        "ja": "会社",
        "en": "Company",
    },
    "group.legal": {
        "ja": "個人情報保護委員会への報告",
        "en": "Report to the PPC",
    },
    "group.legal_pending": {
        "ja": "判定中",
        "en": "being assessed",
    },
    "group.reported_at": {
        "ja": "報告日時",
        "en": "Reported",
    },
    "group.why": {
        "ja": "重大とした理由: {reasons}",
        "en": "Serious because: {reasons}",
    },
    "group.reason.severity_high": {
        "ja": "重大度「高」",
        "en": "high severity",
    },
    "group.reason.reportable": {
        "ja": "報告対象（の可能性）",
        "en": "(possibly) reportable",
    },
    "group.reason.people_over": {
        "ja": "{n} 人超",
        "en": "more than {n} people",
    },
    "group.reason.event_type": {
        "ja": "指定の事象",
        "en": "listed event type",
    },
    "group.reason.department": {
        "ja": "指定の部署",
        "en": "listed department",
    },
    "group.hint": {
        "ja": "詳細は事務局へ。ここには自由記述を載せません。",
        "en": "Ask the privacy office for details. No free text is shown here.",
    },
    "group.summary_title": {
        "ja": "グループへ報告した重大事案",
        "en": "Serious incidents reported to the group",
    },
    "group.summary_line": {
        "ja": "{incident_id}（{department}・{event}）{phase} — {legal}",
        "en": "{incident_id} ({department}, {event}) {phase} — {legal}",
    },
    "cli.check.group_channel": {
        "ja": "グループ事務局チャンネル",
        "en": "group channel",
    },
    "cli.directory.not_a_boolean": {
        "ja": "true か false で書いてください（「{value}」）。",
        "en": "must be true or false (“{value}”).",
    },
    "cli.directory.not_a_count": {
        "ja": "0 以上の整数で書いてください（「{value}」）。",
        "en": "must be a whole number of 0 or more (“{value}”).",
    },
    "cli.directory.unknown_event_type": {
        "ja": "事象の種類「{value}」はありません。",
        "en": "there is no event type “{value}”.",
    },
    "cli.directory.unknown_department": {
        "ja": "部署「{value}」はディレクトリにありません。",
        "en": "there is no department “{value}” in the directory.",
    },
}
