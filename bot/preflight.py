"""Everything ``leakbot`` checks before it starts, reported at once as sentences in the organization's
language: settings, the tokens the chosen mode needs, the directory file and the playbooks.

Operators edit the directory file in whatever editor they have: UTF-8 with or without a byte-order
mark is read as it is, a Shift_JIS (CP932) file is read with a warning to save it as UTF-8 (Excel
and older Notepad save that way on Japanese Windows), a folder where the file should be (a container
mount of a missing file creates one) and YAML mistakes (with line and column) are explained.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml
from pydantic import ValidationError

from bot.settings import Settings
from domain.directory import Directory, DirectoryError, Problem, parse_directory
from domain.playbooks import PlaybookError, PlaybookSet
from prompts.i18n import t

UTF8_BOM = b"\xef\xbb\xbf"

#: What each mode needs besides the bot token.
MODE_TOKENS = {"socket": ("SLACK_BOT_TOKEN", "SLACK_APP_TOKEN"), "http": ("SLACK_BOT_TOKEN", "SLACK_SIGNING_SECRET")}


@dataclass(frozen=True)
class FileProblem(Problem):
    """A problem with the file itself rather than its content (``line``/``column`` for YAML errors)."""

    line: int = 0
    column: int = 0


class SetupFailed(Exception):
    """Start-up cannot go on; ``lines`` say why, already localized."""

    def __init__(self, lines: list[str], *, exit_code: int = 2):
        super().__init__("\n".join(lines))
        self.lines = lines
        self.exit_code = exit_code


def decode_text(raw: bytes) -> tuple[str, bool]:
    """The text of a file an operator saved: (text, saved_as_cp932). Raises UnicodeDecodeError."""
    if raw.startswith(UTF8_BOM):
        return raw[len(UTF8_BOM):].decode("utf-8"), False
    try:
        return raw.decode("utf-8"), False
    except UnicodeDecodeError:
        return raw.decode("cp932"), True


def read_yaml_file(path: Path, warnings: list[str] | None = None, lang: str = "ja") -> Any:
    """Parse a YAML file the operator wrote, or raise ``DirectoryError`` with one ``FileProblem``."""
    where = str(path)
    if path.is_dir():
        raise DirectoryError([FileProblem(where, "is_a_folder")])
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        raise DirectoryError([FileProblem(where, "file_not_found")]) from None
    except OSError as exc:
        raise DirectoryError([FileProblem(where, "unreadable", exc.strerror or type(exc).__name__)]) from None
    try:
        text, legacy = decode_text(raw)
    except UnicodeDecodeError:
        raise DirectoryError([FileProblem(where, "not_text")]) from None
    if legacy and warnings is not None:
        warnings.append(t(lang, "cli.file.cp932", path=where))
    try:
        return yaml.safe_load(text)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None) or getattr(exc, "context_mark", None)
        reason = str(getattr(exc, "problem", None) or str(exc).splitlines()[0])
        line, column = (mark.line + 1, mark.column + 1) if mark is not None else (0, 0)
        raise DirectoryError([FileProblem(where, "bad_yaml", reason, line, column)]) from None


def load_directory(path: Path | None, warnings: list[str] | None = None, lang: str = "ja") -> Directory:
    """Read and validate the directory file; every problem is reported at once (``DirectoryError``)."""
    if path is None:
        raise DirectoryError([FileProblem("LEAKBOT_DIRECTORY", "not_set")])
    return parse_directory(read_yaml_file(Path(path), warnings, lang))


# --- sentences ------------------------------------------------------------------------------------


def describe_problem(problem: Problem, lang: str, kind: str = "directory") -> str:
    """One problem as a sentence that says what to do."""
    if isinstance(problem, FileProblem):
        if problem.code == "not_set":
            return t(lang, "cli.missing.LEAKBOT_DIRECTORY")
        if problem.code == "bad_yaml":
            return t(lang, "cli.file.bad_yaml", path=problem.where, line=problem.line, column=problem.column,
                     problem=problem.value)
        if problem.code == "unreadable":
            return t(lang, "cli.file.unreadable", path=problem.where, reason=problem.value)
        return t(lang, f"cli.file.{problem.code}", path=problem.where)
    try:
        text = t(lang, f"cli.{kind}.{problem.code}", value=problem.value)
    except KeyError:
        text = t(lang, "cli.problem.unknown", value=problem.code + (f": {problem.value}" if problem.value else ""))
    return t(lang, f"cli.{kind}.problem", where=problem.where, text=text)


def describe_load_error(exc: DirectoryError | PlaybookError, lang: str) -> list[str]:
    kind = "playbooks" if isinstance(exc, PlaybookError) else "directory"
    return [describe_problem(p, lang, kind) for p in exc.problems]


def _language_hint() -> str:
    """The organization's language even when the settings do not validate (for the messages)."""
    value = os.environ.get("LEAKBOT_LANGUAGE")
    if value is None and Path(".env").is_file():
        from dotenv import dotenv_values

        value = dotenv_values(".env").get("LEAKBOT_LANGUAGE")
    return value if value in ("ja", "en") else "ja"


