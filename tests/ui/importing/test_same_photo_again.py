"""The same photo imported again through the window (cardbook.app.scanning_library.photo_seen_again, the rule the
command line follows too): for the same meeting it is "already imported" and nothing is stored; for another event
that meeting becomes an encounter of the contact holding the card — one contact, never two —, once."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from cardbook.app.scanning import exchange_defaults, resolve_event
from cardbook.domain.enums import OfferedBy, Reciprocated
from cardbook.domain.network import Event
from cardbook.ocr.pipeline import ReadOptions
from cardbook.storage.contacts import records as contacts
from cardbook.storage.ledger import encounters
from cardbook.storage.library import Library
from cardbook.ui.importing.import_model import ImportListModel, LineState
from cardbook.ui.importing.import_worker import ImportWorker, StoredCard
from tests.ocr.render import FRENCH_CARD, photograph, render, save


def _import(library: Library, photo: Path, event: Event) -> tuple[ImportListModel, list[StoredCard], list[str]]:
    """One batch as the window's controller runs it, its signals wired to the import list as the controller does."""
    model = ImportListModel()
    model.set_paths([str(photo)])
    stored: list[StoredCard] = []
    problems: list[str] = []
    exchange = exchange_defaults(resolve_event(library, event), OfferedBy.THEM, Reciprocated.YES)
    worker = ImportWorker(library, [str(photo)], exchange, ReadOptions(fallback_engine=None), jobs=1)
    worker.cardStored.connect(stored.append)
    worker.fileAlready.connect(model.already)
    worker.meetingRecorded.connect(model.met_again)
    worker.fileFailed.connect(lambda path, why: problems.append(f"{path}: {why}"))
    worker.run()
    return model, stored, problems


def test_the_same_photo_for_another_event_adds_the_meeting_to_the_contact_once(qapp, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    photo = Path(save(str(tmp_path / "card.jpg"), photograph(render(FRENCH_CARD), seed=3)))
    salon, club = Event(name="Salon", date=dt.date(2026, 2, 1)), Event(name="Club", date=dt.date(2026, 3, 1))
    library = Library.open(tmp_path / "lib")
    try:
        _model, [card], problems = _import(library, photo, salon)
        assert problems == []

        model, stored, problems = _import(library, photo, club)  # the same file, byte for byte
        assert (stored, problems) == ([], [])
        line = model.line(0)
        assert line is not None and line.state is LineState.MET_AGAIN and line.contact_ids == []  # nothing to review
        assert model.meetings_recorded() == 1
        text = model.data(model.index(0, 0))
        assert "already imported as" in text and card.name in text
        met = encounters.encounters_of(library, card.contact_id)
        assert sorted(e.date for e in met if e.date) == [salon.date, club.date]
        assert all((e.offered_by, e.reciprocated) == (OfferedBy.THEM, Reciprocated.YES) for e in met)

        for event in (club, salon):  # the same meetings again (an interrupted import run again): nothing stored
            model, stored, problems = _import(library, photo, event)
            assert (stored, problems) == ([], [])
            line = model.line(0)
            assert line is not None and line.state is LineState.ALREADY and model.meetings_recorded() == 0
            assert f"(#{card.contact_id})" in line.problems[0]
        assert len(encounters.encounters_of(library, card.contact_id)) == 2
        assert contacts.all_contact_ids(library) == [card.contact_id]
    finally:
        library.close()
