"""Playbooks: the shipped checklists, the order tasks appear in, overrides, and every validation rule."""

from __future__ import annotations

import copy
from datetime import timedelta
from pathlib import Path

import pytest
import yaml

from domain.incidents import EventType
from domain.phases import Phase
from domain.playbooks import (
    MAX_ITEMS,
    Playbook,
    PlaybookError,
    PlaybookItem,
    build_playbook_set,
    merge_overrides,
    parse_duration,
    parse_playbook,
)

SHIPPED = Path(__file__).resolve().parents[2] / "domain" / "playbooks"


def shipped_playbooks() -> list[Playbook]:
    return [
        parse_playbook(yaml.safe_load(path.read_text(encoding="utf-8")), source=path.name)
        for path in sorted(SHIPPED.glob("*.yaml"))
    ]


@pytest.fixture(scope="module")
def shipped():
    return build_playbook_set(shipped_playbooks())


def item(key="check", *, phase="containment", due="PT1H", title=None, **extra) -> dict:
    return {"key": key, "title": title or {"ja": f"{key}を行う", "en": f"Do {key}"}, "phase": phase, "due": due, **extra}


def playbook(**fields) -> dict:
    data = {
        "id": "sales",
        "title": {"ja": "営業部", "en": "Sales"},
        "event_types": ["misdelivery"],
        "items": [item()],
    }
    data.update(fields)
    return data


def problems_of(data, source="sales.yaml") -> set[tuple[str, str, str]]:
    with pytest.raises(PlaybookError) as caught:
        parse_playbook(data, source=source)
    return {(p.where, p.code, p.value) for p in caught.value.problems}


def set_problems(playbooks) -> set[tuple[str, str, str]]:
    with pytest.raises(PlaybookError) as caught:
        build_playbook_set(playbooks)
    return {(p.where, p.code, p.value) for p in caught.value.problems}


def keys(items) -> list[str]:
    return [i.key for i in items]


# --------------------------------------------------------------------------------------------
# The shipped playbooks
# --------------------------------------------------------------------------------------------


def test_every_event_type_gets_the_playbook_for_its_cause(shipped):
    expected = {
        "loss_theft": {"loss", "theft", "credential_loss", "stranger_access"},
        "misdelivery": {"misdelivery"},
        "misconfiguration": {"misconfiguration", "external_inquiry", "internet_rumour"},
        "cyber_attack": {"unauthorized_access", "malware", "data_for_sale", "suspicious_contact"},
        "partner": {"partner_report"},
        "default": {"authority_inquiry", "internal_tip", "other"},
    }
    got: dict[str, set[str]] = {}
    for event_type in EventType:
        got.setdefault(shipped.playbook_for(event_type).id, set()).add(event_type.value)
    assert got == expected
    assert len(EventType) == 16 and sum(len(v) for v in got.values()) == 16


def test_shipped_items_fit_the_task_modal_and_the_database(shipped):
    for pb in shipped.playbooks:
        assert 1 <= len(pb.items) <= MAX_ITEMS, pb.id
        for lang in ("ja", "en"):
            assert 0 < len(pb.title[lang]) <= 150
        for it in pb.items:
            for lang in ("ja", "en"):
                assert 0 < len(it.title[lang]) <= 150, (pb.id, it.key, lang)
                assert len(it.notes.get(lang, "")) <= 2000
            assert set(it.notes) in (set(), {"ja", "en"}), (pb.id, it.key)
            assert it.phase is not Phase.CLOSED
            assert timedelta(0) <= it.offset <= timedelta(days=365)
    for event_type in EventType:
        checklist = keys(shipped.for_event(event_type))
        # task keys are unique per incident in the database
        assert len(checklist) == len(set(checklist)), event_type


def test_japanese_text_is_japanese_and_english_is_not(shipped):
    for pb in shipped.playbooks:
        for it in pb.items:
            assert any("\u3040" <= ch <= "\u30ff" or "\u4e00" <= ch <= "\u9fff" for ch in it.title["ja"]), it.key
            assert it.title["en"].isascii(), it.key


def test_every_incident_gets_the_emergency_checklist(shipped):
    for event_type in EventType:
        checklist = set(keys(shipped.for_event(event_type)))
        assert {"response_team", "outside_contacts", "legal_assessment", "contact_list",
                "inquiry_desk", "publication_decision", "recurrence_prevention"} <= checklist, event_type


