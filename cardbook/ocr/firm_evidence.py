"""A company among the card's free-text lines: the evidence that a line names the firm.

Legal forms, company and trade words, capitalised words joined by "&", the web domain, type size; a tagline
or a sentence is none. ``parse_company`` picks the firm's line(s) with these scores. The fine print of European
cards restates the firm's full name before its registration ("Muster GmbH · Sitz Berlin · HRB 12345"):
``without_fine_print`` cuts the name from it, ``legal_name_of`` finds it for a wordmark's short form
(docs/MEASURING.md, corporate_set).
"""

from __future__ import annotations

import functools
import itertools
import re

from rapidfuzz import fuzz

from cardbook.ocr.french_organisations import organisation_head
from cardbook.ocr.legal_forms import has_legal_form, repair_legal_form
from cardbook.ocr.lexicon import (
    ANY_COMPANY_WORDS,
    COMPANY_WORDS,
    NAME_PARTICLES,
    STRONG_COMPANY_WORDS,
    fold,
    word_set,
    words_of,
)
from cardbook.ocr.line_words import FUNCTION_WORDS, alpha_ratio, strip_junk
from cardbook.ocr.profession_firms import profession_firm
from cardbook.ocr.role_lines import BLOCK_HEIGHT_RATIOS, RoleLine, clean
from cardbook.ocr.trade_words import trade_word

# A company line may hold more symbols ("Moreau & Fils, Inc.") but is still mostly letters.
MIN_COMPANY_ALPHA_RATIO = 0.6
# A line this much taller than the card's median letter is set apart typographically (a wordmark).
TALL_LINE_RATIO = 1.15

# A company's name has at least this many letters ("Ace", "IBM"); fewer are a logo's symbol read as letters,
# unless the domain spells them (INITIALS_AFFINITY: the domain starts with them, "hp", "3m", "ge"). Chosen, not
# tuned: the shortest firm names the generators and the shared cards print have three letters.
MIN_COMPANY_LETTERS = 3
INITIALS_AFFINITY = 0.6

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

# Words that join two trades or two names in a firm's name.
_JOINERS = word_set("& and e et y und")


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
    names = [word for word in folded if not trade_word(word) and word not in ANY_COMPANY_WORDS]
    return bool(trades) and (bool(names) or len(folded) < len(words))


def is_phrase(text: str) -> bool:
    """A tagline or a description, not a name: after a capitalised first word, the words that carry meaning
    are in lower case ("Creative solutions for your brand", "Fotografia de casamentos")."""
    words = [word.strip(".,;:!?\"'“”") for word in text.split()]
    words = [word for word in words if word]
    if len(words) < 2 or not words[0][:1].isupper() or words[0].isupper():
        return False
    rest = [word for word in words[1:] if fold(word) not in FUNCTION_WORDS | NAME_PARTICLES and word != "&"]
    return bool(rest) and all(word.isalpha() and word.islower() for word in rest)


# "Lunds universitet", "Piteå universitet": a place, then the institution's noun in lower case, two or three
# words in all — a Scandinavian institution's name, no tagline. Chosen, not tuned.
MAX_PLACE_INSTITUTION_WORDS = 3


def institution_after_place(text: str, tokens: list[str]) -> bool:
    """The line's last word is an institution's ("universitet", "hogskola") after at most two words, the first a
    capitalised place (not "Your local bank")."""
    return (
        2 <= len(tokens) <= MAX_PLACE_INSTITUTION_WORDS
        and tokens[-1] in STRONG_COMPANY_WORDS
        and text.strip()[:1].isupper()
        and tokens[0] not in FUNCTION_WORDS
    )


