"""A website's host read with a few wrong letters, written as the firm's line spells it (``host_firm_spelling``);
a host two addresses print, or that no line spells closely enough, stays as read."""

from __future__ import annotations

import random

from faker import Faker

from cardbook.ocr.host_firm_spelling import LETTERS_PER_WRONG_LETTER, MIN_MENDED_LETTERS
from cardbook.ocr.parse_card import parse_text


def _firms(count: int, seed: int) -> list[tuple[str, str]]:
    """Two-word firm names of Faker's surnames and a trade ("Holloway Plumbing"), each at least 8 letters."""
    fake = Faker("en_US")
    fake.seed_instance(seed)
    trades = ("Plumbing", "Roofing", "Auto Care", "Bakery", "Realty", "Dental", "Salon")
    firms: list[tuple[str, str]] = []
    while len(firms) < count:
        firm = f"{fake.last_name()} {random.Random(len(firms) + seed).choice(trades)}"
        label = "".join(firm.lower().split())
        if label.isalpha() and len(label) >= MIN_MENDED_LETTERS:
            firms.append((firm, label))
    return firms


def _misread(label: str, wrong: int, seed: int) -> str:
    """``label`` with ``wrong`` letters changed to another letter at random places."""
    rng = random.Random(seed)
    letters = list(label)
    for place in rng.sample(range(len(letters)), wrong):
        letters[place] = rng.choice([ch for ch in "aeiousntrk" if ch != letters[place]])
    return "".join(letters)


def test_a_site_read_with_a_few_wrong_letters_is_the_firms_line() -> None:
    for seed, (firm, label) in enumerate(_firms(12, 1)):
        wrong = _misread(label, max(1, len(label) // LETTERS_PER_WRONG_LETTER), seed)
        fields = parse_text(f"{firm}\nAna Ruiz\n(415) 555-0134\nwww.{wrong}.com", "US")
        assert [site.value for site in fields.websites] == [f"www.{label}.com"], firm


def test_a_trade_name_in_two_sizes_spells_the_site_over_two_lines() -> None:
    for seed, (firm, label) in enumerate(_firms(6, 2)):
        first, _, rest = firm.partition(" ")
        wrong = _misread(label, 1, seed)
        fields = parse_text(f"{first}\n{rest}\n(415) 555-0134\nwww.{wrong}.com", "US")
        assert [site.value for site in fields.websites] == [f"www.{label}.com"], firm


def test_a_host_two_addresses_print_is_kept_over_a_misread_line() -> None:
    for seed, (firm, label) in enumerate(_firms(6, 3)):
        line = _misread(label, 1, seed)  # the firm's line misread, both addresses read right
        fields = parse_text(f"{line}\nAna Ruiz\nana@{label}.com\nwww.{label}.com", "US")
        assert [site.value for site in fields.websites] == [f"www.{label}.com"], firm
        assert [mail.value for mail in fields.emails] == [f"ana@{label}.com"], firm


def test_hosts_too_far_from_every_line_or_too_short_stay_as_read() -> None:
    for seed, (firm, label) in enumerate(_firms(6, 4)):
        wrong = _misread(label, len(label) // LETTERS_PER_WRONG_LETTER + 1, seed)
        fields = parse_text(f"{firm}\nAna Ruiz\nwww.{wrong}.com", "US")
        assert [site.value for site in fields.websites] == [f"www.{wrong}.com"], firm
    fields = parse_text("Lux Bar\nAna Ruiz\nwww.luxbur.com", "US")  # six letters: many words are one letter off
    assert [site.value for site in fields.websites] == ["www.luxbur.com"]


def test_a_shops_mailbox_read_with_a_few_wrong_letters_is_the_shops_line() -> None:
    for seed, (firm, label) in enumerate(_firms(10, 5)):
        wrong = _misread(label, max(1, len(label) // LETTERS_PER_WRONG_LETTER), seed)
        fields = parse_text(f"{firm}\nAna Ruiz\n(415) 555-0134\n{wrong}@gmail.com", "US")
        assert [mail.value for mail in fields.emails] == [f"{label}@gmail.com"], firm


def test_a_persons_mailbox_at_the_firms_own_host_stays_as_read() -> None:
    fake = Faker("en_US")
    fake.seed_instance(6)
    for _ in range(8):
        family = fake.last_name()
        local = f"r{family.lower()}"
        if len(local) < MIN_MENDED_LETTERS or not local.isalpha():
            continue
        # a logo's letter over the family name's line spells "o<family>": one letter from the mailbox
        text = f"O\n{family} Wines\nRobert {family}\n{local}@{family.lower()}-wines.com"
        assert [mail.value for mail in parse_text(text, "US").emails] == [f"{local}@{family.lower()}-wines.com"]
