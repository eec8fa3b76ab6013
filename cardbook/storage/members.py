"""Team members (docs/TEAM_LIBRARY.md, "Members"): who they are, and which one uses the library on this machine.

The members are rows of the library (`members`); the *current member* is this machine's choice, kept in the
library's local folder (`Library.root`: the library folder itself, or this machine's folder for a server
library) as `member.json`, like the drafts: it belongs to one person on one machine, not to the team.

Every new encounter, referral and follow-up records the current member (`recording_member_id`, read inside the
write's transaction). What "mine" means for the lists and figures is `viewpoint` (rules: cardbook/domain/member.py).
Removing a member keeps their rows: they become nobody's (member_id NULL), counted for the team only.
"""

from __future__ import annotations

import json
import os
import tempfile
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from cardbook.domain.member import EVERYONE, Member, Viewpoint, clean_member_name
from cardbook.domain.text import fold
from cardbook.storage.errors import NotFoundError, ValidationError
from cardbook.storage.library import Library
from cardbook.storage.models import EncounterRow, FollowUpRow, MemberRow, ReferralRow

CHOICE_FILE = "member.json"
TEAM = "all"  # the word that asks a report for the whole team (`--member all`)


@dataclass(frozen=True, slots=True)
class RemovedMember:
    """A removed member and how many of their rows became nobody's."""

    member: Member
    encounters: int
    referrals: int
    follow_ups: int


def _member(row: MemberRow) -> Member:
    return Member(row.id, row.name, bool(row.card_json))


def _rows(session: Session) -> list[MemberRow]:
    return list(session.scalars(select(MemberRow).order_by(MemberRow.id)))


def _row_named(session: Session, name: str) -> MemberRow | None:
    """Names are matched accent- and case-blind: "claire" is Claire, and two members cannot differ only so."""
    wanted = fold(" ".join(name.split()))
    return next((row for row in _rows(session) if fold(row.name) == wanted), None)


def _clean(name: str) -> str:
    try:
        return clean_member_name(name)
    except ValueError as exc:
        raise ValidationError(str(exc)) from exc


def list_members(library: Library) -> list[Member]:
    """The members, in the order they were added."""
    with library.session() as session:
        return [_member(r) for r in _rows(session)]


def has_members(library: Library) -> bool:
    with library.session() as session:
        return bool(session.scalar(select(func.count()).select_from(MemberRow)))


def member_named(library: Library, name: str) -> Member:
    with library.session() as session:
        row = _row_named(session, name)
        if row is None:
            raise NotFoundError(f"no member named “{' '.join(name.split())}”")
        return _member(row)


def add_member(library: Library, name: str) -> Member:
    clean = _clean(name)
    if clean.lower() == TEAM:
        raise ValidationError(f"“{TEAM}” means the whole team: give the member another name")
    with library.writing() as session:
        if _row_named(session, clean) is not None:
            raise ValidationError(f"there is already a member named “{clean}”")
        row = MemberRow(name=clean)
        session.add(row)
        session.flush()
        return _member(row)


def rename_member(library: Library, old: str, new: str) -> Member:
    clean = _clean(new)
    if clean.lower() == TEAM:
        raise ValidationError(f"“{TEAM}” means the whole team: give the member another name")
    with library.writing() as session:
        row = _row_named(session, old)
        if row is None:
            raise NotFoundError(f"no member named “{' '.join(old.split())}”")
        other = _row_named(session, clean)
        if other is not None and other.id != row.id:
            raise ValidationError(f"there is already a member named “{clean}”")
        row.name = clean
        session.flush()
        member = _member(row)
    if _read_choice(library.root) == member.id:
        _write_choice(library.root, member)  # the file names them for a reader; the id is what counts
    return member


def remove_member(library: Library, name: str) -> RemovedMember:
    """Remove a member; their encounters, referrals and follow-ups stay, as nobody's (set to NULL here rather
    than left to the foreign key, so that the counts can be told and both engines do the same)."""
    with library.writing() as session:
        row = _row_named(session, name)
        if row is None:
            raise NotFoundError(f"no member named “{' '.join(name.split())}”")
        member = _member(row)
        counts = []
        for model in (EncounterRow, ReferralRow, FollowUpRow):
            theirs = model.member_id == row.id
            counts.append(session.scalar(select(func.count()).select_from(model).where(theirs)) or 0)
            session.execute(update(model).where(theirs).values(member_id=None))
        session.delete(row)
    if _read_choice(library.root) == member.id:
        forget_current_member(library)
    return RemovedMember(member, *counts)


# --- this machine's choice ------------------------------------------------------------------------------------


def _choice_path(root: Path) -> Path:
    return root / CHOICE_FILE


def _read_choice(root: Path) -> int | None:
    """The member id chosen on this machine, or None (no file, or a file this version cannot read: a choice
    is easily made again, and a damaged file must not stop the library from opening)."""
    try:
        data = json.loads(_choice_path(root).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    member_id = data.get("member_id") if isinstance(data, dict) else None
    return member_id if isinstance(member_id, int) and not isinstance(member_id, bool) else None


def _write_choice(root: Path, member: Member) -> None:
    """Whole or not at all: a temporary file beside it, then renamed over it."""
    text = json.dumps({"member_id": member.id, "name": member.name}, ensure_ascii=False) + "\n"
    handle, temporary = tempfile.mkstemp(prefix=".member-", suffix=".json", dir=root)
    try:
        with os.fdopen(handle, "w", encoding="utf-8") as out:
            out.write(text)
        os.replace(temporary, _choice_path(root))
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def current_member_id(library: Library) -> int | None:
    """The id chosen on this machine, unchecked (the caller reads it in its own session)."""
    return _read_choice(library.root)


def current_member(library: Library) -> Member | None:
    """The member chosen on this machine, or None (none chosen, or the one chosen was removed since)."""
    member_id = _read_choice(library.root)
    if member_id is None:
        return None
    with library.session() as session:
        row = session.get(MemberRow, member_id)
        return _member(row) if row is not None else None


def use_member(library: Library, name: str) -> Member:
    """Make `name` the current member on this machine."""
    member = member_named(library, name)
    _write_choice(library.root, member)
    return member


def forget_current_member(library: Library) -> None:
    _choice_path(library.root).unlink(missing_ok=True)


def recording_member_id(session: Session, library: Library) -> int | None:
    """The member a new encounter, referral or follow-up belongs to: the current member when there is one and
    they still exist (read in the write's own transaction), else None (a personal library: the user's)."""
    member_id = _read_choice(library.root)
    if member_id is None or session.get(MemberRow, member_id) is None:
        return None
    return member_id


def writing_viewpoint(session: Session, library: Library) -> Viewpoint:
    """This machine's point of view, read in a write's own session (no second session inside a write)."""
    member_id = recording_member_id(session, library)
    row = session.get(MemberRow, member_id) if member_id is not None else None
    return Viewpoint(row.id, row.name) if row is not None else EVERYONE


# --- point of view --------------------------------------------------------------------------------------------


def viewpoint(library: Library, member: str | None = None) -> Viewpoint:
    """Whose rows the lists and figures read (rules: cardbook/domain/member.py).

    `member` None: this machine's current member, or everyone when there is none. A name: that member (a
    report per member). `TEAM` ("all"): everyone."""
    if member is not None and member.strip().lower() == TEAM:
        return EVERYONE
    if member is not None:
        chosen = member_named(library, member)
        return Viewpoint(chosen.id, chosen.name)
    current = current_member(library)
    return Viewpoint(current.id, current.name) if current is not None else EVERYONE
