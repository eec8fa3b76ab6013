"""The trades ``crowded_photo_set`` prints: what a cheap print shop's card for each says besides the contacts.

Each trade gives the trade name's patterns (``{last}``, ``{first}``, ``{town}``, ``{word}`` filled by the
data module), the titles its people print, the services it lists in a row, its slogans and the licence its
board gives (a pattern of digits). Written for session 16 from how such cards read, apart from the other
sets' trade lists.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Trade:
    """One trade's words: its firm-name patterns, titles, services, slogans and licence line's pattern."""

    key: str
    brands: tuple[str, ...]
    titles: tuple[str, ...]
    services: tuple[str, ...]
    slogans: tuple[str, ...]
    licence: str | None = None  # "~" stands for a digit


BR_TRADES = (
    Trade(
        "salon",
        ("Studio {word}", "Espaço {first}", "Salão {word}", "{word} Beauty", "Studio {first} {word}"),
        ("Cabeleireira", "Manicure e Pedicure", "Proprietária", "Designer de Sobrancelhas", "Esteticista"),
        ("Manicure", "Pedicure", "Escova", "Progressiva", "Luzes", "Corte", "Design de Sobrancelhas", "Alongamento"),
        ("Realçando sua beleza", "Agende seu horário", "Atendemos com hora marcada", "Sua beleza em boas mãos"),
    ),
    Trade(
        "barber",
        ("Barbearia {word}", "{word} Barber Shop", "Barbearia do {first}", "{first} Barbearia"),
        ("Barbeiro", "Proprietário"),
        ("Corte", "Barba", "Pigmentação", "Sobrancelha", "Platinado", "Hidratação"),
        ("Estilo e atitude", "Tradição e estilo", "Aceitamos cartões"),
    ),
    Trade(
        "mechanic",
        ("Auto Mecânica {word}", "Oficina do {first}", "Centro Automotivo {word}", "Auto Center {last}"),
        ("Mecânico", "Proprietário", "Gerente"),
        ("Suspensão", "Freios", "Injeção Eletrônica", "Alinhamento", "Balanceamento", "Troca de Óleo"),
        ("Serviço garantido", "Qualidade e preço justo", "Orçamento sem compromisso"),
    ),
    Trade(
        "realtor",
        ("{last} Imóveis", "Imobiliária {word}", "{word} Negócios Imobiliários"),
        ("Corretor de Imóveis", "Corretora de Imóveis", "Consultora Imobiliária"),
        ("Compra", "Venda", "Aluguel", "Avaliação", "Financiamento"),
        ("Realizando sonhos", "Seu imóvel com segurança"),
        "CRECI ~~~~~-F",
    ),
    Trade(
        "lawyer",
        ("{last} Advocacia", "{last} & {last2} Advogados Associados", "Escritório {last}"),
        ("Advogada", "Advogado", "Advogado Trabalhista"),
        ("Direito Trabalhista", "Previdenciário", "Família", "Cível", "Consumidor"),
        ("Ética e compromisso",),
        "OAB/{uf} ~~~.~~~",
    ),
    Trade(
        "dentist",
        ("Clínica Odontológica {word}", "Odonto {word}", "Sorriso {word}"),
        ("Cirurgiã-Dentista", "Cirurgião-Dentista", "Ortodontista"),
        ("Clareamento", "Implantes", "Aparelhos", "Limpeza", "Próteses", "Canal"),
        ("Seu sorriso é nossa prioridade", "Atendemos convênios"),
        "CRO-{uf} ~~~~~",
    ),
    Trade(
        "doctor",
        ("Clínica {word}", "Consultório {first} {last}", "Centro Médico {word}"),
        ("Médica Dermatologista", "Médico Pediatra", "Clínico Geral", "Ginecologista"),
        ("Consultas", "Exames", "Check-up", "Pequenas Cirurgias"),
        ("Cuidando de você", "Atendimento humanizado"),
        "CRM/{uf} ~~~~~~",
    ),
    Trade(
        "food",
        ("{word} Lanches", "Marmitaria da {first}", "Açaí {word}", "Pastelaria {word}", "Espetinho do {first}"),
        ("Proprietária", "Proprietário"),
        ("Marmitex", "Lanches", "Porções", "Açaí", "Sucos", "Delivery"),
        ("Comida caseira todo dia", "Peça já o seu", "Entregamos em toda a cidade", "O melhor da região"),
    ),
    Trade(
        "build",
        ("{word} Materiais de Construção", "Vidraçaria {word}", "{last} Construções", "Elétrica {word}"),
        ("Eletricista", "Engenheiro Civil", "Mestre de Obras", "Vendedor"),
        ("Reformas", "Pinturas", "Elétrica", "Hidráulica", "Box", "Espelhos", "Telhados"),
        ("Fazemos seu projeto", "Entregamos em domicílio", "Orçamento grátis"),
        "CNPJ ~~.~~~.~~~/0001-~~",
    ),
    Trade(
        "phone_repair",
        ("{word} Cell", "Assistência Técnica {word}", "{word} Celulares", "Info {word}"),
        ("Técnico", "Atendente"),
        ("Troca de Tela", "Bateria", "Acessórios", "Desbloqueio", "Conserto de Notebook"),
        ("Conserto na hora", "Garantia de 90 dias"),
        "CNPJ ~~.~~~.~~~/0001-~~",
    ),
    Trade(
        "pet",
        ("Pet Shop {word}", "{word} Pet", "Clínica Veterinária {word}"),
        ("Médica Veterinária", "Tosador", "Proprietária"),
        ("Banho", "Tosa", "Rações", "Vacinas", "Consultas", "Leva e Traz"),
        ("Amor pelo seu pet", "Seu pet merece"),
        "CRMV-{uf} ~~~~~",
    ),
    Trade(
        "sewing",
        ("Ateliê {first}", "Costura {word}", "{word} Moda Festa"),
        ("Costureira", "Estilista"),
        ("Ajustes", "Consertos", "Bainhas", "Vestidos sob Medida", "Aluguel de Trajes"),
        ("Feito com carinho", "Atendemos a domicílio"),
    ),
)

US_TRADES = (
    Trade(
        "nails",
        ("{word} Nails & Spa", "{first}'s Nail Studio", "{word} Nail Lounge"),
        ("Owner", "Nail Technician", "Manager"),
        ("Manicure", "Pedicure", "Gel", "Acrylic", "Dip Powder", "Waxing", "Lashes"),
        ("Walk-ins Welcome", "Gift Certificates Available"),
        "License #~~~~~~",
    ),
    Trade(
        "barber",
        ("{word} Barber Co.", "{first}'s Barbershop", "The {word} Barber"),
        ("Master Barber", "Barber", "Owner"),
        ("Cuts", "Fades", "Beard Trims", "Hot Towel Shave", "Kids Cuts"),
        ("Appointments & Walk-ins", "Look sharp"),
    ),
    Trade(
        "auto",
        ("{last} Auto Repair", "{word} Auto Care", "{town} Tire & Brake"),
        ("Owner", "Service Advisor", "ASE Certified Technician"),
        ("Brakes", "Tires", "Oil Change", "Diagnostics", "A/C Repair", "Transmissions"),
        ("Honest work, fair prices", "Family owned since {year}"),
    ),
    Trade(
        "realtor",
        ("{word} Realty", "{last} Real Estate Group", "{town} Home Team"),
        ("REALTOR®", "Broker Associate", "Realtor", "Listing Agent"),
        ("Buying", "Selling", "Relocation", "First-Time Buyers"),
        ("Your home is my business", "Call me for a free market analysis"),
        "DRE #0~~~~~~~",
    ),
    Trade(
        "law",
        ("Law Office of {first} {last}", "{last} & {last2}, PLLC", "{last} Law Group"),
        ("Attorney at Law", "Managing Partner", "Paralegal"),
        ("Personal Injury", "Immigration", "DUI", "Family Law", "Wills & Trusts"),
        ("Free Consultation", "Se Habla Español"),
        "Bar No. ~~~~~~",
    ),
    Trade(
        "dental",
        ("{word} Family Dentistry", "{town} Dental Care", "{word} Smiles"),
        ("DDS", "Office Manager", "Dental Hygienist"),
        ("Cleanings", "Implants", "Invisalign", "Whitening", "Emergencies"),
        ("New patients welcome", "Most insurance accepted"),
    ),
    Trade(
        "plumbing",
        ("{last} Plumbing", "{word} Plumbing & Drain", "{town} Rooter"),
        ("Master Plumber", "Owner", "Estimator"),
        ("Drain Cleaning", "Water Heaters", "Repipes", "Leak Detection", "24/7 Emergency"),
        ("Licensed & Insured", "No job too small"),
        "License #M-~~~~~",
    ),
    Trade(
        "hvac",
        ("{word} Heating & Air", "{last} HVAC", "{town} Comfort Systems"),
        ("Owner", "Service Manager", "HVAC Technician"),
        ("Heating", "Cooling", "Ductwork", "Maintenance Plans", "Installations"),
        ("Licensed & Insured", "We keep you comfortable"),
        "Lic. #TACLA~~~~~C",
    ),
    Trade(
        "landscaping",
        ("{word} Lawn & Landscape", "{last} Landscaping", "{word} Tree Service"),
        ("Owner", "Crew Leader"),
        ("Mowing", "Trimming", "Mulch", "Sod", "Irrigation", "Tree Removal"),
        ("Free Estimates", "Residential & Commercial"),
    ),
    Trade(
        "cleaning",
        ("{word} Cleaning Services", "{first}'s Maid Service", "{word} Janitorial"),
        ("Owner", "Supervisor"),
        ("Homes", "Offices", "Move-In/Move-Out", "Deep Cleaning", "Windows"),
        ("Bonded & Insured", "We clean, you relax"),
    ),
    Trade(
        "food",
        ("{word} Taqueria", "{first}'s Bakery", "{word} Food Truck", "{word} Pho & Grill"),
        ("Owner", "Chef", "Catering Manager"),
        ("Tacos", "Burritos", "Catering", "Cakes", "Pastries", "Lunch Specials"),
        ("Catering for all occasions", "Order online"),
    ),
    Trade(
        "insurance",
        ("{last} Insurance Agency", "{word} Insurance & Tax", "{town} Tax Service"),
        ("Agent", "Insurance Agent", "Enrolled Agent", "Tax Preparer"),
        ("Auto", "Home", "Life", "Business", "Tax Preparation", "Notary"),
        ("Protecting what matters", "Hablamos Español"),
        "License #0~~~~~~",
    ),
)

# Words a print shop's customer chooses for the trade name: short, upbeat, often English even in Brazil.
BR_WORDS = (
    "Bella", "Charme", "Elegance", "Essência", "Diva", "Vip", "Top", "Nova Era", "Real", "Bom Jesus",
    "São Jorge", "Primavera", "Estrela", "Aurora", "Premium", "Master", "Leão", "Boa Vista", "Jardim", "Ideal",
    "Nobre", "Arte", "Point", "Vitória", "Shalom", "Mix", "Luz", "Sol Nascente",
)  # fmt: skip
US_WORDS = (
    "Golden", "Elite", "Lucky", "Star", "Pacific", "Lone Star", "Sunrise", "Evergreen", "Liberty", "Crystal",
    "Royal", "Prime", "Blue Ridge", "Magnolia", "Summit", "Heritage", "Cactus", "Bayou", "Eagle", "Hometown",
    "Tip Top", "Silver", "Diamond", "Peachtree",
)  # fmt: skip
