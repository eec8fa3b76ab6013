"""A generated set of the ways cards print their addresses on the web: e-mails, websites and social
profiles, rendered as flatbed scans and phone photos, with the truth as printed.

The set draws, per card, two to four web lines from these shapes: a website with or without "www.",
"http(s)://", in capitals, with a path ("/contact", "/fr"); country and second-level suffixes (.com.br,
.co.uk, .com.au, .gouv.fr, .org.br), long hyphenated domains, new generic suffixes (.studio, .design,
.immo, .paris, .coffee, .realty, .health); a website printed with spaces around its dots or cut across
two lines; an e-mail of another domain than the website, two e-mails, an e-mail with "+" or dots; social
profiles as addresses
(instagram.com/x, linkedin.com/in/x) and handles ("IG: @x", "IG @x.y", "@x.y", "f /x"); a small icon
before a line; "E-mail :", "Site :", "Web:", "Webseite:" labels in French, Portuguese and German.

    python -m tests.ocr.web_set OUT_DIR [--count 40] [--seed 1]        # write the cards
    python -m tests.ocr.web_set OUT_DIR --score [--cache FILE] [-v]    # read them, F1 per web field

``--score`` prints the F1 of emails, websites and social (social compared by its handle: the profile's
last path part without "@"), and the cards with all three right; ``--cache`` keeps each card's OCR
lines so that a parser change is measured again in seconds. The images are made afresh by every run;
the docs/EVALUATION_FORMAT.md truth files sit beside them (``evaluate`` scores their other fields).
"""

from __future__ import annotations

import json
import random
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from .render import Card, Text, photograph
from .set_writer import print_paths, set_parser, truth_record, write_rendered_cards

PEOPLE = [
    ("Laura Whitfield", "laura", "whitfield"),
    ("Pedro Albuquerque", "pedro", "albuquerque"),
    ("Sophie Marchand", "sophie", "marchand"),
    ("Jonas Becker", "jonas", "becker"),
    ("Amelia Hart", "amelia", "hart"),
    ("Rafael Monteiro", "rafael", "monteiro"),
    ("Claire Dubreuil", "claire", "dubreuil"),
    ("Martin Krüger", "martin", "krueger"),
    ("Olivia Bennett", "olivia", "bennett"),
    ("Juliana Ferraz", "juliana", "ferraz"),
]
# (company as printed, domain label, suffix): invented firms, suffixes of the shapes cards print.
FIRMS = [
    ("Northgate Joinery", "northgate-joinery", "co.uk"),
    ("Casa Verde Paisagismo", "casaverdepaisagismo", "com.br"),
    ("Atelier Brume", "atelier-brume", "fr"),
    ("Harbourline Surveyors", "harbourline", "com.au"),
    ("Lumen Studio", "lumen", "studio"),
    ("Kite & Kettle Design", "kiteandkettle", "design"),
    ("Maison Ardoise Immobilier", "maison-ardoise", "immo"),
    ("Pâtisserie Belleville", "patisserie-belleville", "paris"),
    ("Instituto Raízes", "institutoraizes", "org.br"),
    ("Mairie de Valcourt", "valcourt", "gouv.fr"),
    ("Brightwell Dental Care", "brightwell-dental-care-and-orthodontics", "com"),
    ("Schreinerei Holzmann", "holzmann-schreinerei", "de"),
    ("Copperleaf Analytics", "copperleaf", "io"),
    ("Vale do Sol Turismo", "valedosol-turismo-receptivo", "com.br"),
    ("Fjordline Consulting", "fjordline", "net"),
    ("Greenmile Logistics", "greenmile", "org"),
    ("Roastwell Coffee", "roastwell", "coffee"),
    ("Keystone Realty Group", "keystone-homes", "realty"),
    ("Bayside Physio", "baysidephysio", "health"),
    ("Ardmore Wealth", "ardmorewealth", "ie"),
]
PATHS = ["/contact", "/fr", "/en", "/about"]
ICONS = ["✉", "■", "●", "◆", "▶", "⌂"]
# Labels before a line, by language: (e-mail label, website label).
LABELS = [
    ("E-mail :", "Site :"),  # French
    ("Email:", "Web:"),
    ("E-mail:", "Site:"),  # Portuguese
    ("E-Mail:", "Webseite:"),  # German
    ("Mail:", "Internet:"),
]


@dataclass
class WebBlock:
    """The web lines of one card as printed, and what they are."""

    lines: list[str] = field(default_factory=list)
    emails: list[str] = field(default_factory=list)
    websites: list[str] = field(default_factory=list)
    social: list[str] = field(default_factory=list)


