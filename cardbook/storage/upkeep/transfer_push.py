"""One library merged straight into another, a batch at a time: `cardbook library push` (a personal library into a
team library on a server) and `cardbook library pull` (a copy of the team library in a folder, to work offline).
docs/TEAM_LIBRARY.md, "Push and pull", says what it promises; this says how.

It is the library file's merge (transfer_in._Merge: references moved to the target's ids, rows recognised by
their natural keys, contacts by identity and then by the duplicate rules, images by content) fed from the
source library's tables instead of a file, with three differences:

- **Batches.** One write transaction per batch: the tables no contact refers to (images with their bytes,
  members, networks, tags, events, settings) a chunk at a time, then BATCH contacts at a time with every row that
  belongs to one of them alone (their e-mails, cards, encounters...), their summaries and search entries, then
  what joins two contacts (referrals) or none (corrections of a deleted contact). Each batch leaves the target
  whole, so the team keeps working during a long push, and an interrupted push keeps what it committed: run
  again, it finds those rows (contacts by the lineage written with them, the rest by natural key) and adds
  nothing twice.
- **Members.** Rows of no member (every row of a personal library: "the owner's") become the pushing member's,
  a `members` row got or made by name (`member_id_for`); the library's "my card" becomes that member's card.
- **Copies in step.** A contact that is a copy of one already there (same lineage: pulled, then pushed back)
  and was edited since the two were last in step replaces that one's own values, unless that one changed too:
  then both stay as they are and a warning names the contact (transfer_contacts.replace_if_newer). When they
  were in step is the latest lineage time on either side (`contact_sources.imported_at` of format "cardbook":
  when it was copied, or last brought in step by a push). A contact merely alike (same e-mail) only fills in
  what the team's lacks, as an import does.

Memory holds the id maps (the source's id -> the target's, per table) and the target's contacts' identities, as
the file import does; rows are read a chunk at a time, each contact batch's rows of another table in one query.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import Table, func, insert, select, update
from sqlalchemy.orm import Session

from cardbook.storage.contacts.interchange import MY_CARD_KEY
from cardbook.storage.errors import LibraryError, NotFoundError
from cardbook.storage.library import Library
from cardbook.storage.members import add_member, member_named
from cardbook.storage.models import ContactSourceRow, MemberRow, utcnow
from cardbook.storage.upkeep.transfer_contacts import Replaced, parse_identity, replace_if_newer
from cardbook.storage.upkeep.transfer_in import _Merge, _remove_unused
from cardbook.storage.upkeep.transfer_out import TransferCancelled, _chunks, _contact_extras, _selection
from cardbook.storage.upkeep.transfer_report import TransferReport
from cardbook.storage.upkeep.transfer_rows import LINEAGE_FORMAT, id_column, transfer_tables

BATCH = 500  # contacts per write transaction, with all their rows
IMAGE_BATCH = 100  # images per write transaction (their bytes are in it)
Progress = Callable[[str, int, int], None]  # (what is being copied, done, total) after each batch


@dataclass(slots=True)
class _Plan:
    """The tables in the order they are copied (each group parents first)."""

    before: list[Table] = field(default_factory=list)  # no contact refers to them: copied first
    contacts: Table | None = None
    per_contact: list[tuple[Table, str]] = field(default_factory=list)  # (table, the column naming its contact)
    after: list[Table] = field(default_factory=list)  # rows of two contacts, or of none


def _plan() -> _Plan:
    plan = _Plan()
    later: set[str] = {"contacts"}
    for table in transfer_tables():
        if table.name == "contacts":
            plan.contacts = table
            continue
        parents = {fk.column.table.name for fk in table.foreign_keys}
        own = [c for c in table.columns if any(fk.column.table.name == "contacts" for fk in c.foreign_keys)]
        if not parents & later:
            plan.before.append(table)
        elif len(own) == 1 and not own[0].nullable and not parents & (later - {"contacts"}):
            plan.per_contact.append((table, own[0].name))
            later.add(table.name)
        else:
            plan.after.append(table)
            later.add(table.name)
    return plan


@dataclass(slots=True)
class _LibraryImages:
    """The source library's images, as the merge asks a library file for them."""

    library: Library

    def image_bytes(self, sha256: str, extension: str) -> bytes | None:
        try:
            data = self.library.images.path_for(sha256, extension).read_bytes()
        except OSError:
            return None  # missing: the merge reports it and keeps the cards without it
        return data if hashlib.sha256(data).hexdigest() == sha256 else None


