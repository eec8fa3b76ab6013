"""Who prints the card in ``scan_world_set``: the organisation's kind, its names and its people's jobs.

Ten kinds of card-giver the other scan sets draw little of: startups (an invented one-word brand, an
".io"/".ai" site, a social handle), trade-fair exhibitors (an industrial firm with its product lines),
public bodies (ministries, city halls, municipalities, chambers of commerce), hospitals and research labs
(long department lines, credentials), consultants with two roles on one line, artists and photographers
(the person's name is the brand), family firms ("& Sons", "Gebr.", "& Fils", "Hermanos" ...), franchises (a
brand, and the operator's legal name in the fine print), firms with two sites (two addresses) and
freelancers. The words are each language's ordinary job and office vocabulary; names come from Faker.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field

KINDS = (
    "startup",
    "exhibitor",
    "public",
    "hospital",
    "lab",
    "consultant",
    "artist",
    "family",
    "franchise",
    "multisite",
)

# An invented brand is two or three of these syllables (no dictionary word, as startups name themselves).
_ONSETS = ("b", "br", "c", "d", "fl", "k", "l", "m", "n", "p", "qu", "r", "s", "st", "t", "v", "z", "tr", "gl")
_VOWELS = ("a", "e", "i", "o", "u", "ai", "ea", "io", "y")
_ENDINGS = ("ly", "io", "ify", "a", "o", "ix", "r", "n", "x", "sy", "va", "ro")

LEGAL_FORMS = {
    "US": ("Inc.", "LLC", "Corp."),
    "US-ES": ("Inc.", "LLC"),
    "IE": ("Ltd", "DAC", "Limited"),
    "GB-SCT": ("Ltd", "Limited", "LLP"),
    "PT": ("Lda.", "S.A.", "Unipessoal, Lda."),
    "CZ": ("s.r.o.", "a.s."),
    "AT": ("GmbH", "GmbH & Co KG", "AG"),
    "DK": ("ApS", "A/S"),
    "NO": ("AS", "ASA"),
    "CA-QC": ("inc.", "ltée"),
    "GR": ("S.A.", "IKE", "Ltd"),
    "BE": ("SRL", "BV", "SA", "NV"),
    "CH": ("AG", "GmbH", "SA", "Sàrl"),
}
# How a family firm says "and sons / brothers" in the country's language.
FAMILY_FORMS = {
    "en": ("{last} & Sons", "{last} & Son", "{last} Brothers"),
    "de": ("Gebr. {last}", "{last} & Söhne"),
    "fr": ("{last} & Fils", "{last} Frères"),
    "pt": ("Irmãos {last}", "{last} & Filhos"),
    "cs": ("{last} a synové",),
    "da": ("{last} & Søn",),
    "no": ("{last} & Sønner",),
    "el": ("{last} Bros",),
    "es": ("{last} Hermanos", "Hermanos {last}"),
    "nl": ("{last} & Zonen", "Gebroeders {last}"),
}
TRADES = {
    "en": (
        "Hydraulics",
        "Packaging",
        "Precision Engineering",
        "Coatings",
        "Marine Systems",
        "Joinery",
        "Roofing",
        "Logistics",
        "Foods",
        "Wines",
    ),
    "de": ("Maschinenbau", "Verpackungstechnik", "Metallbau", "Holzbau", "Elektrotechnik", "Fördertechnik"),
    "fr": ("Emballages", "Menuiserie", "Métallerie", "Transports", "Vins", "Électricité"),
    "pt": ("Metalomecânica", "Cortiças", "Transportes", "Vinhos", "Têxteis"),
    "cs": ("Strojírny", "Stavby", "Elektro", "Dřevostavby"),
    "da": ("Maskinfabrik", "Emballage", "Tømrer", "Transport"),
    "no": ("Mekaniske", "Bygg", "Elektro", "Sjømat"),
    "el": ("Marine", "Olive Oil", "Logistics", "Marble"),
    "es": ("Landscaping", "Construction", "Auto Repair", "Catering"),
    "nl": ("Verpakkingen", "Bouw", "Transport", "Schrijnwerkerij"),
}
PRODUCT_LINES = {
    "en": ("Valves · Pumps · Fittings", "Folding cartons | Labels | Displays", "CNC machining – Welding – Assembly"),
    "de": ("Sondermaschinen · Automation · Service", "Förderbänder | Hebetechnik", "Fenster – Türen – Fassaden"),
    "fr": ("Emballages carton · Étiquettes · PLV", "Charpente – Couverture – Zinguerie"),
    "pt": ("Rolhas · Granulados · Aglomerados", "Corte laser | Quinagem | Soldadura"),
    "cs": ("Ocelové konstrukce · Svařování", "Okna – Dveře – Fasády"),
    "da": ("Pumper · Ventiler · Service",),
    "no": ("Fiskeforedling · Eksport",),
    "el": ("Marble · Granite · Onyx",),
    "es": ("Residential | Commercial | Maintenance",),
    "nl": ("Kartonnen dozen · Etiketten",),
}
TITLES = {
    "en": (
        "Sales Director",
        "Head of Operations",
        "Project Manager",
        "Senior Account Manager",
        "Export Sales Manager",
        "Office Manager",
        "Managing Director",
        "Business Development Manager",
        "Area Sales Manager DACH",
    ),
    "de": (
        "Geschäftsführer",
        "Leiterin Vertrieb",
        "Projektleiter",
        "Key Account Managerin",
        "Prokurist",
        "Technischer Leiter",
        "Exportleiter",
    ),
    "fr": (
        "Directeur commercial",
        "Chargée de projet",
        "Responsable des achats",
        "Directrice générale",
        "Conseiller principal",
        "Gérant",
    ),
    "pt": ("Diretor Comercial", "Gestora de Projeto", "Diretor-Geral", "Responsável de Exportação"),
    "cs": ("Obchodní ředitel", "Vedoucí projektu", "Jednatel", "Manažerka prodeje"),
    "da": ("Salgsdirektør", "Projektleder", "Administrerende direktør", "Indkøbschef"),
    "no": ("Daglig leder", "Salgssjef", "Prosjektleder", "Innkjøpssjef"),
    "el": ("Commercial Director", "Export Manager", "General Manager"),
    "es": ("Gerente de Ventas", "Directora de Proyectos", "Gerente General"),
    "nl": ("Commercieel directeur", "Projectleider", "Zaakvoerder"),
}
TWO_ROLES = {
    "en": (
        "Founder & CEO",
        "Partner | Head of Tax",
        "Co-founder / CTO",
        "Director & Principal Consultant",
        "Managing Partner & Chief Strategist",
        "Partner · Head of Advisory",
    ),
    "de": ("Gründer & Geschäftsführer", "Partner | Leiter Steuern", "Geschäftsführerin & Gesellschafterin"),
    "fr": ("Fondatrice & présidente", "Associé | Responsable fiscalité", "Fondateur et directeur général"),
    "pt": ("Fundador & CEO", "Sócia | Diretora Fiscal"),
    "cs": ("Zakladatel & CEO", "Partner | Daně"),
    "da": ("Stifter & CEO", "Partner | Skat"),
    "no": ("Gründer & daglig leder", "Partner | Skatt"),
    "el": ("Founder & CEO", "Partner | Head of Tax"),
    "es": ("Fundador & CEO", "Socia | Directora Fiscal"),
    "nl": ("Oprichter & CEO", "Vennoot | Fiscaliteit"),
}
# Bilingual cards print the job in both languages: (main language, second language) pairs.
BILINGUAL_TITLES = {
    ("fr", "nl"): (
        ("Directeur commercial", "Commercieel directeur"),
        ("Chef de projet", "Projectleider"),
        ("Conseillère juridique", "Juridisch adviseur"),
    ),
    ("de", "fr"): (
        ("Leiterin Verkauf", "Responsable des ventes"),
        ("Projektleiter", "Chef de projet"),
        ("Geschäftsführer", "Directeur"),
    ),
    ("en", "es"): (
        ("Insurance Agent", "Agente de Seguros"),
        ("Office Manager", "Gerente de Oficina"),
        ("Case Manager", "Coordinadora de Casos"),
    ),
}
ARTIST_TRADES = (
    "Photographer",
    "Photography",
    "Illustration & Design",
    "Wedding & Portrait Photography",
    "Ceramic Artist",
    "Fotografin",
    "Photographe",
    "Fotógrafo",
    "Fotograf",
    "Visual Artist",
)
CLINICAL_TITLES = (
    "Consultant Cardiologist",
    "Senior Registrar",
    "Head of Department",
    "Oberärztin",
    "Chefarzt",
    "Médecin adjoint",
    "Clinical Nurse Specialist",
    "Attending Physician",
    "Primář",
)
LAB_TITLES = (
    "Postdoctoral Researcher",
    "Research Scientist",
    "Principal Investigator",
    "Professor of Immunology",
    "Group Leader",
    "Doctoral Candidate",
    "Lab Manager",
    "Wissenschaftliche Mitarbeiterin",
    "Chargée de recherche",
)
LONG_DEPARTMENTS = (
    "Department of Cardiology, Angiology and Intensive Care Medicine",
    "Division of Gastroenterology, Hepatology and Nutrition",
    "Klinik für Innere Medizin II – Gastroenterologie, Hepatologie und Endokrinologie",
    "Service de chirurgie orthopédique et traumatologie de l'appareil moteur",
    "Institute of Molecular Biology and Biotechnology – Structural Biology Unit",
    "Centre for Health Services Research and Clinical Epidemiology",
    "Department of Paediatric Surgery and Neonatal Intensive Care",
    "Abteilung für Neuroradiologie und Interventionelle Radiologie",
)
FIELDS = (
    "Molecular Medicine",
    "Marine Science",
    "Applied Photonics",
    "Computational Biology",
    "Materials Research",
    "Climate Research",
    "Neuroscience",
)
# Public offices: the body's name from the town, and one of its departments (a line of its own).
PUBLIC_BODIES = {
    "US": ("City of {town}", "{town} Chamber of Commerce", "Department of Commerce – {state} Office"),
    "US-ES": ("City of {town}", "{town} Hispanic Chamber of Commerce"),
    "IE": ("{town} City Council", "Department of Enterprise, Trade and Employment", "{town} Chamber"),
    "GB-SCT": ("{town} City Council", "{town} & District Chamber of Commerce", "Scottish Government"),
    "PT": ("Câmara Municipal de {town}", "Câmara de Comércio e Indústria de {town}"),
    "CZ": ("Magistrát města {town}", "Krajská hospodářská komora {town}"),
    "AT": ("Marktgemeinde {town}", "Gemeinde {town}", "Wirtschaftskammer {town}", "Stadt {town}"),
    "DK": ("{town} Kommune", "Erhvervsministeriet"),
    "NO": ("{town} kommune", "Nærings- og fiskeridepartementet"),
    "CA-QC": (
        "Ville de {town}",
        "Chambre de commerce et d'industrie de {town}",
        "Ministère de l'Économie et de l'Innovation",
    ),
    "GR": ("Municipality of {town}", "{town} Chamber of Commerce and Industry"),
    "BE": ("Ville de {town}", "Commune de {town}", "Chambre de commerce de {town}"),
    "CH": ("Gemeinde {town}", "Commune de {town}", "Handelskammer {town}"),
}
PUBLIC_DEPARTMENTS = {
    "en": (
        "Planning and Economic Development",
        "Office of International Trade",
        "Department of Parks and Recreation",
        "Business Support Services",
    ),
    "de": ("Abteilung Stadtplanung und Bauwesen", "Bürgerservice", "Referat Wirtschaftsförderung"),
    "fr": ("Service de l'urbanisme", "Direction du développement économique", "Service des relations internationales"),
    "pt": ("Divisão de Urbanismo", "Gabinete de Apoio ao Investidor"),
    "cs": ("Odbor územního plánování",),
    "da": ("Teknik og Miljø", "Erhvervsservice"),
    "no": ("Plan- og bygningsetaten",),
    "el": ("Department of Tourism",),
    "es": ("Oficina de Desarrollo Económico",),
    "nl": ("Dienst Stedenbouw",),
}
PUBLIC_TITLES = {
    "en": ("Economic Development Officer", "Senior Planner", "Director of Trade Services", "Mayor"),
    "de": ("Bürgermeister", "Sachbearbeiterin", "Amtsleiter", "Referentin"),
    "fr": ("Conseiller en développement économique", "Maire", "Urbaniste", "Chargée de mission"),
    "pt": ("Vereador", "Técnica Superior"),
    "cs": ("Vedoucí odboru", "Referentka"),
    "da": ("Borgmester", "Specialkonsulent"),
    "no": ("Rådgiver", "Ordfører"),
    "el": ("Deputy Mayor", "Tourism Officer"),
    "es": ("Coordinadora de Programas",),
    "nl": ("Burgemeester", "Adviseur"),
}
FRANCHISE_BRANDS = (
    "KeyPoint Realty",
    "SwiftPrint",
    "BrightSmile Dental",
    "Homecare Angels",
    "FitZone",
    "QuickLube",
    "Sunset Travel",
    "ClearView Windows",
)
FRANCHISE_NOTES = {
    "en": "Each office independently owned and operated by {legal}",
    "de": "Franchisenehmer: {legal}",
    "fr": "Franchisé indépendant : {legal}",
    "pt": "Agência franchisada explorada por {legal}",
    "cs": "Provozovatel: {legal}",
    "da": "Drives af {legal}",
    "no": "Drives av {legal}",
    "el": "Independently operated by {legal}",
    "es": "Operado por {legal}",
    "nl": "Uitgebaat door {legal}",
}
SITE_LABELS = {
    "en": ("Head Office", "Branch"),
    "de": ("Zentrale", "Niederlassung"),
    "fr": ("Siège", "Agence"),
    "pt": ("Sede", "Filial"),
    "cs": ("Sídlo", "Pobočka"),
    "da": ("Hovedkontor", "Afdeling"),
    "no": ("Hovedkontor", "Avdeling"),
    "el": ("Head Office", "Branch"),
    "es": ("Oficina Principal", "Sucursal"),
    "nl": ("Hoofdzetel", "Filiaal"),
}


@dataclass
class Firm:
    kind: str
    wordmark: str | None  # the big name at the top (None: the person's name is the brand)
    legal: str | None = None  # the fine print's legal name
    tagline: str | None = None
    department: str | None = None
    host: str = ""
    fine: list[str] = field(default_factory=list)  # fine-print lines (the truth's tagline unless a legal name)

    @property
    def company(self) -> str | None:
        """The truth's company: the fullest printed form (the legal name when it holds the wordmark)."""
        if self.legal and self.wordmark and self.wordmark.lower() in self.legal.lower():
            return self.legal
        return self.wordmark or self.legal


def brand_word(rng: random.Random) -> str:
    word = rng.choice(_ONSETS) + rng.choice(_VOWELS)
    if rng.random() < 0.5:
        word += rng.choice(_ONSETS) + rng.choice(_VOWELS)
    return (word + rng.choice(_ENDINGS)).capitalize()
