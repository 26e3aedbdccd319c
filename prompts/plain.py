"""Messages for a terminal: Slack's mrkdwn markers, links, mentions and ``:emoji:`` codes become
plain text (``leakbot summary`` prints what the office would read in Slack)."""

from __future__ import annotations

import html
import re

from prompts.kit import Block, as_plain_text

_LINK = re.compile(r"<([^<>|]+)(?:\|([^<>]+))?>")
_EMOJI = re.compile(r":[a-z][a-z0-9_+\-]*:[ \t]?")
_BOLD = re.compile(r"\*([^*\n]+)\*")
_ITALIC = re.compile(r"(?<![\w])_([^_\n]+)_(?![\w])")
_STRIKE = re.compile(r"(?<![\w])~([^~\n]+)~(?![\w])")
_CODE = re.compile(r"`([^`\n]+)`")


def _link(match: re.Match[str]) -> str:
    target: str = match.group(1)
    label: str | None = match.group(2)
    if target.startswith(("@", "#")):
        return f"{target[0]}{label}" if label else target
    if target.startswith("!"):
        return "@" + (label or target[1:].split("^", 1)[0])
    return f"{label} ({target})" if label else target


def mrkdwn_to_plain(text: str) -> str:
    text = _LINK.sub(_link, text)
    text = _EMOJI.sub("", text)
    for pattern in (_BOLD, _ITALIC, _STRIKE, _CODE):
        text = pattern.sub(r"\1", text)
    unescaped: str = html.unescape(text)
    return unescaped


def blocks_to_plain(blocks: list[Block], *, drop: tuple[str, ...] = ()) -> str:
    """The message as terminal text; lines equal to one of ``drop`` (after conversion) are left out."""
    unwanted = {mrkdwn_to_plain(d).strip() for d in drop}
    lines = [mrkdwn_to_plain(line) for line in as_plain_text(blocks).splitlines()]
    return "\n".join(line for line in lines if line.strip() not in unwanted).strip()
