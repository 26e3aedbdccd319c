"""Read the playbook YAML files: the shipped ones, then the organization's overrides.

The shipped playbooks sit next to ``domain/playbooks.py`` in ``domain/playbooks/``. The folder
named by ``LEAKBOT_PLAYBOOKS`` may hold files that replace a shipped playbook (same ``id``) or add
new ones. Everything is checked at start-up; every problem in every file is reported at once.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml

import domain.playbooks
from domain.directory import Problem
from domain.playbooks import (
    Playbook,
    PlaybookError,
    PlaybookSet,
    build_playbook_set,
    merge_overrides,
    parse_playbook,
)

SHIPPED_DIR = Path(domain.playbooks.__file__).parent / "playbooks"
SUFFIXES = (".yaml", ".yml")


class _UniqueKeyLoader(yaml.SafeLoader):
    """A safe loader that refuses a key written twice in one mapping (PyYAML keeps the last one
    silently, which would drop half a playbook's items without a word)."""


def _construct_mapping(loader: _UniqueKeyLoader, node: yaml.MappingNode, deep: bool = False) -> dict:
    loader.flatten_mapping(node)
    seen: set[Any] = set()
    for key_node, _ in node.value:
        key = loader.construct_object(key_node, deep=deep)
        try:
            duplicate = key in seen
        except TypeError:  # an unhashable key: let the base constructor report it
            break
        if duplicate:
            raise yaml.constructor.ConstructorError(
                None, None, f"duplicate key {key!r}", key_node.start_mark
            )
        seen.add(key)
    return yaml.SafeLoader.construct_mapping(loader, node, deep=deep)


_UniqueKeyLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _construct_mapping)


def _yaml_problem(source: str, exc: yaml.YAMLError) -> Problem:
    mark = getattr(exc, "problem_mark", None) or getattr(exc, "context_mark", None)
    reason = getattr(exc, "problem", None) or str(exc).splitlines()[0]
    if mark is None:
        return Problem(source, "bad_yaml", str(reason))
    return Problem(f"{source}:{mark.line + 1}", "bad_yaml", f"line {mark.line + 1}, column {mark.column + 1}: {reason}")


def _files(folder: Path) -> list[Path]:
    return sorted(
        p for p in folder.iterdir() if p.suffix.lower() in SUFFIXES and p.is_file() and not p.name.startswith(".")
    )


def _read_folder(folder: Path, label: str | None, problems: list[Problem]) -> list[Playbook]:
    """Parse every YAML file of ``folder``; locations start with ``label/name`` (or the full path)."""
    playbooks: list[Playbook] = []
    for path in _files(folder):
        source = f"{label}/{path.name}" if label else str(path)
        try:
            data = yaml.load(path.read_text(encoding="utf-8"), Loader=_UniqueKeyLoader)  # noqa: S506 (safe subclass)
        except UnicodeDecodeError:
            problems.append(Problem(source, "not_utf8"))
            continue
        except OSError as exc:
            problems.append(Problem(source, "unreadable", exc.strerror or type(exc).__name__))
            continue
        except yaml.YAMLError as exc:
            problems.append(_yaml_problem(source, exc))
            continue
        try:
            playbooks.append(parse_playbook(data, source=source))
        except PlaybookError as exc:
            problems.extend(exc.problems)
    return playbooks


def load_playbooks(override_dir: Path | None, *, shipped_dir: Path = SHIPPED_DIR) -> PlaybookSet:
    """The shipped playbooks with the overrides from ``override_dir`` merged in, validated as a set.

    Raises ``PlaybookError`` listing every problem: unreadable or broken files (with the line), each
    invalid field, then — once every file is valid — the checks on the set (every event type covered
    exactly once, one common playbook). A missing override folder is a problem; an empty one is not.
    """
    problems: list[Problem] = []
    shipped = _read_folder(shipped_dir, "shipped", problems)
    overrides: list[Playbook] = []
    if override_dir is not None:
        folder = Path(override_dir)
        if not folder.exists():
            problems.append(Problem(str(folder), "folder_not_found"))
        elif not folder.is_dir():
            problems.append(Problem(str(folder), "not_a_folder"))
        else:
            overrides = _read_folder(folder, None, problems)
    if problems:
        # A file that did not parse would also show up as uncovered event types: say only what is wrong.
        raise PlaybookError(problems)
    return build_playbook_set(merge_overrides(shipped, overrides))
