"""Who and where: pick the name, job title, company and department among the card's free-text lines.

Each line gets a score per role from several weak clues that together are strong: word shapes
(capitalised words, initials), word lists (first names, job-title words, legal forms), the e-mail's local
part (the person) and domain (the company), and layout (letter height, neighbours). Roles are then
assigned greedily, best evidence first.
"""

from __future__ import annotations

import re

from rapidfuzz import fuzz

from cardbook.ocr.glued_words import compound_parts
from cardbook.ocr.lexicon import (
    COMPANY_WORDS,
    COUNTRIES,
    DEGREE_SUFFIXES,
    DEPARTMENT_WORDS,
    DOTTED_LEGAL_FORMS,
    HONORIFICS,
    LEGAL_FORMS,
    NAME_PARTICLES,
    STREET_WORDS,
    STRONG_COMPANY_WORDS,
    STRONG_TITLE_WORDS,
    TITLE_WORDS,
    TRADE_NOUNS,
    TRADE_SUFFIX_LETTERS,
    TRADE_SUFFIXES,
    fold,
    word_set,
    words_of,
)
from cardbook.ocr.names_data import first_name_weight

# A first name this common somewhere (frequency 2 of 13 in gender-guesser's data) counts as one; rarer
# entries include surnames and ordinary words used as names in one country.
MIN_FIRST_NAME_WEIGHT = 2 / 13
# Letters among a name's visible characters: below this the line holds symbols or digits read from a logo.
MIN_NAME_ALPHA_RATIO = 0.75
# A company line may hold more symbols ("Moreau & Fils, Inc.") but is still mostly letters.
MIN_COMPANY_ALPHA_RATIO = 0.6
# A title line is short: beyond this many words it is a sentence (a tagline or a list of services).
MAX_TITLE_WORDS = 9
# A name has at most this many words, particles and degrees included ("Maria da Silva Santos, MBA").
MAX_NAME_WORDS = 5
# What a split "name, title" must reach on each side to be taken apart.
SPLIT_TITLE_SCORE = 0.5
SPLIT_NAME_SCORE = 0.2
# A line this much taller than the card's median letter is set apart typographically (a wordmark).
TALL_LINE_RATIO = 1.15

# Evidence weights of a person's name (scores add up; the role picker needs 0.4). Two or three words
# shaped like a name with no word of the other lists start at NAME_BASE: not enough alone, enough with a
# job title beside them or in large type, so names outside the first-name data are still found in the
# usual name-over-title block.
NAME_BASE = 0.25
NAME_KNOWN_FIRST = 0.4  # a first name of some country: the strongest single clue
# A known first name after the first word: the family name printed first (East Asian order, in any
# case), on a line of at most MAX_FAMILY_FIRST_WORDS words; weaker, since a shop may end with one too.
# Only a last word of MIN_FAMILY_FIRST_LETTERS letters or more, on a line not in capitals: a shop's
# wordmark in capitals may end with a short word the names data lists ("ANA" of a cut "ANALYTICS").
NAME_KNOWN_FIRST_LATER = 0.2
MAX_FAMILY_FIRST_WORDS = 3
MIN_FAMILY_FIRST_LETTERS = 4
NAME_EMAIL = 0.45  # the e-mail's local part spells it
NAME_ONE_WORD_EMAIL = 0.5  # a lone word needs the e-mail to be a name at all
NAME_COUNTRY_PENALTY = 0.3  # "Brasil", "Deutschland": country names shaped like names
NAME_LONG_PENALTY = 0.15  # four name words or more are often a shop's name

# Evidence weights of a job title: one strong title word makes a title, weak ones only help.
TITLE_STRONG = 0.55
TITLE_WEAK = 0.25
TITLE_DENSITY = 0.1  # the share of title words in the line
TITLE_LEGAL_FORM_PENALTY = 0.4  # "Consulting Partners LLC" is a company, not a title

