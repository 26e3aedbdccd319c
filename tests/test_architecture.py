"""The layers hold: the import-linter contracts in pyproject.toml pass on the real tree, and the
same contracts fail on a tree that breaks them (so a violation cannot slip through unnoticed)."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
PACKAGES = ("bot", "handlers", "services", "storage", "prompts", "domain")


def lint_imports(cwd: Path, *, pythonpath: Path | None = None) -> subprocess.CompletedProcess[str]:
    """Run the contracts of ``cwd/pyproject.toml`` as ``lint-imports`` does (a fresh interpreter, so
    the packages it analyses are the ones found from ``pythonpath``)."""
    lint = shutil.which("lint-imports") or str(Path(sys.executable).parent / "lint-imports")
    env = dict(os.environ)
    if pythonpath is not None:
        env["PYTHONPATH"] = str(pythonpath)
    return subprocess.run(
        [lint, "--no-cache", "--config", str(cwd / "pyproject.toml")],
        cwd=cwd, env=env, capture_output=True, text=True,
    )


def test_the_tree_keeps_every_contract():
    result = lint_imports(ROOT)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "0 broken" in result.stdout


def toy_tree(tmp_path: Path, modules: dict[str, str]) -> Path:
    """The six packages with the given module bodies, plus the real contracts."""
    for package in PACKAGES:
        (tmp_path / package).mkdir()
        (tmp_path / package / "__init__.py").write_text("")
    for name, body in modules.items():
        (tmp_path / name).write_text(body)
    shutil.copy(ROOT / "pyproject.toml", tmp_path / "pyproject.toml")
    return tmp_path


LAWFUL = {
    "bot/app.py": "import handlers.listeners\nimport services.cases\n",
    "handlers/listeners.py": "import services.cases\nimport prompts.text\n",
    "services/cases.py": "import storage.rows\nimport prompts.text\nimport domain.rules\n",
    "storage/rows.py": "import domain.rules\n",
    "prompts/text.py": "import domain.rules\n",
    "domain/rules.py": "",
}


def test_a_lawful_toy_tree_passes(tmp_path):
    tree = toy_tree(tmp_path, LAWFUL)
    result = lint_imports(tree, pythonpath=tree)
    assert result.returncode == 0, result.stdout + result.stderr


@pytest.mark.parametrize(
    ("module", "body", "contract"),
    [
        ("domain/rules.py", "import services.cases\n", "One-way layers"),
        ("services/cases.py", "import bot.app\n", "One-way layers"),
        ("storage/rows.py", "import prompts.text\n", "One-way layers"),
        ("handlers/listeners.py", "import storage.rows\n", "Handlers never import storage"),
        ("domain/rules.py", "import sqlalchemy\n", "No database libraries"),
        ("prompts/text.py", "import slack_sdk\n", "Slack SDKs only in bot and handlers"),
    ],
)
def test_a_deliberate_violation_is_caught(tmp_path, module, body, contract):
    tree = toy_tree(tmp_path, {**LAWFUL, module: body})
    result = lint_imports(tree, pythonpath=tree)
    assert result.returncode != 0
    broken = [line for line in result.stdout.splitlines() if line.endswith("BROKEN")]
    assert any(contract in line for line in broken), result.stdout
