"""The people of the demo library and what their cards say (`make_card`), and the networks and events they attend.

Plain Python, no SQL: `app.sample_data` writes what this makes. Mostly French with about a quarter English, as on
the cards of a French entrepreneur based in Lyon. Cities, streets, postcodes and phone prefixes are real (so search
and phone parsing behave as with real cards); people and companies are invented. The phone prefixes are ones that
`phonenumbers` accepts as valid whatever digits follow.
"""

from __future__ import annotations

import functools
import random
import re
import zlib
from typing import NamedTuple

from cardbook.domain.contact import Contact, Phone
from cardbook.domain.enums import NetworkKind, PhoneKind
from cardbook.domain.text import fold


class City(NamedTuple):
    name: str
    country: str  # "FR" | "GB" | "US"
    postcodes: tuple[str, ...]  # US ones carry the state, as a US card prints it: "New York, NY 10017"
    phone_prefixes: tuple[str, ...]  # national significant digits that start a landline (after the leading 0)
    weight: int  # relative share of the contacts who work there
    streets: tuple[str, ...]


class NetworkSpec(NamedTuple):
    name: str
    kind: NetworkKind
    yearly_cost: float | None  # None: free
    frequency: int  # relative number of events: a BNI chapter meets every week, an alumni club twice a year
    notes: str
    events: tuple[tuple[str, str, str], ...]  # (event name, place, city)


class StandaloneEvent(NamedTuple):
    name: str
    place: str
    city: str
    size: int  # relative attendance: a trade fair brings many more cards home than a breakfast


def _city(name: str, country: str, postcodes: str, prefixes: str, weight: int, streets: str) -> City:
    codes = postcodes.split(" | ") if country != "FR" else postcodes.split()
    return City(name, country, tuple(codes), tuple(prefixes.split()), weight, tuple(streets.split(" | ")))


