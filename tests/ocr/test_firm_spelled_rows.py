"""``firm_spelled_rows``: a firm's second row in another type joins the company when the card's own domain or
handle spells the rows together, on the side the spelling puts it; rows no address spells, rows of other
fields, far rows, titles and rows with digits stay apart; full-width letters are made plain."""

from __future__ import annotations

from cardbook.ocr.fields import CardLine
from cardbook.ocr.firm_spelled_rows import with_spelled_row
from cardbook.ocr.full_width import plain_width
from cardbook.ocr.parse_card import parse_lines
from cardbook.ocr.types import Box


def _card(header: list[tuple[str, Box, float]], contacts: tuple[str, ...]) -> list[CardLine]:
    lines = [CardLine(i, text, box, height) for i, (text, box, height) in enumerate(header)]
    top = max(box.bottom for _, box, _ in header) + 40
    for offset, text in enumerate(contacts):
        lines.append(CardLine(len(lines), text, Box(40, top + offset * 36, 420, 28), 28.0))
    return lines


BR_CONTACTS = ("Rua das Flores, 120 - Centro", "São Paulo/SP - CEP 01234-567", "(11) 98765-4321")


def test_a_big_owner_row_over_a_trade_row_joins_when_the_mailbox_domain_spells_both() -> None:
    header = [("Marco's", Box(40, 30, 420, 150), 150.0), ("Pizzeria", Box(40, 190, 300, 70), 70.0)]
    spelled = parse_lines(_card(header, (*BR_CONTACTS, "pedidos@marcospizzeria.com.br")), "BR").company
    assert spelled is not None and spelled.value == "Marco's Pizzeria"
    # The same card with a mailbox that spells something else: the company stays one row.
    other = parse_lines(_card(header, (*BR_CONTACTS, "pedidos@forno-lenha.com.br")), "BR").company
    assert other is None or "Marco's" not in other.value or "Pizzeria" not in other.value


def test_rows_join_in_the_order_the_spelling_gives_and_a_handle_may_spell_only_the_start() -> None:
    lines = [
        CardLine(0, "Aurora Móveis e Decoração", Box(40, 60, 600, 90), 90.0),
        CardLine(1, "CASA", Box(300, 20, 120, 36), 36.0),  # read after the big row, printed over it
    ]
    texts = {0: "Aurora Móveis e Decoração", 1: "CASA"}
    company = ("Aurora Móveis e Decoração", (0,), 0.6)
    assert with_spelled_row(company, set(), lines, texts, ["@casaaurora"]) == (
        "CASA Aurora Móveis e Decoração",
        (1, 0),
        0.6,
    )
    # A handle spelling fewer of the firm's letters than MIN_FIRM_LETTERS_SPELLED is a chance match.
    assert with_spelled_row(company, set(), lines, texts, ["@casaaur"]) == company
    below = [CardLine(0, "Verde", Box(40, 20, 400, 120), 120.0), CardLine(1, "FLORES", Box(60, 150, 200, 40), 40.0)]
    assert with_spelled_row(("Verde", (0,), 0.5), set(), below, {0: "Verde", 1: "FLORES"}, ["verdeflores"]) == (
        "Verde FLORES",
        (0, 1),
        0.5,
    )


def test_claimed_far_titled_numbered_rows_stay_apart() -> None:
    firm = CardLine(0, "Verde", Box(40, 20, 400, 120), 120.0)
    company = ("Verde", (0,), 0.5)
    cases = [
        (CardLine(1, "FLORES", Box(60, 600, 200, 40), 40.0), "verdeflores"),  # far below: another block
        (CardLine(1, "Gerente", Box(60, 150, 200, 40), 40.0), "verdegerente"),  # a job title
        (CardLine(1, "FLORES 24", Box(60, 150, 200, 40), 40.0), "verdeflores24"),  # digits: an address, a code
    ]
    for row, spelling in cases:
        assert with_spelled_row(company, set(), [firm, row], {0: "Verde", 1: row.text}, [spelling]) == company
    near = CardLine(1, "FLORES", Box(60, 150, 200, 40), 40.0)
    assert with_spelled_row(company, {1}, [firm, near], {0: "Verde", 1: "FLORES"}, ["verdeflores"]) == company


def test_a_letter_spaced_row_joins_whole_and_full_width_letters_are_made_plain() -> None:
    firm = CardLine(0, "Lima", Box(40, 80, 400, 160), 160.0)
    spaced = CardLine(1, "E S C Ｒ ITÓＲIＯ", Box(60, 20, 300, 50), 50.0)
    texts = {0: "Lima", 1: spaced.text}
    joined = with_spelled_row(("Lima", (0,), 0.5), set(), [firm, spaced], texts, ["escritoriolima"])
    assert joined == ("ESCRITÓRIO Lima", (1, 0), 0.5)
    assert plain_width("JOＲＧＥ １２") == "JORGE 12"
    assert with_spelled_row(("JOＲＧＥ", (0,), 0.5), set(), [firm], {0: "JOＲＧＥ"}, []) == ("JORGE", (0,), 0.5)
