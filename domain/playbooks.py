"""Playbooks: the standard countermeasure checklist added to every new incident.

A playbook is a list of items (title in Japanese and English, phase, an offset from the discovery
time, optional notes). Every incident gets the items of the single *common* playbook (the emergency
response checklist: who manages the data, how and what leaked, how many people, the harm to
expect, what was done) plus those of the playbook for its event type — or of the *default*
playbook when no playbook claims the type. An item whose key equals a common item's key replaces
that common item.

The shipped playbooks live as YAML next to this module (``domain/playbooks/*.yaml``); an
organization may override them by id from its own folder. Parsing is pure: reading the files is the
caller's business (``bot.playbooks``). Every problem is reported at once, each with a location such
as ``sales.yaml/items/3/due``, a short snake_case code (the caller localizes it) and the offending
value.

YAML shape::

    id: loss_theft                                   # [a-z0-9_-]{1,64}
    title: {ja: 紛失・盗難, en: Loss or theft}
    event_types: [loss, theft]                       # or `common: true`, or `default: true`
    items:                                           # 1 to 30 items
      - key: police_report                           # [a-z0-9_-]{1,64}, unique in the playbook
        title: {ja: 警察へ遺失届・被害届を提出する, en: File a loss or theft report with the police}
        phase: containment                           # any phase but `closed`
        due: PT24H                                   # ISO 8601 duration or seconds; 0 to 365 days
        notes: {ja: ..., en: ...}                    # optional
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import timedelta
from typing import Any

from domain.directory import Problem
from domain.incidents import EventType
from domain.phases import ORDER, Phase
from domain.tasks import MAX_NOTES, MAX_TITLE

LANGUAGES = ("ja", "en")
#: Slack allows 50 blocks per message; the task list spends some on its header and buttons.
MAX_ITEMS = 30
MAX_OFFSET = timedelta(days=365)
_ID = re.compile(r"[a-z0-9_-]{1,64}")
_PLAYBOOK_FIELDS = frozenset({"id", "title", "event_types", "common", "default", "items"})
_ITEM_FIELDS = frozenset({"key", "title", "phase", "due", "notes"})
_ISO_DURATION = re.compile(
    r"(?P<sign>-)?P(?:(?P<weeks>\d+(?:\.\d+)?)W)?(?:(?P<days>\d+(?:\.\d+)?)D)?"
    r"(?:T(?:(?P<hours>\d+(?:\.\d+)?)H)?(?:(?P<minutes>\d+(?:\.\d+)?)M)?(?:(?P<seconds>\d+(?:\.\d+)?)S)?)?",
    re.IGNORECASE,
)
_SECONDS = re.compile(r"-?\d+(?:\.\d+)?")


class Code:
    """Problem codes (``prompts`` or the CLI turns them into sentences)."""

    NOT_A_MAPPING = "not_a_mapping"
    UNKNOWN_FIELD = "unknown_field"
    REQUIRED = "required"
    BAD_ID = "bad_id"
    BAD_KEY = "bad_key"
    NEEDS_JA_EN = "needs_ja_en"
    TOO_LONG = "too_long"
    NOT_A_BOOLEAN = "not_a_boolean"
    NEEDS_EVENT_TYPES = "needs_event_types"  # none of event_types / common / default
    CONFLICTING_KIND = "conflicting_kind"  # common together with default
    COMMON_WITH_EVENT_TYPES = "common_with_event_types"
    NOT_A_LIST = "not_a_list"
    UNKNOWN_EVENT_TYPE = "unknown_event_type"
    DUPLICATE_EVENT_TYPE = "duplicate_event_type"
    UNKNOWN_PHASE = "unknown_phase"
    PHASE_NOT_ALLOWED = "phase_not_allowed"  # `closed` is not a phase a task can belong to
    BAD_DURATION = "bad_duration"
    NEGATIVE_DURATION = "negative_duration"
    DURATION_TOO_LONG = "duration_too_long"
    DUPLICATE_KEY = "duplicate_key"
    NO_ITEMS = "no_items"
    TOO_MANY_ITEMS = "too_many_items"
    # Set-level problems (build_playbook_set)
    DUPLICATE_ID = "duplicate_id"
    NO_COMMON_PLAYBOOK = "no_common_playbook"
    MORE_THAN_ONE_COMMON = "more_than_one_common"
    MORE_THAN_ONE_DEFAULT = "more_than_one_default"
    EVENT_TYPE_CLAIMED_TWICE = "event_type_claimed_twice"
    EVENT_TYPE_NOT_COVERED = "event_type_not_covered"


@dataclass(frozen=True)
class PlaybookItem:
    key: str
    title: dict[str, str]
    phase: Phase
    offset: timedelta
    notes: dict[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class Playbook:
    id: str
    title: dict[str, str]
    event_types: frozenset[EventType]
    items: tuple[PlaybookItem, ...]
    is_default: bool = False
    is_common: bool = False
    #: Where the playbook came from (a file name), used to locate set-level problems.
    source: str = field(default="", compare=False)

    def _where(self) -> str:
        return self.source or self.id


class PlaybookError(Exception):
    """Every problem found, at once; ``str()`` lists them as ``where: code (value)``."""

    def __init__(self, problems: list[Problem]):
        super().__init__("; ".join(f"{p.where}: {p.code}" + (f" ({p.value})" if p.value else "") for p in problems))
        self.problems = problems


_PHASE_RANK = {phase: rank for rank, phase in enumerate(ORDER)}


@dataclass(frozen=True)
class PlaybookSet:
    """A validated set: one common playbook, and every event type served by exactly one playbook."""

    playbooks: tuple[Playbook, ...]

    @property
    def common(self) -> Playbook | None:
        return next((p for p in self.playbooks if p.is_common), None)

    @property
    def default(self) -> Playbook | None:
        return next((p for p in self.playbooks if p.is_default), None)

    def playbook_for(self, event_type: EventType | str) -> Playbook:
        """The playbook claiming ``event_type``, else the default one.

        An unknown value (say, a type renamed after the incident was stored) also gets the default.
        """
        try:
            wanted: EventType | None = EventType(event_type)
        except ValueError:
            wanted = None
        if wanted is not None:
            for playbook in self.playbooks:
                if wanted in playbook.event_types:
                    return playbook
        if self.default is None:
            raise LookupError(f"no playbook for event type {event_type!r} and no default playbook")
        return self.default

    def for_event(self, event_type: EventType | str) -> tuple[PlaybookItem, ...]:
        """The checklist for a new incident: the common items, then the event type's items (an item
        with a common item's key replaces it), ordered by offset, then phase, then the order written."""
        specific = self.playbook_for(event_type)
        own_keys = {item.key for item in specific.items}
        common = self.common
        shared = [item for item in (common.items if common else ()) if item.key not in own_keys]
        items = shared + list(specific.items)
        return tuple(sorted(items, key=lambda item: (item.offset, _PHASE_RANK[item.phase])))  # stable sort


