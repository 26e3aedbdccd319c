"""Pure Block Kit validators used by the fake Slack server (and usable directly in unit tests).

Intent
------
``slack_sdk.models`` checks only part of Slack's Block Kit limits, so a bot whose builders pass
those checks can still be refused in production with ``invalid_blocks`` / ``invalid_arguments``.
These validators enforce the limits Slack documents for Block Kit (the "Reference: blocks" and
"composition objects" pages of api.slack.com)
plus the structural rules Slack applies (known block types, text object types, required fields,
unique ``block_id`` per surface, unique ``action_id`` per block, ``submit`` for modals with inputs).

Every function returns a list of violation strings shaped like the lines Slack puts in
``response_metadata.messages``::

    [ERROR] must be less than 25 characters [json-pointer:/view/title/text]

Wording follows the real Slack responses we could establish ("must be less than N+1 characters",
"no more than N items allowed", "must provide at least N items", "missing required field: x",
"unsupported type: x", "must define `submit` to use an `input` block in modals").  Where Slack's
exact wording is unknown, the message is written to be self-explanatory instead.

An empty list means "Slack would accept this".  Nothing here performs I/O.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from typing import Any, Literal

__all__ = [
    "Surface",
    "VIEW_TOO_LARGE",
    "MAX_VIEW_BYTES",
    "validate_view",
    "validate_message",
    "validate_blocks",
    "missing_text_fallback",
]

Surface = Literal["message", "modal", "home"]

#: Marker that starts the violation emitted when a view's JSON exceeds :data:`MAX_VIEW_BYTES`;
#: the fake server maps it to the API error ``view_too_large``.
VIEW_TOO_LARGE = "[ERROR] view_too_large"

#: Slack documents "250 kB" for a whole view.  We count the compact UTF-8 JSON encoding and use
#: 250,000 bytes (the stricter reading of "kB").
MAX_VIEW_BYTES = 250_000

# --- limits from the README table -------------------------------------------------------------
VIEW_TITLE_MAX = 24
VIEW_BLOCKS_MAX = 100
MESSAGE_BLOCKS_MAX = 50
SECTION_TEXT_MAX = 3000
SECTION_FIELDS_MAX = 10
SECTION_FIELD_TEXT_MAX = 2000
HEADER_TEXT_MAX = 150
PRIVATE_METADATA_MAX = 3000
ID_MAX = 255  # callback_id, external_id, action_id, block_id
SELECT_OPTIONS_MAX = 100
OPTION_TEXT_MAX = 75
OPTION_VALUE_MAX = 150
BUTTON_TEXT_MAX = 75
BUTTON_VALUE_MAX = 2000
URL_MAX = 3000
ACTIONS_ELEMENTS_MAX = 25
CONTEXT_ELEMENTS_MAX = 10
CHOICE_OPTIONS_MAX = 10  # checkboxes, radio_buttons
OVERFLOW_OPTIONS_MAX = 5
TEXT_INPUT_LENGTH_MAX = 3000
PLACEHOLDER_MAX = 150
INPUT_LABEL_MAX = 2000
CONFIRM_TITLE_MAX = 100
CONFIRM_TEXT_MAX = 300
CONFIRM_BUTTON_MAX = 30
# Not in the README table but documented by Slack and cheap to enforce.
IMAGE_ALT_TEXT_MAX = 2000
IMAGE_TITLE_MAX = 2000
OPTION_DESCRIPTION_MAX = 75
OPTION_GROUP_LABEL_MAX = 75

KNOWN_BLOCK_TYPES = frozenset(
    {"section", "header", "divider", "context", "actions", "input", "image", "rich_text", "file", "video"}
)
TEXT_TYPES = frozenset({"plain_text", "mrkdwn"})

_SELECTS = {
    "static_select",
    "external_select",
    "users_select",
    "conversations_select",
    "channels_select",
}
_MULTI_SELECTS = {"multi_" + s for s in _SELECTS}
#: Elements allowed as a section ``accessory``.
ACCESSORY_ELEMENTS = frozenset(
    {"button", "checkboxes", "datepicker", "image", "overflow", "radio_buttons", "timepicker", "workflow_button"}
    | _SELECTS
    | _MULTI_SELECTS
)
#: Elements allowed inside an ``actions`` block.
ACTIONS_ELEMENTS = frozenset(
    {
        "button",
        "checkboxes",
        "datepicker",
        "datetimepicker",
        "overflow",
        "radio_buttons",
        "timepicker",
        "workflow_button",
    }
    | _SELECTS
    | _MULTI_SELECTS
)
#: Elements allowed as an ``input`` block's ``element``.
INPUT_ELEMENTS = frozenset(
    {
        "plain_text_input",
        "checkboxes",
        "radio_buttons",
        "datepicker",
        "timepicker",
        "datetimepicker",
        "email_text_input",
        "url_text_input",
        "number_input",
        "file_input",
        "rich_text_input",
    }
    | _SELECTS
    | _MULTI_SELECTS
)
#: Elements carrying a ``placeholder`` (plain_text, ≤150 chars).
_PLACEHOLDER_ELEMENTS = (
    _SELECTS
    | _MULTI_SELECTS
    | {"datepicker", "timepicker", "plain_text_input", "email_text_input", "url_text_input", "number_input"}
    | {"rich_text_input"}
)
_CONFIRMABLE = (
    _SELECTS
    | _MULTI_SELECTS
    | {"button", "overflow", "checkboxes", "radio_buttons", "datepicker", "timepicker", "datetimepicker"}
)

_DATE_RE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_TIME_RE = re.compile(r"^([01]\d|2[0-3]):[0-5]\d$")


class _Collector:
    """Accumulates violation strings; one instance per top-level validation call."""

    def __init__(self) -> None:
        self.errors: list[str] = []

    def add(self, message: str, pointer: str) -> None:
        self.errors.append(f"[ERROR] {message} [json-pointer:{pointer}]")

    # -- primitive checks ---------------------------------------------------------------------
    def max_len(self, value: Any, limit: int, pointer: str) -> None:
        """Strings longer than ``limit`` characters (Slack counts characters, not bytes)."""
        if isinstance(value, str) and len(value) > limit:
            self.add(f"must be less than {limit + 1} characters", pointer)

    def string(self, obj: dict, key: str, pointer: str, *, limit: int, required: bool = False) -> None:
        if key not in obj or obj[key] is None:
            if required:
                self.add(f"missing required field: {key}", pointer)
            return
        value = obj[key]
        if not isinstance(value, str):
            self.add("must be a string", f"{pointer}/{key}")
            return
        self.max_len(value, limit, f"{pointer}/{key}")

    def array(self, value: Any, pointer: str, *, minimum: int = 0, maximum: int | None = None) -> bool:
        """Check an array's item count; returns False when ``value`` is not a list at all."""
        if not isinstance(value, list):
            self.add("must be an array", pointer)
            return False
        if maximum is not None and len(value) > maximum:
            self.add(f"no more than {maximum} items allowed", pointer)
        if len(value) < minimum:
            self.add(f"must provide at least {minimum} items", pointer)
        return True

    def text_object(
        self,
        obj: Any,
        pointer: str,
        *,
        limit: int,
        plain_only: bool = False,
    ) -> None:
        """A composition text object: ``{"type": "plain_text"|"mrkdwn", "text": "..."}``."""
        if not isinstance(obj, dict):
            self.add("must be a text object", pointer)
            return
        kind = obj.get("type")
        if kind is None:
            self.add("missing required field: type", pointer)
        elif kind not in TEXT_TYPES:
            self.add(f"must be a valid enum value (plain_text, mrkdwn); got {kind!r}", f"{pointer}/type")
        elif plain_only and kind != "plain_text":
            self.add("must be a valid enum value (plain_text only here)", f"{pointer}/type")
        if "text" not in obj or obj["text"] is None:
            self.add("missing required field: text", pointer)
            return
        text = obj["text"]
        if not isinstance(text, str):
            self.add("must be a string", f"{pointer}/text")
            return
        if text == "":
            self.add("must be more than 0 characters", f"{pointer}/text")
        self.max_len(text, limit, f"{pointer}/text")
        if kind == "mrkdwn" and "emoji" in obj:
            self.add("invalid additional property: emoji", f"{pointer}/emoji")

    def identifier(self, obj: dict, key: str, pointer: str) -> None:
        """``action_id`` / ``block_id`` / ``callback_id`` / ``external_id``: strings of ≤255 chars."""
        if key in obj and obj[key] is not None:
            if not isinstance(obj[key], str):
                self.add("must be a string", f"{pointer}/{key}")
            else:
                self.max_len(obj[key], ID_MAX, f"{pointer}/{key}")


