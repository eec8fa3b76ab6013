"""Tesseract in this process: the same ``libtesseract`` the ``tesseract`` command runs, called through its C API.

Why: the command (and so pytesseract, which starts it for every image) loads the French and English
models again on every call: 0.14 s of a typical card's 0.3 s. Here each worker thread loads them once
and keeps them. The engine, its models and its word table (``GetTsvText``, what ``image_to_data``
parses) are exactly the command's, so readings do not change (a test compares the two on the same
images). Where the library cannot be loaded (another platform, an unusual install), ``TesseractEngine``
falls back to pytesseract.

One ``TessBaseAPI`` per reading in progress and per (languages, mode): the API is not thread-safe, and
ctypes releases the GIL during each foreign call, so two worker threads really read two cards at once.
Idle engines are shared by the threads (``_EnginePool``) rather than kept one per thread: a European card
re-reads its accented lines with its country's language (``card_accents``), each engine holding 12-40 MB of
models, and with one set per thread two workers held every language twice (a batch of 20 cards from 14
countries: ten engines per thread). Tesseract reads with its LSTM engine only (``_OEM_LSTM_ONLY``: no
adaptive classifier learning from earlier pages) and is cleared after every image, so which engine reads
an image does not change what it reads.
"""

from __future__ import annotations

import contextlib
import ctypes
import ctypes.util
import os
import threading
import weakref
from collections.abc import Iterator
from dataclasses import dataclass

import numpy as np

from cardbook.ocr.engine import OcrUnavailableError
from cardbook.ocr.types import GreyImage

_OEM_LSTM_ONLY = 1


@dataclass(frozen=True, slots=True)
class TsvWord:
    """One row of Tesseract's word table (level 5: a word)."""

    block: int
    paragraph: int
    line: int
    left: int
    top: int
    width: int
    height: int
    confidence: float  # 0..100, as Tesseract prints it
    text: str


class _Library:
    """The loaded ``libtesseract`` with the prototypes Cardbook uses."""

    def __init__(self, handle: ctypes.CDLL) -> None:
        lib = self.lib = handle
        api = ctypes.c_void_p
        lib.TessVersion.restype = ctypes.c_char_p
        lib.TessBaseAPICreate.restype = api
        lib.TessBaseAPIDelete.argtypes = [api]
        lib.TessBaseAPIInit2.argtypes = [api, ctypes.c_char_p, ctypes.c_char_p, ctypes.c_int]
        lib.TessBaseAPIInit2.restype = ctypes.c_int
        lib.TessBaseAPISetVariable.argtypes = [api, ctypes.c_char_p, ctypes.c_char_p]
        lib.TessBaseAPISetVariable.restype = ctypes.c_int
        lib.TessBaseAPISetPageSegMode.argtypes = [api, ctypes.c_int]
        size = ctypes.c_int
        lib.TessBaseAPISetImage.argtypes = [api, ctypes.c_void_p, size, size, size, size]
        lib.TessBaseAPIRecognize.argtypes = [api, ctypes.c_void_p]
        lib.TessBaseAPIRecognize.restype = ctypes.c_int
        # A char* the caller must free with TessDeleteText: c_void_p keeps the pointer (c_char_p would not).
        lib.TessBaseAPIGetTsvText.argtypes = [api, ctypes.c_int]
        lib.TessBaseAPIGetTsvText.restype = ctypes.c_void_p
        lib.TessDeleteText.argtypes = [ctypes.c_void_p]
        lib.TessBaseAPIClear.argtypes = [api]
        lib.TessMonitorCreate.restype = ctypes.c_void_p
        lib.TessMonitorDelete.argtypes = [ctypes.c_void_p]
        lib.TessMonitorSetDeadlineMSecs.argtypes = [ctypes.c_void_p, ctypes.c_int]
        self.version = (lib.TessVersion() or b"").decode("ascii", "replace")


_loaded: _Library | None = None
_load_error: str | None = None
_load_lock = threading.Lock()


