"""What sample contacts need and offer ("What can I bring?"), so that the demo library suggests introductions.

Kept apart from sample_names.py (names, companies, events) because these sentences exist for one feature: each
need names a trade that domain/introductions.CONCEPTS knows, in the words people write on a contact.
"""

from __future__ import annotations

# (free text, tags)
NEEDS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("Cherche un expert-comptable pour sa création d'entreprise", ("comptabilité",)),
    ("Needs an accountant who knows start-ups", ("accounting",)),
    ("Cherche un avocat en droit des sociétés", ("juridique",)),
    ("Looking for a web developer for a new online shop", ("site web",)),
    ("Besoin d'un graphiste pour refaire son logo", ("design",)),
    ("Cherche des locaux / un coworking à Lyon", ("immobilier",)),
    ("Recrute deux commerciaux : cherche un cabinet de recrutement", ("recrutement",)),
    ("Needs funding: looking for a bank or an investor", ("financement",)),
    ("Cherche un photographe pour un catalogue", ("photo",)),
    ("Besoin d'une assurance responsabilité civile pro", ("assurance",)),
    ("Looking for a translator (German, Italian)", ("traduction",)),
    ("Veut exporter : cherche un transitaire / logistique", ("export",)),
)
OFFERS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("Comptabilité et bilans pour TPE", ("comptabilité",)),
    ("Création de sites web et d'applications", ("site web",)),
    ("Identité visuelle, logo, plaquettes", ("design",)),
    ("Conseil juridique aux créateurs d'entreprise", ("juridique",)),
    ("Recrutement de profils commerciaux", ("recrutement",)),
    ("Financement des entreprises, prêts pro", ("financement",)),
    ("Photo et vidéo d'entreprise", ("photo",)),
    ("Assurance des professionnels", ("assurance",)),
    ("Traduction technique et interprétariat", ("traduction",)),
    ("Bureaux et coworking à louer", ("immobilier",)),
    ("Transport international et douane", ("export",)),
    ("Coaching de dirigeants", ("coaching",)),
)
