"""Property: whatever text, dates and exchanges a library holds, a library file brings them into a new library
row for row (every column of every table, ids mapped), and a second import adds nothing."""

from __future__ import annotations

import datetime as dt
import tempfile
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from cardbook.domain.contact import Contact, Phone
from cardbook.domain.enums import NoCardReason, OfferedBy, PhoneKind, Reciprocated
from cardbook.domain.exchange import Encounter
from cardbook.storage.contacts import records as contacts
from cardbook.storage.ledger import encounters
from cardbook.storage.library import Library
from cardbook.storage.upkeep.transfer_in import import_library
from cardbook.storage.upkeep.transfer_out import export_library
from tests.storage.transfer_helpers import as_multisets, foreign_keys, id_maps, mapped, read_tables

TEXT = st.text(st.characters(blacklist_categories=("Cs", "Cc")), max_size=30)
DAY = st.dates(min_value=dt.date(1990, 1, 1), max_value=dt.date(2026, 1, 1))
PERSON = st.builds(
    Contact,
    full_name=TEXT.filter(lambda t: t.strip() != ""),
    company=st.none() | TEXT,
    notes=TEXT,
    emails=st.lists(st.emails(), max_size=2, unique=True),
    phones=st.lists(st.builds(Phone, TEXT, st.none(), st.sampled_from(PhoneKind)), max_size=2),
    tags=st.lists(
        TEXT.filter(lambda t: t.strip() != ""), max_size=3, unique_by=lambda t: " ".join(t.split()).casefold()
    ),
    needs=TEXT,
)
MEETING = st.tuples(st.none() | DAY, st.none() | TEXT, st.sampled_from(OfferedBy), st.sampled_from(Reciprocated),
                    st.booleans())  # fmt: skip


@settings(max_examples=12, deadline=None)
@given(st.lists(st.tuples(PERSON, st.lists(MEETING, max_size=3)), min_size=1, max_size=4))
def test_any_library_arrives_row_for_row(people: list[tuple[Contact, list[tuple[object, ...]]]]) -> None:
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder)
        source = Library.open(root / "source")
        for person, meetings in people:
            created = contacts.create_contact(source, person)
            for day, place, offered, answered, dismissed in meetings:
                one_way = offered is OfferedBy.THEM and answered is Reciprocated.NO
                encounters.record_encounter(source, Encounter(
                    contact_id=created.id, date=day, place=place, offered_by=offered, reciprocated=answered,  # type: ignore[arg-type]
                    owe_dismissed=dismissed, why_no_card=NoCardReason.MY_LAPSE if one_way else None))  # type: ignore[arg-type]  # fmt: skip
        file = root / "moved.cardbook"
        with open(file, "wb") as handle:
            export_library(source, handle)
        target = Library.open(root / "target")
        import_library(target, file)
        before, after = read_tables(source.db_path), read_tables(target.db_path)
        after["contact_sources"] = [r for r in after["contact_sources"] if r["format"] != "cardbook"]
        assert mapped(before, id_maps(before, after), foreign_keys(source.db_path)) == as_multisets(after)
        once = read_tables(target.db_path)
        again = import_library(target, file)
        assert read_tables(target.db_path) == once
        assert all(f.added == 0 for f in again.tables.values())
        source.close()
        target.close()
