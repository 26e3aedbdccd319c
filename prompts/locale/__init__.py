"""Every user-facing sentence of the bot, Japanese and English side by side, one module per feature.

Each module of this package defines exactly one name, ``TEXT``: a mapping from a message key to
``{"ja": ..., "en": ...}``. The modules are discovered (nothing to register): adding a feature's
texts is adding a module. At import this package builds :data:`CATALOGS` (language → key → text)
and refuses a key defined by two modules or an entry that lacks a language, so a mistake fails at
start, not in front of a user. ``prompts.i18n.t`` looks texts up here; the parity test checks that
both languages use the same ``{placeholders}``.
"""

from __future__ import annotations

import importlib
import pkgutil
from collections.abc import Mapping

#: The languages every entry must have; the first is the fallback.
LANGUAGES: tuple[str, ...] = ("ja", "en")


class CatalogError(RuntimeError):
    """Two modules define the same key, or an entry does not have exactly the known languages."""


def _texts_of(name: str) -> Mapping[str, Mapping[str, str]]:
    module = importlib.import_module(f"{__name__}.{name}")
    texts: Mapping[str, Mapping[str, str]] = module.TEXT
    return texts


def build_catalogs(modules: Mapping[str, Mapping[str, Mapping[str, str]]]) -> dict[str, dict[str, str]]:
    """Language → key → text, merged from ``modules`` (module name → its ``TEXT``)."""
    catalogs: dict[str, dict[str, str]] = {lang: {} for lang in LANGUAGES}
    defined_in: dict[str, str] = {}
    for name, texts in modules.items():
        for key, entry in texts.items():
            if key in defined_in:
                raise CatalogError(f"{key!r} is defined in both {defined_in[key]!r} and {name!r}")
            if set(entry) != set(LANGUAGES):
                raise CatalogError(f"{key!r} in {name!r} has languages {sorted(entry)}, expected {list(LANGUAGES)}")
            defined_in[key] = name
            for lang in LANGUAGES:
                catalogs[lang][key] = entry[lang]
    return catalogs


def _discovered() -> dict[str, Mapping[str, Mapping[str, str]]]:
    names = sorted(m.name for m in pkgutil.iter_modules(__path__) if not m.name.startswith("_"))
    modules = {name: _texts_of(name) for name in names}
    return modules


CATALOGS: dict[str, dict[str, str]] = build_catalogs(_discovered())
