"""The phase modal for every phase, and the close notices, are valid Block Kit."""

from __future__ import annotations

import pytest

from domain.phases import Phase, next_phases
from prompts import phases
from tests.fakeslack import validate_view
from tests.prompts.samples import HUGE, assert_valid_message


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_phase_modal_is_valid_for_every_phase(lang):
    for phase in Phase:
        if phase is Phase.CLOSED:
            continue
        view = phases.phase_modal(lang=lang, incident_id="LEAK-2026-0007", current=phase, choices=next_phases(phase))
        assert validate_view(view) == []


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_closed_post_is_valid_with_huge_text(lang):
    assert_valid_message(phases.closed_posted(incident_id="LEAK-2026-0007", user="U1", measures_done=HUGE, measures_planned=HUGE, lang=lang))