def test_misdelivery_checklist_mixes_common_and_specific_items_by_due_time(shipped):
    checklist = shipped.for_event(EventType.MISDELIVERY)
    titles = [i.title["ja"] for i in checklist]
    assert any("返却または削除" in t for t in titles)
    assert any("証拠" in t for t in titles)  # the common evidence item
    assert any("書面で確認" in t for t in titles)
    offsets = [i.offset for i in checklist]
    assert offsets == sorted(offsets)
    # the first hours: team and return/deletion request before evidence, recurrence prevention last
    assert keys(checklist)[:2] == ["response_team", "request_return_deletion"]
    assert keys(checklist)[-1] == "recurrence_prevention"
    assert not any(i.key in {"police_report", "isolate_host"} for i in checklist)


def test_publication_decision_records_the_five_criteria(shipped):
    decision = next(i for i in shipped.for_event(EventType.OTHER) if i.key == "publication_decision")
    for criterion in ("誰が管理", "どのように漏えい", "何が漏えい", "どのくらい", "被害"):
        assert criterion in decision.notes["ja"]
    assert "who controls" in decision.notes["en"]


def test_evidence_item_warns_against_wiping_and_cyber_attacks_preserve_volatile_data(shipped):
    common = next(i for i in shipped.for_event(EventType.LOSS) if i.key == "evidence")
    assert "初期化" in common.notes["ja"] and "wipe" in common.notes["en"]
    malware = [i for i in shipped.for_event(EventType.MALWARE) if i.key == "evidence"]
    assert len(malware) == 1 and "揮発性" in malware[0].title["ja"]
    assert malware[0].offset < common.offset


def test_loss_and_cyber_checklists_start_with_their_first_actions(shipped):
    loss = keys(shipped.for_event(EventType.THEFT))
    assert {"police_report", "remote_lock", "search_places", "invalidate_credentials", "encryption_status"} <= set(loss)
    cyber = shipped.for_event(EventType.UNAUTHORIZED_ACCESS)
    assert cyber[0].key == "isolate_host" and cyber[0].offset == timedelta(hours=1)
    assert {"forensic_vendor", "reset_credentials", "fix_vulnerability", "no_negotiation"} <= set(keys(cyber))


# --------------------------------------------------------------------------------------------
# Order and replacement
# --------------------------------------------------------------------------------------------


def _pb(pid, items, *, event_types=(), common=False, default=False) -> Playbook:
    return Playbook(
        id=pid,
        title={"ja": pid, "en": pid},
        event_types=frozenset(EventType(e) for e in event_types),
        items=tuple(items),
        is_common=common,
        is_default=default,
    )


def _it(key, hours, phase="containment") -> PlaybookItem:
    return PlaybookItem(key, {"ja": key, "en": key}, Phase(phase), timedelta(hours=hours), {})


def test_order_is_offset_then_phase_then_as_written():
    common = _pb("common", [_it("c_late", 48), _it("c_inv", 4, "investigation"), _it("c_cont", 4)], common=True)
    rest = _pb("rest", [_it("s_prev", 4, "prevention"), _it("s_cont", 4), _it("s_first", 1, "notification")], default=True)
    result = keys(build_playbook_set([common, rest]).for_event(EventType.LOSS))
    assert result == ["s_first", "c_cont", "s_cont", "c_inv", "s_prev", "c_late"]


def test_specific_item_with_a_common_key_replaces_the_common_one():
    common = _pb("common", [_it("desk", 72, "notification"), _it("team", 2)], common=True)
    sales = _pb("sales", [PlaybookItem("desk", {"ja": "営業窓口", "en": "Sales desk"}, Phase.NOTIFICATION, timedelta(hours=1), {})],
                event_types=["misdelivery"])
    rest = _pb("rest", [_it("look", 3)], default=True)
    pset = build_playbook_set([common, sales, rest])
    misdelivery = pset.for_event(EventType.MISDELIVERY)
    assert [(i.key, i.title["ja"]) for i in misdelivery] == [("desk", "営業窓口"), ("team", "team")]
    assert keys(pset.for_event(EventType.LOSS)) == ["team", "look", "desk"]  # other types keep the common item


def test_unknown_stored_event_type_falls_back_to_default(shipped):
    assert shipped.playbook_for("renamed_type").id == "default"
    assert shipped.playbook_for("misdelivery").id == "misdelivery"


# --------------------------------------------------------------------------------------------
# Overrides
# --------------------------------------------------------------------------------------------


