"""A mailbox's host mended from what the card prints elsewhere: its website, its phones' country, its lines.

A mailbox is the smallest or thinnest print of many cards (6-7 pt, light weights), and OCR loses or changes one
of its letters where the website, printed as small but with fewer letters, or the firm's name, printed larger,
reads right. ``host_evidence.agree_hosts`` settles two addresses one letter apart only when a line spells one of
them or two addresses outvote the third; this module takes the cases it leaves, each on the card's evidence
(nothing is guessed from the mailbox alone):

- ``lost_suffix``: the top-level domain lost whole ("x@firm-name" at the line's end, a faint or cut ".dk"),
  when another address of the card prints that host with a suffix ("www.firm-name.dk");
- ``suffix_from_card``: a top-level domain one letter off ("fitzone.ar" for ".gr") is written as the card's
  other address with the same host prints it, or as the country of the card's phones ("+30": ".gr"), when that
  country's domain is the other one or the one read is no top-level domain of the Public Suffix List. Two
  real, different suffixes on one card (a ".com" mailbox, a ".de" website) stay: firms use both;
- ``host_letter``: a host one letter away from another address's host, neither spelled by a line, is written
  as the one whose pieces are words ("winter-joinery" against "winter-oinery": English writes "joinery"), or
  as a run of a line's words spells it with one letter small type confuses ("Henderson LLP" for
  "hendersonilp": ``host_evidence`` only compares a line's words from its start).
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Sequence

from cardbook.ocr.accents import english_counts
from cardbook.ocr.fields import CardLine
from cardbook.ocr.host_evidence import MIN_AGREED_HOST, hosts_per_line, one_edit, phone_tlds
from cardbook.ocr.lexicon import words_of
from cardbook.ocr.mailbox_cut_suffix import completed_suffix
from cardbook.ocr.parse_contacts import main_domain_label, repair_contact_text
from cardbook.ocr.web_suffixes import split_suffix, top_level_domains

# A mailbox whose host has no dot: "x@firm-name" then the line's end, a space or punctuation.
_UNSUFFIXED = re.compile(r"(?P<mail>[\w.+\-']*\w@(?P<host>[a-z0-9][a-z0-9\-]*[a-z0-9]))(?=$|[\s,;)])", re.I)
# A mailbox and its host, the host's last label its top-level domain.
_MAILBOX = re.compile(r"[\w.+\-']*\w@(?P<host>[a-z0-9\-]+(?:\.[a-z0-9\-]+)+)", re.I)
# Letters thin small type reads one for the other in a host (a stroke lost or gained): "l" read "i", "1" or
# "j" (and those three for each other); "e" read "c"; "b" read "h"; "o" read "0". Chosen from ``mail_names``'
# and ``web_lines``' confusions before measuring, not tuned. Only these count when a line's words are the
# evidence (a host and a line one arbitrary letter apart may be two names).
_CONFUSED_PAIRS = frozenset(frozenset(pair) for pair in ("il", "1l", "jl", "ij", "i1", "ec", "bh", "o0"))
# Letters printed as one thin stroke, which OCR reads one for another: a line printing them is no better
# evidence than the host.
_STROKES = frozenset("ilj1I|!")
# Lines whose words are compared with a host: a name line's run of this many words at most ("Smith &
# Henderson LLP" gives "hendersonllp"); a host seldom squashes more. Chosen, not tuned.
_MOST_RUN_WORDS = 4


def _other_hosts(lines: Sequence[CardLine], position: int) -> set[str]:
    """The hosts of the addresses printed on the card's other lines, lower case, without "www."."""
    return {host for index, hosts in enumerate(hosts_per_line(lines)) if index != position for host in hosts}


def lost_suffix(text: str, others: set[str]) -> str:
    """``text`` with a mailbox whose host has no suffix completed by the suffix the card's other address with
    that host prints; as read when none does, or two suffixes compete."""

    def completed(match: re.Match[str]) -> str:
        host = match.group("host").lower()
        suffixes = {suffix for other in others for name, suffix in [split_suffix(other)] if name == host}
        return f"{match.group('mail')}.{suffixes.pop()}" if len(suffixes) == 1 else match.group(0)

    return _UNSUFFIXED.sub(completed, text) if "@" in text else text


def _one_letter_apart(first: str, second: str) -> bool:
    return len(first) == len(second) and sum(a != b for a, b in zip(first, second, strict=True)) == 1


def suffix_from_card(text: str, others: set[str], countries: set[str]) -> str:
    """``text`` with a mailbox's top-level domain one letter off written as the card's evidence spells it
    (see the module's docstring): ``others``, the card's other hosts; ``countries``, its phones' domains."""
    known = top_level_domains()

    def mended(match: re.Match[str]) -> str:
        host = match.group("host")
        name, suffix = split_suffix(host)
        last = suffix.rsplit(".", 1)[-1]
        real = not known or last in known
        printed = {other.rsplit(".", 1)[-1] for other_name, other in map(split_suffix, others) if other_name == name}
        meant = {
            candidate
            for candidate in printed | countries
            if _one_letter_apart(candidate, last)
            # a real suffix read gives way only to two sources agreeing: the other address and the phones
            and (candidate in countries or not real)
            and (candidate in printed or not real)
        }
        if len(meant) != 1:
            return match.group(0)
        start = match.start("host") - match.start()
        return match.group(0)[:start] + host[: len(host) - len(last)] + meant.pop()

    return _MAILBOX.sub(mended, text) if "@" in text else text


