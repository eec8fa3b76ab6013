"""Small per-library settings kept in the ``settings`` table as text (the user's own card lives there too, in
storage/interchange.py). They belong to the library, not to the machine: a library moved to another computer
keeps its country."""

from __future__ import annotations

from cardbook.storage.library import Library
from cardbook.storage.models import SettingRow

DEFAULT_REGION_KEY = "default_region"


def get_setting(library: Library, key: str) -> str | None:
    with library.session() as session:
        row = session.get(SettingRow, key)
        return row.value if row is not None else None


def set_setting(library: Library, key: str, value: str) -> None:
    with library.writing() as session:
        row = session.get(SettingRow, key)
        if row is None:
            session.add(SettingRow(key=key, value=value))
        else:
            row.value = value
