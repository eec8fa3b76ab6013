"""Assign the roles name, title, company and department to free-text lines, best evidence first.

Scores come from ``parse_people``, ``title_evidence`` and ``firm_evidence``; this module adds the layout:
letter height compared with the card's other lines, which lines are neighbours (a title sits right under
the name), what the e-mail says of the lines, and the line classifier's evidence.
The company and its block are ``parse_company``'s.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from cardbook.ocr.address_lines import flags_for
from cardbook.ocr.bilingual_titles import bilingual_title_score
from cardbook.ocr.fields import CardLine
from cardbook.ocr.lexicon import fold, words_of
from cardbook.ocr.line_words import strip_junk
from cardbook.ocr.name_title_mailbox import name_title_split
from cardbook.ocr.offer_lines import offer_indexes
from cardbook.ocr.owner_in_firm import owner_named_firms
from cardbook.ocr.parse_company import pick_company
from cardbook.ocr.parse_domains import mail_joined
from cardbook.ocr.parse_people import NAME_BASE, first_of_close_names, name_score, without_closing_stop
from cardbook.ocr.particle_names import with_particle_names, with_pieces
from cardbook.ocr.personal_cards import personal_card
from cardbook.ocr.profession_firms import profession_firm
from cardbook.ocr.role_lines import (
    NEIGHBOUR_GAP_LETTERS,
    Assignment,
    RoleLine,
    clean,
    median,
    neighbours,
    same_block,
)
from cardbook.ocr.shared_line import (
    SPLIT_TITLE_SCORE,
    name_before_registration,
    part_separator,
    title_before_registration,
)
from cardbook.ocr.title_beside_name import placed_title
from cardbook.ocr.title_evidence import MIN_TITLE_SCORE, department_score, title_score
from cardbook.ocr.title_lines import MIN_POSTAL_LINE, continues_title, title_lines
from cardbook.ocr.title_listed_jobs import with_listed_spelling
from cardbook.ocr.title_not_firm import names_the_firm
from cardbook.ocr.title_pairing import own_title
from cardbook.ocr.title_scope import with_scope

# Lines OCR read with less confidence than this are noise (textures, pictures) for role picking.
MIN_LINE_CONFIDENCE = 0.35
# The least combined score a line needs to be taken as the name, the title (``title_evidence.MIN_TITLE_SCORE``),
# the department. Swept ±0.05 on the tune half of the shared cards and the generated French and hard sets: only
# MIN_TITLE_SCORE 0.5 moved a figure (one title lost).
MIN_NAME_SCORE = 0.4
MIN_DEPARTMENT_SCORE = 0.5
# The confidence given to a title cut from the name's line ("Ana Lima, Owner") and to a department.
SPLIT_TITLE_CONFIDENCE = 0.7
DEPARTMENT_CONFIDENCE = 0.6
# A name's score keeps this share whatever OCR's confidence, the rest in proportion to it: a name read
# unsurely still counts, less.
NAME_OCR_FLOOR = 0.6
# Layout bonuses: a name in larger type than the body, a name with a job title right beside it (the
# usual name-over-title block), a title right under the name, the card's largest line for the company.
NAME_TALL_RATIO = 1.1
NAME_TALL_BONUS = 0.1
NAME_TITLE_BESIDE_BONUS = 0.2
# A name-shaped line in large type on a card whose company is printed on another line: the person's name
# even outside the names data (enough with NAME_BASE and NAME_TALL_BONUS to reach MIN_NAME_SCORE).
NAME_COMPANY_APART_BONUS = 0.1
TITLE_NEXT_TO_NAME_BONUS = 0.2
# The learned line classifier (``line_classifier``) adds WEIGHT × (probability − CENTRE) to a line's rule
# score for a role: a line the model finds likely gains, an unlikely one loses, and an undecided one
# (probability at the centre) keeps its rule score. It never makes a candidate of a line the rules rule
# out (score 0: digits in a name) except through the two "alone" thresholds below, and it only ever
# raises a company the rules found (see ``parse_company``). Weights were tuned on the tune half of the
# shared cards and on generated sets (see tests/ocr/train_line_classifier.py): 0.5 and more lost names
# and companies on the tune half; 0.2 and 0.3 measured the same.
CLASSIFIER_NAME_WEIGHT = 0.3
CLASSIFIER_TITLE_WEIGHT = 0.3
# A line without any title word ("Steuerberaterin", a compound the lexicon cannot list) is still the title
# when the model is this sure of it, it is shaped like one (short, no digits) and it sits right by the
# name: elsewhere, short lines the model finds title-like are as often a shop's services. On the tune half
# and the generated sets, such real titles scored 0.98 or more and the one line wrongly taken 0.75.
CLASSIFIER_TITLE_ALONE = 0.9
# Such a title is one compound word ("Projektingenieur", "Diplom-Ingenieur" counts two): a title of more
# words holds a title word the lexicon knows. Every model-only title of the generated sets was one word;
# the one wrongly taken on the shared cards (report half) was a three-word description of the business.
CLASSIFIER_TITLE_WORDS = 2
# A firm named after its owner: the family name (MIN_FAMILY_NAME_LETTERS or more) ends the person's line
# of at most MAX_FAMILY_LINE_WORDS words and starts the firm's ("Nascimento Reformas"). The person's
# line gains FAMILY_PERSON_BONUS and counts as a person; the firm's loses FAMILY_FIRM_PENALTY as a name.
# The bonus brings a name of no known first name (NAME_BASE) clear of MIN_NAME_SCORE whatever the line
# model says: 0.15 left 12 of the 1296 generated cards of tests/ocr/test_names_outside_data.py unnamed.
MIN_FAMILY_NAME_LETTERS = 3
MAX_FAMILY_LINE_WORDS = 4
FAMILY_PERSON_BONUS = 0.25
FAMILY_FIRM_PENALTY = 0.3
# A trade card lists its services on one line ("Plumbing • Heating • Drains", "Reformas | Pinturas"); a line
# sharing a word of MIN_LISTED_LETTERS or more with that list is the firm's ("Kestrel Plumbing"), however
# name-shaped, and loses LISTED_NAME_PENALTY as a name: enough to fall below a person with a title beside
# (NAME_BASE + NAME_TITLE_BESIDE_BONUS) even when the firm's mailbox spells it (NAME_EMAIL). Set on the
# generated small-business layouts, seed 7 (tests/ocr/trade_layouts.py); seed 11 held out.
MIN_LISTED_LETTERS = 4
LISTED_NAME_PENALTY = 0.4


# A line of a quotation: it opens with a quotation mark, or closes one at its end (a page number or a
# footnote mark may follow). Straight apostrophes are not quotation marks ("O'Neil", "Joe's").
_QUOTATION = re.compile(r"^\W*[\"“«„]|[\"”»]\W*\w{0,2}\W*$")


@dataclass(frozen=True, slots=True)
class Roles:
    name: Assignment | None = None
    title: Assignment | None = None
    company: Assignment | None = None
    department: Assignment | None = None


def assign_roles(
    lines: list[CardLine],
    texts: dict[int, str],
    email_locals: list[str],
    domains: list[str],
    all_heights: list[float],
    learned: dict[int, dict[str, float]] | None = None,
    place: str = "",
    printed: Sequence[CardLine] = (),
) -> Roles:
    """``learned``: line index → the line classifier's role probabilities (None: rules only); ``place``:
    the card's address (a domain may append its city to the firm's name); ``printed``: all the card's lines,
    contacts too (its columns, ``block_layout``)."""
    median_height = median([h for h in all_heights if h > 0]) or 1.0
    probabilities = learned or {}
    items = [
        RoleLine(
            line,
            strip_junk(texts[line.index]),
            (line.height / median_height) if line.height > 0 else 1.0,
            probabilities.get(line.index),
        )
        for line in lines
        if _usable(strip_junk(texts.get(line.index, ""))) and line.confidence >= MIN_LINE_CONFIDENCE
    ]
    order = [item.line.index for item in items]
    items, pieces = with_particle_names(items, order)  # "Pieter van" / "den Berg": one name (``particle_names``)
    taken: set[int] = set()

    joined = mail_joined([(item.line, item.text) for item in items], email_locals, lambda a, b: same_block(a, b, order))
    # A mailbox named like the card's own domain, or like its start ("kestrel@kestrel.com",
    # "kestrel@kestrelroofing.com"), is the firm's, not a person's.
    people_locals = [local for local in email_locals if not _firm_mailbox("".join(words_of(local)), domains)]
    name, person = _pick_name(items, people_locals, order, joined)
    if name is None or not person:
        # Name-shaped words with nothing personal about them (no known first name, no e-mail, no title
        # beside) are the card's wordmark when no other printed line names the company, and the person's
        # name, if set larger than the body, when one does (a name outside the names data).
        rival = pick_company(items, set(), domains, order, 0.0, "", place, joined, card=printed)
        apart = rival[1] if rival is not None and rival[1] and not (name and set(rival[1]) & set(name[1])) else ()
        name, _ = _pick_name(items, people_locals, order, joined, require_person=True, company=apart)
    title: Assignment | None = None
    if name is not None:
        taken.update(name[1])
        split = next((name_title_split(i.text, people_locals) for i in items if i.line.index in name[1]), None)
        if split is not None and fold(split[0]) == fold(name[0]):
            title = (split[1], name[1], SPLIT_TITLE_CONFIDENCE)
    if title is None:
        title = _pick_title(items, taken, name, order)
    if title is not None:
        taken.update(title[1])
    name_ratio = next((item.height_ratio for item in items if name and item.line.index in name[1]), 0.0)
    personal = name is not None and personal_card(name[0], email_locals, domains)
    # Lists of services and the firm's claims are no firm's name (``offer_lines``).
    offers = offer_indexes(items)
    person_name = name[0] if name else ""
    company = pick_company(
        items, taken, domains, order, name_ratio, person_name, place, joined, personal, offers, card=printed
    )
    if company is not None:
        taken.update(company[1])
        if title is not None and names_the_firm(title[0], company[0]):  # a partnership's wordmark (``title_not_firm``)
            title = _pick_title(items, taken, name, order)
    title = with_scope(title, items, taken, order)  # "Account Manager" / "Northeast Region" (``title_scope``)
    taken.update(title[1] if title else ())
    if title is None and name is not None:  # no title word anywhere: the line under the name (``title_beside_name``)
        title = placed_title(items, name[1], taken, order)
        taken.update(title[1] if title else ())
    title = with_listed_spelling(title)  # a long listed job read without its accents (``title_listed_jobs``)
    department = _pick_department(items, taken)
    return Roles(with_pieces(name, pieces), with_pieces(title, pieces), with_pieces(company, pieces), department)


# The least letters a mailbox needs to be taken for the firm's when its domain starts with it: shorter
# ones are initials ("jd@jdconsulting.com" may be the person's).
MIN_FIRM_MAILBOX_LETTERS = 4


def _firm_mailbox(local: str, domains: list[str]) -> bool:
    return local in domains or (
        len(local) >= MIN_FIRM_MAILBOX_LETTERS and any(domain.startswith(local) for domain in domains)
    )


def _usable(text: str) -> bool:
    stripped = text.strip()
    return len(stripped) >= 2 and sum(ch.isalpha() for ch in stripped) >= 2


def _personal_locals(item: RoleLine, items: list[RoleLine], locals_: list[str]) -> list[str]:
    """The e-mail local parts that may name this line's person: not those that also spell a word of
    another line ("padariasantaluzia" holds "santa luzia" of the shop's name: a shop's address)."""
    own = set(words_of(item.text))
    result = []
    for local in locals_:
        flat = fold(local)
        foreign = any(
            len(word) >= 4 and word in flat and word not in own
            for other in items
            if other is not item
            for word in words_of(other.text)
        )
        if not foreign:
            result.append(local)
    return result


def _pick_name(
    items: list[RoleLine],
    locals_: list[str],
    order: list[int],
    joined: set[int],
    require_person: bool = False,
    company: tuple[int, ...] = (),
) -> tuple[Assignment | None, bool]:
    """The best-scored person's name, and whether anything personal backs it (a known first name, the
    e-mail, a title beside it) beyond the shape of a name, large type and the model; with
    ``require_person``, only such names. ``company``: the lines of a company printed apart, which makes a
    name-shaped line in large type the person's (not the wordmark). Never a line the e-mail spells with its
    neighbour (``joined``: a shop's name on two lines) nor the author under a quotation."""
    found: list[tuple[float, Assignment, bool]] = []
    family = {**owner_named_firms(items), **_family_firm(items)}  # a shop named after its owner (owner_in_firm)
    listed = _listed_words(items)
    for position, item in enumerate(items):
        if item.line.index in joined or (position > 0 and _attribution(item, items[position - 1], order)):
            continue
        if continues_title(item, items, order):
            continue  # "de Obras" under "Mestre": the title's second line
        text = item.text
        split = name_title_split(text, locals_)  # "De Backer" a surname (``name_title_mailbox``)
        # A licence on the name's line ("Ana Lima - CRECI 12345-F") is no part of the name.
        candidate = split[0] if split else (name_before_registration(text) or text)
        score = name_score(candidate, _personal_locals(item, items, locals_))
        if score <= 0:
            continue
        person = score > NAME_BASE  # a known first name or the e-mail, beyond the mere shape of a name
        if item.height_ratio >= NAME_TALL_RATIO:
            score += NAME_TALL_BONUS
            if company and item.line.index not in company:
                score += NAME_COMPANY_APART_BONUS
                person = True
        # A job title right next to it is the classic name-then-title block.
        if (
            any(
                title_score(other.text) >= SPLIT_TITLE_SCORE and neighbours(item.line, other.line, order)
                for other in items
                if other is not item
            )
            or split
        ):
            score += NAME_TITLE_BESIDE_BONUS
            person = True
        if any(
            word in listed.get(other, ())
            for word in words_of(candidate)
            for other in listed
            if other != item.line.index
        ):
            score -= LISTED_NAME_PENALTY
        role = family.get(item.line.index)
        if role == "firm":
            score -= FAMILY_FIRM_PENALTY
        elif role == "person":
            score += FAMILY_PERSON_BONUS
            person = True
        if require_person and not person:
            continue
        score += item.learned("name", CLASSIFIER_NAME_WEIGHT)
        score = min(1.0, score) * (NAME_OCR_FLOOR + (1 - NAME_OCR_FLOOR) * item.line.confidence)
        if score >= MIN_NAME_SCORE:  # the best, or the first printed of two close ones (two people)
            name = _first_person(clean(without_closing_stop(candidate)))
            found.append((score, (name, (item.line.index,), score), person))
    return first_of_close_names(found)


def _listed_words(items: list[RoleLine]) -> dict[int, set[str]]:
    """Line index → the words of a list of services ("Plumbing • Heating", "Reformas, Pinturas, Gesso"): two
    or more parts between separators, no digits, no part a job title (that is a name and title line)."""
    result: dict[int, set[str]] = {}
    for item in items:
        parts = [part for part in part_separator().split(item.text) if part.strip()]
        if len(parts) < 2 or any(ch.isdigit() for ch in item.text) or any(title_score(part) > 0 for part in parts):
            continue
        result[item.line.index] = {word for word in words_of(item.text) if len(word) >= MIN_LISTED_LETTERS}
    return result


def _family_firm(items: list[RoleLine]) -> dict[int, str]:
    """A firm named after its owner ("Nascimento Reformas" under "Thiago Nascimento"): the family name
    ends one line and starts another; the first is the person, the second the firm, whichever first
    name the names data knows (surnames are listed there as first names too)."""
    words = {item.line.index: words_of(item.text) for item in items}
    roles: dict[int, str] = {}
    for item in items:
        own = words[item.line.index]
        if not 2 <= len(own) <= MAX_FAMILY_LINE_WORDS or len(own[-1]) < MIN_FAMILY_NAME_LETTERS:
            continue
        if name_score(item.text, []) == 0.0:
            continue  # "Dedetizadora do Josué" ends with the owner's name but is the firm, not the person
        for other in items:
            theirs = words[other.line.index]
            if (
                other is not item
                and 2 <= len(theirs) <= MAX_FAMILY_LINE_WORDS
                and theirs[0] == own[-1]
                and own[0] not in theirs
                and _capitalised(other.text)  # a firm's name, not a sentence ("Kites, string and tails")
            ):
                roles[item.line.index] = "person"
                roles.setdefault(other.line.index, "firm")
    return roles


def _capitalised(text: str) -> bool:
    """Every word starts with a capital (or "&"): a name, not a phrase."""
    return all(word[:1].isupper() or word == "&" for word in text.split())


def _attribution(item: RoleLine, above: RoleLine, order: list[int]) -> bool:
    """``item`` signs the quotation printed right above it (a motto and its author): not the card's person."""
    if not _QUOTATION.search(above.text):
        return False
    if item.line.box is None or above.line.box is None:
        return order.index(item.line.index) == order.index(above.line.index) + 1
    # Only the gap below counts: a quotation's box is often taller than its letters (quotes, descenders).
    gap = item.line.box.top - above.line.box.bottom
    return above.line.box.top < item.line.box.top and gap <= NEIGHBOUR_GAP_LETTERS * max(item.line.height, 1.0)


def _first_person(name: str) -> str:
    """ "Rafael e Souza", "Marie & Paul Martin": two people on one card; the first is the name."""
    parts = re.split(r"\s+(?:e|et|and|und|y|&)\s+", name, maxsplit=1)
    return parts[0] if len(parts) == 2 and parts[0].strip() else name


def _pick_title(items: list[RoleLine], taken: set[int], name: Assignment | None, order: list[int]) -> Assignment | None:
    name_lines = [item.line for item in items if name and item.line.index in name[1]]
    # A practice's name ("Kessler Vogt Rechtsanwälte") holds a title's word but is the firm (``profession_firms``).
    taken = taken | {item.line.index for item in items if profession_firm(item.text)}
    scored: list[tuple[float, Assignment]] = []
    for item in items:
        if item.line.index in taken or flags_for(item.text).postal >= MIN_POSTAL_LINE:
            continue  # a town the address left out is no title ("Presidente Prudente - SP")
        beside_name = any(neighbours(item.line, line, order) for line in name_lines)
        # "Broker | License #012345": the title without the licence printed after it.
        text = title_before_registration(item.text) or item.text
        score = title_score(text) or bilingual_title_score(text) or (_learned_title(item) if beside_name else 0.0)
        if score <= 0:
            continue
        if beside_name:
            score += TITLE_NEXT_TO_NAME_BONUS
        score += item.learned("title", CLASSIFIER_TITLE_WEIGHT)
        if score >= MIN_TITLE_SCORE:
            scored.append((score, (clean(text), (item.line.index,), min(1.0, score))))
    if not scored:
        return None
    best = own_title(max(scored, key=lambda pair: pair[0]), scored, items, name_lines, order)  # two people
    return title_lines(best[1], items, taken, order)


def _learned_title(item: RoleLine) -> float:
    """The weakest title score that counts, for a line only the classifier calls a title."""
    if item.roles is None or item.roles.get("title", 0.0) < CLASSIFIER_TITLE_ALONE:
        return 0.0
    text = item.text
    if any(ch.isdigit() for ch in text) or "@" in text or not 1 <= len(words_of(text)) <= CLASSIFIER_TITLE_WORDS:
        return 0.0
    return MIN_TITLE_SCORE


def _pick_department(items: list[RoleLine], taken: set[int]) -> Assignment | None:
    for item in items:
        if item.line.index not in taken and department_score(item.text) >= MIN_DEPARTMENT_SCORE:
            return (clean(item.text), (item.line.index,), DEPARTMENT_CONFIDENCE)
    return None