# ---------------------------------------------------------------------------------------------
# composition objects
# ---------------------------------------------------------------------------------------------


def _check_option(c: _Collector, opt: Any, ptr: str, *, allow_mrkdwn: bool, allow_url: bool) -> None:
    if not isinstance(opt, dict):
        c.add("must be an option object", ptr)
        return
    if "text" not in opt:
        c.add("missing required field: text", ptr)
    else:
        c.text_object(opt["text"], f"{ptr}/text", limit=OPTION_TEXT_MAX, plain_only=not allow_mrkdwn)
    c.string(opt, "value", ptr, limit=OPTION_VALUE_MAX, required=True)
    if "description" in opt:
        c.text_object(opt["description"], f"{ptr}/description", limit=OPTION_DESCRIPTION_MAX, plain_only=not allow_mrkdwn)
    if "url" in opt:
        if not allow_url:
            c.add("invalid additional property: url", f"{ptr}/url")
        else:
            c.string(opt, "url", ptr, limit=URL_MAX)


def _check_options(
    c: _Collector,
    options: Any,
    ptr: str,
    *,
    minimum: int,
    maximum: int,
    allow_mrkdwn: bool = False,
    allow_url: bool = False,
) -> None:
    if not c.array(options, ptr, minimum=minimum, maximum=maximum):
        return
    for i, opt in enumerate(options):
        _check_option(c, opt, f"{ptr}/{i}", allow_mrkdwn=allow_mrkdwn, allow_url=allow_url)


