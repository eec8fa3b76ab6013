"""French organisations that are not companies, named by their kind first: "Comité des fêtes de …", "Union
sportive de …", "Commune de …", "Ville de …", "Amicale des …", "Syndicat intercommunal …", "Étude de Maître …",
"Fiduciaire …", "Club de randonnée de …".

Associations (loi 1901), communes and their groupings, unions and notaries' offices print the organisation's
kind as its first word, then its object or its place. The company lexicon holds the words of firms and
institutions ("Institut", "Fondation", "Chambre"), not these: such a line scored as nothing and the card's
organisation was lost, or rebuilt from its web domain. The nouns below are the kinds of organisation French
law and INSEE's legal categories name (associations, unions of associations, communes, communautés de
communes, syndicats, mutuelles, coopératives, offices of notaries), written from general knowledge.

The noun counts only as the line's first word: "Comité des fêtes" names the organisation, a committee
mentioned later in a tagline does not; and never on a line of more than ``MAX_ORGANISATION_WORDS`` words (a
sentence).
"""

from __future__ import annotations

from cardbook.ocr.lexicon import COMPANY_WORDS, STRONG_COMPANY_WORDS, word_set

# Folded, as ``lexicon.words_of`` gives a line's words.
ORGANISATION_HEADS = word_set(
    """
    comite union club commune ville amicale syndicat fiduciaire etude collectif cooperative ligue cercle communaute
    mutuelle confederation prefecture agglomeration metropole
    """
)
# The longest organisation names of this kind ("Association Familles Rurales de …", "Communauté de communes
# du …") have seven or eight words; a longer line is a sentence.
MAX_ORGANISATION_WORDS = 9


def organisation_head(tokens: list[str]) -> bool:
    """The line's (folded) words open with the kind of a French organisation."""
    return 2 <= len(tokens) <= MAX_ORGANISATION_WORDS and tokens[0] in ORGANISATION_HEADS


def organisation_words(tokens: list[str]) -> bool:
    """A firm's or an institution's word (the lexicon's company words) anywhere in the line, or a French
    organisation's kind opening it: what names an organisation in the line itself (``parse_company``)."""
    return any(token in STRONG_COMPANY_WORDS or token in COMPANY_WORDS for token in tokens) or organisation_head(tokens)
