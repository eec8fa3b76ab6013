"""A job title printed in two languages on one line: "Insurance Agent / Agente de Seguros", "Directeur
commercial | Commercieel directeur", "Leiterin Verkauf / Responsable des ventes".

Belgian (French and Dutch), Swiss (German and French), Canadian and Hispanic-American (English and
Spanish) cards print the title once per language, split by a slash or a bar. ``title_evidence`` reads two
parts split so as a list of services when their words are also trades ("Insurance", "Seguros"), and the
title was lost. Two parts that are each a title (one surely, the other at least weakly: the second
language's words are often missing from the lexicon) are one title, as printed.
"""

from __future__ import annotations

import re

from cardbook.ocr.title_evidence import MIN_TITLE_SCORE, title_score

# The marks that part a title's two languages: a spaced slash or bar (an unspaced "/" joins roles:
# "Owner/Operator" is read by ``title_evidence`` itself).
_LANGUAGES_APART = re.compile(r"\s+[/|]\s+")
LANGUAGES = 2  # a title in two languages; three parts are a list


def bilingual_title_score(text: str) -> float:
    """The stronger part's title score when ``text`` is two parts split by " / " or " | ", one a title
    (``MIN_TITLE_SCORE``) and the other showing a title's word; else 0."""
    parts = [part for part in _LANGUAGES_APART.split(text) if part.strip()]
    if len(parts) != LANGUAGES:
        return 0.0
    scores = sorted(title_score(part) for part in parts)
    return scores[1] if scores[1] >= MIN_TITLE_SCORE and scores[0] > 0 else 0.0
