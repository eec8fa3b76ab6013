"""A flat scan's mailbox line recognised again for the dots Tesseract lost (cardbook.ocr.mailbox_reread): real
Tesseract and RapidOCR on rendered cards; Tesseract's lost dot is made by taking it out of its own reading."""

from __future__ import annotations

from collections.abc import Sequence

import pytest
from faker import Faker

from cardbook.ocr.engine import OcrPage, OcrWord
from cardbook.ocr.mailbox_reread import with_reread_dots
from cardbook.ocr.prepare import to_grey
from cardbook.ocr.rapid_engine import RapidOcrEngine, rapidocr_available
from cardbook.ocr.tesseract_engine import TesseractEngine
from cardbook.ocr.types import BgrImage, Box, GreyImage

from .render import Card, Text, render

LANG = "fra+eng"
pytestmark = pytest.mark.skipif(not rapidocr_available(), reason="RapidOCR is not installed")


def _mailboxes(count: int, seed: int) -> list[tuple[str, str, str]]:
    """(the person's name, printed "initial.surname@host", the same without its dot), from Faker."""
    fake = Faker("en_GB")
    fake.seed_instance(seed)
    boxes = []
    for _ in range(count):
        first, last = fake.first_name(), fake.last_name()
        local = f"{first[0]}.{last}".lower()
        host = f"{fake.domain_word()}.co.uk"
        boxes.append((f"{first} {last}", f"{local}@{host}", f"{local.replace('.', '')}@{host}"))
    return boxes


def _card(name: str, mailbox: str) -> Card:
    return Card(
        [Text("Harbour Joinery Ltd", 40, "DejaVuSans-Bold.ttf"), Text(name, 30), Text("Sales Manager", 24),
         Text("+44 141 998 2789", 22), Text(f"E-mail {mailbox}", 22)],
        size=(1050, 600),
    )  # fmt: skip


def _read(name: str, mailbox: str) -> tuple[BgrImage, OcrPage]:
    image = render(_card(name, mailbox))
    return image, TesseractEngine(lang=LANG).recognize(to_grey(image))


def _undotted(page: OcrPage) -> OcrPage:
    """Tesseract's reading with the dots of its address's local part taken out."""
    words = []
    for word in page.words:
        local, at, host = word.text.partition("@")
        words.append(OcrWord(local.replace(".", "") + at + host, word.confidence, word.box, word.group) if at else word)
    return OcrPage(tuple(words), page.width, page.height, page.engine)


class _Counted(RapidOcrEngine):
    """RapidOCR counting its line recognitions."""

    calls = 0

    def recognize_lines(self, image: GreyImage, boxes: Sequence[Box], cores: Sequence[Box] | None = None) -> OcrPage:
        self.calls += 1
        return super().recognize_lines(image, boxes, cores)


def test_only_a_mailbox_that_may_have_lost_a_dot_is_read_again() -> None:
    name, printed, undotted = _mailboxes(1, 7)[0]
    host = printed.partition("@")[2]
    for mailbox, read_again in ((printed, False), (f"office@{host}", False), (undotted, True)):
        image, page = _read(name, mailbox)
        counted = _Counted()
        with_reread_dots(image, page, 1.0, counted)
        assert counted.calls == (1 if read_again else 0), mailbox


def _mailbox_words(page: OcrPage) -> list[str]:
    return [word.text for word in page.words if "@" in word.text]


def test_a_local_parts_lost_dot_comes_back_from_the_line_read_again() -> None:
    for name, printed, _ in _mailboxes(3, 5):
        image, page = _read(name, printed)
        assert _mailbox_words(page) == [printed]  # large enough for Tesseract: the dot is taken out below
        lost = _undotted(page)
        assert _mailbox_words(with_reread_dots(image, lost, 1.0, RapidOcrEngine())) == [printed]
        assert with_reread_dots(image, lost, 1.0, None) is lost  # no line recogniser: as read


def test_a_mailbox_printed_without_a_dot_stays_as_read() -> None:
    for name, _, printed in _mailboxes(3, 6):
        image, page = _read(name, printed)
        again = with_reread_dots(image, page, 1.0, RapidOcrEngine())
        assert _mailbox_words(again) == _mailbox_words(page)
