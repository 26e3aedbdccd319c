"""The legal texts: one entry per message with its Japanese and English side by side."""

import string

from prompts.locale.legal import TEXT

#: Spacing and an optional default that are blank by design.
_BLANK_ON_PURPOSE = {"legal.gap", "legal.level_gap", "legal.indent", "legal.draft.dept_default"}


def _placeholders(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name}


def test_every_legal_message_has_japanese_and_english_with_the_same_placeholders():
    for key, entry in TEXT.items():
        assert key.startswith("legal."), key
        assert set(entry) == {"ja", "en"}, key
        if key not in _BLANK_ON_PURPOSE:
            assert entry["ja"].strip() and entry["en"].strip(), key
        assert _placeholders(entry["ja"]) == _placeholders(entry["en"]), key
