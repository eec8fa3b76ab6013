"""What the card's e-mail and web addresses say of its other lines, for the parser (``parse_roles``).

- ``domain_company``: the company named only by the website's or e-mail's domain (a logo OCR could not
  read), less the place a domain often appends to the firm's name ("bluefinsushiboston" on a card whose
  address says Boston is "Bluefinsushi").
- ``rejoin_split_words``: a space OCR put inside a word the e-mail spells whole ("Lam bert").
- ``restore_cut_word``: a line's first word cut at its start (a crop through the card's print: "jerie
  Dupont SAS"), written back whole from the e-mail or domain that spells it ("boulangerie-dupont").
- ``domain_prefers``: whether the domain spells a firm's name better with one more line.
- ``complete_from_domain``: a wordmark read partly ("ethernet", "RIGHTWATE") written back whole from the
  domain that spells it ("velora", "brightwater").
- ``trim_glued_stroke``: a bar or an icon read as a letter glued to the name ("lGiulia Conti"), dropped
  when the e-mail spells the name without it.
- ``mail_joined``: two neighbouring lines one e-mail local part spells together ("lavanderiasaojose"
  over "Lavanderia" / "São José"): one name printed on two lines, a shop's, never a person's name
  under a company (a person's own address does not spell the line above it).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from rapidfuzz import fuzz
from rapidfuzz.distance import Levenshtein

from cardbook.ocr.fields import CardLine
from cardbook.ocr.lexicon import LEGAL_FORMS, NAME_PARTICLES, fold, word_set, words_of
from cardbook.ocr.load_once import once
from cardbook.ocr.names_data import first_name_weight

Assignment = tuple[str, tuple[int, ...], float]

# Score given to a company only the e-mail's/website's domain proposes (no line spells it).
DOMAIN_ONLY_SCORE = 0.35
# What is left of a domain once a place is cut from it must still be a name (not "co", "inc").
MIN_DOMAIN_NAME_LETTERS = 3
# A place is cut from a domain only as whole words of the card's address, up to this many together
# ("paloalto", "riodejaneiro"), and only when it is this long: "sf" or "ny" also end ordinary words.
MAX_PLACE_WORDS = 3
MIN_PLACE_LETTERS = 4
# A word of a line counts as spelled by an e-mail local part when it is at least this long ("de", "la"
# and initials are in every address).
MIN_JOINED_WORD_LETTERS = 4
# A word glued back from two OCR pieces inside a longer part of an address must be this long: shorter
# stretches ("ane", "ron") occur inside many words by chance.
MIN_REJOINED_LETTERS = 5
# Lower-case words that stand on their own in names and firms' names: glued to the word before only when
# an address spells the two as one whole word.
_SMALL_WORDS = NAME_PARTICLES | word_set("a an and at au aux e el en et for in of on or the to und y zu im am")


def _place_runs(place_text: str) -> list[str]:
    """Consecutive words of the address squashed together, longest first: "palo alto" → "paloalto"."""
    tokens = [token for token in words_of(place_text) if not token.isdigit()]
    runs = {
        "".join(tokens[start : start + size])
        for size in range(1, MAX_PLACE_WORDS + 1)
        for start in range(len(tokens) - size + 1)
    }
    return sorted((run for run in runs if len(run) >= MIN_PLACE_LETTERS), key=len, reverse=True)


def without_place(label: str, place_text: str) -> str:
    """``label`` (a domain's main label) without a place of the address printed at its start or end."""
    for run in _place_runs(place_text):
        if label.endswith(run) and len(label) - len(run) >= MIN_DOMAIN_NAME_LETTERS:
            return without_place(label[: -len(run)].rstrip("-_"), place_text)
        if label.startswith(run) and len(label) - len(run) >= MIN_DOMAIN_NAME_LETTERS:
            return without_place(label[len(run) :].lstrip("-_"), place_text)
    return label


def domain_company(domains: Sequence[str], person: str, place_text: str = "") -> Assignment | None:
    """The company named only by the website's or e-mail's domain (no line spells it: a logo OCR could
    not read). ``domains`` hold no free-mail providers; "blue-harbor" is proposed as "Blue Harbor". A
    domain spelling the person's own name ("anamartins.com") is a personal site, not a company.
    ``place_text``: the card's address, whose city a domain may append to the firm's name."""
    squashed_person = "".join(words_of(person))
    for domain in domains:
        label = without_place(domain, place_text) if place_text else domain
        words = [word for word in re.split(r"[-_]+", label) if word]
        flat = "".join(words)
        if len(flat) < MIN_DOMAIN_NAME_LETTERS or flat.isdigit():
            continue
        if squashed_person and (flat in squashed_person or fuzz.ratio(flat, squashed_person) >= 80):
            continue
        return (" ".join(word[:1].upper() + word[1:] for word in words), (), DOMAIN_ONLY_SCORE)
    return None


def _spelled(words: set[str], local: str) -> set[str]:
    return {word for word in words if len(word) >= MIN_JOINED_WORD_LETTERS and word in local}


def mail_joined(
    lines: Sequence[tuple[CardLine, str]], locals_: Sequence[str], together: Callable[[CardLine, CardLine], bool]
) -> set[int]:
    """Indexes of lines that an e-mail local part spells together with a neighbour: each of the two lines
    has a word of its own (one the other line does not hold) inside the same local part.

    ``lines``: (line, its free text); ``together``: whether two lines are neighbours in similar type."""
    flats = [fold(re.sub(r"[._\-+\d]+", "", local)) for local in locals_]
    words = [(line, set(words_of(text))) for line, text in lines]
    joined: set[int] = set()
    for position, (line, own) in enumerate(words):
        for other, theirs in words[position + 1 :]:
            if not together(line, other):
                continue
            for flat in flats:
                if _spelled(own - theirs, flat) and _spelled(theirs - own, flat):
                    joined.update((line.index, other.index))
    return joined


def spelled_parts(locals_: Sequence[str], domains: Sequence[str]) -> list[str]:
    """The words e-mail local parts and domains are made of ("manon.lambert" → manon, lambert)."""
    parts = [part for local in locals_ for part in re.split(r"[._\-+\d]+", fold(local))]
    parts += [part for domain in domains for part in re.split(r"[-_.]+", fold(domain))]
    return [part for part in parts if part]


def rejoin_split_words(text: str, locals_: Sequence[str], domains: Sequence[str]) -> str:
    """Undo a space OCR put inside a word ("Manon Lam bert", "Colom bo") when the e-mail or the domain
    spells the word whole. Only a lower-case piece is glued to the word before it, never a particle or
    into a word the addresses hold: an e-mail's whole part ("lambert" of manon.lambert), or a long stretch
    of one ("colombo" inside "colomboarredamenti") unless the piece is a word of its own there ("Marie
    de" inside "mariedelafontaine", "Durand et" inside "durandetfils")."""
    parts = spelled_parts(locals_, domains)
    if not parts:
        return text
    tokens = text.split()
    position = 1
    while position < len(tokens):
        before, piece = tokens[position - 1], tokens[position]
        joined = fold(before + piece)
        shaped = piece.isalpha() and piece[:1].islower() and before[-1:].isalpha() and joined.isalpha()
        # A joining word is a word of its own ("Marqués y asociados" inside marquesyasociados): nothing glues to it.
        inside = (
            fold(piece) not in _SMALL_WORDS and fold(before) not in _SMALL_WORDS and len(joined) >= MIN_REJOINED_LETTERS
        )
        glue = shaped and any(joined == part or (inside and joined in part) for part in parts)
        if glue:
            tokens[position - 1 : position + 1] = [before + piece]
        else:
            position += 1
    return " ".join(tokens) if len(tokens) < len(text.split()) else text


def _squashed_name(texts: Sequence[str]) -> str:
    """Letters and digits of a firm's name without its legal form: "Martin SARL" → "martin"."""
    tokens = [token for text in texts for token in words_of(text)]
    while tokens and tokens[-1] in LEGAL_FORMS:
        tokens.pop()
    return "".join(tokens)


def domain_prefers(domains: Sequence[str], longer: Sequence[str], shorter: Sequence[str]) -> bool:
    """Whether a domain spells the firm's name printed as the lines ``longer`` better than as ``shorter``
    ("optique-martin": "OPTIQUE" / "Martin SARL" rather than "Martin SARL" alone)."""
    grown, alone = _squashed_name(longer), _squashed_name(shorter)
    for domain in domains:
        flat = re.sub(r"[-_]+", "", fold(domain))
        if len(flat) >= MIN_DOMAIN_NAME_LETTERS and fuzz.ratio(grown, flat) > fuzz.ratio(alone, flat):
            return True
    return False


# A cut first word must keep this many letters to be matched: shorter stretches end many words by chance.
MIN_CUT_PIECE_LETTERS = 4


def restore_cut_word(text: str, locals_: Sequence[str], domains: Sequence[str]) -> str:
    """ "jerie Dupont SAS" → "Boulangerie Dupont SAS" with boulangerie-dupont.fr: a line whose first word
    starts in lower case before a capitalised word, when exactly one word of the card's e-mail local parts
    and domains ends with it and is longer; written in the case of the word after it. Particles and small
    words ("de La Fontaine", "van Dijk") are never cut words."""
    tokens = text.split(" ")
    if len(tokens) < 2 or not tokens[0].isalpha() or not tokens[0][:1].islower() or not tokens[1][:1].isupper():
        return text
    piece = fold(tokens[0])
    if len(piece) < MIN_CUT_PIECE_LETTERS or piece in _SMALL_WORDS:
        return text
    whole = {part for part in spelled_parts(locals_, domains) if part.endswith(piece) and len(part) > len(piece)}
    if len(whole) != 1:
        return text
    word = whole.pop()
    written = word.upper() if tokens[1].isupper() and len(tokens[1]) > 1 else word[:1].upper() + word[1:]
    return " ".join([written, *tokens[1:]])


# A wordmark read partly (a stylised first capital, a letter at either end lost to a crop or a logo's
# flourish) is written back from the card's domain when the line reads at least this share of the domain's
# letters, at least MIN_COMPLETED_LETTERS of them, and lost at most MAX_LOST_LETTERS at each end. Set on
# ``layout_set --kind cut-wordmark`` seed 7 (seed 11 held out): at 0.5, "Design" under a "designo" domain
# grew; at 0.7, three-letter pieces of five-letter wordmarks ("EOR" of veora) stayed cut.
MIN_READ_SHARE = 0.6
MIN_COMPLETED_LETTERS = 3
MAX_LOST_LETTERS = 2
# What a domain often appends to a firm's name at its end: not letters of the name lost by OCR ("acme"
# under acmeus.com stays "acme"). The legal forms, and two-letter country codes (pycountry's data).
_APPENDED = LEGAL_FORMS | word_set("hq app web online group")


@once
def _country_codes() -> frozenset[str]:
    import pycountry

    return frozenset(country.alpha_2.lower() for country in pycountry.countries) | frozenset(("uk", "usa"))


def _lost_ends(read: str, whole: str) -> tuple[int, int] | None:
    """How many letters ``read`` lost at the start and at the end of ``whole``, when it is a piece of it
    that OCR could have left (``MIN_READ_SHARE``, ``MAX_LOST_LETTERS``); None otherwise."""
    if len(read) < MIN_COMPLETED_LETTERS or read == whole or len(read) < MIN_READ_SHARE * len(whole):
        return None
    start = whole.find(read)
    if start < 0:
        return None
    end = len(whole) - start - len(read)
    if start > MAX_LOST_LETTERS or end > MAX_LOST_LETTERS:
        return None
    tail = whole[len(whole) - end :] if end else ""
    if tail and (tail in _APPENDED or tail in _country_codes()):
        return None
    if not (whole[:start] + tail).isalpha():
        return None  # "studio54", "pizza2go": digits a domain adds are no letters OCR lost
    return start, end


def _written_like(letters: str, model: str, first: bool) -> str:
    """``letters`` written in the case of the word they join: capitals in a word of capitals; a lost
    first letter capitalised when the word or the line's other words start with one."""
    if model.isupper() and len(model) > 1:
        return letters.upper()
    return letters[:1].upper() + letters[1:] if first else letters


def complete_from_domain(text: str, domains: Sequence[str]) -> str:
    """ "elora" → "velora", "RIGHTWATE" → "BRIGHTWATER", "lue Harbor" → "Blue Harbor": a line (or its
    first or last word) that is a piece of a word the card's domain spells, letters lost at either end
    (``MIN_READ_SHARE``, ``MAX_LOST_LETTERS``), written back whole in the printed case and spacing.
    ``domains``: the main labels of the card's own (not free-mail) domains."""
    tokens = text.split(" ")
    if not tokens or not all(re.fullmatch(r"[^\W\d_]+(?:['’&.-][^\W\d_]*)*|&", token) for token in tokens if token):
        return text
    flats = [re.sub(r"[-_]+", "", fold(domain)) for domain in domains]
    squashed = "".join(words_of(text))
    spans = [(0, len(tokens))] + ([(0, 1), (len(tokens) - 1, len(tokens))] if len(tokens) > 1 else [])
    for low, high in spans:
        piece = "".join(words_of(" ".join(tokens[low:high])))
        for flat in flats:
            lost = _lost_ends(piece, flat)
            # A first word alone may only have lost its start, a last word alone its end: the line's other
            # words sit where the rest of the domain's letters would be.
            if lost is None or (high < len(tokens) and lost[1]) or (low > 0 and lost[0]):
                continue
            if (low, high) != (0, len(tokens)) and squashed in flat:
                continue
            start, end = lost
            first, last = tokens[low], tokens[high - 1]
            capital = first[:1].isupper() or any(token[:1].isupper() for token in tokens if token != first)
            head = _written_like(flat[:start], first, capital) if start else ""
            if head and first[:1].isupper() and not first.isupper():
                first = first[:1].lower() + first[1:]  # "Orsolum" of dorsolum: the capital is the lost one's
            tail = _written_like(flat[len(flat) - end :], last, False) if end else ""
            if low == high - 1:
                tokens[low] = head + first + tail
            else:
                tokens[low], tokens[high - 1] = head + first, last + tail
            return " ".join(tokens)
    return text


# Strokes a neighbour's bar, rule or icon is read as when OCR glues it to a word ("lGiulia", "Hollowayi").
GLUED_STROKES = "lIi1|!j"
# A word trimmed back to what the e-mail spells must keep this many letters ("Ana" stays whole).
MIN_TRIMMED_LETTERS = 3
# Without the e-mail, a first word is trimmed when it is then a first name this common (parse_people's
# MIN_FIRST_NAME_WEIGHT: 2 of gender-guesser's 13) and was none with the stroke.
MIN_GLUED_NAME_WEIGHT = 2 / 13


def trim_glued_stroke(text: str, locals_: Sequence[str]) -> str:
    """ "lGiulia Conti" → "Giulia Conti", "Ryan Hollowayi" → "Ryan Holloway" with giulia.conti@… /
    ryan.holloway@…: the line's first or last word with a stroke too at its outer end, when the e-mail's
    local part spells the word without it and not with it, or (the first word) when it is then a known
    first name and was none before ("iNathan")."""
    parts = spelled_parts(locals_, ())
    flats = [re.sub(r"[._\-+\d]+", "", fold(local)) for local in locals_]
    tokens = text.split(" ")

    def spelled(word: str) -> bool:
        folded = fold(word)
        return folded in parts or (len(folded) > MIN_TRIMMED_LETTERS and any(folded in flat for flat in flats))

    def first_name(word: str, position: int) -> bool:
        # The first word: a first name of the names data that the stroke glued to makes no name.
        return position == 0 and first_name_weight(word) >= MIN_GLUED_NAME_WEIGHT > first_name_weight(token)

    for position, trim in ((0, slice(1, None)), (len(tokens) - 1, slice(None, -1))):
        token = tokens[position]
        stroke = token[0] if position == 0 else token[-1]
        trimmed = token[trim]
        if (
            stroke in GLUED_STROKES
            and len(trimmed) >= MIN_TRIMMED_LETTERS
            and trimmed.isalpha()
            and (position != 0 or trimmed[:1].isupper())
            and (spelled(trimmed) or first_name(trimmed, position))
            and not spelled(token)
        ):
            tokens[position] = trimmed
    return " ".join(tokens)


# Symbols OCR reads for a letter of a wordmark (a "J" as "]", an "I" or "l" as "|" or "!"), and the letters
# each may stand for.
_SYMBOL_LETTERS = {"]": "j", "[": "ij", "|": "il", "!": "il"}
# The word with its symbol read as a letter, and the word after it, must spell this much of the domain
# together: a short piece ("mj") occurs inside many domains by chance.
MIN_SYMBOL_CONTEXT_LETTERS = 6


def letter_for_symbol(text: str, domains: Sequence[str]) -> str:
    """ "M] Serralheria" → "MJ Serralheria" with mjserralheria.com.br: a word holding a symbol OCR reads for a
    letter, written with the letter when the domain spells that word and the next one (or the word alone,
    when long enough) with it. The letter takes the case of the word's other letters."""
    tokens = text.split(" ")
    changed = False
    for position, token in enumerate(tokens):
        if not any(symbol in token for symbol in _SYMBOL_LETTERS) or not any(ch.isalpha() for ch in token):
            continue
        following = fold(tokens[position + 1]) if position + 1 < len(tokens) else ""
        for candidate in _symbol_readings(token):
            spelled = fold(candidate) + re.sub(r"[^\w]", "", following)
            if len(spelled) >= MIN_SYMBOL_CONTEXT_LETTERS and any(spelled in fold(domain) for domain in domains):
                tokens[position] = candidate
                changed = True
                break
    return " ".join(tokens) if changed else text


def _symbol_readings(token: str) -> list[str]:
    """The token with each symbol of ``_SYMBOL_LETTERS`` read as one of its letters, in the token's case."""
    upper = sum(ch.isupper() for ch in token) >= sum(ch.islower() for ch in token)
    readings = [""]
    for ch in token:
        options = _SYMBOL_LETTERS.get(ch)
        if options is None:
            readings = [reading + ch for reading in readings]
        else:
            readings = [reading + (letter.upper() if upper else letter) for reading in readings for letter in options]
    return readings


# The free-mail providers whose domains small businesses print most (US and Brazilian cards): a label one letter
# away from one of these is that provider's, misread ("laol" for aol, "gmall" for gmail), never the firm's name.
# Only these: the other free-mail hosts are short or ordinary words ("web", "free", "live") a firm's label
# may well be one letter away from.
MAJOR_WEBMAIL = ("gmail", "hotmail", "outlook", "yahoo", "aol", "icloud", "uol", "bol")


# A provider's label this short is only taken as misread with a letter added ("laol"): one changed or lost makes
# other short words ("sol", "ao").
MIN_MISREAD_HOST = 5


def webmail_misread(label: str) -> bool:
    """An e-mail domain's label one letter (changed, lost or added) from a major free-mail provider's."""
    return label not in MAJOR_WEBMAIL and any(
        Levenshtein.distance(label, host) == 1 and (len(host) >= MIN_MISREAD_HOST or len(label) > len(host))
        for host in MAJOR_WEBMAIL
    )
