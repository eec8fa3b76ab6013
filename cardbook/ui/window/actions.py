"""The window's commands, its menus and its toolbar. Behaviour is connected by the main window."""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtCore import QCoreApplication, QSize, Qt
from PySide6.QtGui import QAction, QActionGroup, QIcon, QKeySequence, QUndoStack
from PySide6.QtWidgets import QMainWindow, QSizePolicy, QToolBar, QWidget

from cardbook.ui.common.icons import Icon, icon
from cardbook.ui.common.style import SPACING
from cardbook.ui.contacts.filters import ContactFilter, FilterKind, filter_title
from cardbook.ui.members.feature import members_action

LISTS = (
    FilterKind.ALL,
    FilterKind.REVIEW,
    FilterKind.ONE_WAY,
    FilterKind.OWE,
    FilterKind.PRESCRIBERS,
    FilterKind.FOLLOW_UPS,
)


@dataclass
class WindowActions:
    import_cards: QAction
    receive_from_phone: QAction
    new_contact: QAction
    quit: QAction
    find: QAction
    about: QAction
    toggle_sidebar: QAction
    card_wall: QAction  # the contacts as a wall of their cards (checked) or as a list
    edit_contact: QAction
    accept_contact: QAction
    delete_contact: QAction
    review_cards: QAction
    review_this: QAction  # the pane's button: shown only for a contact awaiting review
    export_contacts: QAction
    import_contacts: QAction
    export_library: QAction
    import_library: QAction
    find_duplicates: QAction
    my_card: QAction
    undo: QAction
    redo: QAction
    preferences: QAction
    pages: dict[str, QAction] = field(default_factory=dict)
    lists: dict[FilterKind, QAction] = field(default_factory=dict)
    members: QAction | None = None  # File → Team members… (ui/members)


def _action(
    parent: QWidget,
    text: str,
    shortcut: QKeySequence | QKeySequence.StandardKey | str | None = None,
    symbol: Icon | None = None,
    tip: str = "",
) -> QAction:
    action = QAction(icon(symbol) if symbol else QIcon(), text, parent)
    if shortcut is not None:
        action.setShortcut(QKeySequence(shortcut))
    if tip:
        action.setStatusTip(tip)
        action.setToolTip(
            f"{tip} ({action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)})"
            if action.shortcut()
            else tip
        )
    return action


def _undo_actions(window: QMainWindow, stack: QUndoStack) -> tuple[QAction, QAction]:
    undo = stack.createUndoAction(window, QCoreApplication.translate("Actions", "&Undo"))
    undo.setShortcut(QKeySequence.StandardKey.Undo)
    undo.setIcon(icon(Icon.UNDO))
    redo = stack.createRedoAction(window, QCoreApplication.translate("Actions", "&Redo"))
    redo.setShortcuts([QKeySequence("Ctrl+Shift+Z"), *QKeySequence.keyBindings(QKeySequence.StandardKey.Redo)])
    redo.setIcon(icon(Icon.REDO))
    return undo, redo


