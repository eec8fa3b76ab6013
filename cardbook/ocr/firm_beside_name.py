"""A person's name and the firm's name OCR read as one line ("Jane Doe, MBA Acme Robotics").

Cards that print the name and the wordmark on one row (a band along the bottom, the name at the left and the
firm at the right) come out of OCR as one line when the gap between them is narrow. The line then weighs as
neither a name nor a firm, and the company becomes the whole row. The evidence to cut it is the card's own
addresses: a firm's site and mailbox most often spell its name ("acme-robotics.com"). A line whose last (or
first) words, joined, spell the main label of a host the card prints, the rest of it a name of two words or
more, is cut there into two lines; nothing is cut on a guess of where a name ends.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from cardbook.ocr.fields import CardLine
from cardbook.ocr.host_evidence import hosts_in
from cardbook.ocr.lexicon import LEGAL_FORMS, fold
from cardbook.ocr.parse_columns import split_boxes
from cardbook.ocr.parse_contacts import main_domain_label, repair_contact_text
from cardbook.ocr.parse_people import name_score

# A name cut off such a line has a given name and a family name at least: one word left of the firm is as
# often the firm's own first word ("Edwards" of "Edwards Architects" with a host "architects.com").
MIN_NAME_WORDS = 2
# What the name's side must weigh (``parse_people.name_score``): a given name and a family name score 0.65,
# with or without particles and credentials; a firm's or a place's words no names data holds ("Medical
# Center" beside a host spelling the place's other word) score 0.25. Set between the two on the tune seeds;
# shared_line's looser 0.2 is for a name beside a title, which a name-less line never is.
MIN_NAME_SCORE = 0.5
# A host label this short spells a firm's words by chance ("abc").
MIN_HOST_LETTERS = 6


def _squashed(text: str) -> str:
    return re.sub(r"[^a-z0-9]", "", fold(text))


def _host_labels(lines: Sequence[CardLine]) -> set[str]:
    labels = {_squashed(main_domain_label(host)) for line in lines for host in hosts_in(repair_contact_text(line.text))}
    return {label for label in labels if len(label) >= MIN_HOST_LETTERS}


def _spells_host(words: list[str], labels: set[str]) -> bool:
    """The words, a legal form at their end aside ("Acme Robotics GmbH"), joined spell a host's label."""
    while len(words) > 1 and fold(words[-1]).strip(".") in LEGAL_FORMS:
        words = words[:-1]
    return _squashed(" ".join(words)) in labels


def _name_side(words: list[str]) -> bool:
    return len(words) >= MIN_NAME_WORDS and name_score(" ".join(words), []) >= MIN_NAME_SCORE


def _cut(text: str, labels: set[str]) -> int | None:
    """How many words the first part of the line has, when one part spells a host and the other is a name."""
    words = text.split()
    for cut in range(1, len(words)):
        first, last = words[:cut], words[cut:]
        if (_spells_host(last, labels) and _name_side(first)) or (_spells_host(first, labels) and _name_side(last)):
            return cut
    return None


def split_name_and_firm(lines: Sequence[CardLine]) -> list[CardLine]:
    """The lines, each one holding a name and the firm a host spells cut in two; the first part keeps the
    line's index (what the user's corrections refer to), the second gets a new one after every other line's."""
    labels = _host_labels(lines)
    if not labels:
        return list(lines)
    result: list[CardLine] = []
    next_index = max((line.index for line in lines), default=-1) + 1
    for line in lines:
        if "@" in line.text or any(ch.isdigit() for ch in line.text) or (cut := _cut(line.text, labels)) is None:
            result.append(line)
            continue
        words = line.text.split()
        first, second = " ".join(words[:cut]), " ".join(words[cut:])
        first_box, second_box = split_boxes(line.box, len(first) + 1, len(line.text))
        result.append(CardLine(line.index, first, first_box, line.height, line.confidence))
        result.append(CardLine(next_index, second, second_box, line.height, line.confidence))
        next_index += 1
    return result
