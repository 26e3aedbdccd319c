"""The App Home tab."""

TEXT: dict[str, dict[str, str]] = {
    # home
    "home.my_tasks": {
        "ja": "自分の未完了の対策",
        "en": "My open countermeasures",
    },
    "home.no_tasks": {
        "ja": "未完了の対策はありません。",
        "en": "You have no open countermeasures.",
    },
    "home.my_incidents": {
        "ja": "自分が責任者・代行者の事案",
        "en": "Incidents I own or deputize",
    },
    "home.no_incidents": {
        "ja": "担当している未終結の事案はありません。",
        "en": "No open incidents where you are owner or deputy.",
    },
    "home.all_open": {
        "ja": "すべての未終結の事案（事務局）",
        "en": "All open incidents (privacy office)",
    },
    "home.incident_line": {
        "ja": "*{incident_id}*　{phase}　{department}　経過 {age}　期限超過の対策 {overdue}件",
        "en": "*{incident_id}*   {phase}   {department}   age {age}   overdue countermeasures: {overdue}",
    },
    "home.more": {
        "ja": "ほか {count} 件",
        "en": "{count} more",
    },
}
