"""The trades of ``fresh_photo_set``'s cards, in Brazil and the US: how their firms are named, their people's
titles, the licence line their body prints and their usual slogans (the generic words such cards carry, written
for issue 10, session 15; no card's words).

Licence lines ("CRECI 12345-F", "License #0G12345") are transcribed as taglines (``fresh_photo_data``).
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Trade:
    """One trade in one country: how its firms are named, its people's titles, licence and slogans."""

    key: str
    firms: tuple[str, ...]  # patterns: {last}, {first}, {word}, {city}
    titles: tuple[str, ...]
    licence: tuple[str, ...] = ()  # patterns: {n4}, {n5}, {n6}, {uf}
    slogans: tuple[str, ...] = ()


BR_TRADES = (
    Trade(
        "salon",
        ("Studio {first}", "Espaço {first} Beauty", "Salão {first}", "{first} Hair Design"),
        ("Cabeleireira", "Hair Stylist", "Maquiadora", "Designer de Sobrancelhas", "Manicure e Pedicure"),
        (),
        ("Cortes • Coloração • Escova", "Beleza e bem-estar", "Atendimento com hora marcada"),
    ),
    Trade(
        "barber",
        ("Barbearia {last}", "Barbearia do {first}", "{first} Barber Shop", "Navalha de Ouro"),
        ("Barbeiro", "Barber", "Proprietário"),
        (),
        ("Corte • Barba • Sobrancelha", "Estilo e tradição", "Agende seu horário"),
    ),
    Trade(
        "mechanic",
        ("Auto Center {last}", "Oficina {last}", "Mecânica {first}", "{last} Auto Peças"),
        ("Mecânico", "Proprietário", "Gerente"),
        (),
        ("Freios • Suspensão • Injeção Eletrônica", "Mecânica em geral", "Troca de óleo e filtros"),
    ),
    Trade(
        "lawyer",
        ("{last} Advocacia", "{last} & {last2} Advogados Associados", "Escritório {last}"),
        ("Advogada", "Advogado", "Advogada Trabalhista", "Advogado Criminalista"),
        ("OAB/{uf} {n3}.{n3b}",),
        ("Direito Civil, Trabalhista e Previdenciário", "Consultoria jurídica"),
    ),
    Trade(
        "realtor",
        ("{last} Imóveis", "Imobiliária {last}", "{city} Negócios Imobiliários"),
        ("Corretor de Imóveis", "Corretora de Imóveis", "Consultora Imobiliária"),
        ("CRECI {n5}-F", "CRECI/{uf} {n5}"),
        ("Compra • Venda • Locação", "Seu imóvel é o nosso negócio"),
    ),
    Trade(
        "dentist",
        ("Clínica Odontológica {last}", "Odonto {first}", "Sorriso {city}"),
        ("Cirurgiã-Dentista", "Cirurgião-Dentista", "Ortodontista", "Implantodontista"),
        ("CRO-{uf} {n5}",),
        ("Clareamento • Implantes • Ortodontia", "Seu sorriso em boas mãos"),
    ),
    Trade(
        "food",
        ("{first} Lanches", "Food Truck do {first}", "Burguer {last}", "Sabor de {city}"),
        ("Proprietário", "Chef"),
        (),
        ("Delivery e eventos", "Hambúrguer artesanal", "Aceitamos cartões e Pix"),
    ),
    Trade(
        "church",
        ("Igreja Batista {word}", "Comunidade Cristã {city}", "Igreja Evangélica {word}"),
        ("Pastor", "Pastora", "Pastor Presidente", "Missionária"),
        (),
        ("Cultos: Domingo às 19h", "Venha nos visitar"),
    ),
    Trade(
        "cleaning",
        ("{first} Limpeza", "Limpa Mais {city}", "{last} Serviços de Limpeza"),
        ("Diarista", "Proprietária", "Supervisora"),
        (),
        ("Residencial e comercial", "Limpeza pós-obra", "Orçamento sem compromisso"),
    ),
    Trade(
        "construction",
        ("{last} Construções", "Construtora {last}", "{first} Reformas"),
        ("Engenheiro Civil", "Mestre de Obras", "Arquiteta"),
        ("CREA-{uf} {n6}",),
        ("Reformas • Construções • Acabamentos", "Projetos e execução"),
    ),
    Trade(
        "insurance",
        ("{last} Corretora de Seguros", "{first} Seguros", "Protege {city} Seguros"),
        ("Corretora de Seguros", "Corretor de Seguros", "Consultor"),
        ("SUSEP {n6}",),
        ("Auto • Vida • Residência • Empresa", "Proteção para sua família"),
    ),
    Trade(
        "photo",
        ("{first} Fotografia", "Studio {last} Fotografia", "Olhar {word}"),
        ("Fotógrafa", "Fotógrafo", "Filmmaker"),
        (),
        ("Casamentos • Ensaios • Eventos", "Eternizando momentos"),
    ),
)

