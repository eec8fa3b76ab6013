"""``unknown_name_set``: the same seed makes the same cards, every truth is valid and printed, and no given name
it draws is in any list the parser reads (nor gender-guesser's detector, nor any Faker locale's names)."""

from __future__ import annotations

import json
import random
import re
from pathlib import Path

import pytest

from cardbook.ocr.lexicon import fold
from cardbook.ocr.names_data import faker_first_names, first_name_weight, gender_guesser_names, is_first_name
from tests.ocr import unknown_name_data, unknown_name_set

# One card of each kind (scan, photo, French photo).
COUNT = len(unknown_name_set.KINDS)


@pytest.fixture(scope="module")
def made(tmp_path_factory: pytest.TempPathFactory) -> tuple[list[Path], list[Path]]:
    first = unknown_name_set.write_set(tmp_path_factory.mktemp("a"), COUNT, 2)
    second = unknown_name_set.write_set(tmp_path_factory.mktemp("b"), COUNT, 2)
    return first, second


def _truth(image: Path) -> dict[str, object]:
    return json.loads(image.with_suffix(".json").read_text(encoding="utf-8"))


def test_same_seed_same_cards(made: tuple[list[Path], list[Path]]) -> None:
    first, second = made
    assert [p.name for p in first] == [p.name for p in second]
    for a, b in zip(first, second, strict=True):
        assert a.read_bytes() == b.read_bytes()
        assert _truth(a) == _truth(b)


def test_truth_is_valid_and_printed(made: tuple[list[Path], list[Path]]) -> None:
    kinds = set()
    for image in made[0]:
        truth = _truth(image)
        traits = truth["traits"]
        assert isinstance(traits, dict)
        kinds.add(traits["kind"])
        lines = truth["lines"]
        assert isinstance(lines, list) and lines
        printed = "\n".join(lines)
        name = truth["name"]
        assert isinstance(name, str) and name.strip()
        assert any(name in line for line in lines)  # its own line, or the title's line ("Name | Title")
        for key in ("title", "company", "address"):
            assert truth[key] is None or (isinstance(truth[key], str) and truth[key].strip()), key
        emails = truth["emails"]
        assert isinstance(emails, list) and len(set(emails)) == len(emails)
        for email in emails:
            assert re.fullmatch(r"[a-z0-9._-]+@[a-z0-9.-]+\.[a-z]{2,}", email) and email in printed
        given = str(traits["given"])
        assert fold(given.split()[0]) in fold(name) or str(traits["style"]) == "initials"
    assert kinds == set(unknown_name_set.KINDS)


def test_given_names_are_in_no_list() -> None:
    """A thousand people drawn: none of their given names (nor any word of them) is a first name the parser's
    table knows, nor gender-guesser's detector, nor any Faker locale's list; every tradition is drawn."""
    from gender_guesser.detector import Detector

    detector = Detector()
    rng = random.Random(7)
    faker_names = {fold(name) for name in faker_first_names()}
    traditions = set()
    for _ in range(1000):
        person = unknown_name_data.person(rng, "Surname")
        traditions.add(person.tradition)
        assert first_name_weight(person.given) == 0.0 and not is_first_name(person.given)
        for word in person.given.split():
            assert first_name_weight(word) == 0.0, word
            assert fold(word) not in gender_guesser_names() and fold(word) not in faker_names, word
            assert detector.get_gender(word) == "unknown", word
        if person.surname_unknown:
            assert unknown_name_data.known_anywhere(person.surname) is False
    assert traditions == set(unknown_name_data.TRADITION_KEYS)


def test_mailbox_spells_the_name_half_the_time() -> None:
    rng = random.Random(11)
    boxes = [unknown_name_data.mailbox(rng, unknown_name_data.person(rng, "Surname")) for _ in range(400)]
    shared = sum(box in unknown_name_data.SHARED_BOXES for box in boxes)
    assert 0.4 < shared / len(boxes) < 0.6
