"""What print-shop small-business cards add to ``smallbiz_data``'s rows (``shop_photo_set`` draws them).

``smallbiz_data`` already prints trades, services, WhatsApp numbers, CEP/ZIP+4 addresses and CRECI lines.
Real Brazilian and US phone-photographed cards add, and these variants draw (each from its own stream, so the
underlying card is the one ``smallbiz_data`` makes for the seed):

- a realtor's role in full ("Corretor de Imóveis" with its CRECI line; "Realtor®", "Broker/Owner");
- two roles on two lines ("Broker" over "Owner", "Sócio-Proprietário" over "Técnico Responsável"), the truth
  joined with ", " as docs/EVALUATION_FORMAT.md says;
- a long title cut after its first word onto a second line ("Técnico" / "em Refrigeração");
- a "Licensed & Insured" or "Orçamento sem compromisso" line among the services.

Every value is made up (no real card).
"""

from __future__ import annotations

import random
from dataclasses import replace

from .smallbiz_data import Row, SmallBizCard

BR_REALTOR = ("Corretor de Imóveis", "Corretora de Imóveis")
US_REALTOR = ("Realtor®", "Broker/Owner", "Broker Associate", "Realtor® | Broker")
# Pairs printed one above the other: the person holds both roles.
BR_ROLE_PAIRS = (("Sócio-Proprietário", "Técnico Responsável"), ("Proprietária", "Designer de Interiores"),
                 ("Proprietário", "Mestre de Obras"), ("Gerente", "Consultor de Vendas"))  # fmt: skip
US_ROLE_PAIRS = (("Broker", "Owner"), ("Owner", "Master Electrician"), ("President", "Lead Estimator"),
                 ("Owner", "Licensed Contractor"))  # fmt: skip
BR_NOTES = ("Orçamento sem compromisso", "Atendemos toda a região", "Aceitamos cartões")
US_NOTES = ("Licensed & Insured", "Bonded & Insured", "Free Estimates • Senior Discounts")


def _title_rows(card: SmallBizCard) -> tuple[int, int] | None:
    """Where the card's title rows are (first, end); None when it prints no title row of its own."""
    at = [index for index, row in enumerate(card.rows) if row.role == "title"]
    return (at[0], at[-1] + 1) if at else None


def _with_title(card: SmallBizCard, lines: list[str], truth: str) -> SmallBizCard:
    span = _title_rows(card)
    if span is None:
        return card
    rows = card.rows[: span[0]] + [Row(text, "title", "title") for text in lines] + card.rows[span[1] :]
    return replace(card, rows=rows, truth={**card.truth, "title": truth})


def shop_variants(card: SmallBizCard, rng: random.Random) -> tuple[SmallBizCard, list[str]]:
    """``card`` with at most one title variant and perhaps a note line; returns it and the variants drawn."""
    drawn: list[str] = []
    brazil = card.country == "BR"
    title = card.truth.get("title")
    pick = rng.random()
    if isinstance(title, str) and title and _title_rows(card) is not None:
        if pick < 0.25:
            role = rng.choice(BR_REALTOR if brazil else US_REALTOR)
            card = _with_title(card, [role], role)
            if brazil and not any(row.role == "registration" for row in card.rows):
                creci = f"CRECI {rng.randint(10000, 199999)}{rng.choice(('-F', '/SP', ' - 2ª Região', ''))}"
                card = replace(card, rows=[*card.rows, Row(creci, "registration", "small")])
            drawn.append("realtor")
        elif pick < 0.5:
            pair = rng.choice(BR_ROLE_PAIRS if brazil else US_ROLE_PAIRS)
            card = _with_title(card, list(pair), ", ".join(pair))
            drawn.append("two_roles")
        elif pick < 0.7 and " " in title:
            first, rest = title.split(" ", 1)
            card = _with_title(card, [first, rest], title)
            drawn.append("cut_title")
    if rng.random() < 0.4:
        note = rng.choice(BR_NOTES if brazil else US_NOTES)
        at = next((index + 1 for index, row in enumerate(card.rows) if row.role in ("services", "company")), 0)
        rows = [*card.rows[:at], Row(note, "slogan", "small"), *card.rows[at:]]
        tagline = " / ".join(row.text for row in rows if row.role in ("services", "slogan"))
        card = replace(card, rows=rows, truth={**card.truth, "tagline": tagline})
        drawn.append("note")
    return card, drawn
