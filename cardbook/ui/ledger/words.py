"""The ledger's words: exchange tags, follow-up states, referral directions, rates and strength, all translatable.

Reciprocity is always a symbol *and* a word (⇄ mutual, → they offered, ← I offered, ? unknown), never colour
alone; the symbols come from the domain so every screen and report agrees.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale

from cardbook.domain.enums import OfferedBy, Reciprocated, Reciprocity, ReferralDirection
from cardbook.domain.followups import FollowUpState
from cardbook.domain.strength import Strength, dots_text
from cardbook.ui.common import labels
from cardbook.ui.common.i18n import TranslationContext

_CONTEXT = "Ledger"
Ledger = TranslationContext(_CONTEXT)  # for the plural forms, which lupdate finds only through .tr()


def t(text: str) -> str:
    """Translate a text already marked elsewhere in the ledger's context.

    lupdate cannot see a literal passed to t(): write QCoreApplication.translate("Ledger", "…") instead, so the
    text reaches resources/translations/cardbook_fr.ts (tests/ui/common/test_translations.py checks this).
    """
    return QCoreApplication.translate(_CONTEXT, text)


def offered_word(value: OfferedBy) -> str:
    return {
        OfferedBy.ME: QCoreApplication.translate("Ledger", "Me"),
        OfferedBy.THEM: QCoreApplication.translate("Ledger", "Them"),
        OfferedBy.UNKNOWN: QCoreApplication.translate("Ledger", "Unknown"),
    }[value]


def offered_sentence(value: OfferedBy) -> str:
    """For menus: "I offered first", "They offered first", "Not noted who offered first"."""
    return {
        OfferedBy.ME: QCoreApplication.translate("Ledger", "I offered first"),
        OfferedBy.THEM: QCoreApplication.translate("Ledger", "They offered first"),
        OfferedBy.UNKNOWN: QCoreApplication.translate("Ledger", "Not noted who offered first"),
    }[value]


def reciprocated_word(value: Reciprocated) -> str:
    return {
        Reciprocated.YES: QCoreApplication.translate("Ledger", "Yes"),
        Reciprocated.NO: QCoreApplication.translate("Ledger", "No"),
        Reciprocated.UNKNOWN: QCoreApplication.translate("Ledger", "Unknown"),
    }[value]


def reciprocated_sentence(value: Reciprocated) -> str:
    return {
        Reciprocated.YES: QCoreApplication.translate("Ledger", "Reciprocated"),
        Reciprocated.NO: QCoreApplication.translate("Ledger", "Not reciprocated"),
        Reciprocated.UNKNOWN: QCoreApplication.translate("Ledger", "Not noted whether reciprocated"),
    }[value]


def exchange_text(value: Reciprocity) -> str:
    """ "⇄ mutual", "→ they offered", "← I offered", "? unknown" (the words the contact list already uses)."""
    return labels.reciprocity_text(value)


def percent_text(rate: float | None, locale: QLocale | None = None) -> str:
    """ "67%" (a translation may write "67 %"); "—" when nothing is known."""
    if rate is None:
        return "—"
    return QCoreApplication.translate("Ledger", "%1%").replace("%1", (locale or QLocale()).toString(round(rate * 100)))


def earlier_meetings_text(n: int) -> str:
    if n > 0:
        return Ledger.tr("met %Ln time(s) before", None, n)
    return QCoreApplication.translate("Ledger", "first meeting")


def follow_up_state_word(state: FollowUpState) -> str:
    return {
        FollowUpState.DONE: QCoreApplication.translate("Ledger", "done"),
        FollowUpState.OVERDUE: QCoreApplication.translate("Ledger", "overdue"),
        FollowUpState.DUE_TODAY: QCoreApplication.translate("Ledger", "due today"),
        FollowUpState.THIS_WEEK: QCoreApplication.translate("Ledger", "this week"),
        FollowUpState.LATER: QCoreApplication.translate("Ledger", "planned"),
        FollowUpState.UNSCHEDULED: QCoreApplication.translate("Ledger", "no date"),
    }[state]


def direction_word(direction: ReferralDirection) -> str:
    return {
        ReferralDirection.RECEIVED: QCoreApplication.translate("Ledger", "Received"),
        ReferralDirection.GIVEN: QCoreApplication.translate("Ledger", "Given"),
        ReferralDirection.BETWEEN_CONTACTS: QCoreApplication.translate("Ledger", "Between contacts"),
    }[direction]


def strength_dots(strength: Strength) -> str:
    return dots_text(strength.dots)


def strength_accessible(strength: Strength) -> str:
    """What a screen reader says instead of the dots: "Relationship strength 3 out of 5 (score 58 of 100)"."""
    return (
        QCoreApplication.translate("Ledger", "Relationship strength %1 out of 5 (score %2 of 100)")
        .replace("%1", QLocale().toString(strength.dots))
        .replace("%2", QLocale().toString(strength.score))
    )


def ui_language() -> str:
    """ "fr" or "en": the language of the sentences and reports the domain writes itself."""
    return "fr" if QLocale().language() == QLocale.Language.French else "en"