# Evidence weights of a company (not capped: several clues together must beat one strong clue).
COMPANY_LEGAL_FORM = 0.8  # a legal form names the legal entity; it beats a logo wordmark of the same firm
COMPANY_STRONG_WORD = 0.5  # "Institute", "Banco", "Agence"
COMPANY_WORD = 0.3  # "Consulting", "Restaurante", "Technologies"
COMPANY_AMPERSAND = 0.3  # capitalised words joined by "&"
COMPANY_EXACT_DOMAIN = 0.95  # the line spells the website's/e-mail's domain: the brand
COMPANY_DOMAIN = 0.6  # times the partial similarity to the domain
COMPANY_TALL = 0.25  # at most, for large type
COMPANY_LONG_PENALTY = 0.3  # more than seven words: a sentence
COMPANY_SENTENCE_PENALTY = 0.2  # full of small words: a tagline
# A firm named by its trade: a name of capitalised words, at most TRADE_FIRM_WORDS of them, holding a trade
# or a shop's goods (``lexicon.TRADE_NOUNS``, ``TRADE_SUFFIXES``) and another word — the owner's or a
# made-up name, or a second trade after "&"/"and"/"e"/"und" ("Kestrel Hot Tubs & Spas", "Galli Cucine
# & Pavimenti", "Vogel Fliesen"). Enough alone to be the company (MIN_COMPANY_SCORE 0.45): no legal form,
# domain or type size is needed. Set on ``layout_set --kind trade-noun`` seed 7 (seed 11 held out; figures in
# docs/MEASURING.md, "Firms hard to name").
COMPANY_TRADE_FIRM = 0.45
TRADE_FIRM_WORDS = 6

_FUNCTION_WORDS = word_set(
    """
    the and for with of in on at to by our your we you from a an is are et pour avec des les du au aux en
    sur par nos vos votre notre une un est sont dans chez com para em da do das dos na no uma um e o os as
    """
)
# "Jean-Baptiste", "Anne-Sophie": compound first names capitalise each part; "Dupont," may end with a comma.
_NAME_WORD = re.compile(
    r"^(?:[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ'’]+(?:-[A-ZÀ-ÖØ-Þ]?[a-zß-öø-ÿ'’]+)*-?"
    r"|[A-ZÀ-ÖØ-Þ'’\-]{2,}|[A-Z]\.|[A-Z]\.[A-Z]\.(?:[A-Z]\.)*),?$"
)


def _alpha_ratio(text: str) -> float:
    """Letters among the visible characters, ordinary punctuation of names aside ("D.M.D.", "O'Neil")."""
    visible = [ch for ch in text if not ch.isspace() and ch not in ".,'’-&"]
    return sum(ch.isalpha() for ch in visible) / max(1, len(visible))


