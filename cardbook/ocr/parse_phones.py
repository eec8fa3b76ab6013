"""Phone numbers on a card: find them as printed, type them from their label, normalise with phonenumbers.

Numbers are found by shape (runs of digits and separators), not by phonenumbers' matcher, because cards
print local numbers that are not valid in any region without context (Brazilian "3345-1207") or numbers
from another country than the user's. phonenumbers then gives E.164 and mobile/fixed when it can.

The country of a national number is the card's own (``cardbook.ocr.region.decide_region``), never a guess
among several: a number that is not valid there is kept as printed, without E.164, rather than forced into
the first country where its digits happen to be valid ("9.4000-4561" is no French number).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

import phonenumbers

from cardbook.ocr.country_postal import find_country_postal
from cardbook.ocr.fields import PhoneKind
from cardbook.ocr.lexicon import US_STATES, fold
from cardbook.ocr.region import RegionDecision, card_region

# A card that names no country is read in the default region (the user's), but its numbers get no E.164
# from that guess: the reader never invents a country the card does not show. The review page, where a
# person sees the card, offers the default region's E.164 (cardbook.domain.phones.check_phone).
E164_FROM_DEFAULT_REGION = False

# The regions to read a line's numbers in: the card's decision, or (tests, QR payloads) country codes, the
# first one taken as the card's country.
Regions = RegionDecision | Sequence[str]

# Runs of digits with the separators printed numbers use; letters that OCR mistakes for digits are
# repaired later, only inside runs that are mostly digits.
_RUN = re.compile(r"(?:\+|\b00)?\s?(?:\(\s?\+?\d{1,4}\s?\)\s?)?\d(?:[\d .\-–—/()·]|\s(?=\d)){5,}\d(?:\s?\))?")
_EXTENSION = re.compile(r"^\s*(?:ext\.?|ex\.?|x|poste|p\.|#)\s?(\d{1,6})", re.IGNORECASE)

_KIND_LABELS: tuple[tuple[PhoneKind | None, str], ...] = (
    ("fax", r"fax|f|fx|t[ée]l[ée]copie|telefax|t[ée]l[ée]fax"),
    (
        "mobile",
        r"mob|mobile|mobil|mobiel|m[óo]vil|port|portable|cell|cellular|cellulare|cel|celular|m|gsm|handy|"
        r"whats\s?app|wa|zap|telem[óo]vel|sms|mb|mo|c",
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
# Company, tax and licence identifiers anywhere before the number on its line ("RCS Paris B 123 456 789",
# "License #0123456", "CNPJ 12.345.678/0001-90", "P.IVA 01234567890", "HRB 12345", "CRECI 12345-F", the Nordic
# "Org.nr." / "CVR" / "Y-tunnus", the Swiss "CHE-…", the Austrian "FN").
_REGISTRATION = re.compile(
    r"\b(?:siret|siren|rcs|tva|vat|naf|ape|iban|bic|capital|cnpj|cpf|nipc|kvk|ust-?id(?:nr)?|lic(?:en[cs]e)?|"
    r"licen[cç]a|reg(?:istration|istro)?|registered|permit|nmls|dre|cslb|ein|duns|abn|acn|hrb|hra|"
    r"steuer\w*|p\.?\s?iva|partita|c\.?f|cif|nif|btw|kbo|uid|mwst|creci|crea|oab|crm|cro|inscri[cç][aã]o|"
    r"company\s+no|org\.?\s?nr|y-tunnus|che|mva|cvr|fn|rpr|rea|firmenbuch\w*|handelsregister|amtsgericht|"
    # Polish (NIP, REGON, KRS) and Czech and Slovak (IČO, DIČ, IČ DPH) firm and tax numbers.
    r"nip|regon|krs|i[čc]o|di[čc]|i[čc]\s?dph)\b\.?",
    re.I,
)
# "#" right before a number marks an identifier ("Lic #123456", "Member # 4567890"), not a phone.
_NUMBER_SIGN_BEFORE = re.compile(r"#\s*:?\s*$")
# Shapes that are never phone numbers: Brazilian CEP (5-3), Portuguese postcode (4-3), CNPJ and CPF.
_NEVER_PHONE = re.compile(r"^\d{5}-\d{3}$|^\d{4}-\d{3}$|^\d{2}\.\d{3}\.\d{3}/\d{4}-\d{2}$|^\d{3}\.\d{3}\.\d{3}-\d{2}$")
# A US ZIP+4 ("94110-2233"); in Brazil the same shape is a mobile number without its area code.
_ZIP_PLUS4 = re.compile(r"^\d{5}-\d{4}$")
_DATE = re.compile(r"^\d{1,4}[./\-]\d{1,2}[./\-]\d{2,4}$")
_STATE_BEFORE = re.compile(r"\b([A-Z]{2})\.?,?\s+$")


def _is_zip_plus4(before: str, number: str, region: str) -> bool:
    """ "CA 94110-2233" is a US ZIP+4 code; "SP 3571-2204" (São Paulo) is a phone number; a bare 5-4 run is a
    ZIP+4 anywhere but on a Brazilian card, where "98123-4570" is a mobile."""
    if not _ZIP_PLUS4.match(number):
        return False
    state = _STATE_BEFORE.search(before)
    return bool(state and state.group(1) in US_STATES) or region != "BR"


def as_decision(regions: Regions) -> RegionDecision:
    """The region decision behind ``regions`` (country codes: the first one, as if the card showed it)."""
    if isinstance(regions, RegionDecision):
        return regions
    return card_region(regions[0] if regions else "FR")


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


def _parse(text: str, region: str | None) -> phonenumbers.PhoneNumber | None:
    try:
        parsed = phonenumbers.parse(text, region)
    except phonenumbers.NumberParseException:
        return None
    return parsed if phonenumbers.is_valid_number(parsed) else None


def _e164(parsed: phonenumbers.PhoneNumber) -> str:
    return phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.E164)


def guess_e164(number: str, regions: Regions) -> tuple[str | None, int | None]:
    """E.164 and phonenumbers' number type, in the card's region only.

    A number printed with its country code ("+55 …", "0033 …") is its own country's; a national one is read in
    the card's region and has no E.164 when it is not valid there, or when that region is only the default
    guess (``E164_FROM_DEFAULT_REGION``); its type (mobile or not) is still given. Digits that only make sense
    with a country code printed without "+" ("81 312 45 6789") count when that code is the card's country.
    """
    decision = as_decision(regions)
    digits = re.sub(r"\D", "", number)
    before_digits = number[: len(number) - len(number.lstrip(" (+"))]
    if "+" in before_digits or digits.startswith("00"):
        own = _parse("+" + digits[2:] if digits.startswith("00") and "+" not in before_digits else number, None)
        return (_e164(own), phonenumbers.number_type(own)) if own else (None, None)
    national = _parse(number, decision.region)
    if national is not None:
        trusted = decision.from_card or E164_FROM_DEFAULT_REGION
        return (_e164(national) if trusted else None), phonenumbers.number_type(national)
    if decision.from_card and 10 <= len(digits) <= 14 and not digits.startswith("0"):
        prefixed = _parse("+" + digits, None)
        if prefixed is not None and phonenumbers.region_code_for_number(prefixed) == decision.region:
            return _e164(prefixed), phonenumbers.number_type(prefixed)
    return None, None


def _spans(line: str, regions: Regions) -> list[tuple[int, int]]:
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


def _split_with_matcher(piece: str, regions: Regions) -> list[tuple[int, int]]:
    """Numbers run together ("650 555 0142 408 555 0199"): cut between digit groups where every part
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
            gain = 2.0 if guess_e164(piece[a:b], regions)[1] is not None else 1.0  # a type: valid
            if j not in best or best[j][0] < score + gain:
                best[j] = (score + gain, [*parts, (a, b)])
    result = best.get(len(groups))
    return result[1] if result and len(result[1]) >= 2 else []


