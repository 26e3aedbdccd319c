"""``/leak-status`` without an ID: the list of incidents visible to the person."""

TEXT: dict[str, dict[str, str]] = {
    # status
    "status.not_found": {
        "ja": "{query} に該当する事案で、あなたが閲覧できるものはありません。",
        "en": "No incident matching {query} is visible to you.",
    },
    "status.bad_id": {
        "ja": "事案IDの形式が正しくありません（例: LEAK-2026-0007）。",
        "en": "That is not an incident ID (example: LEAK-2026-0007).",
    },
    "status.list_header": {
        "ja": "あなたが閲覧できる事案",
        "en": "Incidents visible to you",
    },
    "status.list_empty": {
        "ja": "あなたが閲覧できる事案はありません。",
        "en": "No incidents are visible to you.",
    },
    "status.list_line": {
        "ja": "*{incident_id}*　{phase}　{department}　重大度の目安: {severity}　報告: {reported}",
        "en": "*{incident_id}*   {phase}   {department}   Severity hint: {severity}   Reported: {reported}",
    },
    "status.list_more": {
        "ja": "新しい順に{count}件を表示しています。ほかの事案は `/leak-status ID` で表示できます。",
        "en": "Showing the newest {count}. Show any other with `/leak-status ID`.",
    },
}