def name_score(text: str, locals_: list[str]) -> float:
    tokens = text.replace(",", " , ").split()
    words = [token for token in tokens if token != ","]
    if not 1 <= len(words) <= MAX_NAME_WORDS or any(ch.isdigit() for ch in text) or "@" in text:
        return 0.0
    if _alpha_ratio(text) < MIN_NAME_ALPHA_RATIO or has_legal_form(text):
        return 0.0
    # "D.M.D." / "Ph.D." / "M." compare without their dots.
    folded_words = [fold(word).strip(",'’").replace(".", "") for word in words]
    core = [w for w, f in zip(words, folded_words, strict=True) if f not in DEGREE_SUFFIXES | HONORIFICS]
    folded_core = [fold(word).strip(".,'’") for word in core]
    bad = set(folded_core) & (TITLE_WORDS | COMPANY_WORDS | LEGAL_FORMS | STREET_WORDS | DEPARTMENT_WORDS)
    if bad - {"st"}:
        return 0.0
    # A leading honorific is printed in any case, with or without its dot ("Dr.", "DR.", "Prof.", "Sra.").
    shaped = sum(
        bool(_NAME_WORD.match(word))
        or fold(word) in NAME_PARTICLES
        or fold(word).strip(",").replace(".", "") in DEGREE_SUFFIXES
        or (position == 0 and fold(word).strip(",").replace(".", "") in HONORIFICS)
        for position, word in enumerate(words)
    )
    if shaped < len(words) or any(f in _FUNCTION_WORDS and f not in NAME_PARTICLES for f in folded_core):
        return 0.0
    # Particles ("de", "van", "ben") only count as such inside a name: "Ben Walker" starts with a name.
    real = [f for i, f in enumerate(folded_core) if len(f) > 1 and (i == 0 or f not in NAME_PARTICLES)]
    if not real:
        return 0.0
    if len(real) == 1:
        # One word is a name only when an e-mail spells it ("Rodrigo" with rodrigo@…).
        country = NAME_COUNTRY_PENALTY if real[0] in COUNTRIES else 0.0
        return max(0.0, min(1.0, NAME_ONE_WORD_EMAIL * _email_affinity(real, locals_) - country))
    score = NAME_BASE
    # "DUPONT Jean": surname first in capitals, then the first name.
    # All words in capitals say nothing about the order: then the first word must be the first name.
    surname_first = (
        len(real) >= 2 and _first_name(real[-1]) and core[0].rstrip(",").isupper() and not core[-1].isupper()
    )
    known_first_name = _first_name(real[0]) or surname_first
    if known_first_name:
        score += NAME_KNOWN_FIRST
    elif (
        len(real) <= MAX_FAMILY_FIRST_WORDS
        and len(real[-1]) >= MIN_FAMILY_FIRST_LETTERS
        and _first_name(real[-1])
        and not text.isupper()
    ):
        score += NAME_KNOWN_FIRST_LATER  # "Tanaka Hiroshi": the family name first
    elif len(real) >= 4:
        return 0.0  # four names and none of them a known first name: a shop or a slogan
    if any(f in COUNTRIES for f in real):
        score -= NAME_COUNTRY_PENALTY
    score += NAME_EMAIL * _email_affinity(real, locals_)
    if len(real) > 3:
        score -= NAME_LONG_PENALTY
    return max(0.0, min(1.0, score))


def _first_name(word: str) -> bool:
    """A first name of some country in the shipped names data, compound ones included ("anne-sophie")."""
    return first_name_weight(word) >= MIN_FIRST_NAME_WEIGHT


def _email_affinity(name_words: list[str], locals_: list[str]) -> float:
    """1.0 when an e-mail's local part spells the name (jean.dupont, jdupont, dupont.j, jd for J. D.)."""
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
                best = max(best, 0.6)  # "Lee" in "mleeson": short, so weaker evidence
        initials = "".join(word[0] for word in name_words)
        first, last = name_words[0], name_words[-1]
        if flat == initials or (len(name_words) >= 2 and flat in (first[0] + last, last + first[0])):
            best = max(best, 0.9)
        if len(flat) >= 4 and fuzz.partial_ratio(flat, "".join(name_words)) >= 85:
            best = max(best, 0.7)
    return best


# A slogan speaks to the reader or for the firm ("Your partner in …", "Ihr Partner für Bad und Heizung",
# "Seu parceiro …", "Our experts …"); a job title never opens with such a word.
_SLOGAN_OPENERS = word_set(
    """
    your you our we ihr ihre ihren unser unsere wir votre vos notre nos nous seu sua seus suas nosso nossa
    su sus nuestro nuestra vuestro il la vostro vostra nostro nostra
    """
)


def title_score(text: str) -> float:
    tokens = _title_tokens(words_of(text))
    if not tokens or len(tokens) > MAX_TITLE_WORDS or any(ch.isdigit() for ch in text) or "@" in text:
        return 0.0
    if len(tokens) > 2 and tokens[0] in _SLOGAN_OPENERS:
        return 0.0
    strong = sum(token in STRONG_TITLE_WORDS for token in tokens) or _occupation_by_suffix(tokens)
    weak = sum(token in TITLE_WORDS for token in tokens)
    if strong == 0 and weak == 0:
        return 0.0
    score = TITLE_STRONG * min(1, strong) + TITLE_WEAK * min(2, weak) / 2 + TITLE_DENSITY * (weak / len(tokens))
    if has_legal_form(text):
        score -= TITLE_LEGAL_FORM_PENALTY
    return max(0.0, min(1.0, score))


