"""Postal addresses: find the postal-code/city line, then the street lines above it in the same column.

Formats recognised: French ("75008 Paris", "F-75008", "CEDEX"), US/Canada ("Salem, MA 01970",
"Montréal (QC) H2X 1Y4"), UK postcodes ("London SW1A 1AA"), other European codes with a country
prefix or name ("B-4000 Liège", "1000 Bruxelles", "10115 Berlin"), Brazilian CEP and Japanese
prefecture lines, and on a card that shows its country that country's own postcode before the town ("120 00
Town", "03-723 Town", "0729 Town": ``country_postal``). Each line gets flags (``address_lines``: what the line
alone says); a block is grown around the strongest postal line, and neighbours make sure of lines no flag alone
is sure of. Of two whole addresses
(a head office and a branch) the first printed is the card's; the other's lines are reported so that no field
takes them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from cardbook.ocr.address_lines import AddressFlags, flags_for, honoured_person, person_shaped, strip_address_label
from cardbook.ocr.address_units import us_house_over_state
from cardbook.ocr.country_postal import country_postcode, find_country_postal
from cardbook.ocr.fields import CardLine
from cardbook.ocr.lexicon import COUNTRIES, words_of
from cardbook.ocr.postcodes import FOUR_DIGIT_CITY, FR_POSTAL, JP_LINE, POSTCODE_ONLY
from cardbook.ocr.region import RegionDecision
from cardbook.ocr.role_lines import vertical_gap
from cardbook.ocr.state_towns import flag_towns
from cardbook.ocr.types import Box

# A line after the postal line that still belongs to the address: directions to the place
# ("próximo ao mercado", "near the station", "en face de la gare") — printed as part of the address.
_DIRECTIONS = re.compile(
    # In brackets too, "Próx." shortened, its vowel or "ao"'s misread ("préximo", "ão lado"); "inside the" mall.
    r"^\s*\(?\s*(?:pr\wx(?:imo)?|perto|[aã]o lado|em frente|esquina|near|next to|opposite|across from|behind|"
    r"inside the|corner of|"
    r"pr[eè]s d|en face|[aà] c[oô]t[eé]|cerca de|frente a|junto a|vicino|accanto|nahe|gegen[uü]ber|ref\.?:?|"
    r"refer[eê]ncia)\b",
    re.IGNORECASE,
)
# Between a street line and its postal line, at most this many other lines (district, building).
MAX_LINES_BEFORE_POSTAL = 2
# Address lines are short: a line with more words is a sentence (a slogan printed below the address).
MAX_ADDRESS_LINE_WORDS = 12


def _same_column(a: Box | None, b: Box | None) -> bool:
    if a is None or b is None:
        return True
    overlap = min(a.right, b.right) - max(a.left, b.left)
    return overlap > 0.3 * min(a.width, b.width) or abs(a.left - b.left) < 0.5 * max(a.height, b.height)


def _adjacent(above: CardLine, below: CardLine, order: list[int]) -> bool:
    """True when ``below`` directly follows ``above`` in the same column (geometry if known)."""
    if above.box is None or below.box is None:
        return order.index(below.index) == order.index(above.index) + 1
    if below.box.center_y <= above.box.center_y:
        return False
    gap = vertical_gap(above, below)  # between the letters: boxes of lines on a tilted photo overlap
    letter = max(above.height, below.height, 1.0)
    return -0.3 * letter <= gap <= 1.6 * letter and _same_column(above.box, below.box)


@dataclass(frozen=True, slots=True)
class FoundAddress:
    text: str
    lines: tuple[int, ...]
    confidence: float
    # The lines of other whole addresses on the card (a branch under the head office): no name, title or firm.
    others: tuple[int, ...] = ()


def find_address(
    lines: list[CardLine], texts: dict[int, str], region: RegionDecision | None = None
) -> FoundAddress | None:
    """The card's postal address from the lines' residual texts (contacts already removed); ``region``, the
    card's country decision, gives the postcode's shape when the card itself shows the country."""
    usable = [line for line in lines if texts.get(line.index, "").strip()]
    flags = {line.index: flags_for(texts[line.index]) for line in usable}
    order = [line.index for line in usable]
    if region is not None and region.from_card:
        _flag_by_country(usable, order, flags, texts, region.region)
    _flag_by_position(usable, order, flags, texts)
    if region is not None and region.region == "BR":
        flag_towns(usable, flags, texts, lambda line: _nearest(usable, line, order, above=True))
    best: FoundAddress | None = None
    whole: list[FoundAddress] = []  # each whole address found (a street and a postal line)
    for seed in usable:
        seed_flags = flags[seed.index]
        if seed_flags.postal < 0.5 and seed_flags.street < 0.8:
            continue
        block = [seed]
        score = max(seed_flags.postal, seed_flags.street)
        # Upwards: street and building lines (at most three) in the same column.
        current = seed
        for _ in range(3):
            above = _nearest(usable, current, order, above=True)
            # Two postal lines stacked are two addresses, unless the upper one is surely a street: a US house
            # number of five digits reads as a French postcode ("14074 Pine Street Suite 6").
            if above is None:
                break
            upper = flags[above.index]
            if (
                upper.postal >= 0.8
                and seed_flags.postal >= 0.8
                and upper.street < STREET_LINE
                and not us_house_over_state(texts[above.index], texts[seed.index])
            ):
                break
            if _ends_other_address(texts[above.index], flags[above.index], seed_flags):
                break  # "56905 Linköping" above "Villatorget 4": the head office's town, then a branch's street
            f = flags[above.index]
            if f.street >= 0.3 or (f.postal >= 0.5 and f.postal < 0.8):
                block.insert(0, above)
                score += 0.5 * f.street
                current = above
            elif (street := _street_over_district(usable, above, order, flags, texts)) is not None:
                block[:0] = [street, above]  # "Rua Augusta, 45" / "Copacabana" / "Rio de Janeiro - RJ"
                score += 0.5 * flags[street.index].street
                current = street  # the street over its unit ("Av. Anhanguera, 445" / "Sala 38" / district)
            else:
                break
        # Downwards: the lines down to the postal/city/country line that completes a street line (a
        # district or building line may come between), then a country or directions line after it.
        block += _lines_below(usable, block[-1], order, flags, texts)
        if seed_flags.postal < 0.5 and len(block) == 1 and seed_flags.street < 0.8:
            continue
        text = ", ".join(_clean(texts[line.index]) for line in block)
        confidence = min(0.95, 0.45 + 0.25 * score)
        candidate = FoundAddress(text, tuple(line.index for line in block), confidence)
        if _whole_address(block, flags):
            whole.append(candidate)
        if (
            best is None
            or candidate.confidence > best.confidence
            or (candidate.confidence == best.confidence and len(candidate.lines) > len(best.lines))
        ):
            best = candidate
    if best is None:
        return None
    if any(best.lines == found.lines for found in whole):
        best = _first_printed(best, whole, order)
    taken = set(best.lines)
    others = {index for found in whole if not taken & set(found.lines) for index in found.lines}
    return FoundAddress(best.text, best.lines, best.confidence, tuple(sorted(others)))


def _first_printed(best: FoundAddress, whole: list[FoundAddress], order: list[int]) -> FoundAddress:
    """Of the card's whole addresses, the one printed first: the head office comes before the branch, the
    address before the fine print's registered office. How many street words a street holds ("Summit" is one,
    "Pines" none to the lists) says nothing of which is the card's own."""
    separate = [found for found in whole if not set(found.lines) & set(best.lines) or found.lines == best.lines]
    first = min(order.index(found.lines[0]) for found in separate)
    at_first = [found for found in separate if order.index(found.lines[0]) == first]
    return max(at_first, key=lambda found: (found.confidence, len(found.lines)))