def member_id_for(library: Library, name: str) -> int:
    """The member of that name (accent- and case-blind, as the members service matches them), added if the
    library has none yet. A name the members service refuses is a ValidationError (one line)."""
    try:
        return member_named(library, name).id
    except NotFoundError:
        return add_member(library, name).id


def same_library(source: Library, target: Library) -> bool:
    return source.location == target.location


def copy_library(
    source: Library,
    target: Library,
    *,
    member: str | None = None,
    progress: Progress | None = None,
    cancelled: Callable[[], bool] | None = None,
    batch: int = BATCH,
) -> TransferReport:
    """Merge every row and image of `source` into `target`, a batch per write transaction; rows of no member
    become `member`'s when given. Raises LibraryError for a library pushed into itself, TransferCancelled when
    `cancelled()` turned true (the batches committed stay; running it again completes the copy)."""
    if same_library(source, target):
        raise LibraryError(f"{source.location} cannot be pushed into itself: name another library")
    plan = _plan()
    assert plan.contacts is not None
    member_id = member_id_for(target, member) if member is not None else None
    with target.writing() as session:
        merge = _PushMerge(target, session, _LibraryImages(source), _label(source))
        merge.member_id = member_id
    copier = _Copier(source, target, merge, progress, cancelled)
    with source.session() as reading:
        copier.totals(reading, plan)
        for table in plan.before:
            copier.table(reading, table, IMAGE_BATCH if table.name == "images" else None)
        copier.contacts(reading, plan.contacts, plan.per_contact, batch)
        for table in plan.after:
            copier.table(reading, table, None)
    return merge.report


