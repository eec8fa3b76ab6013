"""The words of the printed reports (cardbook.app.report_render), in English and French, kept apart from the
layout so that a translator reads one table. French puts a no-break space before ":" and inside « »."""

from __future__ import annotations

from cardbook.domain.introductions import Reason
from cardbook.domain.text import french_typography

TEXT: dict[str, dict[str, str]] = {
    "en": {
        "event_title": "After the event: {name}",
        "network_title": "What each network brought",
        "cards": "Cards collected",
        "new": "New contacts",
        "again": "Met again",
        "mutual_rate": "Mutual exchanges",
        "by_kind": "Exchanges by kind",
        "who": "Who I met",
        "name": "Name",
        "company": "Company",
        "exchange": "Exchange",
        "history": "Before",
        "first_time": "first meeting",
        "met_before": "met {n}× before",
        "follow_ups": "Follow-ups to do",
        "owe": "Cards I owe",
        "needs": "What they need — introductions I could make",
        "needs_line": "{name} needs “{need}”",
        "introduce": "introduce to {name} ({why})",
        "reasons_separator": "; ",
        "no_match": "nobody in the library answers it yet",
        "none": "None.",
        "due": "due {date}",
        "no_due": "no date",
        "every": "every {n} weeks",
        "period": "From {start} to {end}",
        "all_time": "All time",
        "since": "Since {start}",
        "until": "Until {end}",
        "network": "Network",
        "events": "Events",
        "mutual_contacts": "Mutual contacts",
        "repeat": "Met twice or more",
        "received": "Referrals received",
        "given": "Referrals given",
        "won": "{n} won, {value}",
        "won_one": "{n} won, {value}",
        "cost": "Yearly cost",
        "per_mutual": "Cost per mutual contact",
        "per_referral": "Cost per referral received",
        "outside": "Events outside any network",
        "archived": "archived",
        "chart_mutual": "Mutual contacts per network",
        "chart_referrals": "Referrals received per network",
        "chart_cost": "Cost per mutual contact",
        "one_way_givers": "One-way givers met",
        "prescribers": "Referrers met there",
        "value": "Business value",
        "value_for_cost": "Value ÷ cost",
        "generated": "Cardbook — {date}",
        "table_people": "People met",
        "table_value": "Referrals and value",
        "kind_mutual": "Mutual exchange",
        "kind_from_them": "They gave, I did not",
        "kind_from_me": "I gave, they did not",
        "kind_unknown": "Not recorded",
    },
    "fr": {
        "event_title": "Après l’événement : {name}",
        "network_title": "Ce que chaque réseau vous a apporté",
        "cards": "Cartes reçues",
        "new": "Nouveaux contacts",
        "again": "Revus",
        "mutual_rate": "Échanges mutuels",
        "by_kind": "Échanges par type",
        "who": "Qui vous avez rencontré",
        "name": "Nom",
        "company": "Entreprise",
        "exchange": "Échange",
        "history": "Avant",
        "first_time": "première rencontre",
        "met_before": "vu {n} fois avant",
        "follow_ups": "Relances à faire",
        "owe": "Cartes que vous devez",
        "needs": "Leurs besoins — qui leur présenter",
        "needs_line": "{name} cherche «\u00a0{need}\u00a0»",
        "introduce": "présenter à {name} ({why})",
        "reasons_separator": "\u00a0; ",
        "no_match": "personne dans le carnet pour l’instant",
        "none": "Aucune.",
        "due": "pour le {date}",
        "no_due": "sans date",
        "every": "toutes les {n} semaines",
        "period": "Du {start} au {end}",
        "all_time": "Depuis toujours",
        "since": "Depuis le {start}",
        "until": "Jusqu'au {end}",
        "network": "Réseau",
        "events": "Événements",
        "mutual_contacts": "Contacts avec échange mutuel",
        "repeat": "Vus deux fois ou plus",
        "received": "Recommandations reçues",
        "given": "Recommandations données",
        "won": "{n} conclues, {value}",
        "won_one": "{n} conclue, {value}",
        "cost": "Coût annuel",
        "per_mutual": "Coût par contact mutuel",
        "per_referral": "Coût par recommandation reçue",
        "outside": "Événements hors réseau",
        "archived": "archivé",
        "chart_mutual": "Contacts avec échange mutuel par réseau",
        "chart_referrals": "Recommandations reçues par réseau",
        "chart_cost": "Coût par contact mutuel",
        "one_way_givers": "Donneurs de carte à sens unique",
        "prescribers": "Prescripteurs rencontrés",
        "value": "Valeur apportée",
        "value_for_cost": "Valeur ÷ coût",
        "generated": "Cardbook — {date}",
        "table_people": "Les rencontres",
        "table_value": "Recommandations et valeur",
        "kind_mutual": "Échange mutuel",
        "kind_from_them": "Carte reçue, pas rendue",
        "kind_from_me": "Carte donnée, pas rendue",
        "kind_unknown": "Non noté",
    },
}

# The evidence behind a suggested introduction (domain/introductions.REASON_TEXT holds the English).
REASON_FR = {
    "offer_tag": "propose l’étiquette «\u00a0{}\u00a0»",
    "offers": "propose\u00a0: «\u00a0{}\u00a0»",
    "title": "fonction\u00a0: «\u00a0{}\u00a0»",
    "tag": "étiquette\u00a0: «\u00a0{}\u00a0»",
    "company": "entreprise\u00a0: «\u00a0{}\u00a0»",
    "offer_word": "ses offres mentionnent «\u00a0{}\u00a0»",
}


def tr(key: str, lang: str) -> str:
    if lang.startswith("fr"):
        return french_typography(TEXT["fr"][key])
    return TEXT["en"][key]


def reason_text(reason: str, lang: str) -> str:
    """A suggestion's reason in the report's language (its English text when it carries no kind)."""
    if lang.startswith("fr") and isinstance(reason, Reason):
        return french_typography(REASON_FR[reason.kind].format(reason.detail))
    return str(reason)
