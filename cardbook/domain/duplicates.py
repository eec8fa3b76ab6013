"""Possible duplicates among contacts, each with a score and a reason in plain words. Pure logic, no SQL.

A person met twice is often typed twice: same email, same phone, or the same (or nearly the same) name at the
same company. Comparing every pair is O(n²) — 5·10⁹ pairs for 100,000 contacts — so contacts are first put
in blocks that share a key (an email, an E.164 number, an exact folded name, or a company's distinctive word
together with the first letters of one of the name's words), and only pairs inside a block are compared.
Blocks that are too large to mean "the same person" (a switchboard number or a contact@ inbox shared by a
whole firm) are left out rather than drowning the list, and a fuzzy name block is compared against its most
recent MAX_FUZZY_BLOCK members only: a file of 10,000 similar names at one company then costs 10,000 × 200
comparisons, not 10,000² (issue 15: 8,833 rows took 114 s under the write lock).
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from itertools import combinations

from rapidfuzz import fuzz, process

from cardbook.domain.contact import Contact
from cardbook.domain.duplicate_evidence import (
    canonical_keys,
    is_role_mailbox,
    national_as_e164,
    number_suffix,
    region_of,
)
from cardbook.domain.text import fold

NAME_THRESHOLD = 85  # token_sort_ratio on folded names: "Emilie Lefevre" ~ "Emilie Lefebvre" (93)
COMPANY_THRESHOLD = 90  # token_set_ratio: "Horizon" ~ "Horizon Conseil" (100), "Horizon" !~ "Horizons" (93 ok)
COMPATIBLE_NAMES = 60  # below this two names are two people (colleagues sharing a line)
MAX_SHARED = 25  # an email or phone shared by more contacts is a switchboard or a generic inbox
MAX_SAME_NAME = 12  # "Marie Martin" × 40 in a big library: namesakes, not duplicates
MIN_SCORE = 60  # below: namesakes at different companies (50), colleagues sharing a line (40): asked for only
SUB_BLOCK = 300  # a company block larger than this is cut by the first letters of name words before matching
NAME_PREFIX = 3  # a fuzzy block is a company word plus the first letters of one name word ("lef" of Lefèvre)
# Names in a block from which its matrix is scored on every core: starting the threads costs more than a small
# matrix (measured, one matrix: 32 names 0.18 ms on one thread vs 0.20 ms on all; 64 names 0.72 vs 0.49 ms).
PARALLEL_FROM = 48
MAX_FUZZY_BLOCK = 200  # members of one fuzzy block a new contact is compared with (the most recent ones)

_WORDS = re.compile(r"[^\W_]+")
_LEGAL_FORMS = {
    "sa", "sas", "sasu", "sarl", "eurl", "sci", "scop", "snc", "gie", "selarl", "ltd", "limited", "llc", "llp",
    "inc", "plc", "gmbh", "ag", "bv", "nv", "spa", "srl", "co", "corp", "corporation", "company", "cie", "et",
    "and",
}  # fmt: skip
_GENERIC = {"cabinet", "groupe", "group", "societe", "agence", "studio", "atelier", "les", "la", "le", "l", "the"}
_GENERIC |= {"de", "des", "du", "d", "ste", "banque", "bank", "credit", "etude", "office", "imprimerie", "garage"}
_GENERIC |= {"hotel", "restaurant", "pharmacie", "laboratoire", "clinique", "maison", "institut", "centre"}


@dataclass(frozen=True, slots=True)
class DuplicateSubject:
    """What duplicate detection looks at in a contact (storage loads just this for 100,000 contacts)."""

    id: int
    name: str
    company: str = ""
    emails: tuple[str, ...] = ()
    phones: tuple[str, ...] = ()  # E.164
    other_names: tuple[str, ...] = ()  # aliases: a merged record's name, a maiden name
    national: tuple[str, ...] = ()  # numbers kept as printed, without an E.164 (read in `region` or the other's)
    region: str = ""  # the library's region, for reading `national` numbers


@dataclass(frozen=True, slots=True)
class DuplicateCandidate:
    first_id: int  # the smaller id
    second_id: int
    score: int  # 0..100: how sure
    reasons: tuple[str, ...]

    @property
    def reason(self) -> str:
        return "; ".join(self.reasons)


def subject_of(contact: Contact, contact_id: int | None = None) -> DuplicateSubject:
    person = contact.full_name.strip() or " ".join(p for p in (contact.given_name, contact.family_name) if p)
    return DuplicateSubject(
        id=contact_id if contact_id is not None else (contact.id or 0),
        name=person,
        company=contact.company or "",
        emails=tuple(e.strip().casefold() for e in contact.emails if e.strip()),
        phones=tuple(p.e164 for p in contact.phones if p.e164),
        other_names=tuple(n for n in contact.other_names if n.strip()),
        national=tuple(p.number for p in contact.phones if not p.e164 and p.number.strip()),
    )


def name_key(name: str) -> str:
    """Folded words in sorted order: "LEFÈVRE Émilie" and "Emilie Lefevre" share "emilie lefevre"."""
    return " ".join(sorted(_WORDS.findall(fold(name))))


def company_key(company: str) -> str:
    """Folded words without legal forms: "Horizon Conseil SAS" -> "horizon conseil"."""
    return " ".join(w for w in _WORDS.findall(fold(company)) if w not in _LEGAL_FORMS)


def company_block(key: str) -> str | None:
    """The distinctive word a company's block is keyed on ("cabinet horizon" -> "horizon")."""
    return next((w for w in key.split() if w not in _GENERIC and len(w) > 1), None)


