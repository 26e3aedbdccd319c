"""What the feature builders share: the ``Message`` shape, the incident they read, mentions that
respect a hidden reporter, enum options and labels, and the modals' inline errors."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime
from typing import Any, Protocol

from domain.incidents import ErrorCode
from prompts import kit
from prompts.i18n import t
from prompts.ids import CHECKED, VALUE

#: A message as Slack takes it: the ``text`` fallback (notifications, screen readers) and the blocks.
Message = tuple[str, list[kit.Block]]


class IncidentLike(Protocol):
    """The incident as the builders read it (the stored row satisfies it)."""

    @property
    def public_id(self) -> str: ...
    @property
    def department_id(self) -> str: ...
    @property
    def event_type(self) -> str: ...
    @property
    def severity(self) -> str: ...
    @property
    def phase(self) -> str: ...
    @property
    def discovered_at(self) -> datetime: ...
    @property
    def occurred_at(self) -> datetime | None: ...
    @property
    def reported_at(self) -> datetime: ...
    @property
    def location(self) -> str: ...
    @property
    def data_categories(self) -> list[str]: ...
    @property
    def people_count(self) -> int | None: ...
    @property
    def encrypted(self) -> str: ...
    @property
    def third_party(self) -> str: ...
    @property
    def reporter_id(self) -> str: ...
    @property
    def reporter_hidden(self) -> bool: ...
    @property
    def description(self) -> str: ...
    @property
    def actions_taken(self) -> str: ...
    @property
    def owner_id(self) -> str | None: ...
    @property
    def deputy_id(self) -> str | None: ...
    @property
    def acked_at(self) -> datetime | None: ...
    @property
    def acked_by(self) -> str | None: ...
    @property
    def closed_at(self) -> datetime | None: ...
    @property
    def channel_id(self) -> str | None: ...


def mention(user_id: str | None, lang: str) -> str:
    return f"<@{user_id}>" if user_id else t(lang, "card.unresolved")


def author(user_id: str, incident: IncidentLike, lang: str, *, for_office: bool = False) -> str:
    """Who did something, without unmasking a reporter who asked to stay hidden from the channel."""
    if incident.reporter_hidden and user_id == incident.reporter_id and not for_office:
        return t(lang, "card.reporter_hidden_short")
    return mention(user_id, lang)


def simple(text: str) -> Message:
    """A one-line notice (acknowledged, phase changed, escalated…)."""
    return text, [kit.section(text)]


def data_text(categories: list[str], lang: str) -> str:
    return ", ".join(t(lang, f"data.{c}") for c in categories) or t(lang, "card.unknown")


def people_text(count: int | None, lang: str) -> str:
    return t(lang, "card.unknown") if count is None else t(lang, "card.people_value", count=f"{count:,}")


def options(prefix: str, values: Iterable[str], lang: str) -> list[dict[str, Any]]:
    """Select/radio options for enum ``values``, labelled by the ``<prefix>.<value>`` texts."""
    return [kit.option(t(lang, f"{prefix}.{v}"), str(v)) for v in values]


def tick(lang: str, label_key: str, *, ticked: bool = False) -> dict[str, Any]:
    """A single yes/no checkbox (its value is ``CHECKED`` when ticked)."""
    return kit.checkboxes(VALUE, [kit.option(t(lang, label_key), CHECKED)], initial={CHECKED} if ticked else None)


def field_errors(errors: dict[str, ErrorCode], lang: str) -> dict[str, str]:
    """Inline modal errors (``response_action: errors``): block ID → localized sentence."""
    out: dict[str, str] = {}
    for field, code in errors.items():
        key = f"error.{code}.{field}" if code is ErrorCode.BEFORE_OCCURRENCE else f"error.{code}"
        out[field] = t(lang, key)
    return out


def notice(
    key: str,
    *,
    incident_id: str,
    lang: str,
    users: dict[str, str] | None = None,
    phases: dict[str, str] | None = None,
    values: dict[str, object] | None = None,
) -> Message:
    """A one-line channel notice from the catalog: ``users`` become mentions, ``phases`` phase names."""
    params: dict[str, object] = dict(values or {})
    params.update({k: mention(v, lang) for k, v in (users or {}).items()})
    params.update({k: t(lang, f"phase.{v}") for k, v in (phases or {}).items()})
    return simple(t(lang, key, incident_id=incident_id, **params))
