"""Behaviour of the review: one card after another — its image and lines, its fields, the exchange, "met again",
"back of the previous card" (Ctrl+B, proposed when the card has no name and shares the previous one's domain,
phone or website) — with Ctrl+Enter to accept and go on, Esc to skip, one key per exchange answer
(review_exchange_view; with "next card" on, the key also accepts), a click on a line to fill a field, corners to
move and re-read."""

from __future__ import annotations

import dataclasses
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

from cardbook.app.region_setting import get_default_region
from cardbook.domain.enums import ContactStatus, ExchangeOutcome
from cardbook.ocr.pipeline import ReadOptions
from cardbook.ocr.region import default_region
from cardbook.storage.contacts import cards, snapshots
from cardbook.storage.contacts import records as contacts
from cardbook.storage.contacts.cards import CardRecord
from cardbook.storage.contacts.two_sided import attach_back
from cardbook.ui.common.services import AppServices, LibraryChange
from cardbook.ui.contacts.commands import StorageCommand, met_again_command, versioned_steps
from cardbook.ui.contacts.phone_region import region_note
from cardbook.ui.importing.back_command import back_command
from cardbook.ui.importing.card_lines import card_lines
from cardbook.ui.importing.reread import Photo, Reread, load_photo, load_qimage, reread_card
from cardbook.ui.importing.review_data import ReviewCard, ReviewLoad, load_review_card
from cardbook.ui.importing.review_exchange import ExchangeRecorder
from cardbook.ui.importing.review_view import ReviewPage


