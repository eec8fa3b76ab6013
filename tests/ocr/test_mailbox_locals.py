"""A mailbox's local part mended by one look-alike letter from the names the card prints
(cardbook.ocr.mailbox_locals): a capital read in it, or a word two places of the card print."""

from __future__ import annotations

from faker import Faker

from cardbook.ocr.parse_card import parse_text


def _people(count: int, seed: int) -> list[tuple[str, str]]:
    fake = Faker("en_GB")
    fake.seed_instance(seed)
    people: list[tuple[str, str]] = []
    while len(people) < count:
        first, last = fake.first_name(), fake.last_name()
        if "l" in last[1:] and last.isalpha():
            people.append((first, last))
    return people


def _mails(text: str) -> list[str]:
    return [mail.value for mail in parse_text(text, "GB").emails]


def test_a_surnames_letter_misread_is_mended_when_two_places_print_it() -> None:
    for first, last in _people(5, 1):
        surname = last.lower()
        cut = surname.rindex("l")
        read = surname[:cut] + "i" + surname[cut + 1 :]
        mailbox = f"{first[0].lower()}.{surname}"
        # the name line and the firm's line both print the surname
        card = f"{last} & Partners\n{first} {last}\nemail: {first[0].lower()}.{read}@{surname}-partners.at"
        assert _mails(card) == [f"{mailbox}@{surname}-partners.at"]
        # only the name line prints it (it confuses "l" and "i" as often): as read
        card = f"Harbour Partners\n{first} {last}\nemail: {first[0].lower()}.{read}@harbour-partners.at"
        assert _mails(card) == [f"{first[0].lower()}.{read}@harbour-partners.at"]


def test_a_capital_read_in_a_local_part_is_the_letter_the_name_spells() -> None:
    fake = Faker("en_US")
    fake.seed_instance(2)
    for _ in range(5):
        given, last = f"L{fake.first_name().lower()[1:]}", fake.last_name()
        local = f"ldela{last.lower()}"
        card = f"{given} De la {last}, PMP\nSolutions Architect\nI{local[1:]}@example-soft.com"
        assert _mails(card) == [f"{local}@example-soft.com"]
        # no name spells it: the capital stays a letter of the address, lower-cased by the finder at most
        assert _mails(f"Solutions Architect\nI{local[1:]}@example-soft.com") != [f"{local}@example-soft.com"]


def test_an_initial_l_and_its_dot_read_as_a_capital_l_come_back() -> None:
    fake = Faker("en_GB")
    fake.seed_instance(3)
    for _ in range(5):
        last = fake.last_name()
        surname = last.lower()
        card = f"Lucy {last}\nAccount Director\nE L{surname}@example-consulting.co.uk"
        assert _mails(card) == [f"l.{surname}@example-consulting.co.uk"]
        # a given name opening with another letter: the capital is no "l." (as the finder reads it)
        card = f"Anna {last}\nAccount Director\nE L{surname}@example-consulting.co.uk"
        assert _mails(card) != [f"l.{surname}@example-consulting.co.uk"]
