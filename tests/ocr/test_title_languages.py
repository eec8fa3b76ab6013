"""Titles of the European scans' languages that no list held: Dutch, Swedish and Italian office and sales
nouns and "agente" (cardbook.ocr.lexicon), Czech and Slovak job heads from Faker's lists
(cardbook.ocr.czech_slovak_jobs); a firm named by the plural and a noun's object stay no titles."""

from __future__ import annotations

from pathlib import Path

import pytest

from cardbook.ocr.czech_slovak_jobs import czech_slovak_heads
from cardbook.ocr.job_words import job_words
from cardbook.ocr.options import ReadOptions
from cardbook.ocr.parse_card import parse_text
from cardbook.ocr.pipeline import read_image
from cardbook.ocr.title_evidence import MIN_TITLE_SCORE, title_score

from .render import Card, Text, render, save

_TITLES = [
    ("Makelaar", "NL"),
    ("Hypotheekmakelaar", "NL"),  # a compound of the noun
    ("Relatiebeheerder", "NL"),
    ("Fastighetsmäklare", "SE"),
    ("Praticante", "IT"),
    ("Agente Immobiliare", "IT"),
    ("Agente de Seguros", "ES"),
    ("Obchodní ředitel", "CZ"),
    ("Obchodni reditel", "CZ"),  # read without its marks
    ("Finančný riaditeľ", "SK"),
]


@pytest.mark.parametrize(("title", "region"), _TITLES)
def test_the_title_scores_and_is_taken(title: str, region: str) -> None:
    assert title_score(title) >= MIN_TITLE_SCORE
    # Made-up people and firms.
    fields = parse_text(f"Norvale Group\nDana Whitlow\n{title}\n+31 20 555 0147\ndana@norvale.eu", region)
    assert fields.title is not None and fields.title.value == title


@pytest.mark.parametrize("firm", ["Norvale Makelaars", "Makelaars"])
def test_the_plural_naming_a_firm_is_no_title(firm: str) -> None:
    assert title_score(firm) == 0


def test_an_objects_word_is_no_czech_job_head() -> None:
    heads = czech_slovak_heads()
    assert {"reditel", "riaditel", "manazer", "referent"} <= heads
    # "Vedoucí skladu", "Pracovník služby": the genitive object of a job is no job.
    assert not {"skladu", "sluzby", "dopravy"} & heads
    assert "reditel" in job_words()


def test_tesseract_reads_a_dutch_title(tmp_path: Path) -> None:
    card = Card(
        [
            Text("Norvale Wonen", 44, "DejaVuSans-Bold.ttf"),
            Text("Dana Whitlow", 40, "DejaVuSans-Bold.ttf"),
            Text("Makelaar", 28),
            Text("+31 20 555 0147", 24),
            Text("dana@norvale.nl", 24),
        ]
    )
    path = save(str(tmp_path / "card.png"), render(card))
    result = read_image(path, ReadOptions(region="NL"))[0]
    assert result.ok and result.found and result.fields is not None
    assert result.fields.title is not None and result.fields.title.value == "Makelaar"
