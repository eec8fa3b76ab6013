"""Tesseract in this process (``tesseract_library``) against the ``tesseract`` command through pytesseract.

The in-process engine exists for speed only: on the same prepared image it must read exactly what the
command reads (same words, boxes, line groups and whole-percent confidences).
"""

from __future__ import annotations

import subprocess
import sys
import threading
from concurrent import futures

import numpy as np
import pytest

from cardbook.ocr.engine import OcrPage, OcrUnavailableError
from cardbook.ocr.prepare import PrepareOptions, prepare_for_ocr
from cardbook.ocr.tesseract_engine import TesseractEngine
from cardbook.ocr.tesseract_library import library_available, parse_tsv, read_words

from .render import ENGLISH_CARD, FRENCH_CARD, photograph, render

pytestmark = pytest.mark.skipif(not library_available(), reason="libtesseract cannot be loaded here")


def _prepared(card: np.ndarray) -> np.ndarray:
    return prepare_for_ocr(card, PrepareOptions(), 0.0).grey


def _signature(page: OcrPage) -> list[tuple[str, float, tuple[int, int, int, int], tuple[int, ...]]]:
    return [(w.text, w.confidence, (w.box.left, w.box.top, w.box.width, w.box.height), w.group) for w in page.words]


@pytest.fixture(scope="module")
def images() -> list[np.ndarray]:
    french = render(FRENCH_CARD)
    english = render(ENGLISH_CARD)
    return [_prepared(french), _prepared(english), _prepared(photograph(french, seed=3))]


def test_reads_exactly_what_the_command_reads(images: list[np.ndarray]) -> None:
    in_process = TesseractEngine()
    command = TesseractEngine(in_process=False)
    for image in images:
        ours = in_process.recognize(image)
        theirs = command.recognize(image)
        assert len(ours.words) >= 10
        assert _signature(ours) == _signature(theirs)
        assert (ours.width, ours.height) == (theirs.width, theirs.height)
    french = " ".join(word.text for word in in_process.recognize(images[0]).words)
    assert "Hélène" in french and "helene.leroy@quadrant-ingenierie.fr" in french


def test_two_threads_read_side_by_side_as_one_does(images: list[np.ndarray]) -> None:
    engine = TesseractEngine()
    alone = [_signature(engine.recognize(image)) for image in images]
    with futures.ThreadPoolExecutor(max_workers=2) as pool:
        together = list(pool.map(lambda image: _signature(engine.recognize(image)), images * 2))
    assert together == alone * 2


def test_missing_language_is_a_clear_error(images: list[np.ndarray]) -> None:
    with pytest.raises(OcrUnavailableError, match="language data missing for 'xyz'"):
        TesseractEngine(lang="xyz").recognize(images[0])


def test_deadline_stops_a_reading() -> None:
    # A large page of noise keeps Tesseract busy well past one millisecond.
    noise = np.random.default_rng(1).integers(0, 256, size=(2400, 3600), dtype=np.uint8)
    with pytest.raises(OcrUnavailableError, match="took over"):
        read_words(noise, "eng", 3, (), 0.001)


def test_one_openmp_thread_per_reading_and_no_notices_on_stderr() -> None:
    # A fresh process: the OpenMP limit is fixed when libgomp starts, i.e. when the library first loads.
    script = (
        "import ctypes, numpy as np\n"
        "from cardbook.ocr.tesseract_engine import TesseractEngine\n"
        "page = TesseractEngine().recognize(np.full((60, 200), 255, np.uint8))\n"
        "print(ctypes.CDLL('libgomp.so.1').omp_get_thread_limit(), len(page.words))\n"
    )
    env = {key: value for key, value in __import__("os").environ.items() if key != "OMP_THREAD_LIMIT"}
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, env=env, check=True)
    assert done.stdout.split() == ["1", "0"]
    assert done.stderr == ""


