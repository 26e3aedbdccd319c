"""Texts of the contractor / principal record (委託先・委託元)."""

TEXT = {
    "contractor.button": {"ja": "委託関係", "en": "Contractor/principal"},
    "contractor.title": {"ja": "委託先・委託元", "en": "Contractor/principal"},
    "contractor.submit": {"ja": "記録する", "en": "Record"},
    "contractor.intro": {
        "ja": "*{incident_id}* — 委託関係を記録します。相手は会社名で（個人の情報は入力しないでください）。"
              "当社が委託先の場合、委託元へ速やかに通知すると、個人情報保護委員会への報告と本人への通知の義務を"
              "免れます（個人情報保護法26条1項ただし書、施行規則9条）。記録した通知は法的義務の判定に反映されます。",
        "en": "*{incident_id}* — record the entrustment. The other party is a company name (enter nothing about a "
              "person). When we are the contractor, a prompt notice to the principal releases us from reporting to "
              "the PPC and notifying individuals (APPI Art. 26(1) proviso, PPC Rules Art. 9); the recorded notice "
              "feeds the legal assessment.",
    },
    "contractor.our_role": {"ja": "当社の立場", "en": "Our side"},
    "contractor.our_role.contractor": {
        "ja": "当社が委託先（委託元のデータを扱っていた）", "en": "We are the contractor (the data is a principal's)",
    },
    "contractor.our_role.principal": {
        "ja": "当社が委託元（委託先で起きた事故の報告を受けた）", "en": "We are the principal (our contractor reported it)",
    },
    "contractor.counterparty": {"ja": "相手の会社名", "en": "The other company"},
    "contractor.contractor_reported_at": {
        "ja": "委託先から報告を受けた日時（当社が委託元の場合）", "en": "When the contractor reported to us (we are the principal)",
    },
    "contractor.notice_header": {
        "ja": "*委託元への通知*（当社が委託先の場合）", "en": "*Notice to the principal* (we are the contractor)",
    },
    "contractor.notified_at": {"ja": "通知した日時", "en": "Notified at"},
    "contractor.notified_by": {"ja": "通知した人", "en": "Notified by"},
    "contractor.notice_method": {"ja": "通知の方法", "en": "How"},
    "contractor.method.email": {"ja": "メール", "en": "E-mail"},
    "contractor.method.phone": {"ja": "電話", "en": "Phone"},
    "contractor.method.letter": {"ja": "書面", "en": "Letter"},
    "contractor.method.meeting": {"ja": "面談", "en": "Meeting"},
    "contractor.method.other": {"ja": "その他", "en": "Other"},
    "contractor.answer": {"ja": "委託元の回答", "en": "The principal's answer"},
    "contractor.answer.acknowledged": {"ja": "了承（委託元が対応する）", "en": "Acknowledged (the principal handles it)"},
    "contractor.answer.principal_reports": {
        "ja": "委託元が委員会へ報告する", "en": "The principal reports to the PPC",
    },
    "contractor.answer.asks_us_to_report": {
        "ja": "当社にも報告を求める", "en": "Asks us to report as well",
    },
    "contractor.answer.other": {"ja": "その他", "en": "Other"},
    "contractor.answered_at": {"ja": "回答の日時", "en": "Answered at"},
    "contractor.card_label": {"ja": "*委託関係*", "en": "*Entrustment*"},
    "contractor.line.contractor": {
        "ja": "当社が委託先（委託元: {name}）", "en": "We are the contractor (principal: {name})",
    },
    "contractor.line.principal": {
        "ja": "当社が委託元（委託先: {name}、報告 {at}）", "en": "We are the principal (contractor: {name}, reported {at})",
    },
    "contractor.line.notified": {
        "ja": "委託元へ通知 {at}（{method}、{user}）", "en": "principal notified {at} ({method}, by {user})",
    },
    "contractor.line.not_notified": {"ja": "委託元へ未通知", "en": "principal not notified yet"},
    "contractor.line.answer": {"ja": "回答 {at}: {answer}", "en": "answer {at}: {answer}"},
    "contractor.posted": {
        "ja": "{user} が {incident_id} の委託関係を記録しました: {line}",
        "en": "{user} recorded the entrustment for {incident_id}: {line}",
    },
    "legal_form.start.contractor": {"ja": "委託関係の記録", "en": "the entrustment record"},
}
