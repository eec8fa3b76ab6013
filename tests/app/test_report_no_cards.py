"""The after-event report with meetings where no cards changed hands (docs/MEETINGS.md): counted as people met,
not as cards collected nor in the rate, and shown as their own kind — in the text and the HTML alike."""

from __future__ import annotations

import datetime as dt

from cardbook.app.report_render import event_report_html, event_report_text
from cardbook.domain.enums import Reciprocity
from cardbook.domain.network import Event
from cardbook.domain.reports import MetPerson, build_event_report


def _person(contact_id: int, name: str, exchange: Reciprocity, earlier: int) -> MetPerson:
    return MetPerson(contact_id, name, None, 100 + contact_id, exchange, earlier, False, False)


def test_the_event_report_counts_meetings_without_cards_apart() -> None:
    event = Event(id=1, name="Club breakfast", date=dt.date(2026, 5, 12))
    people = [
        _person(1, "Ana Test", Reciprocity.MUTUAL, 0),
        _person(2, "Ben Test", Reciprocity.NO_CARDS, 2),
        _person(3, "Cy Test", Reciprocity.NO_CARDS, 1),
    ]
    report = build_event_report(event, None, people, [])
    assert (report.exchanges.cards, report.exchanges.no_cards, len(report.met_again)) == (1, 2, 2)
    text = event_report_text(report, "en")
    assert "Cards collected: 1   New contacts: 1   Met again: 2" in text
    assert "100% (mutual 1 of 1 recorded, 2 without cards)" in text
    assert "∅ Met again, no cards: 2" in text and "∅ Ben Test" in text
    french = event_report_text(report, "fr")
    assert "∅ Revu, sans cartes: 2" in french and "2 sans cartes" in french
    html = event_report_html(report, "en", today=dt.date(2026, 5, 13))
    assert "∅ Met again, no cards" in html


def test_a_report_without_such_meetings_shows_no_such_kind() -> None:
    report = build_event_report(Event(id=1, name="Gala"), None, [_person(1, "Ana Test", Reciprocity.MUTUAL, 0)], [])
    assert "no cards" not in event_report_text(report, "en")
