"""Word lists the parsers use to recognise job titles, company names, departments and addresses.

All entries are lower case without accents (compare with ``fold``). They cover French and English cards
first, with the common Portuguese, Spanish, German, Italian and Dutch forms, because cards travel.
"""

from __future__ import annotations

import functools
import re

from cardbook.domain.text import fold as text_fold
from cardbook.ocr.academic_honorifics import ACADEMIC_HONORIFICS

# The project's one fold (accents, case, ligatures, typographic quotes: domain.text.fold), cached here because
# each scorer of a card folds the same words again.
fold = functools.lru_cache(maxsize=8192)(text_fold)


def word_set(text: str) -> frozenset[str]:
    """A word list written as whitespace-separated text (easier to read and extend than a list)."""
    return frozenset(text.split())


def words_of(text: str) -> list[str]:
    return re.findall(r"[a-z0-9]+", fold(text))


TITLE_WORDS = word_set(
    """
    ceo cto cfo coo cmo cio cso cdo vp svp evp md dg pdg dga drh daf dsi rh president presidente vice
    chairman chairwoman chair founder cofounder co-founder fondateur fondatrice cofondateur cofondatrice
    owner proprietaire partner associe associee gerant gerante gerente manager managing director directeur
    directrice direttore diretor diretora directora director head chef chief lead leader responsable officer
    executive exec administrator administrateur administratrice coordinator coordinatrice coordinateur
    coordenador coordenadora supervisor superviseur engineer ingenieur ingenieure engenheiro ingeniero
    developer developpeur developpeuse programmer architect architecte designer graphiste consultant
    consultante conseiller conseillere advisor adviser analyst analyste specialist specialiste expert
    experte technician technicien technicienne assistant assistante secretary secretaire secretaria
    receptionist attache attachee charge chargee commercial commerciale sales vendeur vendeuse vendedor
    representative representant representante account accounts agent agente broker courtier courtiere
    negociateur negociatrice accountant comptable contador contadora auditor auditeur auditrice controller
    controleur lawyer avocat avocate advogado advogada abogado attorney solicitor barrister notaire notary
    juriste counsel paralegal doctor docteur medecin dentist dentiste pharmacist pharmacien pharmacienne
    nurse infirmier infirmiere therapist therapeute kinesitherapeute osteopathe psychologue psychologist
    professor professeur professeure teacher enseignant enseignante lecturer researcher chercheur chercheuse
    scientist doctorant doctorante student etudiant etudiante librarian bibliothecaire photographer
    photographe journalist journaliste editor editeur editrice redacteur redactrice writer auteur author
    artist artiste coach formateur formatrice trainer mentor recruiter recruteur recruteuse buyer acheteur
    acheteuse planner planificateur officer agent delegue deleguee intern stagiaire apprenti apprentie
    trainee operator operateur operatrice operations marketing communication communications product produit
    project projet program programme strategy strategie business development developpement innovation
    digital numerique senior junior principal associate adjoint adjointe deputy general generale regional
    national international global country area zone key grand sous co
    socio socia proprietario proprietaria dono dona titular consultor consultora assessor assessora
    analista tecnico tecnica tecnologo especialista auxiliar atendente vendedora corretor corretora
    arquiteto arquiteta engenheira medico medica enfermeiro enfermeira psicologo psicologa fisioterapeuta
    nutricionista dentista veterinario veterinaria advogada contadora professora pesquisador pesquisadora
    estagiario estagiaria supervisora gestor gestora lider chefe negocios vendas comercial operacoes
    jefe jefa ejecutivo ejecutiva asesor asesora ingeniera arquitecto arquitecta abogada gerencia ventas
    encargado encargada socia dueno duena
    geschaftsfuhrer geschaftsfuhrerin inhaber inhaberin leiter leiterin vertrieb vorstand berater beraterin
    referent referentin sachbearbeiter sachbearbeiterin ingenieurin entwickler entwicklerin prokurist
    amministratore delegato responsabile titolare direttrice consulente commerciale ingegnere avvocato
    avvocata geometra ragioniere
    realtor estimator installer contractor inspector surveyor stylist sommelier pastor agronomist
    licensed certified registered
    responsavel electrician mechanic mecanico plumber
    proprietor proprietress propietario propietaria autonomo autonoma meister meisterin architetto architetta
    disenador disenadora fotografo fotografa fotograf fotografin traductor traductora tradutor tradutora
    traduttore traduttrice ubersetzer ubersetzerin translator interpreter illustrator ilustrador ilustradora
    illustratore illustratrice copywriter freelancer freelance
    leider teamleider projectleider afdelingsleider bedrijfsleider groepsleider adviseur adviseuse medewerker
    bestuurder eigenaar vennoot hoofd accountmanager
    direktor vd konsult radgivare radgiver projektledare prosjektleder projektleder saljare saljchef salgssjef
    toimitusjohtaja johtaja paallikko asiantuntija steuerberater steuerberaterin rechtsanwalt rechtsanwaltin
    teamleiter teamleiterin consejero administrador socio socia counsel
    """
)