@dataclass(frozen=True, slots=True)
class _Prepared:
    subject: DuplicateSubject
    name: str  # name_key
    company: str  # company_key
    names: tuple[tuple[str, str], ...] = ()  # (name_key, one of its canonical_keys) per name and form
    emails: tuple[str, ...] = ()  # personal emails only: a role mailbox (contact@) is nobody's in particular


def _prepare(subject: DuplicateSubject) -> _Prepared:
    keys = [(name_key(n), key) for n in (subject.name, *subject.other_names) for key in canonical_keys(n)]
    names = tuple(k for k in dict.fromkeys(keys) if k[0])
    emails = tuple(e for e in subject.emails if not is_role_mailbox(e))
    return _Prepared(subject, name_key(subject.name), company_key(subject.company), names, emails)


def _name_match(a: _Prepared, b: _Prepared) -> tuple[float, bool]:
    """How alike the two names are (0..100, best over other names and nicknames), and whether it took a nickname."""
    best, by_nickname = 0.0, False
    for raw_a, canonical_a in a.names:
        for raw_b, canonical_b in b.names:
            raw = 100.0 if raw_a == raw_b else fuzz.token_sort_ratio(raw_a, raw_b)
            canonical = 100.0 if canonical_a == canonical_b else fuzz.token_sort_ratio(canonical_a, canonical_b)
            if max(raw, canonical) > best:
                best, by_nickname = max(raw, canonical), canonical > raw
    return best, by_nickname


def _same_numbers(a: _Prepared, b: _Prepared) -> list[str]:
    """Numbers both hold: the same E.164, or one printed nationally that reads as the other's E.164 in the
    region of that number, or of the library."""
    found = set(a.subject.phones) & set(b.subject.phones)
    for one, other in ((a, b), (b, a)):
        if not one.subject.national or not other.subject.phones:
            continue
        regions = {r for r in (region_of(e) for e in other.subject.phones) if r}
        regions |= {r for r in (one.subject.region, other.subject.region) if r}
        for number in one.subject.national:
            found |= {e for e in (national_as_e164(number, r) for r in sorted(regions)) if e in other.subject.phones}
    return sorted(found)