# One entry per line or two (lists written as strings, split above) to keep the table readable.
FRENCH_CITIES: tuple[City, ...] = (
    _city("Lyon", "FR", " ".join(f"6900{i}" for i in range(1, 10)), "472 478 437", 30,
          "rue de la République | rue Garibaldi | cours Lafayette | quai Saint-Antoine | rue Mercière | "
          "avenue Jean Jaurès | rue Servient | boulevard des Brotteaux | cours Charlemagne | place Bellecour"),
    _city("Villeurbanne", "FR", "69100", "472 478", 4, "cours Émile Zola | avenue Henri Barbusse"),
    _city("Paris", "FR", " ".join(f"750{i:02d}" for i in range(1, 21)), "140 142 145 147 153 158", 16,
          "rue du Faubourg Saint-Honoré | boulevard Haussmann | rue de Rivoli | avenue de l'Opéra | rue La Fayette | "
          "rue Oberkampf | boulevard Saint-Germain | avenue des Champs-Élysées | rue du Sentier"),
    _city("Boulogne-Billancourt", "FR", "92100", "146 141", 2, "route de la Reine | rue du Vieux Pont de Sèvres"),
    _city("Rennes", "FR", "35000 35200 35700", "299", 5,
          "rue de Saint-Malo | boulevard de la Liberté | place des Lices | rue d'Antrain | quai Duguay-Trouin"),
    _city("Nantes", "FR", "44000 44100 44200 44300", "240 251", 5,
          "quai de la Fosse | rue Crébillon | boulevard Guist'hau | rue de Strasbourg | allée Baco"),
    _city("Bordeaux", "FR", "33000 33100 33200 33300 33800", "556 557", 5,
          "cours de l'Intendance | quai des Chartrons | rue Sainte-Catherine | cours Victor Hugo | allées de Tourny"),
    _city("Lille", "FR", "59000 59800", "320", 4,
          "rue Nationale | rue Faidherbe | boulevard de la Liberté | rue de Béthune | avenue Le Corbusier"),
    _city("Marseille", "FR", "13001 13002 13006 13008", "491", 5,
          "La Canebière | rue de la République | boulevard Michelet | quai de Rive-Neuve | rue Paradis"),
    _city("Toulouse", "FR", "31000 31200 31300 31400 31500", "561 562", 5,
          "rue d'Alsace-Lorraine | allées Jean Jaurès | boulevard de Strasbourg | rue de Metz | place Wilson"),
    _city("Grenoble", "FR", "38000 38100", "476", 5,
          "cours Berriat | avenue Alsace-Lorraine | rue Félix Poulat | boulevard Gambetta | place Grenette"),
    _city("Saint-Étienne", "FR", "42000 42100", "477", 3, "rue du Président Wilson | cours Fauriel"),
    _city("Annecy", "FR", "74000", "450", 2, "rue Royale | avenue de Genève"),
    _city("Strasbourg", "FR", "67000", "388", 2, "rue du Dôme | avenue de la Forêt-Noire | quai des Bateliers"),
    _city("Montpellier", "FR", "34000", "467", 2, "rue Foch | avenue de la Mer-Raymond Dugrand"),
    _city("Nice", "FR", "06000", "493", 2, "promenade des Anglais | avenue Jean Médecin"),
)  # fmt: skip
FOREIGN_CITIES: tuple[City, ...] = (
    _city("London", "GB", "EC1V 9AB | EC2A 4NE | SW3 5UZ | EC4A 2BB", "207 203", 4,
          "Old Street | Shoreditch High Street | King's Road | Fleet Street | Bishopsgate"),
    _city("Manchester", "GB", "M1 4BT | M2 3AW | M3 2BB", "1612 1613", 1, "Deansgate | King Street"),
    _city("Edinburgh", "GB", "EH2 2ER | EH2 4AD", "1312 1314", 1, "George Street | Princes Street"),
    _city("Bristol", "GB", "BS1 4DJ | BS1 5TR", "1173 1179", 1, "Queen Square | Park Street"),
    _city("New York", "US", "NY 10017 | NY 10001", "212 646", 2, "Park Avenue | Fifth Avenue | Broadway"),
    _city("Boston", "US", "MA 02116", "617", 1, "Boylston Street | Newbury Street"),
    _city("San Francisco", "US", "CA 94105 | CA 94103", "415", 1, "Market Street | Mission Street"),
    _city("Chicago", "US", "IL 60601", "312", 1, "Michigan Avenue | Wacker Drive"),
)  # fmt: skip

FRENCH_MOBILE_PREFIXES = ("60", "61", "62", "64", "65", "66", "67", "68", "73", "74", "75", "76", "77", "78", "79")
UK_MOBILE_PREFIXES = ("74", "75", "78")

