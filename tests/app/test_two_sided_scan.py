"""Front and back through the real pipeline (`scan_batch`, what `scan --import` and the window run): rendered
photos of a card's two sides are read by Tesseract, joined into one contact with both images kept — paired by
the batch, or proposed when the back has no name and shares the front's domain, then confirmed."""

from __future__ import annotations

from pathlib import Path

import pytest

from cardbook.app.scan_outcome import CardOutcome
from cardbook.app.scanning import scan_batch
from cardbook.domain.enums import CardSide
from cardbook.ocr.pipeline import ReadOptions
from cardbook.storage.contacts import snapshots
from cardbook.storage.contacts.card_import import ExchangeDefaults
from cardbook.storage.contacts.cards import cards_of
from cardbook.storage.contacts.records import all_contact_ids, get_contact
from cardbook.storage.contacts.two_sided import attach_back
from cardbook.storage.errors import ValidationError
from cardbook.storage.library import Library
from tests.ocr.render import Card, Text, photograph, render, save

OPTIONS = ReadOptions(fallback_engine=None, choose_engine=False, region="FR")

FRONT = Card(
    [
        Text("Margaux Vidal", 46, "DejaVuSans-Bold.ttf"),
        Text("Responsable des achats", 32),
        Text("Atelier Brunel", 32),
        Text("Tél. 06 12 34 56 78", 30, y=420),
        Text("m.vidal@atelier-brunel.fr", 30, y=475),
    ]
)
# The back: the English title, another number, the website and a QR code opening the firm's booking page on a
# service the card does not print (a page of the printed site adds nothing: qr_links) — no name.
BACK = Card(
    [
        Text("Purchasing Manager", 34, "DejaVuSans-Bold.ttf"),
        Text("Leather goods since 1962", 30),
        Text("Tel. +33 2 99 00 11 22", 30, y=420),
        Text("www.atelier-brunel.fr", 30, y=475),
    ],
    qr="https://prendre-rdv.example/atelier-brunel",
)
# Another person's card, read after the front: a name of its own, so never proposed as a back.
OTHER = Card(
    [
        Text("Paul Girard", 46, "DejaVuSans-Bold.ttf"),
        Text("Chef de projet", 32),
        Text("Tél. 06 98 76 54 32", 30, y=420),
        Text("paul.girard@atelier-brunel.fr", 30, y=475),
    ]
)


@pytest.fixture(scope="module")
def photos(tmp_path_factory: pytest.TempPathFactory) -> dict[str, str]:
    folder = tmp_path_factory.mktemp("photos")
    return {
        "front": save(str(folder / "a_front.jpg"), photograph(render(FRONT))),
        "back": save(str(folder / "b_back.jpg"), photograph(render(BACK), seed=9)),
        "other": save(str(folder / "c_other.jpg"), photograph(render(OTHER), seed=5)),
    }


def _scan(library: Library, paths: list[str], *, two_sided: bool = False) -> list[CardOutcome]:
    outcomes = list(
        scan_batch(paths, OPTIONS, store=ExchangeDefaults(), library=library, match=True, two_sided=two_sided)
    )
    assert all(o.error is None and o.skipped is None for o in outcomes), outcomes
    return outcomes


def _check_merged(library: Library, contact_id: int) -> None:
    contact = get_contact(library, contact_id)
    assert contact.full_name == "Margaux Vidal"
    assert contact.title == "Responsable des achats", "the front's title stays"
    assert "Title on the back: Purchasing Manager" in contact.notes, "the other language's title is kept"
    assert [p.e164 for p in contact.phones] == ["+33612345678", "+33299001122"], "the back's number is added"
    assert contact.emails == ["m.vidal@atelier-brunel.fr"]
    assert "prendre-rdv.example/atelier-brunel" in contact.websites, "the QR code's link comes from the back"
    cards = cards_of(library, contact_id)
    assert [c.side for c in cards] == [CardSide.FRONT, CardSide.BACK]
    for card in cards:
        assert card.original_path is not None and card.original_path.is_file()
        assert card.crop_path is not None and card.crop_path.is_file()
    assert "Leather goods" in cards[1].ocr_text
    assert len({c.original_path for c in cards}) == 2, "both photos are kept"


