"""Phone numbers on a card: find them as printed, type them from their label, normalise with phonenumbers.

Numbers are found by shape (runs of digits and separators), not by phonenumbers' matcher, because cards
print local numbers that are not valid in any region without context (Brazilian "2294-9484") or numbers
from another country than the user's. phonenumbers then gives E.164 and mobile/fixed when it can.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import phonenumbers

from cardbook.ocr.fields import PhoneKind
from cardbook.ocr.lexicon import US_STATES, fold

# Runs of digits with the separators printed numbers use; letters that OCR mistakes for digits are
# repaired later, only inside runs that are mostly digits.
_RUN = re.compile(r"(?:\+|\b00)?\s?(?:\(\s?\+?\d{1,4}\s?\)\s?)?\d(?:[\d .\-–—/()·]|\s(?=\d)){5,}\d(?:\s?\))?")
_EXTENSION = re.compile(r"^\s*(?:ext\.?|ex\.?|x|poste|p\.|#)\s?(\d{1,6})", re.IGNORECASE)

_KIND_LABELS: tuple[tuple[PhoneKind | None, str], ...] = (
    ("fax", r"fax|f|fx|t[ée]l[ée]copie|telefax|t[ée]l[ée]fax"),
    (
        "mobile",
        r"mob|mobile|mobil|m[óo]vil|port|portable|cell|cellular|cel|celular|m|gsm|handy|whats\s?app|wa|"
        r"sms|mb|mo|c",
    ),
    ("home", r"home|domicile|perso|personnel|priv[ée]|h|resid[êe]ncia|casa"),
    (
        "work",
        r"office|bureau|direct|dir|ligne\s+directe|standard|std|fixe|work|w|pro|switchboard|main|"
        r"b|o|p|d",
    ),
    # Generic labels: a phone, kind decided by the number itself (mobile ranges) or "work".
    (None, r"t[ée]l[ée]?phone|t[ée]l|tel|phone|ph|tlf|fone|telefone|tfno|tel[ée]fono|t|num[ée]ro|n°"),
)
_LABEL_BEFORE = [
    (kind, re.compile(rf"(?:^|[^\w])(?:{pattern})\s*[.:]?\s*[:.\-–/]?\s*$", re.IGNORECASE))
    for kind, pattern in _KIND_LABELS
]
_LABEL_AFTER = [
    (kind, re.compile(rf"^\s*[.:]?\s*\(?(?:{pattern})\)?(?:[^\w]|$)", re.IGNORECASE)) for kind, pattern in _KIND_LABELS
]
# Numbers that are not phones: company registration, tax and bank identifiers, postal codes.
_NOT_PHONE_BEFORE = re.compile(
    r"(siret|siren|tva|vat|rcs|ape|naf|iban|bic|swift|capital|cnpj|cpf|ein|abn|n° ?tva|rc|cep|"
    r"code postal|zip|bp|cs|po box|case postale)\s*[:.]?\s*$",
    re.IGNORECASE,
)
# Company identifiers anywhere before the number on its line ("RCS Paris B 123 456 789").
_REGISTRATION = re.compile(r"\b(?:siret|siren|rcs|tva|vat|naf|ape|iban|bic|capital|cnpj|cpf|kvk|ust-?id)\b", re.I)
_DATE = re.compile(r"^\d{1,4}[./\-]\d{1,2}[./\-]\d{2,4}$")
_STATE_BEFORE = re.compile(r"\b([A-Z]{2})\.?,?\s+$")


def _is_zip_plus4(before: str, number: str) -> bool:
    """ "CA 94305-6068" is a US ZIP+4 code; "SP 3569-6905" (São Paulo) is a phone number."""
    state = _STATE_BEFORE.search(before)
    return bool(state and state.group(1) in US_STATES and re.fullmatch(r"\d{5}-\d{4}", number))


@dataclass(frozen=True, slots=True)
class FoundPhone:
    number: str
    digits: str
    kind: PhoneKind
    labelled: bool
    e164: str | None
    start: int
    end: int


def _repair_run(run: str) -> str:
    return run.replace("—", "-").replace("–", "-").replace("·", ".")


def _split_run(run: str) -> list[tuple[int, int]]:
    """Cut a run holding two numbers ("01 23 45 67 89 / 06 12 34 56 78") at slashes or wide gaps."""
    pieces: list[tuple[int, int]] = []
    start = 0
    for cut in re.finditer(r"\s+/\s+|\s{3,}", run):
        pieces.append((start, cut.start()))
        start = cut.end()
    pieces.append((start, len(run)))
    return [(a, b) for a, b in pieces if b > a]


def _digit_count(text: str) -> int:
    return sum(ch.isdigit() for ch in text)


def _label_kind(patterns: list[tuple[PhoneKind | None, re.Pattern[str]]], text: str) -> tuple[bool, PhoneKind | None]:
    for kind, pattern in patterns:
        if pattern.search(text):
            return True, kind
    return False, None


def guess_e164(number: str, regions: list[str]) -> tuple[str | None, int | None]:
    """E.164 and phonenumbers' number type for the first region where the number is valid."""
    digits = re.sub(r"\D", "", number)
    attempts: list[tuple[str, str | None]] = []
    if number.lstrip().startswith("+") or digits.startswith("00"):
        attempts.append((number, None))
    attempts += [(number, region) for region in regions]
    if 10 <= len(digits) <= 14 and not digits.startswith("0"):
        attempts.append(("+" + digits, None))  # a country code printed without "+" ("81 294 52 7608")
    for text, region in attempts:
        try:
            parsed = phonenumbers.parse(text, region)
        except phonenumbers.NumberParseException:
            continue
        if phonenumbers.is_valid_number(parsed):
            e164 = phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.E164)
            return e164, phonenumbers.number_type(parsed)
    return None, None


