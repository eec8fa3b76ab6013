"""The ledger's words: exchange tags, follow-up states, referral directions, rates and strength, all translatable.

Reciprocity is always a symbol *and* a word (⇄ mutual, → they offered, ← I offered, ? unknown), never colour
alone; the symbols come from the domain so every screen and report agrees.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale

from cardbook.domain.enums import OfferedBy, Reciprocated, Reciprocity, ReferralDirection
from cardbook.domain.followups import FollowUpState
from cardbook.domain.strength import Strength, dots_text
from cardbook.ui import labels

_CONTEXT = "Ledger"


def t(text: str) -> str:
    """Translate in the ledger's context (for module-level helpers that have no QObject to call tr() on)."""
    return QCoreApplication.translate(_CONTEXT, text)


def offered_word(value: OfferedBy) -> str:
    return {OfferedBy.ME: t("Me"), OfferedBy.THEM: t("Them"), OfferedBy.UNKNOWN: t("Unknown")}[value]


def offered_sentence(value: OfferedBy) -> str:
    """For menus: "I offered first", "They offered first", "Not noted who offered first"."""
    return {
        OfferedBy.ME: t("I offered first"),
        OfferedBy.THEM: t("They offered first"),
        OfferedBy.UNKNOWN: t("Not noted who offered first"),
    }[value]


def reciprocated_word(value: Reciprocated) -> str:
    return {Reciprocated.YES: t("Yes"), Reciprocated.NO: t("No"), Reciprocated.UNKNOWN: t("Unknown")}[value]


def reciprocated_sentence(value: Reciprocated) -> str:
    return {
        Reciprocated.YES: t("Reciprocated"),
        Reciprocated.NO: t("Not reciprocated"),
        Reciprocated.UNKNOWN: t("Not noted whether reciprocated"),
    }[value]


def exchange_text(value: Reciprocity) -> str:
    """ "⇄ mutual", "→ they offered", "← I offered", "? unknown" (the words the contact list already uses)."""
    return labels.reciprocity_text(value)


def percent_text(rate: float | None, locale: QLocale | None = None) -> str:
    """ "67%" (a translation may write "67 %"); "—" when nothing is known."""
    if rate is None:
        return "—"
    return t("%1%").replace("%1", (locale or QLocale()).toString(round(rate * 100)))


def count_phrase(n: int, one: str, many: str, locale: QLocale | None = None) -> str:
    """ "1 card" / "3 cards": `many` holds %1 for the number in the locale's digits."""
    return one if n == 1 else many.replace("%1", (locale or QLocale()).toString(n))


def earlier_meetings_text(n: int) -> str:
    if n == 0:
        return t("first meeting")
    return t("met once before") if n == 1 else t("met %1 times before").replace("%1", QLocale().toString(n))


def follow_up_state_word(state: FollowUpState) -> str:
    return {
        FollowUpState.DONE: t("done"),
        FollowUpState.OVERDUE: t("overdue"),
        FollowUpState.DUE_TODAY: t("due today"),
        FollowUpState.THIS_WEEK: t("this week"),
        FollowUpState.LATER: t("planned"),
        FollowUpState.UNSCHEDULED: t("no date"),
    }[state]


def direction_word(direction: ReferralDirection) -> str:
    return {
        ReferralDirection.RECEIVED: t("Received"),
        ReferralDirection.GIVEN: t("Given"),
        ReferralDirection.BETWEEN_CONTACTS: t("Between contacts"),
    }[direction]


def strength_dots(strength: Strength) -> str:
    return dots_text(strength.dots)


def strength_accessible(strength: Strength) -> str:
    """What a screen reader says instead of the dots: "Relationship strength 3 out of 5 (score 58 of 100)"."""
    return (
        t("Relationship strength %1 out of 5 (score %2 of 100)")
        .replace("%1", QLocale().toString(strength.dots))
        .replace("%2", QLocale().toString(strength.score))
    )


def ui_language() -> str:
    """ "fr" or "en": the language of the sentences and reports the domain writes itself."""
    return "fr" if QLocale().language() == QLocale.Language.French else "en"
