"""``domain/`` type-checks under ``mypy --strict`` (configured in pyproject.toml)."""

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.skipif(shutil.which("mypy", path=str(Path(sys.executable).parent)) is None, reason="mypy not installed")
def test_domain_is_mypy_strict_clean():
    mypy = str(Path(sys.executable).parent / "mypy")
    result = subprocess.run([mypy, "--strict", "domain"], cwd=ROOT, capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stdout + result.stderr
