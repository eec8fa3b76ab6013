"""A name line is kept whole when the card's mailbox spells all of it (a family name that is also a job word
in some language: cardbook.ocr.name_title_mailbox), and a bar OCR glued to a word still parts a name from
its title (cardbook.ocr.shared_line)."""

from __future__ import annotations

from pathlib import Path

import pytest

from cardbook.ocr.name_title_mailbox import name_title_split
from cardbook.ocr.options import ReadOptions
from cardbook.ocr.parse_card import parse_text
from cardbook.ocr.pipeline import read_image
from cardbook.ocr.shared_line import split_name_title

from .render import Card, Text, render, save


def _roles(text: str, region: str) -> tuple[str | None, str | None]:
    fields = parse_text(text, region)
    return (fields.name.value if fields.name else None, fields.title.value if fields.title else None)


# Made-up people and firms. "Backer" folds to a German trade ("Bäcker"); "De Backer" is a Flemish family name.
_CARD = "Stichting Norvale\nMarieke De Backer\nCoördinator\n+32 2 555 01 47\n{mail}@norvale.be"


@pytest.mark.parametrize("local", ["marieke_debacker", "mdebacker", "marieke.de.backer"])
def test_a_mailbox_spelling_the_whole_line_keeps_the_family_name(local: str) -> None:
    assert split_name_title("Marieke De Backer") is not None  # the line alone is cut
    assert _roles(_CARD.format(mail=local), "BE") == ("Marieke De Backer", "Coördinator")


def test_a_mailbox_spelling_the_cut_name_lets_the_cut_stand() -> None:
    assert name_title_split("Dana Whitlow, Account Manager", ["dana.whitlow"]) == ("Dana Whitlow", "Account Manager")
    assert name_title_split("Dana Whitlow Account Manager", ["dwhitlow"]) == ("Dana Whitlow", "Account Manager")


def test_a_role_mailbox_says_nothing_of_the_name() -> None:
    assert name_title_split("Marieke De Backer", ["info"]) == split_name_title("Marieke De Backer")


@pytest.mark.parametrize("line", ["Dalrin VESCOTTI| Direttore", "Dalrin VESCOTTI |Direttore"])
def test_a_bar_glued_to_a_word_parts_the_name_from_the_title(line: str) -> None:
    assert split_name_title(line) == ("Dalrin VESCOTTI", "Direttore")
    card = f"HOTEL NORVALE\n{line}\n+39 02 555 0147\ninfo@norvale.it"
    assert _roles(card, "IT") == ("Dalrin VESCOTTI", "Direttore")


def test_tesseract_reads_a_flemish_family_name_whole(tmp_path: Path) -> None:
    card = Card(
        [
            Text("Stichting Norvale", 44, "DejaVuSans-Bold.ttf"),
            Text("Marieke De Backer", 40, "DejaVuSans-Bold.ttf"),
            Text("Coördinator", 28),
            Text("+32 2 555 01 47", 24),
            Text("marieke_debacker@norvale.be", 24),
        ]
    )
    path = save(str(tmp_path / "card.png"), render(card))
    result = read_image(path, ReadOptions(region="BE"))[0]
    assert result.ok and result.found and result.fields is not None
    assert result.fields.name is not None and result.fields.name.value == "Marieke De Backer"
