"""People no name list holds, for ``unknown_name_set``: given names (and half the surnames) built from the
syllables of several naming traditions, every candidate a list the parser reads knows thrown away.

The other proxies draw their people from Faker, and the parser's first-name data (``names_data``: gender-guesser's
file plus every Faker person provider) holds every Faker first name, so on them a card's person always has a known
first name. Real cards do not: Brazilian creative and compound spellings, transliterated Korean, Japanese and
Chinese names, West African, Arabic, Indian and Slavic names, invented Western ones. Here each tradition is a
pool of onsets and endings joined by chance (the way such names are formed), and a candidate is kept only when
neither the parser's table nor gender-guesser nor any Faker locale's first or last names, nor English's word
counts, list it or any of its parts. What the card prints is a style of the tradition: given name first,
"Given SURNAME", the family name first in capitals ("KIM Min-jun"), initials ("J. R. Name", "A.-L. Name").
"""

from __future__ import annotations

import importlib
import pkgutil
import random
from dataclasses import dataclass
from functools import cache

from cardbook.ocr.accents import english_counts
from cardbook.ocr.lexicon import COMPANY_WORDS, STREET_WORDS, TITLE_WORDS, fold
from cardbook.ocr.names_data import faker_first_names, first_names, gender_guesser_names


@dataclass(frozen=True)
class Tradition:
    key: str
    given_onsets: tuple[str, ...]
    given_endings: tuple[str, ...]
    surname_onsets: tuple[str, ...]
    surname_endings: tuple[str, ...]
    joiner: str  # between a given name's two syllables: "" ("Seojin") or "-"
    family_first_share: float  # how often the card prints the family name first, in capitals