def _library() -> _Library:
    global _loaded, _load_error
    with _load_lock:
        if _loaded is None and _load_error is None:
            # libtesseract runs OpenMP threads; the limit is read once, when libgomp starts. One thread per
            # reading: batches run one reading per core, and a single card gains nothing from threads.
            os.environ.setdefault("OMP_THREAD_LIMIT", "1")
            name = ctypes.util.find_library("tesseract")
            try:
                if name is None:
                    raise OSError("libtesseract not found")
                _loaded = _Library(ctypes.CDLL(name))
                _quiet_leptonica()
            except (OSError, AttributeError) as error:
                _load_error = str(error)
        if _loaded is None:
            raise OcrUnavailableError(f"Tesseract library unavailable: {_load_error}")
        return _loaded


_LEPTONICA_SEVERITY_NONE = 6  # L_SEVERITY_NONE in leptonica's environ.h


def _quiet_leptonica() -> None:
    """Leptonica (Tesseract's image library) prints notices such as "box outside rectangle" to stderr: the
    command's stderr was swallowed by pytesseract; in this process they would reach the user's terminal."""
    name = ctypes.util.find_library("lept") or ctypes.util.find_library("leptonica")
    if name is None:
        return
    try:
        ctypes.CDLL(name).setMsgSeverity(_LEPTONICA_SEVERITY_NONE)
    except (OSError, AttributeError):
        return  # only noise is at stake


def library_available() -> bool:
    try:
        _library()
    except OcrUnavailableError:
        return False
    return True


class _Api:
    """One initialised ``TessBaseAPI``: models loaded once, then one ``read`` per image."""

    def __init__(self, library: _Library, lang: str, variables: tuple[tuple[str, str], ...]) -> None:
        lib = library.lib
        self._lib = lib
        handle = lib.TessBaseAPICreate()
        if not handle:
            raise OcrUnavailableError("Tesseract: cannot create an engine")
        # Freed however this object ends (thread exit, garbage collection), never twice.
        self._finalizer = weakref.finalize(self, lib.TessBaseAPIDelete, ctypes.c_void_p(handle))
        self._handle = ctypes.c_void_p(handle)
        # Twice: before Init for the library-wide settings (debug_file, so that Init's own notices are
        # silenced too), after it for the engine's (Init makes a new engine and drops earlier ones).
        self._set(variables, strict=False)
        # datapath None: the tessdata folder the library was built with, exactly as the command uses.
        if lib.TessBaseAPIInit2(self._handle, None, lang.encode(), _OEM_LSTM_ONLY) != 0:
            self._finalizer()
            raise OcrUnavailableError(f"Tesseract language data missing for '{lang}' (apt install tesseract-ocr-fra)")
        self._set(variables, strict=True)

    def _set(self, variables: tuple[tuple[str, str], ...], *, strict: bool) -> None:
        lib = self._lib
        for name, value in variables:
            if not lib.TessBaseAPISetVariable(self._handle, name.encode(), value.encode()) and strict:
                self._finalizer()
                raise OcrUnavailableError(f"Tesseract: unknown setting {name}")

    def read(self, image: GreyImage, psm: int, timeout_seconds: float) -> list[TsvWord]:
        lib = self._lib
        pixels = np.ascontiguousarray(image, dtype=np.uint8)
        height, width = pixels.shape[:2]
        lib.TessBaseAPISetPageSegMode(self._handle, psm)
        lib.TessBaseAPISetImage(self._handle, pixels.ctypes.data, width, height, 1, int(pixels.strides[0]))
        monitor = lib.TessMonitorCreate()
        try:
            lib.TessMonitorSetDeadlineMSecs(monitor, max(1, int(timeout_seconds * 1000)))
            if lib.TessBaseAPIRecognize(self._handle, monitor) != 0:
                raise OcrUnavailableError(f"Tesseract: reading failed or took over {timeout_seconds:g} s")
            text = lib.TessBaseAPIGetTsvText(self._handle, 0)
            try:
                tsv = ctypes.string_at(text).decode("utf-8", "replace") if text else ""
            finally:
                if text:
                    lib.TessDeleteText(text)
        finally:
            lib.TessMonitorDelete(monitor)
            lib.TessBaseAPIClear(self._handle)  # drop the image and its results; the models stay
        return parse_tsv(tsv)