def _spans(line: str, regions: list[str]) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    for match in _RUN.finditer(line):
        run = match.group(0)
        for a, b in _split_run(run):
            piece = run[a:b]
            lead = len(piece) - len(piece.lstrip(" "))
            trail = len(piece.rstrip(" .-/"))
            if _digit_count(piece) > 13 and " " in piece.strip():
                sub = _split_with_matcher(piece, regions)
                if sub:
                    spans += [(match.start() + a + x, match.start() + a + y) for x, y in sub]
                    continue
            spans.append((match.start() + a + lead, match.start() + a + trail))
    return spans


def _split_with_matcher(piece: str, regions: list[str]) -> list[tuple[int, int]]:
    """Numbers run together ("650 321 3900 408 390 7771"): cut between digit groups where every part
    is a valid number (or at least number-sized), preferring valid ones."""
    groups = [(m.start(), m.end()) for m in re.finditer(r"\S+", piece)]
    if len(groups) > 12:
        return []
    best: dict[int, tuple[float, list[tuple[int, int]]]] = {0: (0.0, [])}
    for i in range(len(groups)):
        if i not in best:
            continue
        score, parts = best[i]
        for j in range(i + 1, len(groups) + 1):
            a, b = groups[i][0], groups[j - 1][1]
            count = _digit_count(piece[a:b])
            if count > 15:
                break
            if count < 8:
                continue
            gain = 2.0 if guess_e164(piece[a:b], regions)[0] else 1.0
            if j not in best or best[j][0] < score + gain:
                best[j] = (score + gain, [*parts, (a, b)])
    result = best.get(len(groups))
    return result[1] if result and len(result[1]) >= 2 else []


def find_phones(line: str, regions: list[str]) -> list[FoundPhone]:
    """Every phone number on one line, with the kind its label (before or after it) gives."""
    candidates: list[tuple[int, int, str]] = []
    for start, raw_end in _spans(line, regions):
        end = raw_end
        number = _repair_run(line[start:end]).strip()
        if number.count("(") != number.count(")"):
            number = number.strip("()").strip()
        digits = re.sub(r"\D", "", number)
        if not 7 <= len(digits) <= 15 or _DATE.match(number.replace(" ", "")):
            continue
        before = line[:start]
        if _NOT_PHONE_BEFORE.search(before) or _REGISTRATION.search(before) or _is_zip_plus4(before, number):
            continue
        extension = _EXTENSION.match(line[end:])
        if extension:
            end += extension.end()
        candidates.append((start, end, number))

    # A line uses labels either before its numbers ("T: … F: …") or after them ("… Cell … Fax"): it is
    # the second style when text after the last number is a label.
    suffix_style = bool(candidates) and _label_kind(_LABEL_AFTER, line[candidates[-1][1] :])[0]
    found: list[FoundPhone] = []
    previous_end = 0
    for index, (start, end, number) in enumerate(candidates):
        if suffix_style:
            next_start = candidates[index + 1][0] if index + 1 < len(candidates) else len(line)
            labelled, kind = _label_kind(_LABEL_AFTER, line[end:next_start])
        else:
            labelled, kind = _label_kind(_LABEL_BEFORE, line[previous_end:start])
        previous_end = end
        digits = re.sub(r"\D", "", number)
        if len(digits) < 8 and not labelled:
            continue  # 7 digits unlabelled is more often a postal code or a reference than a phone
        e164, number_type = guess_e164(number, regions)
        printed = line[start:end].strip() if end > start + len(number) else number
        found.append(FoundPhone(printed, digits, _final_kind(kind, labelled, number_type), labelled, e164, start, end))
    return found


def _final_kind(label_kind: PhoneKind | None, labelled: bool, number_type: int | None) -> PhoneKind:
    is_mobile = number_type == phonenumbers.PhoneNumberType.MOBILE
    if label_kind is not None:
        return label_kind
    if is_mobile:
        return "mobile"  # "Tél. 06 12 34 56 78": a generic label on a mobile number
    return "work" if labelled else "other"


@dataclass(frozen=True, slots=True)
class PendingLabel:
    """A label whose number is on the next line ("Tél :" alone, or "Tel: (11) 2684-7988" followed by a
    second number on its own line); ``kind`` None means a generic phone label."""

    kind: PhoneKind | None


def label_only(line: str) -> PendingLabel | None:
    """For a line that is only a label ("Tél :"), the label it announces for the number on the next line."""
    text = fold(line).replace("\x00", " ").strip()
    if not text or len(text) > 16 or any(ch.isdigit() for ch in text):
        return None
    labelled, kind = _label_kind(_LABEL_BEFORE, text)
    return PendingLabel(kind) if labelled else None


def inherit_label(phone: FoundPhone, pending: PendingLabel) -> PhoneKind:
    """The kind of an unlabelled number printed under a label."""
    if pending.kind is not None:
        return pending.kind
    return "mobile" if phone.kind == "mobile" else "work"
