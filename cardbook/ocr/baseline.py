"""Baselines for the evaluation: one engine on the whole image, no card finding, the same parser.

``plain-rapidocr`` is rapidocr with its default detection size on the image as loaded (what a user gets
from ``rapidocr IMAGE``); ``plain-tesseract`` is Tesseract on the grey image with no preparation (what
``tesseract IMAGE -`` reads). Both then go through ``group_lines`` and ``parse_lines`` like the pipeline,
so a difference in the figures is a difference of the reading, not of the parsing. Used by
``python -m cardbook.ocr.evaluate --engine plain-…`` to reproduce the comparison of the issue, and as
the second time baseline of ``benchmark``.
"""

from __future__ import annotations

import concurrent.futures as futures
import os
import time
from collections.abc import Iterator, Sequence
from typing import Literal

from cardbook.ocr.engine import OcrEngine, OcrUnavailableError
from cardbook.ocr.fields import CardLine
from cardbook.ocr.layout import group_lines
from cardbook.ocr.loading import ImageLoadError, load_image
from cardbook.ocr.options import ReadOptions
from cardbook.ocr.parse_card import parse_lines
from cardbook.ocr.pipeline import CardResult
from cardbook.ocr.prepare import to_grey
from cardbook.ocr.rapid_engine import PLAIN_DETECTION, RapidOcrEngine
from cardbook.ocr.tesseract_engine import TesseractEngine

PlainEngine = Literal["plain-rapidocr", "plain-tesseract"]
PLAIN_ENGINES: tuple[PlainEngine, ...] = ("plain-rapidocr", "plain-tesseract")


def plain_engine(kind: PlainEngine, options: ReadOptions) -> OcrEngine:
    if kind == "plain-rapidocr":
        return RapidOcrEngine(PLAIN_DETECTION)
    return TesseractEngine(lang=options.lang, psm=3)


def read_plain(path: str, kind: PlainEngine, options: ReadOptions) -> list[CardResult]:
    """The whole image read by one engine and parsed; one result, with ``error`` when it cannot be read."""
    started = time.perf_counter()
    try:
        pixels = load_image(path, options.limits).pixels
        engine = plain_engine(kind, options)
        # RapidOCR reads colour as given; Tesseract's command converts to grey itself.
        page = engine.recognize(pixels if kind == "plain-rapidocr" else to_grey(pixels))
    except (ImageLoadError, OcrUnavailableError) as error:
        return [CardResult(path, 0, error=str(error), seconds=time.perf_counter() - started)]
    lines = group_lines(page.words)
    card_lines = [CardLine(i, line.text, line.box, float(line.height), line.confidence) for i, line in enumerate(lines)]
    fields = parse_lines(card_lines, options.region)
    return [
        CardResult(
            image_path=path,
            card_index=0,
            fields=fields,
            text="\n".join(line.text for line in lines),
            words=page.words,
            lines=tuple(lines),
            engine=page.engine,
            seconds=round(time.perf_counter() - started, 3),
        )
    ]


def read_images_plain(
    paths: Sequence[str], kind: PlainEngine, options: ReadOptions, jobs: int = 1
) -> Iterator[tuple[str, list[CardResult]]]:
    """``(path, cards)`` in input order, ``jobs`` threads (the engines release the GIL)."""
    os.environ.setdefault("OMP_THREAD_LIMIT", "1")
    with futures.ThreadPoolExecutor(max_workers=max(1, jobs)) as pool:
        yield from zip(paths, pool.map(lambda path: read_plain(path, kind, options), paths), strict=True)
