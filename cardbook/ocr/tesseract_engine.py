"""Tesseract: words, boxes and confidences in one call, in this process when the library loads.

In this process (``tesseract_library``), each thread keeps the models loaded; otherwise pytesseract's
``image_to_data`` starts the ``tesseract`` command per image. Same library, models and word table.

Debian ships the "fast" integer LSTM models only, so ``--oem 1`` is the one mode that works.
``tessedit_do_invert=0`` stops Tesseract from re-reading every doubtful word inverted (slow, and our own
image preparation already turns light-on-dark regions dark-on-light).
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from dataclasses import dataclass

import cv2
import pytesseract

from cardbook.ocr.defaults import DEFAULT_LANG
from cardbook.ocr.engine import OcrPage, OcrUnavailableError, OcrWord
from cardbook.ocr.tesseract_library import TsvWord, library_available, read_words
from cardbook.ocr.types import Box, GreyImage


@dataclass(frozen=True, slots=True)
class TesseractEngine:
    """Settings only: the loaded models live per thread in ``tesseract_library`` (or in each command run)."""

    lang: str = DEFAULT_LANG
    psm: int = 3
    timeout_seconds: float = 60.0
    # One OpenMP thread per Tesseract process: several run side by side in batch mode, and a single
    # card is too small to gain from threads anyway (the threads mostly spin).
    omp_threads: int | None = 1
    # False: always the command through pytesseract (what the benchmark compares against, and the fallback).
    in_process: bool = True

    @property
    def name(self) -> str:
        return f"tesseract-{self.lang}"

    def config(self) -> str:
        return f"--oem 1 --psm {self.psm} -c tessedit_do_invert=0"

    def variables(self) -> tuple[tuple[str, str], ...]:
        # debug_file: the library's notices ("Estimating resolution as …") would otherwise go to stderr.
        return (("tessedit_do_invert", "0"), ("debug_file", os.devnull))

    def recognize(self, image: GreyImage) -> OcrPage:
        if self.in_process and library_available():
            height, width = image.shape[:2]
            rows = read_words(image, self.lang, self.psm, self.variables(), self.timeout_seconds)
            return OcrPage(tuple(_words_from_rows(rows)), width, height, self.name)
        return self._recognize_with_command(image)

    def _recognize_with_command(self, image: GreyImage) -> OcrPage:
        if self.omp_threads is not None:
            os.environ["OMP_THREAD_LIMIT"] = str(self.omp_threads)
        height, width = image.shape[:2]
        # An uncompressed PGM file: pytesseract would otherwise PNG-compress the image on every call.
        handle, temp_path = tempfile.mkstemp(suffix=".pgm", prefix="cardbook-ocr-")
        os.close(handle)
        try:
            if not cv2.imwrite(temp_path, image):
                raise OcrUnavailableError("cannot write a temporary image for Tesseract")
            data = pytesseract.image_to_data(
                temp_path,
                lang=self.lang,
                config=self.config(),
                output_type=pytesseract.Output.DICT,
                timeout=self.timeout_seconds,
            )
        except pytesseract.TesseractNotFoundError:
            raise OcrUnavailableError("Tesseract is not installed (apt install tesseract-ocr)") from None
        except pytesseract.TesseractError as error:
            message = str(error.message).strip().splitlines()
            detail = message[-1] if message else f"status {error.status}"
            if "Failed loading language" in str(error.message) or "Error opening data file" in str(error.message):
                raise OcrUnavailableError(
                    f"Tesseract language data missing for '{self.lang}' (apt install tesseract-ocr-fra)"
                ) from None
            raise OcrUnavailableError(f"Tesseract failed: {detail}") from None
        except RuntimeError as error:  # pytesseract raises a bare RuntimeError on timeout
            raise OcrUnavailableError(f"Tesseract: {error}") from None
        finally:
            with contextlib.suppress(OSError):
                os.unlink(temp_path)
        return OcrPage(tuple(_words_from_data(data)), width, height, self.name)


def _words_from_data(data: dict[str, list[object]]) -> list[OcrWord]:
    words: list[OcrWord] = []
    texts = data.get("text", [])
    for index, raw in enumerate(texts):
        text = str(raw).strip()
        if not text:
            continue
        confidence = float(str(data["conf"][index]))
        if confidence < 0:
            continue
        box = Box(
            int(str(data["left"][index])),
            int(str(data["top"][index])),
            int(str(data["width"][index])),
            int(str(data["height"][index])),
        )
        group = (
            int(str(data["block_num"][index])),
            int(str(data["par_num"][index])),
            int(str(data["line_num"][index])),
        )
        words.append(OcrWord(text, max(0.0, min(1.0, confidence / 100.0)), box, group))
    return words


def _words_from_rows(rows: list[TsvWord]) -> list[OcrWord]:
    """The same words ``_words_from_data`` makes of pytesseract's table."""
    words: list[OcrWord] = []
    for row in rows:
        text = row.text.strip()
        if not text or row.confidence < 0:
            continue
        box = Box(row.left, row.top, row.width, row.height)
        group = (row.block, row.paragraph, row.line)
        # Whole percents, as pytesseract reads the command's table: the thresholds were measured on those.
        confidence = int(row.confidence) / 100.0
        words.append(OcrWord(text, max(0.0, min(1.0, confidence)), box, group))
    return words