def company_score(text: str, domains: list[str], max_height_ratio: float) -> float:
    text = strip_junk(text)
    tokens = words_of(text)
    if not tokens or "@" in text or alpha_ratio(text) < MIN_COMPANY_ALPHA_RATIO:
        return 0.0
    if sum(ch.isalpha() for ch in text) < MIN_COMPANY_LETTERS and domain_affinity(tokens, domains) < INITIALS_AFFINITY:
        return 0.0  # "oO", "Il": a logo's symbol read as letters, unless the domain spells them ("hp", "3m")
    legal = has_legal_form(text)
    # A tagline ("Capturing moments that matter"), whatever its size or its words; but not an institution
    # named as its domain then a generic noun in lower case ("Lunds universitet", "Helsingin yliopisto").
    if (
        is_phrase(text)
        and not legal
        and not institution_after_place(text, tokens)
        and domain_affinity(tokens, domains) < 1.0
        and domain_affinity(tokens[:1], domains) < 1.0
    ):
        return 0.0
    score = 0.0
    if legal:
        score += COMPANY_LEGAL_FORM
    # "Comité des …"; "Müller Schmidt Rechtsanwälte": partners named with their profession in the plural.
    practice = profession_firm(text)
    if any(token in STRONG_COMPANY_WORDS for token in tokens) or organisation_head(tokens) or practice:
        score += COMPANY_STRONG_WORD
    elif trade_firm(text):
        score += COMPANY_TRADE_FIRM
    elif any(token in COMPANY_WORDS or trade_word(token) for token in tokens):
        score += COMPANY_WORD
    # "Moreau & Fils", "Rocha & Filhos", "Baker & Lane Interiors": capitalised words joined by &.
    if _capitals_joined(text):
        score += COMPANY_AMPERSAND
    affinity = domain_affinity(tokens, domains)
    score += COMPANY_EXACT_DOMAIN * affinity if affinity >= 1.0 else COMPANY_DOMAIN * affinity
    if max_height_ratio >= TALL_LINE_RATIO:
        score += COMPANY_TALL * min(1.0, (max_height_ratio - 1.0) / 0.8)
    if len(tokens) > 7:
        score -= COMPANY_LONG_PENALTY
    # Sentences (taglines) are full of small words; names of organisations have few ("Institute for …").
    function_words = sum(token in FUNCTION_WORDS for token in tokens)
    starts_lower = text.strip()[:1].islower()
    # A lone capital before the domain's word is the logo's symbol read as a letter ("A Walters, Moore and
    # Garcia" beside a triangle, walters.com), not a sentence's article.
    symbol = len(tokens) > 1 and text.split()[0] in ("A", "O") and domain_affinity(tokens[1:], domains) >= 0.85
    if (
        function_words >= 3
        or (function_words >= 2 and starts_lower)
        or (tokens[0] in FUNCTION_WORDS and tokens[0] not in ("the", "le", "la", "les") and not (symbol or practice))
    ):
        score -= COMPANY_SENTENCE_PENALTY
    return max(0.0, score)


def _capitals_joined(text: str) -> bool:
    """Capitalised words joined by "&" ("Moreau & Fils", "Nowak & Wójcik"), in any alphabet."""
    return any(before[:1].isupper() and after.isupper() for before, after in _JOINED_BY_AMPERSAND.findall(text))


# A word, "&", and the first letter of the next word.
_JOINED_BY_AMPERSAND = re.compile(r"(?<!\w)([^\W\d_][\w'’.]*)\s*&\s*([^\W\d_])")


# German and Swiss hosts write an umlaut as its vowel and "e" ("rechtsanwaelte", "mueller"); a line's words are
# folded to the bare vowel ("Rechtsanwälte" → "rechtsanwalte"). Host labels are compared in both spellings, each
# "ae"/"oe"/"ue" either way ("steuer" is no umlaut's).
_UMLAUT_SPELLING = re.compile(r"(?<=[aou])e")
# A host with more such pairs than this is compared as written: the spellings double with each pair.
MAX_UMLAUT_PAIRS = 4


