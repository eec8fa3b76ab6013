"""A title taken on its place alone: the short line printed right under the person's name, when no line of
the card holds a title's word.

Office and trade cards print the person's role in the name's block, mostly under it; the word
lists (``title_evidence``) miss titles in languages they do not hold ("Dyrektor handlowy") and titles OCR
misread ("Overliikare" for the Swedish senior physician). When nothing else on the card scores as a title,
that line is still the title if it is shaped like one: a few words of letters only, no contact, number,
legal form, company, department, services or town. It is weighed after the company is picked, so the
firm's own line under a name is never taken. The line over the name is not taken on its place: between the
firm and the name, small-business cards print a tagline there ("Quality and care"), as often as a title.
"""

from __future__ import annotations

import re

from cardbook.ocr.address_lines import flags_for
from cardbook.ocr.legal_forms import has_legal_form
from cardbook.ocr.lexicon import COMPANY_WORDS, STRONG_COMPANY_WORDS, words_of
from cardbook.ocr.names_data import is_first_name
from cardbook.ocr.role_lines import Assignment, RoleLine, clean, neighbours
from cardbook.ocr.title_evidence import department_score, firm_claim, services_list
from cardbook.ocr.title_lines import MIN_POSTAL_LINE

# A title taken on its place alone has at most this many words, as one only the line model vouches for
# (``parse_roles.CLASSIFIER_TITLE_WORDS``, same evidence): a role no list holds is one word or a word and its
# qualifier ("Dyrektor handlowy"); three words or more beside a name describe the business ("Fast Friendly
# Service"). Set to that constant after a three-word description under a name was taken on the shared cards
# with three: the same evidence it was set on, so the shared figure does not vouch for this one.
MAX_PLACED_TITLE_WORDS = 2
# Such a line's letters are at most this many times the name's: a line clearly larger than the name beside it
# is a wordmark or a headline. Not 1.0: names set in small capitals or letter-spaced measure shorter than
# their mixed-case title. Chosen, not tuned.
MAX_PLACED_HEIGHT_RATIO = 1.5
# The confidence given to such a title: lower than one a title word backs (``parse_roles``'s scores).
PLACED_TITLE_CONFIDENCE = 0.5
# Only letters, spaces and the marks titles print ("Sales & Marketing", "Vice-President", "Head of R&D").
_TITLE_SHAPE = re.compile(r"^[^\W\d_][^\W\d_\s&'’.\-]*(?:\s+(?:&|[^\W\d_][^\W\d_&'’.\-]*))*$")


def placed_title(
    items: list[RoleLine], name_lines: tuple[int, ...], taken: set[int], order: list[int]
) -> Assignment | None:
    """The title-shaped line right under the name, or None."""
    names = [item for item in items if item.line.index in name_lines]
    if not names:
        return None
    name = names[0]
    below = [
        item
        for item in items
        if item.line.index not in taken
        and order.index(item.line.index) > order.index(name.line.index)
        and neighbours(item.line, name.line, order)
        and _title_shaped(item, name)
    ]
    if not below:
        return None
    return (clean(below[0].text), (below[0].line.index,), PLACED_TITLE_CONFIDENCE)


def _title_shaped(item: RoleLine, name: RoleLine) -> bool:
    text = item.text.strip()
    words = words_of(text)
    printed = item.line.text
    if any(ch.isdigit() for ch in printed) or "@" in printed or not text[:1].isupper():
        # What is left of a contact's line ("Office:" before its number) is its label; a line opening in
        # lower case is OCR's residue of a picture or an icon: cards print a title capitalised.
        return False
    if not 1 <= len(words) <= MAX_PLACED_TITLE_WORDS or not _TITLE_SHAPE.match(text):
        return False
    if name.line.height > 0 and item.line.height > MAX_PLACED_HEIGHT_RATIO * name.line.height:
        return False
    if has_legal_form(text) or firm_claim(text) or services_list(text) or department_score(text) > 0:
        return False
    if flags_for(text).postal >= MIN_POSTAL_LINE:
        return False
    return not any(word in COMPANY_WORDS or word in STRONG_COMPANY_WORDS or is_first_name(word) for word in words)