# Titles that are clear on their own even as one word ("CEO", "Gérante"). "Técnico" is one, "técnica" is not: it is
# also an adjective, on the lines of repair shops' services ("manutenção técnica").
STRONG_TITLE_WORDS = word_set(
    """
    ceo cto cfo coo cmo cio vp svp evp pdg dg dga daf drh dsi president presidente founder fondateur
    fondatrice cofondateur cofondatrice cofounder co-founder owner gerant gerante gerente manager director
    directeur directrice direttore direttrice diretor diretora directora coordinator coordinatrice coordinateur
    supervisor superviseur engineer ingenieur ingenieure consultant consultante assistant assistante responsable
    executive librarian avocat avocate lawyer attorney comptable accountant analyst analyste developer
    developpeur developpeuse designer architecte architect chef chief head officer partner associe associee
    secretaire secretary technicien technicienne conseiller conseillere advisor representative commercial
    commerciale photographer photographe journaliste journalist coach dentist dentiste docteur doctor
    medecin professor professeur professeure agent
    socio socia proprietario proprietaria consultor consultora assessor assessora analista especialista
    supervisora gestor gestora arquiteto arquiteta engenheiro engenheira advogada dentista corretor corretora
    vendedora atendente
    jefe jefa ejecutivo ejecutiva asesor asesora ingeniera arquitecto arquitecta abogada encargado encargada
    geschaftsfuhrer geschaftsfuhrerin inhaber inhaberin leiter leiterin berater beraterin referentin
    amministratore responsabile titolare direttrice consulente ingegnere avvocato avvocata
    realtor estimator contractor
    tecnico electrician mechanic mecanico
    proprietor proprietress propietario propietaria autonomo autonoma meister meisterin architetto architetta
    leider teamleider projectleider afdelingsleider bedrijfsleider groepsleider adviseur adviseuse medewerker
    bestuurder accountmanager hoofd direktor vd konsult radgivare
    radgiver projektledare prosjektleder projektleder toimitusjohtaja johtaja paallikko steuerberater
    steuerberaterin rechtsanwalt rechtsanwaltin teamleiter teamleiterin prokurist consejero administrador
    agente makelaar beheerder taxateur verkoper consulent bemiddelaar vertegenwoordiger boekhouder
    maklare saljare handlaggare samordnare praticante impiegato impiegata funzionario funzionaria tirocinante
    """
)

LEGAL_FORMS = word_set(
    """
    sarl sas sasu eurl sa sci scp scm selarl selas snc sca scop sem gie eirl ei inc incorporated corp
    corporation co ltd limited llc llp lp plc pllc pc gmbh ag kg ohg ug ev bv nv bvba vzw sprl srl spa sl
    slu ab as oy aps ltda ltda. s/a s/c eireli mei me epp cia sasu srls sapa sas spa snc sccl scs
    kk pty pte bhd sdn oyj asa sarl sprl scrl sro kft zrt doo ooo hb kb ky tmi
    """
)

# Legal forms written with dots or slashes ("S.A.", "S.r.l.", "S/A", "B.V."), compared without them;
# they are only taken as a legal form at the end of a line, where they cannot be an ordinary word.
DOTTED_LEGAL_FORMS = word_set(
    """
    sa sas sarl srl spa bv nv ag ltda llc inc ltd plc gmbh me eireli sl kk cv sacv sadecv spzoo
    """
)

