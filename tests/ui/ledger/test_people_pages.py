"""The ledger's people pages and sections of issue 11: Prescribers (business both ways, with the library's
currency), Introductions I could make (ranked, explained, made and undone), what a contact needs and offers, and
the Networks page's figures per period."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QLabel

from cardbook.app.report_words import reason_text
from cardbook.domain.enums import ReferralDirection, ReferralOutcome
from cardbook.domain.referral import Referral
from cardbook.domain.reports import Period
from cardbook.storage import settings
from cardbook.storage.contacts import records as contacts
from cardbook.storage.contacts.records import Topics
from cardbook.storage.ledger import follow_ups as ledger_followups
from cardbook.storage.ledger import referrals, reports
from cardbook.storage.library import Library
from cardbook.ui.common.services import LibraryChange
from cardbook.ui.ledger.introductions_page import IntroductionsPage
from cardbook.ui.ledger.needs_section import NeedsSection
from cardbook.ui.ledger.networks_page import NetworksPage
from cardbook.ui.ledger.prescribers_page import PrescribersModel, PrescribersPage
from tests.ui.helpers import services_for, wait_loaded
from tests.ui.sample_library import Sample

TODAY = dt.date.today()


def spaced(text: str) -> str:
    """Qt's French amounts use narrow and non-breaking spaces: compare them as plain spaces."""
    return text.replace("\u202f", " ").replace("\xa0", " ")


def row_texts(page: PrescribersPage, name: str) -> list[str]:
    model = page.model
    row = next(r for r in range(model.rowCount()) if model.index(r, PrescribersModel.NAME).data() == name)
    return [str(model.index(row, c).data()) for c in range(model.columnCount())]


def test_prescribers_business_both_ways_with_the_currency(qtbot, lib: Library, sample: Sample) -> None:  # type: ignore[no-untyped-def]
    emilie = sample.ids["Émilie Lefèvre"]
    referrals.save_referral(
        lib, Referral(to_contact_id=emilie, date=TODAY, outcome=ReferralOutcome.WON, value=500.0)
    )  # I sent her business too
    services = services_for(lib)
    shown: list[str] = []
    services.show_view = lambda view: shown.append(view) is None
    page = PrescribersPage(services)
    qtbot.addWidget(page)
    wait_loaded(qtbot, page)
    assert page.texts()[0] == "Referrers"  # the English word; the French keeps "prescripteurs"
    assert page.model.index(0, PrescribersModel.NAME).data() == "Émilie Lefèvre"  # the most won business first
    emilie_row = row_texts(page, "Émilie Lefèvre")
    assert emilie_row[PrescribersModel.RECEIVED : PrescribersModel.INTRODUCED] == [
        "1 (1 won)", "€1,200", "1 (1 won)", "€500",
    ]  # fmt: skip
    assert row_texts(page, "François Dupont")[PrescribersModel.GIVEN] == "1"  # I sent him business, nothing won
    page.table.setCurrentIndex(page.model.index(0, 0))
    page.activate()
    assert shown == [f"contact:{emilie}"]

    settings.set_currency(lib, "CHF")
    page.reload()
    wait_loaded(qtbot, page)
    assert spaced(row_texts(page, "Émilie Lefèvre")[PrescribersModel.RECEIVED_VALUE]) == "CHF 1,200"


def test_prescribers_in_french(qtbot, lib: Library, sample: Sample, french) -> None:  # type: ignore[no-untyped-def]
    page = PrescribersPage(services_for(lib))
    qtbot.addWidget(page)
    wait_loaded(qtbot, page)
    assert page.texts()[0] == "Prescripteurs"
    emilie_row = row_texts(page, "Émilie Lefèvre")
    assert emilie_row[PrescribersModel.RECEIVED] == "1 (gagnées\u00a0: 1)"  # no line break before the colon
    assert spaced(emilie_row[PrescribersModel.RECEIVED_VALUE]) == "1 200 €"


def test_an_introduction_suggested_explained_made_and_undone(qtbot, lib: Library, sample: Sample) -> None:  # type: ignore[no-untyped-def]
    chloe, francois = sample.ids["Chloé Martin"], sample.ids["François Dupont"]
    contacts.set_topics(lib, chloe, Topics(needs="Cherche un expert-comptable pour ma SAS"))
    services = services_for(lib)
    notices: list[LibraryChange] = []
    services.notices.libraryChanged.connect(notices.append)
    page = IntroductionsPage(services, today=lambda: dt.date(2025, 3, 1))
    qtbot.addWidget(page)
    wait_loaded(qtbot, page)

    def pairs() -> list[tuple[str, str]]:
        m = page.model
        return [(m.index(r, m.NEEDER).data(), m.index(r, m.OFFERER).data()) for r in range(m.rowCount())]

    assert ("Chloé Martin", "François Dupont") in pairs()
    row = pairs().index(("Chloé Martin", "François Dupont"))
    page.table.setCurrentIndex(page.model.index(row, 0))
    assert "Expert-comptable" in page.model.index(row, page.model.WHY).data()  # why: his title
    assert page.detail.text().startswith("Chloé Martin, need: “Cherche un expert-comptable pour ma SAS”.")
    made = page.make_introduction()
    assert made is not None
    (line,) = [ln for ln in referrals.referral_lines(lib, chloe) if ln.direction is ReferralDirection.BETWEEN_CONTACTS]
    assert (line.referral.from_contact_id, line.referral.to_contact_id) == (chloe, francois)
    assert [f.due for f in ledger_followups.follow_ups_of(lib, chloe) if f.id == made[1].id] == [dt.date(2025, 3, 15)]
    assert notices[-1].page == "introductions" and set(notices[-1].contact_ids) == {chloe, francois}
    wait_loaded(qtbot, page)
    assert ("Chloé Martin", "François Dupont") not in pairs()  # introduced: not suggested again

    services.undo_stack.undo()
    assert not [ln for ln in referrals.referral_lines(lib, chloe) if ln.direction is ReferralDirection.BETWEEN_CONTACTS]
    assert made[1].id not in {f.id for f in ledger_followups.follow_ups_of(lib, chloe)}
    wait_loaded(qtbot, page)
    assert ("Chloé Martin", "François Dupont") in pairs()
    services.undo_stack.redo()
    assert len(referrals.referral_lines(lib, francois)) == 2  # the one I gave him, and the introduction again


