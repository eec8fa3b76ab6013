"""Organisations of ``fresh_scan_set``'s cards: eleven sectors, how each country names its firms, the titles
and departments its people print, slogans and the fine print's registration line.

Firm names are built from Faker's surnames and towns of the card's country in the patterns offices use
("{surname} & {surname} LLP", "Studio Legale …", "Zahnarztpraxis Dr. …", "Universität …", a made-up
wordmark for IT firms); titles are the sector's usual ones in the card's language or in English (as
European IT and banking cards print them). Nothing here comes from a card anyone transcribed.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

from faker import Faker

from tests.ocr import fresh_scan_people as people
from tests.ocr.fresh_scan_people import ascii_fold

SECTORS = (
    "law",
    "clinic",
    "university",
    "realestate",
    "insurance",
    "bank",
    "it",
    "hotel",
    "restaurant",
    "architect",
    "ngo",
)

# {L}/{M}: two surnames, {T}: a town, {W}: a made-up word. Per sector, per language (en also the fallback).
FIRMS: dict[str, dict[str, tuple[str, ...]]] = {
    "law": {
        "en": ("{L} & {M} LLP", "{L} {M} Solicitors", "Law Offices of {L}", "{L}, {M} & Partners"),
        "de": ("{L} {M} Rechtsanwälte", "Kanzlei {L}", "{L} & Partner mbB"),
        "nl": ("{L} Advocaten", "{L} & {M} Advocaten"),
        "it": ("Studio Legale {L}", "Studio Legale {L} & {M}"),
        "es": ("{L} Abogados", "Bufete {L} & {M}"),
        "sv": ("Advokatfirman {L}", "{L} Advokatbyrå"),
        "pl": ("Kancelaria Prawna {L}", "Kancelaria Adwokacka {L}"),
    },
    "clinic": {
        "en": ("{T} Family Dental", "{L} Dental Care", "{T} Medical Group", "Smile Studio {T}"),
        "de": ("Zahnarztpraxis Dr. {L}", "Praxis {L}", "Gemeinschaftspraxis {L} & {M}"),
        "nl": ("Tandartspraktijk {T}", "Huisartsenpraktijk {L}"),
        "it": ("Studio Dentistico {L}", "Poliambulatorio {T}"),
        "es": ("Clínica Dental {L}", "Centro Médico {T}"),
        "sv": ("{L} Tandvård", "Vårdcentralen {T}"),
        "pl": ("Gabinet Stomatologiczny {L}", "Przychodnia {T}"),
    },
    "university": {
        "en": ("University of {T}", "{T} Institute of Technology", "{T} State University"),
        "de": ("Universität {T}", "Hochschule {T}", "Technische Universität {T}"),
        "nl": ("Universiteit {T}", "Hogeschool {T}"),
        "it": ("Università degli Studi di {T}", "Politecnico di {T}"),
        "es": ("Universidad de {T}",),
        "sv": ("{T} universitet",),
        "pl": ("Uniwersytet {T}", "Politechnika {T}"),
    },
    "realestate": {
        "en": ("{L} Realty", "{L} & Co. Estate Agents", "{T} Homes"),
        "de": ("{L} Immobilien",),
        "nl": ("{L} Makelaardij", "{L} Makelaars"),
        "it": ("Immobiliare {L}",),
        "es": ("Inmobiliaria {L}",),
        "sv": ("{L} Fastighetsmäkleri",),
        "pl": ("Nieruchomości {L}",),
    },
    "insurance": {
        "en": ("{L} Insurance Agency", "{T} Mutual Insurance", "{L} Insurance Brokers"),
        "de": ("{L} Versicherungsmakler", "{T}er Versicherung"),
        "nl": ("{L} Verzekeringen",),
        "it": ("Assicurazioni {L}", "Agenzia {L} Assicurazioni"),
        "es": ("Seguros {L}",),
        "sv": ("{L} Försäkring",),
        "pl": ("Ubezpieczenia {L}",),
    },
    "bank": {
        "en": ("{T} Savings Bank", "{T} Credit Union", "First {T} Bank", "{L} Private Bank"),
        "de": ("Sparkasse {T}", "Volksbank {T} eG", "Bankhaus {L}"),
        "nl": ("{L} Bankiers",),
        "it": ("Banca di {T}", "Banca {L}"),
        "es": ("Caja Rural de {T}", "Banco {L}"),
        "sv": ("{T} Sparbank",),
        "pl": ("Bank Spółdzielczy w {T}",),
    },
    "it": {
        "en": ("{W}", "{W} Systems", "{W} Software", "{W} Labs"),
        "de": ("{W}", "{W} Systems"),
        "nl": ("{W}",),
        "it": ("{W}",),
        "es": ("{W}",),
        "sv": ("{W}",),
        "pl": ("{W}",),
    },
    "hotel": {
        "en": ("The {T} Inn", "Hotel {L}", "{T} Grand Hotel"),
        "de": ("Hotel {L}", "Landhotel {T}"),
        "nl": ("Hotel {T}",),
        "it": ("Hotel {L}", "Albergo {T}"),
        "es": ("Hotel {T}", "Hostal {L}"),
        "sv": ("Hotell {T}",),
        "pl": ("Hotel {T}",),
    },
    "restaurant": {
        "en": ("{L}'s Kitchen", "{T} Grill", "The {L} Bistro"),
        "de": ("Gasthaus {L}", "Restaurant {T}"),
        "nl": ("Eetcafé {L}",),
        "it": ("Trattoria {L}", "Ristorante da {G}", "Osteria {T}"),
        "es": ("Restaurante {L}", "Casa {G}"),
        "sv": ("Restaurang {T}",),
        "pl": ("Restauracja {T}",),
    },
    "architect": {
        "en": ("{L} Architects", "{L} {M} Architecture"),
        "de": ("{L} Architekten", "Architekturbüro {L}"),
        "nl": ("{L} Architecten",),
        "it": ("Studio di Architettura {L}", "{L} Architetti Associati"),
        "es": ("{L} Arquitectos",),
        "sv": ("{L} Arkitekter",),
        "pl": ("Pracownia Architektoniczna {L}",),
    },
    "ngo": {
        "en": ("{T} Food Bank", "Friends of {T} Parks", "{T} Literacy Project"),
        "de": ("Stiftung {L}", "{T}er Tafel e.V."),
        "nl": ("Stichting {T}",),
        "it": ("Fondazione {L}", "Associazione {T} Solidale"),
        "es": ("Fundación {L}", "Asociación {T} Solidaria"),
        "sv": ("Stiftelsen {L}",),
        "pl": ("Fundacja {L}", "Stowarzyszenie {T}"),
    },
}
# Legal forms the fine print adds to a name: by country.
LEGAL: dict[str, tuple[str, ...]] = {
    "US": ("Inc.", "LLC", "Corp."),
    "UK": ("Ltd", "Limited", "LLP"),
    "DE": ("GmbH", "AG", "GmbH & Co. KG"),
    "NL": ("B.V.", "N.V."),
    "IT": ("S.r.l.", "S.p.A."),
    "ES": ("S.L.", "S.A."),
    "BE": ("BV", "NV", "SRL"),
    "CH": ("AG", "GmbH", "SA"),
    "SE": ("AB",),
    "PL": ("Sp. z o.o.", "S.A."),
}
# The fine print's registration, by country ({n}: digits).
REGISTRATION: dict[str, tuple[str, ...]] = {
    "UK": ("Registered in England No. {n8}", "VAT Reg. GB {n9}"),
    "DE": ("HRB {n5} · USt-IdNr. DE{n9}", "Amtsgericht {T} HRB {n5}"),
    "NL": ("KvK {n8} · BTW NL{n9}B01",),
    "IT": ("P.IVA {n11}", "C.F. e P.IVA {n11}"),
    "ES": ("CIF B{n8}", "NIF B-{n8}"),
    "BE": ("BTW BE 0{n3}.{n3}.{n3}", "RPR {T}"),
    "CH": ("UID CHE-{n3}.{n3}.{n3}",),
    "SE": ("Org.nr 556{n3}-{n4}",),
    "PL": ("NIP {n3}-{n3}-{n2}-{n2} · KRS {n10}",),
}
# US cards print a licence number or a regulator's membership, by sector.
US_REGISTRATION: dict[str, tuple[str, ...]] = {
    "bank": ("NMLS #{n6}", "Member FDIC"),
    "realestate": ("License No. {n7}", "DRE #{n8}"),
    "insurance": ("License No. {n7}",),
    "law": ("Licensed in NY & NJ",),
}
TITLES: dict[str, dict[str, tuple[str, ...]]] = {
    "law": {
        "en": ("Partner", "Associate Attorney", "Senior Associate", "Of Counsel", "Paralegal", "Solicitor"),
        "de": ("Rechtsanwalt", "Rechtsanwältin", "Fachanwalt für Arbeitsrecht", "Partner"),
        "nl": ("Advocaat", "Advocaat-partner"),
        "it": ("Avvocato", "Praticante"),
        "es": ("Abogado", "Socia"),
        "sv": ("Advokat", "Biträdande jurist"),
        "pl": ("Adwokat", "Radca prawny"),
    },
    "clinic": {
        "en": ("General Dentist", "Practice Manager", "Dental Hygienist", "Orthodontist", "Family Nurse Practitioner"),
        "de": ("Zahnärztin", "Fachzahnarzt für Kieferorthopädie", "Praxismanagerin"),
        "nl": ("Tandarts", "Praktijkmanager"),
        "it": ("Odontoiatra", "Medico Chirurgo"),
        "es": ("Odontóloga", "Directora Médica"),
        "sv": ("Tandläkare", "Tandhygienist"),
        "pl": ("Lekarz dentysta", "Ortodonta"),
    },
    "university": {
        "en": (
            "Associate Professor",
            "Research Fellow",
            "Lab Manager",
            "Postdoctoral Researcher",
            "Professor of Chemistry",
        ),
        "de": ("Wissenschaftlicher Mitarbeiter", "Professorin", "Laborleiter"),
        "nl": ("Universitair docent", "Hoogleraar"),
        "it": ("Professore Associato", "Ricercatrice"),
        "es": ("Profesora Titular", "Investigador"),
        "sv": ("Universitetslektor", "Forskare"),
        "pl": ("Adiunkt", "Profesor uczelni"),
    },
    "realestate": {
        "en": ("Licensed Real Estate Salesperson", "Broker Associate", "Lettings Negotiator", "Managing Broker"),
        "de": ("Immobilienmaklerin", "Geschäftsführer"),
        "nl": ("Makelaar-taxateur", "Makelaar"),
        "it": ("Agente Immobiliare",),
        "es": ("Asesor Inmobiliario",),
        "sv": ("Fastighetsmäklare",),
        "pl": ("Pośrednik w obrocie nieruchomościami",),
    },
    "insurance": {
        "en": ("Insurance Agent", "Account Executive", "Claims Adjuster", "Agency Owner"),
        "de": ("Versicherungsfachmann", "Kundenberaterin"),
        "nl": ("Adviseur Verzekeringen",),
        "it": ("Agente Generale", "Consulente Assicurativo"),
        "es": ("Agente de Seguros",),
        "sv": ("Försäkringsrådgivare",),
        "pl": ("Agent ubezpieczeniowy",),
    },
    "bank": {
        "en": (
            "Vice President",
            "Branch Manager",
            "Mortgage Loan Officer",
            "Relationship Manager",
            "Senior Vice President",
        ),
        "de": ("Firmenkundenberater", "Filialleiterin", "Vermögensberater"),
        "nl": ("Relatiebeheerder",),
        "it": ("Direttore di Filiale", "Gestore Corporate"),
        "es": ("Director de Oficina", "Gestora"),
        "sv": ("Kontorschef", "Rådgivare"),
        "pl": ("Doradca klienta", "Dyrektor oddziału"),
    },
    "it": {
        "en": (
            "Software Engineer",
            "Chief Technology Officer",
            "Head of Sales",
            "Solutions Architect",
            "Account Manager",
            "Co-Founder & CEO",
            "DevOps Engineer",
        )
    },
    "hotel": {
        "en": ("General Manager", "Front Office Manager", "Director of Sales", "Events Coordinator"),
        "de": ("Direktorin", "Empfangschef"),
        "it": ("Direttore", "Responsabile Ricevimento"),
        "es": ("Directora", "Jefe de Recepción"),
    },
    "restaurant": {
        "en": ("Chef & Owner", "Head Chef", "Restaurant Manager"),
        "de": ("Küchenchef", "Inhaber"),
        "it": ("Chef", "Titolare"),
        "es": ("Jefe de Cocina", "Propietaria"),
    },
    "architect": {
        "en": ("Principal", "Project Architect", "Associate Director", "Interior Designer"),
        "de": ("Architektin", "Projektleiter"),
        "nl": ("Architect", "Projectleider"),
        "it": ("Architetto",),
        "es": ("Arquitecta",),
        "sv": ("Arkitekt",),
        "pl": ("Architekt",),
    },
    "ngo": {
        "en": ("Executive Director", "Volunteer Coordinator", "Development Officer", "Program Manager"),
        "de": ("Geschäftsführerin", "Projektkoordinator"),
        "nl": ("Directeur", "Coördinator vrijwilligers"),
        "it": ("Presidente", "Coordinatrice"),
        "es": ("Directora Ejecutiva", "Coordinador"),
        "sv": ("Verksamhetschef",),
        "pl": ("Prezes Zarządu", "Koordynator projektów"),
    },
}
# A second title line: what the first one is of (a title on two lines; the truth joins them with ", ").
SECOND_LINE: dict[str, tuple[str, ...]] = {
    "en": (
        "Commercial Lending",
        "Business Development",
        "Client Services",
        "Northeast Region",
        "Research & Innovation",
    ),
    "de": ("Vertrieb Süd", "Firmenkunden", "Forschung & Entwicklung"),
    "nl": ("Zakelijke markt", "Regio Noord"),
    "it": ("Area Nord-Est", "Sviluppo Commerciale"),
    "es": ("Zona Centro", "Desarrollo de Negocio"),
    "sv": ("Region Väst",),
    "pl": ("Region Południe",),
}
# Sectors whose titles run to a second line (a region, a line of business).
TWO_LINE_SECTORS = ("bank", "insurance", "it", "realestate", "university")
# Departments: a university's, and a firm's.
ACADEMIC: dict[str, tuple[str, ...]] = {
    "en": ("Department of Physics", "Department of Mechanical Engineering", "School of Public Health"),
    "de": ("Institut für Informatik", "Lehrstuhl für Mikrobiologie"),
    "nl": ("Faculteit der Rechtsgeleerdheid",),
    "it": ("Dipartimento di Ingegneria",),
    "es": ("Departamento de Química",),
    "sv": ("Institutionen för fysik",),
    "pl": ("Wydział Chemii",),
}
BUSINESS: dict[str, tuple[str, ...]] = {
    "en": ("Sales Department", "Human Resources", "Customer Service"),
    "de": ("Abteilung Vertrieb", "Abteilung Personal"),
    "nl": ("Afdeling Verkoop",),
    "it": ("Ufficio Commerciale",),
    "es": ("Departamento Comercial",),
    "sv": ("Försäljningsavdelningen",),
    "pl": ("Dział Sprzedaży",),
}
SLOGANS: dict[str, tuple[str, ...]] = {
    "en": (
        "Trusted advice since {Y}",
        "Building better futures",
        "Your neighborhood experts",
        "Smart software for growing teams",
        "Where every stay feels like home",
        "Serving {T} since {Y}",
    ),
    "de": ("Seit {Y} an Ihrer Seite", "Kompetenz, die verbindet", "Ihr Partner vor Ort"),
    "nl": ("Al {N} jaar uw partner", "Persoonlijk en dichtbij"),
    "it": ("Dal {Y} al vostro servizio", "Qualità e passione"),
    "es": ("Desde {Y} a su lado", "Cuidamos de ti"),
    "sv": ("Sedan {Y}", "Nära dig"),
    "pl": ("Od {Y} roku z Tobą", "Profesjonalnie i rzetelnie"),
}
# Syllables for IT firms' wordmarks: made-up brands, pronounceable in any of the countries.
SYLLABLES = ("ver", "nex", "lum", "tra", "sol", "vi", "qua", "dro", "zen", "cor", "pli", "ka", "mo", "rix", "tal")
TLD: dict[str, str] = {
    "US": "com",
    "UK": "co.uk",
    "DE": "de",
    "NL": "nl",
    "IT": "it",
    "ES": "es",
    "BE": "be",
    "CH": "ch",
    "SE": "se",
    "PL": "pl",
}


@dataclass(frozen=True)
class Firm:
    sector: str
    wordmark: str  # the name as the logo prints it
    legal: str | None  # the fine print's fuller name, when the card prints one
    host: str  # web host, without "www."
    registration: str | None


def _pick(table: dict[str, tuple[str, ...]], lang: str, rng: random.Random) -> str:
    return rng.choice(table.get(lang) or table["en"])


def _fill(template: str, fake: Faker, rng: random.Random) -> tuple[str, str]:
    """The firm's name and the town it names (a university's host is its town's)."""
    word = "".join(rng.sample(SYLLABLES, rng.choice((2, 3)))).capitalize()
    town = people.city(fake).split(" ")[0].rstrip(",")
    return template.format(
        L=fake.last_name().split(" ")[0], M=fake.last_name().split(" ")[0], T=town, W=word, G=fake.first_name()
    ), town


