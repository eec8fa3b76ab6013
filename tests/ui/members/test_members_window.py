"""Team members in the window: File → Team members… (choose, add, rename), the member in the status bar, the
lists that follow the point of view, "Also met by" in the contact pane, and whose report the Reports page shows."""

from __future__ import annotations

from cardbook.domain.member import EVERYONE
from cardbook.domain.reports import Period
from cardbook.storage.ledger import reports
from cardbook.storage.library import Library
from cardbook.storage.members import (
    add_member,
    current_member,
    forget_current_member,
    list_members,
    use_member,
    viewpoint,
)
from cardbook.ui.contacts.filters import ContactFilter, FilterKind
from cardbook.ui.ledger.also_met_section import AlsoMetSection
from cardbook.ui.ledger.events_page import EventsPage
from cardbook.ui.ledger.exchange_section import ExchangeSection
from cardbook.ui.ledger.reports_page import ReportsPage
from cardbook.ui.members.member_dialog import MemberDialog
from cardbook.ui.window.main_window import MainWindow
from cardbook.ui.window.sidebar_model import SidebarEntry
from tests.storage.test_members import Team
from tests.ui.conftest import open_window
from tests.ui.helpers import label_texts, services_for, settle, wait_loaded


def _count(window: MainWindow, kind: FilterKind) -> str:
    model = window.sidebar.sidebar_model
    return str(model.data(model.index_of(SidebarEntry(ContactFilter(kind))).siblingAtColumn(1)))


def _names(dialog: MemberDialog) -> list[str]:
    return [dialog.list.item(row).text() for row in range(dialog.list.count())]


def _write(qtbot, dialog: MemberDialog, click) -> None:  # type: ignore[no-untyped-def]
    """Click, then wait for the write and the list read after it (both off the GUI thread)."""
    with qtbot.waitSignal(dialog.shown, timeout=30_000):
        click()


def test_the_file_menu_chooses_who_you_are_and_the_lists_follow(qtbot, window: MainWindow, lib: Library) -> None:  # type: ignore[no-untyped-def]
    assert not window.members.label.isVisibleTo(window)  # a personal library: nothing to say
    assert window.commands.members in window.menuBar().actions()[0].menu().actions()
    owed_before = _count(window, FilterKind.OWE)
    assert owed_before != "0"  # the sample owes some cards: the user's own (rows of nobody in particular)
    window.commands.members.trigger()
    dialog = window.members.dialog
    assert dialog is not None
    qtbot.waitUntil(lambda: not dialog.loading)
    assert dialog.empty.isVisibleTo(dialog) and not dialog.add_button.isEnabled()
    for name in ("Anne", "Claire"):
        dialog.name_edit.setText(name)
        _write(qtbot, dialog, dialog.add_button.click)
    assert _names(dialog) == ["Anne", "Claire"]
    qtbot.waitUntil(lambda: window.members.label.isVisibleTo(window))
    assert window.members.label.text() == "No member chosen (File → Team members…)"
    assert _count(window, FilterKind.OWE) == owed_before  # nobody chosen: the team's lists, unchanged

    dialog.name_edit.setText("claire")  # taken (case-blind): one line, and the name stays typed
    dialog.add_button.click()
    qtbot.waitUntil(lambda: dialog.error.isVisibleTo(dialog), timeout=30_000)
    assert dialog.error.text() == "there is already a member named “claire”"
    assert dialog.name_edit.text() == "claire"

    dialog.list.setCurrentRow(1)
    _write(qtbot, dialog, dialog.use_button.click)
    assert _names(dialog) == ["Anne", "Claire (you, on this computer)"]
    assert dialog.list.item(1).font().bold() and not dialog.use_button.isEnabled()
    qtbot.waitUntil(lambda: window.members.label.text() == "Member: Claire")
    # Claire has recorded nothing: her lists are empty; the window reread them on its own.
    qtbot.waitUntil(lambda: _count(window, FilterKind.OWE) == "0", timeout=30_000)
    settle(qtbot, window)
    assert current_member(lib) is not None and current_member(lib).name == "Claire"  # type: ignore[union-attr]

    dialog.name_edit.setText("Claire Roux")
    _write(qtbot, dialog, dialog.rename_button.click)
    assert _names(dialog) == ["Anne", "Claire Roux (you, on this computer)"]
    assert dialog.name_edit.text() == ""
    qtbot.waitUntil(lambda: window.members.label.text() == "Member: Claire Roux")
    dialog.reject()
    qtbot.waitUntil(lambda: window.members.dialog is None)
    settle(qtbot, window)


