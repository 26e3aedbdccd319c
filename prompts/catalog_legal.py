"""Bridge: the legal texts now live in ``prompts.locale.legal`` (ja and en side by side).

Kept only so the flat ``LEGAL_JA`` / ``LEGAL_EN`` dictionaries that ``prompts.catalog`` merges stay
importable until the per-feature locale package builds the catalogs itself.
"""

from prompts.locale.legal import TEXT

LEGAL_JA: dict[str, str] = {key: entry["ja"] for key, entry in TEXT.items()}
LEGAL_EN: dict[str, str] = {key: entry["en"] for key, entry in TEXT.items()}
