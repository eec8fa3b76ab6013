"""A title's scope line that holds no title word, taken on where it is printed and on what it does not say.

``title_scope`` joins the line right under a title that names its region or line of business when it holds
some title word ("Vertrieb Süd", "Area Nord-Est"). Scopes as often hold none: "Northeast Region",
"Regio Noord", "Zakelijke markt", "Region Väst". Taken on their place alone (the next line, in similar
type: ``role_lines.same_block``), such lines were departments, a street, a label and claims as often as
scopes on the corporate, stranger and small-business sets (FRESHSCAN, session 15). Type size does not tell
them apart: on the tune caches the scope's letters measured 0.69-1.0 of the title's, a department's
0.74-1.0. What does: a department names an organisation's unit ("Fakultät für …", "Servicio de
Cardiología", "Kemian laitos", "Human Resources"), so this module refuses any line holding a unit's word, a
wider list than ``lexicon.DEPARTMENT_WORDS`` (kept here: ``department_score`` is one of the line classifier's
features, and the shipped model was trained on it); and the scope is printed as the title's continuation, at
its left edge or, on a centred card, its centre, with letters as wide. ``title_scope``'s own text checks (a
short phrase of words, no department, address, name or firm evidence) still apply.
"""

from __future__ import annotations

from cardbook.ocr.firm_evidence import is_phrase, letters_as_wide
from cardbook.ocr.lexicon import DEPARTMENT_WORDS, word_set, words_of
from cardbook.ocr.role_lines import RoleLine
from cardbook.ocr.title_evidence import firm_claim, services_list

# The two lines start (or, on a centred card, centre) within this many letter heights of each other: one
# column of type. A letter height covers OCR's box jitter and a skewed scan's drift over two lines (2° over a
# line gap moves an edge well under a letter). Chosen, not tuned.
EDGE_LETTERS = 1.0
# An organisation's units as the languages the reader meets name them (folded, as ``words_of`` gives them):
# faculties and schools, institutes, chairs and departments, hospital services and wards, and the staff
# functions that are departments everywhere. Written for the languages, not for cards (the tune cards showed
# that faculties, hospital services and "Human Resources" sit where scopes sit; the words are each language's
# common ones for those units, beyond the ones the tune cards print); none is a region's or a market's word.
_UNIT_WORDS = word_set(
    """
    faculty fakultat faculteit faculte facolta facultad faculdade fakultet fakulteten tiedekunta wydzial fakulta
    school schule scuola escuela escola skola szkola college
    institute institut instituut istituto instituto institutionen institution instytut laitos ustav
    lehrstuhl leerstoel cattedra catedra katedra zaklad vakgroep dipartimento departament departement
    servicio servizio reparto klinik kliniek clinica klinika clinic ward oddzial poradnia
    resources personnel personal ressources recursos risorse hr
    """
)


def plain_scope(title: RoleLine, item: RoleLine) -> bool:
    """``item`` (right under the title line, in similar type, a short phrase: ``title_scope``'s checks) is
    set as the title's continuation (the same left edge or centre, letters as wide) and names no unit of the
    organisation; no claim, list of services or tagline (three words in lower case after the first:
    "Cuidamos de ti"; two are a scope's as often: "Zakelijke markt")."""
    if firm_claim(item.text) or services_list(item.text) or (is_phrase(item.text) and len(item.text.split()) > 2):
        return False
    if any(_unit_word(word) for word in words_of(item.text)):
        return False  # a faculty, an institute, a hospital's service: the department
    return letters_as_wide(title, item) and aligned(title, item)


def _unit_word(word: str) -> bool:
    """An organisation's unit, or its plural ("Services techniques", "Human Resources")."""
    return any(form in _UNIT_WORDS or form in DEPARTMENT_WORDS for form in (word, word.removesuffix("s")))


def aligned(a: RoleLine, b: RoleLine) -> bool:
    """The two lines start, or centre, within ``EDGE_LETTERS`` letter heights of each other: one column."""
    if a.line.box is None or b.line.box is None:
        return False
    letter = max(a.line.height, b.line.height, 1.0)
    left = abs(a.line.box.left - b.line.box.left)
    centre = abs((a.line.box.left + a.line.box.right) - (b.line.box.left + b.line.box.right)) / 2
    return min(left, centre) <= EDGE_LETTERS * letter