def _website(rng: random.Random, domain: str, block: WebBlock, label: str | None) -> None:
    shape = rng.randrange(8)
    host = f"{domain}"
    if shape == 0:
        printed = f"www.{host}"
    elif shape == 1:
        printed = host
    elif shape == 2:
        printed = f"https://{host}"
    elif shape == 3:
        printed = f"http://www.{host}{rng.choice(PATHS)}"
    elif shape == 4:
        printed = f"WWW.{host.upper()}"
    elif shape == 5:
        printed = f"{host}{rng.choice(PATHS)}"
    elif shape == 6:  # spaces around the dots, as some wordmarks space their letters
        spaced = " . ".join(f"www.{host}".split("."))
        block.lines.append(f"{label} {spaced}" if label else spaced)
        block.websites.append(f"www.{host}")
        return
    else:  # cut across two lines after a hyphen or a dot
        whole = f"www.{host}"
        cut = whole.rfind("-", 0, len(whole) - 6)
        if cut < 8:
            cut = whole.find(".", 5)
        head, tail = whole[: cut + 1], whole[cut + 1 :]
        block.lines += [f"{label} {head}" if label else head, tail]
        block.websites.append(whole)
        return
    block.lines.append(f"{label} {printed}" if label else printed)
    block.websites.append(printed)


def _email(rng: random.Random, first: str, last: str, domain: str, block: WebBlock, label: str | None) -> None:
    shape = rng.randrange(4)
    if shape == 0:
        local = f"{first}.{last}"
    elif shape == 1:
        local = f"{first}+events"
    elif shape == 2:
        local = f"{first[0]}.{last}"
    else:
        local = rng.choice(["contact", "hello", "contato", "info", "bonjour"])
    address = f"{local}@{domain}"
    block.lines.append(f"{label} {address}" if label else address)
    block.emails.append(address)


def _social(rng: random.Random, first: str, last: str, label_word: str, block: WebBlock) -> None:
    handle = f"{label_word.replace('-', '')[:12]}"
    shape = rng.randrange(6)
    if shape == 0:
        printed, truth = f"instagram.com/{handle}", f"instagram.com/{handle}"
    elif shape == 1:
        printed, truth = f"linkedin.com/in/{first}-{last}", f"linkedin.com/in/{first}-{last}"
    elif shape == 2:
        printed, truth = f"IG: @{handle}", f"@{handle}"
    elif shape == 3:
        dotted = f"{first}.{last}"
        printed, truth = f"IG @{dotted}", f"@{dotted}"
    elif shape == 4:
        dotted = f"{handle}.{rng.choice(['oficial', 'studio', 'co'])}"
        printed, truth = f"@{dotted}", f"@{dotted}"
    else:
        printed, truth = f"f /{handle}", f"/{handle}"
    block.lines.append(printed)
    block.social.append(truth)


def web_block(rng: random.Random, first: str, last: str, domain: str) -> WebBlock:
    """Two to four web lines of a card whose firm's domain is ``domain`` ("lumen.studio")."""
    block = WebBlock()
    labels = rng.choice(LABELS) if rng.random() < 0.4 else (None, None)
    label_word = domain.split(".")[0]
    _email(rng, first, last, domain, block, labels[0])
    if rng.random() < 0.3:  # a second address: the person's own or a shared one of another domain
        other = rng.choice(FIRMS)
        _email(rng, first, last, f"{other[1]}.{other[2]}", block, labels[0])
    site_domain = domain
    if rng.random() < 0.25:  # the website of another domain than the e-mail's
        other = rng.choice(FIRMS)
        site_domain = f"{other[1]}.{other[2]}"
    if rng.random() < 0.85:
        _website(rng, site_domain, block, labels[1])
    if rng.random() < 0.6:
        _social(rng, first, last, label_word, block)
    return block


def make_card(index: int, rng: random.Random) -> tuple[Card, dict[str, object], bool]:
    """One card, its truth (docs/EVALUATION_FORMAT.md, ``social`` as printed) and whether to photograph it."""
    name, first, last = PEOPLE[index % len(PEOPLE)]
    company, label, suffix = FIRMS[rng.randrange(len(FIRMS))]
    block = web_block(rng, first, last, f"{label}.{suffix}")
    phone = f"+1 (415) 555-{rng.randint(1000, 9999)}"
    icons = rng.random() < 0.35
    size = rng.choice([24, 26, 28])
    ink = (25, 25, 30)
    lines = [
        Text(company, 40, "DejaVuSans-Bold.ttf", (30, 60, 110)),
        Text(name, 36, "DejaVuSans-Bold.ttf", ink),
        Text("Director", 28, "DejaVuSans.ttf", ink),
        Text(f"Tel {phone}", size, "DejaVuSansCondensed.ttf", ink),
    ]
    printed = [f"{rng.choice(ICONS)} {line}" if icons else line for line in block.lines]
    lines += [Text(line, size, "DejaVuSansCondensed.ttf", ink) for line in printed]
    height = max(650, 55 + sum(int(line.size * 1.45) for line in lines) + 40)
    card = Card(lines, size=(1050, height))
    truth = truth_record(
        image=f"card-{index:02d}.jpg",
        kind="render",
        lang="en",
        name=name,
        title="Director",
        company=company,
        emails=block.emails,
        phones=[{"number": phone, "kind": "work"}],
        websites=block.websites,
        address=None,
        social=block.social,
        lines=[line.text for line in lines],
        notes="synthetic (tests/ocr/web_set.py)",
    )
    return card, truth, index % 2 == 1


