"""Lines that name their own field: "Title: Partner", "Company: Muster AG", "Firma: …", "Fonction : …".

A card's back printed as a contact form, or a card printed as a vCard's fields, labels every line; the
contact finders already take the labelled phones, mailboxes and sites, and the address finder its
"Address:", but the person's, the title's and the firm's labels stayed glued to their values ("Title: Head
of Operations" became the title, "Company: …" the firm). The label says which field the rest of the line
is: the value is taken for it as printed, and the line is no candidate for any other role.

Only a label word opening the line and followed by a colon counts ("Position: Partner"): a title's word
inside a line ("Head of Company Relations") or a label without its colon is no label. The words are the
ordinary ones of contact forms in the languages the reader meets, written from general knowledge.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from cardbook.ocr.fields import CardLine
from cardbook.ocr.lexicon import fold, word_set

# Folded labels (one or two words) per field.
FIELD_LABELS: dict[str, frozenset[str]] = {
    "name": word_set("name nom naam nome nombre navn namn jmeno imie contact"),
    "title": word_set(
        """
        title position role function funktion fonction titre poste cargo funcao funkce stilling titel functie
        job designation
        """
    ),
    "company": word_set(
        """
        company organisation organization firm firma unternehmen societe entreprise empresa spolecnost
        virksomhed bedrift organisatie bedrijf employer institution organisme
        """
    ),
    "department": word_set("department dept abteilung departement departamento afdeling avdeling oddeleni division"),
}
_TWO_WORD_LABELS = {"job title": "title", "full name": "name", "nom complet": "name"}
# A label, its colon (full-width too), the value: the label is one or two words.
_LABELLED = re.compile(r"^\s*([^\W\d_]+(?:[ .-][^\W\d_]+)?)\s*[:：]\s*(\S.*?)\s*$")
LABELLED_CONFIDENCE = 0.95  # the card says which field it is: as sure as a contact finder's value


def field_of_label(label: str) -> str | None:
    """The field a label names ("Job title" → "title"), or None."""
    folded = fold(label).replace(".", " ").replace("-", " ").strip()
    folded = " ".join(folded.split())
    if folded in _TWO_WORD_LABELS:
        return _TWO_WORD_LABELS[folded]
    return next((field for field, words in FIELD_LABELS.items() if folded in words), None)


def labelled_roles(lines: Sequence[CardLine], texts: dict[int, str]) -> dict[str, tuple[str, tuple[int, ...], float]]:
    """Field → (value, its line, confidence) for each line that opens with a field's label and a colon; the
    first such line of a field wins (a second "Name:" is a second person's, not this one's)."""
    found: dict[str, tuple[str, tuple[int, ...], float]] = {}
    for line in lines:
        match = _LABELLED.match(texts.get(line.index, ""))
        if match is None:
            continue
        field = field_of_label(match.group(1))
        value = match.group(2).strip(" ,;")
        if field is None or field in found or not value or "@" in value:
            continue
        if field in ("name", "title") and any(ch.isdigit() for ch in value):
            continue  # "Contact: 555-0142": a number after the label, for the phone finder
        found[field] = (value, (line.index,), LABELLED_CONFIDENCE)
    return found
