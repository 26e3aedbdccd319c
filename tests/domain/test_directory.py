import pytest

from domain.directory import DirectoryError, parse_directory

GOOD = {
    "office_channel": "C0FFICE",
    "executives": ["UEXEC1", "ciso@example.com"],
    "departments": [
        {"id": "sales", "name": {"ja": "営業部", "en": "Sales"}, "owner": "UOWN", "deputy": "deputy@example.com"},
    ],
}


def test_good_directory_parses():
    directory = parse_directory(GOOD)
    assert directory.department("sales").display_name("ja") == "営業部"
    assert directory.people() == {"UEXEC1", "ciso@example.com", "UOWN", "deputy@example.com"}


def test_every_problem_is_listed_with_its_place():
    bad = {
        "office_channel": "office",
        "executives": [],
        "departments": [
            {"id": "sales", "name": {"ja": "営業部"}, "owner": "not a person", "deputy": "UOWN"},
            {"id": "sales", "name": {"ja": "営業", "en": "Sales"}, "owner": "UOWN", "deputy": "UOWN"},
        ],
    }
    with pytest.raises(DirectoryError) as caught:
        parse_directory(bad)
    found = {(p.where, p.code) for p in caught.value.problems}
    assert found == {
        ("/office_channel", "bad_channel"),
        ("/executives", "required_list"),
        ("/departments/0/name", "needs_ja_en"),
        ("/departments/0/owner", "bad_person"),
        ("/departments/1/id", "duplicate_id"),
        ("/departments/1/deputy", "same_as_owner"),
    }
