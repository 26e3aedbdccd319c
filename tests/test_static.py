"""Static checks that catch what no test path may reach: undefined names, unused imports,
syntax errors, and the project's lint rules everywhere."""

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


def test_the_whole_tree_follows_the_project_rules():
    """ruff with the rules of ``[tool.ruff.lint]`` (E, F, I, B, UP) over every file of the repository."""
    ruff = shutil.which("ruff") or str(Path(sys.executable).parent / "ruff")
    result = subprocess.run([ruff, "check", "--output-format", "concise", "."], cwd=ROOT, capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


def test_every_dependency_is_bounded_above():
    """Every dependency in pyproject.toml has an upper bound no further than the next major of the
    version installed here (the one the tests ran with); a 0.0.x package (sqlmodel) stops before 0.1.
    An upgrade past it is then a deliberate edit, not a surprise in a fresh install."""
    import tomllib
    from importlib.metadata import version

    from packaging.requirements import Requirement
    from packaging.version import Version

    project = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]
    requirements = [*project["dependencies"], *(r for extra in project["optional-dependencies"].values() for r in extra)]
    wrong = []
    for text in requirements:
        requirement = Requirement(text)
        uppers = [Version(s.version) for s in requirement.specifier if s.operator == "<"]
        try:
            installed = Version(version(requirement.name))
        except Exception:  # an extra not installed in this environment (lock)
            installed = None
        if not uppers:
            wrong.append(f"{text}: no upper bound")
        elif installed is not None:
            limit = Version(str(installed.major + 1)) if installed.major else Version("1" if installed.minor else "0.1")
            if min(uppers) > limit:
                wrong.append(f"{text}: allows past {limit} (installed {installed})")
            if not requirement.specifier.contains(installed, prereleases=True):
                wrong.append(f"{text}: excludes the installed {installed}")
    assert not wrong, wrong
