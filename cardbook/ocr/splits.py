"""Split an evaluation folder into a ``tune`` half and a ``report`` half that never share a card.

Thresholds tuned on the same cards they are reported on flatter the figures; the issue's unseen-card
results showed how much. Each folder is split on its own (so a folder of phone photos and a folder of
scans are both halved, not one of them swallowed by the other), by ranking its files on a stable hash
of the file name — not Python's ``hash``, which changes per process — and giving the first half (rounded
up) to ``tune``. A card keeps its half whatever the machine, the run or the folder's path.
"""

from __future__ import annotations

import hashlib
from collections import defaultdict
from collections.abc import Sequence
from pathlib import Path
from typing import Literal, TypeVar

Split = Literal["tune", "report"]
SPLITS: tuple[Split, ...] = ("tune", "report")

T = TypeVar("T")


def name_rank(name: str) -> str:
    """The key cards are ranked by: a hash of the file name only (the folder may move)."""
    return hashlib.sha256(Path(name).name.encode("utf-8")).hexdigest()


def split_paths(paths: Sequence[Path], which: Split) -> list[Path]:
    """The paths of ``which`` half, each folder halved separately; input order is kept."""
    return [path for path, _ in split_items([(path, path) for path in paths], which)]


def split_items(items: Sequence[tuple[Path, T]], which: Split) -> list[tuple[Path, T]]:
    """``items`` keyed by an image path, restricted to ``which`` half of each image's folder."""
    by_folder: dict[Path, list[Path]] = defaultdict(list)
    for path, _ in items:
        by_folder[path.parent].append(path)
    chosen: set[Path] = set()
    for members in by_folder.values():
        ranked = sorted(members, key=lambda path: name_rank(path.name))
        half = (len(ranked) + 1) // 2
        chosen.update(ranked[:half] if which == "tune" else ranked[half:])
    return [item for item in items if item[0] in chosen]
