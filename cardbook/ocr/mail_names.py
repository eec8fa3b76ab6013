"""An e-mail's local part put back together from what OCR split or glued, by the names the card prints.

OCR reads a space inside a local part ("piersa nti@…", "helge.ha nsen@…"), drops its dot ("anna
berg@…": a space can never be printed there, a dot can) or glues a label's letter to it ("Eamy.davison@…",
the "E" label). The finder then keeps only what follows the space, or the label's letter. The evidence is the
card's other lines: a local part is most often the person's name, so a fragment that, joined back, spells
words printed elsewhere on the card belongs to it; a letter whose removal makes the local part spell them
was glued on. Only words of three letters or more of the lines without a contact count (initials and
labels prove nothing)."""

from __future__ import annotations

import itertools
import re

from cardbook.ocr.lexicon import fold

# Words this short are initials or particles: they spell too much by chance.
MIN_SPELLED_LETTERS = 3

_FRAGMENT = re.compile(r"([A-Za-zÀ-ÿ][\w.\-]*)\s+$")


def _pieces(local: str) -> list[str]:
    return [piece for piece in re.split(r"[._\-]+", fold(local)) if piece]


def _spelled(local: str, words: set[str]) -> bool:
    pieces = _pieces(local)
    return bool(pieces) and all(piece in words and len(piece) >= MIN_SPELLED_LETTERS for piece in pieces)


def spelled_local(local: str, words: set[str]) -> bool:
    """Whether the card's ``words`` spell every piece of ``local`` (split at ".", "_", "-")."""
    return _spelled(local, words)


def card_words(texts: list[str]) -> set[str]:
    """The folded words of three letters or more of the card's lines that hold no contact (where names are
    printed; a contact line's labels, "Email", are no one's name)."""
    return {
        word
        for text in texts
        if "@" not in text and not any(ch.isdigit() for ch in text)
        for word in re.findall(r"\w+", fold(text))
        if len(word) >= MIN_SPELLED_LETTERS
    }


def mended_local(text: str, start: int, email: str, words: set[str]) -> tuple[str, int]:
    """(the e-mail, where it starts in ``text``) with a split-off fragment before it joined back or a glued
    letter removed, when the card's other ``words`` then spell its local part; else as found."""
    local, _, domain = email.partition("@")
    whole = _spelled(local, words)
    before = _FRAGMENT.search(text[:start])
    if before is not None:
        fragment = before.group(1)
        # a space inside a word (neither piece a word alone), or a dot OCR read as a space (both words)
        for joint, alone in (("", False), (".", True)):
            joined = f"{fragment}{joint}{local}".lower()
            if _spelled(joined, words) and _spelled(fragment, words) == alone and whole == alone:
                return f"{joined}@{domain}", before.start(1)
    if whole:
        return email, start
    # a capital glued before a whole "first.last" (one letter before a single word is the given name's initial)
    glued = text[start : start + 1].isupper() and len(_pieces(local[1:])) >= 2
    if glued and _spelled(local[1:], words):
        return f"{local[1:]}@{domain}", start + 1
    return email, start


# OCR reads a capital "I" opening a word as "l" ("lan", "lronPoint"): a word so read, which the card's
# e-mail local part or domain spells with "I", is written with it.
_L_FOR_I = re.compile(r"(?<![\w@.])l(?=[a-z]{2,})")


def capital_i_from_mail(text: str, spellings: list[str]) -> str:
    """``text`` with each word opening with "l" written with "I" when ``spellings`` (the e-mails' local
    parts and domains, folded) spell it so and not as read."""
    flat = [fold(spelling) for spelling in spellings]

    def mend(match: re.Match[str]) -> str:
        word = re.match(r"\w+", text[match.start() :])
        if word is None:
            return match.group(0)
        read, meant = fold(word.group(0)), "i" + fold(word.group(0))[1:]
        spelt = any(meant in spelling and read not in spelling for spelling in flat)
        return "I" if spelt and len(meant) >= MIN_SPELLED_LETTERS else match.group(0)

    return _L_FOR_I.sub(mend, text)


# Letters small type confuses in a local part, each read for the other: "b" read "h" ("thartel" for "tbartel"),
# "e" read "c", "l" read "1" or a capital "I" (local parts are printed in lower case: a capital read there is a
# misread). "i" and "l" in lower case are not swapped: the name's own line confuses them as often ("lan" for
# "Ian"), so it is no better evidence than the address. A local part is mended by one such letter only.
_CONFUSED_LETTERS = {"h": "b", "b": "h", "I": "l", "1": "l", "c": "e", "e": "c", "0": "o"}


def _name_spellings(texts: list[str]) -> set[str]:
    """What a person's name written as a local part gives, for each two neighbouring words of the card's lines
    that hold no contact: "tbartel", "tobiaszbartel", "bartel", "tobiasz", "tobiaszb" (separators squashed)."""
    forms: set[str] = set()
    for text in texts:
        if "@" in text or any(ch.isdigit() for ch in text):
            continue
        words = re.findall(r"\w+", fold(text))
        for first, last in itertools.pairwise(words):
            if len(first) < MIN_SPELLED_LETTERS or len(last) < MIN_SPELLED_LETTERS:
                continue
            forms |= {first[0] + last, first + last, last + first, first + last[0], last + first[0]}
    return forms


def squashed_local(local: str) -> str:
    """A local part in small letters without its separators (".", "_", "-"), as names are compared with it."""
    return re.sub(r"[._\-]", "", local.lower())


def name_letter_mended(email: str, read: str, texts: list[str]) -> str:
    """``email`` with one letter of its local part written back when, so mended, the local part spells a name
    of the card's ``texts`` (initial and surname, given name and surname, …) and as read it spells none.
    ``read``: the local part as the line prints it (its capitals)."""
    local, _, domain = email.partition("@")
    forms = _name_spellings(texts)
    if not forms or squashed_local(local) in forms or read.lower() != local:
        return email
    mended = {
        candidate
        for index, char in enumerate(read)
        if (meant := _CONFUSED_LETTERS.get(char)) is not None
        and squashed_local(candidate := local[:index] + meant + local[index + 1 :]) in forms
    }
    return f"{mended.pop()}@{domain}" if len(mended) == 1 else email
