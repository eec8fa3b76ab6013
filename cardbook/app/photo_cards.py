"""The cards of one photo, taken together: which of them is another's back.

Several cards in one photo become several contacts (the product's "several per photo"). Laid side by side,
the front and the back of one card are two cards to the finder; the back of a small business's card often
repeats the company's name, a logo word or its website, and no name. Made into a contact of its own, it is
a near-empty contact for the user to delete. A card of the photo that gives no name and nothing its
neighbour does not already say (``domain.two_sided.merge_back`` adds nothing) is that neighbour's back: it
is reported, not stored (the photo itself is kept with the front). A nameless card that brings something new
(another phone, an address) is stored as before, as the review can then join or keep it.
"""

from __future__ import annotations

from pathlib import Path

from cardbook.app.scanned_card import contact_from_fields
from cardbook.domain.contact import Contact
from cardbook.domain.two_sided import merge_back
from cardbook.ocr.pipeline import CardResult

BACK_IN_PHOTO = "the back of another card in {}: nothing new on it"


def backs_in_photo(results: list[CardResult]) -> dict[int, str]:
    """Index in ``results`` -> why that card is left out: the back of another card read from the same photo."""
    readable = [index for index, result in enumerate(results) if result.error is None and result.found]
    if len(readable) < 2:
        return {}
    contacts = {index: contact_from_fields(results[index].fields) for index in readable}
    fronts = [index for index in readable if _named(contacts[index])]
    backs: dict[int, str] = {}
    for index in readable:
        candidate = contacts[index]
        if _named(candidate) or not _says_something(candidate):
            continue  # a person's front, or a blank card (reported as such elsewhere)
        for front in fronts:
            if merge_back(contacts[front], candidate) == merge_back(contacts[front], Contact()):
                backs[index] = BACK_IN_PHOTO.format(Path(results[index].image_path).name)
                break
    return backs


def _named(contact: Contact) -> bool:
    return bool(contact.full_name.strip() or contact.given_name or contact.family_name)


def _says_something(contact: Contact) -> bool:
    return bool(
        contact.company or contact.title or contact.emails or contact.phones or contact.websites or contact.address
    )
