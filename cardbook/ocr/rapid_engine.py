"""RapidOCR (PP-OCR models run by onnxruntime) as a second, optional engine — strictly offline.

Measured on the evaluation cards (``python -m cardbook.ocr.evaluate`` / ``benchmark``): it reads hard
photos, coloured and light-on-dark cards far better than Tesseract (text error rate 0.07 against 0.21),
but its detector costs about 0.2 s per card and its recogniser about 20 ms per line, on one core, plus
~0.8 s to import and load per process. So the pipeline uses it for the lines Tesseract missed or doubted
(``recognize_lines``: recognition only, on crops) and reads a whole card with it only when Tesseract
could not read the card at all (``recognize``: detection + recognition).

Offline guarantee: rapidocr downloads a model (from modelscope.cn) when its model file is missing or its
checksum differs from the one it expects, and a key list when the recognition model carries none. Here
every model file is given by path — the files bundled in the installed wheel — and checked before the
engine is built; if one is missing, or the recognition model has no embedded key list, the engine is
unavailable (``OcrUnavailableError``, the pipeline goes on with Tesseract alone). As a second lock,
rapidocr's downloader is replaced in this process by one that refuses.
"""

from __future__ import annotations

import copy
import importlib.util
import threading
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import numpy as np

from cardbook.ocr import rapid_config
from cardbook.ocr.engine import OcrPage, OcrUnavailableError, OcrWord
from cardbook.ocr.full_width import plain_width
from cardbook.ocr.memory import MemoryBudget
from cardbook.ocr.types import BgrImage, Box, GreyImage

# The models bundled in the rapidocr 3.x wheel (``rapidocr/models``), newest first. The recognition model
# carries its character list in its metadata, so no key file is needed.
_DET_MODELS = ("PP-OCRv6_det_small.onnx", "PP-OCRv5_det_mobile.onnx", "ch_PP-OCRv4_det_infer.onnx")
_REC_MODELS = ("PP-OCRv6_rec_small.onnx", "PP-OCRv5_rec_mobile.onnx", "ch_PP-OCRv4_rec_infer.onnx")

_PARAMS: dict[str, Any] = {
    "Global.use_cls": False,  # orientation is already decided by the pipeline
    "Global.return_word_box": True,
    "Global.log_level": "error",
    # Scale the longer side down to 480 px for detection: the default scales the *shorter* side up to
    # 736, which doubles the time on a card and does not read better.
    "Det.limit_type": "max",
    "Det.limit_side_len": 480,
    "EngineConfig.onnxruntime.intra_op_num_threads": 1,
    "EngineConfig.onnxruntime.inter_op_num_threads": 1,
}
# What one onnxruntime run needs beside what is loaded, per pixel of its input tensor (batch x height x
# width), measured as the rise of VmHWM over VmRSS in a fresh process (`memory.MemoryBudget`, docs/MEASURING.md,
# "Memory of a scan"): detection 177-268 bytes (inputs of 0.3-3.1 megapixels: 74-532 MB), recognition
# 637-992 (batches of 1-6 lines 480-1920 px long: 14-523 MB; the output alone is 18,710 classes per step).
# The largest of each is taken: the estimate must not fall short.
DETECTION_BYTES_PER_PIXEL = 270
RECOGNITION_BYTES_PER_PIXEL = 1000
# The estimated working memory the reading threads' runs may hold together. Set on the mixed batch of
# docs/MEASURING.md ("Memory of a scan"): low enough that two large passes (a photo's detection at
# 1280 px or more, a batch of long lines) never run together, high enough that the usual runs (a scan's
# detection at 480-960 px, short lines) never wait.
INFERENCE_BUDGET = MemoryBudget(600 * 2**20)
# A recognition batch (rapidocr's 6 lines, padded to the longest) whose estimate is above this runs in
# parts of at least ``SPLIT_LINES_MIN`` lines each, every line still padded to the batch's width: the lines
# of a batch do not mix in the network, and onnxruntime computes a line to the bit the same in any batch of
# two or more (a batch of one takes other kernels: scores differ by ~1e-6), so the readings are unchanged
# (`tests/ocr/test_rapid_batches.py` checks it) and a run needs a third of the memory at most (six 1920-px
# lines: ~550 MB estimated, 184 MB in parts of two). Set at 128 MB: six lines up to ~450 px wide (a scan's
# short lines, the usual case) still run whole, so their speed is unchanged.
SPLIT_RECOGNITION_ABOVE = 128 * 2**20
SPLIT_LINES_MIN = 2


