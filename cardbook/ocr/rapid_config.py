"""RapidOCR's two YAML files as omegaconf builds them, kept as package data: no YAML parsed at each start.

rapidocr reads ``default_models.yaml`` (1,600 lines: every model's download address) twice while it is
imported (``utils.model_resolver`` and ``inference_engine.base``, at module level), and ``config.yaml`` each
time an engine is built. Each ``OmegaConf.load`` parses the YAML in Python and wraps every value in an
omegaconf node: 0.33-0.36 s of a command's start, all of it Python holding the GIL while the first cards are
read (docs/measuring/speed-and-memory.md). rapidocr has no parameter that takes a configuration already built, and
the two module-level loads run on import, so ``kept_configuration`` answers ``OmegaConf.load`` for exactly
those two files, while rapidocr is imported and its engine built, with the object omegaconf built from them
once, pickled (unpickling it: 1-18 ms a file). Any other file goes to omegaconf as before.

The kept file carries a stamp: the versions of rapidocr and omegaconf and a digest of each YAML file as
installed. When one differs (an upgrade, an edited file), nothing is replaced and rapidocr reads its YAML as
before (slower, never wrong). ``tests/ocr/test_rapid_config.py`` fails while the file is stale and checks
that what is kept equals what omegaconf builds from the YAML; rebuild it with
``python -m cardbook.ocr.prebuilt_tables``. Only this package's own file is ever unpickled.
"""

from __future__ import annotations

import contextlib
import gzip
import hashlib
import importlib.util
import json
import pickle
import threading
from collections.abc import Iterator
from importlib import resources
from pathlib import Path
from typing import Any

from cardbook.ocr.names_store import MODEL_PACKAGE, stamp, stamp_matches

FILE_NAME = "rapidocr_config.pickle.gz"
# Bumped when the file's layout changes (not its content: the stamp follows that).
FORMAT = 1
# The YAML files rapidocr loads with ``OmegaConf.load`` on the way to a working engine (in its package folder).
YAML_FILES = ("config.yaml", "default_models.yaml")
# The stamp, one JSON line, comes before the pickles: it is read and compared before anything is unpickled.
_SEPARATOR = b"\n"

_patch_lock = threading.RLock()  # re-entrant: a nested use puts back what it found


def rapidocr_folder() -> Path | None:
    """The installed rapidocr package's folder (without importing it: its import is what this module speeds)."""
    spec = importlib.util.find_spec("rapidocr")
    if spec is None or not spec.submodule_search_locations:
        return None
    return Path(next(iter(spec.submodule_search_locations)))


def running_stamp(folder: Path) -> dict[str, Any]:
    """What the kept objects are built from: rapidocr's and omegaconf's versions, and each YAML file's digest
    with this file's layout as the rule (``names_store.stamp``, as the other prebuilt tables)."""
    digests = []
    for name in YAML_FILES:
        try:
            digests.append((name, hashlib.sha256((folder / name).read_bytes()).hexdigest()))
        except OSError:
            digests.append((name, "missing"))
    return stamp(("rapidocr", "omegaconf"), (FORMAT, *digests))


def build(folder: Path) -> dict[str, Any]:
    """omegaconf's own reading of each YAML file (``OmegaConf.load``, as rapidocr calls it)."""
    from omegaconf import OmegaConf

    return {name: OmegaConf.load(folder / name) for name in YAML_FILES}


def encode(configs: dict[str, Any], running: dict[str, Any]) -> bytes:
    """The file's bytes: the stamp's JSON line, then each configuration pickled (the same objects give the
    same bytes: gzip's date is fixed)."""
    pickles = {name: pickle.dumps(config, protocol=5) for name, config in configs.items()}
    text = json.dumps(running, sort_keys=True).encode("utf-8") + _SEPARATOR + pickle.dumps(pickles, protocol=5)
    return gzip.compress(text, compresslevel=9, mtime=0)


def decode(data: bytes, running: dict[str, Any]) -> dict[str, bytes] | None:
    """Each YAML file's pickled configuration (unpickled at each use: rapidocr changes what it loads), or
    None when the file was built from another rapidocr, omegaconf or YAML than ``running``."""
    text = gzip.decompress(data)
    head, _, body = text.partition(_SEPARATOR)
    if not stamp_matches(json.loads(head), running):
        return None
    pickles: dict[str, bytes] = pickle.loads(body)
    return pickles if set(pickles) == set(YAML_FILES) else None


def shipped_path() -> Path:
    return Path(str(resources.files(MODEL_PACKAGE).joinpath(FILE_NAME)))


def kept(folder: Path) -> dict[Path, bytes]:
    """Each YAML file's path (resolved) and its kept configuration, pickled; empty when the file is missing or
    stale."""
    try:
        data = resources.files(MODEL_PACKAGE).joinpath(FILE_NAME).read_bytes()
    except OSError:
        return {}
    pickles = decode(data, running_stamp(folder))
    if pickles is None:
        return {}
    return {(folder / name).resolve(): pickled for name, pickled in pickles.items()}


@contextlib.contextmanager
def kept_configuration() -> Iterator[None]:
    """While inside: ``OmegaConf.load`` of rapidocr's YAML files answers with the kept configuration, a fresh
    object each call, as a parse would give (nothing replaced when the kept file is stale). Wrap rapidocr's
    import and its engine's construction in it."""
    folder = rapidocr_folder()
    pickles = kept(folder) if folder is not None else {}
    if not pickles:
        yield
        return
    from omegaconf import OmegaConf

    with _patch_lock:  # one replacement at a time: the original is put back by the one that took it
        original = OmegaConf.__dict__["load"]
        read_yaml = original.__func__

        def load(file_: Any, *args: Any, **kwargs: Any) -> Any:
            if isinstance(file_, (str, Path)) and not args and not kwargs:
                pickled = pickles.get(Path(file_).resolve())
                if pickled is not None:
                    return pickle.loads(pickled)
            return read_yaml(file_, *args, **kwargs)

        OmegaConf.load = staticmethod(load)  # type: ignore[method-assign]
        try:
            yield
        finally:
            OmegaConf.load = original  # type: ignore[method-assign]