_EngineKey = tuple[str, tuple[tuple[str, str], ...]]  # (languages, settings)


# Idle engines kept at most; beyond it the engines returned least recently are dropped (their 12-25 MB of
# models freed) and loaded again when a card needs them (0.07-0.16 s of CPU each). A batch of European cards
# met ten languages, and kept all of them loaded to its end: 11 idle engines, ~180 MB, when the jobs=2 peak
# came (docs/MEASURING.md, "Memory of a scan: recognition in parts, idle engines bounded"). Set on a seed-1
# batch (20 generated European scans, 20 photos; jobs=2, two runs each): no bound 998, 965 MB; 6: 953, 936;
# 4: 920, 921; 2: 929, 860 at +1.3 s; 0: 933, 898 at +4 s — 4 is the lowest bound at no cost in time: the
# card's own languages on two workers and a couple of re-read languages stay loaded.
MAX_IDLE_ENGINES = 4


class _EnginePool:
    """Initialised engines not reading at the moment, per (languages, settings): a reading takes one (or
    initialises one when none is idle) and puts it back. So a key has as many engines as readings of it ever
    ran at once — two for the card's own languages with two workers, usually one for a language only a few
    cards re-read their accents with. At most ``limit`` stay idle, the least recently returned dropped."""

    def __init__(self, limit: int = MAX_IDLE_ENGINES) -> None:
        self._idle: dict[_EngineKey, list[_Api]] = {}  # in the order they were last returned, oldest first
        self._lock = threading.Lock()
        self.limit = limit

    @contextlib.contextmanager
    def engine(self, key: _EngineKey) -> Iterator[_Api]:
        with self._lock:
            idle = self._idle.get(key)
            api = idle.pop() if idle else None
        if api is None:
            api = _Api(_library(), *key)  # outside the lock: loading models takes 0.1-0.3 s
        try:
            yield api
        finally:
            with self._lock:
                self._idle[key] = [*self._idle.pop(key, []), api]  # the most recently returned key last
                dropped = self._over_limit()
            del dropped  # the engines' models are freed here, outside the lock

    def _over_limit(self) -> list[_Api]:
        """Takes out (under the lock) the idle engines beyond ``limit``, least recently returned first."""
        dropped: list[_Api] = []
        count = sum(len(apis) for apis in self._idle.values())
        for key in list(self._idle):
            if count <= self.limit:
                break
            apis = self._idle[key]
            while apis and count > self.limit:
                dropped.append(apis.pop(0))
                count -= 1
            if not apis:
                del self._idle[key]
        return dropped

    def release_idle(self) -> int:
        """Drop the idle engines (their models' memory), e.g. when a batch's workers end; returns how many."""
        with self._lock:
            dropped = sum(len(apis) for apis in self._idle.values())
            self._idle.clear()
        return dropped

    def idle_count(self, key: _EngineKey | None = None) -> int:
        with self._lock:
            return sum(len(apis) for name, apis in self._idle.items() if key is None or name == key)


ENGINES = _EnginePool()


def read_words(
    image: GreyImage, lang: str, psm: int, variables: tuple[tuple[str, str], ...], timeout_seconds: float
) -> list[TsvWord]:
    """The words Tesseract reads on ``image`` (8-bit grey), with an idle engine for ``lang`` (``ENGINES``)."""
    with ENGINES.engine((lang, variables)) as api:
        return api.read(image, psm, timeout_seconds)


def parse_tsv(tsv: str) -> list[TsvWord]:
    """Tesseract's word table: level, page, block, paragraph, line, word, left, top, width, height, conf, text."""
    words: list[TsvWord] = []
    for row in tsv.splitlines():
        cells = row.split("\t", 11)
        if len(cells) != 12 or cells[0] != "5":
            continue
        try:
            numbers = [int(cell) for cell in cells[2:5] + cells[6:10]]
            confidence = float(cells[10])
        except ValueError:  # the command's header line, or anything unexpected: not a word
            continue
        block, paragraph, line, left, top, width, height = numbers
        words.append(TsvWord(block, paragraph, line, left, top, width, height, confidence, cells[11]))
    return words