class ReviewController(QObject):
    finished = Signal()  # the last card was reviewed (or skipped)
    backRequested = Signal()
    message = Signal(str)
    cardShown = Signal()  # the card read in the background is on screen: the review takes answers again

    def __init__(self, services: AppServices, page: ReviewPage, parent: QWidget) -> None:
        super().__init__(parent)
        self._services = services
        self._library = services.library
        self._page = page
        self._stack = services.undo_stack
        self.options = ReadOptions()
        self._ids: list[int] = []
        self._pos = 0
        self._shown: ReviewCard | None = None  # the card on screen, as read
        self.loading = False  # a card is being read: answers wait, so none goes to the card on its way out
        self._photo_factor = 1.0
        self._runner = services.runner
        self._card_key = (id(self), "card")  # the newest card asked for wins
        self._canvas_key = (id(self), "canvas")  # the newest image asked for the canvas wins
        self._sources: dict[int, str] = {}
        self._ask = False  # the batch said "ask me for each card": the exchange is asked, never assumed
        self.exchange = ExchangeRecorder(services, page.exchange, self)
        self.exchange.message.connect(self.message)
        page.exchange.gaveChosen.connect(self.answer)
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
        page.back_of_previous.clicked.connect(self.join_back)
        page.back_key.activated.connect(self.join_back)
        page.back_banner.join.clicked.connect(self.join_back)
        page.back_banner.separate.clicked.connect(page.back_banner.withdraw)
        page.corners.toggled.connect(self._corners_mode)
        page.reread.clicked.connect(self.read_again)

    @property
    def current_id(self) -> int | None:
        return self._ids[self._pos] if 0 <= self._pos < len(self._ids) else None

    @property
    def previous_id(self) -> int | None:
        """The card reviewed just before the one on screen: the front a back joins."""
        return self._ids[self._pos - 1] if 0 < self._pos <= len(self._ids) else None

    @property
    def card(self) -> CardRecord | None:
        return self._shown.card if self._shown is not None else None

    def start(self, contact_ids: list[int], sources: dict[int, str] | None = None, *, ask: bool = False) -> None:
        """Review these contacts in order; `sources` names the photo each came from (the file as imported);
        `ask`: their batch's exchange is asked card by card (a card with nothing recorded waits for an answer)."""
        self._sources = dict(sources or {})
        self._ask = ask
        self._ids = list(contact_ids)
        self._pos = 0
        self._show_current()
        library = self._library
        self._runner.run((id(self), "region"), lambda: get_default_region(library), self._default_region_read, self)

    def _changed(self, _shown: object = None) -> None:
        """The one change notice: a review's write (or its undo, its redo) leaves lists and counts stale."""
        self._services.changed(LibraryChange())

    def _default_region_read(self, code: object, error: BaseException | None) -> None:
        if error is None and isinstance(code, str) and code != self._default_region:
            self._default_region = code
            self._show_region()

    def _show_region(self) -> None:
        """Check the phones in the card's own country (else the user's) and say which, under the phones."""
        region = self.card.region if self.card is not None else None
        self._page.form.set_region(*region_note(region, self._default_region))

    # ---- showing a card ------------------------------------------------------------------------------------

    def _show_current(self) -> None:
        """Read the current card (and whom it looks like) in the background, then show it."""
        library, ids, previous = self._library, list(self._ids[self._pos :]), self.previous_id
        self.loading = True
        self.exchange.hold()
        self._runner.run(self._card_key, lambda: load_review_card(library, ids, previous), self._card_read, self)

    def _card_read(self, loaded: ReviewLoad | None, error: BaseException | None) -> None:
        self.loading = False
        if loaded is None:
            self.message.emit(self.tr("Could not read the card: %1").replace("%1", str(error)))
            return
        del self._ids[self._pos : self._pos + len(loaded.gone)]  # merged or deleted since the import
        if loaded.found is None:
            self._shown = None
            self.message.emit(self.tr("Every card of this batch has been reviewed."))
            self.finished.emit()
            return
        self._shown = shown = loaded.found
        page, contact = self._page, shown.contact
        page.heading.setText(
            self.tr("Card %1 of %2").replace("%1", str(self._pos + 1)).replace("%2", str(len(self._ids)))
        )
        source = Path(self._sources[contact.id]).name if contact.id in self._sources else ""
        page.source.setText(self.tr("from %1").replace("%1", source) if source else "")
        self._show_region()
        page.form.set_contact(contact)
        page.form.set_proposals(shown.card.proposals if shown.card else {})
        page.set_doubts([page.form.labels[f].label.text().replace("&", "") for f in page.form.doubtful_fields()])
        page.problem.clear()
        self.exchange.show(shown.encounter, contact.display_name, ask=self._ask)
        page.exchange.needs.setText(contact.needs)
        page.exchange.offers.setText(contact.offers)
        page.corners.blockSignals(True)
        page.corners.setChecked(False)
        page.corners.blockSignals(False)
        page.corners.setEnabled(shown.card is not None and shown.card.original_path is not None)
        page.reread.setVisible(False)
        self._offer_met_again(shown)
        self._offer_back(shown)
        self._load_card_image()
        if page.exchange.isEnabled():  # where the answer keys act: a card that reads well takes one key
            page.exchange.focus_answers()
        else:
            page.form.focus_first()
        self.cardShown.emit()

    def _load_card_image(self) -> None:
        card = self.card
        path = card.crop_path if card is not None else None
        lines = card_lines(card.words) if card is not None else []

        def shown(image: object, error: BaseException | None) -> None:
            if error is None:
                self._page.canvas.show_card(image, lines)  # type: ignore[arg-type]

        self._runner.run(self._canvas_key, lambda: load_qimage(path), shown, self)

    def _offer_met_again(self, shown: ReviewCard) -> None:
        banner, best = self._page.banner, shown.candidate
        if best is None:
            banner.withdraw()
            return
        reasons = []
        if best.same_email:
            reasons.append(self.tr("same email %1").replace("%1", best.same_email))
        if best.same_phone:
            reasons.append(self.tr("same phone %1").replace("%1", best.same_phone))
        if best.close_name:
            reasons.append(self.tr("a close name at the same company"))
        banner.offer(best.contact_id, best.name, best.company, "; ".join(reasons) or self.tr("a similar name"))

    def _offer_back(self, shown: ReviewCard) -> None:
        page, proposal = self._page, shown.back_of
        page.back_of_previous.setEnabled(self.previous_id is not None)
        if proposal is None:
            page.back_banner.withdraw()
            return
        reason = {
            "domain": self.tr("same domain %1"),
            "phone": self.tr("same phone %1"),
            "website": self.tr("same website %1"),
        }[proposal.kind].replace("%1", proposal.value)
        page.back_banner.offer(proposal.front_id, proposal.front_name, reason)

    def _use_line(self, text: str) -> None:
        if not self._page.corners.isChecked():
            self._page.form.put_text(text)

    # ---- answers -------------------------------------------------------------------------------------------

    def _save_form(self, status: ContactStatus) -> int | None:
        """Write the form (with what they need and offer) to the contact; None when the form is refused.

        Leaving "awaiting review" (Accept, and "met again" before the merge) is what records the user's
        corrections for the reader to learn from (storage/contacts/corrections.py, through contacts.update_contact).
        The exchange is not written here: each answer was written when given (review_exchange)."""
        form, shown, panel = self._page.form, self._shown, self._page.exchange
        problems = form.problems()
        self._page.problem.setText(" ".join(problems))
        if problems or shown is None or self.loading:
            return None
        library, before = self._library, shown.contact
        edited = dataclasses.replace(
            form.contact(), status=status, needs=panel.needs.text().strip(), offers=panel.offers.text().strip()
        )
        after = contacts.update_contact(library, edited)
        self._shown = dataclasses.replace(shown, contact=after)

        again, back = versioned_steps(library, before, after)
        text = self.tr("Review %1").replace("%1", after.display_name)
        self._stack.push(StorageCommand(text, again, back, self._changed, self.message.emit))
        return after.id

    def _unanswered(self) -> bool:
        """In an "ask me" batch, whether the exchange still waits for its answer (then say so, and wait)."""
        if not self.exchange.asking:
            return False
        panel = self._page.exchange
        self._page.problem.setText(
            self.tr("How did the exchange go? Press %1 first (%2: not recorded).")
            .replace("%1", panel.keys_text())
            .replace("%2", panel.gave_keys[ExchangeOutcome.UNKNOWN])
        )
        panel.focus_answers()
        return True

    def accept(self) -> None:
        if self.loading or self._unanswered():
            return
        contact_id = self._save_form(ContactStatus.ACTIVE)
        if contact_id is None:
            return
        self._accepted()

    def _accepted(self) -> None:
        self.message.emit(self.tr("%1 accepted.").replace("%1", self._page.form.contact().display_name))
        self._changed()
        self._next()

    def answer(self, gave: ExchangeOutcome) -> None:
        """A key (or a click) answered "did you give yours?": recorded at once; with "next card" on, the card is
        accepted as it stands and the next comes up — one undo step for both."""
        if self.loading or self._shown is None:
            return
        if not self._page.exchange.next_card.isChecked():
            self.exchange.record_gave(gave)
            return
        both = self.exchange.changes(gave) and not self._page.form.problems()
        if both:  # a macro only around two steps: an empty one would be an undo that does nothing
            self._stack.beginMacro(self.tr("Review %1").replace("%1", self._page.form.contact().display_name))
        try:
            accepted = self.exchange.record_gave(gave) and self._save_form(ContactStatus.ACTIVE) is not None
        finally:
            if both:
                self._stack.endMacro()
        if accepted:
            self._accepted()

    def skip(self) -> None:
        if not self.loading:
            self._next()

    def _next(self) -> None:
        self._pos += 1
        self._show_current()

    def met_again(self) -> None:
        """The card is someone already known: the corrections made in the form are kept (and recorded, like an
        Accept records them), then the card and this meeting move to them. One step on the undo stack."""
        existing = self._page.banner.candidate_id
        if self.loading or self._unanswered():
            return
        if existing is None or self._page.form.problems():
            self._page.problem.setText(" ".join(self._page.form.problems()))
            return
        self._stack.beginMacro(self.tr("Met again"))
        try:
            new_id = self._save_form(ContactStatus.ACTIVE)
            if new_id is None:
                return
            taken = snapshots.snapshot_contacts(self._library, [existing, new_id])
            merged = cards.add_to_existing(self._library, new_id, existing)
            name = merged.display_name
            self._stack.push(
                met_again_command(self._library, taken, new_id, existing, name, self._changed, self.message.emit)
            )
        finally:
            self._stack.endMacro()
        self.message.emit(self.tr("This meeting and card were added to %1.").replace("%1", name))
        self._changed()
        self._ids.pop(self._pos)
        self._show_current()

    def join_back(self) -> None:
        """The card on screen is the back of the previous card: the corrections made in the form are kept, then
        its fields go into the previous card's contact and its photo becomes that card's back. One step on the
        undo stack; the front comes back on screen with the merged fields, to check them."""
        front = self.previous_id
        if self.loading or front is None or self._shown is None:
            return
        if self._page.form.problems():
            self._page.problem.setText(" ".join(self._page.form.problems()))
            return
        self._stack.beginMacro(self.tr("Back of the previous card"))
        try:
            back = self._save_form(self._shown.contact.status)
            if back is None:
                return
            taken = snapshots.snapshot_contacts(self._library, [front, back])
            try:
                joined = attach_back(self._library, front, back)
            except Exception as error:  # e.g. the front was deleted meanwhile: said, the card stays as it is
                self.message.emit(self.tr("Could not join the two cards: %1").replace("%1", str(error)))
                return
            name = joined.display_name
            self._stack.push(back_command(self._library, taken, front, back, name, self._changed, self.message.emit))
        finally:
            self._stack.endMacro()
        self.message.emit(self.tr("Added as the back of %1's card: check the merged fields.").replace("%1", name))
        self._changed()
        self._ids.pop(self._pos)
        self._pos -= 1
        self._show_current()

    # ---- corners and reading again -------------------------------------------------------------------------

    def _corners_mode(self, on: bool) -> None:
        self._page.reread.setVisible(on)
        card = self.card
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
        card = self.card
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
            stored = cards.update_card_reading(self._library, card_id, result.reading)
            shown = self._shown
            if shown is None or shown.card is None or shown.card.id != card_id:
                return  # the user went on to another card meanwhile: the reading is stored, the form is theirs
            self._shown = dataclasses.replace(shown, card=stored)
            current = self._page.form.contact()
            fresh = result.contact
            keep = {f: getattr(current, f) for f in ("id", "status", "notes", "tags", "created_at", "updated_at")}
            self._show_region()
            self._page.form.set_contact(dataclasses.replace(fresh, **keep))
            self._page.form.set_proposals(stored.proposals)
            self._page.corners.setChecked(False)  # back to the straightened card, with its new lines
            self.message.emit(self.tr("Card read again: %Ln line(s).", "", result.lines))

        def work() -> Reread:  # the library's country for a card that names none, read off the GUI thread
            return reread_card(original, corners, dataclasses.replace(options, region=get_default_region(library)))

        self._runner.run((id(self), "reread"), work, done, self)
