"""What is, and is not, evidence that two contacts are one person: generic mailboxes, nicknames, national numbers.

- A role mailbox (contact@, info@, accueil@...) belongs to a firm, not to a person: two people at one firm
  share it. The local parts are RFC 2142's ("Mailbox names for common services, roles and functions": info,
  marketing, sales, support, abuse, noc, security, postmaster, hostmaster, usenet, news, webmaster, www, uucp,
  ftp) and those French and English business cards print most (contact, hello, accueil, bonjour...).
- A nickname is the same given name: Bob is Robert, Kate is Catherine, Manu is Emmanuel. The table is short and
  hand-written (English from common usage, French diminutives); no maintained package is installed here (the
  PyPI "nicknames" dataset would be the one to use if it were). Each name maps to one canonical form, so a
  nickname shared by two names (Steph: Stéphane or Stéphanie, JP, Val, Max) is left out rather than guessed.
- A number printed nationally on one card ("020 7946 0018") and in E.164 on another is compared in the region
  the other number, the card or the library says, not in the user's own.
"""

from __future__ import annotations

import re

import phonenumbers

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

# Each group: the canonical given name first, then the names that mean it. Folded (no accents, lower case).
_GROUPS = """
robert bob bobby rob robbie bert
william bill billy will willy liam
catherine kate katie cathy kathy cat cathie katherine kathryn
elizabeth liz lizzie beth betty eliza lisa
margaret maggie meg peggy marge
richard dick rick ricky richie
james jim jimmy jamie
john johnny jack
jonathan jon
joseph joe joey
michael mike mikey mick
thomas tom tommy
anthony tony
andrew andy drew
christopher chris kit christophe
daniel dan danny
david dave davy
edward ed eddie ted ned
nicholas nick nicky
patrick pat paddy
peter pete
samuel sam sammy
steven steve stephen
alexander alex sandy alexandre
benjamin ben benny
charles charlie chuck
frederick fred freddie frederic
henry harry hank
jennifer jen jenny
rebecca becky becca
susan sue suzie
deborah debbie deb
patricia patty trish tricia
victoria vicky tori
alexandra sasha
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
nicolas nico
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
""".strip().splitlines()
NICKNAMES: dict[str, str] = {}
for _group in _GROUPS:
    _canonical, *_variants = _group.split()
    for _name in _variants:
        NICKNAMES.setdefault(_name, _canonical)

_WORDS = re.compile(r"[^\W_]+(?:-[^\W_]+)*")
_DIGITS = re.compile(r"\D")
SUFFIX_DIGITS = 8  # the last digits two spellings of one number share ("020 7946 0018", "+44 20 7946 0018")


def is_role_mailbox(email: str) -> bool:
    """contact@firm.fr, info@..., accueil@...: a firm's inbox, shared by everyone who works there."""
    local = fold(email.partition("@")[0]).replace(".", "").replace("_", "-")
    return local in ROLE_MAILBOXES or local.rstrip("0123456789") in ROLE_MAILBOXES


def canonical_words(name: str) -> list[str]:
    """The folded words of a name, each nickname as its full given name ("Bob Smith" -> robert smith)."""
    words = _WORDS.findall(fold(name))
    return [NICKNAMES.get(word, word) for word in words]


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
