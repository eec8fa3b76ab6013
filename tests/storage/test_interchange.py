"""Export from and import into a real library, the user's own card, and `cardbook export` / `cardbook import`."""

from __future__ import annotations

import io
from datetime import date
from pathlib import Path

import pytest
from PIL import Image
from sqlalchemy import func, select

from cardbook.cli.main import main
from cardbook.domain.contact import Contact, Phone
from cardbook.domain.enums import OfferedBy, PhoneKind, Reciprocated, ReferralOutcome
from cardbook.domain.exchange import Encounter
from cardbook.domain.network import Event, Network
from cardbook.domain.referral import Referral
from cardbook.interop.csv_read import read_csv
from cardbook.interop.records import ImportedContact
from cardbook.interop.vcard_read import read_vcards
from cardbook.interop.vcard_write import write_vcard
from cardbook.storage.contacts import import_journal, search_index
from cardbook.storage.contacts.interchange import (
    IMPORT_BATCH,
    csv_column_counts,
    get_my_card,
    import_contacts,
    iter_export_records,
    save_my_card,
)
from cardbook.storage.contacts.records import create_contact, get_contact, search
from cardbook.storage.errors import ValidationError
from cardbook.storage.ledger.encounters import record_encounter
from cardbook.storage.ledger.events import save_event
from cardbook.storage.ledger.networks import save_network
from cardbook.storage.ledger.referrals import save_referral
from cardbook.storage.library import Library
from cardbook.storage.models import CardImageRow, ContactRow, SettingRow, StoredImageRow, TagRow
from cardbook.storage.upkeep.integrity import check_library
from tests.storage.conftest import BOTH

ENGINES = BOTH  # tests/storage/conftest.py


def _png() -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (900, 560), (240, 240, 230)).save(out, "PNG")
    return out.getvalue()


def _fill(library: Library) -> tuple[int, int]:
    helene = create_contact(
        library,
        Contact(
            full_name="Hélène LEROY",
            company="Quadrant Ingénierie",
            emails=["contact@quadrant.fr"],
            phones=[Phone("07 41 43 33 77", "+33741433377", PhoneKind.MOBILE)],
            address="26 rue du Faubourg Saint-Honoré, 35000 Rennes",
            notes="Projet à Nantes",
            tags=["client"],
        ),
    )
    marc = create_contact(library, Contact(full_name="Marc Petit", emails=["marc@petit.fr"]))
    assert helene.id is not None and marc.id is not None
    bni = save_network(library, Network(name="BNI Rennes"))
    event = save_event(library, Event(name="Petit-déjeuner", date=date(2025, 3, 12), place="Rennes", network_id=bni.id))
    record_encounter(library, Encounter(contact_id=helene.id, event_id=event.id, offered_by=OfferedBy.THEM,
                                        reciprocated=Reciprocated.YES))  # fmt: skip
    save_referral(library, Referral(from_contact_id=helene.id, to_contact_id=marc.id, date=date(2025, 4, 1),
                                    outcome=ReferralOutcome.WON))  # fmt: skip
    with library.writing() as session:
        sha, _ = library.images.put(_png(), "png", session)
        image = StoredImageRow(sha256=sha, extension="png", byte_size=len(_png()))
        session.add(image)
        session.flush()
        session.add(CardImageRow(contact_id=helene.id, crop_image_id=image.id))
    return helene.id, marc.id


def test_my_card_is_kept_in_the_settings(library: Library) -> None:
    assert get_my_card(library) is None
    me = Contact(full_name="Émilie Lefèvre", emails=["emilie@horizon.fr"], phones=[Phone("06 12 34 56 78")])
    save_my_card(library, me)
    save_my_card(library, me)  # saving again replaces
    assert get_my_card(library) == me
    with pytest.raises(ValidationError):
        save_my_card(library, Contact())


def test_export_records_carry_history_networks_referrals_and_photo(library: Library) -> None:
    helene_id, marc_id = _fill(library)
    records = {r.contact.id: r for r in iter_export_records(library)}
    helene, marc = records[helene_id], records[marc_id]
    assert helene.networks == ["BNI Rennes"]
    assert [(m.date, m.event, m.place) for m in helene.meetings] == [(date(2025, 3, 12), "Petit-déjeuner", "Rennes")]
    assert [(r.from_name, r.to_name) for r in helene.referrals] == [("Hélène LEROY", "Marc Petit")]
    assert [(r.from_name, r.to_name) for r in marc.referrals] == [("Hélène LEROY", "Marc Petit")]
    assert helene.photo_jpeg is not None and helene.photo_jpeg.startswith(b"\xff\xd8")
    assert marc.photo_jpeg is None
    assert csv_column_counts(library).emails == 1
    assert next(iter_export_records(library, [helene_id], with_history=False, with_photos=False)).meetings == []


