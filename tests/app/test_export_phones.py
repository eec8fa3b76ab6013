"""Phones and websites leave in a form another address book reads the same wherever it is set up.

Demo library -> vCard / Google CSV / Outlook CSV -> a new library read with another default country: every phone
keeps its E.164 (a national number exported as printed would be read in the wrong country).
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from cardbook.app.contact_files import ExportFormat, ExportRequest, export_contacts, import_contact_files
from cardbook.app.sample_data import generate_demo
from cardbook.storage.contacts.interchange import export_ids
from cardbook.storage.contacts.records import get_contact
from cardbook.storage.library import Library


def _phones(library: Library) -> list[tuple[str, tuple[str | None, ...]]]:
    found = []
    for contact_id in export_ids(library):
        contact = get_contact(library, contact_id)
        found.append((contact.display_name, tuple(sorted(p.e164 or "" for p in contact.phones))))
    return sorted(found)


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Library:
    library = Library.open(tmp_path_factory.mktemp("demo") / "lib")
    generate_demo(library, 300, today=dt.date(2026, 11, 2))
    return library


@pytest.mark.parametrize(
    ("format", "suffix"),
    [(ExportFormat.VCARD, "vcf"), (ExportFormat.GOOGLE, "csv"), (ExportFormat.OUTLOOK, "csv")],
)
def test_every_e164_survives_export_and_import_in_another_region(
    demo: Library, format: ExportFormat, suffix: str, tmp_path: Path
) -> None:
    before = _phones(demo)
    national = sum(1 for _, phones in before for e164 in phones if e164)
    assert national > 100  # the demo has many phones, most of them printed nationally
    target = tmp_path / f"out.{suffix}"
    export_contacts(demo, ExportRequest(format, target, with_photos=False))
    fresh = Library.open(tmp_path / "new")
    outcome = import_contact_files(fresh, [target], region="US")
    assert not outcome.failed
    assert _phones(fresh) == before
    fresh.close()