def test_opening_a_team_library_with_nobody_chosen_asks_once_who_you_are(qtbot, lib: Library) -> None:  # type: ignore[no-untyped-def]
    for name in ("Anne", "Claire"):
        add_member(lib, name)
    window = open_window(qtbot, lib)
    qtbot.waitUntil(lambda: window.members.dialog is not None and window.members.dialog.isVisible(), timeout=30_000)
    dialog = window.members.dialog
    assert dialog is not None and dialog.asking
    assert dialog.question.isVisibleTo(dialog) and dialog.close_button.text() == "Not now"
    qtbot.waitUntil(lambda: not dialog.loading and dialog.list.count() == 2, timeout=30_000)
    owed_team = _count(window, FilterKind.OWE)
    dialog.close_button.click()  # Not now: the team's view stays, and nothing asks again in this window
    qtbot.waitUntil(lambda: window.members.dialog is None)
    window.members.load()
    qtbot.waitUntil(lambda: not window.members.loading, timeout=30_000)
    assert window.members.dialog is None
    assert window.members.label.text() == "No member chosen (File → Team members…)"
    assert current_member(lib) is None and _count(window, FilterKind.OWE) == owed_team
    settle(qtbot, window)
    window.close()

    again = open_window(qtbot, lib)  # the next opening asks again; choosing answers it and closes the question
    qtbot.waitUntil(lambda: again.members.dialog is not None and again.members.dialog.isVisible(), timeout=30_000)
    dialog = again.members.dialog
    assert dialog is not None
    qtbot.waitUntil(lambda: not dialog.loading and dialog.list.count() == 2, timeout=30_000)
    dialog.list.setCurrentRow(1)
    dialog.use_button.click()
    qtbot.waitUntil(lambda: again.members.dialog is None, timeout=30_000)
    assert current_member(lib) is not None and current_member(lib).name == "Claire"  # type: ignore[union-attr]
    qtbot.waitUntil(lambda: again.members.label.text() == "Member: Claire", timeout=30_000)
    qtbot.waitUntil(lambda: _count(again, FilterKind.OWE) == "0", timeout=30_000)  # Claire recorded nothing
    settle(qtbot, again)
    again.close()

    chosen = open_window(qtbot, lib)  # a member chosen here: nothing to ask
    qtbot.waitUntil(lambda: chosen.members.label.text() == "Member: Claire", timeout=30_000)
    assert chosen.members.dialog is None and chosen.members.asked
    forget_current_member(lib)
    settle(qtbot, chosen)


def test_a_personal_library_never_asks_who_you_are(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: window.members.asked and not window.members.loading, timeout=30_000)
    assert window.members.dialog is None and not window.members.label.isVisibleTo(window)


def test_also_met_by_in_the_contact_pane(qtbot, lib: Library) -> None:  # type: ignore[no-untyped-def]
    team = Team(lib)  # this computer is Claire's
    section = AlsoMetSection(services_for(lib), team.paul)
    qtbot.addWidget(section)

    def shows(text: str) -> None:
        """The section reads in the background; a row added to a shown section appears on the next event loop."""
        qtbot.waitUntil(lambda: not section.loading and text in label_texts(section), timeout=30_000)

    shows("Anne at BNI Lyon breakfast (1×)")
    assert not section.isHidden()
    use_member(lib, "Anne")
    section.reload()
    shows("Claire at BNI Lyon breakfast (3×)")
    section.show_contact(team.marc)  # only Claire met Marc
    shows("Claire at BNI Lyon breakfast (1×)")
    use_member(lib, "Claire")
    section.reload()
    shows("Nobody else in the team has met them.")
    assert len(label_texts(section)) == 2  # the title and that line


def test_also_met_by_stays_hidden_in_a_personal_library(qtbot, lib: Library, sample) -> None:  # type: ignore[no-untyped-def]
    section = AlsoMetSection(services_for(lib), next(iter(sample.ids.values())))
    qtbot.addWidget(section)
    qtbot.waitUntil(lambda: not section.loading)
    assert section.isHidden()
    assert list_members(lib) == []