FRENCH_WOMEN = (
    "Émilie", "Hélène", "Gaëlle", "Céline", "Élodie", "Chloé", "Léa", "Maëlle", "Anaïs", "Sophie", "Isabelle",
    "Nathalie", "Valérie", "Sandrine", "Marie", "Camille", "Aurélie", "Mélanie", "Clémence", "Inès", "Noémie",
    "Juliette", "Béatrice", "Françoise", "Agnès", "Laure", "Anne-Sophie", "Marie-Claire", "Solène", "Zoé",
    "Margaux", "Pauline", "Charlotte", "Véronique", "Sylvie", "Delphine", "Séverine", "Stéphanie", "Joëlle",
    "Héloïse",
)  # fmt: skip
FRENCH_MEN = (
    "Jean-François", "François", "Jérôme", "Sébastien", "Stéphane", "Frédéric", "Benoît", "Cédric", "Thierry",
    "Pierre-Étienne", "Hervé", "Loïc", "Gaël", "Mathieu", "Nicolas", "Julien", "Antoine", "Guillaume", "Olivier",
    "Philippe", "Christophe", "Laurent", "Raphaël", "Théo", "Maxime", "Hugo", "Grégoire", "Éric", "Noël", "Joël",
    "Jean-Baptiste", "Marc-Antoine", "Yannick", "Aurélien", "Rémi", "Timothée", "Bastien", "Clément", "Étienne",
    "Jérémie",
)  # fmt: skip
FRENCH_FAMILIES = (
    "Lefèvre", "Dupont", "Leroy", "Cœur", "Martin", "Bernard", "Dubois", "Durand", "Moreau", "Lefebvre", "Girard",
    "Bonnet", "Mercier", "Faure", "Rousseau", "Fournier", "Lambert", "Fontaine", "Chevalier", "Robin", "Masson",
    "Gauthier", "Perrin", "Morel", "Guérin", "Boyer", "Garnier", "Roussel", "Lemaître", "Bénard", "Gaillard",
    "Barbier", "Brun", "Rivière", "Lécuyer", "Béranger", "Ménard", "Hébert", "Séguin", "Prévost", "Duchêne",
    "Lacroix", "Leclerc", "Carré", "Vidal", "Renaud", "Texier", "Pelletier", "Le Gall", "Le Goff", "Le Bihan",
    "Martin-Leroy", "Dubois-Mercier", "Œillet", "Nguyen", "Benali", "Da Silva", "Ferreira",
)  # fmt: skip
FRENCH_PARTICLE_FAMILIES = ("de La Fontaine", "de Villiers", "du Pont", "d'Aubigné", "de Montaigu", "de Lestrange")
ENGLISH_WOMEN = (
    "Emma", "Olivia", "Charlotte", "Sophie", "Grace", "Emily", "Hannah", "Rachel", "Sarah", "Kate", "Jessica",
    "Lucy", "Amelia", "Megan", "Laura", "Siobhan",
)  # fmt: skip
ENGLISH_MEN = (
    "James", "Oliver", "William", "Thomas", "Daniel", "Matthew", "Andrew", "Michael", "David", "Richard", "Jack",
    "Harry", "Samuel", "Christopher", "Patrick", "Ryan",
)  # fmt: skip
ENGLISH_FAMILIES = (
    "Smith", "Jones", "Taylor", "Brown", "Williams", "Wilson", "Johnson", "Davies", "Robinson", "Wright",
    "Thompson", "Evans", "Walker", "White", "Roberts", "Green", "Hall", "Wood", "Harris", "Clarke", "Cooper",
    "Murphy", "O'Brien", "McCarthy", "Fitzgerald", "Anderson", "Miller", "Baker", "Turner", "Hughes", "Campbell",
    "Stewart", "Patel", "Khan",
)  # fmt: skip

FRENCH_STEMS = (
    "Horizon", "Quadrant", "Altitude", "Boréal", "Cap Azur", "Cèdre", "Écume", "Équinoxe", "Hélios", "Kairos",
    "Lumière", "Méridien", "Nova", "Oxalis", "Pélican", "Rhône", "Saône", "Sillage", "Tilleul", "Véga", "Zénith",
    "Archipel", "Arcane", "Bastide", "Caractère", "Confluence", "Fil Rouge", "Grain de Sel", "Hexagone", "Isatis",
    "Jade", "Lavande", "Mistral", "Odyssée", "Presqu'île", "Tramontane", "Canut", "Fourvière", "Belledonne",
)  # fmt: skip
ENGLISH_STEMS = (
    "Bluebell", "Northgate", "Harbour", "Kestrel", "Oakridge", "Silverline", "Thistle", "Brightwater", "Redwood",
    "Elmstead", "Foxglove", "Greystone", "Ironbridge", "Lighthouse", "Westbrook", "Hawthorn",
)  # fmt: skip

