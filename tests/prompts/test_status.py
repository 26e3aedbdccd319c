"""``/leak-status``'s list stays within Slack's limits."""

from __future__ import annotations

from prompts import status
from tests.prompts.samples import TOKYO, assert_valid_message, incident


def test_status_list_splits_sections_under_the_limit():
    rows = [incident(public_id=f"LEAK-2026-{i:04d}", department_id="d1", phase="investigation") for i in range(20)]
    text, blocks = status.status_list(rows, more=True, department_names={"d1": "部" * 60}, lang="ja", tz=TOKYO)
    assert_valid_message((text, blocks))
    assert "LEAK-2026-0019" in str(blocks) and "調査" in str(blocks)
