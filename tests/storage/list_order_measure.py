"""The contact list's way of reading a big library, against keyset pagination, in one run:
`python -m tests.storage.list_order_measure LIBRARY [--runs 5]` (a folder of, say, 100,000 contacts:
packaging/bench_window.py or packaging/bench_upgrade.py build one).

What the list does (ui/contacts/table_model.py, docs/ARCHITECTURE.md): every id in list order in one indexed
query (`records.all_contact_ids`), then the rows of the page in view by their ids (`records.summaries`). Keyset
pagination would read a page at a time by its sort key (`WHERE (sort_name, id) > (last) ORDER BY … LIMIT`), which
cannot jump: reaching the middle of the list (a scrollbar dragged, a letter typed) walks the pages before it, or
takes an OFFSET. Prints the median of --runs, in ms, of: all the ids; the first page's rows; a page in the
middle by its ids; keyset's first page; keyset's next page; keyset's middle page by OFFSET.
"""

from __future__ import annotations

import argparse
import statistics
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from sqlalchemy import select, tuple_

from cardbook.storage.contacts import records
from cardbook.storage.library import Library
from cardbook.storage.models import ContactRow

PAGE = 100  # ContactTableModel.PAGE_SIZE


def timed(runs: int, work: Callable[[], Any]) -> float:
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        work()
        times.append(time.perf_counter() - started)
    return statistics.median(times) * 1000


def keyset_page(library: Library, after: tuple[str, int] | None = None, offset: int = 0) -> list[tuple[str, int]]:
    query = select(ContactRow.sort_name, ContactRow.id).order_by(ContactRow.sort_name, ContactRow.id).limit(PAGE)
    if after is not None:
        query = query.where(tuple_(ContactRow.sort_name, ContactRow.id) > after)
    if offset:
        query = query.offset(offset)
    with library.session() as session:
        rows = [(str(name), int(cid)) for name, cid in session.execute(query)]
    records.summaries(library, [cid for _, cid in rows])  # the page's rows, as the list shows them
    return rows


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("library", type=Path)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    library = Library.open(args.library)
    try:
        ids = records.all_contact_ids(library, "name")
        middle = len(ids) // 2
        first = keyset_page(library)
        runs = args.runs
        by_name = timed(runs, lambda: records.all_contact_ids(library, "name"))
        by_family = timed(runs, lambda: records.all_contact_ids(library, "family"))
        by_last_met = timed(runs, lambda: records.all_contact_ids(library, "last_met"))
        top_rows = timed(runs, lambda: records.summaries(library, ids[:PAGE]))
        middle_rows = timed(runs, lambda: records.summaries(library, ids[middle : middle + PAGE]))
        keyset_first = timed(runs, lambda: keyset_page(library))
        keyset_next = timed(runs, lambda: keyset_page(library, first[-1]))
        keyset_middle = timed(runs, lambda: keyset_page(library, offset=middle))
        print(f"library: {len(ids):,} contacts; median of {runs} runs, ms")
        print(
            f"  the list: all ids by name {by_name:.1f}, by family name {by_family:.1f}, by last met "
            f"{by_last_met:.1f}; the first page's rows {top_rows:.1f}, the middle page's {middle_rows:.1f}"
        )
        print(
            f"  keyset: first page {keyset_first:.1f}, next page {keyset_next:.1f}, "
            f"middle page by OFFSET {keyset_middle:.1f}"
        )
    finally:
        library.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