# Free mail providers: their domain names the provider, never the card's company.
WEBMAIL_HOSTS = word_set(
    """
    gmail googlemail hotmail outlook live msn yahoo ymail rocketmail aol icloud me mac mail email proton
    protonmail zoho yandex gmx web t-online freenet arcor libero virgilio tiscali alice tin orange wanadoo
    free sfr laposte neuf bbox numericable club-internet aliceadsl skynet telenet bluewin sunrise uol bol
    terra ig globo r7 oi superig bigpond optusnet comcast verizon att sbcglobal bellsouth cox charter
    earthlink btinternet sky virginmedia talktalk ntlworld rediffmail qq 163 126 sina naver daum hanmail
    seznam wp onet interia o2 mail.ru inbox rambler
    """
)

# Labels printed before an address, to drop from its text ("Address:", "Adresse :", "Endereço:").
ADDRESS_LABELS = word_set(
    """
    address addr adresse adr endereco endereço direccion dirección domicilio indirizzo anschrift
    sede siege location morada ubicacion ubicación
    """
)

COMPANY_WORDS = word_set(
    """
    group groupe grupo holding holdings company compagnie companhia compania societe society consulting
    conseil conseils consultants solutions services service systems systemes technologies technology
    technologie tech software logiciels labs lab studio studios agency agence agencia partners associes
    associates cabinet office bureau atelier ateliers factory industries industrie international
    internationale global network networks media digital interactive design bank banque banco insurance
    assurance assurances seguros finance financial capital invest investments immobilier realty properties
    construction constructions batiment architecture travel voyages transport transports logistics
    logistique energy energie electric electrique eletronica electronique electronics automotive automobile
    auto autos garage motors restaurant cafe brasserie bistro bakery boulangerie patisserie hotel bar books
    librairie shop boutique store magasin market marche pharmacie pharmacy clinic clinique clinica hospital
    hopital university universite universidade universidad college ecole school institute institut instituto
    universitat universiteit universitet uniwersytet hochschule hogeschool hogskola politecnico politechnika
    academy academie foundation fondation association club federation chamber chambre laboratory laboratoire
    laboratories ministry ministere mairie government council conseil editions publishing press presse
    communication communications marketing events evenements productions production entertainment foods food
    wines vins coffee tea security seguranca inc ltd llc gmbh sarl sas
    comercio industria distribuidora construtora incorporadora imobiliaria estetica loja oficina papelaria
    padaria farmacia drogaria salao servicos engenharia advocacia advogados contabilidade consultoria
    representacoes transportes tecnologia sistemas informatica comunicacao alimentos moveis veiculos
    inmobiliaria ferreteria abogados asesores taller talleres distribuciones ingenieria
    enterprises enterprise corporation industries trading imports exports supply supplies repair repairs
    realty law firm salon gallery bakery pizzeria trattoria ristorante osteria auto autohaus handel
    bau verlag beratung technik
    trasporti logistica logistik immobilien immobiliare costruzioni consulenze arredamenti ingegneria
    spedizioni versicherungen consultores consulenti
    """
)

# Words that on their own make a line an organisation's name ("Institute for …", "Banque …"); "university" and
# "polytechnic" in the German, Dutch, Swedish, Polish and Italian spellings too ("Universität", "universitet").
STRONG_COMPANY_WORDS = word_set(
    """
    institute institut instituto university universite universidade universidad universita college ecole
    universitat universiteit universitet uniwersytet hochschule hogeschool hogskola politecnico politechnika
    school academy academie association foundation fondation federation bank banque banco hospital
    hopital clinique clinic laboratory laboratoire laboratories ministry ministere chamber chambre
    group groupe grupo agency agence agencia cabinet mairie council conseil society societe
    """
)
# Either kind of company word: a word of business, no person's name ("Services", "Institut").
ANY_COMPANY_WORDS = COMPANY_WORDS | STRONG_COMPANY_WORDS

# "Office" and "bureau" are left out: "Office Hours", "Bureau : 01 …" are not departments.
DEPARTMENT_WORDS = word_set(
    """
    department departement departamento dept division direction service unit unite team equipe section
    pole laboratory laboratoire abteilung bereich geschaftsbereich fachbereich divisione ufficio afdeling
    divisie divisao divisio avdelning avdeling afdeling osasto
    """
)

