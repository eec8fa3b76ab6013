"""What the role scorers share about a line's words: the small words of sentences, the share of letters,
and the logo and icon residue OCR reads at a line's ends (``parse_people``, ``title_evidence``,
``firm_evidence``)."""

from __future__ import annotations

import re

from cardbook.ocr.lexicon import word_set

FUNCTION_WORDS = word_set(
    """
    the and for with of in on at to by our your we you from a an is are et pour avec des les du au aux en
    sur par nos vos votre notre une un est sont dans chez com para em da do das dos na no uma um e o os as
    """
)


def alpha_ratio(text: str) -> float:
    """Letters among the visible characters, ordinary punctuation of names aside ("D.M.D.", "O'Neil")."""
    visible = [ch for ch in text if not ch.isspace() and ch not in ".,'’-&"]
    return sum(ch.isalpha() for ch in visible) / max(1, len(visible))


# An icon OCR read as one lower-case letter before the line's capitalised words ("y Thierry Lemaitre", a
# phone or person pictogram): no name, title or firm starts with a lone lower-case letter.
_ICON_LETTER = re.compile(r"^[a-zß-öø-ÿ]\s+(?=[A-ZÀ-ÖØ-Þ])")
# The same after a capitalised line ("RS Marcenaria k": an icon or a mark beside the wordmark).
_TRAILING_ICON_LETTER = re.compile(r"(\b[A-ZÀ-ÖØ-Þ][\w'’]+)\s+[a-zß-öø-ÿ]$")


def strip_junk(text: str) -> str:
    """Drop symbols OCR reads from logos and icons at the ends of a line ("@ Norvale, Ltd.", "© www…",
    "y Thierry Lemaitre", "RS Marcenaria k")."""
    text = re.sub(r"^[^\w(\"'“]+|[^\w.)\"'”!?]+$", "", text.strip())
    return _TRAILING_ICON_LETTER.sub(r"\1", _ICON_LETTER.sub("", text))


# What separates the parts of a shared line: a comma, or a bar, dash, slash or bullet with spaces around it
# ("Ana Lima | Owner", "Ana Lima - Proprietária"; the dash of "Sócio-Gerente" has none).
PART_SEPARATOR = re.compile(r"\s*,\s*|\s+[|/•·–—-]\s+")
# The items of a list of services ("Consertos • Vendas • Peças"): the same separators and, spaced, the
# marks OCR reads small bullets as ("*", "+", ":", "»").
LIST_SEPARATOR = re.compile(r"\s*,\s*|\s+[|/•·–—*+:»-]\s+")
