"""A given name that also names a trade ("Tea") is a person's when the e-mail spells the surname on its own;
the two words glued in the mailbox ("teahouse@") stay a shop's name."""

from __future__ import annotations

from faker import Faker

from cardbook.ocr.lexicon import COMPANY_WORDS, TRADE_NOUNS, fold
from cardbook.ocr.names_data import is_first_name
from cardbook.ocr.parse_card import parse_text
from cardbook.ocr.trade_words import trade_word

LOCALES = ["sv_SE", "de_AT", "en_GB", "fr_FR", "it_IT", "es_ES", "nl_NL", "da_DK"]


def _trade_given_names() -> list[str]:
    found: set[str] = set()
    for locale in LOCALES:
        for name in Faker(locale).provider("faker.providers.person").first_names:  # type: ignore[union-attr]
            word = fold(name)
            if (trade_word(word) or word in TRADE_NOUNS | COMPANY_WORDS) and is_first_name(word):
                found.add(name)
    return sorted(found)


def test_a_trade_word_given_name_before_the_mailboxs_surname_is_a_person() -> None:
    given = _trade_given_names()
    assert given
    fake = Faker("de_AT")
    for seed, first in enumerate(given * 3):
        fake.seed_instance(seed)
        last = fake.last_name()
        mailbox = fold(first)[0] + "".join(ch for ch in fold(last) if ch.isalpha())
        card = f"Berger & Partner Rechtsanwälte\nRechtsanwältin\n{first} {last}\n{mailbox}@bp-law.at"
        fields = parse_text(card, "AT")
        assert fields.name is not None and fields.name.value == f"{first} {last}"


def test_the_two_words_glued_in_the_mailbox_stay_a_shop() -> None:
    for first in _trade_given_names():
        card = f"{first} House\nOpen all week\n{fold(first)}house@mail.example\n+43 1 234 5678"
        fields = parse_text(card, "AT")
        assert fields.name is None or fields.name.value != f"{first} House"
