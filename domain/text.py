"""Free text as people type it, made safe to store: one rule for every free-text field.

Slack delivers whatever a client sends, and a pasted spreadsheet or a broken client can carry
control characters: PostgreSQL refuses a NUL in a text column (``DataError``, so the reporter
could never file the report), and other control characters only hide or garble what was written.
``clean_text`` removes them (keeping line breaks and tabs), turns ``\\r\\n`` and lone ``\\r`` into
``\\n``, drops lone surrogates (not encodable as UTF-8) and composes the text to Unicode NFC, so
the same words are stored the same way on SQLite and PostgreSQL.
"""

from __future__ import annotations

import unicodedata

#: Control characters kept: line feed and tab (everything else of category Cc goes).
_KEPT = frozenset("\n\t")


def clean_text(text: str) -> str:
    """``text`` without control characters (but ``\\n`` and ``\\t``) or lone surrogates, in NFC."""
    unified = text.replace("\r\n", "\n").replace("\r", "\n")
    kept = "".join(ch for ch in unified if ch in _KEPT or unicodedata.category(ch) not in ("Cc", "Cs"))
    return unicodedata.normalize("NFC", kept)