# --------------------------------------------------------------------------------------------
# Parsing one playbook
# --------------------------------------------------------------------------------------------


def parse_duration(value: Any) -> timedelta | str:
    """A ``timedelta`` from seconds (``3600``, ``"3600"``) or ISO 8601 (``PT1H``, ``P3D``,
    ``P1DT12H``, ``P1W``), or a problem code. Years and months are refused: their length varies."""
    if isinstance(value, bool):
        return Code.BAD_DURATION
    if isinstance(value, int) and abs(value) > 10**12:  # float() of a huge int would overflow
        return Code.NEGATIVE_DURATION if value < 0 else Code.DURATION_TOO_LONG
    if isinstance(value, (int, float)):
        seconds = float(value)
    elif isinstance(value, str) and _SECONDS.fullmatch(value.strip()):
        seconds = float(value.strip())
    elif isinstance(value, str) and (match := _ISO_DURATION.fullmatch(value.strip())):
        parts = {k: float(v) for k, v in match.groupdict().items() if k != "sign" and v is not None}
        if not parts or value.strip().upper().endswith("T"):
            return Code.BAD_DURATION
        seconds = (
            parts.get("weeks", 0) * 7 * 86400
            + parts.get("days", 0) * 86400
            + parts.get("hours", 0) * 3600
            + parts.get("minutes", 0) * 60
            + parts.get("seconds", 0)
        )
        if match.group("sign") and seconds:
            seconds = -seconds
    else:
        return Code.BAD_DURATION
    if seconds != seconds:  # NaN
        return Code.BAD_DURATION
    if seconds < 0:
        return Code.NEGATIVE_DURATION
    if seconds > MAX_OFFSET.total_seconds():
        return Code.DURATION_TOO_LONG
    return timedelta(seconds=seconds)


def _texts(value: Any, where: str, problems: list[Problem], *, limit: int) -> dict[str, str] | None:
    """A ``{ja, en}`` mapping with both languages non-empty and within ``limit`` characters."""
    if not isinstance(value, dict):
        problems.append(Problem(where, Code.NEEDS_JA_EN, "" if value is None else _show(value)))
        return None
    ok = True
    for key in value:
        if key not in LANGUAGES:
            problems.append(Problem(f"{where}/{key}", Code.UNKNOWN_FIELD, str(key)))
            ok = False
    texts: dict[str, str] = {}
    for lang in LANGUAGES:
        text = value.get(lang)
        text = text.strip() if isinstance(text, str) else ""
        if not text:
            problems.append(Problem(f"{where}/{lang}", Code.REQUIRED))
            ok = False
        elif len(text) > limit:
            problems.append(Problem(f"{where}/{lang}", Code.TOO_LONG, f"{len(text)} > {limit}"))
            ok = False
        texts[lang] = text
    return texts if ok else None


