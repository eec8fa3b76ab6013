"""Which pictures of a contact's cards the contact pane shows, so that each distinct image is shown once.

A contact gathers cards: the front and the back of one card, and another card each time they are met again. Met
again with the very same photo (imported twice), or a card whose back was never captured apart from its front,
the cards share one stored image: images are stored once by content (`library.images.path_for(sha256, ...)`), so
the same file path means the same content. Photographed anew, the same printed card is another file, but reads
word for word the same: it counts as the same picture too. The pane shows, at its top, the newest front and the
newest back; its timeline shows a thumbnail for each other distinct picture, on the day it was captured, and none
for one already shown above or earlier in the timeline.

Plain choices over the stored cards (no Qt): read and chosen on a worker thread."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from cardbook.domain.enums import CardSide
from cardbook.storage.contacts import cards
from cardbook.storage.contacts.cards import CardRecord
from cardbook.storage.library import Library


@dataclass(frozen=True, slots=True)
class CardPicture:
    card_id: int
    side: CardSide
    path: Path  # named by the image's content hash: one path per distinct image
    text: str = ""  # what was read on it, folded (empty: nothing read)

    def same_as(self, other: CardPicture) -> bool:
        """The same image; or the same side of the same printed card photographed again, which reads word for word
        the same (two photos are never the same bytes, but the user sees one card twice)."""
        return self.path == other.path or (bool(self.text) and (self.side, self.text) == (other.side, other.text))


def _folded(text: str) -> str:
    return " ".join(text.split()).casefold()


def _pictures(records: Sequence[CardRecord]) -> list[CardPicture]:
    """The cards with an image file on disk (the straightened card, else the photo as imported), in their order."""
    found = []
    for record in records:
        path = record.crop_path or record.original_path
        if path is not None and path.is_file():
            found.append(CardPicture(record.id, record.side, path, _folded(record.ocr_text)))
    return found


def top_pictures(records: Sequence[CardRecord]) -> list[CardPicture]:
    """The newest front, then the newest back when it is another image. `records` as `cards.cards_of` gives them:
    front before back, oldest first. A contact with only backs shows its newest back."""
    found = _pictures(records)
    shown: list[CardPicture] = []
    for side in (CardSide.FRONT, CardSide.BACK):
        newest = next((p for p in reversed(found) if p.side is side), None)
        if newest is not None and not any(newest.same_as(p) for p in shown):
            shown.append(newest)
    return shown


def timeline_pictures(records: Sequence[CardRecord], shown: Iterable[CardPicture]) -> dict[int, Path]:
    """Card id -> image for the timeline's thumbnails: one per distinct picture not already in `shown` (the top
    of the pane); the first card that carries it gets it."""
    seen = list(shown)
    thumbs: dict[int, Path] = {}
    for picture in sorted(_pictures(records), key=lambda p: p.card_id):
        if not any(picture.same_as(p) for p in seen):
            seen.append(picture)
            thumbs[picture.card_id] = picture.path
    return thumbs


def read_top_pictures(library: Library, contact_id: int) -> list[CardPicture]:
    """On a worker thread: the pictures the top of the contact pane shows."""
    return top_pictures(cards.cards_of(library, contact_id))
