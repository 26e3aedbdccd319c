"""Looking up and formatting user-facing text in the organization's language."""

from __future__ import annotations

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from prompts.locale import CATALOGS

LANGUAGES = tuple(CATALOGS)


def t(lang: str, key: str, **params: object) -> str:
    """The sentence ``key`` in ``lang`` (falling back to Japanese), with ``params`` filled in."""
    catalog = CATALOGS.get(lang, CATALOGS["ja"])
    text = catalog.get(key)
    if text is None:
        raise KeyError(f"no text for {key!r}")
    return text.format(**params) if params else text


def weekday(lang: str, when: datetime) -> str:
    names = t(lang, "weekday")
    if lang == "en":
        return names[when.weekday() * 3 : when.weekday() * 3 + 3]
    return names[when.weekday()]


def format_datetime(lang: str, when: datetime | None, tz: ZoneInfo) -> str:
    """``2026-11-24 (火) 16:05 JST`` in the organization's timezone; stored values are UTC."""
    if when is None:
        return t(lang, "card.unknown")
    local = when.astimezone(tz)
    return f"{local:%Y-%m-%d} ({weekday(lang, local)}) {local:%H:%M} {local.tzname()}"


def format_date(lang: str, when: datetime, tz: ZoneInfo) -> str:
    local = when.astimezone(tz)
    return f"{local:%Y-%m-%d} ({weekday(lang, local)})"


def format_duration(lang: str, delta: timedelta) -> str:
    minutes = max(0, int(delta.total_seconds() // 60))
    if minutes < 60:
        return t(lang, "duration.minutes", n=minutes)
    hours, rest = divmod(minutes, 60)
    if hours >= 48:
        return t(lang, "duration.days", n=hours // 24)
    if rest == 0:
        return t(lang, "duration.hours", n=hours)
    return t(lang, "duration.hours_minutes", h=hours, m=rest)
