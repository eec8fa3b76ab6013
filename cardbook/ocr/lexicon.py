"""Word lists the parsers use to recognise job titles, company names, departments and addresses.

All entries are lower case without accents (compare with ``fold``). They cover French and English cards
first, with the common Portuguese, Spanish, German, Italian and Dutch forms, because cards travel.
"""

from __future__ import annotations

import re
import unicodedata


def fold(text: str) -> str:
    """Lower case, accents removed, typographic quotes made plain: the form every list below uses."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    plain = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return plain.replace("’", "'").replace("œ", "oe").replace("æ", "ae")


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
    """
)

# Titles that are clear on their own even as one word ("CEO", "Gérante").
STRONG_TITLE_WORDS = word_set(
    """
    ceo cto cfo coo cmo cio vp svp evp pdg dg dga daf drh dsi president presidente founder fondateur
    fondatrice cofondateur cofondatrice cofounder co-founder owner gerant gerante gerente manager director
    directeur directrice diretor diretora directora coordinator coordinatrice coordinateur supervisor
    superviseur engineer ingenieur ingenieure consultant consultante assistant assistante responsable
    executive librarian avocat avocate lawyer attorney comptable accountant analyst analyste developer
    developpeur developpeuse designer architecte architect chef chief head officer partner associe associee
    secretaire secretary technicien technicienne conseiller conseillere advisor representative commercial
    commerciale photographer photographe journaliste journalist coach dentist dentiste docteur doctor
    medecin professor professeur professeure agent
    """
)

LEGAL_FORMS = word_set(
    """
    sarl sas sasu eurl sa sci scp scm selarl selas snc sca scop sem gie eirl ei inc incorporated corp
    corporation co ltd limited llc llp lp plc pllc pc gmbh ag kg ohg ug ev bv nv bvba vzw sprl srl spa sl
    slu ab as oy aps ltda ltda. s/a s/c eireli mei me epp cia
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
    academy academie foundation fondation association club federation chamber chambre laboratory laboratoire
    laboratories ministry ministere mairie government council conseil editions publishing press presse
    communication communications marketing events evenements productions production entertainment foods food
    wines vins coffee tea security seguranca inc ltd llc gmbh sarl sas
    """
)

# Words that on their own make a line an organisation's name ("Institute for …", "Banque …").
STRONG_COMPANY_WORDS = word_set(
    """
    institute institut instituto university universite universidade universidad universita college ecole
    school academy academie association foundation fondation federation bank banque banco hospital
    hopital clinique clinic laboratory laboratoire laboratories ministry ministere chamber chambre
    group groupe grupo agency agence agencia cabinet mairie council conseil society societe
    """
)

# "Office" and "bureau" are left out: "Office Hours", "Bureau : 01 …" are not departments.
DEPARTMENT_WORDS = word_set(
    """
    department departement departamento dept division direction service unit unite team equipe section
    pole laboratory laboratoire
    """
)

NAME_PARTICLES = word_set(
    """
    de du des la le d' van von der den da dos das di del della bin ibn ben mac st saint e y
    """
)

HONORIFICS = word_set(
    """
    m mr mrs ms mme mlle dr pr prof me maitre sr sra dra mister madame monsieur
    """
)

DEGREE_SUFFIXES = word_set(
    """
    phd md dmd dds mba jr sr ii iii iv esq cpa msc bsc ing
    """
)

