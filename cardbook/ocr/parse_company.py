"""Which free-text line names the company, and which neighbours print the rest of its name.

Scores come from ``firm_evidence.company_score`` (legal forms, company words, the web domain, type size)
plus the line classifier's evidence; without any clue, the card's largest wordmark, then the web domain
alone (``parse_domains``). The chosen line grows into a block: neighbours in the same type, a line the
e-mail spells with it, a wordmark above a legal name that the domain spells with it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from cardbook.ocr.block_layout import in_another_column, line_between, same_row
from cardbook.ocr.fields import CardLine
from cardbook.ocr.firm_evidence import (
    TALL_LINE_RATIO,
    company_score,
    domain_affinity,
    fine_print_spelling,
    is_phrase,
    legal_name_of,
    same_type,
    trade_firm,
    without_fine_print,
)
from cardbook.ocr.french_organisations import organisation_words
from cardbook.ocr.legal_forms import has_legal_form
from cardbook.ocr.lexicon import DOTTED_LEGAL_FORMS, LEGAL_FORMS, fold, words_of
from cardbook.ocr.line_words import LIST_SEPARATOR
from cardbook.ocr.logo_residue import without_logo_residue
from cardbook.ocr.parse_domains import domain_company, domain_prefers
from cardbook.ocr.parse_people import name_score
from cardbook.ocr.public_bodies import public_body_score
from cardbook.ocr.role_lines import Assignment, RoleLine, clean, neighbours
from cardbook.ocr.shared_line import SPLIT_TITLE_SCORE
from cardbook.ocr.title_evidence import title_score

# How these were chosen: set by hand on the first cards, then swept about ±10 % on the tune half of the
# shared cards (``evaluate --split tune``) and on the generated French (seed 1) and hard (seed 4242) sets:
# no value below moved a figure, except WORDMARK_RATIO 1.3, which dropped one misread wordmark on the tune
# half (one card: not taken).
# The least combined score a line needs to be taken as the company.
MIN_COMPANY_SCORE = 0.45
# The card's largest line gains this much as a company: the largest text is usually the company's wordmark.
# "Largest" allows for rounding: within this share of the tallest line.
COMPANY_TALLEST_BONUS = 0.1
TALLEST = 0.999
# A wordmark is the card's largest type, at least this much above the median letter, of at most this many
# words and at least this many letters (not a logo's initials); without any other clue it is taken with
# the confidence WORDMARK_SCORE, unless the person's name is set larger than WORDMARK_OVER_NAME times it
# (then the largest free line describes the practice under the name).
WORDMARK_RATIO = 1.2
MAX_WORDMARK_WORDS = 6
MIN_WORDMARK_LETTERS = 3
WORDMARK_SCORE = 0.4
WORDMARK_OVER_NAME = 0.95
# Growing the company's block: at most this many lines; a neighbour joins only when OCR read it with this
# confidence, it has at most this many words (a short continuation, not a sentence), and it does not look
# like a person's name this much (the name under a logo).
MAX_COMPANY_LINES = 4
MIN_BLOCK_CONFIDENCE = 0.6
BLOCK_SHORT_WORDS = 4
BLOCK_NAME_SCORE = 0.6
# Two pieces of one printed row (``block_layout.same_row``), less than this many letter heights apart.
SAME_ROW_GAP_LETTERS = 3.0
# A line is in Latin script when at least this share of its letters is.
LATIN_SHARE = 0.5
# The classifier adds CLASSIFIER_COMPANY_WEIGHT × (probability − centre), and only ever as a gain: long
# organisation names ("Institute for …") look like sentences to the model. Without any rule clue, a line
# the model is CLASSIFIER_COMPANY_ALONE sure of is the company (before the wordmark or the domain).
CLASSIFIER_COMPANY_WEIGHT = 0.3
CLASSIFIER_COMPANY_ALONE = 0.7
# A registration number ("CRECI 123456", "OAB/MG 12.345", "SIRET 123 456 789 00012", "License #44172")
# is no company's name, whatever its place or size: at least this many digits making at least this share
# of the line's letters and digits. Names with a number ("Studio 54", "Route 66 Diner", "3M") have fewer.
REGISTRATION_DIGITS = 5
REGISTRATION_DIGIT_SHARE = 0.4
# A person's own card (a freelancer's: every e-mail and website is a free-mail box or a domain spelling the
# person's name) names a firm only on a line with evidence of its own (a legal form, an organisation's word,
# a trade firm's shape, the domain) or set this much larger than the person's name: its other lines are a
# tagline, a product or a line of work ("Handmade Leather Goods", "Hochzeiten & Porträts"). Set on
# ``layout_set --kind no-company`` seed 7 (seed 11 held out); a shop's wordmark above its owner's name is
# usually set 1.5× the name or more.
PERSONAL_BRAND_OVER_NAME = 1.2
# A word of the person's name (after the first) this long in a line makes it a family firm's name.
FAMILY_FIRM_LETTERS = 3
# A line named by its trade alone (``firm_evidence.trade_firm``, no legal form nor domain) under a wordmark
# set this much larger describes the business ("MARCENARIA E MÓVEIS" under the brand): the brand is the
# company. BLOCK_HEIGHT_RATIOS' upper end: a larger line is no part of the same name.
TRADE_UNDER_WORDMARK = 1.4
# The domain's likeness (``firm_evidence.domain_affinity``) that names the firm on a personal card: a line
# holding the domain's word (0.85) or close to it (0.75), not a mere shared word (0.45).
OWN_DOMAIN_AFFINITY = 0.75
# What separates the items of a list of services ("Branding • Web • Print"): never inside a firm's name.
_LIST_MARKS = re.compile(r"\s[•·|]\s")


def is_registration(text: str) -> bool:
    """A professional or company registration number with its label, not a name."""
    characters = [ch for ch in text if ch.isalnum()]
    digits = sum(ch.isdigit() for ch in characters)
    return digits >= REGISTRATION_DIGITS and digits >= REGISTRATION_DIGIT_SHARE * len(characters)


def pick_company(
    items: list[RoleLine],
    taken: set[int],
    domains: list[str],
    order: list[int],
    name_ratio: float,
    person: str,
    place: str,
    joined: set[int],
    personal: bool = False,
    offers: frozenset[int] | set[int] = frozenset(),
    card: Sequence[CardLine] = (),
) -> Assignment | None:
    """``personal``: the card's e-mails and websites are the person's own (``personal_cards.personal_card``);
    ``offers``: lines listing what the firm offers or claims (``offer_lines``), never its name, but still read
    for the fine print's restatement of a wordmark's full name (built like a list: "Firm, Partner and Partner :
    Registered in …"); ``card``: all the card's lines, contacts too (its columns: ``block_layout``)."""
    untaken = [item for item in items if item.line.index not in taken]
    cut = {item.line.index: without_fine_print(item.text) for item in untaken}
    free = [
        item
        for item in untaken
        if item.line.index not in offers
        and not is_registration(cut[item.line.index])
        and not _listed(item.text, domains)
    ]
    if not free:
        return _from_domain(domains, person, place, untaken)
    tallest = max(item.height_ratio for item in free)
    best: tuple[float, RoleLine] | None = None
    for item in free:
        relative = item.height_ratio / tallest if tallest > 0 else 1.0
        # The fine print's firm is scored without its registration ("Muster BV · BTW … · RPR …": the numbers
        # would make the line a code, not a name); the name is cut from it once chosen anyway.
        score = max(company_score(cut[item.line.index], domains, item.height_ratio), public_body_score(item.text))
        if relative >= TALLEST and item.height_ratio >= TALL_LINE_RATIO:
            score += COMPANY_TALLEST_BONUS  # the largest text on the card is usually the company's wordmark
        if score > 0:
            # Only ever a gain: long organisation names ("Institute for …") look like sentences to the model.
            score += max(0.0, item.learned("company", CLASSIFIER_COMPANY_WEIGHT))
        if score >= MIN_COMPANY_SCORE and (best is None or score > best[0]):
            best = (score, item)
    if best is None:
        best = _learned_company(free)
    if best is None:
        # Without any clue, the largest text is the brand, but not when the person's name outsizes it:
        # then it is a description ("Quiet Hills Vision Clinic" under "ANA R. COSTA, O.D.").
        fallback = _largest_wordmark(free, tallest) if tallest >= WORDMARK_OVER_NAME * name_ratio else None
        if fallback is None:
            return _from_domain(domains, person, place, untaken)
        best = (WORDMARK_SCORE, fallback)
    score, chosen = best
    wordmark = _largest_wordmark(free, tallest)
    if (
        wordmark is not None
        and wordmark is not chosen
        and _by_trade_only(chosen.text, domains)
        and wordmark.height_ratio >= TRADE_UNDER_WORDMARK * chosen.height_ratio
    ):
        score, chosen = WORDMARK_SCORE, wordmark  # the trade line describes the business under its brand
    if (
        personal
        and not _own_evidence(chosen.text, domains, person)
        and chosen.height_ratio < PERSONAL_BRAND_OVER_NAME * name_ratio
    ):
        return None  # a freelancer's tagline or line of work, not a firm
    group = _grow_block(chosen, free, order, joined, domains, [item.line for item in items], card)
    text = without_logo_residue(" ".join(clean(item.text) for item in group), domains)
    text = without_fine_print(text)
    indexes = tuple(item.line.index for item in group)
    fuller = legal_name_of(text, untaken, group) or fine_print_spelling(text, untaken, group)
    if fuller is not None:
        return (fuller[0], (fuller[1],), min(1.0, score))
    return (text, indexes, min(1.0, score))


def _from_domain(domains: list[str], person: str, place: str, free: list[RoleLine]) -> Assignment | None:
    """The firm named by its domain alone (its logo a picture), or by the fuller name the fine print gives it
    ("farrell.co.uk" and "Farrell, Robinson and Carter · Registered in England …")."""
    found = domain_company(domains, person, place)
    if found is None or found[1]:
        return found
    fuller = legal_name_of(found[0], free, [])
    return (fuller[0], (fuller[1],), found[2]) if fuller is not None else found


def _listed(text: str, domains: list[str]) -> bool:
    """A list of services or a tagline in pieces ("Branding • Web • Print"), unless a legal form or the
    domain names the firm in it."""
    return bool(_LIST_MARKS.search(text)) and not has_legal_form(text) and domain_affinity(words_of(text), domains) < 1


def _by_trade_only(text: str, domains: list[str]) -> bool:
    return (
        trade_firm(text) and not has_legal_form(text) and domain_affinity(words_of(text), domains) < OWN_DOMAIN_AFFINITY
    )


def _own_evidence(text: str, domains: list[str], person: str) -> bool:
    """What names a firm in the line itself, whatever the card around it: a legal form, an organisation's
    or a trade's word, the domain, or the person's family name (a family firm: "Caldwell Chimneys")."""
    tokens = words_of(text)
    family = {word for word in words_of(person)[1:] if len(word) >= FAMILY_FIRM_LETTERS}
    return (
        has_legal_form(text)
        or organisation_words(tokens)
        or bool(family & set(tokens))
        or trade_firm(text)
        or domain_affinity(tokens, domains) >= OWN_DOMAIN_AFFINITY
    )


def _learned_company(free: list[RoleLine]) -> tuple[float, RoleLine] | None:
    """The line the classifier is sure is the company, when no rule found one; never a phrase."""
    sure = [
        item
        for item in free
        if item.roles and item.roles.get("company", 0.0) >= CLASSIFIER_COMPANY_ALONE and not is_phrase(item.text)
    ]
    if not sure:
        return None
    chosen = max(sure, key=lambda item: item.learned("company", 1.0))
    return MIN_COMPANY_SCORE, chosen  # the confidence of a pick on the weakest evidence that counts


def _largest_wordmark(free: list[RoleLine], tallest: float) -> RoleLine | None:
    if all(item.line.height <= 0 for item in free):
        # Plain text without letter sizes: the brand is usually printed first.
        first = free[0]
        tokens = words_of(first.text)
        sentence = (
            tokens[:1] in (["la"], ["le"], ["les"], ["un"], ["une"], ["a"], ["an"])
            or sum(
                token in ("de", "du", "des", "la", "le", "of", "and", "et", "for", "pour", "with") for token in tokens
            )
            >= 2
        )
        shaped = 1 <= len(tokens) <= MAX_WORDMARK_WORDS
        return first if shaped and title_score(first.text) == 0.0 and not sentence else None
    for item in sorted(free, key=lambda i: -i.height_ratio):
        if item.height_ratio < WORDMARK_RATIO or item.height_ratio < tallest * TALLEST:
            return None
        if wordmark_shaped(item.text) and not is_phrase(item.text):
            return item
    return None


def wordmark_shaped(text: str) -> bool:
    """Shaped as a wordmark: 1 to ``MAX_WORDMARK_WORDS`` words, at least ``MIN_WORDMARK_LETTERS`` letters."""
    return 1 <= len(words_of(text)) <= MAX_WORDMARK_WORDS and sum(ch.isalpha() for ch in text) >= MIN_WORDMARK_LETTERS


def _read_again(item: RoleLine, group: list[RoleLine]) -> bool:
    """The wordmark read a second time over itself ("Chan-Lee" and "& Chan-Lee" where the two engines' readings
    of one large line overlap): no word the block lacks, and its box covers a member's."""
    words = set(words_of(item.text))
    held = {word for member in group for word in words_of(member.text)}
    return bool(words) and words <= held and any(_boxes_overlap(item.line, member.line) for member in group)


def _boxes_overlap(a: CardLine, b: CardLine) -> bool:
    if a.box is None or b.box is None:
        return False
    across = min(a.box.right, b.box.right) - max(a.box.left, b.box.left)
    down = min(a.box.bottom, b.box.bottom) - max(a.box.top, b.box.top)
    return across > 0 and down > 0


def _same_row(a: CardLine, b: CardLine) -> bool:
    """Side by side on one printed row, close together (a two-word wordmark read as two items)."""
    if a.box is None or b.box is None:
        return False
    letter = max(a.height, b.height, 1.0)
    gap = max(a.box.left, b.box.left) - min(a.box.right, b.box.right)
    return same_row(a.box, b.box) and gap < SAME_ROW_GAP_LETTERS * letter


def _script(text: str) -> str:
    """Latin or other script: a company name does not continue in another writing system (a kanji name
    beside its romanised wordmark)."""
    letters = [ch for ch in text if ch.isalpha()]
    latin = sum(ch.isascii() or "À" <= ch <= "ɏ" for ch in letters)
    return "latin" if letters and latin >= LATIN_SHARE * len(letters) else "other"


def _ends_with_legal_form(text: str) -> bool:  # "… LTDA.", and dotted: "… a.s.", "… S.r.l." (compared without dots)
    tokens = [re.sub(r"[./]", "", fold(token).strip(".,")) for token in text.split()]
    return bool(tokens) and tokens[-1] in DOTTED_LEGAL_FORMS | LEGAL_FORMS


def _only_legal_form(text: str) -> bool:
    tokens = [fold(token).strip(".,") for token in text.split()]
    return bool(tokens) and all(token in LEGAL_FORMS for token in tokens)


def _grow_block(
    chosen: RoleLine,
    free: list[RoleLine],
    order: list[int],
    joined: set[int],
    domains: list[str],
    printed: list[CardLine] | None = None,
    card: Sequence[CardLine] = (),
) -> list[RoleLine]:
    """Add neighbouring lines set in the same type ("BLUE" / "HARBOR") or continuing the name, and a
    line the e-mail spells together with a member (``joined``); a name ending with its legal form
    ("… Comércio LTDA.") is complete; never a line of a column the block is not in (``card``: all the card's
    lines, ``block_layout.in_another_column``)."""
    group = [chosen]
    # The legal form closes the name: only a line above may still belong, when the domain spells the
    # name with it ("OPTIQUE" / "Martin SARL" and optique-martin.fr), not a logo repeating a word of it.
    # A legal form read alone ("Ltda" in a box of its own beside the name) closes nothing: it ends the name.
    closed = _ends_with_legal_form(chosen.text) and not _only_legal_form(chosen.text)
    changed = True
    while changed and len(group) < MAX_COMPANY_LINES:
        changed = False
        for item in free:
            if (
                item in group
                or item.line.confidence < MIN_BLOCK_CONFIDENCE
                or _script(item.text) != _script(chosen.text)
            ):
                continue
            if closed and (
                order.index(item.line.index) > order.index(group[0].line.index)
                or not domain_prefers(domains, [member.text for member in [item, *group]], [m.text for m in group])
            ):
                continue
            if item.line.index in joined and any(
                member.line.index in joined and neighbours(item.line, member.line, order) for member in group
            ):
                group.append(item)
                changed = True
                continue
            if _read_again(item, group):
                continue
            beside = any(_same_row(item.line, member.line) for member in group)
            if not beside and not any(
                neighbours(item.line, member.line, order) and not line_between(item.line, member.line, printed or [])
                for member in group
            ):
                continue
            if in_another_column(item.line, [member.line for member in group], card or printed or []):
                continue  # the right panel's title beside a firm's name on the left (``block_layout``)
            similar = same_type(item, chosen)
            continues = bool(re.match(r"^(?:and|&|et|e|und)\b", item.text.strip()))
            short = len(words_of(item.text)) <= BLOCK_SHORT_WORDS
            if (similar and (short or continues) and chosen.line.height > 0) or continues:
                if (
                    title_score(item.text) >= SPLIT_TITLE_SCORE
                    or name_score(item.text, []) >= BLOCK_NAME_SCORE
                    or (is_phrase(item.text) and not continues)
                    or _service_list(item.text)
                    or _numbered_line(item.text, domains)
                ):
                    continue
                group.append(item)
                changed = True
    return sorted(group, key=lambda item: order.index(item.line.index))


# A list of this many parts or more ("Orçamento grátis, Venda, Aluguel", "Drains - Heating - Repairs") is what
# the firm offers, never a line of its name; a name with commas has two parts ("Farrell, Robinson and
# Carter"). Chosen, not tuned: smallbiz_data's lists of services have three parts or more.
MIN_SERVICE_PARTS = 3


def _service_list(text: str) -> bool:
    parts = [part for part in LIST_SEPARATOR.split(text) if part.strip()]
    return len(parts) >= MIN_SERVICE_PARTS and not has_legal_form(text)


# A neighbour holding a number of this many digits is never part of the firm's name unless the domain spells
# the number too ("studio54"): it is the address printed under the name ("ul. Kwiatowa 15", "93-295 Opole") or a
# registration, whatever its type size. Firms' names with numbers ("Studio 54", "Route 66 Diner") are printed
# on one line, which this does not touch. Chosen, not tuned: a house number has one digit or more, so two
# leaves lone list numbers and "A-1" alone.
BLOCK_NUMBER_DIGITS = 2


def _numbered_line(text: str, domains: list[str]) -> bool:
    numbers = [number for number in re.findall(r"\d+", text) if len(number) >= BLOCK_NUMBER_DIGITS]
    return bool(numbers) and not any(number in domain for number in numbers for domain in domains)