def build_actions(window: QMainWindow, stack: QUndoStack) -> WindowActions:
    undo, redo = _undo_actions(window, stack)
    a = WindowActions(
        import_cards=_action(
            window,
            QCoreApplication.translate("Actions", "&Import cards…"),
            "Ctrl+I",
            Icon.IMPORT,
            QCoreApplication.translate("Actions", "Read photos or scans of business cards into contacts"),
        ),
        receive_from_phone=_action(
            window,
            QCoreApplication.translate("Actions", "Receive from &phone…"),
            None,
            Icon.IMPORT,
            QCoreApplication.translate("Actions", "Send photos of cards from your phone's browser, over the Wi-Fi"),
        ),
        new_contact=_action(
            window,
            QCoreApplication.translate("Actions", "&New contact"),
            QKeySequence.StandardKey.New,
            Icon.NEW_CONTACT,
            QCoreApplication.translate("Actions", "Type in a contact by hand"),
        ),
        quit=_action(
            window,
            QCoreApplication.translate("Actions", "&Quit"),
            QKeySequence.StandardKey.Quit,
            Icon.QUIT,
            QCoreApplication.translate("Actions", "Close Cardbook"),
        ),
        find=_action(
            window,
            QCoreApplication.translate("Actions", "&Find"),
            QKeySequence.StandardKey.Find,
            Icon.SEARCH,
            QCoreApplication.translate("Actions", "Search people, notes, events"),
        ),
        about=_action(window, QCoreApplication.translate("Actions", "&About Cardbook"), None, Icon.ABOUT),
        toggle_sidebar=_action(window, QCoreApplication.translate("Actions", "Show &sidebar"), "Ctrl+Shift+L"),
        card_wall=_action(
            window,
            QCoreApplication.translate("Actions", "C&ard wall"),
            "Ctrl+Shift+W",
            None,
            QCoreApplication.translate("Actions", "The contacts as a wall of their cards, or as a list"),
        ),
        edit_contact=_action(
            window,
            QCoreApplication.translate("Actions", "&Edit contact"),
            "Ctrl+E",
            Icon.EDIT,
            QCoreApplication.translate("Actions", "Change this contact's details"),
        ),
        accept_contact=_action(
            window,
            QCoreApplication.translate("Actions", "&Accept card"),
            "Ctrl+Shift+A",
            Icon.ACCEPT,
            QCoreApplication.translate("Actions", "The card was read right: it needs no review"),
        ),
        delete_contact=_action(
            window,
            QCoreApplication.translate("Actions", "&Delete contact…"),
            QKeySequence.StandardKey.Delete,
            Icon.DELETE,
            QCoreApplication.translate("Actions", "Delete this contact"),
        ),
        review_cards=_action(
            window,
            QCoreApplication.translate("Actions", "&Review cards…"),
            "Ctrl+Shift+R",
            Icon.REVIEW,
            QCoreApplication.translate("Actions", "Check the cards read automatically, one by one"),
        ),
        review_this=_action(
            window,
            QCoreApplication.translate("Actions", "Review the card"),
            None,
            Icon.REVIEW,
            QCoreApplication.translate("Actions", "Check this card beside its image"),
        ),
        export_contacts=_action(
            window,
            QCoreApplication.translate("Actions", "&Export contacts…"),
            "Ctrl+Shift+E",
            Icon.EXPORT,
            QCoreApplication.translate("Actions", "Write contacts to a vCard or CSV file"),
        ),
        import_contacts=_action(
            window,
            QCoreApplication.translate("Actions", "Import c&ontacts…"),
            "Ctrl+Shift+I",
            Icon.IMPORT,
            QCoreApplication.translate("Actions", "Read contacts from a vCard (.vcf) or CSV file"),
        ),
        export_library=_action(
            window,
            QCoreApplication.translate("Actions", "Export &library…"),
            None,
            Icon.EXPORT,
            QCoreApplication.translate(
                "Actions", "Write the whole library to one file, to move it to another computer"
            ),
        ),
        import_library=_action(
            window,
            QCoreApplication.translate("Actions", "Import li&brary…"),
            None,
            Icon.IMPORT,
            QCoreApplication.translate("Actions", "Merge a library file into this library, without duplicates"),
        ),
        find_duplicates=_action(
            window,
            QCoreApplication.translate("Actions", "Find &duplicates…"),
            "Ctrl+Shift+D",
            None,
            QCoreApplication.translate("Actions", "Find contacts recorded twice and merge them"),
        ),
        my_card=_action(
            window,
            QCoreApplication.translate("Actions", "&My card…"),
            "Ctrl+Shift+M",
            Icon.MY_CARD,
            QCoreApplication.translate("Actions", "Your own card, as a QR code to show"),
        ),
        undo=undo,
        redo=redo,
        preferences=_action(
            window,
            QCoreApplication.translate("Actions", "&Preferences…"),
            "Ctrl+,",
            None,
            QCoreApplication.translate("Actions", "Your country, for phone numbers on cards that name none"),
        ),
    )
    a.edit_contact.setIconText(QCoreApplication.translate("Actions", "Edit"))
    a.accept_contact.setIconText(QCoreApplication.translate("Actions", "Accept"))
    a.delete_contact.setIconText(QCoreApplication.translate("Actions", "Delete"))
    a.review_this.setIconText(QCoreApplication.translate("Actions", "Review"))
    a.quit.setShortcuts([QKeySequence("Ctrl+Q")])
    a.quit.setMenuRole(QAction.MenuRole.QuitRole)
    a.about.setMenuRole(QAction.MenuRole.AboutRole)
    a.preferences.setMenuRole(QAction.MenuRole.PreferencesRole)
    a.toggle_sidebar.setCheckable(True)
    a.toggle_sidebar.setChecked(True)
    a.card_wall.setCheckable(True)
    a.import_cards.setIconText(QCoreApplication.translate("Actions", "Import cards"))
    a.new_contact.setIconText(QCoreApplication.translate("Actions", "New contact"))
    a.my_card.setIconText(QCoreApplication.translate("Actions", "My card"))
    a.members = members_action(window)

    group = QActionGroup(window)
    titles = {
        "contacts": (
            QCoreApplication.translate("Actions", "&Contacts"),
            Icon.CONTACTS,
            QCoreApplication.translate("Actions", "People and the story of each exchange"),
        ),
        "events": (
            QCoreApplication.translate("Actions", "&Events"),
            Icon.EVENTS,
            QCoreApplication.translate("Actions", "The events where cards changed hands"),
        ),
        "networks": (
            QCoreApplication.translate("Actions", "Net&works"),
            Icon.NETWORKS,
            QCoreApplication.translate("Actions", "Clubs, chambers and associations, and what they cost"),
        ),
        "reports": (
            QCoreApplication.translate("Actions", "&Reports"),
            Icon.REPORTS,
            QCoreApplication.translate("Actions", "What each event and network brought"),
        ),
    }
    for number, (page, (text, symbol, tip)) in enumerate(titles.items(), start=1):
        action = _action(window, text, f"Ctrl+{number}", symbol, tip)
        action.setCheckable(True)
        action.setData(page)
        group.addAction(action)
        a.pages[page] = action
    a.pages["contacts"].setChecked(True)

    for kind in LISTS:
        action = QAction(filter_title(ContactFilter(kind)), window)
        action.setData(kind.value)
        a.lists[kind] = action
    return a


