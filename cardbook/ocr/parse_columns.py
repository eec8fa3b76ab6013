"""One OCR line read across two columns, cut back in two.

A card in two columns (the firm and the person on the left, the address and contacts on the right) is often
read with a left line and the right line beside it as one line: "Ana Lima | Owner 120 Oak St, Suite 4",
"Gilvan Nogueira Endereço: Rua das Flores, 12". Left whole, the name is lost (digits make it no name) and the
address loses its first line. The line is cut where the right column's line plainly starts — a street with
its number, a Brazilian or Polish street word, a European compound street name and its number, a CEP or an
address label — when what precedes it is a name, a title or a firm's line by itself. The city-and-state shapes
("Recife - PE") are not used alone: inside a one-column address they start in the middle of a line ("Parque São
Jorge - Jardim/CE"). A right column that opens with a Brazilian town of its state and goes on to the CEP
("Ventania - PR - CEP …") is cut off only after a person the names data knows, a title or a firm's legal form,
no address word before it; the town must be one of that state's in Google's address data (``state_towns``),
which also says where the name ends and the town begins. A firm named with its legal form first ("SCP …", "SAS …")
after a person's name is cut off there too. With no such shape, the other lines' boxes may still show where the
right column starts (``column_edges``).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from cardbook.ocr.address_lines import flags_for
from cardbook.ocr.column_edges import column_edge, cut_at_edge
from cardbook.ocr.fields import CardLine
from cardbook.ocr.firm_evidence import company_score
from cardbook.ocr.legal_forms import has_legal_form
from cardbook.ocr.lexicon import NAME_PARTICLES, fold
from cardbook.ocr.line_words import FUNCTION_WORDS
from cardbook.ocr.name_firm_row import card_labels, firm_cut
from cardbook.ocr.parse_people import NAME_BASE, name_score
from cardbook.ocr.postcodes import BR_CEP
from cardbook.ocr.state_towns import town_of_state
from cardbook.ocr.title_evidence import title_score
from cardbook.ocr.types import Box

# Where the right column's line starts inside a merged line (after a space).
_RIGHT_COLUMN = re.compile(
    r"\s(?="
    # "19403 Industrial Pkwy", "88 N Main Street"
    r"\d{1,6}\s+(?:[NSEW]\.?\s+)?[A-Z][\w.'’]*(?:\s+[A-Z][\w.'’]*){0,3}\s+"
    r"(?:St|Street|Ave|Avenue|Rd|Road|Dr|Drive|Blvd|Boulevard|Pkwy|Parkway|Hwy|Highway|Ln|Lane|Way|Ct|Court|"
    r"Pl|Place|Route|Ter|Terrace|Cir|Circle)\b"
    # "Rua …", "Av. …", "R. São José"
    r"|(?:Rua|Rue|R\.|Av\.|Avenida|Travessa|Trav\.|Alameda|Al\.|Rodovia|Estrada|Praça|Calle|C/|Via)\s+(?:(?:d[aeo]s?|del|la)\s+)?[A-ZÀ-Þ0-9]"
    r"|(?:CEP|Endereço|Endereco|Address|Morada|Dirección|Direccion)\b"
    # European streets: a compound street word and its number ("Lindenstrasse 63", "Kerkstraat 5", "Storgatan
    # 12"), a Polish street word before the name ("aleja Lipowa", "ul. Długa")
    r"|[A-ZÀ-Þ][\w'’\-]*(?:straße|strasse|str\.|weg|gasse|platz|allee|laan|straat|gracht|plein|vej|gade|gatan|"
    r"vägen|veien|katu)\s+\d{1,4}\b"
    r"|(?:ul\.|aleja|al\.|Plac|pl\.)\s+[A-ZÀ-Þ]"
    r")"
)


def split_merged_columns(lines: Sequence[CardLine]) -> list[CardLine]:
    """The lines, each one read across two columns cut in two; the left part keeps the line's index (what
    the user's corrections refer to), the right part gets a new one after every other line's."""
    result: list[CardLine] = []
    next_index = max((line.index for line in lines), default=-1) + 1
    labels = card_labels(lines)
    for line in lines:
        cut = _column_cut(line.text)
        cut = _town_cut(line.text) if cut is None else cut
        cut = _form_cut(line.text) if cut is None else cut
        cut = firm_cut(line.text, labels) if cut is None else cut  # "Dana Whitlow Norvale Systems", norvale-systems.com
        # An e-mail's line is cut by the contacts' finder already (its value taken out, the firm left).
        if cut is None and "@" not in line.text and (column := column_edge(line, lines)) is not None:
            cut = cut_at_edge(line, *column, _stands_alone)  # no street shape: the other lines' column edge
        if cut is None:
            result.append(line)
            continue
        left, right = line.text[:cut].rstrip(), line.text[cut:].strip()
        left_box, right_box = _boxes(line.box, cut, len(line.text))
        result.append(CardLine(line.index, left, left_box, line.height, line.confidence))
        result.append(CardLine(next_index, right, right_box, line.height, line.confidence))
        next_index += 1
    return result


def _column_cut(text: str) -> int | None:
    """Where the right column starts, or None when the line is one column's."""
    for match in _RIGHT_COLUMN.finditer(text):
        if _stands_alone(text[: match.start()].strip(" ,;:-–|•")):
            return match.start() + 1
    return None


