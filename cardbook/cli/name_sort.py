"""`--sort first|family` of the commands that print a list of contacts (`search`, `list`): the people in the
order of their first name or of their family name ("DUPONT Jean" under D), with the library's indexed keys
(storage.contacts.records, revision 0007), and their names' parts for the JSON lines."""

from __future__ import annotations

import argparse
from collections.abc import Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from cardbook.domain.person_names import NameParts
    from cardbook.storage.library import Library

SORTS = ("first", "family")


def add_sort_option(parser: argparse.ArgumentParser, usual: str) -> None:
    """`usual`: the order the command keeps without the option."""
    parser.add_argument(
        "--sort",
        choices=SORTS,
        default=None,
        help=f"people by first name or by family name (without it: {usual})",
    )


def in_name_order(library: Library, ids: Sequence[int], sort: str) -> list[int]:
    """`ids` by first or family name, in one query."""
    from cardbook.storage.contacts.records import NAME_ORDERS, order_ids

    return order_ids(library, list(ids), NAME_ORDERS[sort])


def name_parts_of(library: Library, ids: Sequence[int]) -> dict[int, NameParts]:
    """Each contact's given and family names: those stored, else read from the name."""
    from cardbook.storage.contacts.records import summaries

    return {s.id: s.parts for s in summaries(library, list(ids))}
