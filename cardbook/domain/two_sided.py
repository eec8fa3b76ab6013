"""Two photos, one card: the back of a card joined to its front (issue 14, "Front and back"). Pure logic.

A card's back often carries what the front does not: the other language's title, a second phone, the QR code
with the website, the list of services. `merge_back` puts the back's fields into the front's contact without
overwriting anything the front says: what the front lacks is added, differing values are kept beside the
front's (extra phones, emails, links, addresses), a differing name becomes another name of the person, and a
differing title or company (the other language's) is kept as an alternate in the notes, where it is searched.

`back_evidence` says why a photo read after another may be that card's back: it has no name of its own and
shares the previous card's web domain, a phone number, or a website (a QR code's URL is read as a website).
That is only a proposal: the review (and `cardbook scan`) shows it for the user to confirm; nothing is joined
without them, except with the batch's explicit "front and back" pairing.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from cardbook.domain.contact import Contact, Phone
from cardbook.domain.corrections import web_domain
from cardbook.domain.merging import merged_contact
from cardbook.domain.text import fold

# The notes line that keeps the back's title or company when the front shows another one ("Title on the back:
# Head of Sales"). English on purpose: notes are the user's text and exports carry them as they are.
ALTERNATE_LABELS = {
    "title": "Title on the back",
    "company": "Company on the back",
    "department": "Department on the back",
}


@dataclass(frozen=True, slots=True)
class BackEvidence:
    """Why a card looks like the back of the card before it: the shared value, by kind."""

    kind: str  # "domain" | "phone" | "website"
    value: str  # the shared domain, number or address, as the back shows it

    def describe(self) -> str:
        """In English, for the command line and logs ("same domain example.com")."""
        return f"same {self.kind} {self.value}"


def _fold_line(value: str | None) -> str:
    return " ".join(fold(value or "").split())


def merge_back(front: Contact, back: Contact) -> Contact:
    """The front's contact with its back's fields merged in; the front's id, status and dates are kept.

    Nothing the front says is overwritten: its name, title, company, department and first address stay, lists
    are united without duplicates (the back's extra phone, email, website, profile), the back's other address
    is added after the front's. A back that names the person differently (another script or spelling) gives
    another name; a back whose title, company or department differs (the other language's) gives an alternate,
    one line in the notes."""
    choices = dict.fromkeys(("name", "title", "company", "department", "address"), "keep")
    merged = merged_contact(front, back, choices)
    merged.status = front.status  # reviewing the back is reviewing the front: its state is the front's
    merged.notes = front.notes
    alternates = []
    for field, label in ALTERNATE_LABELS.items():
        mine, theirs = getattr(front, field), getattr(back, field)
        if mine and theirs and _fold_line(mine) != _fold_line(theirs):
            line = f"{label}: {theirs.strip()}"
            if _fold_line(line) not in _fold_line(front.notes):
                alternates.append(line)
    extra = back.notes.strip()
    if extra and _fold_line(extra) not in _fold_line(front.notes):
        alternates.append(extra)
    if alternates:
        merged.notes = "\n".join([front.notes.rstrip(), *alternates] if front.notes.strip() else alternates)
    return merged


def _digits(phone: Phone) -> str:
    return phone.e164 or re.sub(r"\D", "", phone.number)


def back_evidence(
    previous: Contact, candidate: Contact, generic_domain: Callable[[str], bool] = lambda _domain: False
) -> BackEvidence | None:
    """Why `candidate` (read right after `previous`) may be `previous`'s back, or None.

    Only a card with no name of its own is proposed (a card with a name is a person's front). It must share
    with the previous card a web domain of an email or website (`generic_domain` tells which are everybody's —
    gmail.com — and prove nothing), a phone number (same E.164, or the same digits), or a website; and it must
    bring something the front lacks (a card photographed twice on the same side is no back)."""
    if candidate.full_name.strip() or candidate.given_name or candidate.family_name:
        return None
    if merge_back(previous, candidate) == merge_back(previous, Contact()):
        return None  # nothing the front does not say: a second photo of the same side, not its back
    sites = {_site(w): w for w in previous.websites if _site(w)}
    for website in candidate.websites:
        if _site(website) in sites:
            return BackEvidence("website", website.strip())
    domains = {web_domain(v) for v in (*previous.emails, *previous.websites)} - {""}
    for value in (*candidate.emails, *candidate.websites):
        domain = web_domain(value)
        if domain and domain in domains and not generic_domain(domain):
            return BackEvidence("domain", domain)
    numbers = {_digits(p) for p in previous.phones if len(_digits(p).lstrip("+")) >= 6}
    for phone in candidate.phones:
        if _digits(phone) in numbers:
            return BackEvidence("phone", phone.number.strip())
    return None


def _site(value: str) -> str:
    """A website as compared: folded, without scheme, "www." or a trailing slash."""
    text = fold(value.strip()).removeprefix("https://").removeprefix("http://").removeprefix("www.")
    return text.rstrip("/")