# (title for a man, title for a woman, company name patterns): "" is a freelancer without a company.
FRENCH_JOBS: tuple[tuple[str, str, tuple[str, ...]], ...] = (
    ("Directeur commercial", "Directrice commerciale", ("{stem} Industrie", "{stem} Solutions", "{stem} Distribution")),
    ("Gérant", "Gérante", ("{stem} Bâtiment", "Boulangerie {family}", "{stem} Rénovation", "Garage {family}")),
    ("Expert-comptable", "Experte-comptable", ("{stem} Expertise", "Cabinet {family}", "{stem} Audit & Conseil")),
    ("Avocat associé", "Avocate associée", ("{family} & Associés", "Cabinet {family} Avocats")),
    ("Consultant indépendant", "Consultante indépendante", ("{stem} Conseil", "{stem} Stratégie", "")),
    ("Fondateur", "Fondatrice", ("{stem} Digital", "{stem} Lab", "{stem} Studio")),
    ("Président", "Présidente", ("{stem} Groupe", "{stem} Technologies")),
    ("Directeur général", "Directrice générale", ("{stem} Ingénierie", "{stem} Logistique")),
    ("Responsable marketing", "Responsable marketing", ("{stem} Communication", "{stem} Média")),
    ("Conseiller en gestion de patrimoine", "Conseillère en gestion de patrimoine", ("{stem} Patrimoine",)),
    ("Architecte d'intérieur", "Architecte d'intérieur", ("Atelier {family}", "{stem} Design")),
    ("Notaire", "Notaire", ("Étude {family}", "Office notarial {family}")),
    ("Chargé d'affaires entreprises", "Chargée d'affaires entreprises", ("Banque {stem}", "Crédit {stem}")),
    ("Courtier en assurances", "Courtière en assurances", ("{stem} Assurances", "{stem} Courtage")),
    ("Agent immobilier", "Agente immobilière", ("{stem} Immobilier", "Agence {stem}")),
    ("Ingénieur commercial", "Ingénieure commerciale", ("{stem} Informatique", "{stem} Systèmes")),
    ("Développeur web freelance", "Développeuse web freelance", ("{stem} Web", "")),
    ("Photographe", "Photographe", ("Studio {stem}", "")),
    ("Coach de dirigeants", "Coach de dirigeants", ("{stem} Coaching", "")),
    ("Directeur des ressources humaines", "Directrice des ressources humaines", ("{stem} Groupe", "{stem} Industrie")),
    ("Traducteur", "Traductrice", ("{stem} Traduction", "")),
    ("Responsable d'agence", "Responsable d'agence", ("Imprimerie {stem}", "{stem} Intérim")),
)
# French start-ups print English titles.
FRENCH_STARTUP_JOBS: tuple[tuple[str, str, tuple[str, ...]], ...] = tuple(
    (title, title, ("{stem} Tech", "{stem} App", "{stem}.io"))
    for title in ("CEO", "Head of Sales", "Head of Growth", "Customer Success Manager", "COO", "Business Developer")
)
ENGLISH_JOBS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("Head of Sales", ("{stem} Solutions", "{stem} Analytics")),
    ("Managing Director", ("{stem} Consulting", "{stem} Partners")),
    ("Founder & CEO", ("{stem} Labs", "{stem} Digital")),
    ("Business Development Manager", ("{stem} Logistics", "{stem} Systems")),
    ("Chartered Accountant", ("{family} & Co", "{stem} Accountancy")),
    ("Partner", ("{family} & Partners",)),
    ("Marketing Director", ("{stem} Media",)),
    ("Solicitor", ("{family} Solicitors",)),
    ("Account Executive", ("{stem} Software",)),
    ("Investment Manager", ("{stem} Capital",)),
    ("Operations Director", ("{stem} Group",)),
    ("Freelance Designer", ("",)),
)
FRENCH_LEGAL_FORMS = (("SAS", 35), ("SARL", 30), ("SASU", 10), ("EURL", 8), ("SA", 5), ("", 12))
UK_LEGAL_FORMS = (("Ltd", 65), ("LLP", 10), ("plc", 5), ("", 20))
US_LEGAL_FORMS = (("Inc.", 50), ("LLC", 40), ("", 10))
FRENCH_DEPARTMENTS = (
    "Direction commerciale", "Service comptabilité", "Pôle Entreprises", "Direction financière", "Ressources humaines",
    "Marketing & Communication", "Service achats", "Direction des systèmes d'information",
)  # fmt: skip
ENGLISH_DEPARTMENTS = ("Sales", "Finance", "Corporate Banking", "Business Development", "Marketing")
PERSONAL_MAIL_DOMAINS = ("gmail.com", "orange.fr", "outlook.fr", "free.fr", "laposte.net")
BUILDINGS = ("Bâtiment B, ", "Immeuble Le Quartz, ", "3e étage, ", "Le Bonnel, ")

