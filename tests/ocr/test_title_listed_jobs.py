"""A line spelling a whole job of Faker's lists is a title however long; the same words with a name or a
place added, or cut short, are not taken on that evidence."""

from __future__ import annotations

from pathlib import Path

import pytest

from cardbook.ocr.lexicon import words_of
from cardbook.ocr.options import ReadOptions
from cardbook.ocr.parse_card import parse_lines
from cardbook.ocr.pipeline import read_image
from cardbook.ocr.profession_words import listed_jobs
from cardbook.ocr.title_evidence import JOB_TITLE_WORDS, MIN_TITLE_SCORE, title_score
from cardbook.ocr.title_listed_jobs import JOB_LIST_LOCALES, listed_job_line

from .line_cards import stacked_lines
from .render import Card, Text, render, save


def _long_jobs(locale: str) -> list[str]:
    return [job for job in listed_jobs(locale) if "," not in job and len(words_of(job)) > JOB_TITLE_WORDS]


def test_the_lists_hold_long_jobs() -> None:
    assert "pl_PL" in JOB_LIST_LOCALES
    assert len(_long_jobs("pl_PL")) >= 3  # Polish names some jobs in four words or more


@pytest.mark.parametrize("locale", ["pl_PL", "es", "pt_BR"])
def test_a_long_listed_job_is_a_title(locale: str) -> None:
    jobs = _long_jobs(locale)
    assert jobs
    for job in jobs[:20]:
        assert listed_job_line(words_of(job))
        assert title_score(job) >= MIN_TITLE_SCORE, job


def test_a_listed_job_with_more_words_or_fewer_is_not_taken_whole() -> None:
    job = _long_jobs("pl_PL")[0]
    assert not listed_job_line([*words_of(job), "kowalczyk"])
    assert not listed_job_line(words_of(job)[:-1])


def test_the_parser_takes_a_long_polish_title_under_the_name() -> None:
    job = "Pośrednik w obrocie nieruchomościami"
    assert job in listed_jobs("pl_PL")
    lines = stacked_lines(
        [
            ("Biuro Wrzosowe", 34),
            ("Olga Brzezicka", 30),
            (job, 20),
            ("tel. 22 555 01 47", 16),
            ("olga@wrzosowe.example", 16),
        ]
    )
    fields = parse_lines(lines, "PL")
    assert fields.title is not None and fields.title.value == job


def test_tesseract_reads_a_long_listed_title(tmp_path: Path) -> None:
    job = "Pośrednik w obrocie nieruchomościami"
    card = Card(
        [
            Text("Biuro Wrzosowe", 44, "DejaVuSans-Bold.ttf"),
            Text("Olga Brzezicka", 40, "DejaVuSans-Bold.ttf"),
            Text(job, 28),
            Text("tel. 22 555 01 47", 24),
            Text("olga@wrzosowe.example", 24),
        ]
    )
    path = save(str(tmp_path / "card.png"), render(card))
    result = read_image(path, ReadOptions(region="PL"))[0]
    assert result.ok and result.found
    assert result.fields.title is not None and result.fields.title.value == job