def _whole_address(block: list[CardLine], flags: dict[int, AddressFlags]) -> bool:
    """A block with a sure postal line and a street line: an address on its own, not a stray line."""
    return len(block) >= 2 and (
        any(flags[line.index].postal >= POSITION_POSTAL for line in block)
        and any(flags[line.index].street >= POSITION_STREET for line in block)
    )


def _lines_below(
    usable: list[CardLine], last: CardLine, order: list[int], flags: dict[int, AddressFlags], texts: dict[int, str]
) -> list[CardLine]:
    """Lines continuing an address block downwards from ``last``."""
    added: list[CardLine] = []
    pending: list[CardLine] = []  # lines waiting for a postal line below them
    current = last
    has_postal = flags[last.index].postal >= 0.5
    street_line = flags[last.index].street >= STREET_LINE
    # A postcode alone on its line that only its neighbours made a postal line ("9772 UP", not "CEP 01234-567"
    # which ends an address on its own): its town follows on the next line.
    city_next = _postcode_alone(texts[last.index]) and flags_for(texts[last.index]).postal < POSITION_POSTAL
    while True:
        below = _nearest(usable, current, order, above=False)
        if below is None or len(words_of(texts[below.index])) > MAX_ADDRESS_LINE_WORDS:
            break
        f = flags[below.index]
        postcode_only = bool(POSTCODE_ONLY.match(strip_address_label(texts[below.index])))
        if city_next and not postcode_only and _city_only(texts[below.index]):
            added.append(below)  # "1012 AB" / "Amsterdam": the city under its postcode
            break
        city_next = False
        if has_postal and not pending and postcode_only:
            added.append(below)  # the postcode printed alone under the city line ("São Paulo - SP" / CEP)
            current = below
            continue
        # Under a street line, four digits and a city are its postcode and town ("3969 Fredensborg", "1010
        # Wien"), which alone they are not surely (a year, a count).
        four_digit = street_line and not pending and bool(FOUR_DIGIT_CITY.search(texts[below.index]))
        if f.postal >= 0.5 or postcode_only or four_digit:  # a postcode alone under the street and city lines
            if has_postal and f.street >= 1.0 and not _is_country_line(texts[below.index]):
                break  # a new street after the postal line: another address (a second office)
            added += [*pending, below]
            pending = []
            city_next = postcode_only and not has_postal
            has_postal = True
        elif has_postal:
            if _DIRECTIONS.search(texts[below.index]) and not pending:
                added.append(below)
            break
        elif f.street >= 0.6 or len(pending) < MAX_LINES_BEFORE_POSTAL:
            pending.append(below)
        else:
            break
        current = below
    # Without a postal line below, only street/building lines continue the block.
    while pending and flags[pending[0].index].street >= 0.6:
        added.append(pending.pop(0))
    return added