def judge(a: _Prepared, b: _Prepared, switchboards: frozenset[str] = frozenset()) -> DuplicateCandidate | None:
    """All the evidence for one pair, combined: the strongest score, every reason.

    Not evidence: a role mailbox (contact@), a number that contacts of other names hold too (a switchboard), a
    number shared by two different names, and a company missing on either side (a name alone is a namesake)."""
    reasons: list[str] = []
    score = 0
    both_named = bool(a.names and b.names)
    name_score, by_nickname = _name_match(a, b) if both_named else (0.0, False)
    compatible = not both_named or name_score >= COMPATIBLE_NAMES
    emails = sorted(set(a.emails) & set(b.emails))
    if emails:
        reasons.append(f"same email {emails[0]}" + ("" if compatible else " (but different names)"))
        score = max(score, 100 if compatible else 60)
    elif set(a.subject.emails) & set(b.subject.emails):
        shared = sorted(set(a.subject.emails) & set(b.subject.emails))[0]
        reasons.append(f"same email {shared} (a shared mailbox: not counted)")
    phones = _same_numbers(a, b)
    if phones:
        different = both_named and name_score < NAME_THRESHOLD
        if not different and phones[0] not in switchboards:
            reasons.append(f"same phone {phones[0]}")
            score = max(score, 95)
        elif different:
            reasons.append(f"same phone {phones[0]} (a shared line?)")
            score = max(score, 40)
        else:
            reasons.append(f"same phone {phones[0]} (a switchboard others share: not counted)")
    if both_named and len(a.name) >= 4:
        nickname = " (nickname)" if by_nickname else ""
        name_words = ("same name" if name_score == 100 else "similar name") + nickname
        if a.company and b.company:
            same_company = a.company == b.company
            similar = same_company or fuzz.token_set_ratio(a.company, b.company) >= COMPANY_THRESHOLD
            if name_score >= NAME_THRESHOLD and similar:
                reasons.append(f"{name_words} and {'same' if same_company else 'similar'} company")
                score = max(score, round(name_score * 0.9))
            elif name_score == 100:
                reasons.append(f"{name_words}, different company")
                score = max(score, 50)
        elif name_score == 100:
            reasons.append(name_words)  # a missing company is not evidence: namesakes until something else agrees
            score = max(score, 50)
    if not reasons:
        return None
    first, second = sorted((a.subject.id, b.subject.id))
    return DuplicateCandidate(first, second, score, tuple(reasons))


def _canonical(item: _Prepared) -> str:
    return item.names[0][1] if item.names else ""


def _switchboards(items: Mapping[int, _Prepared], holders: Mapping[str, list[int]]) -> frozenset[str]:
    """Numbers that contacts of different names hold: a firm's line, not a person's."""
    found = set()
    for number, ids in holders.items():
        named = [items[i] for i in ids if items[i].names]
        if len(named) > 2 and any(_name_match(x, y)[0] < NAME_THRESHOLD for x, y in combinations(named, 2)):
            found.add(number)
    return frozenset(found)