def _title_tokens(tokens: list[str]) -> list[str]:
    """The words, a glued or compound one made of two title words counted as both ("Directeurcommercial",
    "Vertriebsleiter": ``glued_words.compound_parts``)."""
    vocabulary = TITLE_WORDS | STRONG_TITLE_WORDS
    result: list[str] = []
    for token in tokens:
        parts = compound_parts(token, vocabulary, STRONG_TITLE_WORDS)
        result.extend(parts if parts is not None else (token,))
    return result


# An icon OCR read as one lower-case letter before the line's capitalised words ("y Thierry Lemaitre", a
# phone or person pictogram): no name, title or firm starts with a lone lower-case letter.
_ICON_LETTER = re.compile(r"^[a-zß-öø-ÿ]\s+(?=[A-ZÀ-ÖØ-Þ])")


# Occupations the lexicon does not list are still recognised by the suffixes that form them in several
# languages ("Eletricista", "Fonoaudióloga", "Kinesiologist", "Podólogo", "Ortodontista", "Pediatra",
# "Fisioterapeuta", "Cinematographer"): only on a line of SUFFIX_TITLE_WORDS word of at least
# SUFFIX_TITLE_LETTERS letters ("Pizzaria Paulista" is a shop), that is no known first name nor company
# word. English "-ist" alone is left out: Nordic surnames end so ("Lindqvist").
TITLE_SUFFIXES = (
    "ista",
    "istas",
    "ologo",
    "ologa",
    "ologist",
    "ologue",
    "ologe",
    "ologin",
    "iatra",
    "iatre",
    "iater",
    "iatrist",
    "euta",
    "eute",
    "ografo",
    "ografa",
    "grapher",
    "graphe",
    "ician",
    "icien",
    "icienne",
)
SUFFIX_TITLE_WORDS = 1
SUFFIX_TITLE_LETTERS = 7


def _occupation_by_suffix(tokens: list[str]) -> int:
    """1 when a short line's word is an occupation by its suffix alone (``TITLE_SUFFIXES``), else 0."""
    if len(tokens) > SUFFIX_TITLE_WORDS or any(
        token in COMPANY_WORDS or token in STRONG_COMPANY_WORDS or _first_name(token) for token in tokens
    ):
        return 0
    return int(any(len(token) >= SUFFIX_TITLE_LETTERS and token.endswith(TITLE_SUFFIXES) for token in tokens))


def strip_junk(text: str) -> str:
    """Drop symbols OCR reads from logos and icons at the ends of a line ("@ Norvale, Ltd.", "© www…",
    "y Thierry Lemaitre")."""
    text = re.sub(r"^[^\w(\"'“]+|[^\w.)\"'”!?]+$", "", text.strip())
    return _ICON_LETTER.sub("", text)


# Words that join two trades or two names in a firm's name.
_JOINERS = word_set("& and e et y und")


def trade_word(token: str) -> bool:
    """A folded word naming a trade or a shop's goods: listed, or formed like one and no first name nor
    job-title word ("Vidraçaria", "Schreinerei", "Landscaping")."""
    if token in TRADE_NOUNS:
        return True
    return (
        len(token) >= TRADE_SUFFIX_LETTERS
        and token.endswith(tuple(fold(suffix) for suffix in TRADE_SUFFIXES))
        and token not in TITLE_WORDS
        and token not in _FUNCTION_WORDS
        and not _first_name(token)
    )


def trade_firm(text: str) -> bool:
    """ "Kestrel Hot Tubs & Spas", "VOGEL FLIESEN": capitalised words (or capitals), joiners between
    them, no separator of a list, a trade word and another word beside it."""
    words = text.split()
    if not 2 <= len(words) <= TRADE_FIRM_WORDS or any(ch.isdigit() for ch in text):
        return False
    if not all(word in ("&", "+") or fold(word) in _JOINERS or word[:1].isupper() for word in words):
        return False
    if not all(re.fullmatch(r"[^\W\d_]+(?:['’-][^\W\d_]+)*&?", word) or word in ("&", "+") for word in words):
        return False  # commas, bullets and bars make a list of services, not a name
    folded = [fold(word).strip("'’") for word in words if word not in ("&", "+") and fold(word) not in _JOINERS]
    trades = [word for word in folded if trade_word(word)]
    # The other word is a name (the owner's, a made-up one), not one more word of business ("Services").
    names = [word for word in folded if not trade_word(word) and word not in COMPANY_WORDS | STRONG_COMPANY_WORDS]
    return bool(trades) and (bool(names) or len(folded) < len(words))