# A line holding a postcode alone ("9772 UP", "01234-567", "4643"): four digits alone only here, where the
# town under it and a street line over it say they are a postcode, not a year.
_FOUR_DIGITS_ALONE = re.compile(r"^\s*\d{4}\s*$")


def _postcode_alone(text: str) -> bool:
    text = strip_address_label(text)
    return bool(POSTCODE_ONLY.match(text) or _FOUR_DIGITS_ALONE.match(text))


# A street named without a street word, its house number after it ("Brianpad 61", "Rotonda Mario, 6"): the
# order of Germanic, Nordic, Italian, Spanish and Portuguese addresses. Alone such a line is anything with a
# number; only right above the postal line it is the street. The number has at most three digits and an
# optional letter or a second number ("12a", "4/2"): a four-digit number is more often a year ("Since 1978"),
# but for the Czech and Slovak building number before the street number ("1234/56"), which no year is.
_NAME_THEN_NUMBER = re.compile(
    r"^\s*[^\W\d][^\d@]{2,40}?,?\s+(?:\d{1,3}[a-zA-Z]?(?:\s?[/-]\s?\d{1,4}[a-zA-Z]?)?|\d{4}\s?/\s?\d{1,4}[a-zA-Z]?)\s*$"
)
# The flags given by position: a postcode alone under a street line and over its town, and a street line
# named without a street word over a postal line. POSITION_POSTAL is a postal line's flag as sure as a French
# "75008 Paris" (``flags_for``'s 0.8); POSITION_STREET the weakest street flag that grows a block upwards
# (0.3 is ``flags_for``'s for a number-first line without a street word), both chosen, not tuned.
POSITION_POSTAL = 0.8
POSITION_STREET = 0.4


def _flag_by_position(
    usable: list[CardLine], order: list[int], flags: dict[int, AddressFlags], texts: dict[int, str]
) -> None:
    """Raise, in place, the flags of lines whose neighbours make them address lines: "Brianpad 61" / "9772UP" /
    "Ouderkerk aan den IJssel" is a Dutch address though no line alone says so surely."""
    for line in usable:
        above = _nearest(usable, line, order, above=True)
        if above is None or not _street_shaped(texts[above.index], flags[above.index]):
            continue
        if flags[line.index].postal < POSITION_POSTAL and _postcode_alone(texts[line.index]):
            below = _nearest(usable, line, order, above=False)
            if below is not None and _city_only(texts[below.index]):
                flags[line.index] = AddressFlags(POSITION_POSTAL, flags[line.index].street)
        if flags[line.index].postal >= POSITION_POSTAL and flags[above.index].street < POSITION_STREET:
            flags[above.index] = AddressFlags(flags[above.index].postal, POSITION_STREET)


def _flag_by_country(
    usable: list[CardLine], order: list[int], flags: dict[int, AddressFlags], texts: dict[int, str], country: str
) -> None:
    """Raise, in place, to ``POSITION_POSTAL`` the lines that start with a postcode of the card's own country and
    go on with a town ("159 08 Town", "03-723 Town": ``country_postal``). A code of digits alone ("0729 Town")
    may be a year or a count: it counts only after a street on its line or under a street-shaped line."""
    shape = country_postcode(country)
    if shape is None:
        return
    for line in usable:
        if flags[line.index].postal >= POSITION_POSTAL:
            continue
        text = strip_address_label(texts[line.index])
        found = find_country_postal(text, country)
        if found is None:
            continue
        sure = shape.shaped
        if not sure and found.after_text:
            street = re.split(r"\s*[,·•|;]\s*|\s[-–—]\s", text[: text.index(found.code)].strip())[0]
            sure = _street_shaped(street, flags_for(street))
        if not sure:
            above = _nearest(usable, line, order, above=True)
            sure = above is not None and _street_shaped(texts[above.index], flags[above.index])
        if sure:
            flags[line.index] = AddressFlags(POSITION_POSTAL, flags[line.index].street)


