"""Drafts of unsaved edits: the field values of a contact being edited, kept in the library folder so that a
crash or a killed process loses nothing typed (<library>/drafts.json).

One entry per contact ("contact:<id>", or "new" for a contact not yet created). The window writes the entry a
moment after the last keystroke and removes it on save or discard; at the next start the entries still there
are the unsaved changes of the last session. A damaged file is ignored (and logged), never an error.
"""

from __future__ import annotations

import datetime as dt
import json
import logging
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

log = logging.getLogger(__name__)

FILE_NAME = "drafts.json"
VERSION = 1
NEW = "new"


def contact_key(contact_id: int | None) -> str:
    return NEW if contact_id is None else f"contact:{contact_id}"


@dataclass(frozen=True, slots=True)
class Draft:
    key: str
    contact_id: int | None
    name: str  # what the contact was called when the draft was written (for the banner)
    fields: dict[str, Any]  # the form's raw values, as the form wrote them
    saved_at: str = ""  # ISO time, for information

    def to_json(self) -> dict[str, Any]:
        return {"contact_id": self.contact_id, "name": self.name, "saved_at": self.saved_at, "fields": self.fields}


def _parse(key: str, raw: object) -> Draft | None:
    if not isinstance(raw, dict):
        return None
    contact_id = raw.get("contact_id")
    fields = raw.get("fields")
    if not isinstance(fields, dict) or not (contact_id is None or type(contact_id) is int):
        return None
    if key != contact_key(contact_id):
        return None
    name = raw.get("name")
    saved_at = raw.get("saved_at")
    return Draft(
        key,
        contact_id,
        name if isinstance(name, str) else "",
        fields,
        saved_at if isinstance(saved_at, str) else "",
    )


@dataclass
class DraftStore:
    """The drafts file of one library. Reads once (`load`), then keeps the entries in memory and rewrites the
    whole (small) file on every change, atomically."""

    path: Path
    drafts: dict[str, Draft] = field(default_factory=dict)

    @classmethod
    def open(cls, path: Path) -> DraftStore:
        """The drafts kept at `path` (a library's `drafts_path`)."""
        store = cls(path)
        store.load()
        return store

    def load(self) -> None:
        self.drafts = {}
        try:
            text = self.path.read_text(encoding="utf-8")
        except FileNotFoundError:
            return
        except OSError as error:
            log.warning("cannot read the drafts file %s: %s", self.path, error)
            return
        try:
            data = json.loads(text)
        except ValueError as error:
            log.warning("ignoring the damaged drafts file %s: %s", self.path, error)
            return
        entries = data.get("drafts") if isinstance(data, dict) else None
        if not isinstance(entries, dict):
            log.warning("ignoring the drafts file %s: not a drafts file", self.path)
            return
        for key, raw in entries.items():
            draft = _parse(str(key), raw)
            if draft is None:
                log.warning("ignoring a damaged draft %r in %s", key, self.path)
                continue
            self.drafts[draft.key] = draft

    def get(self, key: str) -> Draft | None:
        return self.drafts.get(key)

    def put(self, contact_id: int | None, name: str, fields: dict[str, Any]) -> bool:
        """Keep these values as the draft of `contact_id`; False (logged) when the file cannot be written."""
        stamp = dt.datetime.now().isoformat(timespec="seconds")
        draft = Draft(contact_key(contact_id), contact_id, name, fields, stamp)
        self.drafts[draft.key] = draft
        return self._write()

    def remove(self, key: str) -> None:
        if self.drafts.pop(key, None) is not None:
            self._write()

    def _write(self) -> bool:
        try:
            if not self.drafts:
                self.path.unlink(missing_ok=True)
                return True
            data = {"version": VERSION, "drafts": {key: d.to_json() for key, d in self.drafts.items()}}
            temporary = self.path.with_name(self.path.name + ".tmp")
            temporary.write_text(json.dumps(data, ensure_ascii=False, indent=1), encoding="utf-8")
            os.replace(temporary, self.path)
        except (OSError, TypeError, ValueError) as error:
            log.warning("cannot write the drafts file %s: %s", self.path, error)
            return False
        return True
