"""The second report (第二報, 5W1H): its modal and the channel post of each revision."""

TEXT: dict[str, dict[str, str]] = {
    # office and channel notices
    "channel.second_report": {
        "ja": ":memo: {user} が第二報（第{revision}版）を提出しました。",
        "en": ":memo: {user} filed a second report (revision {revision}).",
    },
    # second report content
    "second.title": {
        "ja": "第二報",
        "en": "Second report",
    },
    "second.submit": {
        "ja": "提出する",
        "en": "File",
    },
    "second.intro": {
        "ja": "*{incident_id}* の詳細（5W1H）。わかっている範囲で書き、後から何度でも更新できます。",
        "en": "Details (5W1H) of *{incident_id}*. Write what is known now; you can update it any time.",
    },
    "second.what_happened": {
        "ja": "何が起きたか",
        "en": "What happened",
    },
    "second.who": {
        "ja": "誰が（関係者・原因となった人や組織）",
        "en": "Who (people or organizations involved)",
    },
    "second.cause": {
        "ja": "なぜ（原因）",
        "en": "Why (cause)",
    },
    "second.occurred_at": {
        "ja": "いつ（発生日時）",
        "en": "When it happened",
    },
    "second.location": {
        "ja": "どこで",
        "en": "Where",
    },
    "second.data_categories": {
        "ja": "個人情報の種類",
        "en": "Kinds of personal data",
    },
    "second.data_items": {
        "ja": "データ項目（項目名のみ）",
        "en": "Data items (names of fields only)",
    },
    "second.data_items_placeholder": {
        "ja": "例: 氏名, 住所, 電話番号（値は書かないでください）",
        "en": "e.g. name, address, phone (never the values)",
    },
    "second.count_basis": {
        "ja": "人数の確度",
        "en": "How sure is the count",
    },
    "second.people_count": {
        "ja": "人数",
        "en": "Number of people",
    },
    "second.how_discovered": {
        "ja": "発見の経緯",
        "en": "How it was discovered",
    },
    "second.secondary_harm": {
        "ja": "二次被害またはそのおそれ",
        "en": "Secondary harm or its possibility",
    },
    "second.secondary_harm_detail": {
        "ja": "二次被害の内容",
        "en": "Secondary harm: details",
    },
    "second.third_party": {
        "ja": "委託関係",
        "en": "Contractor/principal",
    },
    "second.third_party_detail": {
        "ja": "委託関係の詳細",
        "en": "Contractor/principal: details",
    },
    "second.posted_title": {
        "ja": "第二報（第{revision}版）{incident_id}",
        "en": "Second report (rev. {revision}) {incident_id}",
    },
}
