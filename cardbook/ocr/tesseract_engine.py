"""Tesseract through pytesseract's ``image_to_data``: words, boxes and confidences in one call.

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

from cardbook.ocr.engine import OcrPage, OcrUnavailableError, OcrWord
from cardbook.ocr.types import Box, GreyImage

DEFAULT_LANG = "fra+eng"


@dataclass(frozen=True, slots=True)
class TesseractEngine:
    """Stateless: each call starts one ``tesseract`` process (pytesseract's way)."""

    lang: str = DEFAULT_LANG
    psm: int = 3
    timeout_seconds: float = 60.0
    # One OpenMP thread per Tesseract process: several run side by side in batch mode, and a single
    # card is too small to gain from threads anyway (the threads mostly spin).
    omp_threads: int | None = 1

    @property
    def name(self) -> str:
        return f"tesseract-{self.lang}"

    def config(self) -> str:
        return f"--oem 1 --psm {self.psm} -c tessedit_do_invert=0"

    def recognize(self, image: GreyImage) -> OcrPage:
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
