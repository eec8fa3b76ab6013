"""Field labelling from evidence that holds on cards no rule was written for: what the e-mail and the
domain say of the lines, quotations, honorifics, and how far the line classifier is trusted alone.

Every card here is made up; lines are laid out left-aligned, one under the other, in the letter heights
given (as OCR reports them), so layout evidence (type size, neighbours) is real."""

from __future__ import annotations

from cardbook.ocr.fields import CardFields, CardLine
from cardbook.ocr.legal_forms import repair_legal_form
from cardbook.ocr.line_classifier import role_probabilities
from cardbook.ocr.parse_card import parse_lines
from cardbook.ocr.parse_domains import domain_company, rejoin_split_words, without_place
from cardbook.ocr.parse_roles import CLASSIFIER_TITLE_ALONE
from cardbook.ocr.types import Box

from .line_cards import stacked_lines


def _roles(rows: list[tuple[str, float]]) -> tuple[str | None, str | None, str | None]:
    fields: CardFields = parse_lines(stacked_lines(rows), "FR")
    return tuple(getattr(getattr(fields, role), "value", None) for role in ("name", "title", "company"))  # type: ignore[return-value]


def test_a_shop_name_on_two_lines_spelled_by_its_email_is_one_company() -> None:
    name, _, company = _roles(
        [
            ("Confeitaria Doce", 56),
            ("Maria Clara", 46),
            ("Tel: (11) 3456-7890", 20),
            ("confeitariamariaclara@gmail.com", 20),
        ]
    )
    assert (name, company) == (None, "Confeitaria Doce Maria Clara")


def test_a_persons_email_does_not_join_the_name_to_the_company_above() -> None:
    """The local part spells the person's name, which shares a word with the firm's: not one name."""
    assert _roles(
        [("Dupont Conseil", 32), ("Jean Dupont", 30), ("Directeur", 18), ("jean.dupont@dupont-conseil.fr", 16)]
    ) == ("Jean Dupont", "Directeur", "Dupont Conseil")


def test_the_author_under_a_quotation_is_not_the_cards_person() -> None:
    name, _, company = _roles(
        [
            ("Librairie du Port", 40),
            ("“Reading is to the mind what exercise is to the body”", 18),
            ("Joseph Addison", 16),
            ("12 Quay Street", 16),
            ("Portsmouth PO1 2AB", 16),
            ("Tel 023 9212 3456", 16),
        ]
    )
    assert (name, company) == (None, "Librairie du Port")


def test_a_domain_names_the_firm_without_the_city_it_appends() -> None:
    rows: list[tuple[str, float]] = [
        ("Open daily 7-15", 20),
        ("88 Harbour Road", 18),
        ("Bristol BS1 4RN", 18),
        ("Tel 0117 496 0321", 18),
        ("www.bluefinsushibristol.co.uk", 18),
    ]
    assert _roles(rows)[2] == "Bluefinsushi"
    assert without_place("riodejaneirotours", "Av. Atlântica 1702, Rio de Janeiro - RJ") == "tours"
    assert without_place("rio", "Rio de Janeiro") == "rio"  # nothing would be left: kept whole
    assert domain_company(["blue-harbor"], "", "") == ("Blue Harbor", (), 0.35)


def test_a_space_ocr_put_inside_a_word_the_email_spells_is_undone() -> None:
    name, title, _ = _roles(
        [
            ("Nordlicht Optik GmbH", 36),
            ("Ann Hoffm ann", 28),
            ("Augenoptikerin", 18),
            ("Tel. 030 1234567", 16),
            ("ann.hoffmann@nordlicht-optik.de", 16),
        ]
    )
    assert (name, title) == ("Ann Hoffmann", "Augenoptikerin")
    assert rejoin_split_words("Colom bo Arredam enti S.r.l.", [], ["colomboarredamenti"]) == (
        "Colombo Arredamenti S.r.l."
    )
    # Words of their own stay apart unless an address spells the two as one whole word.
    assert rejoin_split_words("Marie de La Fontaine", ["mariedelafontaine"], []) == "Marie de La Fontaine"
    assert rejoin_split_words("Durand et Fils", [], ["durandetfils"]) == "Durand et Fils"
    assert rejoin_split_words("Carm en Ruiz", ["carmen.ruiz"], []) == "Carmen Ruiz"


