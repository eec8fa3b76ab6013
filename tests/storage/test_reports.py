"""The two reports on the small known library (tests/storage/test_ledger_library.py), figures worked out by hand."""

from __future__ import annotations

import re
from datetime import date

import pytest

from cardbook.app.report_render import event_report_html, event_report_text, network_report_html, network_report_text
from cardbook.domain.enums import Reciprocity
from cardbook.domain.network import Event
from cardbook.domain.reports import NetworkValue, Period
from cardbook.storage.contacts.records import get_contact, update_contact
from cardbook.storage.ledger.events import save_event
from cardbook.storage.ledger.reports import event_report, network_report
from cardbook.storage.library import Library
from tests.storage.conftest import BOTH
from tests.storage.test_ledger_library import TODAY, build_small_library

ENGINES = BOTH  # tests/storage/conftest.py


def _figures(v: NetworkValue) -> tuple[object, ...]:
    return (
        v.events_attended,
        v.cards_collected,
        v.mutual_rate,
        v.contacts_met,
        v.mutual_contacts,
        v.repeat_contacts,
        (v.received.count, v.received.won, v.received.won_value),
        (v.given.count, v.given.won, v.given.won_value),
        v.yearly_cost,
        v.cost_per_mutual_contact,
        v.cost_per_referral,
    )


def test_network_report_all_time(library: Library) -> None:
    build_small_library(library)
    lines = network_report(library)
    assert [v.name for v in lines] == ["CCI Beta", "Club Alpha", "Free Meetup", ""]
    cci, club, meetup, outside = lines
    # Club: Anne ⇄ twice, Bruno → and Claire →; Anne sent 2 (1 won, 5,000); I sent Bruno 1 (won, 800).
    assert _figures(club) == (2, 4, 0.5, 3, 1, 1, (2, 1, 5000.0), (1, 1, 800.0), 1200.0, 1200.0, 600.0)
    # CCI: Bruno ⇄ and David (unknown); David, first met there, sent a referral that was lost.
    assert _figures(cci) == (1, 2, 1.0, 2, 1, 0, (1, 0, 0.0), (0, 0, 0.0), 300.0, 300.0, 300.0)
    assert _figures(meetup) == (0, 0, None, 0, 0, 0, (0, 0, 0.0), (0, 0, 0.0), None, None, None)
    # The fair: David ← and Émile ⇄; Émile's referral belongs to no network (first met at no event).
    assert outside.network is None
    assert _figures(outside) == (1, 2, 0.5, 2, 1, 0, (0, 0, 0.0), (0, 0, 0.0), None, None, None)


def test_network_report_over_february_and_march(library: Library) -> None:
    build_small_library(library)
    cci, club, _meetup = network_report(library, Period(date(2026, 2, 1), date(2026, 3, 31)))
    assert _figures(club) == (1, 2, 0.5, 2, 1, 0, (2, 1, 5000.0), (1, 1, 800.0), 1200.0, 1200.0, 600.0)
    assert _figures(cci) == (1, 2, 1.0, 2, 1, 0, (0, 0, 0.0), (0, 0, 0.0), 300.0, 300.0, None)


def test_event_report_after_the_second_breakfast(library: Library) -> None:
    small = build_small_library(library)
    report = event_report(library, small.e2)
    assert report.network_name == "Club Alpha"
    assert [(p.name, p.exchange, p.earlier_meetings) for p in report.people] == [
        ("Anne Martin", Reciprocity.MUTUAL, 1),
        ("Claire Roux", Reciprocity.FROM_THEM, 0),
    ]
    assert [p.name for p in report.new_people] == ["Claire Roux"]
    assert [p.name for p in report.met_again] == ["Anne Martin"]
    assert (report.exchanges.mutual, report.exchanges.from_them, report.exchanges.mutual_rate) == (1, 1, 0.5)
    assert [(f.name, f.due, f.note) for f in report.follow_ups] == [("Claire Roux", date(2026, 3, 20), "Send my card")]
    assert [p.name for p in report.cards_i_owe] == ["Claire Roux"]


def test_event_report_first_breakfast(library: Library) -> None:
    small = build_small_library(library)
    report = event_report(library, small.e1)
    assert [p.name for p in report.new_people] == ["Anne Martin", "Bruno Petit"]
    assert report.cards_i_owe == []  # Bruno got my card later, at the CCI
    assert [(f.name, f.every_weeks) for f in report.follow_ups] == [("Bruno Petit", 6)]


