"""The words ``fr_stranger_set``'s French cards print beside Faker's fr_FR data: trades, titles, firm patterns,
phone labels, address parts and the legal fine print of French firms.

Written from general knowledge of how French firms, professions, associations and town halls print their
cards (trade directories, the legal mentions a French company must print: forme, capital, RCS, SIRET, TVA),
before reading the parser's rules and without any evaluation card. Titles come as (masculine, feminine):
French cards agree the title with the person.
"""

from __future__ import annotations

Gendered = tuple[str, str]

# Trades of artisans: (the firm's trade words, the taglines such a firm prints, the titles its people hold).
ARTISANS: list[tuple[str, list[str], list[Gendered]]] = [
    (
        "Plomberie Chauffage",
        ["Dépannage – Installation – Entretien", "Sanitaire • Chauffage • Climatisation", "Pompes à chaleur"],
        [("Plombier chauffagiste", "Plombière chauffagiste"), ("Gérant", "Gérante")],
    ),
    (
        "Électricité Générale",
        ["Neuf & Rénovation", "Mise aux normes – Domotique – Dépannage", "Installations électriques"],
        [("Électricien", "Électricienne"), ("Artisan électricien", "Artisane électricienne"), ("Gérant", "Gérante")],
    ),
    (
        "Boulangerie Pâtisserie",
        ["Pains au levain – Viennoiseries maison", "Artisan boulanger depuis 1987", "Fermé le mercredi"],
        [("Artisan boulanger", "Artisane boulangère"), ("Gérant", "Gérante")],
    ),
    (
        "Menuiserie",
        ["Bois • Alu • PVC", "Fenêtres, portes, escaliers sur mesure", "Agencement intérieur"],
        [("Menuisier ébéniste", "Menuisière ébéniste"), ("Gérant", "Gérante")],
    ),
    (
        "Couverture Zinguerie",
        ["Charpente – Couverture – Zinguerie", "Ramonage et démoussage", "Devis gratuit"],
        [("Couvreur", "Couvreuse"), ("Chef d'entreprise", "Cheffe d'entreprise")],
    ),
    (
        "Paysages",
        ["Création et entretien de jardins", "Élagage – Clôtures – Arrosage", "Aménagements extérieurs"],
        [("Paysagiste", "Paysagiste"), ("Gérant", "Gérante")],
    ),
    (
        "Maçonnerie",
        ["Gros œuvre – Rénovation – Carrelage", "Construction de maisons individuelles"],
        [("Maçon", "Maçonne"), ("Gérant", "Gérante"), ("Conducteur de travaux", "Conductrice de travaux")],
    ),
    (
        "Peinture Décoration",
        ["Peinture intérieure et extérieure", "Revêtements de sols et murs", "Ravalement de façades"],
        [("Peintre décorateur", "Peintre décoratrice"), ("Gérant", "Gérante")],
    ),
    (
        "Garage",
        ["Mécanique – Carrosserie – Pneumatiques", "Agent toutes marques", "Vente de véhicules d'occasion"],
        [("Mécanicien", "Mécanicienne"), ("Réceptionnaire après-vente", "Réceptionnaire après-vente")],
    ),
]

# The professions libérales: (profession key, the firm's patterns, the titles, the honorific they print).
# ``{s}`` and ``{t}`` are surnames, ``{c}`` the town; None: the card prints no firm at all.
PROFESSIONS: list[tuple[str, list[str | None], list[Gendered], str | None]] = [
    (
        "avocat",
        ["Cabinet {s}", "{s} & Associés", "SELARL {s} Avocats", "{s} {t} Avocats", None],
        [
            ("Avocat au Barreau de {c}", "Avocate au Barreau de {c}"),
            ("Avocat associé", "Avocate associée"),
            ("Avocat", "Avocate"),
            ("Avocat spécialiste en droit social", "Avocate spécialiste en droit social"),
        ],
        "Me",
    ),
    (
        "notaire",
        ["Office notarial de {c}", "{s} & {t}, Notaires associés", "SCP {s} et {t}", "Étude de Maître {s}"],
        [("Notaire", "Notaire"), ("Notaire associé", "Notaire associée"), ("Clerc de notaire", "Clerc de notaire")],
        "Me",
    ),
    (
        "comptable",
        ["Cabinet {s}", "{s} Expertise Comptable", "{s} Audit & Conseil", "Fiduciaire {s}"],
        [
            ("Expert-comptable", "Experte-comptable"),
            ("Expert-comptable associé", "Experte-comptable associée"),
            ("Commissaire aux comptes", "Commissaire aux comptes"),
            ("Collaborateur comptable", "Collaboratrice comptable"),
        ],
        None,
    ),
    (
        "kine",
        ["Cabinet de kinésithérapie {s}", "Centre de rééducation du {c}", None, None],
        [
            ("Masseur-kinésithérapeute D.E.", "Masseuse-kinésithérapeute D.E."),
            ("Kinésithérapeute", "Kinésithérapeute"),
            ("Ostéopathe D.O.", "Ostéopathe D.O."),
        ],
        None,
    ),
    (
        "dentiste",
        ["Cabinet dentaire {s}", "Centre dentaire de {c}", None],
        [("Chirurgien-dentiste", "Chirurgienne-dentiste"), ("Orthodontiste", "Orthodontiste")],
        "Dr",
    ),
    (
        "architecte",
        ["{s} Architecture", "Atelier {s}", "{s} {t} Architectes"],
        [("Architecte D.P.L.G.", "Architecte D.P.L.G."), ("Architecte associé", "Architecte associée")],
        None,
    ),
]