def is_phrase(text: str) -> bool:
    """A tagline or a description, not a name: after a capitalised first word, the words that carry meaning
    are in lower case ("Creative solutions for your brand", "Fotografia de casamentos")."""
    words = [word.strip(".,;:!?\"'“”") for word in text.split()]
    words = [word for word in words if word]
    if len(words) < 2 or not words[0][:1].isupper() or words[0].isupper():
        return False
    rest = [word for word in words[1:] if fold(word) not in _FUNCTION_WORDS | NAME_PARTICLES and word != "&"]
    return bool(rest) and all(word.isalpha() and word.islower() for word in rest)


def company_score(text: str, domains: list[str], max_height_ratio: float) -> float:
    text = strip_junk(text)
    tokens = words_of(text)
    if not tokens or "@" in text or _alpha_ratio(text) < MIN_COMPANY_ALPHA_RATIO:
        return 0.0
    legal = has_legal_form(text)
    if is_phrase(text) and not legal and domain_affinity(tokens, domains) < 1.0:
        return 0.0  # a tagline ("Capturing moments that matter"), whatever its size or its words
    score = 0.0
    if legal:
        score += COMPANY_LEGAL_FORM
    if any(token in STRONG_COMPANY_WORDS for token in tokens):
        score += COMPANY_STRONG_WORD
    elif trade_firm(text):
        score += COMPANY_TRADE_FIRM
    elif any(token in COMPANY_WORDS or trade_word(token) for token in tokens):
        score += COMPANY_WORD
    # "Moreau & Fils", "Rocha & Filhos", "Baker & Lane Interiors": capitalised words joined by &.
    if re.search(r"[A-ZÀ-Þ][\w'’.]*\s*&\s*[A-ZÀ-Þ]", text):
        score += COMPANY_AMPERSAND
    affinity = domain_affinity(tokens, domains)
    score += COMPANY_EXACT_DOMAIN * affinity if affinity >= 1.0 else COMPANY_DOMAIN * affinity
    if max_height_ratio >= TALL_LINE_RATIO:
        score += COMPANY_TALL * min(1.0, (max_height_ratio - 1.0) / 0.8)
    if len(tokens) > 7:
        score -= COMPANY_LONG_PENALTY
    # Sentences (taglines) are full of small words; names of organisations have few ("Institute for …").
    function_words = sum(token in _FUNCTION_WORDS for token in tokens)
    starts_lower = text.strip()[:1].islower()
    if (
        function_words >= 3
        or (function_words >= 2 and starts_lower)
        or (tokens[0] in _FUNCTION_WORDS and tokens[0] not in ("the", "le", "la", "les"))
    ):
        score -= COMPANY_SENTENCE_PENALTY
    return max(0.0, score)


def has_legal_form(text: str) -> bool:
    """A legal form ("SARL", "GmbH", "Ltda.", "S.A.", "S/A", "S.r.l.", "B.V.") written as one.

    Some forms are also ordinary words ("as", "me", "co", "sa"): in lower case they only count at the
    end of the line, where a legal form is printed; capitalised or dotted forms count anywhere."""
    raw = [token.strip(",;:()") for token in text.split()]
    raw = [token for token in raw if token]
    for position, token in enumerate(raw):
        folded = fold(token).rstrip(".")
        squashed = re.sub(r"[./]", "", folded)
        last = position == len(raw) - 1
        dotted = "." in token.rstrip(".") or "/" in token
        if dotted and squashed in DOTTED_LEGAL_FORMS | LEGAL_FORMS:
            return True
        if folded in LEGAL_FORMS:
            # Two letters ("as", "me", "co") are ordinary words unless written as a form: "AS", "ME", "Co".
            written = token[:1].isupper() if len(folded) <= 2 else True
            if written and (last or (token[:1].isupper() and len(folded) >= 3)):
                return True
        if last and squashed in DOTTED_LEGAL_FORMS and not token.islower():
            return True
    return False


