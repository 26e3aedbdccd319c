"""The flag under a channel message that looks like leaked data."""

TEXT: dict[str, dict[str, str]] = {
    # legal tasks and the assessment form
    "data_warning": {
        "ja": ":warning: このメッセージには漏えいしたデータそのもの（{kinds}）が含まれている可能性があります。投稿した方は削除し、転載しないでください。記録が必要なら種類と件数だけを書いてください。",
        "en": ":warning: This message may contain the leaked data itself ({kinds}). Whoever posted it: please delete it, and nobody should copy it. Record only kinds and counts.",
    },
    "data_sign.card_number": {
        "ja": "カード番号",
        "en": "card numbers",
    },
    "data_sign.my_number": {
        "ja": "マイナンバー",
        "en": "My Numbers",
    },
    "data_sign.email_list": {
        "ja": "メールアドレスの一覧",
        "en": "a list of e-mail addresses",
    },
}
