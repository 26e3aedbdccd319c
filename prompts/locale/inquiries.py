"""The inquiry desk (問い合わせ窓口): the inquiry modal, the FAQ modals and export, the card, summary,
Home and report lines about inquiries, and the directory's desk list."""

TEXT: dict[str, dict[str, str]] = {
    # --- the inquiry modal ------------------------------------------------------------------------
    "inquiry.modal_title": {"ja": "問い合わせを記録", "en": "Log inquiries"},
    "inquiry.submit": {"ja": "記録", "en": "Log"},
    "inquiry.intro": {
        "ja": "*{incident_id}*　状況: {phase}{closed}",
        "en": "*{incident_id}*　Status: {phase}{closed}",
    },
    "inquiry.closed_mark": {"ja": "（終結済み）", "en": " (closed)"},
    "inquiry.no_personal_data": {
        "ja": ":warning: 問い合わせた人の氏名・電話番号・メールアドレス・住所・カード番号は記録しません。件数と質問の種類だけを記録します。",
        "en": ":warning: Do not record who asked: no names, phone numbers, e-mail or postal addresses, card numbers. "
        "Only counts and the kind of question are kept.",
    },
    "inquiry.channel": {"ja": "経路", "en": "Channel"},
    "inquiry.channel.phone": {"ja": "電話", "en": "Phone"},
    "inquiry.channel.email": {"ja": "メール", "en": "E-mail"},
    "inquiry.channel.web_form": {"ja": "Web フォーム", "en": "Web form"},
    "inquiry.channel.visit": {"ja": "来訪", "en": "Visit"},
    "inquiry.category": {"ja": "問い合わせの種類", "en": "What they asked about"},
    "inquiry.category.data_included": {"ja": "自分のデータが含まれているか", "en": "Was my data included?"},
    "inquiry.category.what_happened": {"ja": "何が起きたのか", "en": "What happened?"},
    "inquiry.category.what_to_do": {"ja": "どうすればよいか", "en": "What should I do?"},
    "inquiry.category.card_stop": {"ja": "カード・口座の停止", "en": "Card or account stop"},
    "inquiry.category.compensation": {"ja": "補償", "en": "Compensation"},
    "inquiry.category.complaint": {"ja": "苦情", "en": "Complaint"},
    "inquiry.category.press": {"ja": "報道機関", "en": "Press"},
    "inquiry.category.other": {"ja": "その他", "en": "Other"},
    "inquiry.count": {"ja": "件数", "en": "How many"},
    "inquiry.count_hint": {
        "ja": "まとめて記録できます（例: 今朝のカード停止の電話 37 件）。1〜{max} の整数。",
        "en": "Log a batch at once (e.g. 37 calls about card stops this morning). A whole number from 1 to {max}.",
    },
    "inquiry.received_at": {"ja": "受付日時", "en": "When"},
    "inquiry.received_at_hint": {
        "ja": "既定は今です。まとめて記録するときは最後の受付の日時にしてください（未来は不可）。",
        "en": "Defaults to now. For a batch, use the time of the last one (not in the future).",
    },
    "inquiry.summary": {"ja": "質問の要旨（任意）", "en": "The question, in short (optional)"},
    "inquiry.summary_hint": {
        "ja": "FAQ づくりに使います。個人を特定できる情報は書かないでください（含まれていると記録できません）。",
        "en": "Used to build the FAQ. Nothing that identifies a person (it is refused if it looks like personal data).",
    },
    "inquiry.faq_header": {"ja": "FAQ（回答の目安）", "en": "FAQ (the answers to give)"},
    "inquiry.faq_empty": {
        "ja": "FAQ はまだありません。事案の責任者・代行者・事務局が作成します。",
        "en": "No FAQ yet. The incident's owner, deputy or the privacy office write it.",
    },
    "inquiry.faq_more": {
        "ja": "…ほか {count} 問（全文は書き出した FAQ ファイルにあります）",
        "en": "… and {count} more (the exported FAQ file has them all)",
    },
    "inquiry.receipt_title": {"ja": "記録しました", "en": "Logged"},
    "inquiry.receipt": {
        "ja": "*{incident_id}* に {count} 件（{category}・{channel}、{at}）を記録しました。",
        "en": "Logged {count} for *{incident_id}* ({category}, {channel}, {at}).",
    },
    "inquiry.not_found": {
        "ja": "{query} は見つからないか、問い合わせを記録する権限がありません。",
        "en": "{query} was not found, or you may not log inquiries for it.",
    },
    "inquiry.usage": {
        "ja": "使い方: `/leak-inquiry LEAK-2026-0001`（事案 ID を指定してください）",
        "en": "Usage: `/leak-inquiry LEAK-2026-0001` (give the incident ID)",
    },
    # --- inline errors ----------------------------------------------------------------------------
    "inquiry.error.required": {"ja": "入力してください。", "en": "Please fill this in."},
    "inquiry.error.unknown_choice": {"ja": "一覧から選んでください。", "en": "Choose one from the list."},
    "inquiry.error.not_integer": {"ja": "整数で入力してください（例: 37）。", "en": "Enter a whole number (e.g. 37)."},
    "inquiry.error.not_positive": {"ja": "1 以上にしてください。", "en": "Must be at least 1."},
    "inquiry.error.too_large": {
        "ja": "1 回に記録できるのは {max} 件までです。分けて記録してください。",
        "en": "At most {max} per batch; log it in several batches.",
    },
    "inquiry.error.in_future": {"ja": "未来の日時は指定できません。", "en": "This cannot be in the future."},
    "inquiry.error.too_long": {"ja": "{max} 文字以内にしてください。", "en": "Keep it to {max} characters."},
    "inquiry.error.personal_data": {
        "ja": "個人情報らしきもの（{signs}）が含まれているため記録できません。取り除いてから送信してください。",
        "en": "This looks like personal data ({signs}), so it cannot be kept. Remove it and submit again.",
    },
    "inquiry.sign.card_number": {"ja": "カード番号", "en": "a card number"},
    "inquiry.sign.my_number": {"ja": "マイナンバー", "en": "a My Number"},
    "inquiry.sign.email_list": {"ja": "メールアドレスの一覧", "en": "a list of e-mail addresses"},
    "inquiry.sign.email": {"ja": "メールアドレス", "en": "an e-mail address"},
    "inquiry.sign.phone": {"ja": "電話番号", "en": "a phone number"},
    "inquiry.sign_separator": {"ja": "・", "en": ", "},
    # --- the card, the Home tab -------------------------------------------------------------------
    "inquiry.button_log": {"ja": "問い合わせを記録", "en": "Log inquiries"},
    "inquiry.card_title": {"ja": "問い合わせ", "en": "Inquiries"},
    "inquiry.card_total": {
        "ja": "累計 {total} 件（今日 {today} 件）",
        "en": "{total} in all ({today} today)",
    },
    "inquiry.card_days": {"ja": "日別（直近 7 日）: {days}", "en": "Per day (last 7 days): {days}"},
    "inquiry.card_categories": {"ja": "種類別: {items}", "en": "By category: {items}"},
    "inquiry.item": {"ja": "{name} {n}", "en": "{name} {n}"},
    "inquiry.day": {"ja": "{day} {n}", "en": "{day} {n}"},
    "inquiry.list_separator": {"ja": "、", "en": ", "},
    "inquiry.home_mark": {"ja": "　問い合わせ {n} 件（今日 {today} 件）", "en": "　{n} inquiries ({today} today)"},
    "inquiry.home_desk": {"ja": "問い合わせ窓口", "en": "Inquiry desk"},
    "inquiry.home_desk_intro": {
        "ja": "未終結の事案（ID と状況のみ）。ボタンか `/leak-inquiry 事案ID` で問い合わせを記録し、FAQ を確認できます。",
        "en": "Open incidents (ID and status only). Log inquiries and read the FAQ with the button or "
        "`/leak-inquiry <incident ID>`.",
    },
    "inquiry.home_desk_line": {"ja": "*{incident_id}*　{phase}", "en": "*{incident_id}*　{phase}"},
    "inquiry.home_desk_none": {"ja": "未終結の事案はありません。", "en": "No open incidents."},
    # --- the weekly summary and the report --------------------------------------------------------
    "inquiry.summary_title": {"ja": "*問い合わせ（{n} 件）*", "en": "*Inquiries ({n})*"},
    "inquiry.summary_by_category": {"ja": "種類別: {items}", "en": "By category: {items}"},
    "inquiry.summary_by_channel": {"ja": "経路別: {items}", "en": "By channel: {items}"},
    "inquiry.summary_by_day": {"ja": "日別: {days}", "en": "Per day: {days}"},
    "inquiry.summary_by_incident": {"ja": "事案別: {items}", "en": "By incident: {items}"},
    "inquiry.report_title": {
        "ja": "問い合わせ: {total} 件（{start}〜{end}）",
        "en": "Inquiries: {total} ({start} to {end})",
    },
    "inquiry.report_none": {"ja": "この期間の問い合わせはありません。", "en": "No inquiries in this period."},
    "inquiry.report_peak": {"ja": "最も多かった日: {day}（{n} 件）", "en": "Busiest day: {day} ({n})"},
    "chart.inquiries_title": {"ja": "問い合わせ（日別・種類別）", "en": "Inquiries per day, by category"},
    "chart.inquiries_y": {"ja": "件数", "en": "Inquiries"},
    # --- the FAQ ----------------------------------------------------------------------------------
    "faq.button_open": {"ja": "FAQ", "en": "FAQ"},
    "faq.modal_title": {"ja": "FAQ", "en": "FAQ"},
    "faq.intro": {
        "ja": "*{incident_id}* の FAQ（改訂 {revision}）。コールセンターと Web 告知に使います。編集はすべて新しい版として残ります。",
        "en": "FAQ of *{incident_id}* (revision {revision}), for the call centre and the web notice. Every edit is "
        "kept as a new version.",
    },
    "faq.entry": {"ja": "*Q{number}. {question}*\n{answer}", "en": "*Q{number}. {question}*\n{answer}"},
    "faq.entry_meta": {"ja": "第 {version} 版・{user}・{at}", "en": "version {version} · {user} · {at}"},
    "faq.empty": {"ja": "まだ質問がありません。", "en": "No questions yet."},
    "faq.button_edit": {"ja": "編集", "en": "Edit"},
    "faq.button_add": {"ja": "質問を追加", "en": "Add a question"},
    "faq.button_export": {"ja": "Markdown で書き出す", "en": "Export as Markdown"},
    "faq.recent": {"ja": "*最近の問い合わせの要旨*\n{lines}", "en": "*Recent questions from the desk*\n{lines}"},
    "faq.recent_line": {"ja": "• {category}: {summary}", "en": "• {category}: {summary}"},
    "faq.form_title_new": {"ja": "FAQ に追加", "en": "Add to the FAQ"},
    "faq.form_title_edit": {"ja": "FAQ Q{number} を編集", "en": "Edit FAQ Q{number}"},
    "faq.submit": {"ja": "保存", "en": "Save"},
    "faq.question": {"ja": "質問", "en": "Question"},
    "faq.answer": {"ja": "回答", "en": "Answer"},
    "faq.hint": {
        "ja": "書き出して公開する文章です。個人情報（氏名・連絡先・カード番号など）は書かないでください。",
        "en": "This text is exported and published: no personal data (names, contact details, card numbers…).",
    },
    "faq.remove_label": {"ja": "FAQ から外す", "en": "Remove"},
    "faq.remove": {"ja": "この質問を FAQ から外す（履歴は残ります）", "en": "Take this question out of the FAQ (its history stays)"},
    "faq.denied": {
        "ja": "この事案の FAQ を編集できるのは責任者・代行者・事務局だけです。",
        "en": "Only the incident's owner, deputy or the privacy office can edit its FAQ.",
    },
    "faq.gone": {"ja": "この質問は見つかりません。", "en": "This question no longer exists."},
    "faq.saved": {
        "ja": "{user} が FAQ の Q{number} を保存しました（第 {version} 版）。",
        "en": "{user} saved FAQ Q{number} (version {version}).",
    },
    "faq.removed": {
        "ja": "{user} が FAQ から Q{number} を外しました（第 {version} 版）。",
        "en": "{user} took Q{number} out of the FAQ (version {version}).",
    },
    "faq.exported": {
        "ja": "{user} が FAQ（改訂 {revision}、{count} 問）を Markdown で書き出しました。",
        "en": "{user} exported the FAQ as Markdown (revision {revision}, {count} questions).",
    },
    "faq.md_title": {"ja": "# {incident_id} よくあるご質問（FAQ）", "en": "# {incident_id} Frequently asked questions"},
    "faq.md_meta": {
        "ja": "改訂 {revision}・{at} 時点・{count} 問",
        "en": "Revision {revision} · as of {at} · {count} questions",
    },
    "faq.md_note": {
        "ja": "> コールセンター・Web 告知用。公開・配布の前に内容を確認してください。",
        "en": "> For the call centre and the web notice. Review it before publishing or handing it out.",
    },
    "faq.md_question": {"ja": "## Q{number}. {question}", "en": "## Q{number}. {question}"},
    "faq.md_version": {"ja": "_第 {version} 版（{at}）_", "en": "_Version {version} ({at})_"},
    "faq.md_empty": {"ja": "（質問はまだありません）", "en": "(no questions yet)"},
    # --- the directory's desk list ----------------------------------------------------------------
    "cli.directory.not_a_list": {"ja": "リストで書いてください。", "en": "must be a list."},
    "cli.directory.duplicate_person": {
        "ja": "「{value}」が二度書かれています。",
        "en": "“{value}” is listed twice.",
    },
}
