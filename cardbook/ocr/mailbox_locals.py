"""A mailbox's local part mended by one letter from the names the card prints.

A local part is most often the person's name, printed larger on the card's name line. Small or thin type
reads one of its letters for a look-alike ("pertl" read "perti", a first "l" read as a capital "I"), and
``mail_names.name_letter_mended`` only compares the local part with a given name and a one-word surname, and
never mends "i" for "l" (the name line confuses them as often). Here the evidence must be stronger than the
mailbox alone:

- a letter a local part cannot print (a capital, a digit among letters: mailboxes are written in lower case)
  is mended when the local part then spells a run of a name line's words as mailboxes write names: initial and
  the rest ("ldelawalker" of "Lynn De la Walker"), or the words squashed;
- an initial "l" and its dot read as one capital "L" (the dot under the stroke's foot: "Lreeves" for
  "l.reeves"), when the rest is a surname the card prints after a given name opening with "l";
- a piece of the local part (split at ".", "_", "-") one look-alike letter away from a word the card prints in
  two places (two lines, or a line and the mailbox's own host: "Nils Pertl", "pertl-partners") is that word:
  two readings of it agree, the mailbox's differs.
"""

from __future__ import annotations

import dataclasses
import itertools
import re
from collections import Counter
from collections.abc import Sequence

from cardbook.ocr.fields import CardLine
from cardbook.ocr.lexicon import fold
from cardbook.ocr.mail_names import MIN_SPELLED_LETTERS
from cardbook.ocr.mailbox_hosts import confused_letter
from cardbook.ocr.parse_contacts import main_domain_label, repair_contact_text

_MAILBOX = re.compile(r"(?<![\w.+\-'])(?P<local>[\w.+\-']*\w)@(?P<host>[a-z0-9\-]+(?:\.[a-z0-9\-]+)+)", re.I)
# A piece of a local part shorter than this spells a printed word one letter off by chance ("ana", "ava").
MIN_MENDED_PIECE = 4
# The places a word must be printed in (lines, the mailbox's host) to outvote the mailbox's reading of it.
MIN_PRINTINGS = 2
# A name line's run of words written as a local part: up to this many (given name, particles, surname).
_MOST_NAME_WORDS = 4


def _name_texts(lines: Sequence[CardLine]) -> list[str]:
    """The card's lines without a contact (where names are printed)."""
    return [line.text for line in lines if "@" not in line.text and not any(ch.isdigit() for ch in line.text)]


def _name_forms(texts: list[str]) -> set[str]:
    """Each run of two to ``_MOST_NAME_WORDS`` words of ``texts`` written as a local part, squashed: the first
    word's initial then the rest ("ldelawalker"), and all of it ("lynndelawalker")."""
    forms: set[str] = set()
    for text in texts:
        words = re.findall(r"[^\W\d_]+", fold(text))
        for start in range(len(words)):
            for end in range(start + 2, min(len(words), start + _MOST_NAME_WORDS) + 1):
                run = words[start:end]
                forms |= {run[0][0] + "".join(run[1:]), "".join(run)}
    return {form for form in forms if len(form) >= MIN_MENDED_PIECE}


def _by_forms(local: str, forms: set[str]) -> str | None:
    """``local`` with its one letter a mailbox cannot print (a capital, a digit) mended so that it spells one of
    the name ``forms`` squashed; None when no single form so fits."""
    odd = [index for index, char in enumerate(local) if char.isupper() or char.isdigit()]
    if len(odd) != 1 or sum(char.isdigit() for char in local) > 1:
        return None
    kept = [index for index, char in enumerate(local) if char not in "._-+'"]
    squashed = "".join(local[index] for index in kept).lower()
    position = kept.index(odd[0])
    fits = {
        form
        for form in forms
        if len(form) == len(squashed) and confused_letter(squashed, form) and form[position] != squashed[position]
    }
    if len(fits) != 1:
        return None
    form = fits.pop()
    return local[: odd[0]].lower() + form[position] + local[odd[0] + 1 :].lower()


# An initial and the dot after it read as one capital: the dot sits where the capital's foot ends.
_FOOTED_INITIALS = {"L": "l"}


def _initial_with_dot(local: str, texts: list[str]) -> str | None:
    """``local`` written "l.surname" when read "Lsurname" and a line of ``texts`` prints a given name opening
    with that letter then the surname; else None."""
    initial = _FOOTED_INITIALS.get(local[:1])
    rest = local[1:]
    if initial is None or len(rest) < MIN_MENDED_PIECE or not rest.isalpha() or not rest.islower():
        return None
    for text in texts:
        words = re.findall(r"[^\W\d_]+", fold(text))
        if any(given.startswith(initial) and last == rest for given, last in itertools.pairwise(words)):
            return f"{initial}.{rest}"
    return None


def _printings(texts: list[str], host_label: str) -> Counter[str]:
    """How many of the card's name lines print each word (three letters or more), plus one when the mailbox's
    host holds it."""
    counts: Counter[str] = Counter()
    for text in texts:
        counts.update({word for word in re.findall(r"[^\W\d_]+", fold(text)) if len(word) >= MIN_SPELLED_LETTERS})
    for word in list(counts):
        if len(word) >= MIN_MENDED_PIECE and word in host_label:
            counts[word] += 1
    return counts


def _by_printed_words(local: str, printings: Counter[str]) -> str:
    """``local`` with each piece one look-alike letter away from exactly one word printed ``MIN_PRINTINGS``
    times (and not itself printed) written as that word."""

    def mended(match: re.Match[str]) -> str:
        piece = match.group(0)
        folded = fold(piece)
        if len(folded) < MIN_MENDED_PIECE or printings[folded] or len(folded) != len(piece):
            return piece
        meant = {
            word
            for word, count in printings.items()
            if count >= MIN_PRINTINGS and len(word) == len(folded) and confused_letter(folded, word)
        }
        return meant.pop() if len(meant) == 1 else piece

    return re.sub(r"[^._\-+']+", mended, local)


def mend_mailbox_locals(lines: Sequence[CardLine]) -> list[CardLine]:
    """``lines`` with each mailbox's local part mended by one letter from the card's names (module docstring)."""
    if not any("@" in line.text for line in lines):
        return list(lines)
    texts = _name_texts(lines)
    forms = _name_forms(texts)
    result: list[CardLine] = []
    for line in lines:
        if "@" not in line.text:
            result.append(line)
            continue

        def mended(match: re.Match[str]) -> str:
            local = match.group("local")
            fixed = _initial_with_dot(local, texts) or _by_forms(local, forms)
            if fixed is None:
                fixed = _by_printed_words(local, _printings(texts, main_domain_label(match.group("host"))))
            return f"{fixed}@{match.group('host')}"

        text = repair_contact_text(line.text)
        new = _MAILBOX.sub(mended, text)
        result.append(dataclasses.replace(line, text=new) if new != text else line)
    return result