def test_library_round_trip_through_vcard(library: Library, tmp_path: Path) -> None:
    helene_id, _ = _fill(library)
    data = b"".join(write_vcard(r) for r in iter_export_records(library))
    other = Library.open(tmp_path / "other")
    try:
        report = import_contacts(other, read_vcards(data).contacts)
        assert len(report.created_ids) == 2 and report.duplicates == []
        back = {c.full_name: c for c in (get_contact(other, i) for i in report.created_ids)}
        original = get_contact(library, helene_id)
        copy = back["Hélène LEROY"]
        for name in ("company", "emails", "address", "notes", "tags", "websites", "social"):
            assert getattr(copy, name) == getattr(original, name), name
        # Phones come back in the international form they left in: the same numbers, kinds and finer kinds.
        assert [(p.e164, p.kind, p.label) for p in copy.phones] == [(p.e164, p.kind, p.label) for p in original.phones]
        assert all(p.e164 for p in original.phones)
        with other.session() as session:  # the card image came back as the contact's card image
            assert session.scalar(select(func.count()).select_from(CardImageRow)) == 1
        assert check_library(other).ok
    finally:
        other.close()


def test_import_reports_possible_duplicates_and_never_merges(library: Library) -> None:
    existing = create_contact(library, Contact(full_name="Émilie Lefèvre", emails=["emilie@horizon.fr"]))
    text = (
        "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Emilie LEFEVRE\r\nEMAIL:Emilie@Horizon.fr\r\nCATEGORIES:Client\r\n"
        "END:VCARD\r\nBEGIN:VCARD\r\nVERSION:3.0\r\nFN:Zoé Martin\r\nCATEGORIES:client,CLIENT,vip\r\nEND:VCARD\r\n"
    )
    report = import_contacts(library, read_vcards(text.encode()).contacts)
    assert len(report.created_ids) == 2
    (dup,) = report.duplicates
    assert (dup.existing_id, dup.new_id, dup.index) == (existing.id, report.created_ids[0], 1)
    assert dup.reason.startswith("same email emilie@horizon.fr")
    with library.session() as session:
        assert session.scalar(select(func.count()).select_from(ContactRow)) == 3
        assert sorted(session.scalars(select(TagRow.name))) == ["Client", "vip"]  # one spelling per tag
    assert [s.name for s in search(library, "zoe")] == ["Zoé Martin"]
    assert check_library(library).ok


