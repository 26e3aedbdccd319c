"""The engine stays pure: no I/O layers, no clock, fast to import."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import domain.legal

LEGAL_DIR = Path(domain.legal.__file__).parent
FORBIDDEN_PREFIXES = ("slack", "slack_bolt", "slack_sdk", "sqlmodel", "sqlalchemy", "bot", "storage", "handlers", "prompts")
CLOCK_CALLS = {("datetime", "now"), ("datetime", "utcnow"), ("date", "today"), ("time", "time")}


def _modules():
    return sorted(LEGAL_DIR.rglob("*.py"))


def test_no_forbidden_imports_or_clock_reads():
    for path in _modules():
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            names = []
            if isinstance(node, ast.Import):
                names = [a.name for a in node.names]
            elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
                names = [node.module]
            for name in names:
                assert name.split(".")[0] not in FORBIDDEN_PREFIXES, f"{path.name} imports {name}"
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute):
                value = node.func.value
                if isinstance(value, ast.Name):
                    assert (value.id, node.func.attr) not in CLOCK_CALLS, f"{path.name} reads the clock"


def test_importing_and_assessing_loads_no_io_layer():
    code = (
        "import sys\n"
        "from datetime import datetime\n"
        "from zoneinfo import ZoneInfo\n"
        "from domain.legal import Facts, Tri, assess\n"
        "assess(Facts(aware_at=datetime(2026, 12, 1, tzinfo=ZoneInfo('Asia/Tokyo')), sensitive_data=Tri.YES), tz='UTC')\n"
        f"bad = sorted(m for m in sys.modules if m.split('.')[0] in {FORBIDDEN_PREFIXES!r})\n"
        "print(','.join(bad))\n"
    )
    root = LEGAL_DIR.parent.parent
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=root, check=True)
    assert out.stdout.strip() == ""
