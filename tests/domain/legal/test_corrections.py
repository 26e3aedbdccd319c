"""Corrections a privacy officer asked for: pseudonymised data, the guideline's attack signs,
caveats that could not change anything, reasons that read like reasons to report."""

from __future__ import annotations

from domain.legal import (
    REGISTRY,
    Answer,
    Applicability,
    AttackSign,
    Caveat,
    Reason,
    Requirement,
    Role,
    Tri,
    Unknown,
    all_rule_sets,
    assess,
)
from domain.legal.jurisdictions.appi import APPI_2022_04

from .helpers import TOKYO, clean, jst


def test_pseudonymised_information_is_outside_article_26():
    """APPI 法41条9項: 仮名加工情報 … については、第26条 … の規定は、適用しない."""
    a = assess(clean(pseudonymised=Tri.YES, sensitive_data=Tri.YES, people_count=5000), tz=TOKYO)
    assert a.appi.applicability is Applicability.NOT_APPLICABLE
    assert a.appi.regulator_report.requirement is Requirement.NOT_APPLICABLE
    assert a.appi.individual_notice.requirement is Requirement.NOT_APPLICABLE
    assert a.appi.regulator_report.reasons == (Reason.PSEUDONYMISED_INFORMATION,)
    assert a.appi.deadlines == ()


def test_an_unknown_pseudonymisation_never_relieves():
    a = assess(clean(pseudonymised=Tri.UNKNOWN, sensitive_data=Tri.YES), tz=TOKYO)
    assert a.appi.regulator_report.requirement is Requirement.REQUIRED
    q = next(q for q in a.appi.unknowns if q.unknown is Unknown.PSEUDONYMISED)
    assert q.if_answer is Answer.YES and q.regulator_report is Requirement.NOT_APPLICABLE


def test_pseudonymised_data_is_still_personal_data_under_the_gdpr():
    """GDPR Recital 26."""
    a = assess(clean(pseudonymised=Tri.YES, eu_residents_affected=Tri.YES), tz=TOKYO)
    assert a.gdpr.regulator_report.requirement is Requirement.REQUIRED
    assert Caveat.PSEUDONYMISED_STILL_PERSONAL_DATA_UNDER_GDPR in a.gdpr.caveats


def test_attack_signs_follow_the_guidelines_order():
    """通則編3-5-3-1 (※4): (エ) is the tampered input page, (オ) the report from a third party."""
    assert [s.value for s in AttackSign] == ["a", "i", "u", "e", "o"]
    assert AttackSign("e") is AttackSign.E_INPUT_PAGE_TAMPERING
    assert AttackSign("o") is AttackSign.O_THIRD_PARTY_REPORT


def test_the_count_may_grow_caveat_only_where_a_higher_count_could_change_the_answer():
    """施行規則7条1号括弧書 (the encryption exception) covers category 4 too; a case already
    required does not become "more" required."""
    plain = assess(clean(people_count=10), tz=TOKYO).appi
    assert Caveat.COUNT_MAY_GROW in plain.caveats
    encrypted = assess(clean(people_count=10, strong_encryption=Tri.YES, key_leaked=Tri.NO), tz=TOKYO).appi
    assert Caveat.COUNT_MAY_GROW not in encrypted.caveats
    required = assess(clean(people_count=10, sensitive_data=Tri.YES), tz=TOKYO).appi
    assert Caveat.COUNT_MAY_GROW not in required.caveats
    released = assess(clean(people_count=10, sensitive_data=Tri.YES, role=Role.CONTRACTOR,
                            principal_notified_at=jst(2026, 12, 2, 9)), tz=TOKYO).appi
    assert released.regulator_report.requirement is Requirement.NOT_REQUIRED
    assert Caveat.COUNT_MAY_GROW not in released.caveats


def test_a_not_required_line_opens_with_the_reason_that_relieves():
    """A released contractor's line must not open with "category 3 (improper purpose)"."""
    j = assess(clean(improper_purpose=Tri.YES, role=Role.CONTRACTOR, principal_notified_at=jst(2026, 12, 2, 9)),
               tz=TOKYO).appi
    assert j.regulator_report.requirement is Requirement.NOT_REQUIRED
    assert j.regulator_report.reasons[0] is Reason.CONTRACTOR_RELEASED
    before_2024 = assess(clean(improper_purpose=Tri.YES, acquisition_only=Tri.YES), tz=TOKYO,
                         ruleset=APPI_2022_04).appi
    assert before_2024.regulator_report.reasons[0] is Reason.ACQUISITION_NOT_COVERED


def test_the_registry_lists_every_jurisdiction_and_its_rule_sets():
    assert [r.code for r in REGISTRY] == ["appi", "mynumber", "gdpr"]
    versions = [(info.jurisdiction, info.version, info.pending) for info in all_rule_sets()]
    assert ("appi", "appi-2024-04", False) in versions
    assert ("appi", "appi-2026-amendment", True) in versions
    assert ("mynumber", "mynumber-2022-04", False) in versions
    assert ("gdpr", "gdpr-2018-05", False) in versions
    for rules in REGISTRY:
        assert all(info.source for info in rules.rule_sets())


def test_adding_a_jurisdiction_is_adding_a_module(tmp_path, monkeypatch):
    """A module dropped into the jurisdictions package is assessed without touching anything else."""
    import importlib
    import sys

    import domain.legal.jurisdictions as pkg

    module = tmp_path / "zz_test_land.py"
    module.write_text(
        "from domain.legal.codes import Applicability, Requirement\n"
        "from domain.legal.model import JurisdictionAssessment, Obligation\n"
        "from domain.legal.rulesets import RuleSetInfo\n"
        "class _Land:\n"
        "    code = 'zz_test_land'\n"
        "    order = 99\n"
        "    counts_from_reportability = False\n"
        "    def rule_sets(self):\n"
        "        return (RuleSetInfo('zz_test_land', 'zz-1', None, None, 'test'),)\n"
        "    def assess(self, ctx):\n"
        "        o = Obligation(Requirement.REQUIRED)\n"
        "        return JurisdictionAssessment('zz_test_land', Applicability.APPLICABLE, o, o, None, (), (), (), 'zz-1')\n"
        "JURISDICTION = _Land()\n",
        encoding="utf-8",
    )
    monkeypatch.setattr(pkg, "__path__", [*pkg.__path__, str(tmp_path)])
    registry = pkg._discover()
    assert [r.code for r in registry][-1] == "zz_test_land"
    monkeypatch.setattr(pkg, "REGISTRY", registry)
    engine = importlib.import_module("domain.legal.engine")
    monkeypatch.setattr(engine, "REGISTRY", registry)
    a = engine.assess(clean(), tz=TOKYO)
    assert a.of("zz_test_land").regulator_report.requirement is Requirement.REQUIRED
    sys.modules.pop("domain.legal.jurisdictions.zz_test_land", None)