def test_override_with_a_shipped_id_replaces_that_playbook(shipped):
    org = parse_playbook(
        playbook(id="loss_theft", event_types=["loss", "theft", "credential_loss", "stranger_access"],
                 items=[item("report_to_security", title={"ja": "警備室へ連絡する", "en": "Call security"})]),
        source="/etc/leakbot/playbooks/loss.yaml",
    )
    merged = merge_overrides(shipped_playbooks(), [org])
    assert [p.id for p in merged] == [p.id for p in shipped_playbooks()]  # replaced in place, nothing added
    pset = build_playbook_set(merged)
    loss = keys(pset.for_event(EventType.LOSS))
    assert "report_to_security" in loss and "police_report" not in loss
    assert "evidence" in loss  # the common items stay


def test_override_with_a_new_id_adds_a_playbook_that_takes_types_from_the_default():
    tips = parse_playbook(
        playbook(id="whistleblowing", event_types=["internal_tip"], items=[item("hear_the_tipster")]), source="tips.yaml"
    )
    pset = build_playbook_set(merge_overrides(shipped_playbooks(), [tips]))
    assert pset.playbook_for(EventType.INTERNAL_TIP).id == "whistleblowing"
    assert "hear_the_tipster" in keys(pset.for_event(EventType.INTERNAL_TIP))
    assert pset.playbook_for(EventType.OTHER).id == "default"


def test_override_of_the_common_playbook_changes_every_checklist():
    org_common = parse_playbook(
        {"id": "common", "title": {"ja": "共通", "en": "Common"}, "common": True,
         "items": [item("call_ciso", title={"ja": "CISOに電話する", "en": "Phone the CISO"}, due="PT30M")]},
        source="common.yaml",
    )
    pset = build_playbook_set(merge_overrides(shipped_playbooks(), [org_common]))
    for event_type in EventType:
        checklist = keys(pset.for_event(event_type))
        assert "call_ciso" in checklist and "response_team" not in checklist


def test_org_override_that_forgets_an_event_type_is_refused_naming_it():
    # The organization turns the fallback playbook into one for two types only, forgetting `other`.
    org_default = parse_playbook(
        playbook(id="default", event_types=["authority_inquiry", "internal_tip"], items=[item("ask_legal")]),
        source="/srv/playbooks/default.yaml",
    )
    with pytest.raises(PlaybookError) as caught:
        build_playbook_set(merge_overrides(shipped_playbooks(), [org_default]))
    assert [(p.where, p.code, p.value) for p in caught.value.problems] == [
        ("playbooks/event_types", "event_type_not_covered", "other")
    ]
    assert "other" in str(caught.value)


def test_two_override_files_with_one_id_are_refused_instead_of_one_silently_winning():
    a = parse_playbook(playbook(id="extra", event_types=["internal_tip"]), source="a.yaml")
    b = parse_playbook(playbook(id="extra", event_types=["other"]), source="b.yaml")
    assert set_problems(merge_overrides(shipped_playbooks(), [a, b])) == {
        ("a.yaml/id", "duplicate_id", "extra"),
        ("b.yaml/id", "duplicate_id", "extra"),
    }


# --------------------------------------------------------------------------------------------
# Set rules
# --------------------------------------------------------------------------------------------


def test_event_type_claimed_twice_names_both_playbooks():
    extra = parse_playbook(playbook(id="sales", event_types=["misdelivery", "other"]), source="sales.yaml")
    assert set_problems(shipped_playbooks() + [extra]) == {
        ("misdelivery.yaml/event_types", "event_type_claimed_twice", "misdelivery"),
        ("sales.yaml/event_types", "event_type_claimed_twice", "misdelivery"),
    }


def test_without_a_default_every_uncovered_type_is_listed():
    without_default = [p for p in shipped_playbooks() if not p.is_default]
    assert set_problems(without_default) == {
        ("playbooks/event_types", "event_type_not_covered", t) for t in ("authority_inquiry", "internal_tip", "other")
    }


def test_exactly_one_common_and_at_most_one_default():
    base = shipped_playbooks()
    assert set_problems([p for p in base if not p.is_common]) == {("playbooks", "no_common_playbook", "")}
    second_common = parse_playbook({"id": "common2", "title": {"ja": "共通2", "en": "Common 2"}, "common": True,
                                    "items": [item()]}, source="common2.yaml")
    second_default = parse_playbook({"id": "fallback", "title": {"ja": "予備", "en": "Fallback"}, "default": True,
                                     "items": [item()]}, source="fallback.yaml")
    assert set_problems(base + [second_common, second_default]) == {
        ("common.yaml/common", "more_than_one_common", "common"),
        ("common2.yaml/common", "more_than_one_common", "common2"),
        ("default.yaml/default", "more_than_one_default", "default"),
        ("fallback.yaml/default", "more_than_one_default", "fallback"),
    }


