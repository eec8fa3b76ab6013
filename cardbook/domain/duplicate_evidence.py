"""What is, and is not, evidence that two contacts are one person: generic mailboxes, nicknames, national numbers.

- A role mailbox (contact@, info@, accueil@...) belongs to a firm, not to a person: two people at one firm
  share it. The local parts are RFC 2142's ("Mailbox names for common services, roles and functions": info,
  marketing, sales, support, abuse, noc, security, postmaster, hostmaster, usenet, news, webmaster, www, uucp,
  ftp) and those French and English business cards print most (contact, hello, accueil, bonjour...).
- A nickname is the same given name: Bob is Robert, Kate is Catherine, Manu is Emmanuel. The table is the PyPI
  "nicknames" dataset (about 2,700 hand-curated English name/nickname pairs, maintained), with a short supplement
  of what it lacks: French diminutives (Manu, Fanfan, Seb, Vero...) and Catherine's Kate (it files Kate under
  Katherine only). A name is compared under itself and under each full name it is a nickname of, never
  through a nickname to another full name: Steph is Stéphane's and Stéphanie's, so "Steph Martin" may be either,
  but Stéphane and Stéphanie are never made one through it (a nickname shared by two names is not guessed for
  one of them). A nickname of more than MAX_CANONICALS names (Chris, Fred, Al) says too little and is not used.
- A number printed nationally on one card ("020 7946 0018") and in E.164 on another is compared in the region
  the other number, the card or the library says, not in the user's own.
"""

from __future__ import annotations

import itertools
import re
from collections import defaultdict
from functools import cache

import phonenumbers
from nicknames import name_triplets

from cardbook.domain.text import fold

_ROLE_LINES = (
    # RFC 2142
    "info marketing sales support abuse noc security postmaster hostmaster usenet news webmaster www uucp ftp",
    # what business cards print, in English and French
    "contact contacts hello hi office admin team enquiries enquiry inquiries reception mail email help service",
    "services customerservice customer-service billing accounts accounting invoices jobs careers recruitment",
    "press media hr noreply no-reply donotreply bonjour accueil secretariat direction commercial commerciaux",
    "compta comptabilite facturation factures rh recrutement emploi presse serviceclient service-client",
    "clients devis reservation reservations boutique magasin atelier agence cabinet bureau courrier",
)
ROLE_MAILBOXES = frozenset(word for line in _ROLE_LINES for word in line.split())

# What the "nicknames" dataset lacks. Each line: the full given name first, then its nicknames. Folded.
_SUPPLEMENT = """
emmanuel manu
emmanuelle manue
francois fanfan
francoise francine fanny
jean-baptiste jb
jean-christophe jc
jean-francois jef
jean-marc jm
dominique dom
guillaume guigui
maxime max
nathalie nath
philippe phil
sebastien seb
thierry titi
veronique vero
virginie virgi
caroline caro
isabelle isa
mathilde mathou
marie-christine marie-chris
sophie soso
alexandre alex
catherine kate katie
""".strip().splitlines()
MAX_CANONICALS = 8  # a nickname of more full names than this (chris: 18) is not evidence of anything
MAX_KEYS = 16  # the forms of one name compared (a name of several nicknames has a product of them)


@cache
def _full_names() -> dict[str, tuple[str, ...]]:
    """Nickname -> the full given names it stands for (folded, sorted)."""
    found: dict[str, set[str]] = defaultdict(set)
    for triplet in name_triplets():  # "robert has_nickname bob"
        found[fold(triplet.name2)].add(fold(triplet.name1))
    for line in _SUPPLEMENT:
        full, *nicknames = line.split()
        for nickname in nicknames:
            found[nickname].add(full)
    return {nick: tuple(sorted(names - {nick})) for nick, names in found.items() if len(names) <= MAX_CANONICALS}


_WORDS = re.compile(r"[^\W_]+(?:-[^\W_]+)*")
_DIGITS = re.compile(r"\D")
SUFFIX_DIGITS = 8  # the last digits two spellings of one number share ("020 7946 0018", "+44 20 7946 0018")


def is_role_mailbox(email: str) -> bool:
    """contact@firm.fr, info@..., accueil@...: a firm's inbox, shared by everyone who works there."""
    local = fold(email.partition("@")[0]).replace(".", "").replace("_", "-")
    return local in ROLE_MAILBOXES or local.rstrip("0123456789") in ROLE_MAILBOXES


def given_name_forms(word: str) -> tuple[str, ...]:
    """A folded word, then each full given name it is a nickname of ("bob" -> bob, bert, bobby, robert)."""
    return (word, *_full_names().get(word, ()))


def canonical_keys(name: str) -> list[str]:
    """The forms a name is compared under, each its sorted folded words: first the name itself, then with each
    nickname as a full name it stands for ("Bob Smith" -> "bob smith", ..., "robert smith")."""
    options = [given_name_forms(word) for word in _WORDS.findall(fold(name))]
    keys = (" ".join(sorted(combo)) for combo in itertools.product(*options))
    return list(dict.fromkeys(itertools.islice(keys, MAX_KEYS)))


def number_suffix(number: str) -> str | None:
    """The last digits of a number, for putting two spellings of it in one block; None when too short."""
    digits = _DIGITS.sub("", number)
    return digits[-SUFFIX_DIGITS:] if len(digits) >= SUFFIX_DIGITS else None


def region_of(e164: str) -> str | None:
    try:
        return phonenumbers.region_code_for_number(phonenumbers.parse(e164, None))
    except phonenumbers.NumberParseException:
        return None


def national_as_e164(number: str, region: str) -> str | None:
    """A number printed without its country, read in `region` (None when it is not a possible number there)."""
    if len(number) > 64:
        return None
    try:
        parsed = phonenumbers.parse(number, region)
    except phonenumbers.NumberParseException:
        return None
    if not phonenumbers.is_possible_number(parsed):
        return None
    return phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.E164)
