"""French first names as France and Belgium spell them, with their accents, from gender-guesser's data file.

``names_data`` keeps the file's names folded (no accents) with their highest frequency anywhere: enough to
tell a first name from a word, not to say how a French card spells one. The same file (Jörg Michael's
``nam_dict.txt``, GFDL) gives each spelling its own line ("Aimé", "André", "Noël") and a frequency per
country; the columns of France and Belgium say which spellings French speakers write. ``accent_misreads``
asks this table whether a name OCR read with a misread accent ("Andro", "Noél") is a French first name
once the letter is read as its accented letter.
"""

from __future__ import annotations

from cardbook.ocr.load_once import once
from cardbook.ocr.names_data import DIGIT_VALUES, name_lines

# The columns of France and Belgium in a name line (the file's header draws each country's column with a
# "|" under its name: France at 37, Belgium at 38; format dated 2008-11-16).
_FRENCH_COLUMNS = (37, 38)


@once
def french_first_names() -> dict[str, int]:
    """Lower-case spelling → its highest frequency (1-13) in France or Belgium, for every spelling the file
    gives either country (about 10,000); read once per process when a French card's name first asks."""
    names: dict[str, int] = {}
    for raw, name_field in name_lines():
        if len(raw) <= max(_FRENCH_COLUMNS):
            continue
        frequency = max(DIGIT_VALUES.get(raw[column], 0) for column in _FRENCH_COLUMNS)
        if frequency == 0:
            continue
        # "Jean+Pierre" stands for "Jean Pierre", "Jean-Pierre" and "Jeanpierre": each part is a name.
        for name in name_field.replace("+", "-").lower().split("-"):
            if frequency > names.get(name, 0):
                names[name] = frequency
    return names


def french_frequency(name: str) -> int:
    """How common ``name`` (one word, any case) is as a first name in France or Belgium: 0 when neither
    lists it."""
    return french_first_names().get(name.lower(), 0)