# --------------------------------------------------------------------------------------------
# Parsing one playbook: every rule, with its location
# --------------------------------------------------------------------------------------------


def test_a_good_playbook_parses():
    pb = parse_playbook(
        playbook(items=[item("ask", due="PT24H", notes={"ja": "丁寧に", "en": "Politely"}), item("confirm", due=3600)]),
        source="sales.yaml",
    )
    assert pb.id == "sales" and pb.event_types == {EventType.MISDELIVERY} and not pb.is_common
    assert [(i.key, i.offset, i.notes) for i in pb.items] == [
        ("ask", timedelta(hours=24), {"ja": "丁寧に", "en": "Politely"}),
        ("confirm", timedelta(hours=1), {}),
    ]


@pytest.mark.parametrize("data", [None, [], "id: sales", 3])
def test_not_a_mapping(data):
    assert {(w, c) for w, c, _ in problems_of(data)} == {("sales.yaml", "not_a_mapping")}


def test_id_is_required_and_must_be_simple():
    assert problems_of(playbook(id=None)) == {("sales.yaml/id", "required", "")}
    assert problems_of(playbook(id="Sales Team")) == {("sales.yaml/id", "bad_id", "Sales Team")}
    assert problems_of(playbook(id="x" * 65)) == {("sales.yaml/id", "bad_id", "x" * 65)}
    assert parse_playbook(playbook(id="x" * 64), source="s.yaml").id == "x" * 64


def test_titles_need_both_languages_within_150_characters():
    assert problems_of(playbook(title={"ja": "営業部"})) == {("sales.yaml/title/en", "required", "")}
    assert problems_of(playbook(title="営業部")) == {("sales.yaml/title", "needs_ja_en", "営業部")}
    assert problems_of(playbook(items=[item(title={"ja": "あ" * 151, "en": "   "})])) == {
        ("sales.yaml/items/0/title/ja", "too_long", "151 > 150"),
        ("sales.yaml/items/0/title/en", "required", ""),
    }
    assert parse_playbook(playbook(items=[item(title={"ja": "あ" * 150, "en": "a"})]), source="s.yaml")


def test_unknown_event_type_and_duplicates():
    assert problems_of(playbook(event_types=["loss", "lost", "loss"])) == {
        ("sales.yaml/event_types/1", "unknown_event_type", "lost"),
        ("sales.yaml/event_types/2", "duplicate_event_type", "loss"),
    }
    assert problems_of(playbook(event_types="loss")) == {("sales.yaml/event_types", "not_a_list", "loss")}


def test_a_playbook_must_say_what_it_is_for():
    data = playbook()
    del data["event_types"]
    assert problems_of(data) == {("sales.yaml/event_types", "needs_event_types", "")}
    assert problems_of(playbook(event_types=[])) == {("sales.yaml/event_types", "needs_event_types", "")}
    assert problems_of(playbook(common=True)) == {("sales.yaml/event_types", "common_with_event_types", "")}
    assert problems_of(playbook(event_types=None, common=True, default=True)) == {
        ("sales.yaml/default", "conflicting_kind", "common + default")
    }
    assert problems_of(playbook(common="yes")) == {("sales.yaml/common", "not_a_boolean", "yes")}


def test_phase_must_be_known_and_not_closed():
    assert problems_of(playbook(items=[item(phase="containmnet"), item("b", phase="closed"), item("c", phase=None)])) == {
        ("sales.yaml/items/0/phase", "unknown_phase", "containmnet"),
        ("sales.yaml/items/1/phase", "phase_not_allowed", "closed"),
        ("sales.yaml/items/2/phase", "required", ""),
    }


@pytest.mark.parametrize(
    ("due", "expected"),
    [
        ("PT24H", timedelta(hours=24)),
        ("P3D", timedelta(days=3)),
        ("P1DT12H", timedelta(days=1, hours=12)),
        ("PT30M", timedelta(minutes=30)),
        ("P1W", timedelta(weeks=1)),
        ("pt2h", timedelta(hours=2)),
        (3600, timedelta(hours=1)),
        ("86400", timedelta(days=1)),
        (0, timedelta(0)),
        ("P365D", timedelta(days=365)),
    ],
)
def test_durations_accepted(due, expected):
    assert parse_duration(due) == expected


