"""The phone's upload page in a real browser at a phone's width (issue 14, item 1): headless Chromium opens it from
the real upload server on the loopback address, photos are put in its inputs as a tap in the gallery would, and
the page sends them — progress, the count sent, a refused file named, the server gone said plainly. Skipped,
saying why, where no Chromium is installed."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from cardbook.app.phone_upload import UploadServer
from tests.app.headless_browser import PHONE, Browser, chromium
from tests.ocr.render import FRENCH_CARD, photograph, render, save

EXECUTABLE = chromium()
pytestmark = pytest.mark.skipif(
    EXECUTABLE is None, reason="no Chromium here: the phone's page is checked in a real browser only where one is"
)
STATUS = "document.getElementById('status').textContent"


@pytest.fixture(scope="module")
def photos(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    folder = tmp_path_factory.mktemp("phone")
    card = Path(save(str(folder / "IMG_0001.jpg"), photograph(render(FRENCH_CARD), seed=5)))
    not_a_photo = folder / "notes.jpg"  # named like a photo, a PDF inside: the server must refuse it
    not_a_photo.write_bytes(b"%PDF-1.7\n" + b"x" * 2000)
    return card, not_a_photo


@pytest.fixture
def browser() -> Iterator[Browser]:
    assert EXECUTABLE is not None
    opened = Browser(EXECUTABLE)
    yield opened
    opened.close()


@pytest.mark.parametrize("language", ["en", "fr"])
def test_the_page_fits_a_phone_with_big_buttons(browser: Browser, tmp_path: Path, language: str) -> None:
    server = UploadServer(tmp_path / "inbox", lambda _path: None, language=language, host="127.0.0.1")
    server.start()
    try:
        browser.open(server.url("127.0.0.1"))
        assert browser.evaluate("window.innerWidth") == PHONE[0]
        assert browser.evaluate("document.documentElement.scrollWidth") <= PHONE[0]  # nothing wider: no sideways
        buttons = browser.evaluate(
            "Array.from(document.querySelectorAll('label.button'), b => {"
            " const r = b.getBoundingClientRect(); return [r.width, r.height, r.bottom]; })"
        )
        assert len(buttons) == 2  # take a photo (the camera), choose photos (the gallery)
        for width, height, bottom in buttons:
            assert width >= PHONE[0] - 60 and height >= 48  # a thumb's target, the whole width
            assert bottom <= PHONE[1] / 2  # both within reach without scrolling
        assert browser.evaluate("document.getElementById('bar').hidden")  # no progress before anything is sent
        refusal = {"en": "not a photo", "fr": "pas une photo"}[language]
        assert browser.evaluate("T[415]") == refusal  # a refusal is said in the page's language
        assert browser.evaluate(
            "document.querySelector('#pick').getAttribute('capture') === 'environment'"
            " && !document.querySelector('#choose').hasAttribute('capture')"
        )
    finally:
        server.stop()


def test_photos_chosen_are_sent_with_progress_and_refusals_named(
    browser: Browser, tmp_path: Path, photos: tuple[Path, Path]
) -> None:
    card, not_a_photo = photos
    received: list[Path] = []
    server = UploadServer(tmp_path / "inbox", received.append, host="127.0.0.1")
    server.start()
    try:
        browser.open(server.url("127.0.0.1"))
        browser.choose_files("#choose", [card, not_a_photo])
        browser.wait_for(f"{STATUS}.endsWith('You can take more.')")
        assert browser.evaluate(STATUS) == "1 photo sent. You can take more."
        errors = browser.evaluate("document.getElementById('errors').textContent")
        assert errors == "Not sent: notes.jpg (not a photo)\n"  # what the user can act on, in their language
        assert (
            browser.evaluate("[document.getElementById('bar').value, document.getElementById('bar').max]")
            == [card.stat().st_size + not_a_photo.stat().st_size] * 2
        )  # the whole batch's bytes, done
        assert [path.read_bytes() for path in received] == [card.read_bytes()]
        assert not browser.evaluate("document.body.classList.contains('busy')")  # the buttons work again
        browser.screenshot(tmp_path / "phone.png")
        assert (tmp_path / "phone.png").stat().st_size > 5_000
    finally:
        server.stop()
    browser.choose_files("#pick", [card])  # the dialog was closed on the computer meanwhile
    browser.wait_for(f"{STATUS}.startsWith('Cardbook is not listening any more')")
    assert len(received) == 1
