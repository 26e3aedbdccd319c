"""The answers of the single error path (``handlers.errors``): what an ack says when the bot failed
on a request or refused one that no Slack client sends. Pure: texts and shapes only."""

from __future__ import annotations

from typing import Any

from prompts.i18n import t


def failure_text(lang: str, code: str, *, after_ack: bool = False) -> str:
    """The sentence telling a person that their request failed, with the error code to quote."""
    return t(lang, "error.unexpected_after" if after_ack else "error.unexpected", code=code)


def first_input_block(view: Any) -> str | None:
    """The block an inline error can be shown under: the modal's first input block (None: there is none)."""
    blocks = view.get("blocks") if isinstance(view, dict) else None
    for block in blocks if isinstance(blocks, list) else []:
        if isinstance(block, dict) and block.get("type") == "input" and isinstance(block.get("block_id"), str):
            return str(block["block_id"])
    return None


def view_error(view: Any, text: str) -> dict[str, Any] | None:
    """A ``response_action: errors`` ack that keeps the modal open with ``text`` under its first input."""
    block = first_input_block(view)
    return None if block is None else {"response_action": "errors", "errors": {block: text}}


def command_answer(text: str) -> dict[str, Any]:
    """A slash command's ack that shows ``text`` to the person only."""
    return {"response_type": "ephemeral", "text": text}