def _word_letters(label: str) -> int:
    """How many letters of ``label``'s pieces (split at "-") are English words: any word pyspellchecker's list
    holds (its floor is 50 uses; a trade's word, "joinery", is no more). Only two spellings of one host one
    letter apart are compared, so the rarer words count too; a misread piece ("oinery") is seldom a word."""
    counts = english_counts()
    return sum(len(piece) for piece in label.split("-") if piece in counts)


def _doubtful_letters(token: str, text: str) -> list[bool]:
    """For each letter of ``token`` (a folded word of ``text``), whether the line prints it as a thin stroke OCR
    reads for another (``_STROKES``); all of them when the word is not found as printed (accents folded)."""
    printed = _printed_at(token, text)
    if printed is None:
        return [True] * len(token)
    return [char in _STROKES for char in text[printed : printed + len(token)]]


def _printed_at(token: str, text: str) -> int | None:
    """Where ``token`` is printed in ``text`` at a word's start, letter case aside (the first such place), found
    without a regular expression: a pattern per word of every card filled the `re` module's cache of 512 and
    pushed out the parser's and phonenumbers' own patterns, which were then compiled again on every card
    (docs/measuring/speed-and-memory.md, "Less Python holding the GIL per card")."""
    lowered, wanted = text.lower(), token.lower()
    if len(lowered) != len(text):  # a letter whose lower case is longer ("İ"): the places would shift
        found = re.search(rf"(?<!\w)(?i:{re.escape(token)})", text)
        return None if found is None else found.start()
    start = lowered.find(wanted)
    while start >= 0:
        before = text[start - 1] if start else ""
        if not (before.isalnum() or before == "_"):
            return start
        start = lowered.find(wanted, start + 1)
    return None


def _runs(lines: Sequence[CardLine]) -> dict[str, frozenset[int]]:
    """Runs of up to ``_MOST_RUN_WORDS`` neighbouring words of the card's lines without an address, squashed,
    each with where in it the line prints a thin stroke (``_doubtful_letters``)."""
    runs: dict[str, frozenset[int]] = {}
    for line in lines:
        if "@" in line.text or "www" in line.text.lower() or re.search(r"\w\.\w", line.text):
            continue
        tokens = words_of(line.text)
        doubtful = [_doubtful_letters(token, line.text) for token in tokens]
        for start in range(len(tokens)):
            for end in range(start + 1, min(len(tokens), start + _MOST_RUN_WORDS) + 1):
                flags = [flag for marks in doubtful[start:end] for flag in marks]
                runs["".join(tokens[start:end])] = frozenset(at for at, flag in enumerate(flags) if flag)
    return runs


def confused_letter(read: str, meant: str) -> bool:
    """Whether ``read`` is ``meant`` (as long) with exactly one letter changed, a pair of ``_CONFUSED_PAIRS``."""
    changed = [frozenset((a, b)) for a, b in zip(read, meant, strict=True) if a != b]
    return len(changed) == 1 and changed[0] in _CONFUSED_PAIRS


def _confused_from(label: str, runs: dict[str, frozenset[int]]) -> str | None:
    """The run ``label`` (no "-") spells with one letter of ``_CONFUSED_PAIRS`` changed, when exactly one does
    and the line prints that letter as no thin stroke (a capital "L": "Henderson LLP"); a line's "l", "i" or
    capital "I" is misread as often as the host's ("Hori" for "Horl", "lronPoint" for "IronPoint")."""
    spelled = {
        run
        for run, strokes in runs.items()
        if len(run) == len(label)
        and confused_letter(label, run)
        and not any(label[at] != run[at] for at in strokes if at < len(run))
    }
    return spelled.pop() if len(spelled) == 1 else None


def host_letter(text: str, others: set[str], runs: dict[str, frozenset[int]]) -> str:
    """``text`` with a host one letter off written as the card's evidence spells it (module's docstring)."""
    labels = {main_domain_label(other) for other in others}

    def mended(match: re.Match[str]) -> str:
        host = match.group("host")
        label = main_domain_label(host)
        if len(label) < MIN_AGREED_HOST or label.replace("-", "") in runs:
            return match.group(0)
        meant: str | None = None
        if "-" not in label:
            meant = _confused_from(label, runs)
        if meant is None:
            near = [other for other in labels if other != label and one_edit(label, other)]
            near = [other for other in near if other.replace("-", "") not in runs]
            better = [other for other in near if _word_letters(other) > _word_letters(label)]
            meant = better[0] if len(near) == 1 and better else None
        if meant is None:
            return match.group(0)
        mended_host = re.sub(rf"(?<![\w\-]){re.escape(label)}(?=\.)", meant, host, flags=re.I)
        return match.group(0)[: match.start("host") - match.start()] + mended_host

    return _MAILBOX.sub(mended, text) if "@" in text else text


def mend_mailbox_hosts(lines: Sequence[CardLine]) -> list[CardLine]:
    """``lines`` with each mailbox's host mended from the card's other addresses, phones and lines."""
    if not any("@" in line.text for line in lines):
        return list(lines)
    countries = phone_tlds([line.text for line in lines])
    runs = _runs(lines)
    result: list[CardLine] = []
    for position, line in enumerate(lines):
        if "@" not in line.text:
            result.append(line)
            continue
        others = _other_hosts(lines, position)
        text = repair_contact_text(line.text)
        mended = completed_suffix(lost_suffix(text, others), others)  # ".co" cut from ".co.uk" (``mailbox_cut_suffix``)
        mended = host_letter(suffix_from_card(mended, others, countries), others, runs)
        result.append(dataclasses.replace(line, text=mended) if mended != text else line)
    return result
