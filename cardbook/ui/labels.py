"""The words the window uses for the domain's closed vocabularies, translatable and never colour alone."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale

from cardbook.domain.enums import NetworkKind, OfferedBy, PhoneKind, Reciprocated, Reciprocity, ReferralOutcome
from cardbook.domain.exchange import Encounter
from cardbook.domain.referral import Referral

_CONTEXT = "Labels"


def _t(text: str) -> str:
    return QCoreApplication.translate(_CONTEXT, text)


def reciprocity_word(value: Reciprocity) -> str:
    words = {
        Reciprocity.MUTUAL: _t("mutual"),
        Reciprocity.FROM_THEM: _t("they offered"),
        Reciprocity.FROM_ME: _t("I offered"),
        Reciprocity.UNKNOWN: _t("unknown"),
    }
    return words[value]


def reciprocity_text(value: Reciprocity) -> str:
    """Symbol and word together: "⇄ mutual", "→ they offered", "← I offered", "? unknown"."""
    return f"{value.symbol} {reciprocity_word(value)}"


def reciprocity_explanation(value: Reciprocity) -> str:
    explanations = {
        Reciprocity.MUTUAL: _t("Cards went both ways."),
        Reciprocity.FROM_THEM: _t("They gave you their card and never got yours."),
        Reciprocity.FROM_ME: _t("You gave your card and never got theirs."),
        Reciprocity.UNKNOWN: _t("Not enough was recorded to tell whether cards went both ways."),
    }
    return explanations[value]


def encounter_exchange_details(encounter: Encounter) -> str:
    """The facts behind one encounter's exchange, e.g. "they offered first · you gave yours back"."""
    offered, answered = encounter.offered_by, encounter.reciprocated
    parts: list[str] = []
    if offered is OfferedBy.THEM:
        parts.append(_t("they offered first"))
        if answered is Reciprocated.YES:
            parts.append(_t("you gave yours later") if encounter.reciprocated_on else _t("you gave yours back"))
        elif answered is Reciprocated.NO:
            parts.append(_t("you did not give yours"))
    elif offered is OfferedBy.ME:
        parts.append(_t("you offered first"))
        if answered is Reciprocated.YES:
            parts.append(_t("they gave theirs later") if encounter.reciprocated_on else _t("they gave theirs back"))
        elif answered is Reciprocated.NO:
            parts.append(_t("they did not give theirs"))
    elif answered is Reciprocated.YES:
        parts.append(_t("cards exchanged"))
    if encounter.owe_dismissed:
        parts.append(_t("no card owed"))
    return " · ".join(parts)


def phone_kind_word(kind: PhoneKind) -> str:
    words = {
        PhoneKind.MOBILE: _t("mobile"),
        PhoneKind.WORK: _t("work"),
        PhoneKind.FAX: _t("fax"),
        PhoneKind.HOME: _t("home"),
        PhoneKind.OTHER: _t("other"),
    }
    return words[kind]


def network_kind_word(kind: NetworkKind) -> str:
    words = {
        NetworkKind.BUSINESS_CLUB: _t("Business club"),
        NetworkKind.CHAMBER_OF_COMMERCE: _t("Chamber of commerce"),
        NetworkKind.ALUMNI: _t("Alumni"),
        NetworkKind.PROFESSIONAL_BODY: _t("Professional body"),
        NetworkKind.MEETUP: _t("Meetup"),
        NetworkKind.OTHER: _t("Other"),
    }
    return words[kind]


def outcome_word(outcome: ReferralOutcome) -> str:
    words = {
        ReferralOutcome.PENDING: _t("pending"),
        ReferralOutcome.WON: _t("won"),
        ReferralOutcome.LOST: _t("lost"),
    }
    return words[outcome]


def referral_text(referral: Referral, contact_id: int, names: dict[int, str]) -> str:
    """A referral seen from one contact's page: who sent business to whom."""
    other_id = referral.to_contact_id if referral.from_contact_id == contact_id else referral.from_contact_id
    other = names.get(other_id, _t("a deleted contact")) if other_id is not None else ""
    if referral.from_contact_id == contact_id:
        if referral.to_contact_id is None and not referral.to_name:
            return _t("Sent business your way")
        return _t("Sent business to %1").replace("%1", other or referral.to_name or "")
    if referral.from_contact_id is None:
        return _t("You sent them business")
    return _t("Got business from %1").replace("%1", other)


def contact_count(n: int, locale: QLocale | None = None) -> str:
    """ "1 contact", "1 284 contacts" (numbers in the locale's digits and grouping)."""
    if n == 1:
        return _t("1 contact")
    return _t("%1 contacts").replace("%1", (locale or QLocale()).toString(n))
