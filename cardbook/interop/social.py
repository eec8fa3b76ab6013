"""Which social network a profile link belongs to (for Apple's X-SOCIALPROFILE type and CSV labels)."""

from __future__ import annotations

import re

_NETWORKS = (
    ("linkedin", ("linkedin.com", "lnkd.in")),
    ("twitter", ("twitter.com", "x.com")),
    ("facebook", ("facebook.com", "fb.com", "fb.me")),
    ("instagram", ("instagram.com",)),
    ("youtube", ("youtube.com", "youtu.be")),
    ("github", ("github.com",)),
    ("xing", ("xing.com",)),
    ("tiktok", ("tiktok.com",)),
    ("viadeo", ("viadeo.com",)),
)
_HOST = re.compile(r"^(?:[a-z][a-z0-9+.-]*://)?(?:www\.|[a-z]{2}\.)?([^/?#:@\s]+)", re.IGNORECASE)
NETWORK_NAMES = {name for name, _ in _NETWORKS}


def social_network(link: str) -> str | None:
    """ "linkedin" for "https://fr.linkedin.com/in/x", None for a link to an unknown site."""
    match = _HOST.match(link.strip()[:300])
    if match is None:
        return None
    host = match.group(1).lower()
    for name, domains in _NETWORKS:
        if any(host == d or host.endswith("." + d) for d in domains):
            return name
    return None