def build_menus(window: QMainWindow, a: WindowActions) -> None:
    bar = window.menuBar()
    file_menu = bar.addMenu(QCoreApplication.translate("Actions", "&File"))
    file_menu.addActions([a.import_cards, a.receive_from_phone, a.new_contact])
    file_menu.addSeparator()
    file_menu.addActions([a.import_contacts, a.export_contacts])
    file_menu.addSeparator()
    file_menu.addActions([a.import_library, a.export_library])
    file_menu.addSeparator()
    if a.members is not None:
        file_menu.addAction(a.members)
        file_menu.addSeparator()
    file_menu.addAction(a.quit)

    edit_menu = bar.addMenu(QCoreApplication.translate("Actions", "&Edit"))
    edit_menu.addActions([a.undo, a.redo])
    edit_menu.addSeparator()
    edit_menu.addAction(a.find)
    edit_menu.addSeparator()
    edit_menu.addAction(a.preferences)

    view_menu = bar.addMenu(QCoreApplication.translate("Actions", "&View"))
    view_menu.addActions(list(a.pages.values()))
    view_menu.addSeparator()
    lists_menu = view_menu.addMenu(QCoreApplication.translate("Actions", "&Lists"))
    lists_menu.addActions(list(a.lists.values()))
    view_menu.addSeparator()
    view_menu.addAction(a.card_wall)
    view_menu.addAction(a.toggle_sidebar)

    contacts_menu = bar.addMenu(QCoreApplication.translate("Actions", "&Contacts"))
    contacts_menu.addActions([a.new_contact, a.edit_contact, a.accept_contact, a.review_cards])
    contacts_menu.addSeparator()
    contacts_menu.addActions([a.find_duplicates, a.my_card])
    contacts_menu.addSeparator()
    contacts_menu.addAction(a.delete_contact)

    help_menu = bar.addMenu(QCoreApplication.translate("Actions", "&Help"))
    help_menu.addAction(a.about)


def build_toolbar(window: QMainWindow, a: WindowActions, search: QWidget) -> QToolBar:
    bar = QToolBar(QCoreApplication.translate("Actions", "Main toolbar"), window)
    bar.setObjectName("mainToolbar")
    bar.setMovable(False)
    bar.setFloatable(False)
    bar.setIconSize(QSize(3 * SPACING, 3 * SPACING))
    bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
    bar.setContentsMargins(SPACING, 0, SPACING, 0)
    bar.addActions([a.import_cards, a.new_contact, a.my_card])
    bar.addSeparator()
    bar.addActions([a.pages[p] for p in ("contacts", "events", "networks", "reports")])
    spacer = QWidget(bar)
    spacer.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
    bar.addWidget(spacer)
    bar.addWidget(search)
    for action in bar.actions():
        button = bar.widgetForAction(action)
        if button is not None and action.text():
            button.setAccessibleName(action.iconText())
    window.addToolBar(Qt.ToolBarArea.TopToolBarArea, bar)
    return bar