class DuplicateIndex:
    """Contacts filed under their blocking keys, to find duplicates of one contact (an import) quickly."""

    def __init__(self, subjects: Iterable[DuplicateSubject] = ()) -> None:
        self._items: dict[int, _Prepared] = {}
        self._blocks: dict[str, list[int]] = defaultdict(list)
        for subject in subjects:
            self.add(subject)

    def __len__(self) -> int:
        return len(self._items)

    @staticmethod
    def _keys(item: _Prepared) -> Iterator[str]:
        for email in item.emails:
            yield "e:" + email
        for phone in item.subject.phones:
            yield "p:" + phone
        for number in (*item.subject.phones, *item.subject.national):
            suffix = number_suffix(number)
            if suffix:
                yield "d:" + suffix  # a national spelling meets the E.164 one here
        canonical = sorted({key for _raw, key in item.names})
        for key in canonical:
            yield "n:" + key
        block = company_block(item.company)
        if block and canonical:
            for prefix in sorted({word[:NAME_PREFIX] for key in canonical for word in key.split()}):
                yield f"c:{block}:{prefix}"

    def add(self, subject: DuplicateSubject) -> None:
        item = _prepare(subject)
        self._items[subject.id] = item
        for key in self._keys(item):
            self._blocks[key].append(subject.id)

    def matches(self, subject: DuplicateSubject, min_score: int = MIN_SCORE) -> list[DuplicateCandidate]:
        """Indexed contacts that may be the same person as `subject`, best first."""
        item = _prepare(subject)
        others: set[int] = set()
        holders: dict[str, list[int]] = {}
        for key in self._keys(item):
            ids = self._blocks.get(key, [])
            if key.startswith("c:"):
                ids = ids[-MAX_FUZZY_BLOCK:]
                names = [_canonical(self._items[i]) for i in ids]
                found = process.extract(_canonical(item), names, scorer=fuzz.token_sort_ratio, limit=None,
                                        score_cutoff=NAME_THRESHOLD)  # fmt: skip
                others.update(ids[index] for _name, _score, index in found)
            elif len(ids) <= (MAX_SAME_NAME if key.startswith("n:") else MAX_SHARED):
                others.update(ids)
                if key.startswith("p:"):
                    holders[key[2:]] = [*ids, subject.id]
        others.discard(subject.id)
        items = {**{i: self._items[i] for ids in holders.values() for i in ids if i in self._items}, subject.id: item}
        switchboards = _switchboards(items, holders)
        found_pairs = (judge(item, self._items[other], switchboards) for other in others)
        return _best_first(c for c in found_pairs if c is not None and c.score >= min_score)


def _fuzzy_pairs(ids: list[int], items: dict[int, _Prepared]) -> Iterator[tuple[int, int]]:
    """Pairs of a company block whose names are close (rapidfuzz's C++ matrix, not a Python double loop)."""
    if len(ids) > SUB_BLOCK:
        by_initials: dict[str, list[int]] = defaultdict(list)
        for i in ids:
            for word in set(items[i].name.split()):
                by_initials[word[:2]].append(i)
        for sub in by_initials.values():
            if len(sub) < len(ids):
                yield from _fuzzy_pairs(sub, items)
        return
    names = [_canonical(items[i]) for i in ids]
    # Most company blocks hold 2–10 names: one thread (PARALLEL_FROM).
    workers = -1 if len(names) > PARALLEL_FROM else 1
    matrix = process.cdist(names, names, scorer=fuzz.token_sort_ratio, score_cutoff=NAME_THRESHOLD, workers=workers)
    rows, cols = matrix.nonzero()
    for row, col in zip(rows.tolist(), cols.tolist(), strict=True):
        if row < col:
            yield ids[row], ids[col]


def _best_first(candidates: Iterable[DuplicateCandidate]) -> list[DuplicateCandidate]:
    return sorted(candidates, key=lambda c: (-c.score, c.first_id, c.second_id))


def find_duplicates(subjects: Iterable[DuplicateSubject], min_score: int = MIN_SCORE) -> list[DuplicateCandidate]:
    """Every likely duplicate pair in a set of contacts, best first. Near-linear: blocks, never all pairs."""
    items = {s.id: _prepare(s) for s in subjects}
    blocks: dict[str, list[int]] = defaultdict(list)
    for item in items.values():
        for key in DuplicateIndex._keys(item):
            blocks[key].append(item.subject.id)
    pairs: set[tuple[int, int]] = set()
    holders = {key[2:]: ids for key, ids in blocks.items() if key.startswith("p:") and 2 < len(ids) <= MAX_SHARED}
    switchboards = _switchboards(items, holders)
    for key, ids in blocks.items():
        if len(ids) < 2:
            continue
        if key.startswith("c:"):
            pairs.update((min(a, b), max(a, b)) for a, b in _fuzzy_pairs(ids, items))
        elif len(ids) <= (MAX_SAME_NAME if key.startswith("n:") else MAX_SHARED):
            pairs.update((min(a, b), max(a, b)) for a, b in combinations(ids, 2))
    judged = (judge(items[a], items[b], switchboards) for a, b in pairs if a != b)
    return _best_first(c for c in judged if c is not None and c.score >= min_score)
