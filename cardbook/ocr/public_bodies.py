"""Public bodies and institutions named at length: "Ministère de l'Économie et de l'Innovation",
"Chambre de commerce et d'industrie de …", "Ministry of Enterprise, Trade and Employment".

Their name is the institution's kind, then what it is for and where: long, and full of small words, so
``firm_evidence.company_score`` took it for a sentence (a tagline) and the firm was rebuilt from the web
domain (the town). A line that opens, capitalised, with an institution's word (``STRONG_COMPANY_WORDS``:
"Ministry", "Chamber", "Institute", "Hospital" …) followed by a linking word ("of", "de", "für", "for") is
the name of an institution, up to ``MAX_BODY_WORDS`` words; a tagline does not open so.
"""

from __future__ import annotations

from cardbook.ocr.firm_evidence import COMPANY_STRONG_WORD
from cardbook.ocr.lexicon import STRONG_COMPANY_WORDS, word_set, words_of

# The words linking an institution's kind to its object or place, folded ("d" of "d'industrie").
_LINKS = word_set("of for de du des d la le l fur for van voor di del da do dos das na pro")
# The longest such names on cards ("Chambre de commerce et d'industrie de <town>", "Ministerium für Umwelt,
# Klima und Energiewirtschaft") have eight to eleven words; beyond twelve a line is a sentence. Chosen, not
# tuned: the longest public body of scan_world_set's tune seeds (1 and 3) has eight words.
MAX_BODY_WORDS = 12


def public_body_score(text: str) -> float:
    """A company's strong-word score for an institution's long name (see the module's docstring), else 0."""
    tokens = words_of(text)
    stripped = text.strip()
    if not 3 <= len(tokens) <= MAX_BODY_WORDS or not stripped[:1].isupper() or "@" in text:
        return 0.0
    if any(ch.isdigit() for ch in text) or stripped.endswith((".", "!", "?")) or tokens[-1] in _LINKS:
        return 0.0
    return COMPANY_STRONG_WORD if tokens[0] in STRONG_COMPANY_WORDS and tokens[1] in _LINKS else 0.0
