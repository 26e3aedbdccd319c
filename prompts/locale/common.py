"""Texts shared by every feature: enum labels (event types, data categories, phases…), validation
errors, refusals and failures, durations and weekday names."""

TEXT: dict[str, dict[str, str]] = {
    # enums
    "event.external_inquiry": {
        "ja": "外部から漏えいの指摘・問い合わせ",
        "en": "Outside inquiry saying our data is exposed",
    },
    "event.loss": {
        "ja": "書類・媒体・PCの紛失",
        "en": "Loss of documents, media or PC",
    },
    "event.theft": {
        "ja": "書類・媒体・PCの盗難",
        "en": "Theft of documents, media or PC",
    },
    "event.stranger_access": {
        "ja": "部外者が触れた形跡",
        "en": "Traces of a stranger accessing data",
    },
    "event.unauthorized_access": {
        "ja": "システム・サーバへの不正アクセス",
        "en": "Unauthorized access to a system or server",
    },
    "event.credential_loss": {
        "ja": "鍵・ID/パスワード・入館証の紛失・盗難",
        "en": "Lost or stolen keys, ID/password or ID card",
    },
    "event.authority_inquiry": {
        "ja": "報道・監督官庁・警察からの問い合わせ",
        "en": "Inquiry from press, regulator or police",
    },
    "event.internal_tip": {
        "ja": "内部からの通報",
        "en": "Internal tip-off",
    },
    "event.internet_rumour": {
        "ja": "インターネット上の噂・書き込み",
        "en": "Rumours on the internet",
    },
    "event.data_for_sale": {
        "ja": "名簿業者・ネットでの販売",
        "en": "Our data on sale (list brokers, net)",
    },
    "event.suspicious_contact": {
        "ja": "データを持つと称する者からの接触",
        "en": "Contact from someone claiming to hold our data",
    },
    "event.partner_report": {
        "ja": "委託先・取引先からの事故報告",
        "en": "A contractor or partner reports an incident",
    },
    "event.misdelivery": {
        "ja": "誤送信・誤送付",
        "en": "Misdelivery (e-mail, fax, post)",
    },
    "event.misconfiguration": {
        "ja": "設定ミス・公開状態",
        "en": "Misconfiguration or public exposure",
    },
    "event.malware": {
        "ja": "マルウェア・ランサムウェア",
        "en": "Malware or ransomware",
    },
    "event.other": {
        "ja": "その他",
        "en": "Other",
    },
    "data.sensitive": {
        "ja": "要配慮個人情報（病歴・犯罪歴など）",
        "en": "Sensitive data (medical, criminal record…)",
    },
    "data.payment": {
        "ja": "カード番号・決済の認証情報",
        "en": "Card numbers or payment credentials",
    },
    "data.my_number": {
        "ja": "マイナンバー",
        "en": "My Number",
    },
    "data.name_contact": {
        "ja": "氏名・連絡先",
        "en": "Names and contact details",
    },
    "data.credentials": {
        "ja": "ID・パスワード",
        "en": "IDs and passwords",
    },
    "data.employee": {
        "ja": "従業員情報",
        "en": "Employee data",
    },
    "data.unknown": {
        "ja": "不明",
        "en": "Unknown",
    },
    "tri.yes": {
        "ja": "はい",
        "en": "Yes",
    },
    "tri.no": {
        "ja": "いいえ",
        "en": "No",
    },
    "tri.unknown": {
        "ja": "不明",
        "en": "Unknown",
    },
    "third.none": {
        "ja": "なし",
        "en": "None",
    },
    "third.contractor": {
        "ja": "委託先が関係（当社が委託元）",
        "en": "Our contractor is involved (we are the principal)",
    },
    "third.principal": {
        "ja": "委託元のデータ（当社が委託先）",
        "en": "A principal's data (we are the contractor)",
    },
    "third.unknown": {
        "ja": "不明",
        "en": "Unknown",
    },
    "severity.high": {
        "ja": "高",
        "en": "High",
    },
    "severity.medium": {
        "ja": "中",
        "en": "Medium",
    },
    "severity.low": {
        "ja": "低",
        "en": "Low",
    },
    "severity_reason.sensitive_data": {
        "ja": "要配慮個人情報",
        "en": "sensitive data",
    },
    "severity_reason.financial_data": {
        "ja": "財産的被害のおそれ",
        "en": "risk of financial loss",
    },
    "severity_reason.my_number": {
        "ja": "マイナンバー",
        "en": "My Number",
    },
    "severity_reason.improper_purpose_sign": {
        "ja": "不正の目的の可能性",
        "en": "possible improper purpose",
    },
    "severity_reason.over_1000": {
        "ja": "1,000人超",
        "en": "over 1,000 people",
    },
    "severity_reason.count_unknown": {
        "ja": "人数不明",
        "en": "count unknown",
    },
    "severity_reason.data_unknown": {
        "ja": "データの種類不明",
        "en": "data kinds unknown",
    },
    "severity_reason.encrypted": {
        "ja": "暗号化あり（例外に当たるか要確認）",
        "en": "encrypted (check whether the exception applies)",
    },
    "severity_reason.encryption_unknown": {
        "ja": "暗号化の有無不明",
        "en": "encryption unknown",
    },
    "phase.reported": {
        "ja": "報告受付",
        "en": "Reported",
    },
    "phase.containment": {
        "ja": "初動対応・封じ込め",
        "en": "Containment",
    },
    "phase.investigation": {
        "ja": "調査",
        "en": "Investigation",
    },
    "phase.notification": {
        "ja": "通知・公表",
        "en": "Notification/publication",
    },
    "phase.prevention": {
        "ja": "再発防止",
        "en": "Recurrence prevention",
    },
    "phase.closed": {
        "ja": "終結",
        "en": "Closed",
    },
    "basis.confirmed": {
        "ja": "確定",
        "en": "Confirmed",
    },
    "basis.estimated_max": {
        "ja": "最大見込み",
        "en": "Estimated maximum",
    },
    "basis.unknown": {
        "ja": "不明",
        "en": "Unknown",
    },
    # validation errors
    "error.required": {
        "ja": "入力してください。",
        "en": "Please fill this in.",
    },
    "error.unknown_choice": {
        "ja": "一覧から選んでください。",
        "en": "Please choose from the list.",
    },
    "error.in_future": {
        "ja": "未来の日時は指定できません。",
        "en": "This date and time is in the future.",
    },
    "error.before_occurrence.discovered_at": {
        "ja": "発見日時が発生日時より前になっています。",
        "en": "Discovery is earlier than the occurrence.",
    },
    "error.before_occurrence.occurred_at": {
        "ja": "発生日時が発見日時より後になっています。",
        "en": "The occurrence is later than the discovery.",
    },
    "error.not_integer": {
        "ja": "人数は整数で入力してください（例: 120）。",
        "en": "Enter the number of people as a whole number (e.g. 120).",
    },
    "error.negative": {
        "ja": "人数に負の数は指定できません。",
        "en": "The number of people cannot be negative.",
    },
    "error.too_large": {
        "ja": "人数が大きすぎます。桁を確認してください。",
        "en": "That number is too large. Please check the digits.",
    },
    "error.count_or_unknown": {
        "ja": "人数を入力するか「不明」にチェックしてください。",
        "en": "Enter a number of people or tick “Unknown”.",
    },
    "error.count_and_unknown": {
        "ja": "人数と「不明」の両方は指定できません。どちらか一方にしてください。",
        "en": "Enter a number or tick “Unknown”, not both.",
    },
    "error.too_long": {
        "ja": "長すぎます。要点に絞ってください。",
        "en": "Too long. Please keep to the essentials.",
    },
    "error.unknown_with_others": {
        "ja": "「不明」と他の項目は同時に選べません。",
        "en": "“Unknown” cannot be combined with other choices.",
    },
    # refusals and failures
    "denied": {
        "ja": "この操作はできません。責任者・代行者・事務局のみが行えます。",
        "en": "You cannot do this. Only the owner, the deputy and the privacy office can.",
    },
    "closed_already": {
        "ja": "この事案は終結しています。",
        "en": "This incident is closed.",
    },
    "failed": {
        "ja": "処理に失敗しました。時間をおいてもう一度お試しください。問題が続く場合は事務局に連絡してください。",
        "en": "Something went wrong. Please try again in a moment; if it keeps failing, contact the privacy office.",
    },
    "duration.minutes": {
        "ja": "{n}分",
        "en": "{n} min",
    },
    "duration.hours": {
        "ja": "{n}時間",
        "en": "{n} h",
    },
    "duration.hours_minutes": {
        "ja": "{h}時間{m}分",
        "en": "{h} h {m} min",
    },
    "duration.days": {
        "ja": "{n}日",
        "en": "{n} days",
    },
    "weekday": {
        "ja": "月火水木金土日",
        "en": "MonTueWedThuFriSatSun",
    },
    # tasks
    "error.open_tasks": {
        "ja": "未完了の対策があります。完了・中止するか、フォローアップとして引き継いでください。",
        "en": "Countermeasures are still open. Complete or cancel them, or carry them over as follow-ups.",
    },
    "error.not_in_future": {
        "ja": "未来の日付を選んでください。",
        "en": "Choose a date in the future.",
    },
    # legal tasks and the assessment form
    "error.requires_people_count": {
        "ja": "最大見込みにする場合は人数を入力してください。",
        "en": "Enter the number of people to mark it as an estimated maximum.",
    },
    "error.no_ruleset_in_force": {
        "ja": "知った時点（2022年4月より前）に施行中の報告義務のルールがありません。適用するルールを選んでください。",
        "en": "No reporting rules were in force at that awareness time (before April 2022). Choose the rules to apply.",
    },
    "error.unknown_ruleset": {
        "ja": "そのルールのバージョンはありません。",
        "en": "There is no such rule-set version.",
    },
}