def _stands_alone(left: str) -> bool:
    """The left part of a cut is a name, a title or a firm's line by itself, with no digits."""
    words = left.split()
    if not words or any(ch.isdigit() for ch in left):
        return False
    if fold(words[-1]) in NAME_PARTICLES | FUNCTION_WORDS:
        return False  # "Rua das Flores" is not cut after "Rua das"
    # A logo's symbol read as one letter before a firm's name ("A Nordwerk") is not what is judged.
    probe = " ".join(words[1:]) if len(words) > 1 and len(words[0]) == 1 and words[0].isalpha() else left
    return name_score(probe, []) > 0 or title_score(probe) > 0 or company_score(probe, [], 1.0) > 0


# The right column's line: a town, its state, then the CEP ("ventania - PR - CEP: 91678-903", "Recife/PE 50000-000").
_TOWN_STATE_CEP = re.compile(r"^(?P<town>[^\W\d_][^\d@,;]*?)\s*[-/–]\s*(?P<state>[A-Z]{2})\b(?P<rest>.*)$")


def _town_cut(text: str) -> int | None:
    """Where a Brazilian town with its state and CEP starts after a person's, a title's or a firm's line: only
    a space between them (a separator, "Santa Cruz - Macaíba/RN", parts one address's lines), the whole line
    no town ("Alto Paraíso de Goiás - GO" holds the town "Goiás")."""
    for index, word in enumerate(re.finditer(r"\S+", text)):
        found = _TOWN_STATE_CEP.match(text[word.start() :])
        if found is None or not BR_CEP.search(found.group("rest")):
            continue
        if not town_of_state(found.group("town"), found.group("state")):
            continue
        left = text[: word.start()]
        if index == 0 or not left[-1:].isspace() or not left.strip()[-1:].isalpha():
            return None
        left = left.strip()
        if fold(left.split()[-1]) in NAME_PARTICLES | FUNCTION_WORDS:
            return None
        if any(ch.isdigit() for ch in left) or flags_for(left) != flags_for(""):
            return None  # an address line of its own ("Boa Vista - Recife/PE - CEP …")
        if name_score(left, []) > NAME_BASE or title_score(left) > 0 or has_legal_form(left):
            return word.start()
        return None
    return None


def _form_cut(text: str) -> int | None:
    """Where a firm named with its legal form first ("SCP Vautrin et Delorme", "SARL Martin Frères": French firms
    print it so) starts after a person's name on the same row ("Me Claire Dufresne SCP …"): the form written in
    capitals as one word, a capitalised word after it, and before it a name the names data backs (a known first
    name), no digit nor form of its own. A form ending the line is the firm's own ("Norvale Reformas ME")."""
    words = list(re.finditer(r"\S+", text))
    for index in range(2, len(words) - 1):
        form, following = words[index].group(), words[index + 1].group()
        if not (form.isalpha() and form.isupper() and has_legal_form(form) and following[:1].isupper()):
            continue
        left = text[: words[index].start()].strip()
        if any(ch.isdigit() for ch in left) or has_legal_form(left):
            return None
        return words[index].start() if name_score(left, []) > NAME_BASE else None
    return None


def _boxes(box: Box | None, cut: int, length: int) -> tuple[Box | None, Box | None]:
    """The two parts' boxes, shared in proportion to their characters (OCR gives no word boxes here)."""
    if box is None or length <= 0:
        return box, box
    width = round(box.width * cut / length)
    return (
        Box(box.left, box.top, max(1, width), box.height),
        Box(box.left + width, box.top, max(1, box.width - width), box.height),
    )
