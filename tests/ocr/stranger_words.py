"""The words ``stranger_data``'s cards print, in each language: titles, trade words, legal forms, the
name patterns of law and accounting firms, universities and hospitals, departments, honorifics. Written from
general knowledge of such cards (none comes from an evaluation card); the people, streets and towns are
Faker's.
"""

from __future__ import annotations

# Titles of office cards; an English title is printed on half the European cards too (international firms).
TITLES: dict[str, list[str]] = {
    "en": [
        "Senior Vice President, Sales",
        "Director of Marketing",
        "Chief Financial Officer",
        "Head of Procurement",
        "Regional Sales Manager",
        "Senior Software Engineer",
        "Account Executive",
        "Managing Director",
        "Product Manager",
        "Business Development Manager",
        "Operations Director",
        "Project Engineer",
    ],
    "de": [
        "Geschäftsführer",
        "Leiter Vertrieb",
        "Projektleiterin",
        "Key Account Manager",
        "Prokurist",
        "Bereichsleiter Einkauf",
        "Vertriebsingenieur",
        "Leiterin Personal",
    ],
    "fr": [
        "Directeur commercial",
        "Responsable des achats",
        "Chef de projet",
        "Directrice générale",
        "Ingénieur d'affaires",
        "Responsable marketing",
    ],
    "it": [
        "Direttore commerciale",
        "Responsabile acquisti",
        "Amministratore delegato",
        "Project manager",
        "Responsabile vendite",
    ],
    "es": ["Director comercial", "Jefe de ventas", "Responsable de compras", "Gerente", "Directora financiera"],
    "nl": ["Directeur", "Accountmanager", "Projectleider", "Commercieel directeur", "Adviseur"],
    "sv": ["Försäljningschef", "Verkställande direktör", "Projektledare", "Inköpschef"],
    "da": ["Salgschef", "Administrerende direktør", "Projektleder"],
    "no": ["Daglig leder", "Salgssjef", "Prosjektleder"],
    "fi": ["Myyntipäällikkö", "Toimitusjohtaja", "Projektipäällikkö"],
    "pl": ["Dyrektor handlowy", "Kierownik projektu", "Prezes Zarządu", "Specjalista ds. sprzedaży"],
}
# A trade word after a surname makes a firm's name ("<surname> Logistik GmbH").
TRADES: dict[str, list[str]] = {
    "en": ["Engineering", "Logistics", "Consulting", "Systems", "Analytics", "Construction", "Capital"],
    "de": ["Logistik", "Maschinenbau", "Bau", "Consulting", "Elektrotechnik", "Immobilien"],
    "fr": ["Conseil", "Ingénierie", "Logistique", "Bâtiment", "Immobilier"],
    "it": ["Costruzioni", "Impianti", "Consulting", "Logistica", "Meccanica"],
    "es": ["Ingeniería", "Construcciones", "Logística", "Consultores"],
    "nl": ["Techniek", "Logistiek", "Bouw", "Advies"],
    "sv": ["Bygg", "Teknik", "Konsult", "Logistik"],
    "da": ["Byg", "Teknik", "Rådgivning"],
    "no": ["Bygg", "Teknikk", "Rådgivning"],
    "fi": ["Rakennus", "Tekniikka", "Logistiikka"],
    "pl": ["Budownictwo", "Logistyka", "Doradztwo"],
}
# Made-up brands of two words (most corporate wordmarks say nothing of the firm's people).
BRAND_FIRST = ["North", "Blue", "Clear", "Silver", "Bright", "Nova", "Peak", "True", "Iron", "Green", "Summit", "Delta"]
BRAND_SECOND = ["Harbor", "Ridge", "Point", "Wave", "Field", "Stone", "Path", "Bridge", "Works", "Labs", "Loop"]
LEGAL_FORMS: dict[str, list[str]] = {
    "US": ["Inc.", "LLC", "Corp.", "Inc"],
    "GB": ["Ltd", "Limited", "PLC", "Ltd."],
    "DE": ["GmbH", "AG", "GmbH & Co. KG", "SE"],
    "AT": ["GmbH", "AG", "KG"],
    "CH": ["AG", "GmbH", "SA"],
    "FR": ["SAS", "SARL", "SA"],
    "IT": ["S.r.l.", "S.p.A.", "srl"],
    "ES": ["S.L.", "S.A."],
    "NL": ["B.V.", "N.V."],
    "SE": ["AB"],
    "DK": ["A/S", "ApS"],
    "NO": ["AS", "ASA"],
    "FI": ["Oy", "Oyj"],
    "PL": ["Sp. z o.o.", "S.A."],
}
LAW_FIRMS: dict[str, list[str]] = {
    "en": ["{a}, {b} & {c} LLP", "{a} & {b} LLP", "{a} {b} Solicitors", "The Law Offices of {a} & {b}"],
    "de": ["{a} & Partner Rechtsanwälte", "{a} {b} Rechtsanwälte PartG mbB", "Kanzlei {a} & {b}"],
    "fr": ["{a} & Associés", "Cabinet {a} {b} Avocats", "{a} {b} Avocats"],
    "it": ["Studio Legale {a} & {b}", "Studio Legale Associato {a}"],
    "es": ["{a} & {b} Abogados", "Bufete {a} {b}"],
    "nl": ["{a} {b} Advocaten", "{a} & {b} Advocaten N.V."],
    "sv": ["Advokatfirman {a} {b}", "{a} & {b} Advokatbyrå"],
    "da": ["Advokatfirmaet {a} & {b}"],
    "no": ["Advokatfirmaet {a} {b} AS"],
    "fi": ["Asianajotoimisto {a} & {b}"],
    "pl": ["Kancelaria Prawna {a} i Wspólnicy", "Kancelaria {a} {b} sp.k."],
}
LAW_TITLES: dict[str, list[str]] = {
    "en": ["Partner", "Attorney at Law", "Associate", "Senior Associate", "Of Counsel"],
    "de": ["Rechtsanwalt", "Rechtsanwältin, Partnerin", "Fachanwalt für Arbeitsrecht"],
    "fr": ["Avocat associé", "Avocate à la Cour"],
    "it": ["Avvocato", "Avvocato, Socio"],
    "es": ["Abogado", "Socio Director"],
    "nl": ["Advocaat", "Advocaat-partner"],
    "sv": ["Advokat", "Delägare"],
    "da": ["Advokat", "Partner"],
    "no": ["Advokat", "Partner"],
    "fi": ["Asianajaja", "Osakas"],
    "pl": ["Radca prawny", "Adwokat, Partner"],
}
ACCOUNTING_FIRMS: dict[str, list[str]] = {
    "en": ["{a} & {b} CPAs", "{a}, {b} & Co.", "{a} {b} Chartered Accountants"],
    "de": ["{a} & {b} Steuerberatungsgesellschaft mbH", "Steuerkanzlei {a}"],
    "fr": ["Cabinet {a} Expertise Comptable", "{a} & {b} Experts-Comptables"],
    "it": ["Studio {a} Commercialisti Associati"],
    "es": ["{a} Asesores", "Asesoría {a} & {b}"],
    "nl": ["{a} {b} Accountants"],
    "sv": ["{a} Revision AB"],
    "da": ["{a} Revision"],
    "no": ["{a} Revisjon AS"],
    "fi": ["Tilitoimisto {a} Oy"],
    "pl": ["Biuro Rachunkowe {a}"],
}
ACCOUNTING_TITLES: dict[str, list[str]] = {
    "en": ["Certified Public Accountant", "Tax Manager", "Audit Partner"],
    "de": ["Steuerberater", "Wirtschaftsprüferin"],
    "fr": ["Expert-comptable", "Commissaire aux comptes"],
    "it": ["Dottore Commercialista"],
    "es": ["Asesor fiscal"],
    "nl": ["Registeraccountant"],
    "sv": ["Auktoriserad revisor"],
    "da": ["Statsautoriseret revisor"],
    "no": ["Statsautorisert revisor"],
    "fi": ["KHT-tilintarkastaja"],
    "pl": ["Biegły rewident"],
}
UNIVERSITIES: dict[str, list[str]] = {
    "en": ["University of {city}", "{city} State University", "{city} Institute of Technology"],
    "de": ["Universität {city}", "Technische Hochschule {city}", "Hochschule {city}"],
    "fr": ["Université de {city}", "École supérieure de {city}"],
    "it": ["Università degli Studi di {city}"],
    "es": ["Universidad de {city}"],
    "nl": ["Universiteit {city}", "Hogeschool {city}"],
    "sv": ["{city} universitet"],
    "da": ["{city} Universitet"],
    "no": ["Universitetet i {city}"],
    "fi": ["{city} yliopisto"],
    "pl": ["Politechnika {city}"],
}
SUBJECTS: dict[str, list[tuple[str, str]]] = {  # (department, professor's title)
    "en": [
        ("Department of Chemistry", "Professor of Chemistry"),
        ("School of Engineering", "Associate Professor"),
        ("Department of Economics", "Assistant Professor of Economics"),
        ("Department of Physics", "Lecturer"),
    ],
    "de": [
        ("Institut für Informatik", "Professorin für Informatik"),
        ("Fakultät für Maschinenbau", "Lehrstuhlinhaber"),
        ("Institut für Physik", "Wissenschaftlicher Mitarbeiter"),
    ],
    "fr": [("Département de chimie", "Maître de conférences"), ("Faculté des sciences", "Professeur des universités")],
    "it": [("Dipartimento di Fisica", "Professore ordinario"), ("Dipartimento di Economia", "Ricercatrice")],
    "es": [("Departamento de Química", "Catedrático"), ("Facultad de Economía", "Profesora titular")],
    "nl": [("Faculteit Techniek", "Hoogleraar"), ("Afdeling Economie", "Universitair docent")],
    "sv": [("Institutionen för fysik", "Professor"), ("Institutionen för kemi", "Universitetslektor")],
    "da": [("Institut for Kemi", "Lektor")],
    "no": [("Institutt for fysikk", "Førsteamanuensis")],
    "fi": [("Kemian laitos", "Professori")],
    "pl": [("Wydział Chemiczny", "Profesor"), ("Katedra Fizyki", "Adiunkt")],
}
HOSPITALS: dict[str, list[str]] = {
    "en": ["{city} General Hospital", "St. {first}'s Medical Center"],
    "de": ["Klinikum {city}", "Universitätsklinikum {city}"],
    "fr": ["Centre Hospitalier de {city}"],
    "it": ["Ospedale di {city}"],
    "es": ["Hospital General de {city}"],
    "nl": ["Ziekenhuis {city}"],
    "sv": ["{city} sjukhus"],
    "da": ["{city} Sygehus"],
    "no": ["{city} sykehus"],
    "fi": ["{city} keskussairaala"],
    "pl": ["Szpital Miejski w {city}"],
}
WARDS: dict[str, list[tuple[str, str]]] = {
    "en": [("Department of Cardiology", "Attending Physician"), ("Orthopaedic Surgery", "Consultant Surgeon")],
    "de": [("Klinik für Kardiologie", "Oberarzt"), ("Abteilung Radiologie", "Chefärztin")],
    "fr": [("Service de cardiologie", "Praticien hospitalier")],
    "it": [("Reparto di Cardiologia", "Dirigente medico")],
    "es": [("Servicio de Cardiología", "Médico adjunto")],
    "nl": [("Afdeling Cardiologie", "Cardioloog")],
    "sv": [("Kardiologiska kliniken", "Överläkare")],
    "da": [("Kardiologisk Afdeling", "Overlæge")],
    "no": [("Hjerteavdelingen", "Overlege")],
    "fi": [("Kardiologian klinikka", "Ylilääkäri")],
    "pl": [("Oddział Kardiologii", "Lekarz kierujący")],
}
ACADEMIC_HONORIFICS: dict[str, list[str]] = {
    "en": ["", "Dr.", "Prof."],
    "de": ["Prof. Dr.", "Dr.", "Prof. Dr.-Ing."],
    "fr": ["", "Pr", "Dr"],
    "it": ["Prof.", "Prof.ssa", "Dott."],
    "es": ["", "Dr.", "Dra."],
    "nl": ["prof. dr.", "dr."],
    "sv": [""],
    "da": [""],
    "no": [""],
    "fi": [""],
    "pl": ["prof. dr hab.", "dr inż.", "dr"],
}
GENERAL_MAILBOXES = ["info", "office", "contact", "hello", "kontakt", "mail", "service"]
WEB_PATHS = ["en", "contact", "team", "de/kontakt", "about-us", "fr"]
SOCIAL_HANDLE_SITES = ["x", "instagram"]
