"""Every problem code the loaders can report has a sentence in both languages (a code without one
would reach the operator as a KeyError traceback)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

import bot.preflight
import domain.directory
import domain.playbooks
from bot.preflight import FileProblem, decode_text, describe_problem
from domain.directory import Problem
from prompts.i18n import t

ROOT = Path(__file__).resolve().parents[2]


def codes_in(path: Path, pattern: str) -> set[str]:
    return set(re.findall(pattern, path.read_text(encoding="utf-8")))


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_every_directory_code_has_a_sentence(lang):
    codes = codes_in(Path(domain.directory.__file__), r'Problem\(.*?, "(\w+)"')
    assert {"bad_channel", "required_list", "bad_person"} <= codes
    for code in codes:
        assert t(lang, f"cli.directory.{code}", value="v")
        assert "/x" in describe_problem(Problem("/x", code, "v"), lang)


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_every_playbook_code_has_a_sentence(lang):
    codes = {v for k, v in vars(domain.playbooks.Code).items() if k.isupper()}
    codes |= codes_in(ROOT / "bot" / "playbooks.py", r'Problem\(.*?, "(\w+)"')
    assert "folder_not_found" in codes and "bad_duration" in codes
    for code in codes:
        assert t(lang, f"cli.playbooks.{code}", value="v")
        assert "a.yaml" in describe_problem(Problem("a.yaml", code, "v"), lang, "playbooks")


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_every_file_problem_has_a_sentence(lang):
    codes = codes_in(Path(bot.preflight.__file__), r'FileProblem\(.*?, "(\w+)"')
    assert {"is_a_folder", "file_not_found", "not_text", "bad_yaml", "not_set"} <= codes
    for code in codes:
        assert code not in describe_problem(FileProblem("dir.yaml", code, "why", 3, 4), lang)


def test_operator_files_are_read_in_the_encodings_editors_save():
    text = "部署: 営業部\n"
    assert decode_text(text.encode("utf-8")) == (text, False)
    assert decode_text(b"\xef\xbb\xbf" + text.encode("utf-8")) == (text, False)
    assert decode_text(text.encode("cp932")) == (text, True)
    with pytest.raises(UnicodeDecodeError):
        decode_text(b"\xff\xfe\x00\x81\xff")


