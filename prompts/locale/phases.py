"""Phase changes: the phase modal, the channel notices of a change and of the close, the office's
close notice."""

TEXT: dict[str, dict[str, str]] = {
    # office and channel notices
    "office.closed": {
        "ja": ":lock: *{incident_id}* が終結しました（{department}）。再発防止策が記録されています。",
        "en": ":lock: *{incident_id}* was closed ({department}). Recurrence-prevention measures are recorded.",
    },
    "channel.phase": {
        "ja": ":arrows_counterclockwise: {user} がフェーズを「{from_phase}」から「{to_phase}」に変更しました。",
        "en": ":arrows_counterclockwise: {user} changed the phase from “{from_phase}” to “{to_phase}”.",
    },
    "channel.closed": {
        "ja": ":lock: {user} が {incident_id} を終結しました。",
        "en": ":lock: {user} closed {incident_id}.",
    },
    "channel.measures_done": {
        "ja": "実施した再発防止策",
        "en": "Recurrence-prevention measures taken",
    },
    "channel.measures_planned": {
        "ja": "今後の再発防止策",
        "en": "Recurrence-prevention measures planned",
    },
    # phase modal
    "phase_modal.title": {
        "ja": "フェーズ変更",
        "en": "Change phase",
    },
    "phase_modal.submit": {
        "ja": "変更する",
        "en": "Change",
    },
    "phase_modal.current": {
        "ja": "*{incident_id}* 現在のフェーズ: {phase}",
        "en": "*{incident_id}* current phase: {phase}",
    },
    "phase_modal.phase": {
        "ja": "新しいフェーズ",
        "en": "New phase",
    },
    "phase_modal.refused.closed": {
        "ja": "この事案はすでに終結しています。",
        "en": "This incident is already closed.",
    },
    "phase_modal.refused.same_phase": {
        "ja": "現在と同じフェーズです。",
        "en": "That is the current phase.",
    },
    # tasks
    "phase_modal.open_tasks": {
        "ja": "*未完了の対策 {count} 件*（終結するには完了・中止するか、フォローアップとして引き継いでください）\n{lines}",
        "en": "*{count} open countermeasures* (to close, complete or cancel them, or carry them over as follow-ups)\n{lines}",
    },
    "phase_modal.carry_over": {
        "ja": "引き継ぎ",
        "en": "Carry over",
    },
    "phase_modal.carry_over_option": {
        "ja": "未完了の対策を終結後のフォローアップとして引き継ぐ（通知は続きます）",
        "en": "Carry open countermeasures over as follow-ups (reminders continue)",
    },
}
