"""A demo library → vCard → a new library keeps every meeting (its day, event and exchange) and every referral
that involves a contact (real SQLite libraries; the vCard as `cardbook export` writes it)."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from pathlib import Path

from sqlalchemy import text

from cardbook.app.contact_files import ExportFormat, ExportRequest, export_contacts, import_contact_files
from cardbook.app.sample_data import generate_demo
from cardbook.storage.library import Library
from tests.storage.conftest import BOTH

ENGINES = BOTH  # a demo library on either engine, exported, read back into a folder library

MEETINGS = (
    "SELECT c.full_name, e.date, ev.name, ev.date, e.offered_by, e.reciprocated FROM encounters e "
    "JOIN contacts c ON c.id = e.contact_id LEFT JOIN events ev ON ev.id = e.event_id"
)
REFERRALS = (
    "SELECT f.full_name, t.full_name, r.to_name, r.date, r.outcome, r.note FROM referrals r "
    "LEFT JOIN contacts f ON f.id = r.from_contact_id LEFT JOIN contacts t ON t.id = r.to_contact_id "
    "WHERE r.from_contact_id IS NOT NULL OR r.to_contact_id IS NOT NULL"
)


def _rows(library: Library, query: str) -> Counter[tuple[object, ...]]:
    """The rows as text (a date is a string in SQLite and a date on PostgreSQL: compared the same way)."""
    with library.session() as session:
        rows = session.execute(text(query)).all()
    return Counter(tuple(None if value is None else str(value) for value in row) for row in rows)


def test_a_demo_library_keeps_its_meetings_and_referrals_through_a_vcard(library: Library, tmp_path: Path) -> None:
    generate_demo(library, 120, today=dt.date(2026, 6, 1))
    vcf = tmp_path / "all.vcf"
    export_contacts(library, ExportRequest(ExportFormat.VCARD, vcf))
    target = Library.open(tmp_path / "target")
    outcome = import_contact_files(target, [vcf], "FR")
    assert outcome.imported == 120 and outcome.failed == [] and outcome.issues == []
    meetings = _rows(library, MEETINGS)
    assert sum(meetings.values()) > 100
    assert _rows(target, MEETINGS) == meetings

    # A referral to a contact arrives with its target as a name (the vCard holds one person).
    def flattened(rows: Counter[tuple[object, ...]]) -> Counter[tuple[object, ...]]:
        return Counter({(f, t or name, day, outcome, note): n for (f, t, name, day, outcome, note), n in rows.items()})

    referrals = flattened(_rows(library, REFERRALS))
    assert sum(referrals.values()) > 10
    assert flattened(_rows(target, REFERRALS)) == referrals
    with target.session() as session:  # the contacts' meeting summaries were kept up to date
        stale = session.execute(
            text(
                "SELECT count(*) FROM contacts c WHERE meeting_count != (SELECT count(*) FROM encounters e "
                "WHERE e.contact_id = c.id)"
            )
        ).scalar()
    assert stale == 0
    target.close()
