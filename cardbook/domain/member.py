"""Team members and whose point of view "I" is (docs/TEAM_LIBRARY.md, "Members").

A team library has members; each encounter, referral and follow-up says whose it is (NULL: nobody's — a row of a
personal library, or one recorded before its library had members). "I offered", "cards I owe", "one-way givers"
and the exchange figures are read from one point of view:

- a library without members: every row is the user's, nothing is filtered (a personal library, as always);
- a member chosen on this machine: that member's rows only (rows that belong to nobody count for the team only);
- a library with members but none chosen on this machine, or a report asked "for the team": every row.
"""

from __future__ import annotations

from dataclasses import dataclass

NAME_MAX = 80


@dataclass(frozen=True, slots=True)
class Member:
    id: int
    name: str
    has_card: bool = False  # their own "My card" is set


@dataclass(frozen=True, slots=True)
class Viewpoint:
    """Whose rows "mine" means: one member's (`member_id`), or every row (None: no members, or the team)."""

    member_id: int | None = None
    member_name: str | None = None

    @property
    def is_everyone(self) -> bool:
        return self.member_id is None


EVERYONE = Viewpoint()


def clean_member_name(text: str) -> str:
    """A member's name as stored: spaces collapsed; ValueError when empty or too long (the message says which)."""
    name = " ".join(text.split())
    if not name:
        raise ValueError("a member needs a name")
    if len(name) > NAME_MAX:
        raise ValueError(f"a member's name has at most {NAME_MAX} characters")
    return name
