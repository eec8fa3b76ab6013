"""The reader with hints from the user's corrections (plain data: no library needed here)."""

from __future__ import annotations

import pickle

from cardbook.ocr.learned_hints import LearnedHints
from cardbook.ocr.options import ReadOptions
from cardbook.ocr.parse_card import parse_text

CARD = "Tsegaye Bekele\nDigital Strategy Partners\nTel: +33 1 23 45 67 89\ncontact@lumenbridge.fr"


def test_no_hints_change_nothing() -> None:
    assert parse_text(CARD, "FR", LearnedHints()) == parse_text(CARD, "FR")


def test_each_hint_sets_its_field_with_the_learned_source() -> None:
    before = parse_text(CARD, "FR")
    assert before.name is None and before.company is not None and before.company.value != "Lumenbridge Partners"
    hints = LearnedHints(
        companies=(("lumenbridge.fr", "Lumenbridge Partners"),),
        first_names=frozenset({"tsegaye"}),
        line_labels=(("digital strategy partners", "other"),),
    )
    fields = parse_text(CARD, "FR", hints)
    assert fields.name is not None and (fields.name.value, fields.name.lines, fields.name.source) == (
        "Tsegaye Bekele",
        (0,),
        "learned",
    )
    assert fields.company is not None and (fields.company.value, fields.company.source) == (
        "Lumenbridge Partners",
        "learned",
    )
    assert fields.title is None and fields.other_lines == (1,)


def test_a_learned_company_spelled_on_a_line_takes_that_line() -> None:
    card = "Marie Dupont\nResponsable achats\nLUMENBRIDGE PARTNERS\nmarie@lumenbridge.fr"
    fields = parse_text(card, "FR", LearnedHints(companies=(("lumenbridge.fr", "Lumenbridge Partners"),)))
    assert fields.company is not None and fields.company.value in ("LUMENBRIDGE PARTNERS", "Lumenbridge Partners")
    assert fields.company.lines == (2,)


def test_a_learned_name_and_a_title_on_one_line_stay_together() -> None:
    card = "Tsegaye Bekele, Directeur commercial\ntsegaye@lumenbridge.fr"
    fields = parse_text(card, "FR", LearnedHints(first_names=frozenset({"tsegaye"})))
    assert fields.name is not None and fields.name.value == "Tsegaye Bekele"
    assert fields.title is not None and "Directeur" in fields.title.value


def test_options_with_hints_cross_process_boundaries() -> None:
    options = ReadOptions(hints=LearnedHints(companies=(("a.fr", "A"),), first_names=frozenset({"ana"})))
    assert pickle.loads(pickle.dumps(options)) == options
    hash(options)


def test_a_line_the_user_moved_away_from_the_name_lets_the_reader_pick_the_real_name() -> None:
    """The corrections weigh in the choice: a line the user called "other" is no candidate, so the
    name next in line is found instead of leaving the name empty."""
    card = "Jeanne Morel\nGrace Kelly\nVendeuse\nTel: 01 23 45 67 89"
    assert (name := parse_text(card, "FR").name) is not None and name.value == "Grace Kelly"
    fields = parse_text(card, "FR", LearnedHints(line_labels=(("grace kelly", "other"),)))
    assert fields.name is not None and (fields.name.value, fields.name.lines) == ("Jeanne Morel", (0,))
    assert fields.title is not None and fields.title.value == "Vendeuse"
    assert fields.other_lines == (1,)