STREET_WORDS = word_set(
    """
    rue avenue av ave boulevard bd blvd bld place pl allee chemin ch impasse imp quai route rte cours square
    sq passage pass villa cite residence lotissement lieu-dit hameau zi za zac parc batiment bat etage esc
    escalier porte bp cs cedex street st road rd lane ln drive dr way court ct plaza parkway pkwy highway
    hwy terrace ter circle cir suite ste floor fl building bldg unit apt apartment po box p.o. camino real
    rua avenida travessa alameda praca rodovia estrada largo sala andar conjunto cj bloco cep jd jardim
    calle carrera plaza paseo camino strasse str weg platz allee gasse ring damm ufer straat laan plein weg
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

# A few hundred common first names (French, English, Portuguese, Spanish, Italian, German, Dutch,
# North African): enough to tell "Hélène Leroy" from "Quadrant Ingénierie" when nothing else does.
FIRST_NAMES = word_set(
    """
    adam adrien agathe agnes alain alban albert alexandra alexandre alexis alice aline amandine amelie anais
    andre andrea anne annie anthony antoine antonin arnaud arthur aude audrey aurelie aurelien axel baptiste
    barbara bastien beatrice benedicte benjamin benoit bernard bertrand blandine brigitte bruno camille
    capucine carole caroline catherine cecile celine chantal charles charlotte chloe christian christine
    christophe claire clara claude clement clemence colette corinne cyril damien daniel danielle david
    delphine denis didier dominique dorothee edouard eleonore eliane elisa elisabeth elise elodie eloise
    emilie emile emma emmanuel emmanuelle eric estelle etienne eugenie eve fabien fabienne fabrice fanny
    florence florian francis francois francoise frederic frederique gabriel gabrielle gael gaelle gaetan
    genevieve georges gerard ghislaine gilles gilbert guillaume guy helene henri herve hugo hugues ines
    irene isabelle jacqueline jacques jean jeanne jeremie jerome joel johanna jonathan joseph josephine
    julia julie julien juliette justine karine kevin laetitia laura laure laurence laurent lea leo leon
    leonie lionel lise louis louise luc lucas lucie ludovic lydie madeleine manon marc marcel margaux margot
    marie marine marion martin martine mathieu mathilde matthieu maxime melanie michel michele mickael
    mireille monique morgane muriel myriam nadia nadine nathalie nicolas nicole noel noemie odile olivier
    pascal pascale patrice patricia patrick paul pauline philippe pierre quentin raphael raymond regis remi
    renaud rene robert roger romain sabine sacha samuel sandrine sarah sebastien serge severine simon simone
    solene sophie stephane stephanie suzanne sylvain sylvie thibault thierry thomas timothee valentin
    valerie vanessa veronique victor victoire vincent virginie xavier yann yannick yves yvonne zoe aaron
    abigail alan albert alex alexander alfred alison amanda amy andrew angela anna anthony ashley barry ben
    benjamin beth betty bill bob bobby brad brandon brenda brian bruce carl carol casey charlie chris
    christopher cindy craig dan dave deborah dennis diana donald donna doug douglas ed edward elizabeth
    emily eric frank fred gary george grace greg gregory harry heather helen henry jack jake james jamie
    jane janet jason jeff jeffrey jennifer jenny jessica jill jim jimmy joan joe joey john johnny jon jordan
    joshua joyce judy julia justin karen kate katherine kathy keith kelly ken kenneth kent kevin kim
    kimberly larry laura lauren linda lisa lori mark mary matt matthew megan melissa michael michelle mike
    nancy nathan nick nicholas pam pamela patricia paul peter phil philip rachel ralph randy rebecca richard
    rick rob robert robin ron ronald rose russell ruth ryan sam samantha sandra sara scott sean sharon shawn
    stephen steve steven sue susan ted terry tim timothy tina todd tom tony tracy victoria walter wayne
    william ana antonio beatriz bruna carla carlos caio cristina daniela diego eduardo fernanda fernando
    gabriela guilherme gustavo joao jorge jose juan juliana leandro leonardo lucia luis luiz marcelo marcia
    marcos maria mariana mario miguel natalia paulo pedro rafael renan renata ricardo roberto rodrigo sergio
    tatiana thiago vinicius alessandro andrea francesca giovanni giulia giuseppe luca marco matteo paola
    roberta stefano hans klaus jurgen wolfgang stefan andreas markus thomas sabine ursula anke jan pieter
    joost sanne ahmed ali amina fatima hassan karim khaled leila mehdi mohamed mohammed nabil omar rachid
    samir sofiane yasmine youssef hideaki kenji yuki wei li
    """
)