def _check_confirm(c: _Collector, confirm: Any, ptr: str) -> None:
    if not isinstance(confirm, dict):
        c.add("must be a confirmation dialog object", ptr)
        return
    for key, limit, plain in (
        ("title", CONFIRM_TITLE_MAX, True),
        ("text", CONFIRM_TEXT_MAX, False),
        ("confirm", CONFIRM_BUTTON_MAX, True),
        ("deny", CONFIRM_BUTTON_MAX, True),
    ):
        if key not in confirm:
            c.add(f"missing required field: {key}", ptr)
        else:
            c.text_object(confirm[key], f"{ptr}/{key}", limit=limit, plain_only=plain)
    if "style" in confirm and confirm["style"] not in ("primary", "danger"):
        c.add("must be a valid enum value (primary, danger)", f"{ptr}/style")


# ---------------------------------------------------------------------------------------------
# elements
# ---------------------------------------------------------------------------------------------


def _check_element(c: _Collector, el: Any, ptr: str, *, allowed: frozenset[str], where: str) -> None:
    """Validate one block element; ``allowed`` is the set of element types legal at ``where``."""
    if not isinstance(el, dict):
        c.add("must be an element object", ptr)
        return
    kind = el.get("type")
    if kind is None:
        c.add("missing required field: type", ptr)
        return
    if kind not in allowed:
        c.add(f"unsupported type: {kind} (not allowed in {where})", f"{ptr}/type")
        return
    if kind != "image":
        c.identifier(el, "action_id", ptr)
    if kind in _PLACEHOLDER_ELEMENTS and "placeholder" in el:
        c.text_object(el["placeholder"], f"{ptr}/placeholder", limit=PLACEHOLDER_MAX, plain_only=True)
    if kind in _CONFIRMABLE and "confirm" in el:
        _check_confirm(c, el["confirm"], f"{ptr}/confirm")

    if kind == "button":
        if "text" not in el:
            c.add("missing required field: text", ptr)
        else:
            c.text_object(el["text"], f"{ptr}/text", limit=BUTTON_TEXT_MAX, plain_only=True)
        c.string(el, "value", ptr, limit=BUTTON_VALUE_MAX)
        c.string(el, "url", ptr, limit=URL_MAX)
        c.string(el, "accessibility_label", ptr, limit=BUTTON_TEXT_MAX)
        if "style" in el and el["style"] not in ("primary", "danger"):
            c.add("must be a valid enum value (primary, danger)", f"{ptr}/style")
    elif kind in ("static_select", "multi_static_select"):
        has_options, has_groups = "options" in el, "option_groups" in el
        if has_options and has_groups:
            c.add("must provide either options or option_groups, not both", ptr)
        elif not has_options and not has_groups:
            c.add("missing required field: options", ptr)
        if has_options:
            _check_options(c, el["options"], f"{ptr}/options", minimum=1, maximum=SELECT_OPTIONS_MAX)
        if has_groups:
            groups = el["option_groups"]
            if c.array(groups, f"{ptr}/option_groups", minimum=1, maximum=SELECT_OPTIONS_MAX):
                for g, group in enumerate(groups):
                    gptr = f"{ptr}/option_groups/{g}"
                    if not isinstance(group, dict):
                        c.add("must be an option group object", gptr)
                        continue
                    if "label" not in group:
                        c.add("missing required field: label", gptr)
                    else:
                        c.text_object(group["label"], f"{gptr}/label", limit=OPTION_GROUP_LABEL_MAX, plain_only=True)
                    if "options" not in group:
                        c.add("missing required field: options", gptr)
                    else:
                        _check_options(c, group["options"], f"{gptr}/options", minimum=1, maximum=SELECT_OPTIONS_MAX)
        if "initial_option" in el:
            _check_option(c, el["initial_option"], f"{ptr}/initial_option", allow_mrkdwn=False, allow_url=False)
        if "initial_options" in el and c.array(el["initial_options"], f"{ptr}/initial_options"):
            for i, opt in enumerate(el["initial_options"]):
                _check_option(c, opt, f"{ptr}/initial_options/{i}", allow_mrkdwn=False, allow_url=False)
    elif kind == "overflow":
        if "options" not in el:
            c.add("missing required field: options", ptr)
        else:
            _check_options(
                c, el["options"], f"{ptr}/options", minimum=1, maximum=OVERFLOW_OPTIONS_MAX, allow_url=True
            )
    elif kind in ("checkboxes", "radio_buttons"):
        if "options" not in el:
            c.add("missing required field: options", ptr)
        else:
            _check_options(
                c, el["options"], f"{ptr}/options", minimum=1, maximum=CHOICE_OPTIONS_MAX, allow_mrkdwn=True
            )
        if "initial_option" in el:
            _check_option(c, el["initial_option"], f"{ptr}/initial_option", allow_mrkdwn=True, allow_url=False)
        if "initial_options" in el and c.array(el["initial_options"], f"{ptr}/initial_options"):
            for i, opt in enumerate(el["initial_options"]):
                _check_option(c, opt, f"{ptr}/initial_options/{i}", allow_mrkdwn=True, allow_url=False)
    elif kind == "plain_text_input":
        min_len, max_len = el.get("min_length"), el.get("max_length")
        if max_len is not None:
            if not isinstance(max_len, int) or isinstance(max_len, bool):
                c.add("must be an integer", f"{ptr}/max_length")
            elif max_len > TEXT_INPUT_LENGTH_MAX:
                c.add(f"must be less than {TEXT_INPUT_LENGTH_MAX + 1}", f"{ptr}/max_length")
            elif max_len < 1:
                c.add("must be at least 1", f"{ptr}/max_length")
        if min_len is not None:
            if not isinstance(min_len, int) or isinstance(min_len, bool):
                c.add("must be an integer", f"{ptr}/min_length")
            elif min_len > TEXT_INPUT_LENGTH_MAX:
                c.add(f"must be less than {TEXT_INPUT_LENGTH_MAX + 1}", f"{ptr}/min_length")
            elif min_len < 0:
                c.add("must be at least 0", f"{ptr}/min_length")
        if (
            isinstance(min_len, int)
            and isinstance(max_len, int)
            and not isinstance(min_len, bool)
            and not isinstance(max_len, bool)
            and min_len > max_len
        ):
            c.add("min_length must not exceed max_length", f"{ptr}/min_length")
        if "initial_value" in el and not isinstance(el["initial_value"], str):
            c.add("must be a string", f"{ptr}/initial_value")
    elif kind == "number_input":
        if "is_decimal_allowed" not in el:
            c.add("missing required field: is_decimal_allowed", ptr)
        elif not isinstance(el["is_decimal_allowed"], bool):
            c.add("must be a boolean", f"{ptr}/is_decimal_allowed")
    elif kind == "datepicker":
        if "initial_date" in el and not (isinstance(el["initial_date"], str) and _DATE_RE.match(el["initial_date"])):
            c.add("must match the format YYYY-MM-DD", f"{ptr}/initial_date")
    elif kind == "timepicker":
        if "initial_time" in el and not (isinstance(el["initial_time"], str) and _TIME_RE.match(el["initial_time"])):
            c.add("must match the format HH:mm", f"{ptr}/initial_time")
    elif kind == "datetimepicker":
        idt = el.get("initial_date_time")
        if idt is not None and (not isinstance(idt, int) or isinstance(idt, bool)):
            c.add("must be an integer (UNIX timestamp in seconds)", f"{ptr}/initial_date_time")
    elif kind == "image":
        if "image_url" not in el and "slack_file" not in el:
            c.add("missing required field: image_url", ptr)
        c.string(el, "image_url", ptr, limit=URL_MAX)
        c.string(el, "alt_text", ptr, limit=IMAGE_ALT_TEXT_MAX, required=True)
    elif kind == "workflow_button":
        if "text" not in el:
            c.add("missing required field: text", ptr)
        else:
            c.text_object(el["text"], f"{ptr}/text", limit=BUTTON_TEXT_MAX, plain_only=True)
        if "workflow" not in el:
            c.add("missing required field: workflow", ptr)
    elif kind == "file_input":
        mf = el.get("max_files")
        if mf is not None and (not isinstance(mf, int) or not 1 <= mf <= 10):
            c.add("must be between 1 and 10", f"{ptr}/max_files")
    if kind in _MULTI_SELECTS and "max_selected_items" in el:
        msi = el["max_selected_items"]
        if not isinstance(msi, int) or isinstance(msi, bool) or msi < 1:
            c.add("must be at least 1", f"{ptr}/max_selected_items")


