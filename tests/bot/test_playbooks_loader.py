"""Loading the playbook files as an operator sets them up: shipped files plus a LEAKBOT_PLAYBOOKS folder."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from bot.playbooks import SHIPPED_DIR, load_playbooks
from domain.incidents import EventType
from domain.playbooks import PlaybookError


def write(folder: Path, name: str, data) -> Path:
    path = folder / name
    text = data if isinstance(data, str) else yaml.safe_dump(data, allow_unicode=True, sort_keys=False)
    path.write_text(text, encoding="utf-8")
    return path


def problems(override_dir) -> list[tuple[str, str, str]]:
    with pytest.raises(PlaybookError) as caught:
        load_playbooks(override_dir)
    return [(p.where, p.code, p.value) for p in caught.value.problems]


ORG_LOSS = {
    "id": "loss_theft",
    "title": {"ja": "紛失・盗難（当社版）", "en": "Loss or theft (our version)"},
    "event_types": ["loss", "theft", "credential_loss", "stranger_access"],
    "items": [
        {"key": "call_security", "title": {"ja": "警備室へ連絡する", "en": "Call the security desk"},
         "phase": "containment", "due": "PT30M"},
    ],
}


def test_shipped_playbooks_alone_cover_every_event_type():
    pset = load_playbooks(None)
    assert {p.id for p in pset.playbooks} == {"common", "loss_theft", "misdelivery", "misconfiguration",
                                               "cyber_attack", "partner", "default"}
    for event_type in EventType:
        assert pset.for_event(event_type), event_type
    assert SHIPPED_DIR.name == "playbooks" and (SHIPPED_DIR / "common.yaml").is_file()


def test_shipped_files_document_the_format_in_both_languages():
    for path in sorted(SHIPPED_DIR.glob("*.yaml")):
        head = path.read_text(encoding="utf-8").split("\nid:")[0]
        for word in ("event_types", "common: true", "default: true", "due", "ISO 8601", "LEAKBOT_PLAYBOOKS",
                     "書式", "Format", "事象の種類", "Event types"):
            assert word in head, (path.name, word)


def test_empty_override_folder_changes_nothing(tmp_path):
    assert load_playbooks(tmp_path) == load_playbooks(None)


def test_override_file_replaces_the_shipped_playbook_with_the_same_id(tmp_path):
    write(tmp_path, "our-loss.yml", ORG_LOSS)  # the file name does not matter, the id does
    pset = load_playbooks(tmp_path)
    checklist = [i.key for i in pset.for_event(EventType.LOSS)]
    assert checklist[0] == "call_security"
    assert "police_report" not in checklist
    assert "evidence" in checklist  # common items still come with it
    assert pset.playbook_for(EventType.THEFT).title["ja"] == "紛失・盗難（当社版）"
    assert "request_return_deletion" in [i.key for i in pset.for_event(EventType.MISDELIVERY)]


def test_override_file_with_a_new_id_adds_a_playbook(tmp_path):
    write(tmp_path, "press.yaml", {
        "id": "press",
        "title": {"ja": "報道・官庁対応", "en": "Press and regulators"},
        "event_types": ["authority_inquiry"],
        "items": [{"key": "spokesperson", "title": {"ja": "広報担当を決める", "en": "Name a spokesperson"},
                   "phase": "notification", "due": 7200,
                   "notes": {"ja": "回答は広報担当に一本化する", "en": "Only the spokesperson answers"}}],
    })
    write(tmp_path, "README.md", "not a playbook: ignored")
    pset = load_playbooks(tmp_path)
    assert pset.playbook_for(EventType.AUTHORITY_INQUIRY).id == "press"
    item = next(i for i in pset.for_event(EventType.AUTHORITY_INQUIRY) if i.key == "spokesperson")
    assert item.notes["en"] == "Only the spokesperson answers"
    assert pset.playbook_for(EventType.INTERNAL_TIP).id == "default"


def test_broken_yaml_is_reported_with_file_and_line(tmp_path):
    path = write(tmp_path, "broken.yaml", (
        "id: broken\n"
        "title: {ja: 壊れた, en: Broken}\n"
        "event_types: [other]\n"
        "items:\n"
        "  - key: a\n"
        "     title: oops\n"
    ))
    [(where, code, value)] = problems(tmp_path)
    assert code == "bad_yaml"
    assert where == f"{path}:6"
    assert value.startswith("line 6, column")


def test_a_key_written_twice_is_refused_not_silently_dropped(tmp_path):
    path = write(tmp_path, "twice.yaml", (
        "id: twice\n"
        "title: {ja: 二重, en: Twice}\n"
        "event_types: [other]\n"
        "items:\n"
        "  - {key: a, title: {ja: あ, en: A}, phase: containment, due: PT1H}\n"
        "items:\n"
        "  - {key: b, title: {ja: い, en: B}, phase: containment, due: PT1H}\n"
    ))
    [(where, code, value)] = problems(tmp_path)
    assert (where, code) == (f"{path}:6", "bad_yaml") and "duplicate key 'items'" in value


def test_every_problem_in_every_file_is_reported_together(tmp_path):
    write(tmp_path, "a.yaml", "id: [unclosed\n")
    bad = dict(ORG_LOSS, items=[dict(ORG_LOSS["items"][0], phase="closed", due="P2M")])
    b = write(tmp_path, "b.yaml", bad)
    write(tmp_path, "c.yaml", "")
    found = problems(tmp_path)
    assert {(Path(w.rsplit(":", 1)[0]).name if c == "bad_yaml" else w, c) for w, c, _ in found} == {
        ("a.yaml", "bad_yaml"),
        (f"{b}/items/0/phase", "phase_not_allowed"),
        (f"{b}/items/0/due", "bad_duration"),
        (str(tmp_path / "c.yaml"), "not_a_mapping"),
    }


def test_missing_override_folder_is_a_problem(tmp_path):
    missing = tmp_path / "nowhere"
    assert problems(missing) == [(str(missing), "folder_not_found", "")]
    a_file = write(tmp_path, "playbooks.yaml", ORG_LOSS)
    assert problems(a_file) == [(str(a_file), "not_a_folder", "")]


def test_override_that_forgets_an_event_type_fails_naming_it(tmp_path):
    write(tmp_path, "default.yaml", {
        "id": "default",
        "title": {"ja": "その他", "en": "Other"},
        "event_types": ["authority_inquiry", "internal_tip"],
        "items": [{"key": "ask_legal", "title": {"ja": "法務に相談する", "en": "Ask legal"},
                   "phase": "investigation", "due": "PT4H"}],
    })
    with pytest.raises(PlaybookError) as caught:
        load_playbooks(tmp_path)
    assert [(p.code, p.value) for p in caught.value.problems] == [("event_type_not_covered", "other")]
    assert "other" in str(caught.value)


def test_override_claiming_a_type_another_playbook_has_names_both_files(tmp_path):
    path = write(tmp_path, "sales.yaml", dict(ORG_LOSS, id="sales", event_types=["misdelivery"]))
    assert set(problems(tmp_path)) == {
        ("shipped/misdelivery.yaml/event_types", "event_type_claimed_twice", "misdelivery"),
        (f"{path}/event_types", "event_type_claimed_twice", "misdelivery"),
    }


def test_broken_shipped_folder_is_reported_too(tmp_path):
    shipped = tmp_path / "shipped"
    shipped.mkdir()
    write(shipped, "common.yaml", {"id": "common", "title": {"ja": "共通", "en": "Common"}, "common": True, "items": []})
    with pytest.raises(PlaybookError) as caught:
        load_playbooks(None, shipped_dir=shipped)
    assert [(p.where, p.code) for p in caught.value.problems] == [("shipped/common.yaml/items", "no_items")]
