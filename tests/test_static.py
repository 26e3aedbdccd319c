"""Static checks that catch what no test path may reach: undefined names, unused imports,
syntax errors (ruff's pyflakes rules)."""

import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_no_undefined_names_or_unused_imports():
    ruff = shutil.which("ruff") or str(Path(sys.executable).parent / "ruff")
    result = subprocess.run([ruff, "check", "--select", "F,E9", "--output-format", "concise", "."], cwd=ROOT,
                            capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


#: Packages that must pass the project's full lint rules (``[tool.ruff.lint]`` in pyproject.toml).
LINTED_PACKAGES = ("prompts",)
#: TEMPORARY: files being rewritten on another branch; empty this once that work has landed.
NOT_YET_LINTED = ("prompts/legal.py", "prompts/drafts.py")


def test_linted_packages_follow_the_project_rules():
    ruff = shutil.which("ruff") or str(Path(sys.executable).parent / "ruff")
    command = [ruff, "check", "--output-format", "concise", *LINTED_PACKAGES]
    if NOT_YET_LINTED:
        command += ["--extend-exclude", ",".join(NOT_YET_LINTED)]
    result = subprocess.run(command, cwd=ROOT, capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr
