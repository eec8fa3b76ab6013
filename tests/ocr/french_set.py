"""A synthetic evaluation set of French business cards: rendered, "photographed", with ground truth.

``generate(folder, count, seed)`` writes ``card-NN.jpg`` + ``card-NN.json`` (docs/EVALUATION_FORMAT.md format) into
``folder``; nothing is committed, every run makes the images afresh. The cards mix French layouts and
the hard cases seen on real cards: "Tél." / "Port." / "Fax" labels, legal forms (SARL, SAS, EURL), long
titles ("Directrice administrative et financière"), "12 bis, rue …" and "BP … CEDEX" addresses, the
"DUPONT Jean" order, particles ("Marie de La Fontaine"), e-mails without accents, dark cards, small
grey print, a coloured band, vCard QR codes; half of them photographed on a desk in perspective.

    python -m tests.ocr.french_set OUT_DIR [--count 24] [--seed 1]
    python -m cardbook.ocr.evaluate OUT_DIR
"""

from __future__ import annotations

import random
import unicodedata
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from .render import Card, Text, photograph
from .set_writer import print_paths, set_parser, truth_record, write_rendered_cards

# (name as printed, first name, surname) — the e-mail is built from the names without accents.
PEOPLE = [
    ("Marie de La Fontaine", "marie", "delafontaine"),
    ("DUPONT Jean", "jean", "dupont"),
    ("Hélène Leroy", "helene", "leroy"),
    ("François Lefèvre", "francois", "lefevre"),
    ("Élodie Garnier", "elodie", "garnier"),
    ("Jean-Baptiste Morel", "jean-baptiste", "morel"),
    ("MARTIN Sophie", "sophie", "martin"),
    ("Camille Rousseau", "camille", "rousseau"),
    ("Nicolas Bérard", "nicolas", "berard"),
    ("Anne-Sophie Dubois", "anne-sophie", "dubois"),
    ("Thierry Lemaître", "thierry", "lemaitre"),
    ("Inès Benali", "ines", "benali"),
]
TITLES = [
    "Directrice administrative et financière",
    "Expert-comptable",
    "Gérant",
    "Responsable des achats",
    "Chargée de communication",
    "Directeur commercial",
    "Ingénieure d'études",
    "Avocate associée",
    "Consultant en stratégie",
    "Responsable export",
]
# (company as printed, domain label)
COMPANIES = [
    ("Cabinet Fontaine SARL", "cabinet-fontaine"),
    ("Boulangerie Dupont SAS", "boulangerie-dupont"),
    ("Atelier Lumière EURL", "atelier-lumiere"),
    ("Quadrant Ingénierie SAS", "quadrant-ingenierie"),
    ("Horizon Conseil SARL", "horizon-conseil"),
    ("Transports Girard SA", "transports-girard"),
    ("Éditions du Rhône SAS", "editions-du-rhone"),
    ("Menuiserie Perrin EURL", "menuiserie-perrin"),
]
# Address lines as printed (one or two lines).
ADDRESSES = [
    ["12 bis, rue de la République – 69002 Lyon"],
    ["BP 123 – 75008 PARIS CEDEX 08"],
    ["45 avenue Jean Jaurès", "31000 Toulouse"],
    ["3 place du Marché", "13001 Marseille"],
    ["8 quai des Chartrons", "33000 Bordeaux"],
    ["27 boulevard Carnot", "59800 Lille"],
    ["ZI des Glaises, 2 allée des Artisans", "91120 Palaiseau"],
    ["14 rue Nationale – 37000 Tours"],
]
REGIONAL_PREFIX = {"69": "04 78", "75": "01 42", "31": "05 61", "13": "04 91", "33": "05 56", "59": "03 20"}


@dataclass(frozen=True)
class Style:
    background: tuple[int, int, int]
    ink: tuple[int, int, int]
    accent: tuple[int, int, int]
    small: tuple[int, int, int]  # colour of the contact lines
    band: bool = False
    small_size: int = 26
    photographed: bool = False
    qr: bool = False


STYLES = [
    Style((250, 250, 246), (20, 20, 20), (20, 40, 110), (40, 40, 40), photographed=True),
    Style((250, 250, 246), (25, 25, 25), (110, 30, 30), (130, 130, 130), small_size=21),  # small grey print
    Style((38, 32, 28), (240, 240, 240), (230, 200, 120), (215, 215, 215), photographed=True),  # dark card
    Style((246, 244, 236), (30, 30, 30), (255, 255, 255), (50, 50, 50), band=True),  # light-on-band company
    Style((250, 250, 250), (20, 20, 20), (20, 90, 60), (45, 45, 45), qr=True, photographed=True),
    Style((242, 246, 250), (30, 30, 50), (40, 70, 140), (70, 70, 90), small_size=22),
]