def _street_shaped(text: str, flags: AddressFlags) -> bool:
    text = strip_address_label(text)
    return flags.street >= 0.3 or (
        bool(_NAME_THEN_NUMBER.match(text)) and not person_shaped(text, words_of(text)) and not honoured_person(text)
    )


# A street line surely (a street word and a number): what may precede a postcode of four digits: the flags'
# own value for such a line (``flags_for``), not tuned.
STREET_LINE = 0.8
# A city alone on its line: at most this many words, no digit, its long words capitalised. Chosen, not tuned:
# the towns printed alone under their postcode on corporate_set seed 1 (seed 2 held out) have one or two.
MAX_CITY_WORDS = 3


def _street_over_district(
    usable: list[CardLine], line: CardLine, order: list[int], flags: dict[int, AddressFlags], texts: dict[int, str]
) -> CardLine | None:
    """The street line right above ``line`` when ``line`` is a neighbourhood printed alone, without "Bairro"
    ("Copacabana", "Vila Nova" between the street and the city): a short capitalised line no flag knows,
    which only a sure street line above makes part of the address."""
    if not _city_only(texts[line.index]):
        return None
    above = _nearest(usable, line, order, above=True)
    return above if above is not None and flags[above.index].street >= STREET_LINE else None


def _ends_other_address(text: str, above: AddressFlags, seed: AddressFlags) -> bool:
    """A postcode and town right above a street line: the end of the address before it (a head office above a
    branch), in the European order where the town follows the street (not Japan's, which starts with it)."""
    european = bool(FR_POSTAL.search(text) or FOUR_DIGIT_CITY.search(text)) and not JP_LINE.search(text)
    return european and above.postal >= STREET_LINE and seed.street >= STREET_LINE and seed.postal < STREET_LINE


# The lower-case particles of towns' names ("Ouderkerk aan den IJssel", "Bergen op Zoom", "Frankfurt am Main"),
# at most MAX_CITY_PARTICLES of them and not counted among a city's words: short joining words of
# MAX_PARTICLE_LETTERS letters or fewer. Chosen, not tuned: the longest Dutch and German town names join their
# parts with two.
MAX_CITY_PARTICLES = 2
MAX_PARTICLE_LETTERS = 3


def _city_only(text: str) -> bool:
    particles = [word for word in text.split() if word.islower() and len(word) <= MAX_PARTICLE_LETTERS]
    words = [word for word in text.split() if word not in particles]
    return (
        0 < len(words) <= MAX_CITY_WORDS
        and len(particles) <= MAX_CITY_PARTICLES
        and text.split()[-1] not in particles
        and not any(ch.isdigit() or ch == "@" for ch in text)
        and all(word[:1].isupper() for word in words if word.isalpha() and len(word) > 3)
        and text[:1].isupper()
    )


def _is_country_line(text: str) -> bool:
    tokens = words_of(text)
    return 0 < len(tokens) <= 3 and (" ".join(tokens) in COUNTRIES or tokens[-1] in COUNTRIES)


# Lines whose letters start within this many letter heights of the nearest one's are the same next row.
# Chosen, not tuned: half a letter is less than any gap between two printed rows.
NEAREST_ROW_LETTERS = 0.5


def _nearest(lines: list[CardLine], current: CardLine, order: list[int], above: bool) -> CardLine | None:
    candidates = [
        line
        for line in lines
        if line.index != current.index
        and (_adjacent(line, current, order) if above else _adjacent(current, line, order))
    ]
    if not candidates:
        return None
    if current.box is None or any(line.box is None for line in candidates):
        return candidates[0]
    box = current.box

    def gap(line: CardLine) -> float:
        return vertical_gap(line, current) if above else vertical_gap(current, line)

    # The next line down (or up), then of those as near the one best aligned: on a centred card the line two
    # rows away may start nearer the current one's left edge than the next line does.
    nearest = min(gap(line) for line in candidates)
    close = [line for line in candidates if gap(line) <= nearest + NEAREST_ROW_LETTERS * current.height]
    return min(close, key=lambda line: abs(line.box.left - box.left) if line.box else 0)


def _clean(text: str) -> str:
    return re.sub(r"\s+", " ", strip_address_label(text)).strip(" ,;•·|-–").strip()
