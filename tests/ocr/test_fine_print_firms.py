"""The firm's full name from the fine print, and what a logo or OCR leaves around the names.

- The fine print restates the firm ("Firm & Partner : KvK …", "Firm, Partner and Partner : Registered in …"):
  built like a list, it is still read for the wordmark's full name; scored without its registration, it names
  the firm when only the domain and a department line would otherwise.
- A logo's symbol read as two letters ("Oo") or as marks glued to the first letter ("(©)I") before the wordmark.
- A dotted legal form ending a line ("S.Com.") is no web address's first piece.
- A joining word ("y", "e") is a word of its own, even inside the domain.
- An honorific glued to the given name ("Dr.Anna") is an honorific still.
- A European street read on the firm's line (two columns read as one) is cut off.

Lines are laid out left-aligned, one under the other, in the letter heights given (as OCR reports them)."""

from __future__ import annotations

from cardbook.ocr.fields import CardFields
from cardbook.ocr.firm_before_address import firm_before_address
from cardbook.ocr.firm_evidence import without_fine_print
from cardbook.ocr.legal_forms import has_legal_form
from cardbook.ocr.logo_residue import without_logo_residue
from cardbook.ocr.parse_card import parse_lines
from cardbook.ocr.parse_columns import split_merged_columns
from cardbook.ocr.parse_domains import webmail_misread
from cardbook.ocr.parse_people import mended_honorifics

from .line_cards import stacked_lines


def _fields(rows: list[tuple[str, float]]) -> CardFields:
    return parse_lines(stacked_lines(rows), "FR")


def _company(fields: CardFields) -> str | None:
    return fields.company.value if fields.company is not None else None


def test_the_fine_print_gives_the_partners_after_an_ampersand() -> None:
    fields = _fields(
        [
            ("Vandermolen", 46),
            ("Kwaliteit sinds 1961", 13),
            ("ir. Sanne de Wit", 27),
            ("Algemeen directeur", 24),
            ("T 010 555 0193", 18),
            ("sanne@vandermolen.nl", 23),
            ("Vandermolen & van Oostrum : KvK 12345678 : BTW NL001234567B01", 13),
        ]
    )
    assert _company(fields) == "Vandermolen & van Oostrum"


def test_the_fine_print_built_like_a_list_still_names_the_partners() -> None:
    fields = _fields(
        [
            ("A Thornbury", 65),
            ("Moving business forward", 14),
            ("Dr. Helen K. Marsh", 27),
            ("Chief Executive Officer", 19),
            ("Managing Director", 24),
            ("D: (201) 555-0147", 18),
            ("marsh@thornbury.com", 23),
            ("Thornbury, Pike and Ellison : Registered in Delaware", 14),
        ]
    )
    assert _company(fields) == "Thornbury, Pike and Ellison"


def test_a_firm_named_only_in_the_fine_print_is_not_the_department() -> None:
    fields = _fields(
        [
            ("Jan Verbeke", 41),
            ("Adviseur", 32),
            ("Afdeling Financiën", 39),
            ("Tel. 012 34 56 78", 36),
            ("verbeke@dekeyser.be", 42),
            ("dekeyser.be", 40),
            ("De Keyser BV· BTW BE 0123.456.789· RPR Gent", 30),
        ]
    )
    assert _company(fields) == "De Keyser BV"


def test_a_symbol_read_as_two_letters_before_the_wordmark_is_dropped() -> None:
    fields = _fields(
        [
            ("Oo Lindqvar", 73),
            ("Petra Lange", 34),
            ("Prokuristin", 19),
            ("Tel. 030 1234567", 18),
            ("lange@lindqvar.de", 23),
        ]
    )
    assert _company(fields) == "Lindqvar"


def test_two_letters_the_domain_spells_or_a_particle_stay() -> None:
    assert without_logo_residue("Oo Lindqvar", ["oolindqvar"]) == "Oo Lindqvar"
    assert without_logo_residue("La Fontaine", ["fontaine"]) == "La Fontaine"
    assert without_logo_residue("Oo Lindqvar", []) == "Oo Lindqvar"


def test_marks_glued_before_the_wordmark_are_dropped_with_the_letter_they_left() -> None:
    assert without_logo_residue("(©)IKORVA HOLDING", ["korvaholding"]) == "KORVA HOLDING"
    assert without_logo_residue("(©)IKORVA HOLDING", ["ikorvaholding"]) == "IKORVA HOLDING"
    assert without_logo_residue("IKORVA HOLDING", ["korvaholding"]) == "IKORVA HOLDING"


def test_a_dotted_legal_form_ends_the_firm_not_a_web_address() -> None:
    fields = _fields(
        [
            ("Hermanos Ybarra S.Com.", 48),
            ("Su socio de confianza", 13),
            ("Lucía Prieto", 26),
            ("Directora General", 19),
            ("T: 910 11 71 64", 18),
            ("prieto@hermanosybarra.es", 23),
        ]
    )
    assert _company(fields) == "Hermanos Ybarra S.Com."
    assert not fields.websites


def test_a_joining_word_is_not_glued_to_the_next_word_of_the_domain() -> None:
    fields = _fields(
        [
            ("D. Tomás Vera", 26),
            ("Responsable de Operaciones", 24),
            ("Tel. +34 810 97 22 79", 18),
            ("tvera@ortizyasociados.es", 23),
            ("Ortiz y asociados S.Com. - CIF B08032542 - Registro Mercantil de Sevilla", 14),
        ]
    )
    assert _company(fields) == "Ortiz y asociados S.Com."


