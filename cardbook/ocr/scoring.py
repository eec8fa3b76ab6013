"""Scoring rules of docs/EVALUATION_FORMAT.md: when a predicted field equals the ground truth, and text CER.

- name, title, company: equal after case-folding and removing punctuation and spaces;
- emails: case-insensitive; phones: one digit string ends with the other (country code and trunk 0
  optional); websites: without scheme, ``www.`` and trailing ``/``; address: token-set similarity ≥ 90 %;
- lists are matched item by item (one-to-one); a card "needs no edit" when every scored field matches;
- text CER: the OCR text's words against the words of the ground truth's lines, order-free.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from rapidfuzz import fuzz
from rapidfuzz.distance import Levenshtein
from rapidfuzz.utils import default_process

SINGLE_FIELDS = ("name", "title", "company", "address")
LIST_FIELDS = ("emails", "phones", "websites")
SCORED_FIELDS = ("name", "title", "company", "emails", "phones", "websites", "address")


def _squash(text: str) -> str:
    folded = unicodedata.normalize("NFC", text).casefold()
    return "".join(ch for ch in folded if ch.isalnum())


def same_text(predicted: str, truth: str) -> bool:
    return _squash(predicted) == _squash(truth)


def same_address(predicted: str, truth: str) -> bool:
    return fuzz.token_set_ratio(predicted, truth, processor=default_process) >= 90


def same_email(predicted: str, truth: str) -> bool:
    return predicted.strip().casefold() == truth.strip().casefold()


def _phone_digits(number: str) -> str:
    return re.sub(r"\D", "", number).lstrip("0")


def same_phone(predicted: str, truth: str) -> bool:
    a, b = _phone_digits(predicted), _phone_digits(truth)
    if not a or not b:
        return False
    # The country code and the trunk 0 are optional: "+33 (0)1 23 45 67 89" = "01 23 45 67 89".
    if a.endswith(b) or b.endswith(a):
        return True
    return a.replace("0", "", 1).endswith(b) or b.replace("0", "", 1).endswith(a)


def normalise_website(url: str) -> str:
    text = re.sub(r"^[a-z][a-z0-9+.\-]*://", "", url.strip().casefold())
    text = re.sub(r"^www\d?\.", "", text)
    return text.rstrip("/")


def same_website(predicted: str, truth: str) -> bool:
    return normalise_website(predicted) == normalise_website(truth)


MATCHERS: dict[str, Callable[[str, str], bool]] = {
    "name": same_text,
    "title": same_text,
    "company": same_text,
    "address": same_address,
    "emails": same_email,
    "phones": same_phone,
    "websites": same_website,
}


@dataclass(slots=True)
class FieldCounts:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


def match_lists(predicted: Sequence[str], truth: Sequence[str], same: Callable[[str, str], bool]) -> int:
    """Number of one-to-one matches between two lists (greedy, in order)."""
    remaining = list(truth)
    matched = 0
    for item in predicted:
        for index, candidate in enumerate(remaining):
            if same(item, candidate):
                matched += 1
                del remaining[index]
                break
    return matched


@dataclass(slots=True)
class CardScore:
    counts: dict[str, FieldCounts] = field(default_factory=dict)

    @property
    def needs_no_edit(self) -> bool:
        return all(count.fp == 0 and count.fn == 0 for count in self.counts.values())


def score_card(predicted: dict[str, object], truth: dict[str, object]) -> CardScore:
    """Compare one prediction (``cardbook scan --json`` object) with one ground-truth record."""
    result = CardScore()
    for name in SINGLE_FIELDS:
        got, want = predicted.get(name), truth.get(name)
        counts = FieldCounts()
        if got and want:
            if MATCHERS[name](str(got), str(want)):
                counts.tp = 1
            else:
                counts.fp, counts.fn = 1, 1
        elif got:
            counts.fp = 1
        elif want:
            counts.fn = 1
        result.counts[name] = counts
    for name in LIST_FIELDS:
        got_list = _list_values(predicted.get(name), name)
        want_list = _list_values(truth.get(name), name)
        matched = match_lists(got_list, want_list, MATCHERS[name])
        result.counts[name] = FieldCounts(matched, len(got_list) - matched, len(want_list) - matched)
    return result


def _list_values(raw: object, name: str) -> list[str]:
    if not isinstance(raw, list):
        return []
    if name == "phones":
        return [str(item.get("number", "")) if isinstance(item, dict) else str(item) for item in raw]
    return [str(item) for item in raw if item]


def words(text: str) -> list[str]:
    return unicodedata.normalize("NFC", text).split()


def text_errors(ocr_text: str, truth_lines: Sequence[str]) -> tuple[int, int]:
    """(character edits, reference characters) between the OCR words and the truth words, order-free.

    Identical words pair off first; the rest are paired greedily by smallest edit distance while a pair
    costs less than deleting one and inserting the other; unpaired words cost their length.
    """
    reference = Counter(word for line in truth_lines for word in words(line))
    hypothesis = Counter(words(ocr_text))
    total = sum(len(word) * count for word, count in reference.items())
    common = reference & hypothesis
    ref_left = list((reference - common).elements())
    hyp_left = list((hypothesis - common).elements())
    pairs = sorted((Levenshtein.distance(r, h), i, j) for i, r in enumerate(ref_left) for j, h in enumerate(hyp_left))
    used_r: set[int] = set()
    used_h: set[int] = set()
    cost = 0
    for distance, i, j in pairs:
        if i in used_r or j in used_h:
            continue
        if distance >= len(ref_left[i]) + len(hyp_left[j]):
            continue
        used_r.add(i)
        used_h.add(j)
        cost += distance
    cost += sum(len(word) for i, word in enumerate(ref_left) if i not in used_r)
    cost += sum(len(word) for j, word in enumerate(hyp_left) if j not in used_h)
    return cost, total