NAME_PARTICLES = word_set(
    """
    de du des la le d' van von der den da do dos das di del della bin ibn ben mac st saint e y
    """
)

HONORIFICS = word_set(
    """
    m mr mrs ms mme mlle dr pr prof me maitre sr sra dra mister madame monsieur
    dr-ing dipl-ing dipl-kfm dipl-kffr dipl-inf dipl-oec dipl mag dott dottssa profssa dottor ing avv arch geom
    rag ir drs ing eng enga engo lic hab inz
    """
)
HONORIFICS |= ACADEMIC_HONORIFICS  # "Dr. med.", "MUDr.", "Univ.-Prof." (``academic_honorifics``)

DEGREE_SUFFIXES = word_set(
    """
    phd md dmd dds mba jr sr ii iii iv esq cpa msc bsc ing
    rn cfp cfa dvm llm pe fcca acca mrics cpcu
    fca aca cima ra bcomm meng mphil frics ceng hons
    """
)

STREET_WORDS = word_set(
    """
    rue avenue av ave boulevard bd blvd bld place pl allee chemin ch impasse imp quai route rte cours square
    sq passage pass villa cite residence lotissement lieu-dit hameau zi za zac parc batiment bat etage esc
    escalier porte bp cs cedex street st road rd lane ln drive dr way court ct plaza parkway pkwy highway
    hwy terrace ter circle cir suite ste floor fl building bldg unit apt apartment po box p.o. camino
    rua avenida travessa alameda praca rodovia estrada largo sala andar conjunto cj bloco cep jd jardim
    calle carrera plaza paseo camino avda strasse str weg platz allee gasse ring damm ufer straat laan plein weg
    alle gate gata gatan gade vej vei veien vegen vagen torg torget
    gracht via viale piazza corso vicolo chome cho ku shi ken machi
    """
)

US_STATES = word_set(
    """
    AL AK AZ AR CA CO CT DE DC FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ NM NY NC ND
    OH OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY PR
    """
)
CANADIAN_PROVINCES = word_set(
    """
    AB BC MB NB NL NS NT NU ON PE QC SK YT
    """
)
BRAZIL_STATES = word_set(
    """
    AC AL AP AM BA CE DF ES GO MA MT MS MG PA PB PR PE PI RJ RN RS RO RR SC SP SE TO
    """
)

COUNTRIES = word_set(
    """
    france belgique belgium belgie suisse switzerland schweiz luxembourg germany deutschland allemagne spain
    espana espagne italy italia italie portugal brasil brazil bresil uk england united kingdom ireland usa
    us canada japan japon china chine india inde hong kong singapore netherlands nederland pays-bas austria
    osterreich autriche sweden norway denmark finland poland maroc morocco tunisie algerie senegal quebec
    monaco
    """
)

