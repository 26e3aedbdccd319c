"""What the ``leakbot`` command says to the operator: set-up problems as sentences that say what to do,
start-up progress, and the answers of ``check``, ``summary``, ``migrate`` and ``init``."""

TEXT: dict[str, dict[str, str]] = {
    # --- settings ---------------------------------------------------------------------------------
    "cli.problems_header": {
        "ja": "leakbot を起動できません。次の {n} 件を直してください:",
        "en": "leakbot cannot start. Fix the following {n} problem(s):",
    },
    "cli.setting.invalid": {
        "ja": "設定 {name} の値「{value}」は使えません（{detail}）。.env か環境変数で直してください。",
        "en": "Setting {name} has an unusable value “{value}” ({detail}). Correct it in .env or the environment.",
    },
    "cli.setting.choices": {"ja": "使える値: {choices}", "en": "allowed values: {choices}"},
    "cli.missing.SLACK_BOT_TOKEN": {
        "ja": "SLACK_BOT_TOKEN が設定されていません。Slack アプリの「OAuth & Permissions」にある Bot User OAuth Token"
        "（xoxb-…）を .env に書いてください。",
        "en": "SLACK_BOT_TOKEN is not set. Put the Bot User OAuth Token (xoxb-…) from the app's “OAuth & Permissions” "
        "page into .env.",
    },
    "cli.missing.SLACK_APP_TOKEN": {
        "ja": "SLACK_APP_TOKEN が設定されていません。Socket Mode には「Basic Information → App-Level Tokens」で "
        "connections:write 付きのトークン（xapp-…）を作って .env に書くか、--http で HTTP モードで起動してください。",
        "en": "SLACK_APP_TOKEN is not set. Socket Mode needs an app-level token (xapp-…) with connections:write from "
        "“Basic Information → App-Level Tokens” in .env, or start in HTTP mode with --http.",
    },
    "cli.missing.SLACK_SIGNING_SECRET": {
        "ja": "SLACK_SIGNING_SECRET が設定されていません。HTTP モードには「Basic Information」の Signing Secret が必要です。",
        "en": "SLACK_SIGNING_SECRET is not set. HTTP mode needs the Signing Secret from the app's “Basic Information” page.",
    },
    "cli.missing.LEAKBOT_DIRECTORY": {
        "ja": "LEAKBOT_DIRECTORY が設定されていません。部署・責任者・事務局チャンネルを書いたディレクトリファイルのパスを"
        "設定してください（`leakbot init` で雛形を作れます）。",
        "en": "LEAKBOT_DIRECTORY is not set. Point it at the directory file listing departments, owners and the office "
        "channel (`leakbot init` writes a skeleton).",
    },
    # --- files ------------------------------------------------------------------------------------
    "cli.file.file_not_found": {
        "ja": "ファイル {path} が見つかりません。パスを確かめてください。",
        "en": "The file {path} does not exist. Check the path.",
    },
    "cli.file.is_a_folder": {
        "ja": "{path} はファイルではなくフォルダです（ファイルがないままコンテナにマウントすると作られます）。"
        "フォルダを消してディレクトリファイルを置いてください。",
        "en": "{path} is a folder, not a file (a container mount creates one when the file is missing). Remove the "
        "folder and put the directory file there.",
    },
    "cli.file.unreadable": {
        "ja": "ファイル {path} を読めません（{reason}）。権限を確かめてください。",
        "en": "The file {path} cannot be read ({reason}). Check its permissions.",
    },
    "cli.file.not_text": {
        "ja": "ファイル {path} の文字コードが分かりません。UTF-8 で保存し直してください。",
        "en": "The file {path} is in an unknown encoding. Save it again as UTF-8.",
    },
    "cli.file.cp932": {
        "ja": "注意: {path} は Shift_JIS (CP932) で保存されています。読み込みましたが、UTF-8 で保存し直してください。",
        "en": "Note: {path} is saved in Shift_JIS (CP932). It was read, but please save it again as UTF-8.",
    },
    "cli.file.bad_yaml": {
        "ja": "{path} の {line} 行 {column} 列目で YAML の書き方が正しくありません（{problem}）。",
        "en": "{path}, line {line}, column {column}: the YAML is not well-formed ({problem}).",
    },
    # --- directory problems -----------------------------------------------------------------------
    "cli.directory.problem": {"ja": "ディレクトリ {where}: {text}", "en": "Directory {where}: {text}"},
    "cli.directory.required": {"ja": "必須です。", "en": "is required."},
    "cli.directory.bad_person": {
        "ja": "「{value}」は Slack ユーザー ID（U…）でもメールアドレスでもありません。",
        "en": "“{value}” is neither a Slack user ID (U…) nor an e-mail address.",
    },
    "cli.directory.not_a_mapping": {
        "ja": "「キー: 値」の形で書いてください。",
        "en": "must be written as “key: value” entries.",
    },
    "cli.directory.bad_channel": {
        "ja": "「{value}」はチャンネル ID ではありません。チャンネル詳細の一番下にある C… の ID を書いてください。",
        "en": "“{value}” is not a channel ID. Use the C… ID shown at the bottom of the channel's details.",
    },
    "cli.directory.required_list": {
        "ja": "1 件以上のリストで書いてください。",
        "en": "must be a list with at least one entry.",
    },
    "cli.directory.bad_id": {
        "ja": "ID「{value}」には英数字と _ . - だけを使ってください（64 文字まで）。",
        "en": "the ID “{value}” may use only letters, digits, _ . and - (up to 64 characters).",
    },
    "cli.directory.duplicate_id": {"ja": "ID「{value}」が重複しています。", "en": "the ID “{value}” is used twice."},
    "cli.directory.needs_ja_en": {
        "ja": "ja と en の両方の名前を書いてください。",
        "en": "needs a name in both ja and en.",
    },
    "cli.directory.too_long": {"ja": "長すぎます（60 文字まで）。", "en": "is too long (60 characters at most)."},
    "cli.directory.same_as_owner": {
        "ja": "代行者（{value}）が責任者と同じです。別の人にしてください。",
        "en": "the deputy ({value}) is the same person as the owner; name someone else.",
    },
    "cli.directory.too_many": {"ja": "部署は 100 までです。", "en": "at most 100 departments are supported."},
    # --- playbook problems ------------------------------------------------------------------------
    "cli.playbooks.problem": {"ja": "プレイブック {where}: {text}", "en": "Playbook {where}: {text}"},
    "cli.playbooks.folder_not_found": {
        "ja": "フォルダがありません。LEAKBOT_PLAYBOOKS を確かめてください。",
        "en": "the folder does not exist. Check LEAKBOT_PLAYBOOKS.",
    },
    "cli.playbooks.not_a_folder": {
        "ja": "フォルダではありません。LEAKBOT_PLAYBOOKS にはフォルダを指定してください。",
        "en": "is not a folder. LEAKBOT_PLAYBOOKS must name a folder.",
    },
    "cli.playbooks.not_utf8": {"ja": "UTF-8 で保存し直してください。", "en": "save the file again as UTF-8."},
    "cli.playbooks.unreadable": {"ja": "読めません（{value}）。", "en": "cannot be read ({value})."},
    "cli.playbooks.bad_yaml": {"ja": "YAML の書き方が正しくありません（{value}）。", "en": "the YAML is not well-formed ({value})."},
    "cli.playbooks.not_a_mapping": {"ja": "「キー: 値」の形で書いてください。", "en": "must be written as “key: value” entries."},
    "cli.playbooks.unknown_field": {"ja": "「{value}」という項目はありません。", "en": "there is no field “{value}”."},
    "cli.playbooks.required": {"ja": "必須です。", "en": "is required."},
    "cli.playbooks.bad_id": {
        "ja": "ID「{value}」には英小文字・数字・_ だけを使ってください。",
        "en": "the ID “{value}” may use only lower-case letters, digits and _.",
    },
    "cli.playbooks.bad_key": {
        "ja": "キー「{value}」には英小文字・数字・_ だけを使ってください。",
        "en": "the key “{value}” may use only lower-case letters, digits and _.",
    },
    "cli.playbooks.needs_ja_en": {"ja": "ja と en の両方を書いてください。", "en": "needs both ja and en."},
    "cli.playbooks.too_long": {"ja": "長すぎます（{value}）。", "en": "is too long ({value})."},
    "cli.playbooks.not_a_boolean": {"ja": "true か false で書いてください。", "en": "must be true or false."},
    "cli.playbooks.needs_event_types": {
        "ja": "event_types、common、default のどれかを書いてください。",
        "en": "needs event_types, common or default.",
    },
    "cli.playbooks.conflicting_kind": {
        "ja": "common と default は同時に使えません。",
        "en": "common and default cannot be used together.",
    },
    "cli.playbooks.common_with_event_types": {
        "ja": "common のプレイブックには event_types を書けません。",
        "en": "a common playbook cannot list event_types.",
    },
    "cli.playbooks.not_a_list": {"ja": "リストで書いてください。", "en": "must be a list."},
    "cli.playbooks.unknown_event_type": {"ja": "「{value}」という事象の種類はありません。", "en": "there is no event type “{value}”."},
    "cli.playbooks.duplicate_event_type": {"ja": "事象の種類「{value}」が重複しています。", "en": "the event type “{value}” is listed twice."},
    "cli.playbooks.unknown_phase": {"ja": "「{value}」というフェーズはありません。", "en": "there is no phase “{value}”."},
    "cli.playbooks.phase_not_allowed": {
        "ja": "対策をフェーズ「{value}」に置くことはできません。",
        "en": "a task cannot belong to the phase “{value}”.",
    },
    "cli.playbooks.bad_duration": {
        "ja": "期間「{value}」を読めません。PT4H や P1D のように書いてください。",
        "en": "the duration “{value}” cannot be read; write it like PT4H or P1D.",
    },
    "cli.playbooks.negative_duration": {"ja": "期間を負にはできません（{value}）。", "en": "the duration cannot be negative ({value})."},
    "cli.playbooks.duration_too_long": {"ja": "期間が長すぎます（{value}）。", "en": "the duration is too long ({value})."},
    "cli.playbooks.duplicate_key": {"ja": "キー「{value}」が重複しています。", "en": "the key “{value}” is used twice."},
    "cli.playbooks.no_items": {"ja": "対策が 1 件もありません。", "en": "has no items."},
    "cli.playbooks.too_many_items": {"ja": "対策が多すぎます（{value}）。", "en": "has too many items ({value})."},
    "cli.playbooks.duplicate_id": {"ja": "ID「{value}」が重複しています。", "en": "the ID “{value}” is used twice."},
    "cli.playbooks.no_common_playbook": {
        "ja": "共通（common）のプレイブックがありません。",
        "en": "there is no common playbook.",
    },
    "cli.playbooks.more_than_one_common": {
        "ja": "共通（common）のプレイブックが複数あります（{value}）。",
        "en": "more than one common playbook ({value}).",
    },
    "cli.playbooks.more_than_one_default": {
        "ja": "既定（default）のプレイブックが複数あります（{value}）。",
        "en": "more than one default playbook ({value}).",
    },
    "cli.playbooks.event_type_claimed_twice": {
        "ja": "事象の種類が 2 つのプレイブックにあります（{value}）。",
        "en": "an event type is claimed by two playbooks ({value}).",
    },
    "cli.playbooks.event_type_not_covered": {
        "ja": "どのプレイブックにもない事象の種類があります（{value}）。",
        "en": "event types not covered by any playbook ({value}).",
    },
    "cli.problem.unknown": {"ja": "問題があります（{value}）。", "en": "has a problem ({value})."},
    # --- Slack at start-up ------------------------------------------------------------------------
    "cli.slack.invalid_token": {
        "ja": "Slack がボットトークンを受け付けません（{code}）。SLACK_BOT_TOKEN がこのワークスペースにインストールした"
        "アプリの Bot User OAuth Token（xoxb-…）か確かめてください。",
        "en": "Slack refuses the bot token ({code}). Check that SLACK_BOT_TOKEN is the Bot User OAuth Token (xoxb-…) of "
        "the app installed in this workspace.",
    },
    "cli.slack.invalid_app_token": {
        "ja": "Slack がアプリレベルトークンを受け付けません（{code}）。SLACK_APP_TOKEN が connections:write 付きの "
        "xapp-… トークンか、Socket Mode が有効か確かめてください。",
        "en": "Slack refuses the app-level token ({code}). Check that SLACK_APP_TOKEN is an xapp-… token with "
        "connections:write and that Socket Mode is enabled.",
    },
    "cli.slack.unreachable": {
        "ja": "Slack（{url}）に接続できません。つながるまで再試行します（間隔を延ばしながら）。",
        "en": "Slack ({url}) cannot be reached. Retrying until it answers (with growing pauses).",
    },
    "cli.slack.connected": {"ja": "Slack に接続しました（ボット {user}）。", "en": "Connected to Slack (bot {user})."},
    "cli.slack.failed": {
        "ja": "Slack の {method} が失敗しました（{code}）。",
        "en": "Slack's {method} failed ({code}).",
    },
    # --- run --------------------------------------------------------------------------------------
    "cli.run.listening": {
        "ja": "HTTP モードで {host}:{port} を待ち受けています（/slack/events, /healthz, /readyz, /metrics）。",
        "en": "Listening on {host}:{port} in HTTP mode (/slack/events, /healthz, /readyz, /metrics).",
    },
    "cli.run.socket": {"ja": "Socket Mode で接続します。", "en": "Connecting in Socket Mode."},
    "cli.run.health": {
        "ja": "ヘルスチェックを {host}:{port} で提供しています（/healthz, /readyz, /metrics）。",
        "en": "Health endpoints on {host}:{port} (/healthz, /readyz, /metrics).",
    },
    "cli.run.stopping": {
        "ja": "停止要求を受けました。処理中の作業を終えてから終了します。",
        "en": "Stop requested: finishing the work in progress, then exiting.",
    },
    "cli.run.port_unavailable": {
        "ja": "{host}:{port} で待ち受けできません（{reason}）。別のプロセスが使っていないか確かめるか、--port / "
        "LEAKBOT_HEALTH_PORT で別のポートを指定してください。",
        "en": "Cannot listen on {host}:{port} ({reason}). Check that no other process uses it, or choose another port "
        "with --port / LEAKBOT_HEALTH_PORT.",
    },
    "cli.run.stopped": {"ja": "停止しました。", "en": "Stopped."},
    "cli.run.database": {
        "ja": "データベース {url} に接続できません（{reason}）。DATABASE_URL を確かめてください。",
        "en": "The database {url} cannot be reached ({reason}). Check DATABASE_URL.",
    },
    # --- check ------------------------------------------------------------------------------------
    "cli.check.directory": {
        "ja": "ディレクトリ: 部署 {departments} 件、担当役員 {executives} 人",
        "en": "directory: {departments} departments, {executives} executives",
    },
    "cli.check.playbooks": {"ja": "プレイブック: {ids}", "en": "playbooks: {ids}"},
    "cli.check.no_token": {
        "ja": "SLACK_BOT_TOKEN がないため、人とチャンネルは Slack で確認していません。",
        "en": "SLACK_BOT_TOKEN not set: people and channels were not checked against Slack",
    },
    "cli.check.connected": {"ja": "slack: {user} として接続", "en": "slack: connected as {user}"},
    "cli.check.person_ok": {"ja": "{ref}: ok", "en": "person {ref}: ok"},
    "cli.check.person_missing": {
        "ja": "{ref}: Slack にこのメールアドレスの人がいません。ディレクトリを直してください。",
        "en": "person {ref}: not found in Slack — fix the directory.",
    },
    "cli.check.channel_ok": {"ja": "{label} {channel}: ok（メンバー {n} 人）", "en": "{label} {channel}: ok ({n} members)"},
    "cli.check.channel_error": {
        "ja": "{label} {channel}: {code} — チャンネル ID を確かめ、ボットを招待してください。",
        "en": "{label} {channel}: {code} — check the channel ID and invite the bot.",
    },
    "cli.check.channel_not_member": {
        "ja": "{label} {channel}: ボットがメンバーではありません（招待してください）。",
        "en": "{label} {channel}: the bot is not a member (invite it)",
    },
    "cli.check.office_channel": {"ja": "事務局チャンネル", "en": "office channel"},
    "cli.check.summary_channel": {"ja": "集計チャンネル", "en": "summary channel"},
    "cli.check.ok": {"ja": "ok", "en": "ok"},
    # --- summary ----------------------------------------------------------------------------------
    "cli.summary.posted": {
        "ja": "投稿しました（メッセージとグラフ {n} 件）。",
        "en": "posted ({n} messages and charts)",
    },
    "cli.summary.chart_written": {"ja": "グラフを {path} に書き出しました。", "en": "Chart written to {path}."},
    # --- migrate ----------------------------------------------------------------------------------
    "cli.migrate.current": {"ja": "データベースのリビジョン: {revision}", "en": "Database revision: {revision}"},
    "cli.migrate.none": {"ja": "（未作成）", "en": "(empty)"},
    "cli.migrate.upgraded": {"ja": "リビジョン {revision} に更新しました。", "en": "Upgraded to revision {revision}."},
    "cli.migrate.downgraded": {"ja": "リビジョン {revision} に戻しました。", "en": "Downgraded to revision {revision}."},
    "cli.migrate.unknown_revision": {
        "ja": "リビジョン「{revision}」はありません。`leakbot migrate history` で一覧を確かめてください。",
        "en": "There is no revision “{revision}”. See `leakbot migrate history`.",
    },
    "cli.migrate.unknown_action": {
        "ja": "「{action}」は migrate の操作ではありません。upgrade、downgrade REV、current、history のどれかを指定してください。",
        "en": "“{action}” is not a migrate action. Give one of upgrade, downgrade REV, current, history.",
    },
    "cli.migrate.needs_revision": {
        "ja": "戻し先のリビジョンを指定してください（例 `leakbot migrate downgrade 0003`、1 段階なら -1）。",
        "en": "Say which revision to go back to (e.g. `leakbot migrate downgrade 0003`, or -1 for one step).",
    },
    "cli.migrate.ahead_compatible": {
        "ja": "データベース（{database}）はこの版（{code}）より新しいリビジョンです。互換性があるためそのまま起動します。",
        "en": "The database ({database}) is at a newer revision than this version ({code}); it is compatible, so "
        "starting anyway.",
    },
    "cli.migrate.ahead_incompatible": {
        "ja": "データベース（{database}）はこの版（{code}）と互換性のない新しいリビジョンです。新しい版に戻すか、"
        "新しい版で `leakbot migrate downgrade {code}` を実行してから起動してください。",
        "en": "The database ({database}) is at a newer revision that this version ({code}) cannot use. Go back to the "
        "newer version, or run `leakbot migrate downgrade {code}` with the newer version first.",
    },
    "cli.migrate.unknown_database": {
        "ja": "データベースのリビジョン「{database}」はこの版にも既知の新しい版にもありません。leakbot の版を確かめてください。",
        "en": "The database is at revision “{database}”, which neither this version nor any version it knows of "
        "created. Check which leakbot version wrote it.",
    },
    "cli.migrate.not_up_to_date": {
        "ja": "データベース（{database}）が最新（{code}）ではありません。LEAKBOT_MIGRATE_ON_START=false なので、"
        "先に `leakbot migrate upgrade` を実行してください。",
        "en": "The database ({database}) is not at the newest revision ({code}). LEAKBOT_MIGRATE_ON_START=false, so run "
        "`leakbot migrate upgrade` first.",
    },
    # --- init -------------------------------------------------------------------------------------
    "cli.init.ask_mode": {
        "ja": "接続方法（socket = Socket Mode、http = 公開 URL で受信）",
        "en": "Connection (socket = Socket Mode, http = a public URL)",
    },
    "cli.init.ask_url": {
        "ja": "公開 URL（例 https://leakbot.example.com）",
        "en": "Public URL (e.g. https://leakbot.example.com)",
    },
    "cli.init.ask_bot_token": {
        "ja": "ボットトークン xoxb-…（空欄なら後で .env に書きます）",
        "en": "Bot token xoxb-… (leave empty to fill in .env later)",
    },
    "cli.init.ask_app_token": {
        "ja": "アプリレベルトークン xapp-…（空欄なら後で）",
        "en": "App-level token xapp-… (leave empty to fill in later)",
    },
    "cli.init.ask_signing_secret": {
        "ja": "Signing Secret（空欄なら後で）",
        "en": "Signing secret (leave empty to fill in later)",
    },
    "cli.init.ask_office": {
        "ja": "事務局チャンネルの ID（C…、空欄なら後で）",
        "en": "Privacy-office channel ID (C…, leave empty to fill in later)",
    },
    "cli.init.ask_executives": {
        "ja": "担当役員のメールアドレス（カンマ区切り、空欄なら後で）",
        "en": "Executives' e-mail addresses (comma-separated, leave empty to fill in later)",
    },
    "cli.init.bad_mode": {"ja": "--mode は socket か http です。", "en": "--mode is socket or http."},
    "cli.init.needs_url": {
        "ja": "HTTP モードには公開 URL（--url https://…）が必要です。",
        "en": "HTTP mode needs the public URL (--url https://…).",
    },
    "cli.init.bad_url": {
        "ja": "URL「{url}」は https:// で始まる必要があります。",
        "en": "The URL “{url}” must start with https://.",
    },
    "cli.init.exists": {
        "ja": "{path} はすでにあります。上書きするには --force を付けてください。",
        "en": "{path} already exists. Add --force to overwrite it.",
    },
    "cli.init.wrote": {"ja": "{path} を作成しました。", "en": "Wrote {path}."},
    "cli.init.resolved": {
        "ja": "{email} を Slack のユーザー {user} に解決しました。",
        "en": "Resolved {email} to Slack user {user}.",
    },
    "cli.init.unresolved": {
        "ja": "{email} は Slack で見つかりませんでした（メールアドレスのまま書きました）。",
        "en": "{email} was not found in Slack (kept as an e-mail address).",
    },
    "cli.init.next": {
        "ja": "次に: 1) api.slack.com/apps で {manifest} から アプリを作成、2) .env の空欄を埋める、"
        "3) {directory} に部署を書く、4) `leakbot check`、5) `leakbot run`{http}。",
        "en": "Next: 1) create the app at api.slack.com/apps from {manifest}, 2) fill in the blanks in .env, "
        "3) list your departments in {directory}, 4) `leakbot check`, 5) `leakbot run`{http}.",
    },
}
