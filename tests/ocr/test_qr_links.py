"""A QR code linking to a page of the website the card prints adds no second website; other links stay."""

from __future__ import annotations

from cardbook.ocr.merge import merge_all
from cardbook.ocr.parse_card import parse_text
from cardbook.ocr.qr import parse_payload

CARD = "Dana Whitlow\nAccount Manager\nNorvale Systems Inc.\ndana@norvale.com\nwww.norvale.com"


def _websites(payload: str) -> list[str]:
    qr = parse_payload(payload, "US")
    assert qr is not None
    return [site.value for site in merge_all(parse_text(CARD, "US"), [qr]).websites]


def test_a_page_of_the_printed_site_is_not_a_second_website() -> None:
    assert _websites("https://norvale.com/team/whitlow") == ["www.norvale.com"]
    assert _websites("https://www.norvale.com/vcard/dana-whitlow.vcf") == ["www.norvale.com"]


def test_the_printed_site_itself_stays_one_website() -> None:
    assert len(_websites("https://www.norvale.com/")) == 1


def test_a_link_to_another_host_is_kept() -> None:
    sites = _websites("https://bookings.example.org/norvale")
    assert len(sites) == 2 and any("example.org" in site for site in sites)
