"""Block Kit primitives that respect Slack's limits by construction.

Every text that may carry user input passes through ``clip`` with the limit of the place it goes,
so a long report never turns into ``invalid_blocks``.
"""

from __future__ import annotations

from typing import Any

Block = dict[str, Any]

SECTION_TEXT = 3000
FIELD_TEXT = 2000
HEADER_TEXT = 150
VIEW_TITLE = 24
OPTION_TEXT = 75
BUTTON_TEXT = 75
CONTEXT_TEXT = 2000
MESSAGE_FALLBACK = 3000
PLACEHOLDER = 150


def clip(text: str, limit: int) -> str:
    """Shorten ``text`` to at most ``limit`` characters, marking the cut with an ellipsis."""
    return text if len(text) <= limit else text[: limit - 1] + "…"


def escape(text: str) -> str:
    """Escape user text for mrkdwn so it cannot forge mentions or links (``<!channel>`` etc.)."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def plain(text: str, limit: int = SECTION_TEXT) -> dict[str, Any]:
    return {"type": "plain_text", "text": clip(text, limit), "emoji": True}


def mrkdwn(text: str, limit: int = SECTION_TEXT) -> dict[str, Any]:
    return {"type": "mrkdwn", "text": clip(text, limit)}


def header(text: str) -> Block:
    return {"type": "header", "text": plain(text, HEADER_TEXT)}


def section(text: str, *, block_id: str | None = None) -> Block:
    block: Block = {"type": "section", "text": mrkdwn(text)}
    if block_id:
        block["block_id"] = block_id
    return block


def packed_sections(lines: list[str]) -> list[Block]:
    """Lines packed into as few sections as the 3,000-character limit allows."""
    blocks: list[Block] = []
    chunk: list[str] = []
    for line in lines:
        line = clip(line, SECTION_TEXT)
        if chunk and sum(len(x) + 1 for x in chunk) + len(line) > SECTION_TEXT:
            blocks.append(section("\n".join(chunk)))
            chunk = []
        chunk.append(line)
    if chunk:
        blocks.append(section("\n".join(chunk)))
    return blocks


def fields_section(pairs: list[tuple[str, str]]) -> list[Block]:
    """Label/value pairs as section fields, split into as many sections as the 10-field limit needs."""
    fields = [mrkdwn(f"*{label}*\n{value}", FIELD_TEXT) for label, value in pairs]
    return [{"type": "section", "fields": fields[i : i + 10]} for i in range(0, len(fields), 10)]


def context(*texts: str) -> Block:
    return {"type": "context", "elements": [mrkdwn(t, CONTEXT_TEXT) for t in texts[:10]]}


def divider() -> Block:
    return {"type": "divider"}


def button(text: str, action_id: str, value: str, *, style: str | None = None) -> dict[str, Any]:
    element: dict[str, Any] = {
        "type": "button",
        "text": plain(text, BUTTON_TEXT),
        "action_id": action_id,
        "value": value,
    }
    if style:
        element["style"] = style
    return element


def actions(*elements: dict[str, Any], block_id: str | None = None) -> Block:
    block: Block = {"type": "actions", "elements": list(elements)[:25]}
    if block_id:
        block["block_id"] = block_id
    return block


def option(text: str, value: str) -> dict[str, Any]:
    return {"text": plain(text, OPTION_TEXT), "value": value}


def input_block(
    block_id: str,
    label: str,
    element: dict[str, Any],
    *,
    optional: bool = False,
    hint: str | None = None,
) -> Block:
    block: Block = {
        "type": "input",
        "block_id": block_id,
        "label": plain(label, 2000),
        "element": element,
        "optional": optional,
    }
    if hint:
        block["hint"] = plain(hint, 2000)
    return block


def text_input(
    action_id: str,
    *,
    multiline: bool = False,
    max_length: int = 3000,
    initial: str | None = None,
    placeholder: str | None = None,
) -> dict[str, Any]:
    element: dict[str, Any] = {
        "type": "plain_text_input",
        "action_id": action_id,
        "multiline": multiline,
        "max_length": max_length,
    }
    if initial:
        element["initial_value"] = clip(initial, max_length)
    if placeholder:
        element["placeholder"] = plain(placeholder, PLACEHOLDER)
    return element


def static_select(action_id: str, options: list[dict[str, Any]], *, initial: str | None = None) -> dict[str, Any]:
    element: dict[str, Any] = {"type": "static_select", "action_id": action_id, "options": options[:100]}
    chosen = next((o for o in options if o["value"] == initial), None)
    if chosen:
        element["initial_option"] = chosen
    return element


def radio(action_id: str, options: list[dict[str, Any]], *, initial: str | None = None) -> dict[str, Any]:
    element: dict[str, Any] = {"type": "radio_buttons", "action_id": action_id, "options": options[:10]}
    chosen = next((o for o in options if o["value"] == initial), None)
    if chosen:
        element["initial_option"] = chosen
    return element


def checkboxes(action_id: str, options: list[dict[str, Any]], *, initial: set[str] | None = None) -> dict[str, Any]:
    element: dict[str, Any] = {"type": "checkboxes", "action_id": action_id, "options": options[:10]}
    chosen = [o for o in options if o["value"] in (initial or set())]
    if chosen:
        element["initial_options"] = chosen
    return element


def datetimepicker(action_id: str, *, initial_epoch: int | None = None) -> dict[str, Any]:
    element: dict[str, Any] = {"type": "datetimepicker", "action_id": action_id}
    if initial_epoch is not None:
        element["initial_date_time"] = initial_epoch
    return element


def modal(
    *,
    title: str,
    blocks: list[Block],
    callback_id: str,
    submit: str | None = None,
    close: str | None = None,
    private_metadata: str = "",
) -> dict[str, Any]:
    view: dict[str, Any] = {
        "type": "modal",
        "callback_id": callback_id,
        "title": plain(title, VIEW_TITLE),
        "blocks": blocks[:100],
    }
    if submit:
        view["submit"] = plain(submit, VIEW_TITLE)
    if close:
        view["close"] = plain(close, VIEW_TITLE)
    if private_metadata:
        if len(private_metadata) > 3000:
            raise ValueError("private_metadata over 3,000 characters")
        view["private_metadata"] = private_metadata
    return view


def as_plain_text(blocks: list[Block]) -> str:
    """A terminal rendering of a message: headers, section text and fields, context lines."""
    lines: list[str] = []
    for block in blocks:
        kind = block.get("type")
        if kind == "header":
            lines += ["", block["text"]["text"], "=" * 20]
        elif kind == "section":
            if "text" in block:
                lines.append(block["text"]["text"])
            lines += [f["text"].replace("\n", ": ", 1) for f in block.get("fields", [])]
        elif kind == "context":
            lines += [e.get("text", "") for e in block.get("elements", [])]
        elif kind == "divider":
            lines.append("-" * 20)
    return "\n".join(lines).strip()