def repair_legal_form(text: str) -> str:
    """A legal form at the end of a line whose "l" OCR read as "I" ("S.r.I."): written back as the form.
    Only a last word that is no form as read, but one with each "I" beside a lower-case letter as "l"."""
    head, _, last = text.rstrip().rpartition(" ")
    if "I" not in last or has_legal_form(last):
        return text
    fixed = re.sub(r"(?<=[a-z.])I|I(?=[a-z.])", "l", last)
    if fixed != last and has_legal_form(fixed):
        return f"{head} {fixed}" if head else fixed
    return text


def domain_affinity(tokens: list[str], domains: list[str]) -> float:
    """How well a line matches a website/e-mail domain label ("BLUE HARBOR" ~ blueharborgrill)."""
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
            best = max(best, 0.55)  # "Northern Valley Roofing Ltd" ~ nvrgroup
        elif any(len(token) >= 4 and token in domain for token in tokens):
            best = max(best, 0.45)
    return best


def department_score(text: str) -> float:
    tokens = words_of(text)
    if not tokens or any(ch.isdigit() for ch in text):
        return 0.0
    return 0.7 if any(token in DEPARTMENT_WORDS for token in tokens) else 0.0


# What separates the parts of a shared line: a comma, or a bar, dash, slash or bullet with spaces around it
# ("Ana Lima | Owner", "Ana Lima - Proprietária"; the dash of "Sócio-Gerente" has none).
_PART_SEPARATOR = re.compile(r"\s*,\s*|\s+[|/•·–—-]\s+")


# Claims about the firm printed after the owner's title ("Owner | Licensed & Insured"): no part of it.
_FIRM_CLAIMS = word_set("licensed insured bonded certified registered accredited and e y und et")


def _firm_claim(part: str) -> bool:
    return all(word in _FIRM_CLAIMS for word in words_of(part))


def part_separator() -> re.Pattern[str]:
    """What separates the parts of a shared line or of a list of services."""
    return _PART_SEPARATOR


def _degree(part: str) -> bool:
    return fold(part).replace(".", "").replace(" ", "") in DEGREE_SUFFIXES


def split_name_title(text: str) -> tuple[str, str] | None:
    """ "Ana Lima, Owner, License #4411" / "Ana Lima, CPA | Owner" / "Kim Tran ACCOUNT EXECUTIVE" → (name,
    title) when both fit.

    Between separators, the first part is the name, with the credentials printed after it ("Ana Lima,
    CPA": the name as printed); the title is the following parts that hold title words, up to a part with
    digits (a licence or registration number is not part of the title)."""
    pieces = _PART_SEPARATOR.split(text)
    if len(pieces) > 1:
        separators = [m.group(0) for m in _PART_SEPARATOR.finditer(text)]
        end = 1
        while end < len(pieces) and _degree(pieces[end]):
            end += 1
        name = pieces[0] + "".join(sep + piece for sep, piece in zip(separators[: end - 1], pieces[1:end], strict=True))
        if name_score(pieces[0], []) >= SPLIT_NAME_SCORE:
            title = ""
            for index in range(end, len(pieces)):
                part = pieces[index].strip()
                if not part or any(ch.isdigit() for ch in part) or "#" in part or _firm_claim(part):
                    break
                if title_score(part) > 0 or (title and title_score(part + " " + title) > 0):
                    title += (separators[index - 1] if title else "") + part
                elif not _degree(part):
                    break
            if title and title_score(title) >= SPLIT_TITLE_SCORE:
                return name.strip(), title
    words = text.split()
    for cut in range(2, len(words)):
        left, right = " ".join(words[:cut]), " ".join(words[cut:])
        if (
            title_score(right) >= SPLIT_TITLE_SCORE
            and name_score(left, []) >= SPLIT_NAME_SCORE
            and title_score(left) == 0.0
        ):
            return left, right
    return None
