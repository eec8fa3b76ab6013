"""What a library transfer (`export --format cardbook`, `import` of that file) knows of the schema: it reads the
SQLAlchemy metadata instead of naming columns, so a column or a table added later travels without a change here.

The few things the metadata cannot say are here and nowhere else:
- which settings belong to the library (and so travel with it);
- the columns a contact's own cache holds (recomputed, never merged) and its identity (`contact_uid`);
- `NATURAL_KEYS`: when a row of a merged library "is already there" (an event with the same name and date, an
  encounter with the same contact, event and day...). A table not listed compares every column but its id.
"""

from __future__ import annotations

import datetime as dt
from functools import cache
from typing import Any

from sqlalchemy import Boolean, Date, DateTime, Float, Integer, Table

from cardbook.storage.models import Base

# Settings that describe the library rather than the computer it is on (storage/settings.py, my card).
LIBRARY_SETTINGS = ("currency", "default_region", "my_card")
LINEAGE_FORMAT = "cardbook"  # contact_sources.format of the row that records where a transferred contact came from
# A contact's columns that are derived (cache, sort keys) or bookkeeping: never filled in from another library.
DERIVED_CONTACT_COLUMNS = frozenset(
    {"id", "sort_name", "sort_company", "sort_given", "sort_family", "meeting_count", "first_met", "last_met",
     "reciprocity", "created_at",
     "updated_at", "status"}
)  # fmt: skip
# When an incoming row is the same as one already in the library. Text compared as is, except the `FOLDED`.
NATURAL_KEYS: dict[str, tuple[str, ...]] = {
    "tags": ("name",),
    "networks": ("name",),
    "events": ("name", "date"),
    "images": ("sha256",),
    "settings": ("key",),
    "members": ("name",),  # a team's member, by name (unique there too): the same person in both libraries
    "contact_emails": ("contact_id", "normalized"),
    "contact_phones": ("contact_id", "number"),
    "contact_links": ("contact_id", "kind", "value"),
    "card_images": ("contact_id", "side", "original_image_id", "crop_image_id"),
    # Two members' meetings with someone at one event are two meetings (docs/TEAM_LIBRARY.md, "Members").
    "encounters": ("contact_id", "event_id", "date", "member_id"),
    "referrals": ("from_contact_id", "to_contact_id", "to_name", "date", "member_id"),
    "follow_ups": ("contact_id", "due", "note", "member_id"),
    "contact_sources": ("contact_id", "format", "text"),
    "review_corrections": ("contact_id", "field", "kept", "recorded_at"),
}
FOLDED = {("tags", "name"), ("networks", "name"), ("events", "name"), ("members", "name")}  # "Client" is "client"


def transfer_tables() -> list[Table]:
    """Every table of the library, parents before children (contacts_fts is rebuilt, alembic_version is not data).
    Not `image_chunks`: a server library's image bytes travel as the file's images, as a folder's files do."""
    return [table for table in Base.metadata.sorted_tables if table.name != "image_chunks"]


@cache  # asked for every row of an import: the answer depends on the schema only
def id_column(table: Table) -> str | None:
    """The integer id other rows refer to, or None for a table keyed by its columns (contact_tags)."""
    keys = list(table.primary_key.columns)
    return keys[0].name if len(keys) == 1 and isinstance(keys[0].type, Integer) else None


@cache
def natural_key(table: Table) -> tuple[str, ...]:
    if table.name in NATURAL_KEYS:
        return NATURAL_KEYS[table.name]
    if id_column(table) is None:
        return tuple(c.name for c in table.primary_key.columns)
    return tuple(c.name for c in table.columns if c.name != id_column(table))


def key_of(table: Table, values: dict[str, Any]) -> tuple[Any, ...]:
    return tuple(_folded(values.get(name)) if (table.name, name) in FOLDED else values.get(name)
                 for name in natural_key(table))  # fmt: skip


def _folded(value: Any) -> Any:
    return " ".join(value.split()).casefold() if isinstance(value, str) else value  # as Event.is_same_as


def contact_uid(contact_id: int, created_at: dt.datetime | None) -> str:
    """A contact's identity across libraries: its id where it was created and when. A library restored from a
    backup on another machine shares it (it is the same lineage); two libraries made apart do not."""
    stamp = created_at.strftime("%Y%m%dT%H%M%S%f") if created_at is not None else "0"
    return f"{contact_id}@{stamp}"


def encode(value: Any) -> Any:
    """A column's value as JSON: dates and times as ISO text, the rest as they are."""
    if isinstance(value, dt.date | dt.datetime):
        return value.isoformat()
    return value


def decode(table: Table, raw: dict[str, Any]) -> tuple[dict[str, Any], list[str]]:
    """(values for the table's known columns, names of keys this schema does not have). Raises ValueError on a
    value of the wrong kind. Keys starting with "_" are the format's own, not columns."""
    values: dict[str, Any] = {}
    for column in table.columns:
        if column.name in raw:
            try:
                values[column.name] = _decoded(column.type, raw[column.name])
            except ValueError as exc:
                raise ValueError(f"{column.name}: {exc}") from None
    unknown = [k for k in raw if k not in table.columns and not k.startswith("_")]
    return values, unknown


def _decoded(kind: object, value: Any) -> Any:
    if value is None:
        return None
    if isinstance(kind, DateTime):
        return dt.datetime.fromisoformat(_text(value))
    if isinstance(kind, Date):
        return dt.date.fromisoformat(_text(value))
    if isinstance(kind, Boolean):
        if not isinstance(value, bool | int):
            raise ValueError("expected true or false")
        return bool(value)
    if isinstance(kind, Integer):
        if isinstance(value, bool) or not isinstance(value, int):
            raise ValueError("expected a whole number")
        return value
    if isinstance(kind, Float):
        if isinstance(value, bool) or not isinstance(value, int | float):
            raise ValueError("expected a number")
        return float(value)
    return _text(value)


def _text(value: Any) -> str:
    if not isinstance(value, str):
        raise ValueError("expected text")
    return value