def generate(folder: Path, count: int = 40, seed: int = 1) -> list[Path]:
    """Write ``count`` cards (even ones as scans, odd ones as photos) with truth into ``folder``."""
    return write_rendered_cards(folder, count, seed, make_card, _photographed)


def _photographed(image: np.ndarray, rng: random.Random, seed: int) -> np.ndarray:
    return photograph(image, seed=seed, tilt=0.04)


def social_handle(value: str) -> str:
    """A profile compared by its handle: "instagram.com/x", "@x", "/x" → "x"; "linkedin.com/in/x" → "x"."""
    text = re.sub(r"^[a-z]+://", "", value.strip().casefold())
    text = re.sub(r"^www\.", "", text).rstrip("/")
    return text.rsplit("/", 1)[-1].lstrip("@")


def _f1(tp: int, fp: int, fn: int) -> float:
    return 2 * tp / (2 * tp + fp + fn) if tp + fp + fn else 1.0


WEB_FIELDS: dict[str, Callable[[str], str]] = {
    "emails": lambda value: value.strip().casefold(),
    "websites": lambda value: re.sub(r"^www\d?\.", "", re.sub(r"^[a-z]+://", "", value.casefold())).rstrip("/"),
    "social": social_handle,
}


def score(folder: Path, cache: Path | None, verbose: bool) -> dict[str, float]:
    """F1 per web field over the cards of ``folder``, and the share of cards with all three right."""
    from cardbook.ocr.country_check import card_lines_of
    from cardbook.ocr.parse_card import parse_lines

    lines = _ocr_lines(sorted(folder.glob("card-*.jpg")), cache)
    counts = {name: [0, 0, 0] for name in WEB_FIELDS}
    right = 0
    for image, card_lines in sorted(lines.items()):
        truth = json.loads(Path(image).with_suffix(".json").read_text(encoding="utf-8"))
        fields = parse_lines(card_lines_of(card_lines), "US")
        predicted = {
            "emails": [item.value for item in fields.emails],
            "websites": [item.value for item in fields.websites],
            "social": [item.value for item in fields.social],
        }
        whole = True
        for name, norm in WEB_FIELDS.items():
            got = [norm(value) for value in predicted[name]]
            want = [norm(value) for value in truth[name]]
            tp = sum(1 for value in want if value in got)
            counts[name][0] += tp
            counts[name][1] += len(got) - sum(1 for value in got if value in want)
            counts[name][2] += len(want) - tp
            if sorted(got) != sorted(want):
                whole = False
                if verbose:
                    print(f"{Path(image).name} {name}: {predicted[name]} != {truth[name]}")
        if verbose and not whole:
            print("   ", " | ".join(str(line["text"]) for line in card_lines))
        right += whole
    figures = {name: round(_f1(*count), 3) for name, count in counts.items()}
    figures["all_right"] = right
    figures["cards"] = len(lines)
    return figures


def _ocr_lines(images: list[Path], cache: Path | None) -> dict[str, list[dict[str, object]]]:
    if cache is not None and cache.exists():
        cached: dict[str, list[dict[str, object]]] = json.loads(cache.read_text(encoding="utf-8"))
        if set(cached) == {str(image) for image in images}:
            return cached
    from cardbook.ocr.batch import read_images
    from cardbook.ocr.options import ReadOptions

    found: dict[str, list[dict[str, object]]] = {}
    for path, results in read_images([str(image) for image in images], ReadOptions(keep_card_image=False), jobs=1):
        result = results[0]
        found[path] = [
            {
                "text": line.text,
                "box": [line.box.left, line.box.top, line.box.width, line.box.height],
                "height": float(line.height),
                "confidence": line.confidence,
            }
            for line in result.lines
        ]
    if cache is not None:
        cache.write_text(json.dumps(found, ensure_ascii=False), encoding="utf-8")
    return found


def main() -> None:
    parser = set_parser("web_set", __doc__, 40)
    parser.add_argument("--score", action="store_true", help="read the folder's cards and print F1 per web field")
    parser.add_argument("--cache", type=Path, help="keep the cards' OCR lines in this file (with --score)")
    parser.add_argument("-v", "--verbose", action="store_true", help="with --score: every card's misses")
    args = parser.parse_args()
    if args.score:
        print(json.dumps(score(args.folder, args.cache, args.verbose)))
        return
    print_paths(generate(args.folder, args.count, args.seed))


if __name__ == "__main__":
    main()
