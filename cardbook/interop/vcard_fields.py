"""vCard values Cardbook holds beside the card's own fields: dates, instant messaging, kinds of emails, addresses
and phones, other names — read from the spellings real writers use and written back in vCard 3.0's.

Dates: RFC 2426 BDAY ("1980-04-15", "19800415", with a time), RFC 6350's year-less "--0415", Apple's
X-APPLE-OMIT-YEAR (1604). Anniversaries: RFC 6350 ANNIVERSARY, X-ANNIVERSARY (Android, Evolution's
X-EVOLUTION-ANNIVERSARY), Windows Contacts' X-WAB-WEDDING_ANNIVERSARY, Outlook's X-MS-ANNIVERSARY, Apple's
X-ABDATE labelled _$!<Anniversary>!$_. Instant messaging: RFC 4770 IMPP (a URI), the X-AIM/X-JABBER/... family
and KDE's X-messaging/<protocol>-All.
"""

from __future__ import annotations

import re

ANNIVERSARY_PROPERTIES = {
    "ANNIVERSARY", "X-ANNIVERSARY", "X-EVOLUTION-ANNIVERSARY", "X-WAB-WEDDING_ANNIVERSARY", "X-MS-ANNIVERSARY",
}  # fmt: skip
# One protocol per X- property, and the URI scheme its handles take.
IM_PROPERTIES = {
    "X-AIM": "aim", "X-ICQ": "icq", "X-JABBER": "xmpp", "X-MSN": "msnim", "X-YAHOO": "ymsgr", "X-SKYPE": "skype",
    "X-SKYPE-USERNAME": "skype", "X-GOOGLE-TALK": "xmpp", "X-GTALK": "xmpp", "X-QQ": "qq", "X-GADUGADU": "gg",
    "X-GROUPWISE": "groupwise", "X-TWITTER-IM": "twitter", "X-MATRIX": "matrix",
}  # fmt: skip
_KDE_SCHEMES = {"xmpp": "xmpp", "jabber": "xmpp", "msn": "msnim", "yahoo": "ymsgr", "gadu": "gg", "icq": "icq"}
_KDE_IM = re.compile(r"^X-MESSAGING/([A-Z0-9]+)-ALL$")
_SCHEME = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*:")
_DATE = re.compile(r"^(\d{4}|--)-?(\d{2})-?(\d{2})")
_OMITTED_YEAR = "1604"  # Apple's year for "no year" (X-APPLE-OMIT-YEAR=1604)
PHONE_LABELS = ("pager", "main", "text", "car", "video", "textphone", "isdn", "assistant")
_LABEL_WORDS = {"sms": "text", "msg": "text", "company": "main", "iphone": "", "x-assistant": "assistant"}


def im_scheme(name: str) -> str | None:
    """The URI scheme of an instant-messaging property name ("X-JABBER" -> "xmpp"), None when it is not one."""
    if name in IM_PROPERTIES:
        return IM_PROPERTIES[name]
    match = _KDE_IM.match(name)
    if match:
        protocol = match.group(1).lower()
        return _KDE_SCHEMES.get(protocol, protocol)
    return None


def im_uri(value: str, scheme: str | None) -> str:
    """A handle as a URI ("ada@jabber.org" from X-JABBER -> "xmpp:ada@jabber.org"); one already a URI is kept."""
    value = value.strip()
    if not value or _SCHEME.match(value) or scheme is None:
        return value
    return f"{scheme}:{value}"


def iso_date(value: str, omit_year: bool = False) -> str | None:
    """A vCard date as ISO 8601 text: "1980-04-15", or "--04-15" when the year is unknown. Text that is not a
    date ("April"), kept as found: a date the user wrote is not thrown away."""
    text = value.strip()
    match = _DATE.match(text)
    if not match:
        return text[:64] or None
    year, month, day = match.groups()
    if not (1 <= int(month) <= 12 and 1 <= int(day) <= 31):
        return text[:64]
    if omit_year or year in ("--", _OMITTED_YEAR):
        return f"--{month}-{day}"
    return f"{year}-{month}-{day}"


def email_kind(types: list[str], label: str = "") -> str | None:
    """ "home", "work" or "other" from a TYPE list or an Apple label; None when the file does not say."""
    words = set(types) | ({label} if label else set())
    for kind in ("home", "work", "other"):
        if kind in words:
            return kind
    return None


def address_kind(types: list[str], label: str = "") -> str:
    return email_kind(types, label) or "work"


def phone_label(types: list[str], label: str = "") -> str:
    """The finer kind of a phone ("pager", "main", "text"...) from its TYPE values or its Apple label."""
    words = [_LABEL_WORDS.get(w, w) for w in [*types, label]]
    found = next((w for w in words if w in PHONE_LABELS), "")
    if not found and "fax" in types and "home" in types:
        return "home"  # a home fax: the kind says fax, this says whose
    return found


def phone_types(base: str, label: str) -> str:
    """The TYPE parameter of a phone: the kind's types (phones.VCARD_TYPES) with the finer label added."""
    if label == "home" and "FAX" in base:
        return "HOME,FAX"
    if label not in PHONE_LABELS:
        return base
    extra = "X-ASSISTANT" if label == "assistant" else label.upper()
    return extra if base == "VOICE" and label == "pager" else f"{base},{extra}"
