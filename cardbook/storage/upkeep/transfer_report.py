"""What an import of a library file reports (per table: added, already there, updated, dropped; the contacts
made and merged; one warning line per thing cut), and the caps every import applies to a contact row's text.

Kept apart from the merge itself (transfer_in.py) because the window and the command line read the report
without the merge's machinery.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from cardbook.domain.value_limits import TEXT_LIMITS, cut_text


@dataclass(slots=True)
class TableFigures:
    added: int = 0
    already: int = 0  # the library held it already
    updated: int = 0  # contacts already here replaced by a newer copy of themselves (a push, transfer_push.py)
    dropped: int = 0  # unusable: a damaged row, or one that refers to a row the file does not hold


@dataclass(slots=True)
class TransferReport:
    tables: dict[str, TableFigures] = field(default_factory=dict)
    created_contacts: list[int] = field(default_factory=list)
    merged_contacts: list[int] = field(default_factory=list)  # contacts the library had, recognised in the file
    warnings: list[str] = field(default_factory=list)

    def figures(self, table: str) -> TableFigures:
        return self.tables.setdefault(table, TableFigures())


# The contacts table's text columns and the kind of field whose cap each takes (domain/value_limits.py).
_CAPPED_COLUMNS = {
    "full_name": "name", "given_name": "name", "family_name": "name", "nickname": "name", "sort_name": "name",
    "sort_given": "name", "sort_family": "name", "title": "title", "company": "company", "sort_company": "company",
    "department": "department",
    "address": "address", "notes": "notes", "needs": "needs", "offers": "offers",
}  # fmt: skip


def cap_contact_values(values: dict[str, Any]) -> list[str]:
    """A library file's contact row within the caps every import applies, in place (a hand-made or hostile file
    can hold a 5 MB name, which would freeze the window that shows it); returns what was cut, one line each.
    The sort keys are cut without a word: they follow the name and company."""
    said = []
    for column, kind in _CAPPED_COLUMNS.items():
        value = values.get(column)
        if isinstance(value, str) and len(value) > TEXT_LIMITS[kind]:
            if not column.startswith("sort_"):
                said.append(f"{column.replace('_', ' ')} cut to {TEXT_LIMITS[kind]:,} characters (was {len(value):,})")
            values[column] = cut_text(value, kind)
    return said


def shown_name(values: dict[str, Any]) -> str:
    name = str(values.get("full_name") or values.get("company") or "")
    return name if len(name) <= 60 else name[:59] + "…"
