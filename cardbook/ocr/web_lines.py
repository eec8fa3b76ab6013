"""A web or e-mail address printed across two lines, joined back before the lines are parsed.

A long address wraps on a narrow card after a hyphen or a dot ("www.valedosol-" over
"turismo.com.br"): read line by line, the first piece is no address and the second a wrong one. The
two lines are joined only when the first line ends with a piece of an address (it holds a dot, "www",
a scheme or an "@" and ends with "-" or ".") and the piece and the next line's first word make one
address whole, nothing of the word left over. An icon printed before the second line may be read as
a mark or two ("> design"); it is dropped with the join.

``agree_with_lines``: a domain OCR read with a confusion of small type ("1" read "l", "0" read "o", "m"
read "rn": "alpainting.com") written as a line of the card in larger type spells it ("A-1 Painting Inc."):
a firm's domain copies its name, and the name's line is read better than the small contact lines.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Sequence

from cardbook.ocr.cut_web_lines import with_cut_websites
from cardbook.ocr.fields import CardLine
from cardbook.ocr.glued_host_dots import restore_glued_dots
from cardbook.ocr.host_evidence import agree_hosts, at_sign_from_host, restore_lost_dots
from cardbook.ocr.host_firm_spelling import hosts_from_firm_lines, locals_from_firm_lines
from cardbook.ocr.legal_forms import has_legal_form
from cardbook.ocr.lexicon import LEGAL_FORMS, words_of
from cardbook.ocr.mailbox_hosts import mend_mailbox_hosts
from cardbook.ocr.mailbox_locals import mend_mailbox_locals
from cardbook.ocr.parse_contacts import find_emails, find_websites, main_domain_label, repair_contact_text
from cardbook.ocr.spaced_hosts import joined_spaced_hosts
from cardbook.ocr.webmail_hosts import webmail_dots, with_webmail_hosts

# The end of a line that is the first piece of an address: "www.valedosol-", "hello@casa-", "x.com."
_HEAD = re.compile(r"(?:^|\s)(?P<piece>(?:https?://)?[\w.+\-']*(?:[.@]|www)[\w.+\-'@]*[.\-])$", re.IGNORECASE)
# The start of the next line: an icon's marks (no letters or digits), then the address's rest.
_TAIL = re.compile(r"^\s*(?:[^\w\s]{1,2}\s+){0,2}(?P<rest>[\w][\w.\-/]*)(?P<after>.*)$")


def _whole(address: str) -> bool:
    """Whether ``address`` reads as one e-mail or website, every character of it."""
    found = find_emails(address) if "@" in address else find_websites(address)
    return len(found) == 1 and found[0].start == 0 and found[0].end >= len(address.rstrip(".,;"))


def join_split_addresses(lines: Sequence[CardLine]) -> list[CardLine]:
    """``lines`` with each address cut across two lines written whole on the first; the second keeps
    what follows the address's rest, and is left out when nothing does."""
    result = list(lines)
    position = 0
    while position < len(result) - 1:
        first, second = result[position], result[position + 1]
        head = _HEAD.search(repair_contact_text(first.text).rstrip())
        tail = _TAIL.match(second.text)
        if head is not None and tail is not None:
            piece = head.group("piece")
            joined = piece + tail.group("rest")
            if not _whole(piece) and _whole(joined) and not _legal_form_ending(piece):
                after = tail.group("after").strip()
                result[position] = dataclasses.replace(first, text=first.text.rstrip() + tail.group("rest"))
                if after:
                    result[position + 1] = dataclasses.replace(second, text=after)
                else:
                    del result[position + 1]
        position += 1
    return result


def _legal_form_ending(piece: str) -> bool:
    """ "S.Com.", "S.Coop.": a dotted legal form ends the firm's name on its line; the next line's first word
    ("Su socio de confianza") is no top-level domain of it. An address's piece holds "www", "@" or a scheme."""
    return has_legal_form(piece) and not re.search(r"www|@|://", piece, re.IGNORECASE)


# A domain label is compared with the card's lines only when it is this long: short labels ("a1", "lo")
# spell many things by chance.
MIN_AGREED_LETTERS = 4
# What small type's letters and digits are read as, each folded to one form to compare spellings.
_CONFUSED = str.maketrans({"1": "l", "0": "o", "|": "l"})


