"""A "W" label OCR glued to "www." is cut, not read as a host's first label ("www.w.example.nl")."""

from __future__ import annotations

import pytest

from cardbook.ocr.parse_card import parse_text


@pytest.mark.parametrize(
    ("printed", "website"),
    [
        ("Wwww.van-loon-advocaten.nl", "www.van-loon-advocaten.nl"),
        ("wwww.norvale.co.uk", "www.norvale.co.uk"),
        ("wwwnorvale.com", "www.norvale.com"),  # the dot OCR lost after "www" is still written back
    ],
)
def test_a_glued_web_label_is_cut(printed: str, website: str) -> None:
    fields = parse_text(f"Dana Whitlow\nPartner\n{printed}", "NL")
    assert [site.value for site in fields.websites] == [website]
