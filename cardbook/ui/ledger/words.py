"""The ledger's words: exchange tags, follow-up states, referral directions, rates and strength, all translatable.

Reciprocity is always a symbol *and* a word (⇄ mutual, → they offered, ← I offered, ? unknown), never colour
alone; the symbols come from the domain so every screen and report agrees.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale

from cardbook.app import figures_text
from cardbook.domain.enums import ExchangeOutcome, OfferedBy, Reciprocated, Reciprocity, ReferralDirection
from cardbook.domain.followups import FollowUpState
from cardbook.domain.reports import ExchangeCounts
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
        OfferedBy.NOBODY: QCoreApplication.translate("Ledger", "Nobody"),
    }[value]


def offered_sentence(value: OfferedBy) -> str:
    """For menus: "I offered first", "They offered first", "Not noted who offered first"."""
    return {
        OfferedBy.ME: QCoreApplication.translate("Ledger", "I offered first"),
        OfferedBy.THEM: QCoreApplication.translate("Ledger", "They offered first"),
        OfferedBy.UNKNOWN: QCoreApplication.translate("Ledger", "Not noted who offered first"),
        OfferedBy.NOBODY: QCoreApplication.translate("Ledger", "Nobody: no cards this time"),
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


def outcome_sentence(outcome: ExchangeOutcome) -> str:
    """An exchange outcome in the words a user recognises, for menus and the keys' legend."""
    return {
        ExchangeOutcome.MUTUAL: QCoreApplication.translate("Ledger", "Cards went both ways"),
        ExchangeOutcome.THEY_DID_NOT_ASK: QCoreApplication.translate(
            "Ledger", "They gave theirs, did not ask for mine"
        ),
        ExchangeOutcome.I_HAD_NONE: QCoreApplication.translate("Ledger", "They gave theirs, I had none: I owe mine"),
        ExchangeOutcome.THEY_GAVE: QCoreApplication.translate(
            "Ledger", "They gave theirs, I gave none (why not noted)"
        ),
        ExchangeOutcome.I_GAVE: QCoreApplication.translate("Ledger", "I gave mine, got none"),
        ExchangeOutcome.THEY_OFFERED_FIRST: QCoreApplication.translate("Ledger", "They offered first, rest not noted"),
        ExchangeOutcome.I_OFFERED_FIRST: QCoreApplication.translate("Ledger", "I offered first, rest not noted"),
        ExchangeOutcome.UNKNOWN: QCoreApplication.translate("Ledger", "Not noted"),
        ExchangeOutcome.NO_CARDS: QCoreApplication.translate(
            "Ledger", "No cards this time: we already had each other's"
        ),
    }[outcome]


def outcome_word(outcome: ExchangeOutcome) -> str:
    """Short, for a table cell beside the symbol."""
    return {
        ExchangeOutcome.MUTUAL: QCoreApplication.translate("Ledger", "mutual"),
        ExchangeOutcome.THEY_DID_NOT_ASK: QCoreApplication.translate("Ledger", "did not ask for mine"),
        ExchangeOutcome.I_HAD_NONE: QCoreApplication.translate("Ledger", "I owe mine"),
        ExchangeOutcome.THEY_GAVE: QCoreApplication.translate("Ledger", "they gave, why not noted"),
        ExchangeOutcome.I_GAVE: QCoreApplication.translate("Ledger", "I gave, got none"),
        ExchangeOutcome.THEY_OFFERED_FIRST: QCoreApplication.translate("Ledger", "they offered first"),
        # Its own entry: the menus' "I offered first" is a capitalised label ("Vous avez offert en premier").
        ExchangeOutcome.I_OFFERED_FIRST: QCoreApplication.translate("Ledger", "I offered first", "table cell"),
        ExchangeOutcome.UNKNOWN: QCoreApplication.translate("Ledger", "not noted"),
        ExchangeOutcome.NO_CARDS: QCoreApplication.translate("Ledger", "no cards this time"),
    }[outcome]


def outcome_text(outcome: ExchangeOutcome) -> str:
    """What is known, never less: "→ ? they offered first" (the rest not recorded), never "unknown"."""
    return f"{outcome.symbol} {outcome_word(outcome)}"


def outcome_key(outcome: ExchangeOutcome) -> str:
    """The one key recording this outcome in the event table: a letter of the interface's language (the French
    window uses French initials), so translators choose them; tests/ui/ledger checks they stay distinct."""
    return {
        ExchangeOutcome.MUTUAL: QCoreApplication.translate("Ledger", "M", "key: cards went both ways"),
        ExchangeOutcome.THEY_DID_NOT_ASK: QCoreApplication.translate("Ledger", "A", "key: they did not ask for mine"),
        ExchangeOutcome.I_HAD_NONE: QCoreApplication.translate("Ledger", "O", "key: I had none, I owe mine"),
        ExchangeOutcome.THEY_GAVE: QCoreApplication.translate("Ledger", "T", "key: they gave, why not noted"),
        ExchangeOutcome.I_GAVE: QCoreApplication.translate("Ledger", "G", "key: I gave mine, got none"),
        ExchangeOutcome.THEY_OFFERED_FIRST: QCoreApplication.translate("Ledger", "F", "key: they offered first"),
        ExchangeOutcome.I_OFFERED_FIRST: QCoreApplication.translate("Ledger", "I", "key: I offered first"),
        ExchangeOutcome.UNKNOWN: QCoreApplication.translate("Ledger", "U", "key: not noted"),
        ExchangeOutcome.NO_CARDS: QCoreApplication.translate("Ledger", "N", "key: no cards this time"),
    }[outcome]


def percent_text(rate: float | None, locale: QLocale | None = None) -> str:
    """ "67%" (a translation may write "67 %"); "—" when nothing is known."""
    if rate is None:
        return "—"
    return QCoreApplication.translate("Ledger", "%1%").replace("%1", (locale or QLocale()).toString(round(rate * 100)))


def recorded_text(counts: ExchangeCounts) -> str:
    """What a mutual rate rests on: "mutual 2 of 2 recorded, 12 not recorded" — never a bare rate that reads 0 %
    when most of a batch was not tagged."""
    text = (
        QCoreApplication.translate("Ledger", "mutual %1 of %2 recorded")
        .replace("%1", QLocale().toString(counts.mutual))
        .replace("%2", QLocale().toString(counts.recorded))
    )
    if counts.unrecorded:
        text += QCoreApplication.translate("Ledger", ", %1 not recorded").replace(
            "%1", QLocale().toString(counts.unrecorded)
        )
    if counts.no_cards:  # meetings again without cards: out of the rate, said apart (docs/MEETINGS.md)
        text += QCoreApplication.translate("Ledger", ", %1 without cards").replace(
            "%1", QLocale().toString(counts.no_cards)
        )
    return text


def amount_text(value: float | None, currency: str, locale: QLocale | None = None) -> str:
    """An amount with the library's currency (storage/settings.currency), laid out by the interface's locale:
    "1 200 €" in French, "€1,200" in English — never a bare number, nor the locale's own currency. "—" when
    unknown."""
    if value is None:
        return "—"
    loc = locale or QLocale()
    if loc.language() == QLocale.Language.C:  # no language to lay it out by ("480€"): the English way
        return figures_text.money_text(value, "en", currency, decimals=0 if float(value).is_integer() else 2)
    symbol = figures_text.SYMBOLS.get(currency.upper(), currency.upper())
    precision = 0 if float(value).is_integer() else 2
    return loc.toCurrencyString(float(value), symbol, precision)


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
