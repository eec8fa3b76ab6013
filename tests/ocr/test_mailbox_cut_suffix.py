"""A mailbox whose suffix OCR cut short takes the longer suffix the card's other address prints with the same
host (cardbook.ocr.mailbox_cut_suffix); a second domain of another suffix, two candidates, or a cut that is no
suffix stay as read."""

from __future__ import annotations

import pytest

from cardbook.ocr.mailbox_cut_suffix import completed_suffix
from cardbook.ocr.parse_card import parse_text


def _emails(text: str) -> list[str]:
    # Made-up people and firms.
    return [email.value for email in parse_text(f"Dana Whitlow\nNorvale Advisory\n{text}", "GB").emails]


@pytest.mark.parametrize(
    ("contacts", "mailbox"),
    [
        ("E dana@norvale-advisory.co uk\nW norvale-advisory.co.uk", "dana@norvale-advisory.co.uk"),
        ("E-Mail dana@norvale-centre.co\nWeb norvale-centre.com", "dana@norvale-centre.com"),
        ("contato@norvale.com\nwww.norvale.com.br", "contato@norvale.com.br"),
    ],
)
def test_a_cut_suffix_is_completed_from_the_website(contacts: str, mailbox: str) -> None:
    assert _emails(contacts) == [mailbox]


def test_a_second_domain_stays() -> None:
    assert _emails("dana@norvale.de\nwww.norvale.com") == ["dana@norvale.de"]


def test_two_longer_suffixes_leave_it_as_read() -> None:
    assert _emails("dana@norvale.co\nwww.norvale.co.uk\nwww.norvale.com") == ["dana@norvale.co"]


def test_a_cut_that_is_no_suffix_is_not_completed() -> None:
    assert completed_suffix("dana@norvale-centre.c", {"norvale-centre.cc"}) == "dana@norvale-centre.c"


def test_a_mailbox_followed_by_more_host_is_left_alone() -> None:
    # The regular expression takes a mailbox only where its address ends: a dot after it continues the host.
    assert completed_suffix("dana@norvale.co.uk", {"norvale.co.uk"}) == "dana@norvale.co.uk"