# Onsets and endings of each tradition's names (how names of that language are formed, not names taken from
# any card): joined by chance, most combinations are names nobody lists.
TRADITIONS: tuple[Tradition, ...] = (
    Tradition(
        "br",
        ("Kau", "Thay", "Wes", "Jhe", "Dayv", "Kely", "Lu", "Mai", "Gil", "Eri", "Wal", "Cle", "Edi", "Ro", "Ja", "Ry"),
        ("ane", "ene", "ison", "lla", "ssa", "mar", "valdo", "derson", "nny", "elly", "ciano", "ãnia", "úcia", "ielle"),
        ("Albu", "Caval", "Ribe", "Sarm", "Bezer", "Tava", "Fur", "Mace", "Guima", "Loure"),
        ("querque", "canti", "iro", "ento", "rra", "res", "tado", "dônio", "rães", "nço"),
        "",
        0.0,
    ),
    Tradition(
        "kr",
        ("Min", "Seo", "Ji", "Hyun", "Woo", "Yeon", "Eun", "Soo", "Hye", "Jae", "Dong", "Sung", "Chan", "Kyu", "Yoon"),
        ("jun", "jin", "woo", "hyuk", "bin", "seok", "ah", "rin", "yeon", "hee", "kyung", "ho", "won", "sol"),
        ("Kim", "Park", "Choi", "Jung", "Kang", "Yoon", "Jang", "Lim", "Hwang", "Kwon", "Seong", "Baek"),
        ("",),
        "",  # "Min-jun" hyphenated reads as two listed syllables (``first_name_weight``): glued, as many print it
        0.5,
    ),
    Tradition(
        "jp",
        ("Haru", "Yu", "Sho", "Ken", "Ryo", "Nao", "Aki", "Tomo", "Kazu", "Masa", "Hide", "Tsu", "Chi", "Fumi"),
        ("to", "ki", "ta", "suke", "mi", "ko", "ya", "hiro", "nori", "kazu", "yo", "e", "ka", "zumi"),
        ("Taka", "Yama", "Hashi", "Mori", "Kawa", "Naka", "Fuji", "Matsu", "Ishi", "Sakura"),
        ("moto", "guchi", "zaki", "hara", "shita", "mura", "oka", "da", "no", "kubo"),
        "",
        0.4,
    ),
    Tradition(
        "cn",
        ("Xiao", "Wei", "Zhi", "Hao", "Yu", "Ming", "Qing", "Xin", "Lei", "Tian", "Jia", "Zhen", "Shu", "Yi"),
        ("hao", "ting", "yang", "xuan", "rui", "feng", "lin", "qian", "wen", "jie", "yun", "han", "zhe"),
        ("Zhang", "Wang", "Liu", "Chen", "Zhao", "Huang", "Zhou", "Xu", "Sun", "Guo", "Luo", "Zheng"),
        ("",),
        "",
        0.4,
    ),
    Tradition(
        "wa",
        ("Olu", "Ade", "Chi", "Ngo", "Ife", "Oba", "Tun", "Nne", "Ebe", "Kwa", "Ayo", "Ola", "Yem", "Ama"),
        ("wale", "bayo", "nedu", "oma", "dike", "funmi", "kemi", "tola", "sola", "buike", "meka", "seyi"),
        ("Okon", "Ade", "Nwa", "Obi", "Eze", "Bala", "Oye", "Aki", "Ona", "Ugo"),
        ("kwu", "yemi", "chukwu", "leke", "dipe", "gbola", "neme", "njoku", "tunde", "fowora"),
        "",
        0.0,
    ),
    Tradition(
        "ar",
        ("Abd", "Nur", "Sha", "Kha", "Zai", "Fa", "Mu", "Ra", "Ha", "Ja", "Sa", "Ta", "Wa", "Ya"),
        ("iha", "nan", "lid", "eeb", "oud", "ira", "ssam", "fiq", "hir", "mil", "zan", "wat", "jid"),
        ("Khat", "Masr", "Hadd", "Qas", "Zahr", "Tam", "Najj", "Raw", "Shalh", "Dabb"),
        ("ari", "adi", "imi", "ani", "awi", "oumi", "ashdeh", "ouri"),
        "",
        0.0,
    ),
    Tradition(
        "in",
        ("Anir", "Pra", "Shre", "Vik", "Har", "Dhru", "Ish", "Kav", "Aar", "Sid", "Ruch", "Tej", "Yash", "Div"),
        ("udh", "veen", "yas", "ansh", "ita", "esh", "ika", "ith", "vika", "raj", "neet", "ansi", "ali"),
        ("Chatur", "Raghu", "Bhatt", "Venka", "Subra", "Kulka", "Deshpa", "Nara", "Sriva", "Ayya"),
        ("vedi", "nathan", "acharya", "taraman", "manian", "rni", "nde", "simhan", "stava", "ngar"),
        "",
        0.0,
    ),
    Tradition(
        "sl",
        ("Mir", "Rad", "Bog", "Sva", "Vla", "Yaro", "Zde", "Lyu", "Dra", "Bra", "Sta", "Vse", "Ljub", "Kse"),
        ("oslav", "omir", "dana", "ena", "ko", "imir", "ava", "ica", "mila", "nija", "slava", "ian"),
        ("Kowal", "Nowa", "Dvor", "Hor", "Pav", "Kraj", "Zel", "Vuk", "Lis", "Sob"),
        ("czyk", "kowski", "ák", "ovský", "enko", "ović", "iński", "ek", "ičová", "anek"),
        "",
        0.1,
    ),
    Tradition(
        "eu",
        ("Mael", "Lio", "Ky", "Bry", "Jay", "Ar", "Dem", "Sol", "Zeph", "Eli", "Ma", "Tyl", "Qui", "Ren"),
        ("lan", "sen", "ia", "enne", "elle", "ian", "iel", "wyn", "ric", "yse", "oria", "ette", "ley"),
        ("Ashby", "Thorn", "Merri", "Carra", "Vander", "Dell", "Brack", "Quill", "Stan", "Holl"),
        ("wick", "dane", "ot", "way", "vane", "ings", "lowe", "mere", "croft", "ebrand"),
        "",
        0.0,
    ),
)
TRADITION_KEYS = tuple(t.key for t in TRADITIONS)
# Tries before a tradition gives up on one name (nearly every draw is kept: its lists hold few of these).
MAX_DRAWS = 200


@cache
def _faker_family_names() -> frozenset[str]:
    """Every Faker locale's family names, folded."""
    import faker.providers.person as person_providers

    names: set[str] = set()
    for module_info in pkgutil.iter_modules(person_providers.__path__):
        module = importlib.import_module(f"{person_providers.__name__}.{module_info.name}")
        provider = getattr(module, "Provider", None)
        listed = vars(provider).get("last_names") if provider is not None else None
        if isinstance(listed, (tuple, list, dict)):
            names |= {fold(name) for name in listed if isinstance(name, str)}
    return frozenset(names)


@cache
def _faker_first_folded() -> frozenset[str]:
    return frozenset(fold(name) for name in faker_first_names())


def _listed(key: str) -> bool:
    """``key`` (folded) is a name some list holds or a word English or the parser's lexicon writes."""
    return (
        key in first_names()
        or key in gender_guesser_names()
        or key in _faker_first_folded()
        or key in _faker_family_names()
        or key in english_counts()
        or key in TITLE_WORDS | COMPANY_WORDS | STREET_WORDS
    )


