"""E-mail addresses, websites and social profiles, with repairs for the usual OCR confusions.

OCR reads ``@`` as ``©``, dots as commas, inserts spaces after dots ("jean. dupont@x.fr") and turns
``.com`` into ``.corn``. The repairs here only apply inside tokens that already look like an address or a
domain, so ordinary words are never touched.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from cardbook.ocr.lexicon import fold, word_set
from cardbook.ocr.web_suffixes import suffix_length, top_level_domains

# Top-level domains seen on cards; a bare "word.xx" is only a website when xx is one of these, so that
# "S.A." or "D.M.D." never become websites. Any other top-level domain of the Public Suffix List
# (``ALL_TLDS``: ".realty", ".coffee") ends an e-mail's domain, and a website's when the line says it is
# one (``_surely_web``).
TLDS = word_set(
    """
    com net org edu gov mil int info biz name pro io co ai app dev tech online site store shop club agency
    studio design digital email global group immo law legal media news page paris bzh alsace corsica eus cat
    quebec swiss berlin london nyc tokyo fr be ch lu mc ca us uk eu de at nl es pt it br jp cn hk sg in au
    nz ma tn dz sn ci cm re ie se no dk fi pl cz sk hu ro gr ru ua tr il ae sa za mx ar cl pe uy ve tw kr my
    th vn id ph me tv cc fm ly to ws gg je im la is ee lt lv si hr rs ba bg
    """
)
ALL_TLDS = TLDS | top_level_domains()

SOCIAL_HOSTS: dict[str, str] = {
    "linkedin.com": "linkedin",
    "lnkd.in": "linkedin",
    "twitter.com": "twitter",
    "x.com": "x",
    "instagram.com": "instagram",
    "instagr.am": "instagram",
    "facebook.com": "facebook",
    "fb.com": "facebook",
    "fb.me": "facebook",
    "youtube.com": "youtube",
    "youtu.be": "youtube",
    "tiktok.com": "tiktok",
    "github.com": "github",
    "gitlab.com": "gitlab",
    "pinterest.com": "pinterest",
    "behance.net": "behance",
    "dribbble.com": "dribbble",
    "viadeo.com": "viadeo",
    "xing.com": "xing",
    "medium.com": "medium",
    "t.me": "telegram",
    "wa.me": "whatsapp",
    "vimeo.com": "vimeo",
    "threads.net": "threads",
    "bsky.app": "bluesky",
}

# What an icon printed before an address is read as: one or two marks or letters alone ("©", "æ", "BG").
_ICON_RESIDUE = r"(?:\S{1,2}\s+){0,2}"
# Labels written before a handle: "Skype: jdupont", "Twitter @jdupont", "in/ jdupont".
_HANDLE_LABEL = re.compile(
    r"^\s*" + _ICON_RESIDUE + r"(?P<label>skype|twitter|insta(?:gram)?|ig|linked\s?in|facebook|fb|tiktok|github|"
    r"telegram|youtube|pinterest|threads|bluesky|mastodon|x)\s*[:\-/|]?\s*(?P<handle>@?[\w.\-]{2,60})\s*$",
    re.IGNORECASE,
)
# A handle alone on its line, its network's icon not read ("@casa.da.obra"), or what is left of a profile
# address printed beside the icon ("/casadaobra"): no name, firm or title starts with "@" or "/". OCR may
# read a space after a handle's "_" or "." ("@casa_ oficial"): no handle holds one, so it is dropped. A hyphen
# inside is a profile's address printed as a handle ("@muster-partner", LinkedIn's company pages).
# An icon before the handle may be read as a mark or two ("© @casa.da.obra"); a "/" handle follows
# Facebook's or LinkedIn's icon read as its letter ("f /casadaobra"), never any word ("Av /Paulista").
_BARE_HANDLE = re.compile(
    r"^\s*(?:(?:[^\w\s]{1,2}\s+)?(?:(?:f|fb|in)\s*)?(?=/)|" + _ICON_RESIDUE + r"(?=@))"
    r"(?P<handle>[@/][A-Za-z0-9_](?:[\w.]|-(?=\w)){1,59}(?:(?<=[_.])\s[\w.]{2,30})?)\s*$"
)

_EMAIL = re.compile(r"(?<![\w.+\-])[\w.+\-']*\w@[\w\-]+(?:\.[\w\-]+)*\.[a-z]{2,24}(?![\w@])", re.IGNORECASE)

_Trie = dict[str, "_Trie"]


def _trie_pattern(words: frozenset[str] | set[str]) -> str:
    """An alternation of ``words`` shaped as a tree of their prefixes ("c(?:om|o|a)"), longest first at
    each branch: Python's regex engine tries a flat alternation of the list's 1,300 domains word by word
    at every position, tripling the cost of every line."""
    tree: _Trie = {}
    for word in words:
        node = tree
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}

    def pattern(node: _Trie) -> str:
        branches: list[str] = [re.escape(char) + pattern(child) for char, child in sorted(node.items()) if char]
        branches.sort(key=len, reverse=True)
        if "" in node:
            branches.append("")
        if len(branches) == 1:
            return branches[0]
        return "(?:" + "|".join(branches) + ")"

    return pattern(tree)


_TLD_RE = _trie_pattern(TLDS)
_ALL_TLD_RE = _trie_pattern(ALL_TLDS)
_WEBSITE = re.compile(
    r"(?<![\w@.\-])(?:(?:https?|ftp)://)?(?:www\d?\.)?(?:[a-z0-9](?:[a-z0-9\-]*[a-z0-9])?\.)+"
    rf"(?:{_ALL_TLD_RE})(?![\w@\-])(?::\d{{2,5}})?(?:/[\w\-./%?=&#~+:@]*)?",
    re.IGNORECASE,
)
# What tells that a line holds a web address: an "@", "www", a scheme, or a label such as "Site :",
# "Web:", "Webseite:", "Internet:" (a colon after it: "Web Designer" labels nothing).
_SURELY_WEB = re.compile(
    r"@|www|https?:|\b(?:site|web|website|webseite|homepage|internet|url|sitio|s[ií]tio)\s*:", re.IGNORECASE
)

# Fixes for a top-level domain OCR misread: ".corn", ".c0m", ".con", ".cam"; ".fr" read as ".fir".
_TLD_FIXES = {
    "corn": "com",
    "c0m": "com",
    "con": "com",
    "cam": "com",
    "comn": "com",
    "coin": "com",
    "cor": "com",
    "0rg": "org",
    "orq": "org",
    "n3t": "net",
    "fir": "fr",
    "frr": "fr",
}


@dataclass(frozen=True, slots=True)
class Found:
    value: str
    start: int
    end: int


@functools.lru_cache(maxsize=1024)  # each finder repairs the line again: the same text, repaired once
def repair_contact_text(line: str) -> str:
    """Undo OCR damage in the address-like parts of a line (e-mail and web), leaving other words alone."""
    # "©" is a misread "@" only inside an address (x©y); a "©" before a space is an icon or a mark.
    text = re.sub(r"(?<=[\w.])\s?©\s?(?=\w)", "@", line)
    text = text.replace("(at)", "@").replace("[at]", "@").replace("＠", "@")
    # "marie @ atelier.fr" → "marie@atelier.fr", but "Instagram @atelier" is a handle after its label.
    text = re.sub(r"(?<=\w)\s*@\s+(?=\w)", "@", text)
    text = re.sub(r"(?<=\w)\s+@(?=\w)", _space_before_at, text)
    # "|.martin@" → "l.martin@": a stroke before an initial's dot in a local part is an "l" (no address
    # holds a "|").
    text = re.sub(r"(?<![\w.])\|(?=\.[\w.+\-]*@)", "l", text)
    # "www," / "www " / "wwwexample.com" → "www.example.com"; "www www.example.com" is a "www" label before
    # the address, not a host, and "Wwww.example.com" the "W" label glued to it (``web_residue`` cuts it).
    text = re.sub(
        r"\b(www)\s*[,.]?\s*(?!www\d?\.|w\.)(?=[a-z0-9\-]+\s*[.,]\s*[a-z]{2,})", r"\1.", text, flags=re.IGNORECASE
    )
    # Spaces around a dot before a TLD: "exemple .org", "x. com"; before any top-level domain of the list
    # (".realty") only on lines that are surely addresses. A comma ("exemple,fr") only on those lines too,
    # else "Palo Alto,CA" would become a website.
    sure = bool(_SURELY_WEB.search(text))
    tlds = _ALL_TLD_RE if sure else _TLD_RE
    text = re.sub(rf"(?<![\w.\-])([a-z0-9][a-z0-9.\-]*)\s*\.\s*(?=(?:{tlds}|corn|c0m)\b(?![@\-]))", r"\1.", text)
    if sure:
        text = re.sub(rf"(?<=[\w\-]),(?=(?:{_ALL_TLD_RE}|corn|c0m)\b(?![@\-]))", ".", text, flags=re.I)
        # A top-level domain read with digits at the end of an address: "www.copperleaf.10" (".io").
        text = re.sub(r"(?<=[a-z]\.)[a-z0-9]*\d[a-z0-9]*(?=[/\s]|$)", _digits_in_tld, text, flags=re.I)
    # Inside an e-mail local part: "jean. dupont@" / "jean,dupont@" → "jean.dupont@" (not after a label).
    text = re.sub(r"(?P<left>[a-z][\w\-]*)(?:\s*\.\s+|,)(?=[a-z][\w.\-]*@)", _join_local, text, flags=re.I)
    return text


_LABELS_BEFORE_EMAIL = word_set(
    """
    mail email e-mail courriel e fax tel tél mob web
    """
)


def _join_local(match: re.Match[str]) -> str:
    left = match.group("left")
    if left.lower() in _LABELS_BEFORE_EMAIL:
        return match.group(0)
    return left + "."


_HANDLE_LABELS = word_set(
    "instagram insta ig twitter x tiktok threads telegram mastodon bluesky facebook fb linkedin skype github youtube"
)
# A word of a local part: what an e-mail address is written with.
_LOCAL_WORD = re.compile(r"[\w.+\-']+", re.ASCII)


def _space_before_at(match: re.Match[str]) -> str:
    """Keep "label @handle" and "icon @handle" apart; join "jean.dupont @exemple.fr" (OCR added a space).
    An icon read as the line's first word is marks ("©", "æ") or one or two capitals ("BG"): no e-mail's
    local part."""
    before = match.string[: match.start()].split()
    word = before[-1] if before else ""
    if word.lower().rstrip(":") in _HANDLE_LABELS:
        return match.group(0)
    icon = len(before) == 1 and (not _LOCAL_WORD.fullmatch(word) or (len(word) <= 2 and word.isupper()))
    return match.group(0) if icon else "@"


# Letters OCR reads as digits in a top-level domain (".10" for ".io", ".c0m"): tried when the domain
# read is none.
_DIGIT_LETTERS = {"0": "o", "1": "il", "5": "s", "8": "b"}


def _fix_tld(domain: str) -> str:
    parts = domain.split(".")
    last = parts[-1].lower()
    if last in _TLD_FIXES:
        parts[-1] = _TLD_FIXES[last]
    elif last not in ALL_TLDS:
        parts[-1] = _tld_read_as_digits(last) or parts[-1]
    return ".".join(parts)


def _tld_read_as_digits(read: str) -> str | None:
    """The one top-level domain of ``TLDS`` that ``read`` spells with digits for letters (".10" → "io"),
    or None: none, or more than one (".1o" could be ".io" or ".lo")."""
    readings = [""]
    for char in read.lower():
        readings = [reading + letter for reading in readings for letter in _DIGIT_LETTERS.get(char, char)]
    known = [reading for reading in readings if reading in TLDS]
    return known[0] if len(known) == 1 else None


def _digits_in_tld(match: re.Match[str]) -> str:
    return _tld_read_as_digits(match.group(0)) or match.group(0)


def find_emails(line: str) -> list[Found]:
    text = repair_contact_text(line)
    found: list[Found] = []
    for match in _EMAIL.finditer(text):
        local, _, domain = match.group(0).strip(".'").partition("@")
        domain = _fix_tld(domain.strip(".-"))
        if "." not in domain or not local or domain.rsplit(".", 1)[-1].lower() not in ALL_TLDS:
            continue
        found.append(Found(f"{local}@{domain}".lower(), match.start(), match.end()))
    return found


def _clean_url(url: str) -> str:
    url = url.rstrip(".,;:)/")
    url = re.sub(r"^(?:https?|ftp)://", "", url, flags=re.IGNORECASE)
    host, slash, path = url.partition("/")
    return _fix_tld(host.lower()) + (slash + path if path else "")


def social_network(url: str) -> str | None:
    host = re.sub(r"^www\d?\.", "", url.split("/")[0].lower())
    return SOCIAL_HOSTS.get(host)


def find_websites(line: str) -> list[Found]:
    """Web addresses outside e-mails; social-network URLs are returned by ``find_social`` instead."""
    text = repair_contact_text(line)
    email_spans = [(m.start(), m.end()) for m in _EMAIL.finditer(text)]
    found: list[Found] = []
    for match in _WEBSITE.finditer(text):
        if any(start <= match.start() < end for start, end in email_spans):
            continue
        url = _clean_url(match.group(0))
        host = url.split("/")[0]
        labels = host.split(".")
        if not _plausible_host(labels, match.group(0)):
            continue
        if labels[-1] not in TLDS and not _surely_web(text, match):
            continue
        if social_network(url) is not None:
            continue
        found.append(Found(url, match.start(), match.end()))
    return found


def _surely_web(text: str, match: re.Match[str]) -> bool:
    """Whether an address ending in a top-level domain cards seldom print (".realty") is one: written with
    "www", a scheme or a path, after a label ("Site :"), or alone on its line (an icon's marks aside)."""
    raw = match.group(0)
    if raw.lower().startswith(("www", "http")) or "/" in raw or _SURELY_WEB.search(text[: match.start()]):
        return True
    rest = (text[: match.start()] + " " + text[match.end() :]).split()
    return all(len(word) <= 2 and not word.isdigit() for word in rest)


def _plausible_host(labels: list[str], raw: str) -> bool:
    """Reject abbreviations that merely look like domains ("S.A", "Av.Paulista.sp", "e.g")."""
    named = [label for label in labels[:-1] if label != "www"]
    if not named:
        return False
    if raw.lower().startswith(("www", "http")) or "/" in raw:
        return True
    # A bare domain needs a real name before the TLD (2+ letters) and mostly lower-case or all-caps text.
    longest = max(len(label) for label in named)
    return longest >= 3 or (longest >= 2 and len(labels) == 2)


def find_social(line: str) -> list[Found]:
    text = repair_contact_text(line)
    found: list[Found] = []
    for match in _WEBSITE.finditer(text):
        url = _clean_url(match.group(0))
        if social_network(url) is not None and "/" in url:
            found.append(Found(re.sub(r"^www\d?\.", "", url), match.start(), match.end()))
    if not found:
        labelled = _HANDLE_LABEL.match(text) or _BARE_HANDLE.match(text)
        if labelled and not find_emails(text):
            handle = re.sub(r"\s+", "", labelled.group("handle")).rstrip(".").lstrip("/")
            found.append(Found(handle, labelled.start("handle"), labelled.end("handle")))
    return found


def email_parts(email: str) -> tuple[str, str]:
    """("jean.dupont", "exemple") for jean.dupont@mail.exemple.fr: local part and main domain label."""
    local, _, domain = email.partition("@")
    return local, main_domain_label(domain)


_GENERIC_MAIL_HOSTS = word_set(
    """
    gmail googlemail hotmail outlook live msn yahoo ymail aol icloud me mac free orange wanadoo sfr laposte
    neuf bbox numericable gmx web protonmail proton mail uol bol terra ig globo
    """
)


def main_domain_label(domain: str) -> str:
    """The label before the public suffix: "exemple" of mail.exemple.fr, "casa" of casa.com.br."""
    labels = [label for label in fold(domain).split(".") if label and label != "www"]
    if len(labels) < 2:
        return labels[0] if labels else ""
    return labels[-1 - suffix_length(labels)]


def is_generic_mail_host(domain_label: str) -> bool:
    return domain_label in _GENERIC_MAIL_HOSTS
