"""``leakbot assess`` (the engine for drills and hand checks) and ``leakbot summary``."""

from __future__ import annotations

import subprocess

import yaml

from tests.bot.test_cli import LEAKBOT, env_for, write_directory
from tests.conftest import DIRECTORY


def run(args, env, cwd):
    return subprocess.run([*LEAKBOT, *args], env=env, cwd=cwd, capture_output=True, text=True, timeout=60)


def test_assess_prints_requirements_and_deadlines_in_the_org_language(tmp_path):
    facts = tmp_path / "facts.yaml"
    facts.write_text(yaml.safe_dump({"aware_at": "2026-12-01T10:00:00+09:00", "sensitive_data": "yes",
                                     "eu_residents_affected": "no", "eu_establishment": "no"}), encoding="utf-8")
    result = run(["assess", str(facts)], env_for(tmp_path), str(tmp_path))
    assert result.returncode == 0, result.stderr
    # 施行規則8条2項, 通則編3-5-3-4: aware 2026-12-01 is day 1 → 30th day 2026-12-30 falls in the year-end closure → 2027-01-04.
    assert "2027-01-04" in result.stdout and "必要" in result.stdout
    english = run(["assess", str(facts), "--lang", "en"], env_for(tmp_path), str(tmp_path))
    assert "2027-01-04" in english.stdout and "Required" in english.stdout


def test_assess_explains_bad_facts(tmp_path):
    facts = tmp_path / "facts.json"
    facts.write_text('{"aware_at": "2026-12-01T10:00:00", "people_count": -3, "colour": "red"}', encoding="utf-8")
    result = run(["assess", str(facts)], env_for(tmp_path), str(tmp_path))
    assert result.returncode == 2
    for field in ("aware_at", "people_count", "colour"):
        assert field in result.stderr


def test_summary_prints_the_current_week(tmp_path):
    env = env_for(tmp_path, LEAKBOT_DIRECTORY=write_directory(tmp_path, DIRECTORY))
    result = run(["summary"], env, str(tmp_path))
    assert result.returncode == 0, result.stderr
    assert "週次報告" in result.stdout