def test_word_table_parsing_skips_headers_and_non_words() -> None:
    table = (
        "level\tpage_num\tblock_num\tpar_num\tline_num\tword_num\tleft\ttop\twidth\theight\tconf\ttext\n"
        "4\t1\t1\t1\t1\t0\t10\t10\t200\t20\t-1\t\n"
        "5\t1\t1\t1\t1\t1\t10\t10\t80\t20\t96.458450\tTél.\n"
        "5\t1\t1\t1\t1\t2\t95\t10\t115\t20\t91.0\t02 99 12 34 56\n"
        "5\t1\t1\t1\tx\t2\t95\t10\t115\t20\t91.0\tbroken\n"
    )
    words = parse_tsv(table)
    assert [(w.text, w.left, w.width, w.confidence, w.line) for w in words] == [
        ("Tél.", 10, 80, 96.45845, 1),
        ("02 99 12 34 56", 95, 115, 91.0, 1),
    ]


def test_threads_share_idle_engines_and_read_the_same_with_any_of_them(images: list[np.ndarray]) -> None:
    from cardbook.ocr.tesseract_library import ENGINES

    key = ("eng", ())
    ENGINES.release_idle()
    first = [w.text for w in read_words(images[1], "eng", 3, (), 30.0)]
    assert ENGINES.idle_count(key) == 1
    # Another thread, one reading at a time: the idle engine is taken, none is added.
    with futures.ThreadPoolExecutor(max_workers=1) as pool:
        again = pool.submit(lambda: [w.text for w in read_words(images[1], "eng", 3, (), 30.0)]).result()
    assert ENGINES.idle_count(key) == 1 and again == first and len(first) >= 10
    # Two readings at the same moment need two engines; both are kept idle afterwards, each reads as the other.
    barrier = threading.Barrier(2)

    def together(image: np.ndarray) -> list[str]:
        barrier.wait()
        return [w.text for w in read_words(image, "eng", 3, (), 30.0)]

    with futures.ThreadPoolExecutor(max_workers=2) as pool:
        both = list(pool.map(together, [images[0], images[1]]))
    assert both[1] == first
    assert 1 <= ENGINES.idle_count(key) <= 2
    readings = {tuple(w.text for w in read_words(images[1], "eng", 3, (), 30.0)) for _ in range(3)}
    assert readings == {tuple(first)}
    assert ENGINES.release_idle() >= 1 and ENGINES.idle_count() == 0


def test_an_engine_stopped_by_its_deadline_goes_back_and_reads_the_next_image(images: list[np.ndarray]) -> None:
    from cardbook.ocr.tesseract_library import ENGINES

    ENGINES.release_idle()
    expected = [w.text for w in read_words(images[1], "eng", 3, (), 30.0)]
    noise = np.random.default_rng(2).integers(0, 256, size=(2400, 3600), dtype=np.uint8)
    with pytest.raises(OcrUnavailableError):
        read_words(noise, "eng", 3, (), 0.001)
    assert ENGINES.idle_count(("eng", ())) == 1
    assert [w.text for w in read_words(images[1], "eng", 3, (), 30.0)] == expected


def test_idle_engines_beyond_the_limit_are_dropped_least_recently_used_first(
    images: list[np.ndarray], monkeypatch: pytest.MonkeyPatch
) -> None:
    from cardbook.ocr.tesseract_library import ENGINES

    ENGINES.release_idle()
    monkeypatch.setattr(ENGINES, "limit", 2)
    # Three keys of one language (settings differ): no other language's data is needed.
    settings = [(), (("preserve_interword_spaces", "1"),), (("tessedit_do_invert", "0"),)]
    expected = [[w.text for w in read_words(images[1], "eng", 3, variables, 30.0)] for variables in settings]
    # The first key's engine went when the third was returned: two stay idle, the two used last.
    assert ENGINES.idle_count() == 2
    assert ENGINES.idle_count(("eng", settings[0])) == 0
    assert ENGINES.idle_count(("eng", settings[1])) == ENGINES.idle_count(("eng", settings[2])) == 1
    # Used again, the first key loads a new engine that reads as the dropped one did; the second key is now the
    # least recently returned and goes.
    assert [w.text for w in read_words(images[1], "eng", 3, settings[0], 30.0)] == expected[0]
    assert ENGINES.idle_count() == 2 and ENGINES.idle_count(("eng", settings[1])) == 0
    assert ENGINES.idle_count(("eng", settings[0])) == ENGINES.idle_count(("eng", settings[2])) == 1
    assert ENGINES.release_idle() == 2
