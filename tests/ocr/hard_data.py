"""Invented people, titles, companies, addresses and phone formats for the hard synthetic sets, by language.

Plausible, not real: common first names and surnames of each country, titles as printed there,
companies with the country's legal forms (SARL, Ltd/Inc., Ltda., GmbH, S.L., S.r.l.), addresses with the
country's postcode format (5 digits, ZIP, CEP 00000-000, PLZ, CAP with province), phones in the
country's own format, and e-mails/websites on the country's TLD. ``make_phone`` writes digits drawn by
the caller's random generator, so a seed gives the same cards on every machine.
"""

from __future__ import annotations

import random
from dataclasses import dataclass


@dataclass(frozen=True)
class Country:
    lang: str
    tld: str
    first_names: tuple[str, ...]
    surnames: tuple[str, ...]
    titles: tuple[str, ...]
    companies: tuple[tuple[str, str], ...]  # (name as printed with legal form, domain label)
    streets: tuple[str, ...]  # "{n}" is the house number
    cities: tuple[str, ...]  # "{pc}" is the postcode
    labels: tuple[str, str, str]  # work, mobile, fax labels as printed
    work: str  # phone pattern: "d" is a random digit
    mobile: str
    taglines: tuple[str, ...]


COUNTRIES: dict[str, Country] = {
    "fr": Country(
        "fr",
        "fr",
        ("Camille", "Julien", "Manon", "Théo", "Léa", "Hugo", "Chloé", "Mathieu"),
        ("Moreau", "Lambert", "Fournier", "Girard", "Bonnet", "Mercier", "Faure", "Chevalier"),
        ("Responsable logistique", "Chargé d'affaires", "Directrice générale", "Architecte d'intérieur"),
        (
            ("Atelier Mercier SARL", "atelier-mercier"),
            ("Optique Lambert SAS", "optique-lambert"),
            ("Bati Sud EURL", "batisud"),
        ),
        ("{n} rue des Lilas", "{n} avenue Victor Hugo", "{n} boulevard Gambetta"),
        ("{pc} Nantes", "{pc} Dijon", "{pc} Grenoble"),
        ("Tél.", "Mob.", "Fax"),
        "0d dd dd dd dd",
        "06 dd dd dd dd",
        ("Depuis 1987", "Votre projet, notre métier"),
    ),
    "en": Country(
        "en",
        "com",
        ("Emily", "James", "Olivia", "Daniel", "Grace", "Ryan", "Hannah", "Kevin"),
        ("Walker", "Bennett", "Hughes", "Foster", "Coleman", "Reed", "Parker", "Hayes"),
        ("Senior Account Manager", "Operations Director", "Project Engineer", "Marketing Coordinator"),
        (
            ("Bennett & Hayes LLC", "bennetthayes"),
            ("Summit Dental Group Inc.", "summitdental"),
            ("Redwood Analytics Ltd", "redwoodanalytics"),
        ),
        ("{n} Market Street, Suite 400", "{n} Oak Avenue", "{n} W Lake Street"),
        ("Portland, OR {pc}", "Austin, TX {pc}", "Denver, CO {pc}"),
        ("Tel", "Cell", "Fax"),
        "(ddd) ddd-dddd",
        "ddd-ddd-dddd",
        ("Trusted since 1998", "Clear numbers, better decisions"),
    ),
    "pt": Country(
        "pt",
        "com.br",
        ("Ana", "João", "Mariana", "Rafael", "Beatriz", "Lucas", "Fernanda", "Tiago"),
        ("Silva", "Santos", "Oliveira", "Souza", "Pereira", "Costa", "Rodrigues", "Almeida"),
        ("Gerente Comercial", "Diretora Financeira", "Consultor de Vendas", "Engenheiro Civil"),
        (
            ("Construtora Almeida Ltda.", "construtoraalmeida"),
            ("Padaria Pão Dourado Ltda.", "paodourado"),
            ("Costa & Filhos ME", "costaefilhos"),
        ),
        ("Rua das Palmeiras, {n}", "Av. Brasil, {n} - Centro", "Rua Sete de Setembro, {n}"),
        ("{pc} Campinas - SP", "{pc} Curitiba - PR", "{pc} Recife - PE"),
        ("Tel.", "Cel.", "Fax"),
        "(dd) dddd-dddd",
        "(dd) 9dddd-dddd",
        ("Qualidade que você confia", "Atendimento de segunda a sábado"),
    ),
    "de": Country(
        "de",
        "de",
        ("Anna", "Lukas", "Sophie", "Jonas", "Lena", "Felix", "Marie", "Tobias"),
        ("Müller", "Schmidt", "Schneider", "Fischer", "Weber", "Wagner", "Becker", "Hoffmann"),
        ("Geschäftsführer", "Vertriebsleiterin", "Projektingenieur", "Steuerberaterin"),
        (
            ("Becker Haustechnik GmbH", "becker-haustechnik"),
            ("Nordlicht Software AG", "nordlicht-software"),
            ("Weber & Söhne KG", "weber-soehne"),
        ),
        ("Hauptstraße {n}", "Bahnhofstraße {n}", "Lindenallee {n}"),
        ("{pc} Hamburg", "{pc} Köln", "{pc} Leipzig"),
        ("Tel.", "Mobil", "Fax"),
        "0dd ddddddd",
        "017d ddddddd",
        ("Ihr Partner für Wärme", "Software aus dem Norden"),
    ),
    "es": Country(
        "es",
        "es",
        ("Lucía", "Javier", "Carmen", "Pablo", "Elena", "Sergio", "Marta", "Diego"),
        ("García", "Fernández", "López", "Martínez", "Sánchez", "Romero", "Navarro", "Torres"),
        ("Directora de Marketing", "Jefe de Obra", "Asesor Fiscal", "Responsable de Compras"),
        (
            ("Construcciones Navarro S.L.", "construccionesnavarro"),
            ("Óptica Romero S.A.", "opticaromero"),
            ("Torres Asesores S.L.", "torresasesores"),
        ),
        ("Calle Mayor, {n}", "Avda. de la Constitución, {n}", "Plaza de España, {n}"),
        ("{pc} Sevilla", "{pc} Valencia", "{pc} Zaragoza"),
        ("Tel.", "Móvil", "Fax"),
        "9dd ddd ddd",
        "6dd ddd ddd",
        ("Calidad desde 1975", "Su asesoría de confianza"),
    ),
    "it": Country(
        "it",
        "it",
        ("Giulia", "Marco", "Francesca", "Luca", "Chiara", "Matteo", "Sara", "Alessandro"),
        ("Rossi", "Russo", "Ferrari", "Esposito", "Bianchi", "Romano", "Colombo", "Ricci"),
        ("Direttore Commerciale", "Responsabile Acquisti", "Architetto", "Consulente Finanziaria"),
        (
            ("Colombo Arredamenti S.r.l.", "colomboarredamenti"),
            ("Ferrari Impianti S.p.A.", "ferrari-impianti"),
            ("Studio Ricci S.a.s.", "studioricci"),
        ),
        ("Via Roma, {n}", "Corso Garibaldi, {n}", "Piazza della Libertà, {n}"),
        ("{pc} Torino (TO)", "{pc} Bologna (BO)", "{pc} Firenze (FI)"),
        ("Tel.", "Cell.", "Fax"),
        "0d ddddddd",
        "3dd ddd dddd",
        ("Arredare con stile", "Dal 1962 al vostro servizio"),
    ),
}
LANGS = tuple(COUNTRIES)


def digits_for(pattern: str, rng: random.Random) -> str:
    """``pattern`` with every ``d`` replaced by a random digit (the first never 0 after a separator)."""
    return "".join(str(rng.randint(1 if i == 0 else 0, 9)) if ch == "d" else ch for i, ch in enumerate(pattern))


def postcode(lang: str, rng: random.Random) -> str:
    """A postcode in the country's format: 5 digits, US ZIP, or Brazilian CEP 00000-000."""
    first = rng.randint(1, 9)
    rest = "".join(str(rng.randint(0, 9)) for _ in range(4))
    if lang == "pt":
        return f"{first}{rest}-{rng.randint(0, 999):03d}"
    return f"{first}{rest}"


def ascii_fold(text: str) -> str:
    import unicodedata

    folded = "".join(ch for ch in unicodedata.normalize("NFKD", text) if not unicodedata.combining(ch))
    return folded.replace("ß", "ss").lower()