def test_the_reasons_of_an_introduction_in_french(qtbot, lib: Library, sample: Sample, french) -> None:  # type: ignore[no-untyped-def]
    """Each reason is translated whole, by its kind — the same French as the printed report's — not only its
    opening (the matched words stay as they were found)."""
    contacts.set_topics(lib, sample.ids["Chloé Martin"], Topics(needs="Cherche un expert-comptable pour ma SAS"))
    page = IntroductionsPage(services_for(lib))
    qtbot.addWidget(page)
    wait_loaded(qtbot, page)
    model = page.model
    suggestions = [model.row_at(r) for r in range(model.rowCount())]
    assert suggestions and all(s is not None and s.reasons for s in suggestions)
    for r, suggestion in enumerate(suggestions):
        assert suggestion is not None
        french_reasons = [reason_text(reason, "fr") for reason in suggestion.reasons]
        assert all(reason.kind for reason in suggestion.reasons)  # type: ignore[attr-defined]
        assert model.index(r, model.WHY).data() == "\u00a0; ".join(french_reasons)  # no line break before ";"
        assert not set(french_reasons) & set(suggestion.reasons)  # none left in English
    page.table.setCurrentIndex(model.index(0, 0))
    first = suggestions[0]
    assert first is not None
    assert page.detail.text().endswith(" — " + "\u00a0; ".join(reason_text(r, "fr") for r in first.reasons) + ".")


def test_needs_and_offers_edited_on_the_contact_and_undone(qtbot, lib: Library, sample: Sample) -> None:  # type: ignore[no-untyped-def]
    chloe = sample.ids["Chloé Martin"]
    services = services_for(lib)
    section = NeedsSection(services, chloe)
    qtbot.addWidget(section)
    qtbot.waitUntil(lambda: not section.loading)
    assert section.title.label.text() == "WHAT CAN I BRING?"
    assert [lbl.text() for lbl in section.findChildren(QLabel)].count("nothing noted") == 2
    dialog = section.edit()
    assert dialog is not None and dialog.windowTitle() == "What can I bring to Chloé Martin?"
    dialog.needs.setPlainText("Un expert-comptable")
    dialog.need_tags.setText("comptable,  site web ,")
    dialog.offers.setPlainText("Sites web sur mesure")
    dialog.accept()
    assert contacts.topics_of(lib, chloe) == Topics(
        "Un expert-comptable", "Sites web sur mesure", ("comptable", "site web"), ()
    )
    qtbot.waitUntil(lambda: not section.loading)
    texts = [lbl.text() for lbl in section.findChildren(QLabel) if lbl.isVisibleTo(section)]
    assert "#comptable · #site web" in texts and "Sites web sur mesure" in texts
    services.undo_stack.undo()
    assert contacts.topics_of(lib, chloe) == Topics()
    services.undo_stack.redo()
    assert contacts.topics_of(lib, chloe).need_tags == ("comptable", "site web")


def test_networks_page_figures_per_period(qtbot, lib: Library, sample: Sample) -> None:  # type: ignore[no-untyped-def]
    club = sample.networks["Club des Entrepreneurs Lyonnais"]
    page = NetworksPage(services_for(lib))
    qtbot.addWidget(page)
    wait_loaded(qtbot, page)
    assert page.select_network(club.id or 0)
    for period, choice in ((Period.year_until(TODAY), 0), (Period(), 1)):
        page.period_choice.setCurrentIndex(choice)
        wait_loaded(qtbot, page)
        page.select_network(club.id or 0)
        value = next(v for v in reports.network_report(lib, period) if v.network and v.network.id == club.id)
        f = page.figures
        assert f.events.number.text() == str(value.events_attended)
        assert f.cards.number.text() == str(value.cards_collected)
        assert f.received.number.text().startswith(str(value.received.count))
        assert f.one_way.number.text() == str(value.one_way_givers)
        assert f.prescribers.number.text() == str(value.prescribers)
        assert f"of {value.exchanges.recorded} recorded" in f.mutual.caption.text()
        assert "€480 a year" in f.value.caption.text()  # business value against the yearly cost, with currency
    assert page.figures.heading.text() == "What “Club des Entrepreneurs Lyonnais” brought, all time:"


def test_amounts_are_typed_and_shown_in_the_library_currency(qtbot, lib: Library, sample: Sample) -> None:  # type: ignore[no-untyped-def]
    settings.set_currency(lib, "USD")
    page = NetworksPage(services_for(lib))
    qtbot.addWidget(page)
    wait_loaded(qtbot, page)
    dialog = page.new_network()
    assert dialog.cost.prefix() == "$"  # typed in the library's currency, not the interface's
    dialog.reject()
    club = sample.networks["Club des Entrepreneurs Lyonnais"]
    row = page.model.row_of(club.id or 0)
    assert page.model.index(row, page.model.COST).data() == "$480"
