"""A website read with a letter glued before it: the drawn globe icon or the "W" label in front of the
address, which OCR reads as "a", "i" or "W" without a space ("awww.example.com", "Wexample.com").

Two kinds of evidence, neither about one card: a host never starts with letters before "www." ("awww."), and
the card's e-mail addresses print the same domain, so a website whose host is an e-mail's domain with one or
two letters before it had them glued on ("itrue-loop.example" beside "ana@true-loop.example").

A "www." that lost its first "w" ("ww.example.com": the photo's crop or the card's edge took it) is written
whole: no host's first label is "ww" (issue 10, session 18: one of the fresh photo proxy's tune misses); one
"w" left ("w.example.com") only when an e-mail of the card prints the rest as its domain ("w" may be a label)."""

from __future__ import annotations

import re

# Letters an icon or a label leaves before the address: one or two ("a", "W", "in").
MAX_GLUED_LETTERS = 2
# An e-mail domain this short ("ab.de") could end another host by chance; longer ones are evidence.
MIN_EVIDENCE_DOMAIN = 6

_BEFORE_WWW = re.compile(rf"^(?:[a-z]{{1,{MAX_GLUED_LETTERS}}})(?=www\d?\.)", re.I)
# "ww." opening a host: a "www." cut short.
_CUT_WWW = re.compile(r"^ww\.(?=[^\W_])", re.I)


def without_glued_letters(website: str, email_domains: list[str]) -> str:
    """``website`` without the letters an icon or a label glued before it (see the module's docstring)."""
    scheme, _, rest = website.rpartition("://")
    head = f"{scheme}://" if scheme else ""
    cut = _CUT_WWW.sub("www.", _BEFORE_WWW.sub("", rest))
    if cut != rest:
        return head + cut
    host, slash, path = rest.partition("/")
    domains = {domain.lower() for domain in email_domains if len(domain) >= MIN_EVIDENCE_DOMAIN}
    if host[:2].lower() == "w." and host[2:].lower() in domains:
        return f"{head}www.{host[2:]}{slash}{path}"  # one "w" left of "www." before the e-mail's domain
    bare = re.sub(r"^www\d?\.", "", host, flags=re.I)
    if bare.lower() in domains:
        return website
    for count in range(1, MAX_GLUED_LETTERS + 1):
        if bare[:count].isalpha() and bare[count:].lower() in domains:
            return head + host[: len(host) - len(bare)] + bare[count:] + slash + path
    return website
