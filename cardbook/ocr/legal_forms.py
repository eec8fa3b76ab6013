"""Legal forms written as one ("SARL", "GmbH", "Ltda.", "S.A.", "S/A", "S.r.l.", "B.V."): the surest sign of a
company line, and never part of a name or a title.

Besides the lexicon's forms, the dotted and several-word forms of ``cleanco``'s term data (a maintained list
of business entity types by country: "Sp. z o.o.", "sp.k.", "s.c.", "S.n.c.", "GmbH & Co. KG", "S. en C.")
count at the end of a line, where a form is printed: a hand list misses the forms of countries nobody here
wrote down. The dotted suffixes of Faker's company providers add the forms cleanco lacks ("S.Com.", "S.Coop.",
"e.V."): a dotted form read as the end of a line is what stops a web address's repair from gluing the next
line's first word to it as a top-level domain ("S.Com." + "Su")."""

from __future__ import annotations

import functools
import importlib
import re

from cleanco.termdata import terms_by_country, terms_by_type

from cardbook.ocr.lexicon import DOTTED_LEGAL_FORMS, LEGAL_FORMS, fold

# OCR's digit for a letter in a dotted form ("Sp. z 0.0."): read back as the letter where that makes a form.
_DIGIT_FOR_LETTER = str.maketrans("01", "ol")


def _squashed(text: str) -> str:
    return re.sub(r"[\s./&]", "", fold(text))


@functools.cache
def _data_forms() -> tuple[frozenset[str], frozenset[str]]:
    """cleanco's forms written with dots (one word, squashed: "spk") and of several words (squashed: "spzoo")."""
    terms = {term for group in (*terms_by_type.values(), *terms_by_country.values()) for term in group}
    terms |= {fold(term) for term in _faker_suffixes()}
    dotted = frozenset(
        _squashed(t) for t in terms if " " not in t.strip() and "." in t.strip(".") and len(_squashed(t)) >= 2
    )
    several = frozenset(_squashed(t) for t in terms if " " in t.strip() and len(_squashed(t)) >= 3)
    return dotted, several


# Faker's company providers whose suffixes are legal forms cleanco lacks ("S.Com.", "S.Coop.", "S.A.T." of Spain;
# "e.V.", "e.G." of Germany): the locales of the cards the reader is judged on, Latin script only.
FAKER_FORM_LOCALES = ("es_ES", "de_DE", "de_AT", "de_CH", "pt_PT", "pt_BR", "pl_PL", "cs_CZ", "sk_SK", "hu_HU", "hr_HR")


@functools.cache
def _faker_words() -> frozenset[str]:
    """The one-word suffixes of Faker's company providers written with a dot ("S.Com.", "Lda.", "Kft."): its
    words without one ("Group", "Gruppen") are no forms."""
    suffixes: set[str] = set()
    for locale in FAKER_FORM_LOCALES:
        provider = importlib.import_module(f"faker.providers.company.{locale}").Provider
        suffixes |= {str(term).strip() for term in provider.company_suffixes if " " not in str(term).strip()}
    return frozenset(term for term in suffixes if "." in term)


def _faker_suffixes() -> set[str]:
    """Faker's dotted suffixes with a dot inside ("S.Com."), squashed with cleanco's."""
    return {term for term in _faker_words() if "." in term.strip(".")}


@functools.cache
def _abbreviated_forms() -> frozenset[str]:
    """Faker's forms abbreviated with a final dot only ("Lda.", "Kft."), folded: matched with their dot."""
    return frozenset(fold(term) for term in _faker_words() if "." not in term.rstrip(".") and len(term) >= 3)


def _ends_with_data_form(raw: list[str]) -> bool:
    """The line's last word is a dotted form of the data ("s.c."), or its last two to four words a form of
    several words ("Sp. z o.o.", "S. en C.")."""
    dotted, several = _data_forms()
    last = raw[-1]
    if "." in last.rstrip(".") and _squashed(last) in dotted:
        return True
    if last.endswith(".") and fold(last) in _abbreviated_forms():
        return True  # "Lda.", "Kft.": the dot says it is the abbreviation, not a word
    return any(_squashed(" ".join(raw[-count:])) in several for count in (2, 3, 4) if len(raw) > count)


def has_legal_form(text: str) -> bool:
    """A legal form ("SARL", "GmbH", "Ltda.", "S.A.", "S/A", "S.r.l.", "B.V.") written as one.

    Some forms are also ordinary words ("as", "me", "co", "sa"): in lower case they only count at the
    end of the line, where a legal form is printed; capitalised or dotted forms count anywhere."""
    raw = [token.strip(",;:()") for token in text.split()]
    raw = [token for token in raw if token]
    for position, token in enumerate(raw):
        folded = fold(token).rstrip(".")
        squashed = re.sub(r"[./]", "", folded)
        last = position == len(raw) - 1
        dotted = "." in token.rstrip(".") or "/" in token
        if dotted and squashed in DOTTED_LEGAL_FORMS | LEGAL_FORMS:
            return True
        if folded in LEGAL_FORMS:
            # Two letters ("as", "me", "co") are ordinary words unless written as a form: "AS", "ME", "Co"; with an
            # accent they are a word or a name ("Sá", "Mé"), forms being written without.
            written = token[:1].isupper() and token.isascii() if len(folded) <= 2 else True
            if written and (last or (token[:1].isupper() and len(folded) >= 3)):
                return True
        if last and squashed in DOTTED_LEGAL_FORMS and not token.islower() and (len(squashed) > 2 or token.isascii()):
            return True
    return bool(raw) and _ends_with_data_form(raw)


def repair_legal_form(text: str) -> str:
    """A legal form at the end of a line whose "l" OCR read as "I" ("S.r.I.") or whose letters it read as digits
    ("Sp. z 0.0."): written back as the form. Only a last word that is no form as read, but one with each "I"
    beside a lower-case letter as "l", or with "0" and "1" as "o" and "l" inside a dotted word."""
    head, _, last = text.rstrip().rpartition(" ")
    if has_legal_form(last):
        return text
    fixed = re.sub(r"(?<=[a-z.])I|I(?=[a-z.])", "l", last) if "I" in last else last
    if fixed != last and has_legal_form(fixed):
        return f"{head} {fixed}" if head else fixed
    # "Sp. z 0.0.": digits inside a dotted last word, letters in the form ("o.o.")
    letters = last.translate(_DIGIT_FOR_LETTER)
    if letters != last and "." in last.rstrip(".") and not has_legal_form(text) and has_legal_form(f"{head} {letters}"):
        return f"{head} {letters}" if head else letters
    return text