def _numbers(template: str, rng: random.Random, town: str) -> str:
    out = template.replace("{T}", town)
    while "{n" in out:
        start = out.index("{n")
        end = out.index("}", start)
        count = int(out[start + 2 : end])
        out = out[:start] + "".join(str(rng.randint(0, 9)) for _ in range(count)) + out[end + 1 :]
    return out


def firm(fake: Faker, rng: random.Random, country: str, lang: str, sector: str) -> Firm:
    english = lang == "en" or (sector in ("it", "bank", "hotel") and rng.random() < 0.3)
    name, town = _fill(_pick(FIRMS[sector], "en" if english else lang, rng), fake, rng)
    legal: str | None = None
    if sector in ("it", "realestate", "insurance", "architect") and rng.random() < 0.6:
        legal = f"{name} {rng.choice(LEGAL[country])}"
    slug = ascii_fold(name).lower().replace("&", "").replace("'s", "s").replace(".", "")
    words = [w for w in slug.replace(",", " ").split() if w.isalnum()]
    if sector == "university":
        town = ascii_fold(town).lower()
        host = {"US": f"{town}.edu", "UK": f"{town}.ac.uk", "DE": f"uni-{town}.de"}.get(
            country, f"uni{town}.{TLD[country]}"
        )
    else:
        joiner = "-" if rng.random() < 0.3 and len(words) > 1 else ""
        # Offices shorten a long name in their host: its last two words ("kanzlei-berger-lund" → "berger-lund").
        host = joiner.join(words[-2:] if len(words) > 2 else words) + "." + TLD[country]
    if rng.random() < 0.2 and country != "US":
        host = host.rsplit(".", 1)[0].replace(".co", "") + ".com"
    registration = None
    forms = US_REGISTRATION.get(sector, ()) if country == "US" else REGISTRATION[country]
    if forms and rng.random() < 0.45:
        registration = _numbers(rng.choice(forms), rng, people.city(fake).split(" ")[0])
    return Firm(sector, name, legal, host, registration)


def title(rng: random.Random, lang: str, sector: str) -> list[str]:
    """The title's printed lines (one or two)."""
    first = _pick(TITLES[sector], lang if rng.random() < 0.75 else "en", rng)
    if sector in TWO_LINE_SECTORS and rng.random() < 0.35:
        return [first, _pick(SECOND_LINE, lang, rng)]
    return [first]


def department(rng: random.Random, lang: str, sector: str) -> str | None:
    if sector == "university":
        return _pick(ACADEMIC, lang if rng.random() < 0.7 else "en", rng)
    if sector in ("bank", "insurance", "it") and rng.random() < 0.3:
        return _pick(BUSINESS, lang if rng.random() < 0.7 else "en", rng)
    return None


def slogan(fake: Faker, rng: random.Random, lang: str) -> str:
    year = rng.randint(1950, 2015)
    return _pick(SLOGANS, lang, rng).format(Y=year, N=2024 - year, T=people.city(fake).split(" ")[0])
