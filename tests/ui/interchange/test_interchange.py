"""Contacts in and out from the window: export, import, duplicates and merging (undoable), my card."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import numpy as np
import zxingcpp
from PySide6.QtGui import QImage

from cardbook.app.contact_files import ExportFormat
from cardbook.domain.contact import Contact
from cardbook.domain.exchange import Encounter
from cardbook.storage.contacts import records as contacts
from cardbook.storage.contacts.interchange import get_my_card
from cardbook.storage.ledger import encounters
from cardbook.ui.common.runner import wait_for_tasks
from cardbook.ui.window.main_window import MainWindow
from tests.ui.sample_library import Sample

VCF = (
    "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Sandrine Vidal\r\nN:Vidal;Sandrine;;;\r\nORG:Vidal Conseil\r\n"
    "EMAIL:sandrine@vidal-conseil.fr\r\nEND:VCARD\r\n"
    "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Paul Garnier\r\nN:Garnier;Paul;;;\r\nTEL:+33 6 11 22 33 44\r\nEND:VCARD\r\n"
)


def test_export_writes_a_vcard_with_the_contacts(qtbot, window: MainWindow, sample: Sample, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from cardbook.ui.interchange.export_dialog import ExportDialog

    dialog = ExportDialog(3, len(sample.ids), window)
    qtbot.addWidget(dialog)
    dialog.set_format(ExportFormat.VCARD)
    target = tmp_path / "out.vcf"
    window.interchange.export(dialog.request(target, None))
    qtbot.waitUntil(lambda: "Exported" in window.statusBar().currentMessage(), timeout=10_000)
    text = target.read_text(encoding="utf-8")
    assert text.count("BEGIN:VCARD") == len(sample.ids)
    assert "Lefèvre" in text
    assert str(len(sample.ids)) in window.statusBar().currentMessage()


def test_import_shows_a_summary_and_adds_the_contacts(qtbot, window: MainWindow, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "two.vcf"
    path.write_text(VCF + VCF.split("BEGIN:VCARD")[0], encoding="utf-8")
    before = contacts.count_contacts(window.library)
    window.interchange.import_files([path])
    qtbot.waitUntil(lambda: window.interchange.summary is not None and window.interchange.summary.isVisible())
    summary = window.interchange.summary
    assert summary is not None
    assert "Imported 2 contacts, skipped 0" in summary.headline.text()
    assert contacts.count_contacts(window.library) == before + 2
    assert len(contacts.search(window.library, "Sandrine Vidal")) == 1
    summary.close()


def test_import_summary_says_what_was_recovered_from_a_flawed_csv(qtbot, window: MainWindow, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """A stray quote and a Latin-1 line: the rows are imported, and the summary says so, as the CLI does."""
    path = tmp_path / "export.csv"
    rows = ["Name,E-mail Address", '"Ana Ruiz,ana@ruiz.es', "Chlo\xe9 Petit,chloe@petit.fr", "Marc Roy,marc@roy.fr"]
    path.write_bytes(
        "\n".join(rows[:2]).encode() + b"\n" + rows[2].encode("latin-1") + b"\n" + rows[3].encode() + b"\n"
    )
    window.interchange.import_files([path])
    qtbot.waitUntil(lambda: window.interchange.summary is not None and window.interchange.summary.isVisible())
    summary = window.interchange.summary
    assert summary is not None
    remarks = summary.notices.toPlainText()
    assert "quote" in remarks and "export.csv" in remarks
    assert len(contacts.search(window.library, "Chloé Petit")) == 1  # the Latin-1 line, read as such
    assert len(contacts.search(window.library, "Marc Roy")) == 1  # the row after the stray quote, recovered
    summary.close()


def test_import_lists_possible_duplicates_with_review(qtbot, window: MainWindow, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "again.vcf"
    path.write_text(
        "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Jérôme Girard\r\nEMAIL:jerome@nova-sas.fr\r\nEND:VCARD\r\n", encoding="utf-8"
    )
    window.interchange.import_files([path])
    qtbot.waitUntil(lambda: window.interchange.summary is not None and window.interchange.summary.isVisible())
    summary = window.interchange.summary
    assert summary is not None and summary.review_buttons
    summary.review_buttons[0].click()  # both contacts are read in the background, then the dialog opens
    qtbot.waitUntil(lambda: window.interchange.merge_dialog is not None and window.interchange.merge_dialog.isVisible())
    window.interchange.merge_dialog.reject()
    summary.close()


def test_duplicates_merge_keeps_both_encounters_and_undo_restores(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    library = window.library
    first = contacts.create_contact(library, Contact(full_name="Odile Marchand", emails=["odile@marchand.fr"]))
    second = contacts.create_contact(
        library, Contact(full_name="Odile Marchand", company="Marchand SARL", emails=["odile@marchand.fr"])
    )
    assert first.id is not None and second.id is not None
    for contact_id, day in ((first.id, 3), (second.id, 9)):
        encounters.record_encounter(library, Encounter(contact_id=contact_id, date=dt.date(2026, 3, day)))

    window.interchange.find_duplicates()
    dialog = window.interchange.duplicates
    assert dialog is not None
    qtbot.waitUntil(lambda: any({p.first_id, p.second_id} == {first.id, second.id} for p in dialog.pairs))
    row = next(i for i, p in enumerate(dialog.pairs) if {p.first_id, p.second_id} == {first.id, second.id})
    assert dialog.pairs[row].reason
    dialog.table.selectRow(row)
    dialog.merge_current()
    qtbot.waitUntil(lambda: window.interchange.merge_dialog is not None)
    merge = window.interchange.merge_dialog
    assert merge is not None
    merge.choose("company", "other")
    merge.accept()

    assert all(second.id not in (p.first_id, p.second_id) for p in dialog.pairs)
    assert contacts.get_contact(library, first.id).company == "Marchand SARL"
    assert len(encounters.encounters_of(library, first.id)) == 2
    assert not contacts.summaries(library, [second.id])

    window.commands.undo.trigger()
    assert contacts.get_contact(library, second.id).full_name == "Odile Marchand"
    assert len(encounters.encounters_of(library, first.id)) == 1
    assert len(encounters.encounters_of(library, second.id)) == 1
    assert contacts.get_contact(library, first.id).company is None
    dialog.close()
    wait_for_tasks()


def test_my_card_saves_and_its_qr_decodes_to_a_vcard(qtbot, window: MainWindow, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    window.commands.my_card.trigger()
    dialog = window.interchange.my_card_dialog
    assert dialog is not None
    qtbot.waitUntil(lambda: not dialog.loading, timeout=5000)  # the stored card (none yet) read in the background
    assert dialog.name.isEnabled() and dialog.name.text() == ""
    dialog.name.setText("Claire Fabre")
    dialog.title.setText("Consultante")
    dialog.company.setText("Fabre & Co")
    dialog.emails.setPlainText("claire@fabre.co")
    dialog.phones.setPlainText("06 12 12 12 12")
    assert dialog.save()
    stored = get_my_card(window.library)
    assert stored is not None and stored.full_name == "Claire Fabre"

    pixmap = dialog.code.pixmap()
    assert not pixmap.isNull()
    image = pixmap.toImage().convertToFormat(QImage.Format.Format_Grayscale8)
    array = np.array(image.constBits(), dtype=np.uint8).reshape(image.height(), image.bytesPerLine())
    found = zxingcpp.read_barcodes(np.ascontiguousarray(array[:, : image.width()]))
    assert found, "no QR code found in the pixmap"
    assert "BEGIN:VCARD" in found[0].text and "FN:Claire Fabre" in found[0].text

    dialog.show_fullscreen()
    full = dialog.fullscreen
    assert full is not None and full.isVisible()
    full.reject()
    out = tmp_path / "me.vcf"
    assert dialog.write_vcard(out)
    assert "Claire Fabre" in out.read_text(encoding="utf-8")
    dialog.close()

    window.interchange.my_card_dialog = None  # opened again: the saved card comes back, read off the GUI thread
    window.commands.my_card.trigger()
    again = window.interchange.my_card_dialog
    assert again is not None and again.loading and not again.name.isEnabled()
    qtbot.waitUntil(lambda: not again.loading, timeout=5000)
    assert again.name.text() == "Claire Fabre" and again.company.text() == "Fabre & Co"
    again.close()


def test_export_dialog_offers_windows_1252_for_outlook_and_names_what_it_cannot_hold(  # type: ignore[no-untyped-def]
    qtbot, window: MainWindow, sample: Sample, tmp_path: Path
) -> None:
    from cardbook.ui.interchange.export_dialog import ExportDialog

    dialog = ExportDialog(3, len(sample.ids), window)
    qtbot.addWidget(dialog)
    dialog.set_format(ExportFormat.VCARD)
    assert not dialog.encoding_box.isEnabled()
    dialog.set_format(ExportFormat.OUTLOOK)
    assert dialog.encoding_box.isEnabled()
    assert dialog.request(tmp_path / "a.csv", None).encoding == "utf-8"
    dialog.encoding_box.setCurrentIndex(dialog.encoding_box.findData("cp1252"))
    target = tmp_path / "legacy.csv"
    window.interchange.export(dialog.request(target, None))
    qtbot.waitUntil(lambda: "Exported" in window.statusBar().currentMessage(), timeout=10_000)
    assert "Lefèvre".encode("cp1252") in target.read_bytes()
    contacts.create_contact(window.library, Contact(full_name="Łucja Kowalska"))
    window.interchange.export(dialog.request(tmp_path / "refused.csv", None))
    qtbot.waitUntil(lambda: "failed" in window.statusBar().currentMessage(), timeout=10_000)
    message = window.statusBar().currentMessage()
    assert "Łucja Kowalska" in message and "“Ł”" in message and "First Name" in message
    assert not (tmp_path / "refused.csv").exists()