FRENCH_NOTES = (
    "Cherche un expert-comptable pour sa SAS", "Très sympathique, parle de son projet d'ouverture à {city}",
    "Intérêt pour une mission de conseil en stratégie commerciale",
    "Lance une nouvelle offre de formation en septembre",
    "À rappeler après les vacances", "Connaît bien le réseau des notaires lyonnais", "M'a présenté à son associé",
    "Cherche des prescripteurs dans l'immobilier", "Recrute deux commerciaux pour {city}",
    "Veut refaire son site web avant l'été", "Prépare une levée de fonds, cherche un avocat d'affaires",
    "Ancien d'un grand cabinet, très bon réseau", "Vient de reprendre l'entreprise familiale",
    "Propose un déjeuner en janvier", "Membre du bureau du club, peut m'introduire",
)  # fmt: skip
ENGLISH_NOTES = (
    "Looking for a French distributor", "Met at the coffee break; keen on a partnership",
    "Expanding to Lyon next year, needs a local accountant", "Knows everyone in the London fintech scene",
)  # fmt: skip
ENCOUNTER_NOTES = (
    "Échange rapide au buffet", "Longue discussion sur la transmission d'entreprise",
    "Présenté par l'animateur de la soirée", "Assis à la même table au déjeuner", "Quick chat after the keynote",
)  # fmt: skip
# "{company}" is only used for contacts who have one.
ELSEWHERE_PLACES = (
    "Café de la Gare, {city}", "Déjeuner d'affaires, {city}", "Espace de coworking, {city}", "Bureaux de {company}",
    "Visioconférence", "TGV Lyon–Paris",
)  # fmt: skip
TAG_NAMES = ("client potentiel", "fournisseur", "partenaire", "client", "à relancer", "investisseur", "presse")
TAG_WEIGHTS = (30, 12, 14, 10, 14, 3, 2)
PRESCRIBER_TAG = "prescripteur"
RECEIVED_REFERRAL_NOTES = (
    "M'a recommandé à un dirigeant qui cherche un consultant",
    "Mission d'accompagnement commercial pour une PME de son réseau", "A transmis mon nom pour un appel d'offres",
    "Introduit auprès de son directeur financier", "Intro to a UK distributor looking for French partners",
)  # fmt: skip
GIVEN_REFERRAL_NOTES = (
    "Présenté à un client qui cherchait un expert-comptable", "Recommandé pour la refonte d'un site web",
    "Mis en relation avec un architecte pour des bureaux", "Recommandé à un ami qui crée sa SAS",
    "Passed on to a client who needs a solicitor",
)  # fmt: skip
OUTSIDE_REFERRAL_NAMES = ("Cabinet Moreau (ami de longue date)", "Mon ancien associé", "Sarah, via LinkedIn")
FOLLOW_UP_NOTES = (
    "Envoyer la plaquette", "Relancer pour le devis", "Proposer un café", "Envoyer ma carte par e-mail",
    "L'inviter au prochain petit-déjeuner du club", "Send the proposal", "Prendre des nouvelles",
)  # fmt: skip

