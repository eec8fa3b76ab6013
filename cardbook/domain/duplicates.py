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
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass
from itertools import combinations

from rapidfuzz import fuzz, process

from cardbook.domain.contact import Contact, Phone, merge_needs_and_offers
from cardbook.domain.enums import ContactStatus
from cardbook.domain.text import fold

NAME_THRESHOLD = 85  # token_sort_ratio on folded names: "Emilie Lefevre" ~ "Emilie Lefebvre" (93)
COMPANY_THRESHOLD = 90  # token_set_ratio: "Horizon" ~ "Horizon Conseil" (100), "Horizon" !~ "Horizons" (93 ok)
COMPATIBLE_NAMES = 60  # below this two names are two people (colleagues sharing a line)
MAX_SHARED = 25  # an email or phone shared by more contacts is a switchboard or a generic inbox
MAX_SAME_NAME = 12  # "Marie Martin" × 40 in a big library: namesakes, not duplicates
MIN_SCORE = 60  # below: namesakes at different companies (50), colleagues sharing a line (40): asked for only
SUB_BLOCK = 300  # a company block larger than this is cut by the first letters of name words before matching
NAME_PREFIX = 3  # a fuzzy block is a company word plus the first letters of one name word ("lef" of Lefèvre)
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


def _prepare(subject: DuplicateSubject) -> _Prepared:
    return _Prepared(subject, name_key(subject.name), company_key(subject.company))


def judge(a: _Prepared, b: _Prepared) -> DuplicateCandidate | None:
    """All the evidence for one pair, combined: the strongest score, every reason."""
    reasons: list[str] = []
    score = 0
    both_named = bool(a.name and b.name)
    compatible = not both_named or fuzz.token_set_ratio(a.name, b.name) >= COMPATIBLE_NAMES
    emails = sorted(set(a.subject.emails) & set(b.subject.emails))
    if emails:
        reasons.append(f"same email {emails[0]}" + ("" if compatible else " (but different names)"))
        score = max(score, 100 if compatible else 60)
    phones = sorted(set(a.subject.phones) & set(b.subject.phones))
    if phones:
        reasons.append(f"same phone {phones[0]}" + ("" if compatible else " (a shared line?)"))
        score = max(score, 95 if compatible else 40)
    if both_named and len(a.name) >= 4:
        name_score = 100.0 if a.name == b.name else fuzz.token_sort_ratio(a.name, b.name)
        name_words = "same name" if name_score == 100 else "similar name"
        if a.company and b.company:
            same_company = a.company == b.company
            similar = same_company or fuzz.token_set_ratio(a.company, b.company) >= COMPANY_THRESHOLD
            if name_score >= NAME_THRESHOLD and similar:
                reasons.append(f"{name_words} and {'same' if same_company else 'similar'} company")
                score = max(score, round(name_score * 0.9))
            elif name_score == 100:
                reasons.append("same name, different company")
                score = max(score, 50)
        elif name_score == 100:
            reasons.append("same name")
            score = max(score, 70)
    if not reasons:
        return None
    first, second = sorted((a.subject.id, b.subject.id))
    return DuplicateCandidate(first, second, score, tuple(reasons))


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
        for email in item.subject.emails:
            yield "e:" + email
        for phone in item.subject.phones:
            yield "p:" + phone
        if item.name:
            yield "n:" + item.name
            block = company_block(item.company)
            if block:
                for prefix in sorted({word[:NAME_PREFIX] for word in item.name.split()}):
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
        for key in self._keys(item):
            ids = self._blocks.get(key, [])
            if key.startswith("c:"):
                ids = ids[-MAX_FUZZY_BLOCK:]
                names = [self._items[i].name for i in ids]
                found = process.extract(item.name, names, scorer=fuzz.token_sort_ratio, limit=None,
                                        score_cutoff=NAME_THRESHOLD)  # fmt: skip
                others.update(ids[index] for _name, _score, index in found)
            elif len(ids) <= (MAX_SAME_NAME if key.startswith("n:") else MAX_SHARED):
                others.update(ids)
        others.discard(subject.id)
        found_pairs = (judge(item, self._items[other]) for other in others)
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
    names = [items[i].name for i in ids]
    matrix = process.cdist(names, names, scorer=fuzz.token_sort_ratio, score_cutoff=NAME_THRESHOLD, workers=-1)
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
    for key, ids in blocks.items():
        if len(ids) < 2:
            continue
        if key.startswith("c:"):
            pairs.update((min(a, b), max(a, b)) for a, b in _fuzzy_pairs(ids, items))
        elif len(ids) <= (MAX_SAME_NAME if key.startswith("n:") else MAX_SHARED):
            pairs.update((min(a, b), max(a, b)) for a, b in combinations(ids, 2))
    judged = (judge(items[a], items[b]) for a, b in pairs if a != b)
    return _best_first(c for c in judged if c is not None and c.score >= min_score)


