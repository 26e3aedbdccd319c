"""The catalog: every message in both languages with the same placeholders, gathered from the
per-feature modules of ``prompts.locale`` without a hand-kept list, and refusing mistakes at import."""

import importlib
import pkgutil
import re
import string

import pytest

import prompts.locale
from prompts.locale import CATALOGS, LANGUAGES, CatalogError, build_catalogs

JA, EN = CATALOGS["ja"], CATALOGS["en"]


def placeholders(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name}


def locale_modules() -> list[str]:
    return sorted(m.name for m in pkgutil.iter_modules(prompts.locale.__path__) if not m.name.startswith("_"))


def test_both_catalogs_have_the_same_keys_and_placeholders():
    assert set(JA) == set(EN)
    mismatched = [k for k in JA if placeholders(JA[k]) != placeholders(EN[k])]
    assert mismatched == []


@pytest.mark.parametrize("name", locale_modules())
def test_each_locale_module_defines_only_its_texts_with_both_languages_side_by_side(name):
    module = importlib.import_module(f"prompts.locale.{name}")
    assert [n for n in vars(module) if not n.startswith("__")] == ["TEXT"]
    assert module.TEXT, name
    for key, entry in module.TEXT.items():
        assert list(entry) == ["ja", "en"], key
        assert placeholders(entry["ja"]) == placeholders(entry["en"]), key


def test_every_module_of_the_package_is_in_the_catalogs():
    for name in locale_modules():
        module = importlib.import_module(f"prompts.locale.{name}")
        for key, entry in module.TEXT.items():
            assert JA[key] == entry["ja"] and EN[key] == entry["en"]


def test_the_features_have_their_own_modules():
    assert {"common", "first_report", "card", "second_report", "phases", "tasks", "home", "status",
            "summary"} <= set(locale_modules())


def test_a_key_defined_twice_is_refused():
    with pytest.raises(CatalogError, match="'card.title'.*'a'.*'b'"):
        build_catalogs({"a": {"card.title": {"ja": "題", "en": "Title"}}, "b": {"card.title": {"ja": "題", "en": "T"}}})


@pytest.mark.parametrize("entry", [{"ja": "題"}, {"en": "Title"}, {"ja": "題", "en": "Title", "fr": "Titre"}])
def test_an_entry_without_exactly_both_languages_is_refused(entry):
    with pytest.raises(CatalogError, match="'card.title'"):
        build_catalogs({"a": {"card.title": entry}})


def test_catalogs_are_built_per_language():
    built = build_catalogs({"a": {"k1": {"ja": "一", "en": "one"}}, "b": {"k2": {"ja": "二", "en": "two"}}})
    assert built == {"ja": {"k1": "一", "k2": "二"}, "en": {"k1": "one", "k2": "two"}}
    assert LANGUAGES == ("ja", "en") and set(CATALOGS) == set(LANGUAGES)


def test_option_labels_fit_slack_option_limit():
    for catalog in CATALOGS.values():
        for key, text in catalog.items():
            if re.match(r"^(event|data|tri|third|phase|basis)\.", key):
                assert len(text) <= 75, key


def test_view_titles_fit_24_characters():
    for catalog in CATALOGS.values():
        for key in ("report.title", "receipt.title", "second.title", "phase_modal.title",
                    "report.submit", "report.close", "second.submit", "phase_modal.submit"):
            assert len(catalog[key]) <= 24, key
