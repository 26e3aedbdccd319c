"""Spotting leaked data pasted into an incident channel, so it can be flagged before it spreads.

The bot never holds the leaked records (holding them would only spread them further): reports carry categories and counts. People
under stress still paste "the list" into the channel. These checks look for the shapes that matter
most — payment card numbers (Luhn-valid), My Numbers (valid check digit) and long lists of e-mail
addresses — and answer only *which kinds* were seen, never the values.
"""

from __future__ import annotations

import re
import unicodedata
from enum import StrEnum


class DataSign(StrEnum):
    CARD_NUMBER = "card_number"
    MY_NUMBER = "my_number"
    EMAIL_LIST = "email_list"


#: This many distinct addresses in one message look like a list, not a conversation.
EMAIL_LIST_MIN = 5

_DIGIT_RUN = re.compile(r"(?<![\d])\d(?:[ -]?\d){11,18}(?![\d])")
_EMAIL = re.compile(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}")


def luhn_valid(digits: str) -> bool:
    total = 0
    for i, ch in enumerate(reversed(digits)):
        d = int(ch)
        if i % 2 == 1:
            d = d * 2 - 9 if d > 4 else d * 2
        total += d
    return total % 10 == 0


def my_number_valid(digits: str) -> bool:
    """The check digit of an individual number (マイナンバー, 行政手続番号法施行令8条)."""
    if len(digits) != 12:
        return False
    body = [int(c) for c in digits[:11]]
    total = sum(p * (n + 1 if n <= 6 else n - 5) for n, p in enumerate(reversed(body), start=1))
    remainder = total % 11
    return int(digits[11]) == (0 if remainder <= 1 else 11 - remainder)


def detect(text: str) -> tuple[DataSign, ...]:
    """The kinds of leaked data ``text`` appears to contain (empty when it looks harmless)."""
    normalized = unicodedata.normalize("NFKC", text or "")
    found: set[DataSign] = set()
    for match in _DIGIT_RUN.finditer(normalized):
        digits = re.sub(r"[ -]", "", match.group())
        if 13 <= len(digits) <= 19 and luhn_valid(digits):
            found.add(DataSign.CARD_NUMBER)
        if len(digits) == 12 and my_number_valid(digits):
            found.add(DataSign.MY_NUMBER)
    if len({m.lower() for m in _EMAIL.findall(normalized)}) >= EMAIL_LIST_MIN:
        found.add(DataSign.EMAIL_LIST)
    return tuple(sign for sign in DataSign if sign in found)