def _check_context_element(c: _Collector, el: Any, ptr: str) -> None:
    """Context blocks hold text objects and image elements only."""
    if isinstance(el, dict) and el.get("type") in TEXT_TYPES:
        c.text_object(el, ptr, limit=SECTION_TEXT_MAX)
    else:
        _check_element(c, el, ptr, allowed=frozenset({"image"}), where="a context block")


def _check_action_ids_unique(c: _Collector, elements: Iterable[Any], ptr: str, key: str = "elements") -> None:
    seen: set[str] = set()
    for i, el in enumerate(elements):
        if isinstance(el, dict) and isinstance(el.get("action_id"), str):
            aid = el["action_id"]
            if aid in seen:
                c.add(f"duplicate action_id ({aid}) in block", f"{ptr}/{key}/{i}/action_id")
            seen.add(aid)


# ---------------------------------------------------------------------------------------------
# blocks
# ---------------------------------------------------------------------------------------------


def _check_block(c: _Collector, block: Any, ptr: str, surface: Surface) -> None:
    if not isinstance(block, dict):
        c.add("must be a block object", ptr)
        return
    kind = block.get("type")
    if kind is None:
        c.add("missing required field: type", ptr)
        return
    if kind not in KNOWN_BLOCK_TYPES:
        c.add(f"unsupported type: {kind}", f"{ptr}/type")
        return
    c.identifier(block, "block_id", ptr)

    if kind == "section":
        has_text, has_fields = "text" in block, "fields" in block
        if not has_text and not has_fields:
            c.add("must contain either text or fields", ptr)
        if has_text:
            c.text_object(block["text"], f"{ptr}/text", limit=SECTION_TEXT_MAX)
        if has_fields and c.array(block["fields"], f"{ptr}/fields", minimum=1, maximum=SECTION_FIELDS_MAX):
            for i, field in enumerate(block["fields"]):
                c.text_object(field, f"{ptr}/fields/{i}", limit=SECTION_FIELD_TEXT_MAX)
        if "accessory" in block:
            _check_element(c, block["accessory"], f"{ptr}/accessory", allowed=ACCESSORY_ELEMENTS, where="a section accessory")
    elif kind == "header":
        if "text" not in block:
            c.add("missing required field: text", ptr)
        else:
            c.text_object(block["text"], f"{ptr}/text", limit=HEADER_TEXT_MAX, plain_only=True)
    elif kind == "divider":
        pass
    elif kind == "context":
        if "elements" not in block:
            c.add("missing required field: elements", ptr)
        elif c.array(block["elements"], f"{ptr}/elements", minimum=1, maximum=CONTEXT_ELEMENTS_MAX):
            for i, el in enumerate(block["elements"]):
                _check_context_element(c, el, f"{ptr}/elements/{i}")
    elif kind == "actions":
        if "elements" not in block:
            c.add("missing required field: elements", ptr)
        elif c.array(block["elements"], f"{ptr}/elements", minimum=1, maximum=ACTIONS_ELEMENTS_MAX):
            for i, el in enumerate(block["elements"]):
                _check_element(c, el, f"{ptr}/elements/{i}", allowed=ACTIONS_ELEMENTS, where="an actions block")
            _check_action_ids_unique(c, block["elements"], ptr)
    elif kind == "input":
        if surface != "modal":
            c.add(f"unsupported type: input (input blocks are only allowed in modals, not in a {surface})", f"{ptr}/type")
        if "label" not in block:
            c.add("missing required field: label", ptr)
        else:
            c.text_object(block["label"], f"{ptr}/label", limit=INPUT_LABEL_MAX, plain_only=True)
        if "hint" in block:
            c.text_object(block["hint"], f"{ptr}/hint", limit=INPUT_LABEL_MAX, plain_only=True)
        if "element" not in block:
            c.add("missing required field: element", ptr)
        else:
            _check_element(c, block["element"], f"{ptr}/element", allowed=INPUT_ELEMENTS, where="an input block")
        for flag in ("optional", "dispatch_action"):
            if flag in block and not isinstance(block[flag], bool):
                c.add("must be a boolean", f"{ptr}/{flag}")
    elif kind == "image":
        if "image_url" not in block and "slack_file" not in block:
            c.add("missing required field: image_url", ptr)
        c.string(block, "image_url", ptr, limit=URL_MAX)
        c.string(block, "alt_text", ptr, limit=IMAGE_ALT_TEXT_MAX, required=True)
        if "title" in block:
            c.text_object(block["title"], f"{ptr}/title", limit=IMAGE_TITLE_MAX, plain_only=True)
    elif kind == "rich_text":
        if "elements" not in block:
            c.add("missing required field: elements", ptr)
        else:
            c.array(block["elements"], f"{ptr}/elements")
    elif kind == "file":
        for key in ("external_id", "source"):
            if key not in block:
                c.add(f"missing required field: {key}", ptr)
    elif kind == "video":
        for key in ("alt_text", "title", "thumbnail_url", "video_url"):
            if key not in block:
                c.add(f"missing required field: {key}", ptr)
        if "title" in block:
            c.text_object(block["title"], f"{ptr}/title", limit=200, plain_only=True)


