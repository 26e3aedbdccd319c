"""Texts of the single error path: what a person sees when the bot failed on their request, or
refused a request that no Slack client sends."""

TEXT = {
    "error.unexpected": {
        "ja": "処理中に問題が発生しました（エラー番号 {code}）。時間をおいてもう一度お試しください。続く場合はこの番号を事務局に伝えてください。",
        "en": "Something went wrong while handling this (error {code}). Please try again in a moment; if it keeps failing, give this number to the privacy office.",
    },
    "error.unexpected_after": {
        "ja": "処理の途中で問題が発生しました（エラー番号 {code}）。時間をおいて状況をご確認のうえ、必要ならもう一度お試しください。続く場合はこの番号を事務局に伝えてください。",
        "en": "Something went wrong while finishing this (error {code}). Please check the result in a moment and try again if needed; if it keeps failing, give this number to the privacy office.",
    },
}
