"""The incident card and the mobilization notices are valid Block Kit and show what a person
needs — and nothing they must not."""

from __future__ import annotations

from datetime import timedelta

import pytest

from prompts import card
from tests.prompts.samples import HUGE, NOW, assert_valid_message, ctx, incident


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_card_and_notices_are_valid_with_huge_text(lang):
    assert_valid_message(card.incident_card(incident(), ctx(lang)))
    assert_valid_message(card.incident_card(incident(acked_at=NOW, acked_by="UOWN"), ctx(lang)))
    assert_valid_message(card.office_new_incident(incident(), HUGE, lang))
    assert_valid_message(card.escalation_dm(incident(), step=2, department_name=HUGE, now=NOW + timedelta(hours=1), lang=lang))
    assert len(card.channel_topic(incident(), HUGE, lang)) <= 250


def test_card_mentions_owner_and_deputy_and_offers_its_actions():
    text, blocks = card.incident_card(incident(deputy_id="UDEP"), ctx())
    assert "<@UOWN>" in text and "<@UDEP>" in text
    actions = [e["action_id"] for b in blocks if b["type"] == "actions" for e in b["elements"]]
    assert actions == [
        "leak_acknowledge", "leak_open_second_report", "leak_open_phase_change", "leak_open_legal",
        "leak_open_contacts", "leak_open_publication", "leak_open_contractor", "leak_open_inquiry", "leak_open_faq",
    ]
    assert "第3版" in str(blocks)


def test_acknowledged_card_drops_the_button_and_closed_card_has_no_buttons():
    _, acked = card.incident_card(incident(acked_at=NOW, acked_by="UOWN"), ctx())
    assert "leak_acknowledge" not in str(acked) and "leak_open_phase_change" in str(acked)
    _, closed = card.incident_card(incident(acked_at=NOW, acked_by="UOWN", closed_at=NOW, phase="closed"), ctx())
    assert not [b for b in closed if b["type"] == "actions"]


def test_user_text_cannot_ping_the_channel():
    _, blocks = card.incident_card(incident(description="help <!channel> <@U999>", location="x"), ctx())
    assert "<!channel>" not in str(blocks) and "&lt;!channel&gt;" in str(blocks)


def test_hidden_reporter_shown_to_office_only_even_when_they_file_the_second_report():
    hidden = incident(reporter_hidden=True)  # ctx(): the latest second report is by the reporter
    assert "<@UREP>" not in str(card.incident_card(hidden, ctx()))
    assert "<@UREP>" in str(card.incident_card(hidden, ctx(for_office=True)))


def test_office_notice_carries_no_free_text():
    text, blocks = card.office_new_incident(incident(description="SECRET-DESC", location="SECRET-LOC"), "営業部", "ja")
    assert "SECRET" not in text + str(blocks)
    assert "LEAK-2026-0007" in text and "<#CINC>" in text and "誤送信" in text
