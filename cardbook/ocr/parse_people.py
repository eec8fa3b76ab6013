"""Who and where: pick the name, job title, company and department among the card's free-text lines.

Each line gets a score per role from several weak clues that together are strong: word shapes
(capitalised words, initials), word lists (first names, job-title words, legal forms), the e-mail's local
part (the person) and domain (the company), and layout (letter height, neighbours). Roles are then
assigned greedily, best evidence first.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from rapidfuzz import fuzz

from cardbook.ocr.fields import CardLine
from cardbook.ocr.lexicon import (
    COMPANY_WORDS,
    COUNTRIES,
    DEGREE_SUFFIXES,
    DEPARTMENT_WORDS,
    FIRST_NAMES,
    HONORIFICS,
    LEGAL_FORMS,
    NAME_PARTICLES,
    STREET_WORDS,
    STRONG_COMPANY_WORDS,
    STRONG_TITLE_WORDS,
    TITLE_WORDS,
    fold,
    word_set,
    words_of,
)

_FUNCTION_WORDS = word_set(
    """
    the and for with of in on at to by our your we you from a an is are et pour avec des les du au aux en
    sur par nos vos votre notre une un est sont dans chez com para em da do das dos na no uma um e o os as
    """
)
# "Jean-Baptiste", "Anne-Sophie": compound first names capitalise each part.
_NAME_WORD = re.compile(
    r"^(?:[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ'’]+(?:-[A-ZÀ-ÖØ-Þ]?[a-zß-öø-ÿ'’]+)*-?"
    r"|[A-ZÀ-ÖØ-Þ'’\-]{2,}|[A-Z]\.|[A-Z]\.[A-Z]\.(?:[A-Z]\.)*),?$"
)


@dataclass(frozen=True, slots=True)
class Candidate:
    line: CardLine
    text: str


@dataclass(frozen=True, slots=True)
class PeopleResult:
    name: tuple[str, tuple[int, ...], float] | None
    title: tuple[str, tuple[int, ...], float] | None
    company: tuple[str, tuple[int, ...], float] | None
    department: tuple[str, tuple[int, ...], float] | None
    used: frozenset[int]


def _alpha_ratio(text: str) -> float:
    """Letters among the visible characters, ordinary punctuation of names aside ("D.M.D.", "O'Neil")."""
    visible = [ch for ch in text if not ch.isspace() and ch not in ".,'’-&"]
    return sum(ch.isalpha() for ch in visible) / max(1, len(visible))


def name_score(text: str, locals_: list[str]) -> float:
    tokens = text.replace(",", " , ").split()
    words = [token for token in tokens if token != ","]
    if not 1 <= len(words) <= 5 or any(ch.isdigit() for ch in text) or "@" in text:
        return 0.0
    if _alpha_ratio(text) < 0.75:
        return 0.0
    # "D.M.D." / "Ph.D." / "M." compare without their dots.
    folded_words = [fold(word).strip(",'’").replace(".", "") for word in words]
    core = [w for w, f in zip(words, folded_words, strict=True) if f not in DEGREE_SUFFIXES | HONORIFICS]
    folded_core = [fold(word).strip(".,'’") for word in core]
    bad = set(folded_core) & (TITLE_WORDS | COMPANY_WORDS | LEGAL_FORMS | STREET_WORDS | DEPARTMENT_WORDS)
    if bad - {"st"}:
        return 0.0
    shaped = sum(
        bool(_NAME_WORD.match(word))
        or fold(word) in NAME_PARTICLES
        or fold(word).strip(",").replace(".", "") in DEGREE_SUFFIXES
        for word in words
    )
    if shaped < len(words) or any(f in _FUNCTION_WORDS and f not in NAME_PARTICLES for f in folded_core):
        return 0.0
    # Particles ("de", "van", "ben") only count as such inside a name: "Ben Congleton" starts with a name.
    real = [f for i, f in enumerate(folded_core) if len(f) > 1 and (i == 0 or f not in NAME_PARTICLES)]
    if not real:
        return 0.0
    if len(real) == 1:
        # One word is a name only when an e-mail spells it ("Guilherme" with guilherme@…).
        return max(0.0, min(1.0, 0.5 * _email_affinity(real, locals_) - (0.3 if real[0] in COUNTRIES else 0.0)))
    score = 0.25
    # "DUPONT Jean": surname first in capitals, then the first name.
    surname_first = len(real) >= 2 and _first_name(real[-1]) and core[0].rstrip(",").isupper()
    known_first_name = _first_name(real[0]) or surname_first
    if known_first_name:
        score += 0.4
    elif len(real) >= 4:
        return 0.0  # four names and none of them a known first name: a shop or a slogan
    if any(f in COUNTRIES for f in real):
        score -= 0.3
    score += 0.45 * _email_affinity(real, locals_)
    if len(real) > 3:
        score -= 0.15
    return max(0.0, min(1.0, score))


def _first_name(word: str) -> bool:
    """A known first name, compound ones included ("jean-baptiste", "anne-sophie")."""
    parts = [part for part in word.split("-") if part]
    return bool(parts) and all(part in FIRST_NAMES for part in parts)


def _email_affinity(name_words: list[str], locals_: list[str]) -> float:
    """1.0 when an e-mail's local part spells the name (jean.dupont, jdupont, dupont.j, bc for B. C.)."""
    best = 0.0
    for local in locals_:
        parts = [p for p in re.split(r"[._\-+\d]+", fold(local)) if p]
        flat = "".join(parts)
        if not flat:
            continue
        for word in name_words:
            if len(word) >= 3 and (word in parts or (len(word) >= 4 and word in flat)):
                best = max(best, 1.0 if len(name_words) <= 3 else 0.8)
            elif len(word) == 3 and word in flat:
                best = max(best, 0.6)  # "Gan" in "igandhi": short, so weaker evidence
        initials = "".join(word[0] for word in name_words)
        first, last = name_words[0], name_words[-1]
        if flat == initials or (len(name_words) >= 2 and flat in (first[0] + last, last + first[0])):
            best = max(best, 0.9)
        if len(flat) >= 4 and fuzz.partial_ratio(flat, "".join(name_words)) >= 85:
            best = max(best, 0.7)
    return best


