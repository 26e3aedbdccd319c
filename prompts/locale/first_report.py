"""The first report (第一報): its modal, the receipt view and the reporter's receipt DM."""

TEXT: dict[str, dict[str, str]] = {
    # first report modal
    "report.title": {
        "ja": "漏えい等の第一報",
        "en": "Report a data leak",
    },
    "report.submit": {
        "ja": "報告する",
        "en": "Report",
    },
    "report.close": {
        "ja": "キャンセル",
        "en": "Cancel",
    },
    "report.intro": {
        "ja": "*気づいたことをすぐに報告してください。* 判断は後からで構いません。報告したことで責められることはありません。わからない項目は「不明」のままで大丈夫です。",
        "en": "*Report what you noticed now* — judging comes later, and nobody is blamed for reporting. Leave anything you don't know as “Unknown”.",
    },
    "report.no_data_warning": {
        "ja": ":warning: 漏えいしたデータそのもの（氏名の一覧、カード番号、マイナンバー等）は貼り付けないでください。種類と件数だけを書いてください。",
        "en": ":warning: Do not paste the leaked data itself (lists of names, card numbers, My Numbers…). Describe only its kind and amount.",
    },
    "report.department": {
        "ja": "部署",
        "en": "Department",
    },
    "report.event_type": {
        "ja": "何が起きましたか",
        "en": "What happened",
    },
    "report.occurred_at": {
        "ja": "発生日時（わかれば）",
        "en": "When it happened (if known)",
    },
    "report.discovered_at": {
        "ja": "発見日時",
        "en": "When it was discovered",
    },
    "report.location": {
        "ja": "場所（わかれば）",
        "en": "Where (if known)",
    },
    "report.location_placeholder": {
        "ja": "例: 渋谷駅、社内ファイルサーバ",
        "en": "e.g. Shibuya station, internal file server",
    },
    "report.data_categories": {
        "ja": "含まれる個人情報の種類",
        "en": "Kinds of personal data involved",
    },
    "report.people_count": {
        "ja": "おおよその人数",
        "en": "Roughly how many people",
    },
    "report.people_count_hint": {
        "ja": "人数（人）を整数で。わからなければ下の「不明」にチェック。",
        "en": "Number of people, as a whole number. If unknown, tick “Unknown” below.",
    },
    "report.people_count_unknown": {
        "ja": "人数",
        "en": "Number of people",
    },
    "report.people_count_unknown_option": {
        "ja": "不明",
        "en": "Unknown",
    },
    "report.encrypted": {
        "ja": "データ・端末は暗号化されていましたか",
        "en": "Was the data or device encrypted?",
    },
    "report.third_party": {
        "ja": "委託先・委託元は関係していますか",
        "en": "Is a contractor or principal involved?",
    },
    "report.actions_taken": {
        "ja": "すでに行ったこと（わかれば）",
        "en": "What has already been done (if anything)",
    },
    "report.actions_taken_placeholder": {
        "ja": "例: 警察に遺失届を出した、送信先に削除を依頼した",
        "en": "e.g. reported the loss to the police, asked the recipient to delete it",
    },
    "report.description": {
        "ja": "状況の説明",
        "en": "Description",
    },
    "report.description_hint": {
        "ja": "いつ・どこで・何が起きたかを簡潔に。データそのものは書かないでください。",
        "en": "Briefly: when, where, what happened. Do not include the data itself.",
    },
    "report.hide_reporter": {
        "ja": "匿名性",
        "en": "Anonymity",
    },
    "report.hide_reporter_option": {
        "ja": "インシデントチャンネルで私の名前を表示しない（事務局には表示されます）",
        "en": "Hide my name in the incident channel (the privacy office still sees it)",
    },
    "receipt.title": {
        "ja": "受け付けました",
        "en": "Report received",
    },
    "receipt.body": {
        "ja": "報告を *{incident_id}* として受け付けました。{department} の責任者と代行者にただちに連絡しています。",
        "en": "Your report was received as *{incident_id}*. The owner and deputy of {department} are being told right now.",
    },
    "receipt.close": {
        "ja": "OK",
        "en": "OK",
    },
    "receipt.thanks": {
        "ja": "早く報告してくださってありがとうございます。続報（第二報）はインシデントチャンネルから提出できます。",
        "en": "Thank you for reporting quickly. A detailed second report can be filed from the incident channel.",
    },
    "receipt.dm": {
        "ja": ":white_check_mark: 漏えい等の報告を *{incident_id}* として受け付けました（{department}）。状況は `/leak-status {incident_id}` で確認できます。ありがとうございました。",
        "en": ":white_check_mark: Your leak report was received as *{incident_id}* ({department}). Check it any time with `/leak-status {incident_id}`. Thank you.",
    },
}
