from domain.leak_patterns import DataSign, detect, luhn_valid, my_number_valid


def test_card_numbers_are_recognized_with_or_without_separators_and_full_width():
    assert detect("カード 4111 1111 1111 1111 です") == (DataSign.CARD_NUMBER,)
    assert detect("4111-1111-1111-1111") == (DataSign.CARD_NUMBER,)
    assert detect("４１１１１１１１１１１１１１１１") == (DataSign.CARD_NUMBER,)
    assert detect("4111 1111 1111 1112") == ()  # fails Luhn: an order number, not a card
    assert luhn_valid("79927398713") and not luhn_valid("79927398710")


def test_my_numbers_need_a_valid_check_digit():
    valid = "123456789018"  # check digit 8 for 12345678901
    assert my_number_valid(valid)
    assert detect(f"番号 {valid[:4]} {valid[4:8]} {valid[8:]}") == (DataSign.MY_NUMBER,)
    assert detect("123456789012") == ()


def test_a_list_of_addresses_is_flagged_but_a_conversation_is_not():
    addresses = " ".join(f"user{i}@example.com" for i in range(5))
    assert detect(addresses) == (DataSign.EMAIL_LIST,)
    assert detect("連絡は owner@example.com と deputy@example.com へ") == ()
    assert detect("2026-11-24 10:00 に受付、電話 03-1234-5678") == ()
