"""The first-report modal, its receipt and the receipt DM are valid Block Kit whatever the input."""

from __future__ import annotations

import pytest

from prompts import first_report
from tests.fakeslack import validate_view
from tests.prompts.samples import DIRECTORY, HUGE, NOW, assert_valid_message


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_first_report_modal_is_valid_even_with_100_long_department_names(lang):
    view = first_report.first_report_modal(lang=lang, directory=DIRECTORY, description=HUGE, now=NOW)
    assert validate_view(view) == []


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_receipt_view_and_dm_are_valid_with_huge_text(lang):
    assert validate_view(first_report.receipt_view(incident_id="LEAK-2026-0007", department_name=HUGE, lang=lang)) == []
    assert_valid_message(first_report.receipt_dm("LEAK-2026-0007", HUGE, lang))