def _not_a_phone(before: str, number: str, region: str) -> bool:
    """Postcodes, identifiers and dates printed like numbers ("Cep 01014-000", "License #0123456")."""
    compact = number.replace(" ", "")
    return bool(
        _DATE.match(compact)
        or _NEVER_PHONE.match(compact)
        or _NOT_PHONE_BEFORE.search(before)
        or _REGISTRATION.search(before)
        or _NUMBER_SIGN_BEFORE.search(before)
        or _is_zip_plus4(before, compact, region)
    )


def _address_numbers(line: str, start: int, end: int, decision: RegionDecision) -> bool:
    """A run of digits that holds the postcode of the card's own country before its town: a building number
    and the postcode on one address line ("Street 1234/56 · 120 00 Town", "Street 12/4, 03-723 Town") read
    as one number. Only on a card that shows its country (``country_postal``'s shapes are that country's)."""
    if not decision.from_card:
        return False
    found = find_country_postal(line[start:], decision.region)
    if found is None:
        return False
    code_start = start + line[start:].find(found.code)
    return code_start < end


def find_phones(line: str, regions: Regions) -> list[FoundPhone]:
    """Every phone number on one line, with the kind its label (before or after it) gives; ``regions`` is the
    card's region decision (or country codes, the first taken as the card's)."""
    decision = as_decision(regions)
    candidates: list[tuple[int, int, str]] = []
    for start, raw_end in _spans(line, decision):
        end = raw_end
        number = _repair_run(line[start:end]).strip()
        if number.count("(") != number.count(")"):
            number = number.strip("()").strip()
        digits = re.sub(r"\D", "", number)
        if not 7 <= len(digits) <= 15 or _not_a_phone(line[:start], number, decision.region):
            continue
        if _address_numbers(line, start, end, decision):
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
        e164, number_type = guess_e164(number, decision)
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
    """A label whose number is on the next line ("Tél :" alone, or "Tel: (11) 2745-3310" followed by a
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