def test_the_reports_page_shows_whose_report_it_is(qtbot, lib: Library) -> None:  # type: ignore[no-untyped-def]
    nobodys = sum(v.cards_collected for v in reports.network_report(lib, Period()))  # the sample's, before members
    Team(lib)  # this computer is Claire's
    page = ReportsPage(lib)
    qtbot.addWidget(page)
    page.show_network_report(all_time=True)
    wait_loaded(qtbot, page)
    assert page.member_pair.isVisibleTo(page)
    assert [page.member_choice.itemText(i) for i in range(page.member_choice.count())] == [
        "The whole team", "Anne", "Claire"
    ]  # fmt: skip
    assert page.member_choice.currentText() == "Claire"

    def cards() -> int:
        return sum(v.cards_collected for v in page.network_values)

    def expected(view) -> int:  # type: ignore[no-untyped-def]
        return sum(v.cards_collected for v in reports.network_report(lib, Period(), view))

    assert cards() == expected(viewpoint(lib, "Claire"))
    page.member_choice.setCurrentIndex(1)
    page.member_choice.activated.emit(1)
    wait_loaded(qtbot, page)
    assert page.member_choice.currentText() == "Anne"
    assert cards() == expected(viewpoint(lib, "Anne"))
    assert page.report_title() == "What each network brought — Anne"
    page.member_choice.setCurrentIndex(0)
    page.member_choice.activated.emit(0)
    wait_loaded(qtbot, page)
    members_cards = expected(viewpoint(lib, "Anne")) + expected(viewpoint(lib, "Claire"))
    assert cards() == expected(EVERYONE) == members_cards + nobodys
    assert page.member_choice.currentData() == "all"
    assert page.report_title() == "What each network brought"


def test_the_reports_page_has_no_member_choice_in_a_personal_library(qtbot, lib: Library) -> None:  # type: ignore[no-untyped-def]
    page = ReportsPage(lib)
    qtbot.addWidget(page)
    page.show_network_report(all_time=True)
    wait_loaded(qtbot, page)
    assert not page.member_pair.isVisibleTo(page)


def test_the_pane_shows_my_encounters_and_my_owed_card(qtbot, lib: Library) -> None:  # type: ignore[no-untyped-def]
    team = Team(lib)  # this computer is Claire's
    section = ExchangeSection(services_for(lib), team.paul)
    qtbot.addWidget(section)
    qtbot.waitUntil(lambda: not section.loading, timeout=30_000)
    assert [b.text() for b in section.tag_buttons] == ["⇄ mutual"] * 3  # Anne's meeting is hers ("also met by")
    assert section.exchange_actions.isHidden()
    use_member(lib, "Anne")
    section.reload()
    qtbot.waitUntil(lambda: not section.loading, timeout=30_000)
    assert [b.text() for b in section.tag_buttons] == ["→ I owe mine"]
    assert not section.exchange_actions.isHidden() and not section.exchange_actions.dismiss_button.isHidden()


def test_the_reports_pages_document_says_whose_it_is(qtbot, lib: Library) -> None:  # type: ignore[no-untyped-def]
    Team(lib)  # this computer is Claire's
    page = ReportsPage(lib)
    qtbot.addWidget(page)
    page.show_network_report(all_time=True)
    wait_loaded(qtbot, page)
    assert "<p class='meta'>For Claire</p>" in page._document  # what the Report tab shows
    assert "<p class='meta'>For Claire</p>" in page._html("svg")  # what Save and Print write
    page.member_choice.setCurrentIndex(0)
    page.member_choice.activated.emit(0)
    wait_loaded(qtbot, page)
    assert "<p class='meta'>For the team</p>" in page._document
    assert "<p class='meta'>For the team</p>" in page._html("table")


def test_a_personal_librarys_report_says_nothing_of_whose(qtbot, lib: Library) -> None:  # type: ignore[no-untyped-def]
    page = ReportsPage(lib)
    qtbot.addWidget(page)
    page.show_network_report(all_time=True)
    wait_loaded(qtbot, page)
    assert page._document and "For the team" not in page._document
    assert "<p class='meta'>For" not in page._html("svg")


def test_the_events_page_shows_the_members_cards_and_figures(qtbot, lib: Library) -> None:  # type: ignore[no-untyped-def]
    team = Team(lib)  # this computer is Claire's: Paul three times (mutual), Marc once (his card only)
    page = EventsPage(services_for(lib))
    qtbot.addWidget(page)
    wait_loaded(qtbot, page)
    row = page.model.row_of(team.event)
    cells = [page.model.index(row, c).data() for c in (page.model.CARDS, page.model.RATE)]
    assert cells == ["4", "75%"]
    assert page.show_event(team.event)
    detail = page.detail
    wait_loaded(qtbot, page, detail)
    assert detail.cards_figure.number.text() == "4" and detail.owe_list.names == []
    use_member(lib, "Anne")  # Anne had no card for Paul: her event is one card, and hers to send
    page.reload()
    wait_loaded(qtbot, page, detail)
    assert detail.cards_figure.number.text() == "1" and detail.owe_list.names == ["Paul Vidal"]