# Cached: domain_affinity asks for the card's hosts again for every line it scores. The spellings are a tuple
# (never changed), at most 2 ** MAX_UMLAUT_PAIRS short strings a host: small even over thousands of cards.
@functools.cache
def umlaut_spellings(domain: str) -> tuple[str, ...]:
    """``domain`` and its spellings with some of its "ae", "oe", "ue" written as the bare vowel ("mueller" →
    "muller")."""
    pairs = [match.start() for match in _UMLAUT_SPELLING.finditer(domain)]
    if not pairs or len(pairs) > MAX_UMLAUT_PAIRS:
        return (domain,)
    spellings = []
    for chosen in itertools.product((False, True), repeat=len(pairs)):
        dropped = {position for position, drop in zip(pairs, chosen, strict=True) if drop}
        spellings.append("".join(char for index, char in enumerate(domain) if index not in dropped))
    return tuple(spellings)


def domain_affinity(tokens: list[str], domains: list[str]) -> float:
    """How well a line matches a website/e-mail domain label ("BLUE HARBOR" ~ blueharborgrill)."""
    if not tokens:
        return 0.0
    joined = "".join(tokens)
    initials = "".join(token[0] for token in tokens if token not in FUNCTION_WORDS or len(tokens) <= 2)
    best = 0.0
    for domain in (spelling for listed in domains for spelling in umlaut_spellings(listed)):
        domain = domain.replace("-", "")  # "rodrigues-herve-avocats": the line's words have no hyphens
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


# Where the fine print's parts meet ("Muster GmbH · Sitz Berlin · HRB 12345", read with "·" as ":" or "-").
FINE_PRINT_MARK = re.compile(r"\s*[·•|]\s*|\s+[:\-–—]\s+")
# What follows the firm's name in the fine print: its registration, its seat, its capital.
_REGISTRY_WORDS = re.compile(
    r"\b(?:registered|registration|reg|company\s+(?:no|number|reg)|vat|sitz|amtsgericht|handelsregister|registergericht|hrb|hra|"
    r"ust|uid|fn|firmenbuch\w*|mwst|che|kvk|btw|rpr|rcs|siret|siren|tva|capital|p\.?\s?iva|c\.?f|rea|sede|"
    r"cif|nif|nipc|registro|org|cvr|mva|y-tunnus|kotipaikka|sate|statutair|gevestigd|zetel|ein|inc(?:orporated)?\s+in|"
    r"a\s+subsidiary|geschaftsfuhr\w*|managing\s+directors?)\b",
    re.I,
)


def without_fine_print(text: str) -> str:
    """A firm's name cut from the fine print that follows it on its line ("Neves S.A. · NIF 501234567 · Capital
    social 50 000 €" → "Neves S.A."): the parts after the first one that holds a registration word or a digit,
    or that follows the legal form."""
    parts = FINE_PRINT_MARK.split(text)
    first = parts[0]
    parts[0] = _cut_after_legal_form(first)
    if len(parts) < 2:
        return parts[0]
    kept: list[str] = []
    for part in parts:
        # after the legal form the name is complete ("Muster GmbH · street · town", the numbers read as a phone)
        if kept and (
            any(ch.isdigit() for ch in part) or _REGISTRY_WORDS.search(fold(part)) or has_legal_form(kept[-1])
        ):
            break
        kept.append(part)
    if len(kept) == len(parts) and parts[0] == first:
        return text
    return clean(" · ".join(kept)) or text


def _cut_after_legal_form(part: str) -> str:
    """The firm's name ending at its legal form when its registration follows without a mark ("Lemaire S.A. au
    capital de 838 000 €", "Muster GmbH Sitz Berlin"): the words after the form hold a digit or a registry word."""
    tokens = part.split()
    for end in range(1, len(tokens)):
        head, rest = " ".join(tokens[:end]), " ".join(tokens[end:])
        if has_legal_form(head):  # the first (shortest) head holding the form: the loop ends here
            if any(ch.isdigit() for ch in rest) or _REGISTRY_WORDS.search(fold(rest)):
                return head
            return part
    return part


