"""The packages held to ``mypy --strict``: every function typed, no implicit Any, no unchecked
Optional. Extending the rule to another package is adding it to ``STRICT_PACKAGES``."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]

#: Packages that must pass ``mypy --strict`` (with the ``[tool.mypy]`` settings of pyproject.toml).
STRICT_PACKAGES: tuple[str, ...] = ("prompts",)


def mypy_strict(*targets: str, cwd: Path = ROOT) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "mypy", "--config-file", str(ROOT / "pyproject.toml"), "--strict", "--no-error-summary",
         *targets],
        cwd=cwd, capture_output=True, text=True,
    )


@pytest.mark.timeout(600)
def test_strict_packages_pass_mypy_strict():
    targets = [arg for package in STRICT_PACKAGES for arg in ("-p", package)]
    result = mypy_strict(*targets)
    assert result.returncode == 0, result.stdout + result.stderr


@pytest.mark.timeout(600)
def test_the_strict_check_reports_an_untyped_builder(tmp_path):
    """The settings do not silence a checked module (a violation in a file of its own)."""
    (tmp_path / "untyped.py").write_text("def builder(lang):\n    return {'text': lang}\n")
    result = mypy_strict(str(tmp_path / "untyped.py"), cwd=tmp_path)
    assert result.returncode == 1
    assert "untyped.py:1: error: Function is missing a type annotation" in result.stdout


#: Packages checked by plain mypy (no --strict): what is annotated must be right.
CHECKED_PACKAGES: tuple[str, ...] = ("storage", "services", "handlers", "bot")

#: Modules that still report errors under plain mypy, almost all from an ``Incident | None`` or an
#: ``id: int | None`` (a table row before flush) used as if present. The list may only shrink: the
#: test below fails when a listed module has become clean, so it is taken off the list.
NOT_YET_CLEAN: frozenset[str] = frozenset({
    "services/mobilize.py", "services/incidents.py", "services/tasks.py", "services/legal.py",
    "services/presenters.py", "services/outbox.py", "services/sweep.py",
    "handlers/actions.py", "handlers/views.py", "handlers/commands.py",
    "bot/cli.py", "bot/runtime.py", "bot/preflight.py",
})


@pytest.mark.timeout(600)
def test_the_rest_passes_plain_mypy():
    targets = [arg for package in CHECKED_PACKAGES for arg in ("-p", package)]
    result = subprocess.run(
        [sys.executable, "-m", "mypy", "--config-file", str(ROOT / "pyproject.toml"), "--no-error-summary", *targets],
        cwd=ROOT, capture_output=True, text=True,
    )
    errors = [line for line in result.stdout.splitlines() if ": error:" in line]
    failing = {line.split(":", 1)[0] for line in errors}
    new = [line for line in errors if line.split(":", 1)[0] not in NOT_YET_CLEAN]
    assert not new, "\n".join(new)
    cleaned = NOT_YET_CLEAN - failing
    assert not cleaned, f"now clean under mypy, take them off NOT_YET_CLEAN: {sorted(cleaned)}"