def _check_blocks(c: _Collector, blocks: Any, *, surface: Surface, pointer_prefix: str) -> None:
    if not isinstance(blocks, list):
        c.add("must be an array", pointer_prefix)
        return
    if surface == "message":
        if len(blocks) > MESSAGE_BLOCKS_MAX:
            c.add(f"no more than {MESSAGE_BLOCKS_MAX} items allowed", pointer_prefix)
    else:
        if len(blocks) > VIEW_BLOCKS_MAX:
            c.add(f"no more than {VIEW_BLOCKS_MAX} items allowed", pointer_prefix)
        if len(blocks) < 1:
            c.add("must provide at least 1 items", pointer_prefix)
    seen_block_ids: set[str] = set()
    for i, block in enumerate(blocks):
        ptr = f"{pointer_prefix}/{i}"
        _check_block(c, block, ptr, surface)
        if isinstance(block, dict) and isinstance(block.get("block_id"), str):
            bid = block["block_id"]
            if bid in seen_block_ids:
                c.add(f"duplicate block_id ({bid}); block_id must be unique within a {surface}", f"{ptr}/block_id")
            seen_block_ids.add(bid)


# ---------------------------------------------------------------------------------------------
# public API
# ---------------------------------------------------------------------------------------------


def validate_blocks(
    blocks: Any,
    *,
    surface: Surface = "message",
    pointer_prefix: str | None = None,
) -> list[str]:
    """Validate a ``blocks`` array for one surface.

    ``pointer_prefix`` is the JSON pointer of the array itself; it defaults to ``/blocks`` for
    messages and ``/view/blocks`` for modals and Home tabs, matching what Slack reports.
    Block-count limits: messages ≤50, views 1–100.
    """
    if surface not in ("message", "modal", "home"):
        raise ValueError(f"unknown surface {surface!r}")
    if pointer_prefix is None:
        pointer_prefix = "/blocks" if surface == "message" else "/view/blocks"
    c = _Collector()
    _check_blocks(c, blocks, surface=surface, pointer_prefix=pointer_prefix)
    return c.errors