# The user lives in Lyon: most of their clubs are local.
NETWORKS: tuple[NetworkSpec, ...] = (
    NetworkSpec("Club Entreprendre Lyon", NetworkKind.BUSINESS_CLUB, 1200.0, 3,
                "Dirigeants de PME lyonnaises ; un petit-déjeuner par mois.",
                (("Petit-déjeuner du Club Entreprendre Lyon", "Hôtel Carlton, Lyon", "Lyon"),
                 ("Soirée des membres — Club Entreprendre Lyon", "Le Grand Réfectoire, Lyon", "Lyon"))),
    NetworkSpec("CCI Rhône", NetworkKind.CHAMBER_OF_COMMERCE, 350.0, 2, "",
                (("Rencontres business de la CCI", "Palais de la Bourse, Lyon", "Lyon"),
                 ("Matinale de la CCI : « Financer sa croissance »", "Palais de la Bourse, Lyon", "Lyon"))),
    NetworkSpec("Alumni HEC", NetworkKind.ALUMNI, 150.0, 1, "",
                (("Afterwork Alumni HEC", "Maison des Alumni, Paris", "Paris"),
                 ("Dîner-débat Alumni HEC", "Campus HEC, Jouy-en-Josas", "Paris"))),
    NetworkSpec("BNI Lyon Confluence", NetworkKind.BUSINESS_CLUB, 1500.0, 5,
                "Réunion chaque jeudi à 7 h ; un seul membre par métier.",
                (("Réunion hebdomadaire BNI Lyon Confluence", "Novotel Lyon Confluence", "Lyon"),)),
    NetworkSpec("Apéro Entrepreneurs Croix-Rousse", NetworkKind.MEETUP, None, 2,
                "Informel, gratuit, le premier mardi du mois.",
                (("Apéro Entrepreneurs Croix-Rousse", "Café de la Soierie, Lyon", "Lyon"),)),
    NetworkSpec("Dirigeants Commerciaux de France — Lyon", NetworkKind.PROFESSIONAL_BODY, 420.0, 1, "",
                (("Conférence DCF : « Négocier sans brader »", "Espace Tête d'Or, Villeurbanne", "Villeurbanne"),)),
    NetworkSpec("Rotary Club Lyon Ouest", NetworkKind.OTHER, 600.0, 2, "",
                (("Déjeuner statutaire du Rotary Club Lyon Ouest", "Restaurant Le Nord, Lyon", "Lyon"),)),
    NetworkSpec("French Tech Grenoble", NetworkKind.MEETUP, None, 1, "",
                (("Meetup French Tech Grenoble", "Minatec, Grenoble", "Grenoble"),)),
)  # fmt: skip

STANDALONE_EVENTS: tuple[StandaloneEvent, ...] = (
    StandaloneEvent("Salon des Entrepreneurs Lyon", "Centre de Congrès, Lyon", "Lyon", 5),
    StandaloneEvent("Salon des Entrepreneurs Paris", "Palais des Congrès, Paris", "Paris", 5),
    StandaloneEvent("VivaTech", "Paris Expo Porte de Versailles, Paris", "Paris", 6),
    StandaloneEvent("Forum Franchise Lyon", "Eurexpo, Chassieu", "Lyon", 3),
    StandaloneEvent("Rencontres Entreprendre Bordeaux", "Hangar 14, Bordeaux", "Bordeaux", 3),
    StandaloneEvent("Journée de la création d'entreprise", "Cité des Congrès, Nantes", "Nantes", 3),
    StandaloneEvent("Euratech Day", "EuraTechnologies, Lille", "Lille", 2),
    StandaloneEvent("Rencontres d'affaires Provence", "Palais du Pharo, Marseille", "Marseille", 2),
    StandaloneEvent("Toulouse Business Meetup", "Espace Vanel, Toulouse", "Toulouse", 2),
    StandaloneEvent("Conférence « Réseauter sans se disperser »", "La Cordée Part-Dieu, Lyon", "Lyon", 2),
    StandaloneEvent("Rennes Atalante — rencontres entreprises", "Couvent des Jacobins, Rennes", "Rennes", 2),
)