def test_a_failing_import_keeps_whole_batches_and_goes_on_after_them_when_run_again(
    library: Library, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Batches commit one by one (IMPORT_BATCH: other writers wait for one batch, not the file): a failure in the
    second batch keeps the first whole and nothing of the second; run again with the same key, the import
    stores the rest only, and reports every contact of the file, as a run that never stopped does."""
    contacts = [ImportedContact(Contact(full_name=f"P{i}"), i, i, "csv", "") for i in range(1, 1200)]
    calls = 0
    original = search_index.document

    def failing(row, events=()):  # type: ignore[no-untyped-def]
        nonlocal calls
        calls += 1
        if calls == IMPORT_BATCH + 200:  # in the second batch, after the first one was committed
            raise OSError("disk full")
        return original(row, events)

    monkeypatch.setattr(search_index, "document", failing)
    key = import_journal.journal_key(b"the file", {"region": "FR"})
    with pytest.raises(OSError):
        import_contacts(library, contacts, resume_key=key)
    with library.session() as session:
        names = list(session.scalars(select(ContactRow.full_name).order_by(ContactRow.id)))
    assert names == [f"P{i}" for i in range(1, IMPORT_BATCH + 1)]

    monkeypatch.setattr(search_index, "document", original)
    report = import_contacts(library, contacts, resume_key=key)
    with library.session() as session:
        rows = session.execute(select(ContactRow.id, ContactRow.full_name).order_by(ContactRow.id)).all()
        assert session.get(SettingRow, key) is None  # finished: no entry left behind
    assert [name for _id, name in rows] == [c.contact.full_name for c in contacts]  # each once, in file order
    assert report.created_ids == [row_id for row_id, _name in rows]
    assert check_library(library).ok

    again = import_contacts(library, contacts[:3], resume_key=key)  # finished: a new import of it adds them again
    assert len(again.created_ids) == 3


# --- command line -------------------------------------------------------------------------------------------


def _run(library: Library, *argv: str) -> int:
    return main(["--library", library.location, *argv])  # a folder, or a server library's URL


def test_cli_exports_every_format(library: Library, tmp_path: Path, capsysbinary: pytest.CaptureFixture[bytes]) -> None:
    _fill(library)
    assert _run(library, "export", "--format", "vcard") == 0
    out = capsysbinary.readouterr()
    assert out.out.count(b"BEGIN:VCARD") == 2 and b"Exported 2 contacts." in out.err
    assert _run(library, "export", "--format", "vcard", "--per-contact", "--output", str(tmp_path / "cards")) == 0
    assert sorted(p.name for p in (tmp_path / "cards").iterdir()) == ["Hélène LEROY.vcf", "Marc Petit.vcf"]
    assert b"CHARSET=UTF-8" in (tmp_path / "cards" / "Hélène LEROY.vcf").read_bytes()
    for layout in ("google", "outlook", "spreadsheet"):
        target = tmp_path / f"{layout}.csv"
        assert _run(library, "export", "--format", "csv", "--layout", layout, "--output", str(target)) == 0
        assert len(read_csv(target.read_bytes()).contacts) == 2
    assert _run(library, "export", "--format", "csv", "--excel-fr", "--output", str(tmp_path / "fr.csv")) == 0
    assert (tmp_path / "fr.csv").read_bytes().startswith(b"\xef\xbb\xbfName;")
    capsysbinary.readouterr()
    assert _run(library, "export", "--format", "csv", "--layout", "google", "--excel-fr") == 1
    assert _run(library, "export", "--format", "vcard", "--per-contact") == 1
    err = capsysbinary.readouterr().err.decode()
    assert err.splitlines() == [
        "cardbook: --excel-fr is for the spreadsheet layout (Google and Outlook read plain UTF-8 CSV)",
        "cardbook: --per-contact needs --output FOLDER",
    ]


def test_cli_import_reports_per_file_and_fails_when_something_did(
    library: Library, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    good = tmp_path / "good.vcf"
    good.write_bytes(b"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Ann\r\nEMAIL:ann@x.fr\r\nEND:VCARD\r\n"
                     b"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Bad\r\nno colon here\r\nEND:VCARD\r\n")  # fmt: skip
    listing = tmp_path / "liste.csv"
    listing.write_bytes("Nom;Prénom;E-mail\r\nMartin;Zoé;ann@x.fr\r\n".encode("cp1252"))
    picture = tmp_path / "photo.png"
    picture.write_bytes(_png())
    missing = tmp_path / "nope.vcf"
    status = _run(library, "import", str(good), str(listing), str(picture), str(missing))
    out, err = capsys.readouterr()
    assert status == 1
    assert err.splitlines() == [
        f"cardbook: {good}: card 2 (Bad) (line 9): not a vCard line (no 'NAME:value'): 'no colon here'; kept in the"
        " stored original (imported without it)",
        f"cardbook: {picture}: neither a vCard (.vcf) nor a CSV file",
        f"cardbook: {missing}: No such file or directory",
    ]
    assert out.splitlines()[0] == "Imported 3 contacts, skipped 0, possible duplicates 1."
    assert "Zoé Martin" in out.splitlines()[1] and "same email ann@x.fr" in out.splitlines()[1]
    capsys.readouterr()
    clean = tmp_path / "clean.vcf"
    clean.write_bytes(b"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Carl\r\nEND:VCARD\r\n")
    assert _run(library, "import", str(clean)) == 0
    assert capsys.readouterr().out.startswith("Imported 1 contact, skipped 0, possible duplicates 0.")


def test_cli_import_column_mapping(library: Library, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    listing = tmp_path / "list.csv"
    listing.write_text("Qui,Tel perso,Remarque\nJean Dupont,06 12 34 56 78,vu au salon\n", encoding="utf-8")
    assert _run(library, "import", str(listing), "--map", "Qui=full_name", "--map", "Remarque=notes") == 0
    (summary,) = search(library, "dupont")
    contact = get_contact(library, summary.id)
    assert contact.notes == "vu au salon" and contact.phones[0].kind is PhoneKind.HOME
    with pytest.raises(SystemExit):
        _run(library, "import", "x.csv", "--map", "Qui=shoe_size")


def test_import_refuses_special_files_and_counts_the_bytes_it_reads(library: Library, tmp_path: Path) -> None:
    """A FIFO named .vcf would block forever and /dev/zero named .csv never ends: both refused at once."""
    import os

    from cardbook.app.contact_files import FileTooLarge, import_contact_files, read_capped

    fifo = tmp_path / "pipe.vcf"
    os.mkfifo(fifo)
    zero = tmp_path / "zero.csv"
    zero.symlink_to("/dev/zero")
    outcome = import_contact_files(library, [fifo, zero], "FR")
    assert [(p.path.name, p.detail) for p in outcome.failed] == [
        ("pipe.vcf", "not a contacts file: a named pipe"),
        ("zero.csv", "not a contacts file: a device"),
    ]
    big = tmp_path / "big.vcf"
    big.write_bytes(b"x" * 101)
    with pytest.raises(FileTooLarge, match=r"big\.vcf"):
        read_capped(big, 100)
    assert read_capped(big, 101) == b"x" * 101


def test_cli_import_of_a_file_without_contacts_says_so_and_fails(
    library: Library, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    header_only = tmp_path / "export.csv"
    header_only.write_text("Name,E-mail Address,Mobile Phone\r\n", encoding="utf-8")
    assert _run(library, "import", str(header_only)) == 1
    out, err = capsys.readouterr()
    assert err == f"cardbook: {header_only}: no contact in this file (only a header, or no entries)\n"
    assert out.startswith("Imported 0 contacts, skipped 0")


def test_cli_outlook_csv_carries_a_bom_and_can_be_written_in_windows_1252(
    library: Library, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Outlook desktop reads a CSV without a BOM as Windows-1252: its UTF-8 export carries one; `--encoding
    cp1252` writes what an older Outlook reads, and reads back the same."""
    _fill(library)
    utf8 = tmp_path / "outlook.csv"
    assert _run(library, "export", "--format", "outlook", "--output", str(utf8)) == 0
    assert utf8.read_bytes().startswith(b"\xef\xbb\xbfTitle,First Name,")
    google = tmp_path / "google.csv"
    assert _run(library, "export", "--format", "csv", "--layout", "google", "--output", str(google)) == 0
    assert google.read_bytes().startswith(b"First Name,")  # Google reads UTF-8 as it is: no BOM
    legacy = tmp_path / "legacy.csv"
    assert _run(library, "export", "--format", "outlook", "--encoding", "cp1252", "--output", str(legacy)) == 0
    data = legacy.read_bytes()
    assert data.startswith(b"Title,First Name,") and "Hélène".encode("cp1252") in data
    assert sorted(c.contact.full_name for c in read_csv(data).contacts) == ["Hélène LEROY", "Marc Petit"]


def test_cli_windows_1252_export_of_a_name_it_cannot_hold_fails_naming_contact_and_column(
    library: Library, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _fill(library)
    create_contact(library, Contact(full_name="Łucja Kowalska", given_name="Łucja", family_name="Kowalska"))
    target = tmp_path / "out" / "legacy.csv"
    assert _run(library, "export", "--format", "outlook", "--encoding", "cp1252", "--output", str(target)) == 1
    assert not list(target.parent.iterdir())  # whole or nothing: no half file, nor a temporary one
    assert capsys.readouterr().err.splitlines() == [
        "cardbook: Łucja Kowalska: First Name holds 'Ł' (U+0141), which cp1252 cannot write; export in UTF-8 instead"
    ]
    assert _run(library, "export", "--format", "outlook", "--output", str(target)) == 0  # UTF-8 holds it
    assert "Łucja".encode() in target.read_bytes()
    assert _run(library, "export", "--format", "spreadsheet", "--encoding", "cp1252") == 1
    assert _run(library, "export", "--format", "vcard", "--encoding", "cp1252") == 1
    assert capsys.readouterr().err.splitlines()[-2:] == [
        "cardbook: --encoding is for the Google and Outlook layouts (the spreadsheet is UTF-8)",
        "cardbook: --layout, --excel-fr and --encoding are for CSV exports",
    ]


def test_a_stopped_import_whose_contacts_were_deleted_since_starts_afresh(library: Library) -> None:
    """The user cleaned up after a stopped import: its journal names a contact that is gone, so a run again
    stores the whole file rather than skipping people who are no longer there."""
    from cardbook.storage.contacts.records import delete_contact

    contacts = [ImportedContact(Contact(full_name=f"Q{i}"), i, i, "csv", "") for i in range(1, IMPORT_BATCH + 11)]
    key = import_journal.journal_key(b"another file", {"region": "FR"})
    with library.writing() as session:
        import_journal.record(session, key, [], finished=False)
    first = import_contacts(library, contacts[:IMPORT_BATCH])  # as if the stopped run had stored these
    with library.writing() as session:
        import_journal.record(session, key, first.created_ids, finished=False)
    assert import_journal.stored_so_far(library, key) == first.created_ids
    delete_contact(library, first.created_ids[3])
    assert import_journal.stored_so_far(library, key) == []
    again = import_contacts(library, contacts, resume_key=key)
    assert len(again.created_ids) == len(contacts)
