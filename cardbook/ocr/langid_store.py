"""py3langid's language identifier, restricted to the card languages, prebuilt and shipped with the package.

Every scan asks the card's language (``region.language_of``). py3langid loads its model of 142 languages from
an LZMA file (68 MB unpacked: 0.36 s of CPU in the unpacking alone, 0.47-0.6 s in all) and keeps the 28 MB of
weights of all of them to restrict them later; the reader restricts them once to ``region.LANGUAGE_REGIONS``
and never again. The restricted model — the same byte automaton, the weights of those languages only —
written once as a zlib-compressed NumPy archive (``models/langid_cards.npz``) loads in a fraction of that
time and never holds the 142 languages' weights (docs/MEASURING.md, "Flat scans never read as photos").

As for the accent tables (``accent_store``): the file carries a stamp (py3langid's version, the languages and
a digest of the restriction rule) and is only used when the stamp equals the running one; otherwise the
model is loaded and restricted live as before. ``tests/ocr/test_langid_store.py`` fails while the file is
stale; rebuild it with ``python -m cardbook.ocr.prebuilt_tables``.
"""

from __future__ import annotations

import io
import json
import zipfile
from array import array
from collections.abc import Sequence
from importlib import resources
from pathlib import Path
from typing import Any

import numpy as np

from cardbook.ocr.names_store import MODEL_PACKAGE, stamp, stamp_matches

FILE_NAME = "langid_cards.npz"
# Bumped when the file's layout changes (not its content: the stamp follows that).
FORMAT = 1
# The archive's members get this date, so that the same model gives the same bytes (zip stores a date).
_FIXED_DATE = (2020, 1, 1, 0, 0, 0)
_TYPECODES = {2: "H", 4: "I", 8: "L"}  # stdlib array type codes of the unsigned widths py3langid uses


def langid_stamp(languages: Sequence[str]) -> dict[str, Any]:
    """What the restricted model depends on: py3langid's version and model, the languages kept, this rule."""
    return stamp(("py3langid",), (restricted_identifier, tuple(languages), FORMAT))


def restricted_identifier(languages: Sequence[str]) -> Any:
    """py3langid's identifier (normalised probabilities) restricted to ``languages``, built from its own model,
    without the full model it keeps to restrict again (27 MB this process never uses)."""
    from py3langid.langid import _load_identifier  # local: loading the model takes half a second

    identifier = _load_identifier(norm_probs=True)
    identifier.set_languages(list(languages))
    identifier._full_model = (identifier.nb_ptc, identifier.nb_pc, identifier.nb_classes)
    return identifier


def encode(identifier: Any, running: dict[str, Any]) -> bytes:
    """The archive's bytes: the restricted model's arrays (the automaton's distinct rows and each state's row,
    as py3langid holds them) and the stamp."""
    arrays = {
        "ptc": np.ascontiguousarray(identifier.nb_ptc),
        "pc": np.asarray(identifier.nb_pc),
        "classes": np.array(identifier.nb_classes),
        "nextmove": np.frombuffer(identifier.tk_nextmove, dtype=_dtype(identifier.tk_nextmove)),
        "nextmove_row": np.frombuffer(identifier.tk_row, dtype=_dtype(identifier.tk_row)),
        "out_feat": np.asarray(identifier.tk_output, dtype=np.int32),
        "stamp": np.array(json.dumps(running, sort_keys=True)),
    }
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, values in arrays.items():
            member = io.BytesIO()
            np.lib.format.write_array(member, values, allow_pickle=False)
            info = zipfile.ZipInfo(f"{name}.npy", date_time=_FIXED_DATE)
            info.compress_type = zipfile.ZIP_DEFLATED
            archive.writestr(info, member.getvalue())
    return buffer.getvalue()


def decode(data: bytes, running: dict[str, Any]) -> Any | None:
    """The identifier in ``data``, or None when it was built from another model or rule than ``running``."""
    from py3langid.langid import LanguageIdentifier

    with np.load(io.BytesIO(data), allow_pickle=False) as archive:
        if not stamp_matches(json.loads(str(archive["stamp"])), running):
            return None
        identifier = LanguageIdentifier(
            archive["ptc"],
            archive["pc"],
            archive["classes"].tolist(),
            _as_array(archive["nextmove"]),
            archive["out_feat"].tolist(),
            norm_probs=True,
            tk_row=_as_array(archive["nextmove_row"]),
        )
    return identifier


def load(running: dict[str, Any]) -> Any | None:
    """The shipped identifier when it was built from what is installed (``running``); None otherwise, or when
    the file is missing."""
    try:
        data = resources.files(MODEL_PACKAGE).joinpath(FILE_NAME).read_bytes()
    except (FileNotFoundError, OSError):
        return None
    return decode(data, running)


def shipped_path() -> Path:
    return Path(str(resources.files(MODEL_PACKAGE).joinpath(FILE_NAME)))


def _dtype(values: array[int]) -> np.dtype[Any]:
    return np.dtype(f"u{values.itemsize}")


def _as_array(values: np.ndarray) -> array[int]:
    """A NumPy unsigned array as the stdlib ``array`` py3langid indexes (faster per element in its loop)."""
    out = array(_TYPECODES[values.dtype.itemsize])
    out.frombytes(np.ascontiguousarray(values).data.cast("B"))  # one copy: no bytes object in between
    return out