_FRENCH_BY_NAME = {c.name: c for c in FRENCH_CITIES}
_FORMS = {"FR": FRENCH_LEGAL_FORMS, "GB": UK_LEGAL_FORMS, "US": US_LEGAL_FORMS}


class Card(NamedTuple):
    """A generated card, with the city the person works in and whether the card is in English."""

    contact: Contact
    city: str
    english: bool


@functools.lru_cache(maxsize=8192)  # names and company names repeat: fold each once
def _slug(text: str, joiner: str = "-") -> str:
    return re.sub(r"[^a-z0-9]+", joiner, fold(text)).strip(joiner)


def _digits(rng: random.Random, prefix: str, length: int) -> str:
    return prefix + "".join(rng.choices("0123456789", k=length - len(prefix)))


def _phone(rng: random.Random, city: City, kind: PhoneKind) -> Phone:
    """A valid number in the city's country, printed in one of the ways cards print it, with its E.164 form."""
    style = rng.random()
    if city.country == "US":
        d = rng.choice(city.phone_prefixes) + "55501" + _digits(rng, "", 2)  # 555-01xx: the fiction range
        printed = f"({d[:3]}) {d[3:6]}-{d[6:]}" if style < 0.6 else f"+1 {d[:3]} {d[3:6]} {d[6:]}"
        return Phone(printed, "+1" + d, kind)
    mobile = kind is PhoneKind.MOBILE
    if city.country == "GB":
        d = _digits(rng, rng.choice(UK_MOBILE_PREFIXES if mobile else city.phone_prefixes), 10)
        cut = (4, 10) if mobile else (2, 6) if d.startswith("20") else (3, 6)  # 07xxx xxxxxx, 020 xxxx xxxx, 0161 ...
        national = f"{d[: cut[0]]} {d[cut[0] : cut[1]]} {d[cut[1] :]}".strip()
        return Phone(f"0{national}" if style < 0.7 else f"+44 {national}", "+44" + d, kind)
    d = _digits(rng, rng.choice(FRENCH_MOBILE_PREFIXES if mobile else city.phone_prefixes), 9)
    pairs = [d[1:3], d[3:5], d[5:7], d[7:9]]
    # "06 12 34 56 78", "06.12.34.56.78", "+33 (0)6 12 34 56 78" or "+33 6 12 34 56 78"
    lead = f"0{d[0]}" if style < 0.75 else ("+33 (0)" if style < 0.85 else "+33 ") + d[0]
    return Phone(("." if 0.6 <= style < 0.75 else " ").join([lead, *pairs]), "+33" + d, kind)


def _company(rng: random.Random, patterns: tuple[str, ...], country: str, english: bool) -> tuple[str | None, str]:
    """A company name with its legal form, and the web domain its emails use ("" without a company)."""
    pattern = rng.choice(patterns)
    if not pattern:
        return None, ""
    family = rng.choice(ENGLISH_FAMILIES if english else FRENCH_FAMILIES)
    base = pattern.format(stem=rng.choice(ENGLISH_STEMS if english else FRENCH_STEMS), family=family)
    if "." in base:  # "Nova.io": the name is the domain
        return base, fold(base).replace(" ", "")
    forms, weights = zip(*_FORMS[country], strict=True)
    form = rng.choices(forms, weights)[0]
    # Colleagues share a domain: its ending depends on the name only, not on the draw.
    tld = {"GB": ".co.uk", "US": ".com"}.get(country, ".com" if zlib.crc32(base.encode()) % 5 == 0 else ".fr")
    return f"{base} {form}".strip(), _slug(base) + tld