def test_an_honorific_glued_to_the_given_name_is_spaced() -> None:
    assert mended_honorifics("Prof. Dr.Anna Vogt") == "Prof. Dr. Anna Vogt"
    assert mended_honorifics("M.A. Vogt, Ph.D.") == "M.A. Vogt, Ph.D."
    fields = _fields(
        [
            ("Brenholt", 78),
            ("Prof. Dr.Anna Vogt", 44),
            ("Leiterin Finanzen", 37),
            ("T +49 (0)30 190006", 35),
            ("anna@brenholt.de", 40),
        ]
    )
    assert fields.name is not None and fields.name.value == "Prof. Dr. Anna Vogt"


def test_an_honorifics_l_read_as_capital_i_is_written_back() -> None:
    assert mended_honorifics("DipI.-Kfm. Jonas Weber") == "Dipl.-Kfm. Jonas Weber"
    assert mended_honorifics("INFORMATIK") == "INFORMATIK"


def test_a_family_name_after_a_particle_is_no_title() -> None:
    """A family name that is also a trade ("le Boulanger") after a particle in lower case: the name's end."""
    fields = _fields(
        [
            ("Vermeulen", 38),
            ("Projectleider", 24),
            ("dr. Pierre J. le Boulanger", 27),
            ("Telefoon +31 10 555 0146", 18),
            ("pierre.leboulanger@vermeulen.nl", 22),
        ]
    )
    assert fields.name is not None and fields.name.value == "dr. Pierre J. le Boulanger"


def test_the_fine_print_spells_the_wordmarks_accents() -> None:
    fields = _fields(
        [
            ("A loffler", 66),
            ("Ingenieurskunst seit 1921", 13),
            ("Dr. Jonas Weber", 26),
            ("Abteilung Einkauf", 24),
            ("weber@loffler.de", 23),
            ("Löffler - Sitz Kassel - Amtsgericht Kassel HRB 03411", 14),
        ]
    )
    assert _company(fields) == "Löffler"


def test_the_fine_print_firm_ends_at_its_legal_form_before_its_capital() -> None:
    assert without_fine_print("Lemaire S.A. au capital de 838 000 € - RCS Lyon 339 851 247") == "Lemaire S.A."
    assert without_fine_print("Vektor Sp. z o.o.") == "Vektor Sp. z o.o."


def test_the_firm_the_domain_spells_opening_the_address_line_is_the_firm() -> None:
    """OCR read the firm's name and the next column's street as one line."""
    assert firm_before_address("À Fundacja Lipowa aleja Brzozowa 01/22", ["fundacjalipowa"]) == (
        "Fundacja Lipowa",
        "aleja Brzozowa 01/22",
    )
    assert firm_before_address("Lipowa 12, 61-573 Poznań", ["lipowa"]) is None  # too short a label to tell


def test_a_legal_form_read_with_digits_opening_the_address_line_stays_the_firms() -> None:
    """ "Sp. z 0.0.": OCR's digits for the form's letters; the form is the firm's, not the street's first words."""
    assert firm_before_address("Vektor Sp. z 0.0. · ul. Brzozowa 12 · 61-573 Poznań", ["vektor"]) == (
        "Vektor Sp. z o.o.",
        "ul. Brzozowa 12 · 61-573 Poznań",
    )
    assert firm_before_address("Vektor Sp. z o.o. · ul. Brzozowa 12", ["vektor"]) == (
        "Vektor Sp. z o.o.",
        "ul. Brzozowa 12",
    )


def test_a_family_name_spelt_like_a_legal_form_with_an_accent_is_a_name() -> None:
    fields = _fields(
        [
            ("Tomás Sá", 29),
            ("Massagista", 24),
            ("Tel. 21 202 3430", 19),
            ("sa@ribeiroefilhos.pt", 23),
        ]
    )
    assert fields.name is not None and fields.name.value == "Tomás Sá"
    assert has_legal_form("Ribeiro Lda.") and not has_legal_form("Tomás Sá")


def test_a_symbols_marks_before_the_wordmark_are_dropped() -> None:
    assert without_logo_residue("im) Grupa Nowak Sp.j.", ["grupanowak"]) == "Grupa Nowak Sp.j."
    assert without_logo_residue("J. Nowak Sp.j.", ["nowak"]) == "J. Nowak Sp.j."


def test_a_free_mailbox_misread_names_no_firm() -> None:
    assert webmail_misread("laol") and webmail_misread("gmall")
    assert not webmail_misread("sol") and not webmail_misread("aol")
    fields = _fields([("Hyun Park", 75), ("Estimator", 46), ("Cell 959 861 4051", 50), ("hyunpark@laol.com", 50)])
    assert fields.company is None


def test_a_european_street_read_on_the_firms_line_is_cut_off() -> None:
    """Two columns read as one line: the firm (after a logo's letter) and the other column's street."""
    lines = split_merged_columns(stacked_lines([("A Nordwerk Brunner Lindenstrasse 63", 30)]))
    assert [line.text for line in lines] == ["A Nordwerk Brunner", "Lindenstrasse 63"]
    lines = split_merged_columns(stacked_lines([("Fundacja Lipowa aleja Brzozowa 01/22", 30)]))
    assert [line.text for line in lines] == ["Fundacja Lipowa", "aleja Brzozowa 01/22"]
    assert len(split_merged_columns(stacked_lines([("Lindenstrasse 63", 30)]))) == 1