def known_anywhere(word: str) -> bool:
    """``word`` is a name some list holds (the parser's table, gender-guesser, any Faker locale's first or last
    names) or a word English or the parser's lexicon writes: whole, glued, any of its words, or a hyphenated
    word all of whose parts are (how ``names_data.first_name_weight`` reads "Anne-Sophie")."""
    folded = fold(word).strip(".,-")
    for piece in folded.split():
        parts = [part for part in piece.split("-") if part]
        if _listed(piece) or _listed(piece.replace("-", "")) or all(_listed(part) for part in parts):
            return True
    return _listed(folded) or _listed(folded.replace(" ", "-"))


def _draw(rng: random.Random, onsets: tuple[str, ...], endings: tuple[str, ...], joiner: str) -> str:
    onset, ending = rng.choice(onsets), rng.choice(endings)
    if not ending:
        return onset
    if joiner == "-":
        return f"{onset}-{ending}"
    joined = onset + ending
    return joined[0] + joined[1:].lower()


def unknown_given(rng: random.Random, tradition: Tradition) -> str:
    """A given name of ``tradition`` no list holds."""
    for _ in range(MAX_DRAWS):
        name = _draw(rng, tradition.given_onsets, tradition.given_endings, tradition.joiner)
        if len(fold(name).replace("-", "")) >= 4 and not known_anywhere(name):
            return name
    raise RuntimeError(f"no unknown given name in {tradition.key}")


def unknown_surname(rng: random.Random, tradition: Tradition) -> str:
    """A family name of ``tradition`` no list holds (single-syllable traditions may fall back on a listed one:
    the caller then says the surname is a known one)."""
    name = ""
    for _ in range(MAX_DRAWS):
        name = _draw(rng, tradition.surname_onsets, tradition.surname_endings, "")
        if not known_anywhere(name):
            return name
    return name


@dataclass(frozen=True)
class UnknownPerson:
    given: str  # as the mailbox spells it from (initials cards: the initials' full given name)
    surname: str
    printed: str  # the name as the card prints it (no credential, no title)
    tradition: str
    style: str  # how the card prints it: "given_first", "surname_caps", "family_first", "initials"
    surname_unknown: bool


def person(rng: random.Random, faker_surname: str) -> UnknownPerson:
    """One person: a tradition drawn at random, an unknown given name, an unknown surname half the time (else
    ``faker_surname``, the card's locale's), printed in one of the tradition's styles."""
    tradition = rng.choice(TRADITIONS)
    given = unknown_given(rng, tradition)
    if rng.random() < 0.3 and tradition.key in ("br", "eu", "wa", "in"):
        second = unknown_given(rng, tradition)  # compound given names ("Maria Eduarda" as Brazil forms them)
        given = f"{given} {second}" if second != given else given
    surname_unknown = rng.random() < 0.5
    surname = unknown_surname(rng, tradition) if surname_unknown else faker_surname
    surname_unknown = surname_unknown and not known_anywhere(surname)
    roll = rng.random()
    if roll < tradition.family_first_share:
        style, printed = "family_first", f"{surname.upper()} {given}"
    elif roll < tradition.family_first_share + 0.12 and " " not in given:
        initials = _initials(rng, given)
        style, printed = "initials", f"{initials} {surname}"
    elif rng.random() < 0.3:
        style, printed = "surname_caps", f"{given} {surname.upper()}"
    else:
        style, printed = "given_first", f"{given} {surname}"
    return UnknownPerson(given, surname, printed, tradition.key, style, surname_unknown)


def _initials(rng: random.Random, given: str) -> str:
    """ "J. R." (a middle initial) or "A.-L." (a hyphenated given name's initials) or "J." alone."""
    first = given[0].upper()
    other = rng.choice("ABCDEFGHJKLMNPRSTW")
    return rng.choice((f"{first}. {other}.", f"{first}.-{other}.", f"{first}."))


def mailbox(rng: random.Random, found: UnknownPerson) -> str:
    """The e-mail's local part: it spells the name half the time (first.last, flast, first), else a shared box."""
    given = slug(found.given.split()[0])
    surname = slug(found.surname.split()[-1])
    if rng.random() < 0.5:
        return rng.choice((f"{given}.{surname}", f"{given[0]}{surname}", given))
    return rng.choice(SHARED_BOXES)


SHARED_BOXES = ("contact", "info", "office", "hello")


def slug(text: str) -> str:
    """Letters only, unaccented and lower case, as a mailbox spells a name."""
    import unicodedata

    plain = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return "".join(ch for ch in plain.lower() if ch.isalnum())
