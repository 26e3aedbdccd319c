"""``domain/`` and ``prompts/`` stay pure: no Slack SDK, no database, no upper layer; the domain
never reads the clock (``now`` is passed in), so every rule can be tested at any instant."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
IO_LAYERS = ("slack", "slack_bolt", "slack_sdk", "sqlmodel", "sqlalchemy", "alembic", "bot", "services", "storage", "handlers")
FORBIDDEN = {"domain": IO_LAYERS + ("prompts",), "prompts": IO_LAYERS}
CLOCK_CALLS = {("datetime", "now"), ("datetime", "utcnow"), ("datetime", "today"), ("date", "today"), ("time", "time")}


def modules(package: str) -> list[Path]:
    return sorted((ROOT / package).rglob("*.py"))


def imported_names(tree: ast.AST) -> list[str]:
    names: list[str] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names += [a.name for a in node.names]
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            names.append(node.module)
    return names


def clock_reads(tree: ast.AST) -> list[int]:
    return [
        node.lineno
        for node in ast.walk(tree)
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and isinstance(node.func.value, ast.Name)
        and (node.func.value.id, node.func.attr) in CLOCK_CALLS
    ]


@pytest.mark.parametrize("package", sorted(FORBIDDEN))
def test_no_io_or_upper_layer_imports(package):
    found = [
        f"{path.relative_to(ROOT)} imports {name}"
        for path in modules(package)
        for name in imported_names(ast.parse(path.read_text(encoding="utf-8")))
        if name.split(".")[0] in FORBIDDEN[package]
    ]
    assert found == []


def test_the_domain_never_reads_the_clock():
    found = [
        f"{path.relative_to(ROOT)}:{line}"
        for path in modules("domain")
        for line in clock_reads(ast.parse(path.read_text(encoding="utf-8")))
    ]
    assert found == []


def test_the_checks_see_a_violation():
    bad = ast.parse("import sqlalchemy\nfrom bot.slack import SlackGateway\nfrom datetime import datetime\nx = datetime.now()\n")
    assert [n for n in imported_names(bad) if n.split(".")[0] in FORBIDDEN["domain"]] == ["sqlalchemy", "bot.slack"]
    assert clock_reads(bad) == [4]


def test_importing_domain_and_prompts_loads_no_io_layer():
    code = (
        "import importlib, pkgutil, sys\n"
        "import domain, prompts\n"
        "for package in (domain, prompts):\n"
        "    for info in pkgutil.walk_packages(package.__path__, package.__name__ + '.'):\n"
        "        importlib.import_module(info.name)\n"
        f"bad = sorted(m for m in sys.modules if m.split('.')[0] in {IO_LAYERS!r})\n"
        "print(','.join(bad))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, check=True)
    assert out.stdout.strip() == ""