def test_a_two_sided_batch_joins_each_back_to_its_front(photos: dict[str, str], tmp_path: Path) -> None:
    library = Library.open(tmp_path / "lib")
    front, back = _scan(library, [photos["front"], photos["back"]], two_sided=True)
    assert front.contact_id is not None and back.back_of == front.contact_id == back.contact_id
    assert back.name == "Margaux Vidal"
    assert all_contact_ids(library) == [front.contact_id], "one contact for the two photos"
    _check_merged(library, front.contact_id)
    contact = get_contact(library, front.contact_id)
    with library.session() as session:
        from cardbook.storage.models import ContactRow

        row = session.get(ContactRow, front.contact_id)
        assert row is not None and row.meeting_count == 1, "one exchange, not one per photo"
    assert contact.status.value == "review"
    library.close()


def test_a_nameless_back_sharing_the_domain_is_proposed_then_joined_and_undone(
    photos: dict[str, str], tmp_path: Path
) -> None:
    library = Library.open(tmp_path / "lib")
    front, back, other = _scan(library, [photos["front"], photos["back"], photos["other"]])
    assert front.contact_id is not None and back.contact_id is not None and back.contact_id != front.contact_id
    assert back.back_proposal == front.contact_id and back.back_reason == "same domain atelier-brunel.fr"
    assert not back.met_again, "the back (same domain) is not taken for the front's person met again"
    assert back.back_of is None, "a proposal is not applied: the user confirms"
    assert other.back_proposal is None, "a card with a name is nobody's back"
    assert len(all_contact_ids(library)) == 3

    taken = snapshots.snapshot_contacts(library, [front.contact_id, back.contact_id])
    attach_back(library, front.contact_id, back.contact_id)
    assert sorted(all_contact_ids(library)) == sorted([front.contact_id, other.contact_id or 0])
    _check_merged(library, front.contact_id)

    snapshots.restore_contacts(library, taken, replace=True)  # the window's undo
    assert len(all_contact_ids(library)) == 3
    assert [c.side for c in cards_of(library, back.contact_id)] == [CardSide.FRONT]
    assert get_contact(library, front.contact_id).notes == ""
    with pytest.raises(ValidationError):
        attach_back(library, front.contact_id, front.contact_id)
    library.close()


def test_an_interrupted_two_sided_import_run_again_joins_the_back_to_the_front_stored_before(
    photos: dict[str, str], tmp_path: Path
) -> None:
    library = Library.open(tmp_path / "lib")
    [front] = _scan(library, [photos["front"]], two_sided=True)  # the batch stopped after the front
    again, back = list(
        scan_batch(
            [photos["front"], photos["back"]], OPTIONS, store=ExchangeDefaults(), library=library, two_sided=True
        )
    )
    assert again.already is not None and again.existing_id == front.contact_id
    assert back.back_of == front.contact_id and all_contact_ids(library) == [front.contact_id]
    _check_merged(library, front.contact_id or 0)
    library.close()


def test_accepting_a_card_with_its_back_teaches_from_the_front_reading(photos: dict[str, str], tmp_path: Path) -> None:
    """The review's corrections compare what the user kept with the front's reading: the back, read later and
    without a name, is not taken for a reading that missed the name (nor its English title for a wrong one)."""
    import dataclasses

    from cardbook.domain.enums import ContactStatus
    from cardbook.storage.contacts import corrections
    from cardbook.storage.contacts.records import update_contact

    library = Library.open(tmp_path / "lib")
    front, _back = _scan(library, [photos["front"], photos["back"]], two_sided=True)
    contact = get_contact(library, front.contact_id or 0)
    update_contact(library, dataclasses.replace(contact, status=ContactStatus.ACTIVE))
    changed = {c.correction.field for c in corrections.load_corrections(library) if c.correction.changed}
    assert not changed & {"name", "title", "company"}, changed
    library.close()
