""" "Introductions I could make": people whose needs another contact answers (storage/ledger/introductions.py, the
rules in domain/introductions.py), best first, each with why. "Make this introduction" records a referral between
the two contacts (from the one in need to the one who can help) and a follow-up on the one in need two weeks
later — one undoable step; the pair then leaves the list (a pair already referred is not suggested again).

This is how the user becomes a *prescripteur* (the seed post's word): bring something to the people one meets.
"""

from __future__ import annotations

from PySide6.QtCore import QLocale
from PySide6.QtGui import QAction

from cardbook.domain.introductions import Introduction
from cardbook.domain.referral import FollowUp, Referral
from cardbook.storage.ledger import follow_ups as ledger_followups
from cardbook.storage.ledger import introductions, referrals
from cardbook.storage.library import Library
from cardbook.ui.common.formatting import medium_date
from cardbook.ui.common.icons import Icon
from cardbook.ui.common.row_table_model import RowTableModel, TableColumn
from cardbook.ui.common.undo import RECOVERABLE, push_done
from cardbook.ui.ledger.list_page import ListPage
from cardbook.ui.ledger.widgets import make_action

Made = tuple[Referral, FollowUp]


def read_introductions(library: Library) -> list[Introduction]:
    return introductions.introductions(library)


class IntroductionsModel(RowTableModel[Introduction]):
    RANK, NEEDER, NEED, OFFERER, WHY = range(5)

    def columns(self) -> list[TableColumn[Introduction]]:
        loc = QLocale()
        ranks = {id(item): i + 1 for i, item in enumerate(self._rows)}
        return [
            TableColumn("#", lambda i: loc.toString(ranks.get(id(i), 0)), numeric=True, tooltip=self.tr("Best first")),
            TableColumn(self.tr("Who needs"), lambda i: i.needer_name),
            TableColumn(self.tr("Looking for"), lambda i: " ".join(i.need.split())),
            TableColumn(self.tr("Who can help"), lambda i: i.offerer_name),
            TableColumn(self.tr("Why"), self.why),
        ]

    def why(self, item: Introduction) -> str:
        # The separator is translated too: French puts a no-break space before ";".
        return self.tr("; ").join(self.reason_text(r) for r in item.reasons)

    def reason_text(self, reason: str) -> str:
        """One reason of a suggestion in the window's language, translated whole by its kind (the matcher's
        domain/introductions.Reason): "offers: “Expert-comptable”" → "propose : « Expert-comptable »". A reason
        without a kind is shown as it is."""
        kind, detail = getattr(reason, "kind", None), getattr(reason, "detail", "")
        templates = {
            "offer_tag": self.tr("offers the tag “%1”"),
            "offers": self.tr("offers: “%1”"),
            "title": self.tr("title: “%1”"),
            "tag": self.tr("tag: “%1”"),
            "company": self.tr("company: “%1”"),
            "offer_word": self.tr("their offers mention “%1”"),
        }
        template = templates.get(kind) if isinstance(kind, str) else None
        return template.replace("%1", detail) if template else str(reason)


class IntroductionsPage(ListPage):
    PAGE = "introductions"

    def make_model(self) -> IntroductionsModel:
        return IntroductionsModel(self)

    def texts(self) -> tuple[str, str, str, str]:
        return (
            self.tr("Introductions I could make"),
            self.tr(
                "People whose needs another contact answers, best first, and why. Introducing them is how you "
                "become a referrer: it records a referral between them and reminds you to ask how it went."
            ),
            self.tr("Looking for introductions…"),
            self.tr("Could not look for introductions: %1"),
        )

    def empty_texts(self) -> tuple[str, str]:
        return (
            self.tr("No introduction to suggest"),
            self.tr(
                "Note on a contact's page what they are looking for and what they offer (What can I bring?): "
                "introductions come from it."
            ),
        )

    def page_actions(self) -> list[QAction]:
        self.introduce_action = make_action(
            self, self.tr("&Make this introduction"), shortcut="Ctrl+Return", symbol=Icon.ACCEPT,
            tip=self.tr("Record a referral between the two and a follow-up in two weeks (Ctrl+Z undoes)"),
            slot=self.make_introduction,
        )  # fmt: skip
        self.open_needer = make_action(self, self.tr("Open the one who &needs"), slot=lambda: self._open(True))
        self.open_offerer = make_action(self, self.tr("Open the one who can &help"), slot=lambda: self._open(False))
        return [self.introduce_action, self.open_needer, self.open_offerer]

    @staticmethod
    def read(library: Library) -> list[Introduction]:
        return read_introductions(library)

    def show_rows(self, data: list[Introduction]) -> None:
        self.model.set_rows(data)

    def update_actions(self) -> None:
        chosen = self.current_row() is not None
        for action in (self.introduce_action, self.open_needer, self.open_offerer):
            action.setEnabled(chosen)

    def activate(self) -> None:
        self._open(True)

    def detail_text(self, row: object) -> str:
        if not isinstance(row, Introduction):
            return ""
        model = self.model
        assert isinstance(model, IntroductionsModel)
        why = model.why(row)
        return (
            self.tr("%1, need: “%2”. %3 — %4.")
            .replace("%1", row.needer_name)
            .replace("%2", " ".join(row.need.split()))
            .replace("%3", row.offerer_name)
            .replace("%4", why)
        )

    def _open(self, needer: bool) -> None:
        item = self.current_row()
        if isinstance(item, Introduction):
            self.services.show_view(f"contact:{item.needer_id if needer else item.offerer_id}")

    def make_introduction(self) -> Made | None:
        """Record the chosen introduction (one undo step); the list is read again without it."""
        item = self.current_row()
        if not isinstance(item, Introduction):
            return None
        library, needer, offerer, on = self.library, item.needer_id, item.offerer_id, self.today()
        try:
            made = introductions.make_introduction(library, needer, offerer, on)
        except RECOVERABLE as exc:  # one of them was deleted meanwhile
            self.statusMessage.emit(self.tr("Nothing changed: %1").replace("%1", str(exc)))
            self.announce(needer, offerer)
            return None

        def undo(pair: Made) -> None:
            referrals.delete_referral(library, pair[0].id or 0)
            ledger_followups.delete_follow_up(library, pair[1].id or 0)

        text = self.tr("Introduce %1 to %2").replace("%1", item.needer_name).replace("%2", item.offerer_name)
        push_done(
            self.undo_stack, text, made, undo,
            lambda _none: introductions.make_introduction(library, needer, offerer, on),
            owner=self, after=lambda _v: self.announce(needer, offerer), report=self.statusMessage.emit,
        )  # fmt: skip
        due = medium_date(made[1].due)
        self.statusMessage.emit(
            self.tr("%1 introduced to %2; a follow-up is due %3. (Ctrl+Z to undo)")
            .replace("%1", item.needer_name)
            .replace("%2", item.offerer_name)
            .replace("%3", due)
        )
        return made
