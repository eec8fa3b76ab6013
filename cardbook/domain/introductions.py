"""“What can I bring?” — introductions I could make: one contact's needs against what another offers or is.

The seed post says networking is coming with "que puis-je apporter ?", and that the value of a network is its
*prescripteurs*; introducing two people who need each other is how the user becomes one. So this module
reads each contact's needs (free text and tags) and looks for people whose offers, tags, title or company
answer them — "needs an accountant" ↔ an "Expert-comptable" — and says why, in words, for every suggestion.

Pure and explainable on purpose: a small bilingual lexicon of trades (CONCEPTS) rather than a model, so a
suggestion can always be traced to the words that made it, and the matcher runs offline in milliseconds.
Evidence, strongest first: the same tag on both sides; a trade of the need found in their offers; in their
title; in their tags; in their company name; other words shared with their offers.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Collection, Iterable, Sequence
from dataclasses import dataclass, field

from cardbook.domain.text import fold

# A trade, and the folded words or phrases (French and English) that name it. Phrases match whole words.
CONCEPTS: dict[str, tuple[str, ...]] = {
    "accountant": ("accountant", "accounting", "bookkeeping", "bookkeeper", "comptable", "comptabilite",
                   "expert comptable", "cpa", "audit", "auditor", "commissaire aux comptes"),
    "lawyer": ("lawyer", "attorney", "legal", "avocat", "avocate", "juriste", "juridique", "notaire", "notary"),
    "developer": ("developer", "developpeur", "developpeuse", "software", "logiciel", "web", "site web", "website",
                  "application", "app", "dev", "programmeur", "informatique", "it"),
    "designer": ("designer", "design", "graphiste", "graphisme", "ux", "ui", "logo", "branding", "identite visuelle"),
    "marketing": ("marketing", "communication", "seo", "social media", "reseaux sociaux", "community manager",
                  "publicite", "advertising", "brand"),
    "finance": ("banque", "bank", "banker", "banquier", "financement", "funding", "loan", "pret", "investor",
                "investisseur", "levee de fonds", "fundraising", "credit"),
    "insurance": ("insurance", "assurance", "assureur", "courtier", "broker", "mutuelle", "prevoyance"),
    "recruiting": ("recruiter", "recruitment", "recrutement", "recruteur", "rh", "hr", "human resources",
                   "ressources humaines", "talent", "chasseur de tetes", "headhunter"),
    "real_estate": ("immobilier", "real estate", "bureaux", "office space", "local commercial", "locaux",
                    "agent immobilier", "coworking"),
    "printing": ("imprimeur", "imprimerie", "printer", "printing", "impression", "cartes de visite"),
    "photography": ("photographe", "photographer", "photo", "photography", "video", "videaste"),
    "translation": ("traducteur", "traductrice", "translator", "translation", "traduction", "interprete"),
    "coaching": ("coach", "coaching", "mentor", "mentoring", "formation", "training", "formateur", "trainer"),
    "architecture": ("architecte", "architect", "architecture", "decorateur", "interior design", "travaux"),
    "export": ("export", "international", "import export", "douane", "customs", "logistique", "logistics",
               "transport"),
    "consulting": ("consultant", "consultante", "conseil", "consulting", "strategie", "strategy"),
}  # fmt: skip

_STOP = frozenset((
    "a", "an", "the", "and", "or", "for", "of", "to", "in", "on", "with", "my", "our", "their", "need", "needs",
    "looking", "seeks", "seeking", "find", "someone", "somebody", "un", "une", "des", "les", "le", "la", "de",
    "du", "et", "ou", "pour", "avec", "mon", "ma", "mes", "notre", "nos", "cherche", "recherche", "besoin",
    "trouver", "quelqu", "quelqu'un", "bon", "bonne", "good", "new", "nouveau", "nouvelle",
))  # fmt: skip
_WORD = re.compile(r"[a-z0-9]+")


def _words(text: str) -> list[str]:
    return _WORD.findall(fold(text))


_SINGLE: dict[str, set[str]] = defaultdict(set)  # word -> trades
_PHRASES: list[tuple[str, str]] = []  # (" several words ", trade)
for _trade, _phrases in CONCEPTS.items():
    for _phrase in _phrases:
        if " " in _phrase:
            _PHRASES.append((f" {_phrase} ", _trade))
        else:
            _SINGLE[_phrase].add(_trade)


def concepts_in(text: str) -> set[str]:
    """The trades a text names (accent-, case- and hyphen-blind; whole words or phrases)."""
    words = _words(text)
    found = {trade for word in words for trade in _SINGLE.get(word, ())}
    if len(words) > 1:
        padded = f" {' '.join(words)} "
        found.update(trade for phrase, trade in _PHRASES if phrase in padded)
    return found


def _content_words(text: str) -> set[str]:
    return {w for w in _words(text) if len(w) > 3 and w not in _STOP}


def _tag_key(tag: str) -> str:
    return " ".join(_words(tag))


# How each kind of evidence reads in English; front ends in other languages say it from `Reason.kind`.
REASON_TEXT = {
    "offer_tag": "offers the tag “{}”",
    "offers": "offers: “{}”",
    "title": "title: “{}”",
    "tag": "tag: “{}”",
    "company": "company: “{}”",
    "offer_word": "offers mention “{}”",
}


class Reason(str):
    """One piece of evidence for a suggestion. It reads as its English text (the command line, logs), and carries
    its `kind` (a key of REASON_TEXT) and `detail` (the words that matched) for a front end in another language."""

    kind: str
    detail: str

    def __new__(cls, kind: str, detail: str) -> Reason:
        reason = super().__new__(cls, REASON_TEXT[kind].format(detail))
        reason.kind = kind
        reason.detail = detail
        return reason


@dataclass(frozen=True, slots=True)
class Profile:
    """What the matcher reads of one contact."""

    contact_id: int
    name: str
    title: str | None = None
    company: str | None = None
    tags: tuple[str, ...] = ()
    needs: str = ""
    offers: str = ""
    need_tags: tuple[str, ...] = ()
    offer_tags: tuple[str, ...] = ()

    @property
    def need_text(self) -> str:
        return " ".join([self.needs, *self.need_tags]).strip()


@dataclass(frozen=True, slots=True)
class Introduction:
    """A suggestion: introduce `needer` (who needs something) to `offerer` (who can bring it), and why."""

    needer_id: int
    needer_name: str
    need: str  # what they are looking for, as written
    offerer_id: int
    offerer_name: str
    score: int  # higher is better; only the order matters
    reasons: tuple[Reason, ...] = field(default=())

    @property
    def explanation(self) -> str:
        return f"{self.needer_name} needs “{self.need}”; {self.offerer_name}: " + "; ".join(self.reasons)


@dataclass(slots=True)
class _Evidence:
    score: int = 0
    reasons: list[Reason] = field(default_factory=list)

    def add(self, points: int, reason: Reason) -> None:
        if reason not in self.reasons:
            self.score += points
            self.reasons.append(reason)


class _Index:
    """Who offers or is what: trade → contacts, tag → contacts, word → contacts (built once per run)."""

    def __init__(self, people: Sequence[Profile]) -> None:
        self.by_id = {p.contact_id: p for p in people}
        self.trades: dict[str, dict[int, list[tuple[int, Reason]]]] = defaultdict(lambda: defaultdict(list))
        self.offer_tags: dict[str, set[int]] = defaultdict(set)
        self.offer_words: dict[str, set[int]] = defaultdict(set)
        for p in people:
            sources = (
                (40, "offers", p.offers),
                *((50, "offer_tag", t) for t in p.offer_tags),
                (30, "title", p.title or ""),
                *((15, "tag", t) for t in p.tags),
                (20, "company", p.company or ""),
            )
            for points, where, text in sources:
                for trade in concepts_in(text):
                    self.trades[trade][p.contact_id].append((points, Reason(where, text.strip())))
            for tag in p.offer_tags:
                self.offer_tags[_tag_key(tag)].add(p.contact_id)
            for word in _content_words(p.offers):
                self.offer_words[word].add(p.contact_id)


def _evidence_for(needer: Profile, index: _Index) -> dict[int, _Evidence]:
    found: dict[int, _Evidence] = defaultdict(_Evidence)
    for tag in needer.need_tags:
        for cid in index.offer_tags.get(_tag_key(tag), ()):
            found[cid].add(50, Reason("offer_tag", tag))
    for trade in concepts_in(needer.need_text):
        for cid, hits in index.trades.get(trade, {}).items():
            for points, reason in sorted(hits, reverse=True)[:2]:  # e.g. their offers and their title
                found[cid].add(points, reason)
    for word in _content_words(needer.needs):
        for cid in index.offer_words.get(word, ()):
            if found[cid].score < 10:  # words only speak where nothing stronger did
                found[cid].add(10, Reason("offer_word", word))
    found.pop(needer.contact_id, None)
    return found


def suggest_introductions(
    people: Iterable[Profile],
    *,
    already: Iterable[tuple[int, int]] = (),
    per_need: int = 3,
    only: int | None = None,
    needers: Collection[int] | None = None,
) -> list[Introduction]:
    """Introductions between contacts, best first: for each person with needs, up to `per_need` people who can
    answer them. `already` holds pairs (either order) introduced or referred before: not suggested again.
    `only`: just the introductions involving this contact (as the one in need or the one who can help);
    `needers`: just those answering the needs of these contacts (the people met at one event)."""
    items = list(people)
    index = _Index(items)
    done = {frozenset(pair) for pair in already}
    result: list[Introduction] = []
    for needer in items:
        if not needer.need_text or (needers is not None and needer.contact_id not in needers):
            continue
        found = _evidence_for(needer, index)
        ranked = sorted(
            ((ev.score, cid, ev) for cid, ev in found.items() if ev.score and frozenset((needer.contact_id, cid))
             not in done),
            key=lambda t: (-t[0], index.by_id[t[1]].name.casefold(), t[1]),
        )  # fmt: skip
        for score, cid, ev in ranked[:per_need]:
            if only is not None and only not in (needer.contact_id, cid):
                continue
            offerer = index.by_id[cid]
            need = needer.needs.strip() or ", ".join(needer.need_tags)
            result.append(
                Introduction(needer.contact_id, needer.name, need, cid, offerer.name, score, tuple(ev.reasons))
            )
    return sorted(result, key=lambda i: (-i.score, i.needer_name.casefold(), i.offerer_name.casefold()))