# Companies: the sector word after a surname, and the legal forms a French company prints.
SECTORS = [
    "Industrie",
    "Logistique",
    "Transports",
    "Emballages",
    "Bâtiment",
    "Immobilier",
    "Conseil",
    "Ingénierie",
    "Distribution",
    "Environnement",
    "Énergies",
    "Informatique",
    "Assurances",
    "Métallerie",
    "Équipements",
    "Nettoyage",
]
COMPANY_FORMS = ["SAS", "SARL", "SA", "EURL", "SASU", "SCI", "SNC"]
COMPANY_TITLES: list[Gendered] = [
    ("Chargé d'affaires", "Chargée d'affaires"),
    ("Responsable commercial", "Responsable commerciale"),
    ("Directeur des ressources humaines", "Directrice des ressources humaines"),
    ("Directeur général", "Directrice générale"),
    ("Président", "Présidente"),
    ("Ingénieur commercial", "Ingénieure commerciale"),
    ("Assistant de direction", "Assistante de direction"),
    ("Responsable des achats", "Responsable des achats"),
    ("Technico-commercial", "Technico-commerciale"),
    ("Directeur administratif et financier", "Directrice administrative et financière"),
    ("Chef de projet", "Cheffe de projet"),
    ("Responsable qualité", "Responsable qualité"),
    ("Attaché commercial", "Attachée commerciale"),
    ("Directeur d'agence", "Directrice d'agence"),
    ("Juriste", "Juriste"),
    ("Gestionnaire de patrimoine", "Gestionnaire de patrimoine"),
    ("Négociateur immobilier", "Négociatrice immobilier"),
]
DEPARTMENTS = [
    "Direction commerciale",
    "Service des ressources humaines",
    "Pôle Entreprises",
    "Service clients",
    "Direction technique",
    "Service achats",
]

# Associations: the name patterns ({c} the town, {s} a surname), the officers' titles.
ASSOCIATIONS = [
    "Comité des fêtes de {c}",
    "Association Les Amis de {c}",
    "Union sportive de {c}",
    "{c} Solidarité",
    "Association Familles Rurales de {c}",
    "Club de randonnée de {c}",
]
ASSOCIATION_TITLES: list[Gendered] = [
    ("Président", "Présidente"),
    ("Trésorier", "Trésorière"),
    ("Secrétaire général", "Secrétaire générale"),
    ("Coordinateur", "Coordinatrice"),
    ("Chargé de mission", "Chargée de mission"),
    ("Animateur", "Animatrice"),
]

# Town halls and their services.
TOWN_HALLS = ["Mairie de {c}", "Ville de {c}", "Commune de {c}"]
TOWN_TITLES: list[Gendered] = [
    ("Maire", "Maire"),
    ("Adjoint au Maire chargé de l'urbanisme", "Adjointe au Maire chargée de l'urbanisme"),
    ("Adjoint au Maire délégué à la culture", "Adjointe au Maire déléguée à la culture"),
    ("Secrétaire de mairie", "Secrétaire de mairie"),
    ("Directeur général des services", "Directrice générale des services"),
    ("Conseiller municipal", "Conseillère municipale"),
]
TOWN_SERVICES = ["Service urbanisme", "Services techniques", "Service culture et vie associative", "État civil"]

# Start-ups: made-up brands from syllables, titles often in English as French start-ups print them.
BRAND_SYLLABLES = ["ka", "lo", "vi", "na", "zen", "ly", "tri", "mo", "ra", "flo", "neo", "qui", "sy", "dia", "ve", "ta"]
BRAND_ENDINGS = ["", "o", "ia", "ly", "io", "eo", "a"]
STARTUP_TITLES: list[Gendered] = [
    ("CEO & Co-fondateur", "CEO & Co-fondatrice"),
    ("Fondateur", "Fondatrice"),
    ("CTO", "CTO"),
    ("Business Developer", "Business Developer"),
    ("Responsable partenariats", "Responsable partenariats"),
    ("Product Manager", "Product Manager"),
    ("Directeur technique", "Directrice technique"),
    ("Head of Sales", "Head of Sales"),
]
STARTUP_TAGLINES = [
    "La gestion de vos stocks, simplement",
    "Logiciel de planification pour les PME",
    "L'énergie solaire pour tous",
    "Votre comptabilité en temps réel",
    "Solutions IoT pour l'agriculture",
]

# Phone labels as French cards print them, with the kind the truth gives each (EVALUATION_FORMAT.md).
WORK_LABELS = ["Tél.", "Tél. :", "Tél", "T.", "Standard :", "Ligne directe :", "Bureau :"]
MOBILE_LABELS = ["Port.", "Port. :", "Mob.", "Mobile :", "Portable :", "P."]
FAX_LABELS = ["Fax", "Fax :", "Fax.", "F."]

# Address parts beyond the street: (pattern, whether it comes before the street). {s} a surname, {n} a number.
ADDRESS_EXTRAS = [
    ("Bât. {b}", True),
    ("Bâtiment {b} – {n}e étage", True),
    ("ZA des {p}", False),
    ("ZI de la {q}", False),
    ("ZAC du {r}", False),
    ("Parc d'activités du {r}", False),
    ("Immeuble Le {r}", True),
    ("Lieu-dit Les {p}", False),
]
PLACE_PLURALS = ["Tilleuls", "Peupliers", "Granges", "Vignes", "Prés", "Sablons", "Chênes"]
PLACE_FEMININE = ["Gare", "Plaine", "Fontaine", "Croix Blanche", "Garenne"]
PLACE_MASCULINE = ["Moulin", "Château", "Pont Neuf", "Val", "Parc", "Centre"]
MAILBOX_LOCALS = ["contact", "accueil", "secretariat", "info", "cabinet", "devis"]
FREE_MAIL_DOMAINS = ["orange.fr", "wanadoo.fr", "laposte.net", "free.fr", "sfr.fr", "gmail.com"]