def _setting_problem(error: dict, lang: str) -> str:
    name = ".".join(str(p) for p in error["loc"]).upper()
    detail = str(error.get("msg", "")).removeprefix("Value error, ")
    if error.get("type") == "literal_error":
        detail = t(lang, "cli.setting.choices", choices=str((error.get("ctx") or {}).get("expected", "")))
    return t(lang, "cli.setting.invalid", name=name, value=str(error.get("input", "")), detail=detail)


def load_settings(**overrides: Any) -> tuple[Settings, list[str], str]:
    """The settings, the localized problems with them, and the language to speak.

    Invalid values are replaced by their defaults so that the remaining checks (tokens, directory)
    still run and every problem is reported in one go.
    """
    try:
        settings = Settings(**overrides)
        return settings, [], settings.leakbot_language
    except ValidationError as exc:
        errors = exc.errors()
    lang = _language_hint()
    bad = {str(e["loc"][0]) for e in errors if e.get("loc")}
    defaults = {name: Settings.model_fields[name].default for name in bad if name in Settings.model_fields}
    settings = Settings(**{**overrides, **defaults})
    return settings, [_setting_problem(e, lang) for e in errors], lang


@dataclass
class Preflight:
    settings: Settings
    lang: str
    directory: Directory | None = None
    playbooks: PlaybookSet | None = None
    warnings: list[str] = field(default_factory=list)


def preflight(mode: str | None, *, need_directory: bool = True, need_playbooks: bool = True) -> Preflight:
    """Check everything ``mode`` ("socket", "http", or None for commands without Slack) needs.

    Raises ``SetupFailed`` listing every problem at once.
    """
    from bot.playbooks import load_playbooks

    settings, problems, lang = load_settings()
    result = Preflight(settings, lang)
    values = {"SLACK_BOT_TOKEN": settings.slack_bot_token, "SLACK_APP_TOKEN": settings.slack_app_token,
              "SLACK_SIGNING_SECRET": settings.slack_signing_secret}
    problems += [t(lang, f"cli.missing.{name}") for name in MODE_TOKENS.get(mode or "", ()) if not values[name]]
    if need_directory:
        try:
            result.directory = load_directory(settings.leakbot_directory, result.warnings, lang)
        except DirectoryError as exc:
            problems += describe_load_error(exc, lang)
    if need_playbooks:
        try:
            result.playbooks = load_playbooks(settings.leakbot_playbooks)
        except PlaybookError as exc:
            problems += describe_load_error(exc, lang)
    if problems:
        raise SetupFailed([t(lang, "cli.problems_header", n=len(problems)), *(f"- {p}" for p in problems)])
    return result
