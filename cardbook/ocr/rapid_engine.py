"""RapidOCR (PP-OCR models run by onnxruntime) as a second, optional engine.

Measured on the evaluation cards (``python -m cardbook.ocr.evaluate`` / ``benchmark``): it reads hard
photos, coloured and light-on-dark cards far better than Tesseract (text error rate 0.09 against 0.24),
but costs about 0.5 s per card on one core against Tesseract's 0.25 s, ~1 s to load and ~600 MB of
memory per process. So the pipeline uses it only as a fallback for cards Tesseract reads poorly, and only
when the package is installed (its models ship inside the wheel; it never downloads anything here).
"""

from __future__ import annotations

import importlib.util
import threading
from typing import Any

from cardbook.ocr.engine import OcrPage, OcrUnavailableError, OcrWord
from cardbook.ocr.types import Box, GreyImage

_PARAMS: dict[str, Any] = {
    "Global.use_cls": False,  # orientation is already decided by the pipeline
    "Global.return_word_box": True,
    "Global.log_level": "error",
    # Scale the longer side down to 640 px for detection: the default scales the *shorter* side up to
    # 736, which doubles the time on a card and does not read better.
    "Det.limit_type": "max",
    "Det.limit_side_len": 640,
    "EngineConfig.onnxruntime.intra_op_num_threads": 1,
    "EngineConfig.onnxruntime.inter_op_num_threads": 1,
}
_lock = threading.Lock()
_instance: Any = None


def rapidocr_available() -> bool:
    return (
        importlib.util.find_spec("rapidocr") is not None
        and importlib.util.find_spec("onnxruntime") is not None
    )


def _engine() -> Any:
    """One RapidOCR instance per process, created on first use (loading takes about a second)."""
    global _instance
    with _lock:
        if _instance is None:
            try:
                # Imported here: optional, and heavy (onnxruntime) for processes that never need it.
                from rapidocr import RapidOCR
            except ImportError:
                raise OcrUnavailableError("rapidocr is not installed") from None
            _instance = RapidOCR(params=_PARAMS)
        return _instance


def _box(points: Any) -> Box:
    xs = [float(point[0]) for point in points]
    ys = [float(point[1]) for point in points]
    left, top = int(min(xs)), int(min(ys))
    return Box(left, top, max(1, int(max(xs)) - left), max(1, int(max(ys)) - top))


class RapidOcrEngine:
    @property
    def name(self) -> str:
        return "rapidocr"

    def recognize(self, image: GreyImage) -> OcrPage:
        output = _engine()(image)
        words: list[OcrWord] = []
        texts = output.txts or ()
        word_results = getattr(output, "word_results", None) or ()
        for index, text in enumerate(texts):
            line_words = word_results[index] if index < len(word_results) else ()
            if line_words:
                for word_text, score, points in line_words:
                    if str(word_text).strip():
                        words.append(OcrWord(str(word_text).strip(), float(score), _box(points), (index,)))
            elif str(text).strip() and output.boxes is not None:
                box = _box(output.boxes[index])
                words.append(OcrWord(str(text).strip(), float(output.scores[index]), box, (index,)))
        height, width = image.shape[:2]
        return OcrPage(tuple(words), width, height, self.name)