def batch_parts(count: int, item_bytes: int, limit: int) -> list[tuple[int, int]]:
    """(start, end) of the parts a batch of ``count`` items, each estimated at ``item_bytes``, runs in: the
    whole batch when it fits ``limit`` (or ``limit`` is 0), else parts as large as fit, never fewer than
    ``SPLIT_LINES_MIN`` items (a lone item would take other kernels), the last one taking a remainder."""
    if limit <= 0 or count < 2 * SPLIT_LINES_MIN or count * item_bytes <= limit:
        return [(0, count)]
    size = max(SPLIT_LINES_MIN, limit // max(1, item_bytes))
    starts = list(range(0, count, size))
    if count - starts[-1] < SPLIT_LINES_MIN:
        starts.pop()  # the remainder joins the part before it
    return [(start, next_start) for start, next_start in zip(starts, [*starts[1:], count], strict=True)]


class _BudgetedSession:
    """rapidocr's inference session, each run claiming its estimated memory from ``INFERENCE_BUDGET`` first.
    Everything else (the recogniser's character list, ...) is the session's own."""

    def __init__(self, session: Any, bytes_per_pixel: int, split_above: int = 0) -> None:
        """``split_above``: a batch estimated above that many bytes runs in parts (``batch_parts``); 0: never."""
        self._session = session
        self._bytes_per_pixel = bytes_per_pixel
        self._split_above = split_above

    def __call__(self, tensor: np.ndarray) -> Any:
        parts = batch_parts(len(tensor), self._estimate(tensor) // max(1, len(tensor)), self._split_above)
        if len(parts) == 1:
            return self._run(tensor)
        # The parts' outputs together are the whole batch's (the same array rapidocr would have received),
        # each written in place as it comes: a list of parts then joined would hold the output twice.
        whole: np.ndarray | None = None
        for start, end in parts:
            part = self._run(tensor[start:end])
            if whole is None:
                whole = np.empty((len(tensor), *part.shape[1:]), dtype=part.dtype)
            whole[start:end] = part
            del part
        return whole

    def _estimate(self, tensor: np.ndarray) -> int:
        return int(np.prod(tensor.shape[:1] + tensor.shape[2:], dtype=np.int64)) * self._bytes_per_pixel

    def _run(self, tensor: np.ndarray) -> Any:
        with INFERENCE_BUDGET.claim(self._estimate(tensor)):
            return self._session(tensor)

    def __getattr__(self, name: str) -> Any:
        return getattr(self._session, name)


_lock = threading.Lock()
_instance: Any = None
_variants: dict[tuple[int, str], Any] = {}

# Detection sizes (longest side, "max"; or shortest side, "min") named for their use:
# - CARD_DETECTION: a straightened card whose print Tesseract missed (the default above);
# - PHOTO_DETECTION: a phone photo's card read whole by RapidOCR. Small, soft print on a photographed card
#   needs more detection pixels than 480: at 480 the detector merges or drops the small contact lines
#   (tune half of the photos, text CER: 480 → worse, 960 → 0.098, 1280 → 0.077, as 736-shortest-side);
# - PLAIN_DETECTION: rapidocr's own defaults (shortest side at least 736), the plain-RapidOCR baseline.
CARD_DETECTION = (480, "max")
PHOTO_DETECTION = (1280, "max")
PLAIN_DETECTION = (736, "min")

# A card read whole gets the detection size that brings its typical letter to this height (pixels) in
# the detector's input (``detection_for_letters``): a fixed size fits only one letter size. Measured on
# the generated photos of seed 1 (tests/ocr/photo_set.py, 40 photos; text CER of RapidOCR on the
# straightened cards): a fixed 480-px long side 0.244 (letters of 4-6 px lost whole contact blocks), a
# fixed 1280 px 0.241 (letters of 15-27 px: spaces lost, "Tél.01", "-37000Tours"), letters brought to
# 7 px 0.223, 8 px 0.223, 10 px 0.216, in about half the time of 1280 px. Checked on seed 2.
DETECTION_LETTER_PX = 10.0
# Bounds of that size: never below 480 px, the fixed size used before for flat cards Tesseract missed
# (below it a shared scan with large print lost the spaces around "/" and "-" — seen on a report-half
# scan, so the floor only keeps the earlier behaviour, it was not tuned); the larger is already 4
# megapixels, seconds of detection on one core. Sizes are rounded to a step so that the
# engine variants sharing the models (``_engine_with``) stay few.
MIN_DETECTION_SIDE = 480
MAX_DETECTION_SIDE = 2048
_DETECTION_STEP = 64


def detection_for_letters(long_side: int, letter_px: float) -> tuple[int, str]:
    """The detection size for an image whose longer side is ``long_side`` and whose typical letter is
    ``letter_px`` high (0: not measured, the photo size). With the "max" limit the detector only ever
    scales an image down: a card with small letters is read at its own resolution."""
    if letter_px <= 0 or long_side <= 0:
        return PHOTO_DETECTION
    side = long_side * DETECTION_LETTER_PX / letter_px
    side = round(side / _DETECTION_STEP) * _DETECTION_STEP
    return (int(min(MAX_DETECTION_SIDE, max(MIN_DETECTION_SIDE, side))), "max")


def rapidocr_available() -> bool:
    return importlib.util.find_spec("rapidocr") is not None and importlib.util.find_spec("onnxruntime") is not None


def bundled_models() -> dict[str, Path]:
    """The detection and recognition model files inside the installed rapidocr package.

    Raises ``OcrUnavailableError`` when the package or one of the files is missing (never downloads)."""
    spec = importlib.util.find_spec("rapidocr")
    if spec is None or not spec.submodule_search_locations or importlib.util.find_spec("onnxruntime") is None:
        raise OcrUnavailableError("rapidocr is not installed")
    folder = Path(next(iter(spec.submodule_search_locations))) / "models"
    found: dict[str, Path] = {}
    for role, names in (("det", _DET_MODELS), ("rec", _REC_MODELS)):
        path = next((folder / name for name in names if (folder / name).is_file()), None)
        if path is None or path.stat().st_size == 0:
            raise OcrUnavailableError(f"RapidOCR {role} model missing in {folder} (reinstall rapidocr)")
        found[role] = path
    return found


def _refuse_downloads() -> None:
    """Make rapidocr's downloader fail in this process instead of reaching the network."""
    from rapidocr.utils import download_file

    def refuse(cls: object, params: Any) -> None:
        raise OcrUnavailableError(f"RapidOCR tried to download {getattr(params, 'file_url', 'a file')}")

    download_file.DownloadFile.run = classmethod(refuse)  # type: ignore[assignment]


def _engine() -> Any:
    """One RapidOCR instance per process, created on first use with both models loaded (about 0.8 s)."""
    global _instance
    with _lock:
        if _instance is None:
            models = bundled_models()
            try:
                # Imported here: optional, and heavy (onnxruntime) for processes that never need it. Its YAML
                # files are not parsed again: omegaconf's reading of them is kept (rapid_config).
                with rapid_config.kept_configuration():
                    from rapidocr import RapidOCR
            except ImportError as error:
                raise OcrUnavailableError(f"rapidocr cannot be imported ({error})") from None
            _refuse_downloads()
            params = dict(_PARAMS)
            params["Global.model_root_dir"] = str(models["det"].parent)
            params["Det.model_path"] = str(models["det"])
            params["Rec.model_path"] = str(models["rec"])
            try:
                with rapid_config.kept_configuration():
                    instance: Any = RapidOCR(params=params)
                # Load both models now (rapidocr loads lazily), so that a problem shows here, once.
                instance._load_det_model()
                recogniser: Any = instance._load_rec_model()
            except OcrUnavailableError:
                raise
            except Exception as error:
                raise OcrUnavailableError(f"RapidOCR cannot start ({type(error).__name__}: {error})") from None
            if not recogniser.session.have_key():
                raise OcrUnavailableError("the RapidOCR recognition model carries no character list")
            instance.text_det.session = _BudgetedSession(instance.text_det.session, DETECTION_BYTES_PER_PIXEL)
            recogniser.session = _BudgetedSession(
                recogniser.session, RECOGNITION_BYTES_PER_PIXEL, SPLIT_RECOGNITION_ABOVE
            )
            from cardbook.ocr import rapid_boxes  # needs rapidocr, imported above: not at this module's import

            rapid_boxes.install(instance)  # its Python steps with less time holding the GIL, outputs unchanged
            _instance = instance
        return _instance


def _engine_with(detection: tuple[int, str]) -> Any:
    """The shared engine with another detection size: a shallow copy sharing the loaded models (the
    onnxruntime sessions are thread-safe), so a second size costs no memory and no loading time."""
    base = _engine()
    if detection == CARD_DETECTION:
        return base
    with _lock:
        variant = _variants.get(detection)
        if variant is None:
            variant = copy.copy(base)
            variant.text_det = copy.copy(base.text_det)
            variant.text_det.limit_side_len, variant.text_det.limit_type = detection
            _variants[detection] = variant
        return variant


def _box(points: Any) -> Box:
    xs = [float(point[0]) for point in points]
    ys = [float(point[1]) for point in points]
    left, top = int(min(xs)), int(min(ys))
    return Box(left, top, max(1, int(max(xs)) - left), max(1, int(max(ys)) - top))


def _words(texts: Sequence[Any], scores: Sequence[Any], word_results: Sequence[Any], boxes: Any) -> list[OcrWord]:
    words: list[OcrWord] = []
    for index, text in enumerate(texts):
        line_words = word_results[index] if index < len(word_results) else ()
        if line_words:
            for word_text, score, points in line_words:
                if (plain := plain_width(str(word_text)).strip()) and points is not None:
                    words.append(OcrWord(plain, float(score), _box(points), (index,)))
        elif (plain := plain_width(str(text)).strip()) and boxes is not None:
            words.append(OcrWord(plain, float(scores[index]), _box(boxes[index]), (index,)))
    return words


class RapidOcrEngine:
    """``detection``: the detector's image size (``CARD_DETECTION``, ``PHOTO_DETECTION``, ...)."""

    def __init__(self, detection: tuple[int, str] = CARD_DETECTION) -> None:
        self.detection = detection

    @property
    def name(self) -> str:
        return "rapidocr"

    def recognize(self, image: GreyImage | BgrImage) -> OcrPage:
        """Detection and recognition on the whole image (grey, or colour as the models were trained on)."""
        output = _engine_with(self.detection)(image, use_det=True, use_cls=False, use_rec=True)
        words = _words(
            output.txts or (), output.scores or (), getattr(output, "word_results", None) or (), output.boxes
        )
        height, width = image.shape[:2]
        return OcrPage(tuple(words), width, height, self.name)

    def recognize_lines(self, image: GreyImage, boxes: Sequence[Box], cores: Sequence[Box] | None = None) -> OcrPage:
        """Recognition only, on the given line boxes of ``image`` (each should hold one line of text):
        about a tenth of the cost of reading the whole card when a few lines are in doubt.

        ``cores``: for each box, the band that holds its line's print; rows of the box above and below it
        are painted with the paper's shade, so the margin the recogniser needs (about half a letter
        height: tighter crops lose capitals) does not bring in pieces of the neighbouring lines."""
        height, width = image.shape[:2]
        crops: list[np.ndarray] = []
        quads: list[np.ndarray] = []
        origins: list[int] = []  # index in ``boxes`` of each crop: the words' group
        for number, box in enumerate(boxes):
            left, top = max(0, box.left), max(0, box.top)
            right, bottom = min(width, box.right), min(height, box.bottom)
            if right - left < 4 or bottom - top < 4:
                continue
            crop = np.array(image[top:bottom, left:right])
            if cores is not None:
                core = cores[number]
                paper = np.uint8(np.median(crop))
                crop[: max(0, core.top - top), :] = paper
                crop[max(0, core.bottom - top) :, :] = paper
            crops.append(np.repeat(crop[:, :, None], 3, axis=2) if crop.ndim == 2 else crop)
            quads.append(np.array([[left, top], [right, top], [right, bottom], [left, bottom]], dtype=np.float32))
            origins.append(number)
        if not crops:
            return OcrPage((), width, height, self.name)
        engine = _engine()
        from rapidocr.ch_ppocr_rec import TextRecInput

        output = engine.text_rec(TextRecInput(img=crops, return_word_box=True))
        output = engine.cal_rec_boxes(crops, np.array(quads), output, False)
        words: list[OcrWord] = []
        for index, text in enumerate(output.txts or ()):
            if float(output.scores[index]) < 0.5 or not str(text).strip():
                continue
            line = _words([text], [output.scores[index]], [output.word_results[index]], quads[index : index + 1])
            words += [OcrWord(word.text, word.confidence, word.box, (origins[index],)) for word in line]
        return OcrPage(tuple(words), width, height, self.name)
