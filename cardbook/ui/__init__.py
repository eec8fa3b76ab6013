"""The desktop window (PySide6 only), grouped by feature.

    window/       the main window and what only it owns: app start, actions and menus, sidebar, search field,
                  window state, about box, stall monitor, the editing guard
    contacts/     the contact list (model, filters, order, its controller), the contact pane, editor and form
    importing/    importing photos of cards, reviewing them, rereading a card (canvas and lines)
    ledger/       the exchange ledger: events, networks and reports pages, the contact's ledger sections
    interchange/  contacts in and out: vCard/CSV import and export, duplicates and merging, my card
    common/       what every feature shares: style, icons, formatting, translations, shared widgets, the task
                  runner (runner.py), the services object (services.py), the undo command (undo.py)

Naming rule, one for the whole package — a module's suffix says whether it may touch storage:

    *_view.py        widgets and layout only: no `cardbook.storage`, no task runner, no undo stack. A view is
                     given plain data and says what the user did through signals.
    *_controller.py  behaviour without layout of its own: talks to the services (reads and writes through the
                     runner, pushes undo commands, navigates) and drives one or more views.

Other modules are neither (Qt models `*_model.py`, dialogs, sections, pages that build their own small layout,
helpers); when one grows both a layout and behaviour worth separating, it splits into a `*_view.py` and a
`*_controller.py`. tests/test_layers.py checks that no view imports storage, the runner or the undo command.

Features receive `common.services.AppServices` (the library, the undo stack, the status line, navigation, the
runner, the one "library changed" notice) — never the main window: no module outside `window/` imports it.
Nothing here runs SQL or keeps a session: features call the services of `cardbook.storage` and show the plain
dataclasses they return. Reads go through the runner, off the GUI thread; a user's write (a save, a deletion, a
ledger change) is a quick write made at once and recorded as one `common.undo.UndoCommand`, whose undo and redo
announce themselves through the change notice like the write did. No read is made on the GUI thread:
tests/ui/gui_thread_guard.py fails a window test on any session the GUI thread opens, save the quick writes it
lists.
"""
