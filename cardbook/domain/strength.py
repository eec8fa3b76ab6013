"""Relationship strength: a 0–100 score per contact that explains itself in one plain sentence.

Why these four parts — they are the blog post's own argument (see docs/seed-reseaux-et-donneurs-de-carte.txt):
trust is built by meeting the same people several times; a card that goes one way is not an exchange; the value
of a network is prescripteurs, people who send you business and to whom you send it; and a relationship left
alone fades. The score must be *explainable*, so it is a plain sum of four capped parts, each of which the
sentence names, rather than a weighted blend no one could check by hand:

    meetings     30 × min(meetings, 5) / 5         6 points per meeting, full marks from the 5th
    reciprocity  20 × mutual share                 share of the meetings (with a known exchange) that were
                                                   mutual; at least ½ when cards went both ways over separate
                                                   meetings; 0 when nothing is known (no evidence, no points)
    referrals    min(30, 5 per referral, 10 if won) both ways: those they sent me and those I sent them;
                                                   between two other contacts does not count (not our tie)
    recency      20 / 15 / 10 / 5 / 0              last seen within 30 / 90 / 180 / 365 days / longer ago

score = the sum rounded half up (0–100); dots = 0 for 0, else one dot per started 20 points (1–5).

Everything here is pure: the storage layer hands in plain encounters and referrals and a `today`.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass

from cardbook.domain.enums import Reciprocity, ReferralDirection, ReferralOutcome
from cardbook.domain.exchange import Encounter, contact_reciprocity
from cardbook.domain.referral import Referral

MEETING_POINTS = 6.0
MEETINGS_CAP = 5
RECIPROCITY_POINTS = 20.0
REFERRAL_POINTS = 5.0
WON_REFERRAL_POINTS = 10.0
REFERRALS_CAP = 30.0
# (at most this many days since the last meeting, points), checked in order.
RECENCY_STEPS: tuple[tuple[int, float], ...] = ((30, 20.0), (90, 15.0), (180, 10.0), (365, 5.0))


@dataclass(frozen=True, slots=True)
class StrengthFacts:
    """What the score is made of, in countable facts: the sentence is built from these alone."""

    meetings: int
    span_days: int  # from the first to the last dated meeting
    mutual: int  # meetings where cards went both ways
    known: int  # meetings whose exchange is known
    exchange: Reciprocity  # over all meetings (see exchange.contact_reciprocity)
    received: int  # referrals they sent me
    received_won: int
    given: int  # referrals I sent them
    given_won: int
    days_since_last: int | None  # None when no meeting has a date


@dataclass(frozen=True, slots=True)
class Strength:
    score: int  # 0–100
    dots: int  # 0–5
    meetings_points: float
    reciprocity_points: float
    referral_points: float
    recency_points: float
    facts: StrengthFacts

    def sentence(self, lang: str = "en") -> str:
        return explain(self.facts, lang)


def gather_facts(
    contact_id: int, encounters: Iterable[Encounter], referrals: Iterable[Referral], today: dt.date
) -> StrengthFacts:
    """Count what matters about one contact from their encounters and the referrals that involve them."""
    items = list(encounters)
    dates = sorted(e.date for e in items if e.date is not None)
    states = [e.reciprocity for e in items]
    received = given = received_won = given_won = 0
    for referral in referrals:
        won = referral.outcome is ReferralOutcome.WON
        direction = referral.direction
        if direction is ReferralDirection.RECEIVED and referral.from_contact_id == contact_id:
            received += 1
            received_won += won
        elif direction is ReferralDirection.GIVEN and referral.to_contact_id == contact_id:
            given += 1
            given_won += won
    return StrengthFacts(
        meetings=len(items),
        span_days=(dates[-1] - dates[0]).days if dates else 0,
        mutual=sum(s is Reciprocity.MUTUAL for s in states),
        # a meeting without cards is a meeting (above) but no exchange to weigh: out of the share, like unknown
        known=sum(s not in (Reciprocity.UNKNOWN, Reciprocity.NO_CARDS) for s in states),
        exchange=contact_reciprocity(states),
        received=received,
        received_won=received_won,
        given=given,
        given_won=given_won,
        days_since_last=max(0, (today - dates[-1]).days) if dates else None,
    )


def score_facts(facts: StrengthFacts) -> Strength:
    """Apply the formula of the module docstring."""
    meetings = MEETING_POINTS * min(facts.meetings, MEETINGS_CAP)
    share = facts.mutual / facts.known if facts.known else 0.0
    if facts.exchange is Reciprocity.MUTUAL:
        share = max(share, 0.5)  # one way at one meeting, the other way at another: an exchange, if a slow one
    reciprocity = RECIPROCITY_POINTS * share
    won = facts.received_won + facts.given_won
    others = facts.received + facts.given - won
    referral = min(REFERRALS_CAP, WON_REFERRAL_POINTS * won + REFERRAL_POINTS * others)
    recency = 0.0
    if facts.days_since_last is not None:
        recency = next((points for days, points in RECENCY_STEPS if facts.days_since_last <= days), 0.0)
    total = meetings + reciprocity + referral + recency
    score = max(0, min(100, int(total + 0.5)))
    return Strength(score, dots_for(score), meetings, reciprocity, referral, recency, facts)


def relationship_strength(
    contact_id: int, encounters: Iterable[Encounter], referrals: Iterable[Referral], today: dt.date
) -> Strength:
    return score_facts(gather_facts(contact_id, encounters, referrals, today))


def dots_for(score: int) -> int:
    """0 dots for nothing at all, then one per started 20 points: 1–20 → 1 … 81–100 → 5."""
    return max(0, min(5, (score + 19) // 20))


def dots_text(dots: int) -> str:
    return "●" * dots + "○" * (5 - dots)


# --- the sentence ------------------------------------------------------------------------------------------


def duration(days: int, lang: str = "en") -> str:
    """A rough human span: "3 days", "3 weeks", "8 months", "2 years" (French: "3 jours", "8 mois"...)."""
    fr = lang == "fr"
    if days < 7:
        n, unit = days, ("jour", "jours") if fr else ("day", "days")
    elif days < 60:
        n, unit = days // 7, ("semaine", "semaines") if fr else ("week", "weeks")
    elif days < 730:
        n, unit = round(days / 30.44), ("mois", "mois") if fr else ("month", "months")
    else:
        n, unit = days // 365, ("an", "ans") if fr else ("year", "years")
    return f"{n} {unit[0] if n == 1 else unit[1]}"


def _meetings_part(f: StrengthFacts, fr: bool) -> str:
    if f.meetings == 0:
        return "aucune rencontre notée" if fr else "no meeting recorded"
    if fr:
        text = f"{f.meetings} rencontre{'s' if f.meetings > 1 else ''}"
    else:
        text = {1: "met once", 2: "met twice"}.get(f.meetings, f"met {f.meetings} times")
    if f.meetings > 1 and f.span_days > 0:
        text += f" en {duration(f.span_days, 'fr')}" if fr else f" in {duration(f.span_days)}"
    return text


def _exchange_part(f: StrengthFacts, fr: bool) -> str | None:
    if f.meetings == 0:
        return None
    if f.known == 0:
        return "échange non noté" if fr else "exchange not recorded"
    if f.mutual == f.known == f.meetings:
        if f.known == 1:
            return "un échange mutuel" if fr else "a mutual exchange"
        return "toujours un échange mutuel" if fr else "always a mutual exchange"
    if f.mutual == f.known:  # some meetings have no exchange recorded: say only what is known
        plural = "s" if f.mutual > 1 else ""
        if fr:
            return f"{f.mutual} échange{plural} mutuel{plural} noté{plural}"
        return f"{f.mutual} mutual exchange{plural} recorded"
    if f.mutual:
        return (
            f"échange mutuel {f.mutual} fois sur {f.known}"
            if fr
            else f"a mutual exchange {f.mutual} times out of {f.known}"
        )
    if f.exchange is Reciprocity.MUTUAL:
        return "cartes échangées dans les deux sens" if fr else "cards went both ways"
    if f.exchange is Reciprocity.FROM_THEM:
        return "a donné sa carte sans prendre la vôtre" if fr else "gave a card but never took mine"
    return "a reçu votre carte sans donner la sienne" if fr else "took my card but never gave one"


def _referral_part(count: int, won: int, received: bool, fr: bool) -> str:
    if fr:
        noun = f"{count} recommandation{'s' if count > 1 else ''}"
        text = f"vous a envoyé {noun}" if received else f"vous lui avez envoyé {noun}"  # the app says « vous »
        return text + (f" ({won} conclue{'s' if won > 1 else ''})" if won else "")
    noun = f"{count} referral{'s' if count > 1 else ''}"
    text = f"sent me {noun}" if received else f"I sent them {noun}"
    return text + (f" ({won} won)" if won else "")


def _recency_part(f: StrengthFacts, fr: bool) -> str | None:
    days = f.days_since_last
    if days is None:
        return None
    if days == 0:
        return "dernière rencontre aujourd'hui" if fr else "last seen today"
    if days == 1:
        return "dernière rencontre hier" if fr else "last seen yesterday"
    return f"dernière rencontre il y a {duration(days, 'fr')}" if fr else f"last seen {duration(days)} ago"


def explain(facts: StrengthFacts, lang: str = "en") -> str:
    """One sentence of plain words: "Met 4 times in 8 months, always a mutual exchange, … last seen 3 weeks ago."."""
    fr = lang.lower().startswith("fr")
    parts: list[str | None] = [_meetings_part(facts, fr), _exchange_part(facts, fr)]
    if facts.received:
        parts.append(_referral_part(facts.received, facts.received_won, True, fr))
    if facts.given:
        parts.append(_referral_part(facts.given, facts.given_won, False, fr))
    parts.append(_recency_part(facts, fr))
    text = ", ".join(p for p in parts if p)
    return text[:1].upper() + text[1:] + "."
