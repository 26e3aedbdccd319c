"""The incident card, the channel topic, the office's new-incident notice, acknowledgement and its
escalation DMs."""

TEXT: dict[str, dict[str, str]] = {
    # incident card
    "card.header": {
        "ja": "漏えい等事案 {incident_id}",
        "en": "Data leak incident {incident_id}",
    },
    "card.fallback": {
        "ja": "{incident_id}: 漏えい等の報告（{department}・{event}）。責任者 {owner} / 代行者 {deputy}: 確認をお願いします。",
        "en": "{incident_id}: leak reported ({department}, {event}). Owner {owner} / deputy {deputy}: please acknowledge.",
    },
    "card.department": {
        "ja": "部署",
        "en": "Department",
    },
    "card.event": {
        "ja": "事象",
        "en": "Event",
    },
    "card.severity": {
        "ja": "重大度の目安",
        "en": "Severity hint",
    },
    "card.phase": {
        "ja": "フェーズ",
        "en": "Phase",
    },
    "card.discovered_at": {
        "ja": "発見日時",
        "en": "Discovered",
    },
    "card.occurred_at": {
        "ja": "発生日時",
        "en": "Occurred",
    },
    "card.location": {
        "ja": "場所",
        "en": "Where",
    },
    "card.data": {
        "ja": "個人情報の種類",
        "en": "Kinds of personal data",
    },
    "card.people": {
        "ja": "人数",
        "en": "People",
    },
    "card.people_value": {
        "ja": "{count}人",
        "en": "{count} people",
    },
    "card.encrypted": {
        "ja": "暗号化",
        "en": "Encrypted",
    },
    "card.third_party": {
        "ja": "委託関係",
        "en": "Contractor/principal",
    },
    "card.reporter": {
        "ja": "報告者",
        "en": "Reporter",
    },
    "card.reporter_hidden": {
        "ja": "非表示（事務局のみ閲覧可）",
        "en": "Hidden (visible to the privacy office)",
    },
    "card.reporter_hidden_short": {
        "ja": "報告者（匿名）",
        "en": "the reporter (anonymous)",
    },
    "card.description": {
        "ja": "状況",
        "en": "What happened",
    },
    "card.actions_taken": {
        "ja": "実施済みの対応",
        "en": "Already done",
    },
    "card.unknown": {
        "ja": "不明",
        "en": "Unknown",
    },
    "card.none": {
        "ja": "—",
        "en": "—",
    },
    "card.people_line": {
        "ja": "責任者（正）: {owner}　代行者（副）: {deputy}",
        "en": "Owner: {owner}   Deputy: {deputy}",
    },
    "card.unresolved": {
        "ja": "（未解決）",
        "en": "(unresolved)",
    },
    "card.not_acked": {
        "ja": ":rotating_light: *未確認* — {deadline} までに確認がなければ役員へエスカレーションします。責任者か代行者が「確認しました」を押してください。",
        "en": ":rotating_light: *Not acknowledged* — executives will be alerted if nobody acknowledges by {deadline}. Owner or deputy: press “Acknowledge”.",
    },
    "card.acked": {
        "ja": ":white_check_mark: {user} が {at} に確認しました。",
        "en": ":white_check_mark: Acknowledged by {user} at {at}.",
    },
    "card.second_none": {
        "ja": "第二報: 未提出",
        "en": "Second report: not yet filed",
    },
    "card.second_latest": {
        "ja": "第二報: 第{revision}版（{at}、{user}）",
        "en": "Second report: revision {revision} ({at}, {user})",
    },
    "card.closed": {
        "ja": ":lock: {at} に終結しました。",
        "en": ":lock: Closed at {at}.",
    },
    "card.data_warning": {
        "ja": "漏えいしたデータそのものをこのチャンネルに貼らないでください。",
        "en": "Do not paste the leaked data itself into this channel.",
    },
    "card.button_ack": {
        "ja": "確認しました",
        "en": "Acknowledge",
    },
    "card.button_second": {
        "ja": "第二報を提出",
        "en": "Second report",
    },
    "card.button_phase": {
        "ja": "フェーズ変更",
        "en": "Change phase",
    },
    "card.button_legal": {
        "ja": "法的義務の判定",
        "en": "Legal obligations",
    },
    "card.severity_value": {
        "ja": "{level}（{reasons}）",
        "en": "{level} ({reasons})",
    },
    # office and channel notices
    "office.new": {
        "ja": ":rotating_light: 新しい漏えい等の報告 *{incident_id}*　部署: {department}　事象: {event}　重大度の目安: {severity}　チャンネル: {channel}",
        "en": ":rotating_light: New leak report *{incident_id}*   Department: {department}   Event: {event}   Severity hint: {severity}   Channel: {channel}",
    },
    "office.new_hint": {
        "ja": "詳細は `/leak-status {incident_id}` で確認できます。",
        "en": "See the details with `/leak-status {incident_id}`.",
    },
    "channel.acked": {
        "ja": ":white_check_mark: {user} が {incident_id} を確認しました。",
        "en": ":white_check_mark: {user} acknowledged {incident_id}.",
    },
    "channel.escalated": {
        "ja": ":warning: 未確認のため役員へエスカレーションしました（第{step}段階）。",
        "en": ":warning: Not acknowledged: executives have been alerted (step {step}).",
    },
    # escalation DM
    "escalation.dm": {
        "ja": ":rotating_light: *{incident_id}* は報告から{elapsed}経っても確認されていません（エスカレーション第{step}段階）。部署: {department}　事象: {event}　重大度の目安: {severity}　責任者: {owner}　代行者: {deputy}",
        "en": ":rotating_light: *{incident_id}* has not been acknowledged {elapsed} after it was reported (escalation step {step}). Department: {department}   Event: {event}   Severity hint: {severity}   Owner: {owner}   Deputy: {deputy}",
    },
    "escalation.dm_hint": {
        "ja": "責任者・代行者は下のボタンで確認してください。詳細は `/leak-status {incident_id}`。",
        "en": "Owner or deputy: acknowledge with the button below. Details: `/leak-status {incident_id}`.",
    },
    # refusals and failures
    "denied_ack": {
        "ja": "確認できるのはこの事案の責任者と代行者だけです。",
        "en": "Only this incident's owner and deputy can acknowledge it.",
    },
    "already_acked": {
        "ja": "この事案はすでに {user} が {at} に確認済みです。",
        "en": "{user} already acknowledged this incident at {at}.",
    },
}
