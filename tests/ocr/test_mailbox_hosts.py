"""A mailbox's host mended from the card's other address, phones and lines (cardbook.ocr.mailbox_hosts): lost
or one-letter-off suffixes, a host one letter off; the card's evidence is needed every time."""

from __future__ import annotations

from faker import Faker

from cardbook.ocr.accents import english_counts
from cardbook.ocr.parse_card import parse_text


def _words(count: int, seed: int) -> list[str]:
    """English words of six letters or more (Faker's English word list), for hosts made of words."""
    fake = Faker("en_US")
    fake.seed_instance(seed)
    words: list[str] = []
    while len(words) < count:
        word = fake.word()
        if len(word) >= 6 and word not in words:
            words.append(word)
    return words


def _labels(count: int, seed: int) -> list[str]:
    fake = Faker("en_GB")
    fake.seed_instance(seed)
    return [fake.domain_word() + fake.domain_word() for _ in range(count)]


def _mails(text: str, region: str = "GB") -> list[str]:
    return [mail.value for mail in parse_text(text, region).emails]


def test_a_lost_suffix_is_the_one_the_cards_website_prints() -> None:
    for label in _labels(5, 1):
        for suffix in ("dk", "co.uk", "pt"):
            assert _mails(f"Ana Ruiz\nana@{label}\nwww.{label}.{suffix}") == [f"ana@{label}.{suffix}"]
        # no other address with that host: no suffix to take, no mailbox
        assert _mails(f"Ana Ruiz\nana@{label}\nwww.other{label}.dk") == []


def test_a_suffix_one_letter_off_is_written_as_the_website_and_the_phones_country_print_it() -> None:
    for label in _labels(5, 2):
        card = f"Ana Ruiz\n+30 692 372 0889\nana@{label}.ar\n{label}.gr"
        assert _mails(card) == [f"ana@{label}.gr"]
        # a real suffix the website alone contradicts (no phone of Greece): firms use two suffixes
        assert _mails(f"Ana Ruiz\n+44 20 7946 0000\nana@{label}.ar\n{label}.gr") == [f"ana@{label}.ar"]
        # the phones' country alone, the suffix read a real one: as read
        assert _mails(f"Ana Ruiz\n+47 22 33 44 55\nana@{label}.io\n{label}.io") == [f"ana@{label}.io"]
        # two real, different suffixes: as read
        assert _mails(f"Ana Ruiz\n+49 30 1234567\nana@{label}.com\nwww.{label}.de") == [f"ana@{label}.com"]


def test_a_host_one_letter_off_takes_the_spelling_whose_pieces_are_words() -> None:
    counts = english_counts()
    words = _words(12, 3)
    for first, second in zip(words[::2], words[1::2], strict=True):
        lost = second[1:]
        if lost in counts:
            continue  # the misreading is a word too: no evidence either way
        host = f"{first}-{second}"
        card = f"Ana Ruiz\nE-Mail ana@{first}-{lost}.co.uk\nWeb www.{host}.co.uk"
        assert _mails(card) == [f"ana@{host}.co.uk"]
        # the website misread and the mailbox right: the mailbox stays
        card = f"Ana Ruiz\nE-Mail ana@{host}.co.uk\nWeb www.{first}-{lost}.co.uk"
        assert _mails(card) == [f"ana@{host}.co.uk"]


def test_a_host_a_line_spells_with_one_look_alike_letter_is_written_as_the_line() -> None:
    fake = Faker("en_US")
    fake.seed_instance(4)
    for _ in range(5):
        first, second = fake.last_name(), fake.last_name()
        host = f"{second.lower()}llp"
        read = f"{second.lower()}ilp"
        card = f"{first} & {second} LLP\nAna Ruiz\nE ana@{read}.com\n+1 312 555 0129"
        assert _mails(card, "US") == [f"ana@{host}.com"]
        # no line spells it: as read
        assert _mails(f"Ana Ruiz\nE ana@{read}.com\n+1 312 555 0129", "US") == [f"ana@{read}.com"]


def test_a_hosts_i_stays_against_a_line_whose_word_opens_with_a_lower_case_l() -> None:
    # "lronPoint": OCR read the firm's capital "I" as "l"; the host's lower-case "i" is as printed.
    for word in _words(4, 5):
        host = f"i{word}point"
        card = f"l{word.capitalize()}Point\nAna Ruiz\nana@{host}.pl\n{host}.pl\n+48 512 340 219"
        assert _mails(card, "PL") == [f"ana@{host}.pl"]
