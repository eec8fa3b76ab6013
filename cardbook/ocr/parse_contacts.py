"""E-mail addresses, websites and social profiles, with repairs for the usual OCR confusions.

OCR reads ``@`` as ``©``, dots as commas, inserts spaces after dots ("jean. dupont@x.fr") and turns
``.com`` into ``.corn``. The repairs here only apply inside tokens that already look like an address or a
domain, so ordinary words are never touched.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from cardbook.ocr.lexicon import fold, word_set

# Top-level domains seen on cards; a bare "word.xx" is only a website when xx is one of these, so that
# "S.A." or "D.M.D." never become websites.
TLDS = word_set(
    """
    com net org edu gov mil int info biz name pro io co ai app dev tech online site store shop club agency
    studio design digital email global group immo law legal media news page paris bzh alsace corsica eus cat
    quebec swiss berlin london nyc tokyo fr be ch lu mc ca us uk eu de at nl es pt it br jp cn hk sg in au
    nz ma tn dz sn ci cm re ie se no dk fi pl cz sk hu ro gr ru ua tr il ae sa za mx ar cl pe uy ve tw kr my
    th vn id ph me tv cc fm ly to ws gg je im la is ee lt lv si hr rs ba bg
    """
)

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

# Labels written before a handle: "Skype: jdupont", "Twitter @jdupont", "in/ jdupont".
_HANDLE_LABEL = re.compile(
    r"^\s*(?P<label>skype|twitter|insta(?:gram)?|ig|linked\s?in|facebook|fb|tiktok|github|telegram|"
    r"youtube|pinterest|threads|bluesky|mastodon|x)\s*[:\-/|]?\s*(?P<handle>@?[\w.\-]{2,60})\s*$",
    re.IGNORECASE,
)
# A handle alone on its line, its network's icon not read ("@casa.da.obra"), or what is left of a profile
# address printed beside the icon ("/casadaobra"): no name, firm or title starts with "@" or "/". OCR may
# read a space after a handle's "_" or "." ("@casa_ oficial"): no handle holds one, so it is dropped.
_BARE_HANDLE = re.compile(r"^\s*(?P<handle>[@/][A-Za-z0-9_][\w.]{1,59}(?:(?<=[_.])\s[\w.]{2,30})?)\s*$")

_EMAIL = re.compile(r"(?<![\w.+\-])[\w.+\-']*\w@[\w\-]+(?:\.[\w\-]+)*\.[a-z]{2,24}(?![\w@])", re.IGNORECASE)
_TLD_RE = "|".join(sorted(TLDS, key=len, reverse=True))
_WEBSITE = re.compile(
    r"(?<![\w@.\-])(?:(?:https?|ftp)://)?(?:www\d?\.)?(?:[a-z0-9](?:[a-z0-9\-]*[a-z0-9])?\.)+"
    rf"(?:{_TLD_RE})(?![\w@\-])(?::\d{{2,5}})?(?:/[\w\-./%?=&#~+:@]*)?",
    re.IGNORECASE,
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


def repair_contact_text(line: str) -> str:
    """Undo OCR damage in the address-like parts of a line (e-mail and web), leaving other words alone."""
    # "©" is a misread "@" only inside an address (x©y); a "©" before a space is an icon or a mark.
    text = re.sub(r"(?<=[\w.])\s?©\s?(?=\w)", "@", line)
    text = text.replace("(at)", "@").replace("[at]", "@").replace("＠", "@")
    # "marie @ atelier.fr" → "marie@atelier.fr", but "Instagram @atelier" is a handle after its label.
    text = re.sub(r"(?<=\w)\s*@\s+(?=\w)", "@", text)
    text = re.sub(r"(?<=\w)\s+@(?=\w)", _space_before_at, text)
    # "www," / "www " / "wwwexample.com" → "www.example.com"
    text = re.sub(r"\b(www)\s*[,.]?\s*(?=[a-z0-9\-]+\s*[.,]\s*[a-z]{2,})", r"\1.", text, flags=re.IGNORECASE)
    # Spaces around a dot before a TLD: "exemple .org", "x. com". A comma ("exemple,fr") only on lines that
    # are surely addresses (an @, www or http), else "Palo Alto,CA" would become a website.
    text = re.sub(rf"(?<![\w.\-])([a-z0-9][a-z0-9.\-]*)\s*\.\s*(?=(?:{_TLD_RE}|corn|c0m)\b(?![@\-]))", r"\1.", text)
    if re.search(r"@|www|https?:", text, flags=re.IGNORECASE):
        text = re.sub(rf"(?<=[\w\-]),(?=(?:{_TLD_RE}|corn|c0m)\b(?![@\-]))", ".", text, flags=re.I)
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


_HANDLE_LABELS = word_set("instagram insta twitter x tiktok threads telegram mastodon bluesky")


def _space_before_at(match: re.Match[str]) -> str:
    """Keep "label @handle" apart; join "jean.dupont @exemple.fr" (OCR added a space)."""
    before = match.string[: match.start()].split()
    label = before[-1].lower().rstrip(":") if before else ""
    return match.group(0) if label in _HANDLE_LABELS else "@"


def _fix_tld(domain: str) -> str:
    parts = domain.split(".")
    last = parts[-1].lower()
    if last in _TLD_FIXES:
        parts[-1] = _TLD_FIXES[last]
    elif last not in TLDS and last.replace("0", "o") in TLDS:
        parts[-1] = last.replace("0", "o")
    return ".".join(parts)


def find_emails(line: str) -> list[Found]:
    text = repair_contact_text(line)
    found: list[Found] = []
    for match in _EMAIL.finditer(text):
        local, _, domain = match.group(0).strip(".'").partition("@")
        domain = _fix_tld(domain.strip(".-"))
        if "." not in domain or not local or domain.rsplit(".", 1)[-1].lower() not in TLDS:
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
        if social_network(url) is not None:
            continue
        found.append(Found(url, match.start(), match.end()))
    return found


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
        if labelled and not _EMAIL.search(text):
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
_SECOND_LEVEL = word_set(
    """
    co com org net gov edu ac gouv asso ne or go
    """
)


def main_domain_label(domain: str) -> str:
    labels = [label for label in fold(domain).split(".") if label and label != "www"]
    if len(labels) >= 3 and labels[-2] in _SECOND_LEVEL:
        return labels[-3]
    return labels[-2] if len(labels) >= 2 else (labels[0] if labels else "")


def is_generic_mail_host(domain_label: str) -> bool:
    return domain_label in _GENERIC_MAIL_HOSTS
