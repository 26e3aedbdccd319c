"""The flag under an incident-channel message that looks like the leaked data itself."""

from __future__ import annotations

from prompts import kit
from prompts.common import Message
from prompts.i18n import t


def data_warning(signs: list[str], lang: str) -> Message:
    """A neutral flag under a message that looks like leaked data (no names: no blame)."""
    kinds = ", ".join(t(lang, f"data_sign.{sign}") for sign in signs)
    text = t(lang, "data_warning", kinds=kinds)
    return text, [kit.section(text)]