@pytest.mark.parametrize(
    ("due", "code"),
    [
        ("3 days", "bad_duration"),
        ("P1M", "bad_duration"),  # months and years have no fixed length
        ("P1Y", "bad_duration"),
        ("P", "bad_duration"),
        ("PT", "bad_duration"),
        ("P1DT", "bad_duration"),
        (True, "bad_duration"),
        ("-PT1H", "negative_duration"),
        (-60, "negative_duration"),
        ("P366D", "duration_too_long"),
        (365 * 86400 + 1, "duration_too_long"),
    ],
)
def test_durations_refused_with_their_location(due, code):
    assert problems_of(playbook(items=[item(), item("second", due=due)])) == {
        ("sales.yaml/items/1/due", code, str(due))
    }


def test_missing_due_is_required():
    assert problems_of(playbook(items=[item(due=None)])) == {("sales.yaml/items/0/due", "required", "")}


def test_item_keys_are_required_simple_and_unique():
    assert problems_of(playbook(items=[item("ask"), item("Ask Them"), item("ask"), item(None)])) == {
        ("sales.yaml/items/1/key", "bad_key", "Ask Them"),
        ("sales.yaml/items/2/key", "duplicate_key", "ask"),
        ("sales.yaml/items/3/key", "required", ""),
    }


def test_items_between_one_and_thirty():
    assert problems_of(playbook(items=[])) == {("sales.yaml/items", "no_items", "")}
    data = playbook(items=None)
    assert problems_of(data) == {("sales.yaml/items", "no_items", "")}
    empty_common = {"id": "common", "title": {"ja": "共通", "en": "Common"}, "common": True, "items": []}
    assert problems_of(empty_common, "common.yaml") == {("common.yaml/items", "no_items", "")}
    thirty = [item(f"k{i}") for i in range(30)]
    assert len(parse_playbook(playbook(items=thirty), source="s.yaml").items) == 30
    assert problems_of(playbook(items=thirty + [item("k30")])) == {("sales.yaml/items", "too_many_items", "31 > 30")}


def test_notes_are_optional_but_bilingual_and_bounded():
    assert parse_playbook(playbook(items=[item(notes=None)]), source="s.yaml").items[0].notes == {}
    assert problems_of(playbook(items=[item(notes={"ja": "メモ"})])) == {("sales.yaml/items/0/notes/en", "required", "")}
    assert problems_of(playbook(items=[item(notes={"ja": "あ" * 2001, "en": "ok"})])) == {
        ("sales.yaml/items/0/notes/ja", "too_long", "2001 > 2000")
    }
    assert parse_playbook(playbook(items=[item(notes={"ja": "あ" * 2000, "en": "ok"})]), source="s.yaml")


def test_misspelt_fields_are_reported_not_ignored():
    assert problems_of(playbook(event_type=["loss"], items=[item(note={"ja": "x", "en": "x"})])) == {
        ("sales.yaml/event_type", "unknown_field", "event_type"),
        ("sales.yaml/items/0/note", "unknown_field", "note"),
    }


def test_every_problem_in_a_file_is_reported_at_once():
    bad = {
        "id": "Sales",
        "title": {"ja": "営業部"},
        "event_types": ["lost"],
        "items": [
            item("a", phase="closed"),
            "just text",
            item("a", due="-P1D", notes={"ja": "x"}),
        ],
    }
    found = problems_of(bad)
    assert {(w, c) for w, c, _ in found} == {
        ("sales.yaml/id", "bad_id"),
        ("sales.yaml/title/en", "required"),
        ("sales.yaml/event_types/0", "unknown_event_type"),
        ("sales.yaml/items/0/phase", "phase_not_allowed"),
        ("sales.yaml/items/1", "not_a_mapping"),
        ("sales.yaml/items/2/key", "duplicate_key"),
        ("sales.yaml/items/2/due", "negative_duration"),
        ("sales.yaml/items/2/notes/en", "required"),
    }


def test_error_message_lists_location_code_and_value():
    with pytest.raises(PlaybookError) as caught:
        parse_playbook(playbook(items=[item(phase="done")]), source="sales.yaml")
    assert str(caught.value) == "sales.yaml/items/0/phase: unknown_phase (done)"


def test_parsing_does_not_modify_its_input():
    data = playbook(items=[item(notes={"ja": " メモ ", "en": "note"})])
    before = copy.deepcopy(data)
    parse_playbook(data, source="s.yaml")
    assert data == before
