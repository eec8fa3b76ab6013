"""Addresses as Brazilian and US small businesses print them beyond ``smallbiz_data``'s street, district, city and
CEP/ZIP: ``shop_photo_set --addresses wide`` draws them (a stream of their own, so the rest of the card is the
one the seed makes without the option).

Written from the two countries' postal conventions, not from any card:

- Brazil: planned cities number blocks and lots instead of houses ("Qd. 12 Lt. 3", "Quadra 104 Sul, Lote 5"),
  name their districts "Setor …", "Residencial …", "Núcleo …", "Distrito Industrial"; a road gives its
  kilometre ("Rodovia BR-153, Km 12"); a place without a number prints "s/n" (sem número); units are "Casa",
  "Galpão", "Box", "Bloco", "Loja", "Sala"; the city and its state as "Cidade - UF" or "Cidade/UF", the CEP
  on its own line or after them.
- The US: "PO Box" and "P.O. Box" lines, a private mailbox ("PMB 203"), "Ste." and "#" units, "Bldg" and
  "Unit", the unit on a line of its own, ZIP+4, the city and state without a comma.
"""

from __future__ import annotations

import random
from dataclasses import replace

from .smallbiz_data import Row, SmallBizCard, _digits
from .trade_layouts import _cities

BR_BLOCK_STREETS = ("Rua {n}", "Av. T-{n}", "Rua C-{n}", "Alameda {n}", "Avenida {n}")
BR_DISTRICTS = ("Setor Bueno", "Setor Central", "Setor Sul", "Setor Oeste", "Residencial Aldeia do Vale",
                "Núcleo Bandeirante", "Distrito Industrial", "Zona Rural", "Parque Industrial", "Jardim Europa",
                "Loteamento Santa Rita", "Conjunto Habitacional")  # fmt: skip
BR_ROADS = ("Rodovia BR-{r}", "Rod. SP-{r}", "Rodovia GO-{r}", "Estrada Municipal", "Estrada Velha")
BR_UNITS = ("Casa {u}", "Galpão {u}", "Box {u}", "Bloco {b}", "Loja {u}", "Sala {u}")
US_STREETS = ("Main St.", "Oak Street", "N Central Expy", "W Lake Ave", "Hwy 50 E", "Commerce Dr", "Pine Rd")
US_UNITS = ("Ste. {u}", "Suite {u}", "# {u}", "Bldg {b}", "Unit {u}")


def _br_city_line(rng: random.Random, city: str, state: str) -> str:
    return rng.choice((f"{city} - {state}", f"{city}/{state}", f"{city} - {state}"))


def _cep(rng: random.Random) -> str:
    return rng.choice(("CEP {c}", "CEP: {c}", "{c}")).format(c=f"{rng.randint(10000, 99999)}-{_digits(rng, 3)}")


def br_wide_address(rng: random.Random) -> list[str]:
    """Two to four printed lines of a Brazilian address in one of the shapes above."""
    city, state = rng.choice(_cities("BR"))
    unit = rng.choice(BR_UNITS).format(u=rng.randint(1, 40), b=rng.choice("ABCD"))
    shape = rng.randrange(5)
    if shape == 0:  # "Rua 15, Qd. 22, Lt. 8" / "Setor Bueno"
        street = rng.choice(BR_BLOCK_STREETS).format(n=rng.randint(1, 90))
        lot = rng.choice(("Qd. {q} Lt. {l}", "Quadra {q}, Lote {l}", "Qd. {q}, Lt. {l}"))
        lines = [f"{street}, {lot.format(q=rng.randint(1, 240), l=rng.randint(1, 40))}", rng.choice(BR_DISTRICTS)]
    elif shape == 1:  # "Rodovia BR-153, Km 12, s/n"
        road = rng.choice(BR_ROADS).format(r=rng.randint(10, 480))
        lines = [f"{road}, Km {rng.randint(1, 400)}" + rng.choice(("", ", s/n", " - s/n")), rng.choice(BR_DISTRICTS)]
    elif shape == 2:  # "Rua Goiás, s/n - Casa 2"
        street = rng.choice(("Rua Goiás", "Rua Bahia", "Av. Brasil", "Travessa da Paz", "Rua do Comércio"))
        lines = [f"{street}, {rng.choice(('s/n', str(rng.randint(10, 2900))))} - {unit}"]
        if rng.random() < 0.6:
            lines.append(rng.choice(BR_DISTRICTS))
    elif shape == 3:  # "Qd. 104 Sul, Alameda 12, Lote 5" on one line, the district after a dash
        lines = [f"Qd. {rng.randint(100, 600)} {rng.choice(('Sul', 'Norte'))}, Alameda {rng.randint(1, 30)}, "
                 f"Lote {rng.randint(1, 40)} - {rng.choice(BR_DISTRICTS)}"]  # fmt: skip
    else:  # the unit on its own line under the street
        street = rng.choice(("Rua das Flores", "Av. Goiás", "Rua Sete de Setembro", "Av. Anhanguera"))
        lines = [f"{street}, {rng.randint(10, 2900)}", unit, rng.choice(BR_DISTRICTS)]
    city_line = _br_city_line(rng, city, state)
    if rng.random() < 0.5:
        lines.append(f"{city_line} - {_cep(rng)}" if rng.random() < 0.5 else city_line)
        if not lines[-1].endswith(tuple("0123456789")):
            lines.append(_cep(rng))
    else:
        lines += [city_line, _cep(rng)]
    return lines


def us_wide_address(rng: random.Random) -> list[str]:
    """Two or three printed lines of a US address in one of the shapes above."""
    city, state = rng.choice(_cities("US"))
    zip_code = f"{rng.randint(10000, 99950)}" + (f"-{_digits(rng, 4)}" if rng.random() < 0.5 else "")
    last = rng.choice((f"{city}, {state} {zip_code}", f"{city} {state} {zip_code}"))
    number = rng.randint(10, 24000)
    unit = rng.choice(US_UNITS).format(u=rng.randint(2, 450), b=rng.choice("ABC"))
    shape = rng.randrange(4)
    if shape == 0:
        lines = [rng.choice(("PO Box {n}", "P.O. Box {n}", "PO BOX {n}")).format(n=rng.randint(1, 9999))]
    elif shape == 1:
        lines = [f"{number} {rng.choice(US_STREETS)}, PMB {rng.randint(100, 999)}"]
    elif shape == 2:
        lines = [f"{number} {rng.choice(US_STREETS)}", unit]
    else:
        lines = [f"{number} {rng.choice(US_STREETS)} {unit}"]
    return [*lines, last]


def wide_address(rng: random.Random, country: str) -> list[str]:
    return br_wide_address(rng) if country == "BR" else us_wide_address(rng)


def with_wide_address(card: SmallBizCard, rng: random.Random) -> SmallBizCard:
    """``card`` with its address rows (and their label) replaced by one of the shapes above, the truth too."""
    at = [index for index, row in enumerate(card.rows) if row.role in ("address", "label")]
    if not at:
        return card
    lines = wide_address(rng, card.country)
    rows = card.rows[: at[0]] + [Row(line, "address") for line in lines] + card.rows[at[-1] + 1 :]
    return replace(card, rows=rows, truth={**card.truth, "address": ", ".join(lines)})
