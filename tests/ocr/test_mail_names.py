"""E-mail local parts OCR split, read without their dot or glued to a label's letter, mended by the name the
card prints; other words before an address stay out of it."""

from __future__ import annotations

import unicodedata

from faker import Faker

from cardbook.ocr.mail_names import capital_i_from_mail
from cardbook.ocr.parse_card import parse_text


def _plain(text: str) -> str:
    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().lower()


def _people(count: int) -> list[tuple[str, str]]:
    fake = Faker("en_GB")
    fake.seed_instance(5)
    people = []
    while len(people) < count:
        first, last = _plain(fake.first_name()), _plain(fake.last_name())
        if len(first) >= 5 and len(last) >= 4 and first.isalpha() and last.isalpha():
            people.append((first, last))
    return people


def _emails(first: str, last: str, printed: str) -> list[str]:
    card = f"{first.title()} {last.title()}\nSales Director\nNorthgate Ltd\n{printed}\nT +44 20 7946 0321"
    return [email.value for email in parse_text(card, "GB").emails]


def test_a_space_inside_the_local_part() -> None:
    for first, last in _people(6):
        cut = len(first) // 2
        assert _emails(first, last, f"{first[:cut]} {first[cut:]}@northgate.co.uk") == [f"{first}@northgate.co.uk"]


def test_a_dot_read_as_a_space() -> None:
    for first, last in _people(6):
        assert _emails(first, last, f"{first} {last}@northgate.co.uk") == [f"{first}.{last}@northgate.co.uk"]


def test_a_label_glued_before_the_local_part() -> None:
    for first, last in _people(6):
        assert _emails(first, last, f"E{first}.{last}@northgate.co.uk") == [f"{first}.{last}@northgate.co.uk"]


def test_words_before_an_address_that_spell_no_name_stay_out() -> None:
    for first, last in _people(6):
        assert _emails(first, last, "Write to info@northgate.co.uk") == ["info@northgate.co.uk"]
        assert _emails(first, last, f"Email {first}@northgate.co.uk") == [f"{first}@northgate.co.uk"]


def test_the_given_names_initial_before_the_surname_stays() -> None:
    for first, last in _people(6):
        printed = f"{first[0].upper()}{last}@northgate.co.uk"  # an initial OCR read in capitals
        assert _emails(first, last, printed) == [f"{first[0]}{last}@northgate.co.uk"]


def test_a_label_word_is_no_part_of_the_local_part() -> None:
    for first, last in _people(6):
        card = f"{first.title()} {last.title()}\nNorthgate Ltd\nEmail {first}_{last}@ng.co.uk\nEmail mail@ng.co.uk"
        assert [email.value for email in parse_text(card, "GB").emails] == [f"{first}_{last}@ng.co.uk", "mail@ng.co.uk"]


def test_a_capital_i_read_as_l_is_written_back_from_the_email() -> None:
    fake = Faker("en_GB")
    fake.seed_instance(9)
    given = [name for name in {fake.first_name() for _ in range(400)} if name.startswith("I") and name.isalpha()]
    assert given
    for first in given:
        last = _plain(fake.last_name())
        card = f"l{first[1:]} {last.title()}\nSales Director\nNorthgate Ltd\n{_plain(first)}.{last}@northgate.co.uk"
        fields = parse_text(card, "GB")
        assert fields.name is not None and fields.name.value == f"{first} {last.title()}"


def test_an_l_the_email_spells_stays() -> None:
    fake = Faker("en_GB")
    fake.seed_instance(4)
    for word in [w for w in fake.words(60) if len(w) >= 4][:6]:
        brand = f"l{word}"  # a lower-case wordmark opening with "l", spelt so in its domain
        assert capital_i_from_mail(f"{brand} studio", [brand, "info"]) == f"{brand} studio"
        assert capital_i_from_mail(f"{brand} studio", ["i" + word]) == f"I{word} studio"


def test_one_letter_of_the_local_part_misread_the_name_spells() -> None:
    misreads = {"b": "h", "h": "b", "l": "I", "e": "c", "c": "e"}
    tried = 0
    for first, last in _people(20):
        for index, char in enumerate(last):
            if char in misreads:
                read = first[0] + last[:index] + misreads[char] + last[index + 1 :]
                assert _emails(first, last, f"{read}@northgate.co.uk") == [f"{first[0]}{last}@northgate.co.uk"]
                tried += 1
                break
    assert tried >= 10


def test_a_local_part_the_name_does_not_spell_stays_as_read() -> None:
    for first, last in _people(6):
        # another person's address on the card, one letter from nothing the card prints
        assert _emails(first, last, "office@northgate.co.uk") == ["office@northgate.co.uk"]
        # lower-case "i" and "l" are not swapped: the name's line confuses them as often as the address
        local = f"{first}.{last}".replace("l", "i", 1) if "l" in first + last else None
        if local is not None:
            assert _emails(first, last, f"{local}@northgate.co.uk") == [f"{local}@northgate.co.uk"]
