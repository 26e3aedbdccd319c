"""Free text is cleaned before storage; IDs people or payloads give are checked for shape."""

from __future__ import annotations

import unicodedata

import pytest

from domain.directory import is_user_id
from domain.incidents import parse_public_id
from domain.text import clean_text


@pytest.mark.parametrize(
    ("typed", "stored"),
    [
        ("顧客名簿\x00を紛失", "顧客名簿を紛失"),
        ("line one\r\nline two\rline three", "line one\nline two\nline three"),
        ("a\tb\nc", "a\tb\nc"),
        ("bell\x07 escape\x1b[31m del\x7f c1\x85", "bell escape[31m del c1"),
        ("lone \ud800 surrogate", "lone  surrogate"),
        ("e\u0301cole カ\u3099", "\u00e9cole \u30ac"),  # composed (NFC), not compatibility-folded
        ("ＡＢＣ１２３", "ＡＢＣ１２３"),  # NFC keeps full-width letters as typed
        ("", ""),
    ],
)
def test_clean_text(typed, stored):
    assert clean_text(typed) == stored
    assert unicodedata.is_normalized("NFC", clean_text(typed))


def test_clean_text_is_idempotent():
    text = "渋谷駅\x00\r\n東口\u3099"
    assert clean_text(clean_text(text)) == clean_text(text)


@pytest.mark.parametrize(
    ("ref", "valid"),
    [("U012ABC", True), ("W0ABCDEF", True), ("12345", False), ("u012abc", False), ("U", False),
     ("U012ABC\n", False), ("U" + "A" * 50, False), ("", False), ("<@U012ABC>", False)],
)
def test_user_ids(ref, valid):
    assert is_user_id(ref) is valid


def test_a_public_id_of_thousands_of_digits_is_no_id():
    assert parse_public_id("LEAK-2026-" + "9" * 5000) is None
    assert parse_public_id("LEAK-2026-0007") == "LEAK-2026-0007"
    assert parse_public_id("leak-２０２６-００１２") == "LEAK-2026-0012"
    assert parse_public_id("LEAK-2026-0007\nLEAK-2026-0008") is None


def test_a_head_count_of_thousands_of_digits_is_too_large_not_a_crash():
    from domain.incidents import ErrorCode, parse_count

    for typed, code in (("9" * 5000, ErrorCode.TOO_LARGE), ("-" + "9" * 5000, ErrorCode.NEGATIVE)):
        with pytest.raises(ValueError) as refused:
            parse_count(typed)
        assert refused.value.args[0] == code
    assert parse_count("000000000000000000120") == 120