US_TRADES = (
    Trade(
        "salon",
        ("{first}'s Hair Studio", "Salon {last}", "The {word} Salon", "Studio {first}"),
        ("Hair Stylist", "Master Stylist", "Nail Technician", "Owner & Stylist"),
        (),
        ("Cuts • Color • Extensions", "Walk-ins Welcome", "By Appointment Only"),
    ),
    Trade(
        "barber",
        ("{last}'s Barber Shop", "{city} Barbers", "The Fade Lounge", "Sharp {word} Barbershop"),
        ("Master Barber", "Barber", "Owner"),
        (),
        ("Fades • Beard Trims • Hot Towel Shaves", "Walk-ins Welcome"),
    ),
    Trade(
        "mechanic",
        ("{last} Auto Repair", "{city} Tire & Auto", "{first}'s Garage", "{last} Automotive"),
        ("ASE Certified Technician", "Service Manager", "Owner"),
        (),
        ("Brakes • Tires • Oil Changes", "Foreign & Domestic", "Honest Work, Fair Prices"),
    ),
    Trade(
        "lawyer",
        ("Law Office of {first} {last}", "{last} & {last2}, PLLC", "{last} Law Group"),
        ("Attorney at Law", "Managing Partner", "Attorney"),
        (),
        ("Personal Injury • Family Law", "Free Consultation", "Se Habla Español"),
    ),
    Trade(
        "realtor",
        ("{last} Realty", "{city} Home Team", "{word} Real Estate Group"),
        ("REALTOR®", "Broker Associate", "Real Estate Agent"),
        ("DRE #{n8}", "License #{n6}"),
        ("Buying • Selling • Investing", "Your Home Is My Business"),
    ),
    Trade(
        "dentist",
        ("{city} Family Dental", "{last} Dental Care", "Bright Smile Dentistry"),
        ("DDS", "Family Dentist", "Office Manager"),
        (),
        ("Cleanings • Implants • Whitening", "New Patients Welcome"),
    ),
    Trade(
        "food",
        ("{first}'s Tacos", "{word} Street Eats", "{last} BBQ Truck", "The Rolling {word}"),
        ("Owner", "Chef & Owner"),
        (),
        ("Catering for All Events", "Follow Us for Our Location"),
    ),
    Trade(
        "church",
        ("{word} Baptist Church", "Grace Fellowship of {city}", "New Hope Community Church"),
        ("Senior Pastor", "Pastor", "Youth Minister"),
        (),
        ("Sunday Worship 10:30 AM", "All Are Welcome"),
    ),
    Trade(
        "cleaning",
        ("{first}'s Cleaning Services", "Sparkle {word} Cleaning", "{city} Maids"),
        ("Owner", "Operations Manager"),
        (),
        ("Residential & Commercial", "Licensed & Insured", "Free Estimates"),
    ),
    Trade(
        "construction",
        ("{last} Construction", "{last} & Sons Builders", "{city} Roofing"),
        ("General Contractor", "Project Manager", "Owner"),
        ("Lic. #{n6}", "License #{n6}"),
        ("Remodeling • Roofing • Decks", "Free Estimates"),
    ),
    Trade(
        "insurance",
        ("{last} Insurance Agency", "{city} Insurance Group", "{first} {last} Agency"),
        ("Insurance Agent", "Agency Owner", "Licensed Agent"),
        ("License #0{L}{n5}", "Lic #{n7}"),
        ("Auto • Home • Life • Business", "Get a Free Quote Today"),
    ),
    Trade(
        "photo",
        ("{first} {last} Photography", "{word} Lens Studio", "{first} Captures"),
        ("Photographer", "Owner & Lead Photographer"),
        (),
        ("Weddings • Portraits • Events", "Capturing Your Story"),
    ),
)
