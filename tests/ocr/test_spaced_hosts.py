"""A host OCR cut with a space (or with both dots read as spaces after "www") is joined when another of the
card's addresses prints it whole, never else."""

from __future__ import annotations

from cardbook.ocr.parse_card import parse_text

CARD = "Dana Whitlow\nAccount Manager\nNorvale Systems Ltd"


def test_a_website_cut_by_a_space_is_joined_by_the_e_mail_host() -> None:
    fields = parse_text(f"{CARD}\ndana@norvalesystems.co.uk\nwww.norva lesystems.co.uk", "UK")
    assert [site.value for site in fields.websites] == ["www.norvalesystems.co.uk"]


def test_an_e_mail_cut_by_a_space_is_joined_by_the_website() -> None:
    fields = parse_text(f"{CARD}\ndana@norva lesystems.co.uk\nwww.norvalesystems.co.uk", "UK")
    assert [email.value for email in fields.emails] == ["dana@norvalesystems.co.uk"]


def test_no_join_without_the_card_printing_the_whole_host() -> None:
    fields = parse_text(f"{CARD}\ndana@example.org\nwww.norva lesystems.co.uk", "UK")
    assert [site.value for site in fields.websites] != ["www.norvalesystems.co.uk"]


def _websites(*lines: str) -> list[str]:
    card = "\n".join(("Lena Hartmann", "Partner", "Hartmann Advocaten", *lines, "T +32 2 555 01 23"))
    return [site.value for site in parse_text(card, "BE").websites]


def test_a_website_with_both_dots_read_as_spaces_is_joined_by_the_mailbox() -> None:
    assert _websites("lena@hartmannadvocaten.be", "Web: www hartmannadvocaten be") == ["www.hartmannadvocaten.be"]


def test_both_dots_read_as_spaces_stay_without_another_address() -> None:
    assert "www.hartmannadvocaten.be" not in _websites("Web: www hartmannadvocaten be")
