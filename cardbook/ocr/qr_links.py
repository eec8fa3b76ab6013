"""A QR code's link deeper into a website the card prints: the card's website is the printed one.

Cards print their website ("www.example.com") and often a QR code beside it that opens a page of that site
(the person's page, a vCard download: "https://example.com/team/lima"). Both were kept, the QR's first:
a second website the card never printed. When a printed website has the QR link's host, the link is that
site's page and adds nothing the card shows; a QR link on a host the card does not print is kept (the
only way to that site), as is one that is the printed site itself (the QR's spelling is exact).
"""

from __future__ import annotations

import re

from cardbook.ocr.fields import FieldValue

_SCHEME_AND_WWW = re.compile(r"^(?:https?://)?(?:www\d?\.)?", re.IGNORECASE)


def site_key(url: str) -> str:
    """What two spellings of one website share: lower case, without scheme, "www." or a closing "/"."""
    return _SCHEME_AND_WWW.sub("", url.strip().lower()).rstrip("/")


def _host_and_path(url: str) -> tuple[str, str]:
    host, _, path = site_key(url).partition("/")
    return host, path.strip("/")


def without_pages_of_printed_sites(
    qr_sites: tuple[FieldValue, ...], printed: tuple[FieldValue, ...]
) -> tuple[FieldValue, ...]:
    """``qr_sites`` less the links to a page (a path) of a host that ``printed`` (the OCR's websites) holds."""
    hosts = {_host_and_path(site.value)[0] for site in printed}
    kept = []
    for site in qr_sites:
        host, path = _host_and_path(site.value)
        if not (path and host in hosts):
            kept.append(site)
    return tuple(kept)