def _show(value: Any, limit: int = 80) -> str:
    text = str(value)
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _flag(data: dict[str, Any], name: str, where: str, problems: list[Problem]) -> bool:
    value = data.get(name, False)
    if value is None or isinstance(value, bool):
        return bool(value)
    problems.append(Problem(f"{where}/{name}", Code.NOT_A_BOOLEAN, _show(value)))
    return False


def _unknown_fields(data: dict[str, Any], allowed: frozenset[str], where: str, problems: list[Problem]) -> None:
    for name in data:
        if name not in allowed:
            problems.append(Problem(f"{where}/{name}", Code.UNKNOWN_FIELD, str(name)))


def _event_types(raw: Any, where: str, problems: list[Problem]) -> frozenset[EventType]:
    if not isinstance(raw, list):
        problems.append(Problem(where, Code.NOT_A_LIST, _show(raw)))
        return frozenset()
    found: list[EventType] = []
    for i, name in enumerate(raw):
        try:
            event_type = EventType(name)
        except ValueError:
            problems.append(Problem(f"{where}/{i}", Code.UNKNOWN_EVENT_TYPE, _show(name)))
            continue
        if event_type in found:
            problems.append(Problem(f"{where}/{i}", Code.DUPLICATE_EVENT_TYPE, event_type.value))
        found.append(event_type)
    return frozenset(found)


def _item(data: Any, where: str, problems: list[Problem]) -> PlaybookItem | None:
    if not isinstance(data, dict):
        problems.append(Problem(where, Code.NOT_A_MAPPING, _show(data)))
        return None
    before = len(problems)
    _unknown_fields(data, _ITEM_FIELDS, where, problems)
    key = data.get("key")
    if key in (None, ""):
        problems.append(Problem(f"{where}/key", Code.REQUIRED))
    elif not isinstance(key, str) or not _ID.fullmatch(key):
        problems.append(Problem(f"{where}/key", Code.BAD_KEY, _show(key)))
    title = _texts(data.get("title"), f"{where}/title", problems, limit=MAX_TITLE)
    phase: Phase | None = None
    raw_phase = data.get("phase")
    if raw_phase in (None, ""):
        problems.append(Problem(f"{where}/phase", Code.REQUIRED))
    else:
        try:
            phase = Phase(str(raw_phase))
        except ValueError:
            problems.append(Problem(f"{where}/phase", Code.UNKNOWN_PHASE, _show(raw_phase)))
        if phase is Phase.CLOSED:
            problems.append(Problem(f"{where}/phase", Code.PHASE_NOT_ALLOWED, phase.value))
    offset: timedelta | None = None
    raw_due = data.get("due")
    if raw_due in (None, ""):
        problems.append(Problem(f"{where}/due", Code.REQUIRED))
    else:
        parsed = parse_duration(raw_due)
        if isinstance(parsed, str):
            problems.append(Problem(f"{where}/due", parsed, _show(raw_due)))
        else:
            offset = parsed
    notes: dict[str, str] | None = {}
    if data.get("notes") not in (None, "", {}):
        notes = _texts(data["notes"], f"{where}/notes", problems, limit=MAX_NOTES)
    if len(problems) > before:
        return None
    assert isinstance(key, str) and title and phase and offset is not None and notes is not None
    return PlaybookItem(key, title, phase, offset, notes)


