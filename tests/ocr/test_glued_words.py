"""Words OCR printed without the space between them (the photo engine on large type): cut again only
where the card's e-mail, the names data or the job-title words show two words."""

from __future__ import annotations

from cardbook.ocr.glued_words import compound_parts, split_glued_words
from cardbook.ocr.lexicon import STRONG_TITLE_WORDS, TITLE_WORDS
from cardbook.ocr.parse_card import TITLE_VOCABULARY, parse_text
from cardbook.ocr.parse_domains import restore_cut_word

from .layout_set import score

TITLES = TITLE_WORDS | STRONG_TITLE_WORDS


def test_glued_name_is_cut_where_the_email_or_the_names_data_show_two_words() -> None:
    assert split_glued_words("NorvaleKasprzak", ["norvale.kasprzak"], []) == "Norvale Kasprzak"
    assert split_glued_words("HélèneMarchetti", [], []) == "Hélène Marchetti"  # a known first name
    assert split_glued_words("BRANDTSabine", [], []) == "BRANDT Sabine"  # surname first, in capitals
    assert split_glued_words("OrtolanFenwick SARL", [], ["ortolan-fenwick"]) == "Ortolan Fenwick SARL"


def test_brands_in_camel_case_are_left_whole() -> None:
    for brand in ("YouTube", "JetBlue", "PayPal", "McAllister", "DiNardo", "LinkedIn", "iPhone"):
        assert split_glued_words(brand, [], [], TITLE_VOCABULARY) == brand


def test_a_comma_gets_its_space_back_between_words_only() -> None:
    assert split_glued_words("Ana Quintela,Owner", [], []) == "Ana Quintela, Owner"
    assert split_glued_words("1,5 kg", [], []) == "1,5 kg"


def test_glued_and_compound_titles_are_made_of_title_words() -> None:
    assert compound_parts("directeurcommercial", TITLES) == ("directeur", "commercial")
    assert compound_parts("gerentedeproyectos", TITLES) == ("gerente", "de", "proyectos")
    assert compound_parts("vertriebsleiter", TITLES, STRONG_TITLE_WORDS) == ("vertrieb", "leiter")
    assert compound_parts("directeur", TITLES) is None  # a known word is no compound
    for word in ("boulangerie", "menuiserie", "fontaine", "hoffmann", "schumacher"):
        assert compound_parts(word, TITLES, STRONG_TITLE_WORDS) is None


def test_glued_name_and_title_lines_are_read_as_name_and_title() -> None:
    fields = parse_text(
        "Ortolan Fenwick SARL\nNorvaleKasprzak\nDirecteurcommercial\n"
        "norvale.kasprzak@ortolan-fenwick.fr\n02 99 12 34 56"
    )
    assert fields.name is not None and fields.name.value == "Norvale Kasprzak"
    assert fields.title is not None and fields.title.value == "Directeurcommercial"
    assert fields.company is not None and fields.company.value == "Ortolan Fenwick SARL"


def test_generated_cards_whose_name_and_title_lines_lost_their_spaces() -> None:
    """Every name and title line of the generated layouts glued (tests/ocr/layout_set.py, its own seed):
    before the glued words were cut, name 0.34 and title 0.55 on such cards."""
    figures = score(200, seed=11, glued=1.0)
    assert min(figures.values()) >= 0.9, figures


def test_a_first_word_cut_by_the_crop_is_written_back_from_the_domain() -> None:
    fields = parse_text(
        "iserie Fenwick SARL\nNorvale Kasprzak\nGérante\nnorvale.kasprzak@menuiserie-fenwick.fr\n02 99 12 34 56"
    )
    assert fields.company is not None and fields.company.value == "Menuiserie Fenwick SARL"
    assert restore_cut_word("orvale Kasprzak", ["norvale.kasprzak"], []) == "Norvale Kasprzak"
    assert restore_cut_word("BINET ORTOLAN", [], ["cabinet-ortolan"]) == "BINET ORTOLAN"  # not lower case


def test_particles_and_ambiguous_pieces_are_not_cut_words() -> None:
    assert restore_cut_word("van Dijk", ["ivan.dijk"], []) == "van Dijk"
    assert restore_cut_word("de La Fontaine", ["marie.delafontaine"], []) == "de La Fontaine"
    # Two words of the addresses end with the piece: which one was cut cannot be told.
    assert restore_cut_word("line Fenwick", ["caroline.fenwick"], ["pauline-fenwick"]) == "line Fenwick"