def _ascii(text: str) -> str:
    return "".join(ch for ch in unicodedata.normalize("NFKD", text) if not unicodedata.combining(ch))


def _digits(rng: random.Random, count: int) -> str:
    return " ".join(f"{rng.randint(10, 99)}" for _ in range(count))


def make_card(index: int, rng: random.Random) -> tuple[Card, dict[str, object], bool]:
    """One card, its ground truth (docs/EVALUATION_FORMAT.md) and whether to photograph it."""
    name, first, last = PEOPLE[index % len(PEOPLE)]
    title = TITLES[rng.randrange(len(TITLES))]
    company, domain = COMPANIES[rng.randrange(len(COMPANIES))]
    address = ADDRESSES[rng.randrange(len(ADDRESSES))]
    style = STYLES[index % len(STYLES)]
    postal = next((part for line in address for part in line.split() if part.isdigit() and len(part) == 5), "75008")
    prefix = REGIONAL_PREFIX.get(postal[:2], "01 45")
    work = f"{prefix} {_digits(rng, 3)}"
    mobile = f"0{rng.choice('67')} {_digits(rng, 4)}"
    fax = f"{prefix} {_digits(rng, 3)}"
    email = f"{first}.{last}@{domain}.fr"
    website = f"www.{domain}.fr"
    phones = [{"number": work, "kind": "work"}, {"number": mobile, "kind": "mobile"}]
    contact_lines = [f"Tél. {work}", f"Port. {mobile}"]
    if index % 3 == 0:
        contact_lines.append(f"Fax {fax}")
        phones.append({"number": fax, "kind": "fax"})
    contact_lines += [email, website]

    size = style.small_size
    lines = [Text(company, 42, "DejaVuSans-Bold.ttf", style.accent)]
    top = 50
    if style.band:
        top = 40
    lines += [
        Text(name, 38, "DejaVuSerif-Bold.ttf" if index % 2 else "DejaVuSans-Bold.ttf", style.ink),
        Text(
            title, 26 if len(title) > 30 else 30, "DejaVuSans-Oblique.ttf" if index % 2 else "DejaVuSans.ttf", style.ink
        ),
    ]
    lines += [Text(line, size, "DejaVuSansCondensed.ttf", style.small) for line in address]
    lines += [Text(line, size, "DejaVuSansCondensed.ttf", style.small) for line in contact_lines]
    qr = None
    if style.qr:
        given, family = (first.capitalize(), last.capitalize())
        qr = (
            f"BEGIN:VCARD\nVERSION:3.0\nN:{family};{given}\nFN:{name}\nORG:{company}\nTITLE:{title}\n"
            f"TEL;TYPE=WORK:{work}\nTEL;TYPE=CELL:{mobile}\nEMAIL:{email}\nURL:https://{website}\nEND:VCARD"
        )
        lines = [Text(line.text, min(line.size, 36), line.font, line.color) for line in lines]
    height = max(650, top + sum(int(line.size * 1.42) for line in lines) + 40)
    card = Card(
        lines,
        background=style.background,
        size=(1050, height),
        top=top,
        spacing=1.42,
        band=(20, 20 + 66, (120, 60, 20)) if style.band else None,
        qr=qr,
    )
    truth = truth_record(
        image=f"card-{index:02d}.jpg",
        kind="render",
        lang="fr",
        name=name,
        title=title,
        company=company,
        emails=[email],
        phones=phones,
        websites=[website],
        address=", ".join(address),
        lines=[line.text for line in lines],
        notes="synthetic (tests/ocr/french_set.py)",
    )
    return card, truth, style.photographed


def generate(folder: Path, count: int = 24, seed: int = 1) -> list[Path]:
    """Write ``count`` cards with ground truth into ``folder``; returns the image paths."""
    return write_rendered_cards(folder, count, seed, make_card, _photographed)


def _photographed(image: np.ndarray, rng: random.Random, seed: int) -> np.ndarray:
    return photograph(image, quarter_turns=rng.choice([0, 0, 1, 3]), seed=seed, tilt=0.05)


def main() -> None:
    args = set_parser("french_set", __doc__, 24).parse_args()
    print_paths(generate(args.folder, args.count, args.seed))


if __name__ == "__main__":
    main()
