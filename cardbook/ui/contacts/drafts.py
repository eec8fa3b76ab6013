"""The crash-safety net of the contact editor: a draft of the unsaved field values, kept in the library folder
(cardbook.storage.contacts.drafts) a second after the last keystroke and removed on save or discard.

Drafts still there at start are the last session's: the banner above the pane offers them when the pane shows
their contact (a new contact's: when it shows no contact); Restore opens the editor with them, Discard forgets
them. Starting to edit a contact that has one also brings it back, so a draft is never silently overwritten.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal

from cardbook.storage.contacts.drafts import NEW, Draft, DraftStore, contact_key
from cardbook.storage.library import Library
from cardbook.ui.contacts.draft_banner import DraftBanner
from cardbook.ui.contacts.pane import ContactPane

DRAFT_DELAY_MS = 1000  # the draft is written this long after the last change

Values = Callable[[], tuple[str, dict[str, Any]] | None]  # (name, field values) while they differ, else None


class ContactDrafts(QObject):
    restoreRequested = Signal(object)  # the contact (int, or None for a new one) to edit with its draft

    def __init__(
        self, library: Library, pane: ContactPane, banner: DraftBanner | None, values: Values, parent: QObject
    ) -> None:
        super().__init__(parent)
        self._store = DraftStore.open(library.drafts_path)
        self._previous = set(self._store.drafts)  # the last session's, not yet restored or discarded
        self._pane = pane
        self._banner = banner
        self._values = values
        self._key: str | None = None  # the draft of the edit under way
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DRAFT_DELAY_MS)
        self._timer.timeout.connect(self.write)
        pane.shown.connect(self.update_banner)
        if banner is not None:
            banner.restoreRequested.connect(self._restore_offered)
            banner.discardRequested.connect(self._discard_offered)

    # ---- the edit under way ----------------------------------------------------------------------------------

    def start(self, contact_id: int | None) -> Draft | None:
        """Editing `contact_id` begins: its draft from the last session, if any, for the form to take back."""
        self._timer.stop()
        self._key = contact_key(contact_id)
        self._previous.discard(self._key)
        self.update_banner()
        return self._store.get(self._key)

    def changed(self) -> None:
        if self._key is not None:
            self._timer.start()

    def write(self) -> None:
        """Now: the values as they are (none left when they no longer differ from the contact)."""
        self._timer.stop()
        if self._key is None:
            return
        found = self._values()
        if found is None:
            self._store.remove(self._key)
            return
        name, fields = found
        contact_id = None if self._key == NEW else int(self._key.partition(":")[2])
        self._store.put(contact_id, name, fields)

    def finish(self) -> None:
        """The edit was saved or discarded: its draft goes."""
        self._timer.stop()
        if self._key is not None:
            self._store.remove(self._key)
        self._key = None

    # ---- the last session's ----------------------------------------------------------------------------------

    def get(self, contact_id: int | None) -> Draft | None:
        return self._store.get(contact_key(contact_id))

    def previous(self) -> list[Draft]:
        return [d for key, d in self._store.drafts.items() if key in self._previous]

    def adopt_orphans(self, exists: Callable[[int], bool]) -> None:
        """A draft of a contact deleted since becomes the draft of a new contact (when there is none already), so
        it can still be offered and restored."""
        if NEW in self._store.drafts:
            return
        for draft in self.previous():
            if draft.contact_id is not None and not exists(draft.contact_id):
                self._store.put(None, draft.name, draft.fields)
                self._previous.add(NEW)
                self.discard(draft.key)
                return

    def discard(self, key: str) -> None:
        self._previous.discard(key)
        self._store.remove(key)
        self.update_banner()

    def _offered(self) -> Draft | None:
        pane = self._pane
        if pane.is_editing():
            return None
        key = contact_key(pane.contact_id) if pane.currentWidget() is pane.scroll_area else NEW
        return self._store.get(key) if key in self._previous else None

    def update_banner(self) -> None:
        if self._banner is None:
            return
        draft = self._offered()
        if draft is None:
            self._banner.hide()
        elif draft.contact_id is None:
            text = self.tr("Unsaved new contact “%1” from your last session.").replace("%1", draft.name)
            self._banner.offer(text if draft.name else self.tr("Unsaved new contact from your last session."))
        else:
            self._banner.offer(self.tr("Unsaved changes to this contact from your last session."))

    def _restore_offered(self) -> None:
        draft = self._offered()
        if draft is not None:
            self.restoreRequested.emit(draft.contact_id)

    def _discard_offered(self) -> None:
        draft = self._offered()
        if draft is not None:
            self.discard(draft.key)