def test_event_report_says_what_each_person_needs_and_whom_to_introduce(library: Library) -> None:
    """ "What can I bring?" after the event: Claire (met there) needs an accountant and David (not met there) is
    one — suggested, with the reason, in both languages; Anne's need matches nobody and says so; Bruno's need is
    not listed (he was not at this event)."""
    small = build_small_library(library)
    for contact_id, changes in (
        (small.claire, {"needs": "un expert-comptable pour ma SARL"}),
        (small.anne, {"needs": "a sommelier"}),
        (small.bruno, {"needs": "un avocat"}),
        (small.david, {"title": "Expert-comptable"}),
    ):
        contact = get_contact(library, contact_id)
        for field, value in changes.items():
            setattr(contact, field, value)
        update_contact(library, contact)
    report = event_report(library, small.e2)
    assert [(n.name, n.need, [i.offerer_name for i in n.introductions]) for n in report.needs] == [
        ("Anne Martin", "a sommelier", []),
        ("Claire Roux", "un expert-comptable pour ma SARL", ["David Moreau"]),
    ]
    english = event_report_text(report, "en")
    assert "Claire Roux needs “un expert-comptable pour ma SARL”" in english
    assert "→ introduce to David Moreau (title: “Expert-comptable”)" in english
    assert "→ nobody in the library answers it yet" in english
    french = event_report_html(report, "fr", TODAY)
    assert "Claire Roux cherche «\u00a0un expert-comptable pour ma SARL\u00a0»" in french
    assert "présenter à David Moreau (fonction\u00a0: «\u00a0Expert-comptable\u00a0»)" in french
    assert "avocat" not in french


def _self_contained(html: str) -> None:
    assert html.startswith("<!DOCTYPE html>")
    for forbidden in ("<script", "src=", "href=", "url(", "@import", "<link"):
        assert forbidden not in html
    assert "<svg" in html and "<style>" in html


def test_event_report_html_english_and_french(library: Library) -> None:
    small = build_small_library(library)
    report = event_report(library, small.e2)
    html = event_report_html(report, "en", TODAY)
    _self_contained(html)
    assert "After the event: Club Alpha breakfast" in html
    assert "12 Mar 2026" in html and "met 1× before" in html and "first meeting" in html
    assert re.search(r"<b>50% \(mutual 1 of 2 recorded\)</b> Mutual exchanges", html)
    french = event_report_html(report, "fr", TODAY)
    assert '<html lang="fr">' in french
    assert "Après l’événement\u00a0: Club Alpha breakfast" in french
    assert "12 mars 2026" in french and "Cartes que vous devez" in french and "50\u202f%" in french


def test_network_report_html_and_text(library: Library) -> None:
    build_small_library(library)
    lines = network_report(library)
    html = network_report_html(lines, Period(), "en", TODAY)
    _self_contained(html)
    assert html.count("<svg") == 3
    # Amounts carry the currency; the business value stands against the yearly cost.
    assert "<td class=n>€5,000</td><td class=n>€1,200</td><td class=n>4.17×</td>" in html
    assert "<td class=n>€1,200</td><td class=n>€600</td>" in html  # whole amounts without cents, as on screen
    assert "50% (mutual 1 of 2 recorded)" in html
    assert "Events outside any network" in html
    french = network_report_html(lines, Period(date(2026, 1, 1), date(2026, 3, 31)), "fr", TODAY)
    assert "Du 1 janv. 2026 au 31 mars 2026" in french and "1\u202f200\u00a0€" in french
    text = network_report_text(lines, Period(), "en")
    assert "Club Alpha\n  Events: 2\n  Cards collected: 4\n  Mutual exchanges: 50%" in text
    assert "Referrals received: 2 (1 won, €5,000)" in text


def test_event_report_text(library: Library) -> None:
    small = build_small_library(library)
    text = event_report_text(event_report(library, small.e2), "en")
    assert "Cards collected: 2   New contacts: 1   Met again: 1   Mutual exchanges: 50%" in text
    assert "→ Claire Roux — CR (first meeting)" in text
    assert "Cards I owe\n  Claire Roux\n" in text


def test_user_text_is_escaped(library: Library) -> None:
    event = save_event(library, Event(name="<script>R&D</script>", date=date(2026, 1, 1)))
    assert event.id is not None
    html = event_report_html(event_report(library, event.id), "en", TODAY)
    assert "<script>" not in html and "&lt;script&gt;R&amp;D" in html


def test_charts_as_tables_for_qt_rich_text(library: Library) -> None:
    small = build_small_library(library)
    html = event_report_html(event_report(library, small.e2), "en", TODAY, charts="table")
    assert "<svg" not in html
    # Mutual 1 and "they gave" 1: two full bars; the two empty kinds get none.
    assert html.count('<td class="bar" width="100%" bgcolor=') == 2
    lines = network_report(library)
    network = network_report_html(lines, Period(), "en", TODAY, charts="table")
    assert '<td class="bar" width="50%" bgcolor="#1565c0">' in network


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_an_empty_library_still_renders(library: Library, lang: str) -> None:
    html = network_report_html(network_report(library), Period(), lang, TODAY)
    assert "<table class='data'" in html


@pytest.mark.parametrize("charts", ["svg", "table"])
def test_each_section_title_is_printed_once(library: Library, charts: str) -> None:
    """The chart under "Exchanges by kind" does not repeat its heading (it did, in the PDF and the browser)."""
    small = build_small_library(library)
    for lang in ("en", "fr"):
        html = event_report_html(event_report(library, small.e2), lang, TODAY, charts=charts)
        visible = re.sub(r"<title>.*?</title>|aria-label=\"[^\"]*\"", "", html)  # names, not shown text
        heading = "Exchanges by kind" if lang == "en" else "Échanges par type"
        assert visible.count(heading) == 1, (lang, charts)