def legal_name_of(text: str, free: list[RoleLine], group: list[RoleLine]) -> tuple[str, int] | None:
    """The firm's full name printed elsewhere when the chosen line is its short form: a wordmark "VAN BELLE"
    or "Farrell" and, in the fine print, "Van Belle, Geerts en De Cock VOF" or "Farrell, Robinson and Carter"
    (the same words first, then more, with a legal form or the partners' "and"). The fuller form is what the
    card names the firm; its line index is returned with it."""
    short = words_of(text)
    if not short or has_legal_form(text):
        return None
    for item in free:
        if item in group:
            continue
        cut = without_fine_print(clean(item.text))
        if cut == clean(item.text) and not FINE_PRINT_MARK.search(item.text) and item.height_ratio >= 1.0:
            continue  # only the fine print (small type or cut from its registration) restates the firm's name
        head = repair_legal_form(cut)  # "… S.r.I." in 6 pt type: its "l" read as "I" (``legal_forms``)
        words = words_of(head)
        # the partners' "and", or "&" ("Vandermolen & van Oostrum", "Keller Brunner & Cie.")
        partners = any(word in _PARTNER_WORDS for word in words[len(short) :]) or "&" in head
        if (
            len(words) > len(short)
            and words[: len(short)] == short
            and len(words) <= MAX_LEGAL_NAME_WORDS
            and (has_legal_form(head) or partners)
        ):
            return head, item.line.index
    return None


def fine_print_spelling(text: str, free: list[RoleLine], group: list[RoleLine]) -> tuple[str, int] | None:
    """The firm's name as the fine print spells it when it restates the chosen line's words letter for letter
    but with other accents ("loffler" over "Löffler - Sitz …"): a wordmark in a display face loses its
    accents to OCR more often than the body type does. Its line index is returned with it."""
    squashed = "".join(words_of(text))
    if not squashed:
        return None
    for item in free:
        if item in group or not FINE_PRINT_MARK.search(item.text):
            continue
        head = without_fine_print(clean(item.text))
        if head != clean(item.text) and "".join(words_of(head)) == squashed and head.casefold() != text.casefold():
            return head, item.line.index
    return None


# A firm's name restated in the fine print has at most this many words ("Van Belle, Geerts en De Cock VOF").
# Chosen, not tuned: the longest such names of corporate_set seed 1 (seed 2 held out) have seven.
MAX_LEGAL_NAME_WORDS = 8
# The words that join partners' names in a firm's name.
_PARTNER_WORDS = frozenset({"and", "en", "und", "et", "e", "y", "og", "och", "ja"})


# Lines of one printed name are set in one type: their letters are about as wide. The mean advance of a
# letter (box width over characters) varies between words of one face by a fifth or so (capitals, "m" and
# "i"); a line whose letters are two-thirds as wide or less is set smaller: the tagline or the title under a
# wordmark whose box height OCR measured alike. Two-line names of the generated and shared sets keep 0.7 or
# more (stranger_set seed 1 lost a title to a firm at 0.51).
MIN_LETTER_WIDTH_RATIO = 0.65


def letters_as_wide(first: RoleLine, second: RoleLine) -> bool:
    """Whether two lines' letters are as wide (same type); True when a box is unknown."""
    widths = [
        item.line.box.width / len(item.text.strip())
        for item in (first, second)
        if item.line.box is not None and item.text.strip()
    ]
    return len(widths) < 2 or min(widths) >= MIN_LETTER_WIDTH_RATIO * max(widths)


def same_type(item: RoleLine, chosen: RoleLine) -> bool:
    """``item`` is set like ``chosen``: a letter height within BLOCK_HEIGHT_RATIOS of it, letters as wide."""
    low, high = BLOCK_HEIGHT_RATIOS
    return low <= item.height_ratio / max(chosen.height_ratio, 1e-6) <= high and letters_as_wide(item, chosen)