class _PushMerge(_Merge):
    """The merge, with contacts that are copies of the target's (same lineage) brought in step both ways."""

    def __init__(self, library: Library, session: Session, images: _LibraryImages, file_name: str) -> None:
        super().__init__(library, session, images, file_name)
        self.in_step: set[int] = set()  # the target's contacts equal to their copy in the source after this batch
        self._lineage_times: dict[tuple[int, str], dt.datetime] = {}  # (contact, identity) -> when recorded here

    def read_lineage_times(self, rows: list[dict[str, Any]]) -> None:
        """The target's lineage times for a batch's identities, in one query (`_in_step_here` reads them)."""
        uids = sorted({uid for row in rows for uid in parse_identity(row)[0]})
        self._lineage_times = {
            (contact_id, text): when
            for contact_id, text, when in self.session.execute(
                select(ContactSourceRow.contact_id, ContactSourceRow.text, ContactSourceRow.imported_at).where(
                    ContactSourceRow.format == LINEAGE_FORMAT, ContactSourceRow.text.in_(uids)
                )
            )
        }

    def contact(self, table: Table, values: dict[str, Any], raw: dict[str, Any]) -> None:
        uids, _match = parse_identity(raw)
        copy_of = self.identities.by_lineage(uids)
        if copy_of is None:  # new, or merely alike: as an import
            created = len(self.report.created_contacts)
            super().contact(table, values, raw)
            self.in_step.update(self.report.created_contacts[created:])
            return
        old = values.pop("id", None)
        figures = self.report.figures(table.name)
        figures.already += 1
        self.report.merged_contacts.append(copy_of)
        here = self._in_step_here(copy_of, uids)
        there = raw.get("_in_step")
        in_step = max((t for t in (here, there) if t is not None), default=None)
        outcome = replace_if_newer(self.session, table, copy_of, values, in_step)
        if outcome is Replaced.REPLACED:
            figures.updated += 1
            self.filled.add(copy_of)
            self.touched.add(copy_of)
            self.in_step.add(copy_of)
            if here is None:  # the target had no lineage row for it: one now records when they were in step
                lineage = {"contact_id": copy_of, "format": LINEAGE_FORMAT, "file_name": self.file_name,
                           "text": uids[0]}  # fmt: skip
                self.session.execute(insert(ContactSourceRow).values(**lineage))
        elif outcome is Replaced.EQUAL:
            self.in_step.add(copy_of)
        elif outcome is Replaced.BOTH_CHANGED:
            name = values.get("full_name") or f"contact {copy_of}"
            self.report.warnings.append(
                f"{name}: changed in both libraries since they were last in step; the one pushed into keeps its "
                "own values, the other copy is unchanged"
            )
        if old is not None:
            self.ids.setdefault(table.name, {})[old] = copy_of

    def _in_step_here(self, contact_id: int, uids: list[str]) -> dt.datetime | None:
        """When the target last recorded this contact's lineage (copied, or brought in step by a push)."""
        times = [when for uid in uids if (when := self._lineage_times.get((contact_id, uid))) is not None]
        return max(times, default=None)

    def mark_in_step(self) -> None:
        """After a batch's summaries are rewritten (which may touch `updated_at`): its contacts equal to their
        copy are in step from now on, so the next push sends only what changes after this one."""
        if self.in_step:
            self.session.execute(
                update(ContactSourceRow)
                .where(ContactSourceRow.contact_id.in_(sorted(self.in_step)), ContactSourceRow.format == LINEAGE_FORMAT)
                .values(imported_at=utcnow())
            )
        self.in_step.clear()


def _source_in_step(session: Session, rows: list[dict[str, Any]]) -> None:
    """Each source contact's `_in_step`: when its lineage was last recorded there (a pull's copy: the pull)."""
    ids = [row["id"] for row in rows]
    latest = dict(
        session.execute(
            select(ContactSourceRow.contact_id, func.max(ContactSourceRow.imported_at))
            .where(ContactSourceRow.contact_id.in_(ids), ContactSourceRow.format == LINEAGE_FORMAT)
            .group_by(ContactSourceRow.contact_id)
        ).all()
    )
    for row in rows:
        row["_in_step"] = latest.get(row["id"])


def _label(library: Library) -> str:
    """What the lineage rows of the contacts it brings say they came from: the library's folder name or URL
    (no password), never a whole path of someone's machine."""
    return library.location if library.is_server else Path(library.location).name