def _confusable(text: str) -> str:
    return text.lower().replace("rn", "m").translate(_CONFUSED)


def _as_printed_l(label: str, text: str) -> str:
    """``label`` (folded to lower case) with each "i" the line printed as a capital "I" written "l": a domain is
    printed in lower case, and a sans-serif "l" read by OCR comes back a capital "I" ("Invidracaria" for
    "lnvidracaria"). A lower-case "i" stays: the domain printed it, and the line's "l" is then the misreading."""
    printed = re.search(re.escape(label), text, flags=re.IGNORECASE)
    if printed is None or "I" not in printed.group():
        return label
    return "".join("l" if mark == "I" else letter for letter, mark in zip(label, printed.group(), strict=True))


def _spellings(text: str) -> set[str]:
    """A line's words squashed from its start ("a1paintinginc", "a1painting", "a1"), legal forms aside."""
    tokens = words_of(text)
    while tokens and tokens[-1] in LEGAL_FORMS:
        tokens.pop()
    return {"".join(tokens[:size]) for size in range(1, len(tokens) + 1)}


def agree_with_lines(lines: Sequence[CardLine]) -> list[CardLine]:
    """``lines`` with each e-mail's and website's domain label that a line of the card (no address on
    it) spells the same but for OCR's confusions written as that line spells it."""
    addressed: dict[int, set[str]] = {}
    spellings: set[str] = set()
    for line in lines:
        text = repair_contact_text(line.text)
        domains: list[str] = []
        if "." in text:  # no address without a dot: the finders' patterns are costly on every line
            domains = [found.value.partition("@")[2] for found in find_emails(text)]
            domains += [found.value.split("/")[0] for found in find_websites(text)]
        if domains or "@" in text:
            addressed[line.index] = {main_domain_label(domain) for domain in domains}
        else:
            spellings |= _spellings(line.text)
    result = list(lines)
    if not any(addressed.values()):
        return result
    for position, line in enumerate(result):
        for label in addressed.get(line.index, ()):
            if len(label) < MIN_AGREED_LETTERS or not label.isalnum():
                continue
            confusable = _confusable(_as_printed_l(label, line.text))
            spelled = [word for word in spellings if word != label and _confusable(word) == confusable]
            if len(spelled) != 1:
                continue
            text = re.sub(
                rf"(?<![\w\-]){re.escape(label)}(?=[.@])", spelled[0], repair_contact_text(line.text), flags=re.I
            )
            result[position] = dataclasses.replace(line, text=text)
    return result


def repair_web_lines(lines: Sequence[CardLine]) -> list[CardLine]:
    """The card's lines with hosts cut by a space joined (``spaced_hosts``), addresses cut across two lines
    joined, dots OCR lost before a top-level domain the card shows written back (``host_evidence``), then their
    domains agreed with the card's other lines and with each other; a mailbox's host and local part last
    (``mailbox_hosts``, ``mailbox_locals``). Session 18 added a "Web" line cut after its host's dot completed from
    the e-mail (``cut_web_lines``), "@gmail com" given its dot and a free-mail host one letter off written as the
    provider's (``webmail_hosts``), and hosts and shop mailboxes a few letters off the firm's line written as that
    line spells them (``host_firm_spelling``)."""
    # "www.tra pliver.pl" beside "juliusz@trapliver.pl"; "devis@vidalfr" beside "www.vidal.fr"
    joined = with_cut_websites(restore_glued_dots(join_split_addresses(joined_spaced_hosts(lines))))  # cut_web_lines
    agreed = agree_with_lines(at_sign_from_host(restore_lost_dots(webmail_dots(joined))))
    # "casadakuz" under "Casa da LUZ"; a shop's mailbox misread the same way (``host_firm_spelling``)
    hosts_agreed = agree_hosts(locals_from_firm_lines(hosts_from_firm_lines(agreed)))
    return mend_mailbox_locals(mend_mailbox_hosts(with_webmail_hosts(hosts_agreed)))  # "notmail.com" (webmail_hosts)