def parse_playbook(data: Any, *, source: str) -> Playbook:
    """Build a ``Playbook`` from parsed YAML, or raise ``PlaybookError`` listing every problem.

    ``source`` (usually the file name) starts every location: ``sales.yaml/items/3/due``.
    """
    if not isinstance(data, dict):
        raise PlaybookError([Problem(source, Code.NOT_A_MAPPING, "" if data is None else _show(data))])
    problems: list[Problem] = []
    _unknown_fields(data, _PLAYBOOK_FIELDS, source, problems)
    playbook_id = data.get("id")
    if playbook_id in (None, ""):
        problems.append(Problem(f"{source}/id", Code.REQUIRED))
    elif not isinstance(playbook_id, str) or not _ID.fullmatch(playbook_id):
        problems.append(Problem(f"{source}/id", Code.BAD_ID, _show(playbook_id)))
    title = _texts(data.get("title"), f"{source}/title", problems, limit=MAX_TITLE)

    is_common = _flag(data, "common", source, problems)
    is_default = _flag(data, "default", source, problems)
    event_types: frozenset[EventType] = frozenset()
    if is_common and is_default:
        problems.append(Problem(f"{source}/default", Code.CONFLICTING_KIND, "common + default"))
    if "event_types" in data and data["event_types"] is not None:
        if is_common:
            problems.append(Problem(f"{source}/event_types", Code.COMMON_WITH_EVENT_TYPES))
        else:
            event_types = _event_types(data["event_types"], f"{source}/event_types", problems)
            if data["event_types"] == [] and not is_default:
                problems.append(Problem(f"{source}/event_types", Code.NEEDS_EVENT_TYPES))
    elif not (is_common or is_default):
        problems.append(Problem(f"{source}/event_types", Code.NEEDS_EVENT_TYPES))

    items: list[PlaybookItem] = []
    raw_items = data.get("items")
    if raw_items is None or raw_items == []:
        problems.append(Problem(f"{source}/items", Code.NO_ITEMS))
        raw_items = []
    elif not isinstance(raw_items, list):
        problems.append(Problem(f"{source}/items", Code.NOT_A_LIST, _show(raw_items)))
        raw_items = []
    elif len(raw_items) > MAX_ITEMS:
        problems.append(Problem(f"{source}/items", Code.TOO_MANY_ITEMS, f"{len(raw_items)} > {MAX_ITEMS}"))
    seen_keys: set[str] = set()
    for i, raw_item in enumerate(raw_items):
        where = f"{source}/items/{i}"
        key = raw_item.get("key") if isinstance(raw_item, dict) else None
        if isinstance(key, str) and key:
            if key in seen_keys:
                problems.append(Problem(f"{where}/key", Code.DUPLICATE_KEY, key))
            seen_keys.add(key)
        item = _item(raw_item, where, problems)
        if item is not None:
            items.append(item)

    if problems:
        raise PlaybookError(problems)
    assert isinstance(playbook_id, str) and title is not None
    return Playbook(
        id=playbook_id,
        title=title,
        event_types=event_types,
        items=tuple(items),
        is_default=is_default,
        is_common=is_common,
        source=source,
    )


# --------------------------------------------------------------------------------------------
# The set
# --------------------------------------------------------------------------------------------


def merge_overrides(shipped: list[Playbook], overrides: list[Playbook]) -> list[Playbook]:
    """The shipped playbooks with each one replaced by the override of the same id, in place; new
    ids are added after them. Two overrides with the same id are both kept, so that
    ``build_playbook_set`` reports the clash instead of one silently winning."""
    override_ids = {p.id for p in overrides}
    merged: list[Playbook] = []
    placed: set[str] = set()
    for playbook in shipped:
        if playbook.id not in override_ids:
            merged.append(playbook)
        elif playbook.id not in placed:
            merged.extend(p for p in overrides if p.id == playbook.id)
            placed.add(playbook.id)
    merged.extend(p for p in overrides if p.id not in placed)
    return merged


def build_playbook_set(playbooks: Iterable[Playbook]) -> PlaybookSet:
    """Check the set as a whole, or raise ``PlaybookError`` listing every problem: unique ids,
    exactly one common playbook, at most one default playbook, no event type claimed twice, and
    every event type claimed by a playbook unless there is a default playbook."""
    playbooks = tuple(playbooks)
    problems: list[Problem] = []
    by_id: dict[str, list[Playbook]] = {}
    for playbook in playbooks:
        by_id.setdefault(playbook.id, []).append(playbook)
    for playbook_id, same in by_id.items():
        if len(same) > 1:
            problems.extend(Problem(f"{p._where()}/id", Code.DUPLICATE_ID, playbook_id) for p in same)

    commons = [p for p in playbooks if p.is_common]
    if not commons:
        problems.append(Problem("playbooks", Code.NO_COMMON_PLAYBOOK))
    elif len(commons) > 1:
        problems.extend(Problem(f"{p._where()}/common", Code.MORE_THAN_ONE_COMMON, p.id) for p in commons)
    defaults = [p for p in playbooks if p.is_default]
    if len(defaults) > 1:
        problems.extend(Problem(f"{p._where()}/default", Code.MORE_THAN_ONE_DEFAULT, p.id) for p in defaults)

    for event_type in EventType:
        claimants = [p for p in playbooks if event_type in p.event_types]
        if len(claimants) > 1:
            problems.extend(
                Problem(f"{p._where()}/event_types", Code.EVENT_TYPE_CLAIMED_TWICE, event_type.value) for p in claimants
            )
        elif not claimants and not defaults:
            problems.append(Problem("playbooks/event_types", Code.EVENT_TYPE_NOT_COVERED, event_type.value))

    if problems:
        raise PlaybookError(problems)
    return PlaybookSet(playbooks)
