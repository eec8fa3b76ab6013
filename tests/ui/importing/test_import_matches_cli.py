"""One batch loop for both front ends: `cardbook scan --import` and the window's import store the same rows from
the same photos (cardbook.app.scanning.scan_batch), and skip the same blank image."""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

import numpy as np
import pytest

from cardbook.app.scanning import exchange_defaults, expand_image_paths, resolve_event
from cardbook.cli.main import main
from cardbook.domain.enums import OfferedBy, Reciprocated
from cardbook.domain.network import Event
from cardbook.ocr.pipeline import ReadOptions
from cardbook.storage.library import Library
from cardbook.ui.importing.import_worker import ImportWorker, StoredCard
from tests.ocr.render import ENGLISH_CARD, FRENCH_CARD, photograph, render, save

# What a stored card is, without what differs by nature between two libraries (ids, clocks).
ROWS = {
    "contacts": "full_name, title, company, department, address, status, meeting_count, first_met, last_met, "
    "reciprocity",
    "contact_emails": "(SELECT full_name FROM contacts c WHERE c.id = contact_id), position, value",
    "contact_links": "(SELECT full_name FROM contacts c WHERE c.id = contact_id), position, kind, value",
    "contact_phones": "(SELECT full_name FROM contacts c WHERE c.id = contact_id), position, number, e164, kind",
    "card_images": "(SELECT full_name FROM contacts c WHERE c.id = contact_id), side, ocr_text, words_json, "
    "fields_json, corners_json, rotation, (SELECT sha256 FROM images i WHERE i.id = original_image_id), "
    "(SELECT sha256 FROM images i WHERE i.id = crop_image_id)",
    "encounters": "(SELECT full_name FROM contacts c WHERE c.id = contact_id), "
    "(SELECT name || ' ' || date FROM events e WHERE e.id = event_id), date, offered_by, reciprocated",
    "events": "name, date, place",
}


def _rows(library_folder: Path) -> dict[str, list[tuple[object, ...]]]:
    with sqlite3.connect(library_folder / "cardbook.sqlite3") as db:
        return {table: sorted(db.execute(f"SELECT {columns} FROM {table}").fetchall(), key=repr)
                for table, columns in ROWS.items()}  # fmt: skip


@pytest.fixture(scope="module")
def photos(tmp_path_factory: pytest.TempPathFactory) -> list[str]:
    folder = tmp_path_factory.mktemp("photos")
    (folder / "nested").mkdir()
    save(str(folder / "a.jpg"), photograph(render(FRENCH_CARD), seed=3))
    save(str(folder / "nested" / "b.jpg"), photograph(render(ENGLISH_CARD), seed=4))
    save(str(folder / "c-blank.png"), np.full((400, 600, 3), 255, np.uint8))
    save(str(folder / ".hidden.jpg"), photograph(render(ENGLISH_CARD), seed=5))
    return [str(folder)]


def test_cli_and_window_store_the_same_rows(tmp_path: Path, photos: list[str]) -> None:
    cli_library = tmp_path / "cli"
    status = main(
        ["--library", str(cli_library), "scan", *photos, "--import", "--event", "Club  Entreprendre",
         "--date", "2026-03-14", "--offered-by", "them", "--reciprocated", "yes", "--jobs", "1"]
    )  # fmt: skip
    assert status == 0

    window_library = Library.open(tmp_path / "window")
    try:
        # As the window's controller does after its setup dialog: the event typed, then the same batch loop.
        event = resolve_event(window_library, Event(name="Club Entreprendre", date=dt.date(2026, 3, 14)))
        exchange = exchange_defaults(event, OfferedBy.THEM, Reciprocated.YES)
        worker = ImportWorker(window_library, expand_image_paths(photos), exchange, ReadOptions(), jobs=2)
        stored: list[StoredCard] = []
        skipped: list[str] = []
        failed: list[str] = []
        worker.cardStored.connect(stored.append)
        worker.fileSkipped.connect(lambda path, _kind, _why: skipped.append(Path(path).name))
        worker.fileFailed.connect(lambda path, why: failed.append(f"{path}: {why}"))
        worker.run()
        # The same batch again (an interrupted import run once more): each photo already stored is said so,
        # and nothing is read or stored twice.
        again = ImportWorker(window_library, expand_image_paths(photos), exchange, ReadOptions(), jobs=2)
        already: list[str] = []
        again.cardStored.connect(stored.append)
        again.fileAlready.connect(lambda path, _when: already.append(Path(path).name))
        again.run()
    finally:
        window_library.close()

    assert sorted(already) == ["a.jpg", "b.jpg"]

    assert failed == []
    assert skipped == ["c-blank.png"]
    assert sorted(Path(card.path).name for card in stored) == ["a.jpg", "b.jpg"]
    cli_rows, window_rows = _rows(cli_library), _rows(tmp_path / "window")
    assert len(cli_rows["contacts"]) == 2 and len(cli_rows["events"]) == 1
    assert cli_rows == window_rows


def test_the_same_event_is_the_same_name_on_the_same_day(tmp_path: Path) -> None:
    library = Library.open(tmp_path / "lib")
    try:
        march = resolve_event(library, Event(name="BNI Lyon Ouest", date=dt.date(2026, 3, 5)))
        again = resolve_event(library, Event(name="bni  lyon ouest", date=dt.date(2026, 3, 5)))
        april = resolve_event(library, Event(name="BNI Lyon Ouest", date=dt.date(2026, 4, 2)))
        assert march is not None and again is not None and april is not None
        assert again.id == march.id
        assert april.id != march.id  # a monthly meeting keeps its name: each month is its own event
    finally:
        library.close()
