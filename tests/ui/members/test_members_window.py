"""Team members in the window: File → Team members… (choose, add, rename), the member in the status bar, the
lists that follow the point of view, "Also met by" in the contact pane, and whose report the Reports page shows."""

from __future__ import annotations

from cardbook.domain.member import EVERYONE
from cardbook.domain.reports import Period
from cardbook.storage.ledger import reports
from cardbook.storage.library import Library
from cardbook.storage.members import current_member, list_members, use_member, viewpoint
from cardbook.ui.contacts.filters import ContactFilter, FilterKind
from cardbook.ui.ledger.also_met_section import AlsoMetSection
from cardbook.ui.ledger.exchange_section import ExchangeSection
from cardbook.ui.ledger.reports_page import ReportsPage
from cardbook.ui.members.member_dialog import MemberDialog
from cardbook.ui.window.main_window import MainWindow
from cardbook.ui.window.sidebar_model import SidebarEntry
from tests.storage.test_members import Team
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
