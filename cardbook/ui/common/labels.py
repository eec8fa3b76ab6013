"""The words the window uses for the domain's closed vocabularies, translatable and never colour alone."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from cardbook.domain.enums import NetworkKind, OfferedBy, PhoneKind, Reciprocated, Reciprocity, ReferralOutcome
from cardbook.domain.exchange import Encounter
from cardbook.domain.referral import Referral
from cardbook.ui.common.i18n import TranslationContext

Labels = TranslationContext("Labels")  # for the plural forms, which lupdate finds only through .tr()


def reciprocity_word(value: Reciprocity) -> str:
    words = {
        Reciprocity.MUTUAL: QCoreApplication.translate("Labels", "mutual"),
        Reciprocity.FROM_THEM: QCoreApplication.translate("Labels", "they offered"),
        Reciprocity.FROM_ME: QCoreApplication.translate("Labels", "I offered"),
        Reciprocity.UNKNOWN: QCoreApplication.translate("Labels", "unknown"),
        Reciprocity.NO_CARDS: QCoreApplication.translate("Labels", "no cards this time"),
    }
    return words[value]


def reciprocity_text(value: Reciprocity) -> str:
    """Symbol and word together: "⇄ mutual", "→ they offered", "← I offered", "? unknown"."""
    return f"{value.symbol} {reciprocity_word(value)}"


def reciprocity_explanation(value: Reciprocity) -> str:
    explanations = {
        Reciprocity.MUTUAL: QCoreApplication.translate("Labels", "Cards went both ways."),
        Reciprocity.FROM_THEM: QCoreApplication.translate("Labels", "They gave you their card and never got yours."),
        Reciprocity.FROM_ME: QCoreApplication.translate("Labels", "You gave your card and never got theirs."),
        Reciprocity.UNKNOWN: QCoreApplication.translate(
            "Labels", "Not enough was recorded to tell whether cards went both ways."
        ),
        Reciprocity.NO_CARDS: QCoreApplication.translate(
            "Labels", "No cards changed hands: you already had each other's."
        ),
    }
    return explanations[value]


def encounter_exchange_details(encounter: Encounter) -> str:
    """The facts behind one encounter's exchange, e.g. "they offered first · you gave yours back"."""
    offered, answered = encounter.offered_by, encounter.reciprocated
    parts: list[str] = []
    if offered is OfferedBy.NOBODY:
        parts.append(QCoreApplication.translate("Labels", "no cards this time: you already had each other's"))
    elif offered is OfferedBy.THEM:
        parts.append(QCoreApplication.translate("Labels", "they offered first"))
        if answered is Reciprocated.YES:
            parts.append(
                QCoreApplication.translate("Labels", "you gave yours later")
                if encounter.reciprocated_on
                else QCoreApplication.translate("Labels", "you gave yours back")
            )
        elif answered is Reciprocated.NO:
            parts.append(QCoreApplication.translate("Labels", "you did not give yours"))
    elif offered is OfferedBy.ME:
        parts.append(QCoreApplication.translate("Labels", "you offered first"))
        if answered is Reciprocated.YES:
            parts.append(
                QCoreApplication.translate("Labels", "they gave theirs later")
                if encounter.reciprocated_on
                else QCoreApplication.translate("Labels", "they gave theirs back")
            )
        elif answered is Reciprocated.NO:
            parts.append(QCoreApplication.translate("Labels", "they did not give theirs"))
    elif answered is Reciprocated.YES:
        parts.append(QCoreApplication.translate("Labels", "cards exchanged"))
    if encounter.owe_dismissed:
        parts.append(QCoreApplication.translate("Labels", "no card owed"))
    return " · ".join(parts)


def phone_kind_word(kind: PhoneKind) -> str:
    words = {
        PhoneKind.MOBILE: QCoreApplication.translate("Labels", "mobile"),
        PhoneKind.WORK: QCoreApplication.translate("Labels", "work"),
        PhoneKind.FAX: QCoreApplication.translate("Labels", "fax"),
        PhoneKind.HOME: QCoreApplication.translate("Labels", "home"),
        PhoneKind.OTHER: QCoreApplication.translate("Labels", "other"),
    }
    return words[kind]


def phone_label_word(label: str) -> str:
    """The finer kind of a phone address books give (domain.contact.Phone.label); "" for none."""
    words = {
        "pager": QCoreApplication.translate("Labels", "pager"),
        "main": QCoreApplication.translate("Labels", "main line"),
        "text": QCoreApplication.translate("Labels", "text messages"),
        "car": QCoreApplication.translate("Labels", "car"),
        "video": QCoreApplication.translate("Labels", "video"),
        "textphone": QCoreApplication.translate("Labels", "textphone"),
        "isdn": QCoreApplication.translate("Labels", "ISDN"),
        "assistant": QCoreApplication.translate("Labels", "assistant"),
        "home": QCoreApplication.translate("Labels", "home"),
    }
    return words.get(label, label)


def place_kind_word(kind: str) -> str:
    """Whose an e-mail or a postal address is: "work", "home" or "other" (domain.contact.EMAIL_KINDS)."""
    words = {
        "work": QCoreApplication.translate("Labels", "work"),
        "home": QCoreApplication.translate("Labels", "home"),
        "other": QCoreApplication.translate("Labels", "other"),
    }
    return words.get(kind, kind)


def network_kind_word(kind: NetworkKind) -> str:
    words = {
        NetworkKind.BUSINESS_CLUB: QCoreApplication.translate("Labels", "Business club"),
        NetworkKind.CHAMBER_OF_COMMERCE: QCoreApplication.translate("Labels", "Chamber of commerce"),
        NetworkKind.ALUMNI: QCoreApplication.translate("Labels", "Alumni"),
        NetworkKind.PROFESSIONAL_BODY: QCoreApplication.translate("Labels", "Professional body"),
        NetworkKind.MEETUP: QCoreApplication.translate("Labels", "Meetup"),
        NetworkKind.OTHER: QCoreApplication.translate("Labels", "Other"),
    }
    return words[kind]


def outcome_word(outcome: ReferralOutcome) -> str:
    words = {
        ReferralOutcome.PENDING: QCoreApplication.translate("Labels", "pending"),
        ReferralOutcome.WON: QCoreApplication.translate("Labels", "won"),
        ReferralOutcome.LOST: QCoreApplication.translate("Labels", "lost"),
    }
    return words[outcome]


def referral_text(referral: Referral, contact_id: int, names: dict[int, str]) -> str:
    """A referral seen from one contact's page: who sent business to whom."""
    other_id = referral.to_contact_id if referral.from_contact_id == contact_id else referral.from_contact_id
    other = (
        names.get(other_id, QCoreApplication.translate("Labels", "a deleted contact")) if other_id is not None else ""
    )
    if referral.from_contact_id == contact_id:
        if referral.to_contact_id is None and not referral.to_name:
            return QCoreApplication.translate("Labels", "Sent business your way")
        return QCoreApplication.translate("Labels", "Sent business to %1").replace(
            "%1", other or referral.to_name or ""
        )
    if referral.from_contact_id is None:
        return QCoreApplication.translate("Labels", "You sent them business")
    return QCoreApplication.translate("Labels", "Got business from %1").replace("%1", other)


def contact_count(n: int) -> str:
    """ "1 contact", "1 284 contacts": a plural form (%Ln: the number in the default locale's digits and grouping).

    The singular and plural English forms come from cardbook_en.qm, see cardbook.ui.common.i18n.
    """
    return Labels.tr("%Ln contact(s)", None, n)