def test_a_leading_honorific_keeps_the_name() -> None:
    name, _, _ = _roles(
        [("DR. ELLA MORVAN", 40), ("Orthodontist", 24), ("Tel 217-555-0143", 20), ("Springfield, IL 62704", 20)]
    )
    assert name == "DR. ELLA MORVAN"


def test_the_model_alone_takes_a_one_word_title_not_a_description() -> None:
    """A title no lexicon lists is a compound word; a longer line the model finds title-like beside the
    name is the practice's description (the model gives both 0.9 or more on this layout)."""
    layout = [
        ("Ph: 217-555-0143", 26, (93, 76, 266, 27)),
        ("Fax: 217-555-0144", 25, (704, 77, 282, 25)),
        ("ELLA MORVAN, D.D.S.", 39, (239, 244, 600, 46)),
        ("", 34, (275, 295, 528, 42)),
        ("Clinic Hours", 28, (93, 455, 184, 28)),
        ("88 Elm Street, Suite 4", 26, (596, 457, 392, 32)),
        ("Evenings Too", 32, (94, 498, 235, 32)),
        ("Springfield, IL 62704", 25, (673, 498, 314, 32)),
    ]

    def roles(line: str) -> tuple[str | None, str | None]:
        lines = [CardLine(i, text or line, Box(*box), height, 0.95) for i, (text, height, box) in enumerate(layout)]
        probabilities = role_probabilities(lines, [], [])
        assert probabilities[3]["title"] >= CLASSIFIER_TITLE_ALONE  # the model alone would take it
        fields = parse_lines(lines, "US")
        return getattr(fields.name, "value", None), getattr(fields.title, "value", None)

    assert roles("Gentle Oral Surgery") == ("ELLA MORVAN, D.D.S.", None)
    assert roles("Kieferorthopädin") == ("ELLA MORVAN, D.D.S.", "Kieferorthopädin")


def test_a_wordmark_shaped_like_a_name_needs_a_persons_evidence() -> None:
    """Capitalised words in large type, with no first name, no e-mail and no title beside them, are the
    shop's wordmark even when the model finds them name-like."""
    name, _, company = _roles(
        [
            ("NORTH WIND KITES", 44),
            ("Kites, string and tails", 20),
            ("15 Beach Road", 18),
            ("Brighton BN1 1AA", 18),
            ("Tel 01273 555 012", 18),
        ]
    )
    assert (name, company) == (None, "NORTH WIND KITES")


def test_a_name_outside_the_names_data_is_kept_when_another_line_names_the_company() -> None:
    """No first-name data, no e-mail, no title: still the person when the company is printed apart."""
    name, _, company = _roles(
        [
            ("Quillfern Joinery Ltd", 30),
            ("Keoni Akana", 40),
            ("12 Mossgate Lane", 16),
            ("Tel. 555 201 3344", 16),
        ]
    )
    assert (name, company) == ("Keoni Akana", "Quillfern Joinery Ltd")


def test_a_wordmark_above_a_legal_name_joins_it_when_the_domain_spells_both() -> None:
    contact = [("Tel. 04 86 09 11 18", 16), ("paul.girard@optique-vernier.fr", 16), ("www.optique-vernier.fr", 16)]
    rows = [("Optique", 60), ("Vernier SAS", 48), ("Paul Girard", 20), ("Opticien", 16), *contact]
    assert _roles(rows)[2] == "Optique Vernier SAS"
    # A logo repeating a word of the legal name is not part of it.
    repeated = [("VERNIER", 60), ("Vernier SAS", 48), ("Paul Girard", 20), ("Opticien", 16), *contact[:1]]
    assert _roles([*repeated, ("paul.girard@vernier.fr", 16)])[2] == "Vernier SAS"


def test_a_legal_form_misread_with_a_capital_i_is_written_back() -> None:
    assert repair_legal_form("Colombo Arredamenti S.r.I.") == "Colombo Arredamenti S.r.l."
    assert repair_legal_form("Moreau SARL") == "Moreau SARL"
    assert repair_legal_form("Studio INTL") == "Studio INTL"
    rows = [("Bianchi Arredi S.r.I.", 36), ("Marco Ricci", 24), ("Responsabile Acquisti", 18)]
    assert _roles([*rows, ("Tel. 02 9087542", 16)])[2] == "Bianchi Arredi S.r.l."