def title_score(text: str) -> float:
    tokens = words_of(text)
    if not tokens or len(tokens) > 9 or any(ch.isdigit() for ch in text) or "@" in text:
        return 0.0
    strong = sum(token in STRONG_TITLE_WORDS for token in tokens)
    weak = sum(token in TITLE_WORDS for token in tokens)
    if strong == 0 and weak == 0:
        return 0.0
    score = 0.55 * min(1, strong) + 0.25 * min(2, weak) / 2 + 0.1 * (weak / len(tokens))
    if any(token in LEGAL_FORMS for token in tokens):
        score -= 0.4
    return max(0.0, min(1.0, score))


def strip_junk(text: str) -> str:
    """Drop symbols OCR reads from logos and icons at the ends of a line ("@ Hitachi, Ltd.", "© www…")."""
    return re.sub(r"^[^\w(\"'“]+|[^\w.)\"'”!?]+$", "", text.strip())


def company_score(text: str, domains: list[str], max_height_ratio: float) -> float:
    text = strip_junk(text)
    tokens = words_of(text)
    if not tokens or "@" in text or _alpha_ratio(text) < 0.6:
        return 0.0
    score = 0.0
    raw_tokens = [fold(t).strip(".,") for t in text.split()]
    # A legal form names the legal entity: it beats a logo wordmark (brand) of the same company.
    if any(token in LEGAL_FORMS for token in tokens) or any(t in LEGAL_FORMS for t in raw_tokens):
        score += 0.8
    if any(token in STRONG_COMPANY_WORDS for token in tokens):
        score += 0.5
    elif any(token in COMPANY_WORDS for token in tokens):
        score += 0.3
    # "Smith & Fils", "Peet's Coffee & Tea", "Apex Saunas & Wine Cellars": capitalised words joined by &.
    if re.search(r"[A-ZÀ-Þ][\w'’.]*\s*&\s*[A-ZÀ-Þ]", text):
        score += 0.3
    affinity = domain_affinity(tokens, domains)
    score += 0.95 * affinity if affinity >= 1.0 else 0.6 * affinity  # the exact domain name is the brand
    if max_height_ratio >= 1.15:
        score += 0.25 * min(1.0, (max_height_ratio - 1.0) / 0.8)
    if len(tokens) > 7:
        score -= 0.3
    # Sentences (taglines) are full of small words; names of organisations have few ("Institute for …").
    function_words = sum(token in _FUNCTION_WORDS for token in tokens)
    starts_lower = text.strip()[:1].islower()
    if (
        function_words >= 3
        or (function_words >= 2 and starts_lower)
        or (tokens[0] in _FUNCTION_WORDS and tokens[0] not in ("the", "le", "la", "les"))
    ):
        score -= 0.2
    return max(0.0, score)  # not capped: several clues together must beat one strong clue


def domain_affinity(tokens: list[str], domains: list[str]) -> float:
    """How well a line matches a website/e-mail domain label ("THE COUNTER" ~ thecounterburger)."""
    if not tokens:
        return 0.0
    joined = "".join(tokens)
    initials = "".join(token[0] for token in tokens if token not in _FUNCTION_WORDS or len(tokens) <= 2)
    best = 0.0
    for domain in domains:
        if len(domain) < 2:
            continue
        if joined == domain:
            return 1.0
        if len(joined) >= 4 and (joined in domain or domain in joined):
            best = max(best, 0.85)
        elif len(domain) >= 4 and fuzz.ratio(joined, domain) >= 80:
            best = max(best, 0.75)
        elif len(initials) >= 2 and (domain.startswith(initials) or domain == initials):
            best = max(best, 0.6)
        elif len(tokens) >= 3 and domain.startswith("".join(token[0] for token in tokens)[:3]):
            best = max(best, 0.55)  # "Beyond the Network Limited" ~ btnaccess
        elif any(len(token) >= 4 and token in domain for token in tokens):
            best = max(best, 0.45)
    return best


def department_score(text: str) -> float:
    tokens = words_of(text)
    if not tokens or any(ch.isdigit() for ch in text):
        return 0.0
    return 0.7 if any(token in DEPARTMENT_WORDS for token in tokens) else 0.0


def split_name_title(text: str) -> tuple[str, str] | None:
    """ "Joey K. Smith, CEO" / "Casey Smith ACCOUNT EXECUTIVE" → (name, title) when both parts fit."""
    if "," in text:
        left, _, right = text.partition(",")
        if title_score(right) >= 0.5 and name_score(left, []) >= 0.2:
            return left.strip(), right.strip()
    words = text.split()
    for cut in range(2, len(words)):
        left, right = " ".join(words[:cut]), " ".join(words[cut:])
        if title_score(right) >= 0.5 and name_score(left, []) >= 0.2 and title_score(left) == 0.0:
            return left, right
    return None
