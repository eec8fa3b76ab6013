"""A top-level domain read apart from its host on two of the card's addresses is written back as the dot it was
(cardbook.ocr.repeated_spaced_suffixes, through host_evidence.restore_lost_dots); once alone, or two different
words after two addresses, stay as read."""

from __future__ import annotations

from cardbook.ocr.parse_card import parse_text

# Made-up people and firms; the phones print no calling code, so only the addresses show the domain.
_HEAD = "Norvale Menuiserie\nDana Whitlow\nPort. : 07 55 01 47 88\n"


def _contacts(text: str) -> tuple[list[str], list[str]]:
    fields = parse_text(_HEAD + text, "FR")
    return [email.value for email in fields.emails], [site.value for site in fields.websites]


def test_the_same_suffix_after_two_addresses_is_their_domain() -> None:
    emails, sites = _contacts("Mail : office@norvale-bois fr\nwww.norvale-bois fr")
    assert emails == ["office@norvale-bois.fr"]
    assert sites == ["www.norvale-bois.fr"]


def test_two_mailboxes_with_the_suffix_apart() -> None:
    emails, _ = _contacts("office@norvale-bois fr\ndevis@norvale-bois fr")
    assert emails == ["office@norvale-bois.fr", "devis@norvale-bois.fr"]


def test_one_address_alone_is_not_mended() -> None:
    emails, sites = _contacts("Mail : office@norvale-bois fr")
    assert emails == [] and sites == []


def test_different_words_after_two_addresses_are_no_domain() -> None:
    emails, sites = _contacts("office@norvale-bois fr\nwww.norvale-bois de")
    assert emails == [] and sites == []


def test_the_same_address_read_twice_is_one() -> None:
    # One host printed twice (a QR caption, a repeated line) is one address: no second reading of the domain.
    emails, _ = _contacts("office@norvale-bois fr\noffice@norvale-bois fr")
    assert emails == []