# --- merging ---------------------------------------------------------------------------------------------

MERGE_CHOICES = ("name", "title", "company", "department", "address", "status")
_NAME_FIELDS = ("full_name", "given_name", "family_name")


def _same_link(value: str) -> str:
    text = fold(value.strip()).removeprefix("https://").removeprefix("http://").removeprefix("www.")
    return text.rstrip("/")


def _union(first: list[str], second: list[str], key: Callable[[str], str] = str.casefold) -> list[str]:
    seen: set[str] = set()
    found: list[str] = []
    for value in [*first, *second]:
        if value.strip() and key(value) not in seen:
            seen.add(key(value))
            found.append(value)
    return found


def _phone_key(phone: Phone) -> str:
    return phone.e164 or re.sub(r"\D", "", phone.number)


def merged_contact(keep: Contact, other: Contact, choices: Mapping[str, str] | None = None) -> Contact:
    """One contact from two: for each single field the chosen side ("keep" or "other"; default: the kept
    contact's value, or the other's when the kept one has none), lists united without duplicates, notes joined.

    A chosen side that is empty falls back to the other side: merging never throws a value away.
    """
    chosen = dict(choices or {})
    unknown = set(chosen) - set(MERGE_CHOICES)
    if unknown or any(v not in ("keep", "other") for v in chosen.values()):
        raise ValueError(f"merge choices are {', '.join(MERGE_CHOICES)} = keep|other (got {chosen})")

    def pick(choice: str, fields: tuple[str, ...]) -> tuple[Contact, Contact]:
        first, second = (other, keep) if chosen.get(choice) == "other" else (keep, other)
        if any(str(getattr(first, f) or "").strip() for f in fields):
            return first, second
        return second, first

    result = Contact(id=keep.id, created_at=keep.created_at)
    source, _ = pick("name", _NAME_FIELDS)
    result.full_name, result.given_name, result.family_name = (getattr(source, f) for f in _NAME_FIELDS)
    for choice in ("title", "company", "department", "address"):
        source, _ = pick(choice, (choice,))
        setattr(result, choice, getattr(source, choice))
    if chosen.get("status") == "other":
        result.status = other.status
    elif chosen.get("status") == "keep":
        result.status = keep.status
    else:  # reviewed wins: a scanned card merged into a known contact needs no more review
        active = ContactStatus.ACTIVE in (keep.status, other.status)
        result.status = ContactStatus.ACTIVE if active else keep.status
    result.emails = _union(keep.emails, other.emails)
    seen_phones: set[str] = set()
    for phone in [*keep.phones, *other.phones]:
        if _phone_key(phone) not in seen_phones:
            seen_phones.add(_phone_key(phone))
            result.phones.append(phone)
    result.websites = _union(keep.websites, other.websites, _same_link)
    result.social = _union(keep.social, other.social, _same_link)
    result.tags = _union(keep.tags, other.tags)
    mine, theirs = keep.notes.strip(), other.notes.strip()
    result.notes = (
        keep.notes if not theirs or theirs in mine else (f"{keep.notes.rstrip()}\n\n{theirs}" if mine else other.notes)
    )
    merge_needs_and_offers(result, keep, other)
    return result