# What small firms make, sell or do, as they name themselves by it ("… Plumbing & Heating", "… Hot Tubs & Spas",
# "Vidraçaria …", "… Fliesen & Parkett"): the trades and goods of shops and craftsmen in the card languages,
# singular and plural. Written from the trades' common names, not from any card. Left out: agent nouns and
# goods that are also common names (baker, mason, smith, taylor, Marcos, Garten, Maler, Keys), and adjectives
# ("dental", "optical", "electrical"), which describe a practice rather than name one.
TRADE_NOUNS = word_set(
    """
    plumbing heating cooling roofing flooring siding gutters painting remodeling remodelling renovation
    renovations restoration landscaping gardening lawn lawns paving masonry stonework tile tiles tiling
    carpet carpets carpentry joinery cabinetry cabinets countertops kitchens kitchen baths bathrooms bath
    windows doors glass glazing mirrors blinds shutters awnings curtains drapes upholstery fencing fences
    decks decking patios pools spas saunas tubs sauna cellars cellar wine wines spirits liquor beer
    brewing brewery coffee tea bakery cakes pastries pastry sweets chocolates candy deli catering
    butchery meats seafood produce grocery groceries florist flowers plants nursery gifts jewelry
    jewellery watches optics eyewear framing frames printing signs signage embroidery tailoring
    alterations cleaning laundry drycleaning pest locksmith locks hardware lumber
    hvac appliances furniture mattresses lighting tires tyres brakes towing auto autos motors
    detailing bodywork collision storage moving hauling excavation concrete asphalt welding fabrication
    machining plastics packaging pets grooming salon spa nails tattoo barbershop optometry
    physiotherapy pharmacy realty travel photography studio
    encanamentos pisos revestimentos vidros vidracaria esquadrias toldos cortinas persianas molduras
    estofados estofaria marmoraria marmores granitos serralheria marcenaria carpintaria moveis colchoes
    tintas ferragens materiais eletrica hidraulica climatizacao refrigeracao reformas pinturas gesso
    drywall telhados calhas piscinas jardinagem paisagismo limpeza lavanderia dedetizacao chaveiro
    padaria confeitaria doceria bolos doces salgados acougue hortifruti mercearia floricultura presentes
    joalheria relojoaria otica grafica impressos brindes bordados costura pneus borracharia autopecas
    funilaria mecanica autoeletrica lavajato petshop veterinaria odontologia estetica barbearia
    suelos pavimentos cocinas banos cristales cristaleria toldos persianas tapiceria puertas
    ventanas carpinteria ebanisteria cerrajeria fontaneria electricidad climatizacion reformas pinturas
    jardineria limpieza lavanderia panaderia pasteleria carniceria fruteria floristeria joyeria
    relojeria optica imprenta muebles colchones neumaticos talleres
    fliesen parkett bodenbelage bader kuchen fenster turen rahmen markisen rollladen
    polsterei raumausstattung schreinerei tischlerei zimmerei dachdeckerei malerei sanitar heizung
    elektro klima gartenbau reinigung wascherei backerei konditorei metzgerei floristik blumen
    juwelier uhren optik druckerei schilder mobel matratzen reifen kfz werkstatt
    pavimenti rivestimenti cucine bagni infissi serramenti tende cornici vetri vetreria falegnameria
    tappezzeria idraulica impianti giardinaggio pulizie lavanderia panetteria pasticceria macelleria
    fioreria gioielleria orologeria ottica tipografia mobili materassi pneumatici carrozzeria officina
    plomberie chauffage carrelage parquet menuiserie ebenisterie vitrerie miroiterie stores volets
    tapisserie encadrement serrurerie electricite climatisation peinture jardinage paysagiste nettoyage
    pressing boulangerie patisserie boucherie charcuterie fromagerie fleuriste bijouterie horlogerie
    optique imprimerie meubles literie pneus carrosserie garage
    """
)

# Word endings that make the name of a trade or a shop in these languages ("Vidraçaria", "Ferretería",
# "Schreinerei", "Macelleria", "Plomberie", "Landscaping", and the Portuguese firm that does the work:
# "Dedetizadora", "Transportadora", "Locadora"): at least TRADE_SUFFIX_LETTERS letters, and not a first
# name ("Valeria", "Sterling", "Isadora": the names data decides) nor a job title ("Vendedora").
TRADE_SUFFIXES = ("aria", "eria", "ería", "erie", "erei", "ing", "dora")
TRADE_SUFFIX_LETTERS = 7

# The language of a card's country, whose spellings put back the accents OCR dropped (``ocr.accents``).
REGION_LANGUAGES = {
    **dict.fromkeys(("BR", "PT", "AO", "MZ", "CV"), "pt"),
    **dict.fromkeys(("ES", "MX", "AR", "CO", "CL", "PE", "UY", "VE", "EC", "BO", "PY", "CR", "GT"), "es"),
    **dict.fromkeys(("FR", "BE", "LU", "MC"), "fr"),
    "IT": "it",
    # Switzerland writes German, French and Italian; German on most of its cards (``card_accents`` re-reads
    # its letters only where both readings agree apart from them, so a French Swiss card loses nothing).
    **dict.fromkeys(("DE", "AT", "CH", "LI"), "de"),
    "NL": "nl",
    # The Nordic languages, Polish and Czech: no word lists here (``accents`` leaves them as read), but their
    # letters come back from Tesseract's models of them (``card_accents``).
    "SE": "sv",
    "DK": "da",
    "NO": "no",
    "FI": "fi",
    "PL": "pl",
    "CZ": "cs",
}
