"""The import list says why a photo's card made no contact, in the window's own (translated) words: no card, no
text, a card cut by the frame beside stored ones, the back of a card read from the same photo."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from cardbook.app.scan_outcome import CardSkip
from cardbook.ui.common.i18n import install_translations, locale_for, remove_translations
from cardbook.ui.importing.import_model import ImportListModel


def _lines(model: ImportListModel) -> list[str]:
    return [model.data(model.index(row, 0), Qt.ItemDataRole.DisplayRole) for row in range(model.rowCount())]


def test_each_reason_is_said_and_a_stored_photo_notes_the_card_left_out(qapp) -> None:  # type: ignore[no-untyped-def]
    model = ImportListModel()
    model.set_paths(["/p/blank.jpg", "/p/white.jpg", "/p/two.jpg", "/p/pair.jpg"])
    model.skip("/p/blank.jpg", CardSkip.NO_CARD)
    model.skip("/p/white.jpg", CardSkip.NO_TEXT)
    model.add_card("/p/two.jpg", 1, "Ana Souza", None)
    model.skip("/p/two.jpg", CardSkip.CUT_CARD)
    model.skip("/p/pair.jpg", CardSkip.BACK_OF_CARD)  # the back came first in the photo: the front follows
    model.add_card("/p/pair.jpg", 2, "John Miller", None)
    blank, white, two, pair = _lines(model)
    assert blank == "blank.jpg — skipped: no card found on this photo"
    assert white == "white.jpg — skipped: no text found on this photo"
    assert two.startswith("two.jpg — ") and "Ana Souza" in two
    assert "left out: a card cut by the edge of the photo" in two
    assert "left out: the back of a card read from this photo" in pair and "John Miller" in pair
    assert model.skipped() == 2  # the two photos nothing came from; the others hold a contact each
    assert model.contact_ids() == [1, 2]


@pytest.mark.parametrize("kind", list(CardSkip))
def test_every_reason_has_french_words(qapp, kind: CardSkip) -> None:  # type: ignore[no-untyped-def]
    english = ImportListModel()
    english.set_paths(["/p/a.jpg"])
    english.skip("/p/a.jpg", kind)
    (english_line,) = _lines(english)
    translators = install_translations(qapp, locale_for("fr"))
    try:
        french = ImportListModel()
        french.set_paths(["/p/a.jpg"])
        french.skip("/p/a.jpg", kind)
        (french_line,) = _lines(french)
    finally:
        remove_translations(qapp, translators)
    assert english_line.startswith("a.jpg — skipped: ")
    assert french_line.startswith("a.jpg — ignorée\u00a0: ")
    assert french_line.split(": ", 1)[1] != english_line.split(": ", 1)[1]