def make_card(rng: random.Random, near: str | None) -> Card:
    """Someone met near `near` (a French city name, or None for anywhere): what their card says."""
    english = rng.random() < 0.25
    female = rng.random() < 0.5
    if english:
        given = rng.choice(ENGLISH_WOMEN if female else ENGLISH_MEN)
        family = rng.choice(ENGLISH_FAMILIES)
        full = f"{given} {family}"
        title, patterns = rng.choice(ENGLISH_JOBS)
    else:
        given = rng.choice(FRENCH_WOMEN if female else FRENCH_MEN)
        family = rng.choice(FRENCH_PARTICLE_FAMILIES if rng.random() < 0.06 else FRENCH_FAMILIES)
        style = rng.random()
        # Kept as printed: "DUPONT Jean" is how many French cards (and the contact list) show it.
        full = f"{family.upper()} {given}" if style < 0.12 else f"{given} {family.upper()}" if style < 0.2 else ""
        man, woman, patterns = rng.choice(FRENCH_STARTUP_JOBS if rng.random() < 0.1 else FRENCH_JOBS)
        full, title = full or f"{given} {family}", woman if female else man
    if english and rng.random() < 0.7:
        city = rng.choices(FOREIGN_CITIES, [c.weight for c in FOREIGN_CITIES])[0]
    elif near in _FRENCH_BY_NAME and rng.random() < 0.6:
        city = _FRENCH_BY_NAME[near]  # people mostly work near where they were met
    else:
        city = rng.choices(FRENCH_CITIES, [c.weight for c in FRENCH_CITIES])[0]
    company, domain = _company(rng, patterns, city.country, english)
    first, last = _slug(given), _slug(family, "")
    emails: list[str] = []
    if domain and rng.random() < 0.97:
        local = rng.choices((f"{first}.{last}", f"{first[0]}.{last}", first, f"{first[0]}{last}"), (60, 20, 10, 10))
        emails.append(f"{local[0]}@{domain}")
    if not emails or rng.random() < 0.05:
        emails.append(f"{first}.{last}@{rng.choice(PERSONAL_MAIL_DOMAINS if not english else ('gmail.com',))}")
    phones = [_phone(rng, city, PhoneKind.MOBILE)] if rng.random() < 0.8 else []
    if company and rng.random() < 0.55:
        phones.insert(rng.randint(0, len(phones)), _phone(rng, city, PhoneKind.WORK))
        if rng.random() < 0.08:
            phones.append(_phone(rng, city, PhoneKind.FAX))
    number, street, postcode = rng.randint(1, 180), rng.choice(city.streets), rng.choice(city.postcodes)
    if city.country == "FR":
        bis = " bis" if rng.random() < 0.06 else ""
        building = rng.choice(BUILDINGS) if rng.random() < 0.08 else ""
        address = f"{building}{number}{bis} {street}, {postcode} {city.name}"
    elif city.country == "GB":
        address = f"{number} {street}, {city.name} {postcode}"
    else:
        address = f"{number} {street}, Suite {rng.randint(2, 40)}00, {city.name}, {postcode}"
    prefix = rng.choice(("", "www.", "https://www."))
    handle = f"{_slug(given)}-{_slug(family)}" + (f"-{rng.randrange(16**5):05x}" if rng.random() < 0.3 else "")
    department = rng.choice(ENGLISH_DEPARTMENTS if english else FRENCH_DEPARTMENTS) if rng.random() < 0.15 else None
    contact = Contact(
        full_name=full, given_name=given, family_name=family, title=title, company=company,
        department=department if company else None, emails=emails, phones=phones,
        websites=[rng.choice(("www.", "", "https://www.")) + domain] if domain and rng.random() < 0.7 else [],
        address=address if rng.random() < 0.85 else None,
        social=[f"{prefix}linkedin.com/in/{handle}"] if rng.random() < 0.5 else [],
    )  # fmt: skip
    return Card(contact, city.name, english)
