"""``leakbot assess --json / --example / --rulesets / --help``: the machine-readable interface."""

from __future__ import annotations

import json

import jsonschema
import yaml

from domain.legal.facts import FIELD_SPECS
from tests.bot.test_cli import env_for
from tests.bot.test_cli_assess_summary import run

STATUS = {"enum": ["required", "possibly_required", "not_required", "not_applicable"]}
SCHEMA = {
    "type": "object",
    "required": ["format", "ruleset_version", "aware_at", "awareness_day", "now", "caveats", "jurisdictions"],
    "properties": {
        "format": {"const": "leakbot.assessment/1"},
        "jurisdictions": {
            "type": "array",
            "items": {
                "type": "object",
                "required": ["code", "ruleset_version", "applicability", "start", "duties", "deadlines",
                             "open_questions", "caveats"],
                "properties": {
                    "duties": {
                        "type": "object",
                        "additionalProperties": {
                            "type": "object",
                            "required": ["status", "reasons", "items", "alternatives"],
                            "properties": {
                                "status": STATUS,
                                "reasons": {"type": "array", "items": {"type": "object", "required": ["code", "source", "facts"]}},
                            },
                        },
                    },
                    "deadlines": {
                        "type": "array",
                        "items": {"type": "object", "required": ["kind", "rule", "day", "at", "binding", "days", "overdue"]},
                    },
                },
            },
        },
    },
}


def test_example_is_a_commented_facts_file_that_assess_accepts_as_it_is(tmp_path):
    example = run(["assess", "--example", "--lang", "en"], env_for(tmp_path), str(tmp_path))
    assert example.returncode == 0, example.stderr
    assert example.stdout.lstrip().startswith("#")
    data = yaml.safe_load(example.stdout)
    assert set(data) == {spec.name for spec in FIELD_SPECS}  # every field, nothing else
    path = tmp_path / "example.yaml"
    path.write_text(example.stdout, encoding="utf-8")
    result = run(["assess", str(path), "--json"], env_for(tmp_path), str(tmp_path))
    assert result.returncode == 0, result.stderr
    jsonschema.validate(json.loads(result.stdout), SCHEMA)


def test_json_gives_status_reasons_deadlines_with_their_rule_and_overdue_per_jurisdiction(tmp_path):
    facts = tmp_path / "facts.yaml"
    facts.write_text(yaml.safe_dump({
        "aware_at": "2026-12-01T10:00:00+09:00", "people_count": 1500, "sensitive_data": "no", "financial_harm": "no",
        "improper_purpose": "no", "my_number_involved": "yes", "my_number_system": "no",
        "my_number_publicly_viewable": "no", "my_number_people_count": 150, "eu_residents_affected": "no",
        "eu_establishment": "no", "sector": "financial",
    }), encoding="utf-8")
    result = run(["assess", str(facts), "--json", "--now", "2026-12-07T09:00:00+09:00"], env_for(tmp_path), str(tmp_path))
    assert result.returncode == 0, result.stderr
    out = json.loads(result.stdout)
    jsonschema.validate(out, SCHEMA)
    by_code = {j["code"]: j for j in out["jurisdictions"]}
    assert list(by_code) == ["appi", "mynumber", "gdpr"]
    appi = by_code["appi"]
    assert appi["duties"]["regulator_report"]["status"] == "required"
    assert appi["duties"]["regulator_report"]["reasons"][0]["code"] == "category_4_over_1000_people"
    assert "施行規則7条4号" in appi["duties"]["regulator_report"]["reasons"][0]["source"]
    assert appi["duties"]["sector_report"]["status"] == "required"
    deadlines = {d["kind"]: d for d in appi["deadlines"]}
    assert deadlines["appi_final"]["day"] == "2027-01-04" and "施行規則8条2項" in deadlines["appi_final"]["rule"]
    assert deadlines["appi_preliminary_overdue"]["overdue"] is True  # day 5 ended on 2026-12-05
    assert deadlines["appi_final"]["overdue"] is False
    assert deadlines["appi_preliminary_warning"]["overdue"] is None  # a warning date is not "overdue"
    assert deadlines["sector_report_overdue"]["overdue"] is True
    assert by_code["mynumber"]["duties"]["regulator_report"]["status"] == "required"
    assert by_code["gdpr"]["applicability"] == "not_applicable"
    assert by_code["gdpr"]["duties"]["regulator_report"]["status"] == "not_applicable"


def test_text_output_says_a_passed_deadline_is_overdue_and_since_when(tmp_path):
    facts = tmp_path / "facts.yaml"
    facts.write_text(yaml.safe_dump({"aware_at": "2026-12-01T10:00:00+09:00", "sensitive_data": "yes"}), encoding="utf-8")
    result = run(["assess", str(facts), "--lang", "en", "--now", "2026-12-07T09:00:00+09:00"], env_for(tmp_path), str(tmp_path))
    assert result.returncode == 0, result.stderr
    assert "overdue (since 2026-12-06 (Sun) 00:00 JST)" in result.stdout


def test_awareness_before_april_2022_is_not_an_error_but_not_yet_mandatory(tmp_path):
    facts = tmp_path / "facts.yaml"
    facts.write_text(yaml.safe_dump({"aware_at": "2021-06-01T10:00:00+09:00", "sensitive_data": "yes",
                                     "my_number_involved": "no"}), encoding="utf-8")
    result = run(["assess", str(facts), "--json"], env_for(tmp_path), str(tmp_path))
    assert result.returncode == 0, result.stderr
    appi = json.loads(result.stdout)["jurisdictions"][0]
    assert appi["duties"]["regulator_report"]["status"] == "not_required"
    assert appi["duties"]["regulator_report"]["reasons"][0]["code"] == "reporting_not_yet_mandatory"
    text = run(["assess", str(facts), "--lang", "en"], env_for(tmp_path), str(tmp_path))
    assert "not yet mandatory" in text.stdout


def test_rulesets_and_help_list_versions_and_every_field(tmp_path):
    listing = run(["assess", "--rulesets", "--lang", "en"], env_for(tmp_path), str(tmp_path))
    assert listing.returncode == 0, listing.stderr
    for version in ("appi-2022-04", "appi-2024-04", "appi-2026-amendment", "mynumber-2022-04", "gdpr-2018-05"):
        assert version in listing.stdout
    assert "2024-04-01" in listing.stdout and "Cabinet Order" in listing.stdout
    helped = run(["assess", "--help"], {**env_for(tmp_path), "COLUMNS": "200"}, str(tmp_path))
    assert helped.returncode == 0
    for spec in FIELD_SPECS:
        assert spec.name in helped.stdout
    assert "none_or_low" in helped.stdout and "financial" in helped.stdout
