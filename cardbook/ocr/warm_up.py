"""Loading, on a thread of its own at the start of a batch, the tables every card's parsing needs, while the
workers load and straighten their first images in native code (docs/MEASURING.md, "Where a scan's time goes").

A module of its own: ``load_once``, which makes the tables load once, is imported by the parsing modules this
one imports; loading them from there made an import circle.
"""

from __future__ import annotations

import contextlib
import gc
import threading

from cardbook.ocr import line_classifier, names_data, region, region_evidence, web_suffixes
from cardbook.ocr.engine import OcrUnavailableError
from cardbook.ocr.memory import release_free_memory


def _warm(rapid: bool, freeze: bool = False) -> None:
    # Every card's parsing asks each of these: the card's language (region), first names (roles), country
    # names (region), top-level domains (contacts), the line classifier. The accent tables are the card's
    # country's language's, asked only when the card shows that country: they stay lazy.
    region._language_identifier()
    names_data.first_names()  # with gender-guesser's file and English's counts
    region_evidence._country_pattern()
    web_suffixes.top_level_domains()
    line_classifier.load_model()
    if rapid:
        # Imported here: RapidOCR's module loads onnxruntime, which a scan that never needs it should not pay.
        from cardbook.ocr.rapid_engine import _engine

        with contextlib.suppress(OcrUnavailableError):  # the cards that need it will say so
            _engine()
    # What the loads freed (the language model's decompressed file, RapidOCR's model parsing: about 30 MB)
    # stays in this thread's heap, which no reading thread allocates from: give it back to the system.
    release_free_memory()
    if freeze:
        # The tables just loaded live as long as the process: out of the collector's sight, its full
        # collections no longer walk them (8 in a batch of 40 cards, 0.78 s holding the GIL).
        gc.freeze()


def warm_up(rapid: bool, freeze: bool = False) -> threading.Thread:
    """Start loading, on a thread of its own, what every card's reading needs (``rapid``: RapidOCR's models
    too: most photos, and the lines Tesseract doubts on most scans, need them). Returns the thread (a daemon:
    a batch cancelled meanwhile does not wait for it). ``freeze``: then move every object alive to the
    garbage collector's permanent generation (``gc.freeze``) — only for a process that ends with the batch
    (``cardbook scan``): garbage cycles alive at that moment are never collected."""
    thread = threading.Thread(target=_warm, args=(rapid, freeze), name="cardbook-ocr-warm-up", daemon=True)
    thread.start()
    return thread