class _Copier:
    def __init__(
        self,
        source: Library,
        target: Library,
        merge: _PushMerge,
        progress: Progress | None,
        cancelled: Callable[[], bool] | None,
    ) -> None:
        self.source, self.target, self.merge = source, target, merge
        self.progress, self.cancelled = progress, cancelled
        self.referenced = {fk.column.table.name for t in transfer_tables() for fk in t.foreign_keys}
        self.total: dict[str, int] = {}

    def totals(self, reading: Session, plan: _Plan) -> None:
        tables = [*plan.before, *(t for t, _ in plan.per_contact), *plan.after]
        assert plan.contacts is not None
        for table in [plan.contacts, *tables]:
            count = select(func.count()).select_from(_selection(table).subquery())
            self.total[table.name] = int(reading.scalar(count) or 0)

    @contextlib.contextmanager
    def _batch(self) -> Iterator[Session]:
        """One write transaction; image files it wrote that no row names are removed again if it fails."""
        if self.cancelled is not None and self.cancelled():
            raise TransferCancelled
        self.merge.written = []
        try:
            with self.target.writing() as session:
                self.merge.session = session
                yield session
        except BaseException:
            _remove_unused(self.target, self.merge.written)
            raise

    def _told(self, what: str, done: int) -> None:
        if self.progress is not None:
            self.progress(what, done, self.total.get(what, done))

    def table(self, reading: Session, table: Table, size: int | None) -> None:
        """A table copied a chunk (of `size` rows, else the reader's chunk) per transaction."""
        done = 0
        for rows in _chunks(reading, table):
            step = size or len(rows)
            for start in range(0, len(rows), step):
                part = rows[start : start + step]
                with self._batch():
                    for values in part:
                        self._row(table, dict(values))  # the merge takes the id out of it
                    self.merge.flush(table)
                done += len(part)
                self._told(table.name, done)

    def _row(self, table: Table, values: dict[str, Any]) -> None:
        if table.name == "settings" and values.get("key") == MY_CARD_KEY and self.merge.member_id is not None:
            self._my_card(str(values.get("value") or ""))
        elif table.name == "images":
            self.merge.image(table, values)
        else:
            self.merge.row(table, values, table.name in self.referenced)

    def _my_card(self, card: str) -> None:
        """A personal library's "my card" is the pushing member's own card in a team library (members.card_json),
        not the team library's: set when the member has none yet."""
        figures = self.merge.report.figures("settings")
        result = self.merge.session.execute(
            update(MemberRow)
            .where(MemberRow.id == self.merge.member_id, MemberRow.card_json == "")
            .values(card_json=card)
        )
        if getattr(result, "rowcount", 0):
            figures.added += 1
        else:
            figures.already += 1

    def contacts(self, reading: Session, contacts: Table, per_contact: list[tuple[Table, str]], batch: int) -> None:
        """Contacts `batch` at a time, each batch with its rows of every table that names one contact."""
        done = 0
        last: int | None = None
        while True:
            query = select(contacts).order_by(contacts.c.id).limit(batch)
            if last is not None:
                query = query.where(contacts.c.id > last)
            rows = [dict(r._mapping) for r in reading.execute(query)]
            if not rows:
                return
            last = rows[-1]["id"]
            ids = [row["id"] for row in rows]
            _contact_extras(reading, rows)
            _source_in_step(reading, rows)
            with self._batch():
                self.merge.read_lineage_times(rows)
                for raw in rows:
                    self.merge.contact(contacts, {k: v for k, v in raw.items() if not k.startswith("_")}, raw)
                mapped = self.merge.ids.get("contacts", {})
                created = self.merge.created.get("contacts", set())
                # Summaries and search entries are rewritten for the contacts this batch changed only: new ones,
                # those given a value, and (below) those given a row; pushing again rewrites nothing.
                self.merge.touched = {m for i in ids if (m := mapped.get(i)) in created} | self.merge.filled
                # Rows already in the target can only belong to its contacts that were there before.
                there = [m for i in ids if isinstance(m := mapped.get(i), int) and m not in created]
                for table, column in per_contact:
                    self._belonging(reading, table, column, ids, there)
                self.merge.finish(lambda: None)
                self.merge.mark_in_step()
                self.merge.touched.clear()  # finish rewrote them: the next batch rewrites its own only
                self.merge.filled.clear()
            done += len(rows)
            self._told("contacts", done)

    def _belonging(self, reading: Session, table: Table, column: str, ids: list[int], there: list[int]) -> None:
        self.merge.existing.pop(table.name, None)
        self.merge.scope[table.name] = (column, there)
        key = id_column(table)
        order = [table.c[key]] if key else list(table.primary_key.columns)
        figures = self.merge.report.figures(table.name)
        for found in reading.execute(select(table).where(table.c[column].in_(ids)).order_by(*order)):
            values, added = dict(found._mapping), figures.added
            self._row(table, values)
            if figures.added > added:
                self.merge.touched.add(values[column])  # the merge moved it to the target's id
        self.merge.flush(table)
