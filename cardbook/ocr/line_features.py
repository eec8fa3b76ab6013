"""Cheap, language-independent features of each card line, for the learned line classifier.

The rules of ``parse_people`` look at one line's words; what tells a name from a company on a card
nobody tuned for is as much *where* and *how* a line is printed (the largest type, the line just above
the job title, the line far from the contact block) as what it says. Each line is described by its own
shape (letter height relative to the card, position, case, digits, punctuation), its word-list and
e-mail/domain evidence (the rule scores themselves are features: the model learns how far to trust
them), and the same few facts about the lines above and below it.

Everything here is computed from a ``CardLine`` (text, box, letter height) and the card's e-mail local
parts and domains, so it works the same on renderer geometry (training) and on OCR lines (reading).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from cardbook.ocr.fields import CardLine
from cardbook.ocr.firm_evidence import company_score, domain_affinity
from cardbook.ocr.legal_forms import has_legal_form
from cardbook.ocr.lexicon import (
    COMPANY_WORDS,
    DEPARTMENT_WORDS,
    STREET_WORDS,
    STRONG_COMPANY_WORDS,
    STRONG_TITLE_WORDS,
    TITLE_WORDS,
    words_of,
)
from cardbook.ocr.names_data import first_name_weight
from cardbook.ocr.parse_contacts import (
    email_parts,
    find_emails,
    find_websites,
    is_generic_mail_host,
    main_domain_label,
)
from cardbook.ocr.parse_people import email_affinity, name_score
from cardbook.ocr.title_evidence import department_score, title_score

# Letter-height ratios above this are logos or stray marks: clipping keeps one outlier from dominating.
MAX_HEIGHT_RATIO = 4.0
# Word counts are capped here: a line of eight words or more is a sentence whatever its length.
MAX_WORDS = 8
# A line whose centre is within this share of the card's width from the card's centre is centred.
CENTRED_TOLERANCE = 0.06
# Lines this many places away or more from a contact line count as far from the contact block.
CONTACT_REACH = 4

_PHONE = re.compile(r"(?:\+?\d[\d\s().\-/]{6,}\d)")
_POSTCODE = re.compile(r"\b\d{5}(?:-\d{3,4})?\b|\b\d{4}\s+[A-ZÀ-Þ][a-zà-ÿ]|\b[A-Z]{1,2}\d[A-Z\d]?\s?\d[A-Z]{2}\b")
_URL = re.compile(r"\bwww\.|https?://|\.(?:com|net|org)\b", re.I)


@dataclass(frozen=True, slots=True)
class CardContext:
    """What the whole card says about its people and company: e-mail local parts and domain labels."""

    email_locals: tuple[str, ...] = ()
    domains: tuple[str, ...] = ()


def card_context(lines: Sequence[CardLine]) -> CardContext:
    """E-mail local parts and company domain labels found anywhere on the card (free-mail hosts aside)."""
    emails = [found.value for line in lines for found in find_emails(line.text)]
    sites = [found.value for line in lines for found in find_websites(line.text)]
    domains = [main_domain_label(email.partition("@")[2]) for email in emails]
    domains += [main_domain_label(site.split("/")[0]) for site in sites]
    kept = [d for d in dict.fromkeys(domains) if d and not is_generic_mail_host(d)]
    return CardContext(tuple(email_parts(email)[0] for email in emails), tuple(kept))


# Features of one line alone, in the order ``_own_features`` returns them.
OWN_FEATURES: tuple[str, ...] = (
    "height_median",  # letter height / the card's median letter height
    "height_max",  # letter height / the card's largest letter height
    "is_largest",
    "height_rank",  # 0 for the largest type, 1 for the smallest
    "top",  # vertical position on the card, 0 top … 1 bottom
    "order",  # place in reading order, 0 first … 1 last
    "left",
    "right",
    "width",
    "centred",
    "caps",  # share of letters in upper case
    "title_case",  # share of words starting with a capital
    "starts_lower",
    "words",
    "chars",
    "digits",
    "alpha",
    "commas",
    "ampersand",
    "at_sign",
    "url",
    "phone",
    "postcode",
    "street_word",
    "first_name",  # the first word's first-name weight in the names data
    "any_first_name",
    "title_strong",
    "title_weak",
    "company_word",
    "department_word",
    "legal_form",
    "email_local",  # the e-mail's local part spells the line's words
    "domain",  # the line spells the website's/e-mail's domain
    "rule_name",
    "rule_title",
    "rule_company",
    "rule_department",
    "contact",  # the line holds an e-mail, a website or a phone number
    "contact_distance",  # 0 on/next to the contact block … 1 far from it
    "gap_above",  # blank space above, in letter heights (capped)
    "gap_below",
)
# Features of the line above and the line below that describe the neighbourhood.
NEIGHBOUR_FEATURES: tuple[str, ...] = (
    "height_median",
    "caps",
    "first_name",
    "title_strong",
    "rule_name",
    "rule_title",
    "rule_company",
    "contact",
    "postcode",
)
FEATURE_NAMES: tuple[str, ...] = (
    OWN_FEATURES
    + tuple(f"above_{name}" for name in NEIGHBOUR_FEATURES)
    + tuple(f"below_{name}" for name in NEIGHBOUR_FEATURES)
    + ("has_above", "has_below")
)
_NEIGHBOUR_INDEX = tuple(OWN_FEATURES.index(name) for name in NEIGHBOUR_FEATURES)
# Blank space between lines is capped at this many letter heights (beyond: a separate block anyway).
MAX_GAP_LETTERS = 4.0


def _median(values: list[float]) -> float:
    ordered = sorted(values)
    return ordered[len(ordered) // 2] if ordered else 0.0


def _ratio(count: float, total: float) -> float:
    return count / total if total > 0 else 0.0


def _shape(text: str) -> list[float]:
    """Case, length and character mix of the text."""
    letters = [ch for ch in text if ch.isalpha()]
    visible = [ch for ch in text if not ch.isspace()]
    raw_words = text.split()
    return [
        _ratio(sum(ch.isupper() for ch in letters), len(letters)),
        _ratio(sum(word[:1].isupper() for word in raw_words), len(raw_words)),
        float(text.strip()[:1].islower()),
        min(len(raw_words), MAX_WORDS) / MAX_WORDS,
        min(len(text), 60) / 60,
        _ratio(sum(ch.isdigit() for ch in visible), len(visible)),
        _ratio(len(letters), len(visible)),
        min(text.count(","), 3) / 3,
        float("&" in text),
        float("@" in text),
    ]


def _lexicon(text: str, context: CardContext, height_ratio: float) -> list[float]:
    """Regex, word-list, names-data and e-mail/domain evidence, and the rule scores."""
    tokens = words_of(text)
    locals_ = list(context.email_locals)
    weights = [first_name_weight(token) for token in tokens]
    url = bool(_URL.search(text)) or bool(find_emails(text))
    phone = bool(_PHONE.search(text)) and sum(ch.isdigit() for ch in text) >= 7
    return [
        float(url),
        float(phone),
        float(bool(_POSTCODE.search(text))),
        float(any(token in STREET_WORDS for token in tokens)),
        weights[0] if weights else 0.0,
        max(weights, default=0.0),
        float(sum(token in STRONG_TITLE_WORDS for token in tokens) > 0),
        _ratio(sum(token in TITLE_WORDS for token in tokens), len(tokens)),
        float(any(token in COMPANY_WORDS or token in STRONG_COMPANY_WORDS for token in tokens)),
        float(any(token in DEPARTMENT_WORDS for token in tokens)),
        float(has_legal_form(text)),
        email_affinity(tokens, locals_) if tokens else 0.0,
        domain_affinity(tokens, list(context.domains)),
        name_score(text, locals_),
        title_score(text),
        min(1.5, company_score(text, list(context.domains), height_ratio)) / 1.5,
        department_score(text),
    ]


def line_features(lines: Sequence[CardLine], context: CardContext) -> list[list[float]]:
    """One feature vector (``FEATURE_NAMES``) per line, ``lines`` in reading order."""
    if not lines:
        return []
    heights = [line.height if line.height > 0 else 1.0 for line in lines]
    median = _median(heights) or 1.0
    tallest = max(heights)
    distinct = sorted(set(heights), reverse=True)
    boxes = [line.box for line in lines if line.box is not None]
    card_left = min((box.left for box in boxes), default=0)
    card_top = min((box.top for box in boxes), default=0)
    card_width = max(1, max((box.right for box in boxes), default=1) - card_left)
    card_height = max(1, max((box.bottom for box in boxes), default=1) - card_top)
    count = len(lines)
    own: list[list[float]] = []
    for position, line in enumerate(lines):
        height = heights[position]
        box = line.box
        if box is not None:
            left = (box.left - card_left) / card_width
            right = (box.right - card_left) / card_width
            top = (box.top - card_top) / card_height
            width = box.width / card_width
        else:
            left, right, top, width = 0.0, 0.5, position / max(1, count - 1), 0.5
        rank = distinct.index(height) / max(1, len(distinct) - 1)
        geometry = [
            min(height / median, MAX_HEIGHT_RATIO),
            height / tallest,
            float(height >= 0.999 * tallest),
            rank,
            top,
            position / max(1, count - 1),
            left,
            right,
            width,
            float(abs((left + right) / 2 - 0.5) < CENTRED_TOLERANCE and width < 0.9),
        ]
        own.append(geometry + _shape(line.text) + _lexicon(line.text, context, height / median) + [0.0] * 4)
    contact_at = OWN_FEATURES.index("contact")
    url_at, phone_at = OWN_FEATURES.index("url"), OWN_FEATURES.index("phone")
    contacts = [i for i, vector in enumerate(own) if vector[url_at] or vector[phone_at]]
    for position, vector in enumerate(own):
        vector[contact_at] = float(position in contacts)
        distance = min((abs(position - i) for i in contacts), default=CONTACT_REACH)
        vector[contact_at + 1] = min(distance, CONTACT_REACH) / CONTACT_REACH
        vector[contact_at + 2] = _gap(lines, position, -1)
        vector[contact_at + 3] = _gap(lines, position, 1)
    result: list[list[float]] = []
    for position, vector in enumerate(own):
        above = [own[position - 1][i] for i in _NEIGHBOUR_INDEX] if position > 0 else [0.0] * len(_NEIGHBOUR_INDEX)
        below = (
            [own[position + 1][i] for i in _NEIGHBOUR_INDEX] if position + 1 < count else [0.0] * len(_NEIGHBOUR_INDEX)
        )
        result.append(vector + above + below + [float(position > 0), float(position + 1 < count)])
    return result


def _gap(lines: Sequence[CardLine], position: int, step: int) -> float:
    """Blank space to the previous (``step`` -1) or next line, in letter heights, capped; the cap when
    there is no such line or no geometry."""
    other = position + step
    line = lines[position]
    if not 0 <= other < len(lines) or line.box is None or lines[other].box is None:
        return MAX_GAP_LETTERS / MAX_GAP_LETTERS
    neighbour = lines[other].box
    assert neighbour is not None
    gap = (line.box.top - neighbour.bottom) if step < 0 else (neighbour.top - line.box.bottom)
    letter = max(line.height, lines[other].height, 1.0)
    return max(0.0, min(gap / letter, MAX_GAP_LETTERS)) / MAX_GAP_LETTERS