def validate_message(text: str | None, blocks: list | None) -> list[str]:
    """Validate the Block Kit part of a message (``chat.postMessage``/``chat.update``/response_url).

    ``text`` is only type-checked here: the missing-fallback rule is a warning, not an error,
    see :func:`missing_text_fallback`.  ``blocks=None`` (or ``[]``) means a text-only message.
    """
    c = _Collector()
    if text is not None and not isinstance(text, str):
        c.add("must be a string", "/text")
    if blocks is not None:
        _check_blocks(c, blocks, surface="message", pointer_prefix="/blocks")
    return c.errors


def view_json_size(view: Any) -> int:
    """Bytes of the compact UTF-8 JSON encoding of ``view`` (what Slack measures against 250 kB)."""
    return len(json.dumps(view, ensure_ascii=False, separators=(",", ":")).encode("utf-8"))


def validate_view(view: Any) -> list[str]:
    """Validate a modal or Home tab view object as sent to ``views.open/push/update/publish``.

    Checks the view-level fields (type, title/submit/close ≤24, private_metadata ≤3000,
    callback_id/external_id ≤255, ``submit`` required when the modal has input blocks,
    whole JSON ≤250 kB) and every block via :func:`validate_blocks`.
    A size violation starts with :data:`VIEW_TOO_LARGE`.
    """
    c = _Collector()
    if not isinstance(view, dict):
        c.add("must be a view object", "/view")
        return c.errors
    size = view_json_size(view)
    if size > MAX_VIEW_BYTES:
        c.errors.append(f"{VIEW_TOO_LARGE}: view JSON is {size} bytes, limit {MAX_VIEW_BYTES} [json-pointer:/view]")
    kind = view.get("type")
    if kind is None:
        c.add("missing required field: type", "/view")
        return c.errors
    if kind not in ("modal", "home"):
        c.add(f"must be a valid enum value (modal, home); got {kind!r}", "/view/type")
        return c.errors
    surface: Surface = kind  # type: ignore[assignment]
    if kind == "modal" and "title" not in view:
        c.add("missing required field: title", "/view")
    for key in ("title", "submit", "close"):
        if key in view and view[key] is not None:
            c.text_object(view[key], f"/view/{key}", limit=VIEW_TITLE_MAX, plain_only=True)
    c.string(view, "private_metadata", "/view", limit=PRIVATE_METADATA_MAX)
    c.identifier(view, "callback_id", "/view")
    c.identifier(view, "external_id", "/view")
    for flag in ("clear_on_close", "notify_on_close", "submit_disabled"):
        if flag in view and not isinstance(view[flag], bool):
            c.add("must be a boolean", f"/view/{flag}")
    if "blocks" not in view:
        c.add("missing required field: blocks", "/view")
        return c.errors
    _check_blocks(c, view["blocks"], surface=surface, pointer_prefix="/view/blocks")
    if kind == "modal" and view.get("submit") is None and isinstance(view["blocks"], list):
        for i, block in enumerate(view["blocks"]):
            if isinstance(block, dict) and block.get("type") == "input":
                c.add("must define `submit` to use an `input` block in modals", f"/view/blocks/{i}/input")
                break
    return c.errors


def missing_text_fallback(text: str | None, blocks: list | None) -> bool:
    """True when a message has blocks but no usable top-level ``text`` fallback.

    Slack accepts such messages, but notifications and screen readers then show nothing
    useful, so the fake records it as a warning.
    """
    if not blocks:
        return False
    return not (isinstance(text, str) and text.strip())
