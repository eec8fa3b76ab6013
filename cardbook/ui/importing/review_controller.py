"""Behaviour of the review: one card after another — its image and lines, its fields, "met again" — with
Ctrl+Enter to accept and go on, Esc to skip, a click on a line to fill a field, corners to move and re-read."""

from __future__ import annotations

import dataclasses
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QWidget

from cardbook.app.region_setting import get_default_region
from cardbook.domain.enums import ContactStatus, OfferedBy, Reciprocated
from cardbook.ocr.pipeline import ReadOptions
from cardbook.ocr.region import default_region
from cardbook.storage.contacts import cards, snapshots
from cardbook.storage.contacts import records as contacts
from cardbook.storage.contacts.cards import CardRecord
from cardbook.storage.ledger import encounters
from cardbook.storage.library import Library
from cardbook.ui.common.runner import shared_runner
from cardbook.ui.contacts.commands import StorageCommand, met_again_command
from cardbook.ui.contacts.phone_region import region_note
from cardbook.ui.importing.card_lines import card_lines
from cardbook.ui.importing.reread import Photo, Reread, load_photo, load_qimage, reread_card
from cardbook.ui.importing.review_view import ReviewPage


class ReviewController(QObject):
    contactChanged = Signal(object)  # a contact was accepted, merged or changed: lists are stale
    finished = Signal()  # the last card was reviewed (or skipped)
    backRequested = Signal()
    message = Signal(str)

    def __init__(self, library: Library, page: ReviewPage, stack: QUndoStack, parent: QWidget) -> None:
        super().__init__(parent)
        self._library = library
        self._page = page
        self._stack = stack
        self.options = ReadOptions()
        self._ids: list[int] = []
        self._pos = 0
        self._card: CardRecord | None = None
        self._photo_factor = 1.0
        self._runner = shared_runner()
        self._canvas_key = (id(self), "canvas")  # the newest image asked for the canvas wins
        self._sources: dict[int, str] = {}
        self._default_region = default_region()  # the library's setting once read (start), for cards naming none
        page.canvas.lineClicked.connect(self._use_line)
        page.accept.clicked.connect(self.accept)
        page.skip.clicked.connect(self.skip)
        page.back.clicked.connect(self.backRequested)
        for shortcut in page.accept_keys:
            shortcut.activated.connect(self.accept)
        page.skip_key.activated.connect(self.skip)
        page.banner.same.clicked.connect(self.met_again)
        page.banner.different.clicked.connect(page.banner.withdraw)
        page.corners.toggled.connect(self._corners_mode)
        page.reread.clicked.connect(self.read_again)

    @property
    def current_id(self) -> int | None:
        return self._ids[self._pos] if 0 <= self._pos < len(self._ids) else None

    @property
    def card(self) -> CardRecord | None:
        return self._card

    def start(self, contact_ids: list[int], sources: dict[int, str] | None = None) -> None:
        """Review these contacts in order; `sources` names the photo each came from (the file as imported)."""
        self._sources = dict(sources or {})
        self._ids = list(contact_ids)
        self._pos = 0
        self._show_current()
        library = self._library
        self._runner.run((id(self), "region"), lambda: get_default_region(library), self._default_region_read, self)

    def _default_region_read(self, code: object, error: BaseException | None) -> None:
        if error is None and isinstance(code, str) and code != self._default_region:
            self._default_region = code
            self._show_region()

    def _show_region(self) -> None:
        """Check the phones in the card's own country (else the user's) and say which, under the phones."""
        region = self._card.region if self._card is not None else None
        self._page.form.set_region(*region_note(region, self._default_region))

    # ---- showing a card ------------------------------------------------------------------------------------

    def _show_current(self) -> None:
        page = self._page
        while self.current_id is not None:
            try:
                contact = contacts.get_contact(self._library, self.current_id)
                break
            except contacts.NotFoundError:  # merged or deleted since the import
                self._ids.pop(self._pos)
        else:
            self.message.emit(self.tr("Every card of this batch has been reviewed."))
            self.finished.emit()
            return
        found = cards.cards_of(self._library, contact.id or 0)
        self._card = found[0] if found else None
        page.heading.setText(
            self.tr("Card %1 of %2").replace("%1", str(self._pos + 1)).replace("%2", str(len(self._ids)))
        )
        source = Path(self._sources[contact.id]).name if contact.id in self._sources else ""
        page.source.setText(self.tr("from %1").replace("%1", source) if source else "")
        self._show_region()
        page.form.set_contact(contact)
        page.form.set_proposals(self._card.proposals if self._card else {})
        page.set_doubts([page.form.labels[f].label.text().replace("&", "") for f in page.form.doubtful_fields()])
        page.problem.clear()
        met = encounters.encounters_of(self._library, contact.id or 0)
        last = met[-1] if met else None
        page.offered.setCurrentIndex(
            max(0, page.offered.findData((last.offered_by if last else OfferedBy.UNKNOWN).value))
        )
        page.answered.setCurrentIndex(
            max(0, page.answered.findData((last.reciprocated if last else Reciprocated.UNKNOWN).value))
        )
        page.corners.blockSignals(True)
        page.corners.setChecked(False)
        page.corners.blockSignals(False)
        page.corners.setEnabled(self._card is not None and self._card.original_path is not None)
        page.reread.setVisible(False)
        self._offer_met_again(contact.id or 0)
        self._load_card_image()
        page.form.focus_first()

    def _load_card_image(self) -> None:
        card = self._card
        path = card.crop_path if card is not None else None
        lines = card_lines(card.words) if card is not None else []

        def shown(image: object, error: BaseException | None) -> None:
            if error is None:
                self._page.canvas.show_card(image, lines)  # type: ignore[arg-type]

        self._runner.run(self._canvas_key, lambda: load_qimage(path), shown, self)

    def _offer_met_again(self, contact_id: int) -> None:
        banner = self._page.banner
        found = cards.met_again_candidates(self._library, contact_id)
        if not found:
            banner.withdraw()
            return
        best = found[0]
        reasons = []
        if best.same_email:
            reasons.append(self.tr("same email %1").replace("%1", best.same_email))
        if best.same_phone:
            reasons.append(self.tr("same phone %1").replace("%1", best.same_phone))
        if best.close_name:
            reasons.append(self.tr("a close name at the same company"))
        banner.offer(best.contact_id, best.name, best.company, "; ".join(reasons) or self.tr("a similar name"))

    def _use_line(self, text: str) -> None:
        if not self._page.corners.isChecked():
            self._page.form.put_text(text)

    # ---- answers -------------------------------------------------------------------------------------------

    def _save_form(self, status: ContactStatus) -> int | None:
        """Write the form (and the card's exchange tags) to the contact; None when the form is refused."""
        form = self._page.form
        problems = form.problems()
        self._page.problem.setText(" ".join(problems))
        contact_id = self.current_id
        if problems or contact_id is None:
            return None
        library = self._library
        before = contacts.get_contact(library, contact_id)
        after = contacts.update_contact(library, dataclasses.replace(form.contact(), status=status))
        offered = OfferedBy(self._page.offered.currentData())
        answered = Reciprocated(self._page.answered.currentData())
        met = encounters.encounters_of(library, contact_id)
        old_met = met[-1] if met else None
        new_met = dataclasses.replace(old_met, offered_by=offered, reciprocated=answered) if old_met else None
        if new_met is not None and new_met != old_met:
            encounters.update_encounter(library, new_met)

        def back() -> int | None:  # the contact and the card's exchange tags, both as they were
            if old_met is not None and new_met != old_met:
                encounters.update_encounter(library, old_met)
            return contacts.update_contact(library, before).id

        def again() -> int | None:
            if new_met is not None and new_met != old_met:
                encounters.update_encounter(library, new_met)
            return contacts.update_contact(library, after).id

        text = self.tr("Review %1").replace("%1", after.display_name)
        self._stack.push(StorageCommand(text, again, back, self.contactChanged.emit, self.message.emit))
        return contact_id

    def accept(self) -> None:
        contact_id = self._save_form(ContactStatus.ACTIVE)
        if contact_id is None:
            return
        self.message.emit(self.tr("%1 accepted.").replace("%1", self._page.form.contact().display_name))
        self.contactChanged.emit(contact_id)
        self._next()

    def skip(self) -> None:
        self._next()

    def _next(self) -> None:
        self._pos += 1
        self._show_current()

    def met_again(self) -> None:
        """The card is someone already known: the corrections made in the form are kept, then the card and this
        meeting move to them. One step on the undo stack."""
        existing = self._page.banner.candidate_id
        if existing is None or self._page.form.problems():
            self._page.problem.setText(" ".join(self._page.form.problems()))
            return
        self._stack.beginMacro(self.tr("Met again"))
        try:
            new_id = self._save_form(ContactStatus.AWAITING_REVIEW)
            if new_id is None:
                return
            taken = snapshots.snapshot_contacts(self._library, [existing, new_id])
            merged = cards.add_to_existing(self._library, new_id, existing)
            name = merged.display_name
            self._stack.push(
                met_again_command(
                    self._library, taken, new_id, existing, name, self.contactChanged.emit, self.message.emit
                )
            )
        finally:
            self._stack.endMacro()
        self.message.emit(self.tr("This meeting and card were added to %1.").replace("%1", name))
        self.contactChanged.emit(existing)
        self._ids.pop(self._pos)
        self._show_current()

    # ---- corners and reading again -------------------------------------------------------------------------

    def _corners_mode(self, on: bool) -> None:
        self._page.reread.setVisible(on)
        card = self._card
        if not on or card is None:
            self._load_card_image()
            return

        def shown(photo: object, error: BaseException | None) -> None:
            if error is not None or not isinstance(photo, Photo) or card is None:
                return
            self._photo_factor = photo.factor
            corners = [(x * photo.factor, y * photo.factor) for x, y in card.corners]
            self._page.canvas.show_photo(photo.image, corners)

        self._runner.run(self._canvas_key, lambda: load_photo(card.original_path), shown, self)

    def read_again(self) -> None:
        card = self._card
        if card is None or card.original_path is None or len(self._page.canvas.corners()) != 4:
            return
        corners = [(x / self._photo_factor, y / self._photo_factor) for x, y in self._page.canvas.corners()]
        original, options, card_id, library = card.original_path, self.options, card.id, self._library
        self._page.reread.setEnabled(False)
        self.message.emit(self.tr("Reading the card again…"))

        def done(result: object, error: BaseException | None) -> None:
            self._page.reread.setEnabled(True)
            if error is not None or not isinstance(result, Reread):
                self.message.emit(self.tr("Could not read the card again: %1").replace("%1", str(error)))
                return
            self._card = cards.update_card_reading(self._library, card_id, result.reading)
            current = self._page.form.contact()
            fresh = result.contact
            keep = {f: getattr(current, f) for f in ("id", "status", "notes", "tags", "created_at", "updated_at")}
            self._show_region()
            self._page.form.set_contact(dataclasses.replace(fresh, **keep))
            self._page.form.set_proposals(self._card.proposals)
            self._page.corners.setChecked(False)  # back to the straightened card, with its new lines
            self.message.emit(self.tr("Card read again: %Ln line(s).", "", result.lines))

        def work() -> Reread:  # the library's country for a card that names none, read off the GUI thread
            return reread_card(original, corners, dataclasses.replace(options, region=get_default_region(library)))

        self._runner.run((id(self), "reread"), work, done, self)
