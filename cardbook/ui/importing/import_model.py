"""The import list: one line per photo, saying what happened to it (waiting, read, failed and why)."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path
from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QIcon, QPixmap

from cardbook.app.folder_entries import SkipKind, SkippedEntry
from cardbook.app.scan_outcome import CardSkip
from cardbook.ui.common.icons import Icon, icon

Index = QModelIndex | QPersistentModelIndex


class LineState(StrEnum):
    WAITING = "waiting"
    DONE = "done"
    FAILED = "failed"
    SKIPPED = "skipped"  # read, but no card or no text on it: nothing stored
    ALREADY = "already"  # imported by an earlier batch (same file): not read nor stored again
    MET_AGAIN = "met again"  # the same file for another meeting: that meeting added to the contact holding it
    CANCELLED = "cancelled"
    PASSED_OVER = "passed over"  # an entry of a folder that is not a photo (app/folder_entries.py): never read


_STATE_ICONS = {
    LineState.FAILED: Icon.ERROR,
    LineState.DONE: Icon.ACCEPT,
    LineState.SKIPPED: Icon.WARNING,
    LineState.ALREADY: Icon.INFO,
    LineState.MET_AGAIN: Icon.INFO,
    LineState.PASSED_OVER: Icon.INFO,
}


@dataclass(slots=True)
class ImportLine:
    path: str
    state: LineState = LineState.WAITING
    contact_ids: list[int] = field(default_factory=list)
    names: list[str] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)  # errors (nothing stored) and warnings (stored anyway)
    back: bool = False  # the photo is a card's back, joined to the front read on the photo before (front and back)
    left_out: list[CardSkip] = field(default_factory=list)  # why cards of this photo made no contact


class ImportListModel(QAbstractListModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._lines: list[ImportLine] = []
        self._row: dict[str, int] = {}
        self._blank_icon: QIcon | None = None

    def set_paths(self, paths: list[str], passed_over: list[SkippedEntry] | None = None) -> None:
        """The batch's photos, then the entries of its folders that are not photos, each with why (said once,
        never read: a user who dropped a folder of 40 files and sees 37 lines knows where the 3 went)."""
        self.beginResetModel()
        self._lines = [ImportLine(p) for p in paths]
        for entry in passed_over or []:
            reason = self._passed_over_reason(entry)
            self._lines.append(ImportLine(str(entry.path), LineState.PASSED_OVER, problems=[reason]))
        self._row = {p: i for i, p in enumerate(paths)}
        self.endResetModel()

    def _passed_over_reason(self, entry: SkippedEntry) -> str:
        match entry.kind:
            case SkipKind.UNREADABLE:
                return self.tr("cannot be read (%1)").replace("%1", entry.detail)
            case SkipKind.SPECIAL:
                return self.tr("not a photo file (a pipe or a device)")
            case SkipKind.NO_EXTENSION:
                return self.tr("no file extension: photos are read from .jpg, .png, .webp, .tif, .heic and .bmp files")
        return self.tr(
            "%1 files are not photos: photos are read from .jpg, .png, .webp, .tif, .heic and .bmp files"
        ).replace("%1", entry.detail)

    def passed_over(self) -> int:
        return sum(line.state is LineState.PASSED_OVER for line in self._lines)

    def line(self, row: int) -> ImportLine | None:
        return self._lines[row] if 0 <= row < len(self._lines) else None

    @property
    def lines(self) -> list[ImportLine]:
        return list(self._lines)

    def _changed(self, path: str) -> None:
        row = self._row.get(path)
        if row is not None:
            index = self.index(row, 0)
            self.dataChanged.emit(index, index)

    def add_card(self, path: str, contact_id: int, name: str, warning: str | None, *, back: bool = False) -> None:
        row = self._row.get(path)
        if row is None:
            return
        line = self._lines[row]
        line.state = LineState.DONE
        line.back = line.back or back
        line.contact_ids.append(contact_id)
        line.names.append(name)
        if warning:
            line.problems.append(warning)
        self._changed(path)

    def fail(self, path: str, message: str) -> None:
        row = self._row.get(path)
        if row is None:
            return
        line = self._lines[row]
        if not line.contact_ids:
            line.state = LineState.FAILED
        line.problems.append(message)
        self._changed(path)

    def skip(self, path: str, kind: CardSkip = CardSkip.NO_CARD) -> None:
        """A card of this photo is not worth a contact (no card, no text, cut by the frame, the back of another
        card in the photo): listed with why. A photo none of whose cards was stored is SKIPPED."""
        row = self._row.get(path)
        if row is None:
            return
        line = self._lines[row]
        line.left_out.append(kind)
        if not line.contact_ids:
            line.state = LineState.SKIPPED
        self._changed(path)

    def already(self, path: str, detail: str) -> None:
        """This very photo was imported before (cardbook.app.scanning): listed with when and as whom."""
        row = self._row.get(path)
        if row is None:
            return
        self._lines[row].state = LineState.ALREADY
        self._lines[row].problems.append(detail)
        self._changed(path)

    def met_again(self, path: str, _contact_id: int, name: str) -> None:
        """This very photo was imported before, as `name`; this batch's meeting was recorded for them
        (cardbook.app.scanning_library.photo_seen_again). Not listed for review: nothing new was read."""
        row = self._row.get(path)
        if row is None:
            return
        self._lines[row].state = LineState.MET_AGAIN
        self._lines[row].names = [name]
        self._changed(path)

    def meetings_recorded(self) -> int:
        return sum(line.state is LineState.MET_AGAIN for line in self._lines)

    def skipped(self) -> int:
        return sum(line.state is LineState.SKIPPED for line in self._lines)

    def cancel_waiting(self) -> None:
        for line in self._lines:
            if line.state is LineState.WAITING:
                line.state = LineState.CANCELLED
        if self._lines:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._lines) - 1, 0))

    def contact_ids(self) -> list[int]:
        """Each contact once: a back joined to its front (front and back pairs) lists the front's contact too."""
        return list(dict.fromkeys(i for line in self._lines for i in line.contact_ids))

    def failures(self) -> int:
        return sum(line.state is LineState.FAILED for line in self._lines)

    def _left_out_text(self, kind: CardSkip) -> str:
        match kind:
            case CardSkip.NO_TEXT:
                return self.tr("no text found on this photo")
            case CardSkip.TOO_SMALL:
                return self.tr("the image is too small to hold a card")
            case CardSkip.CUT_CARD:
                return self.tr("a card cut by the edge of the photo (photograph it whole to read it)")
            case CardSkip.BACK_OF_CARD:
                return self.tr("the back of a card read from this photo, with nothing new on it")
            case _:
                return self.tr("no card found on this photo")

    # ---- QAbstractListModel --------------------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._lines)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._lines):
            return None
        line = self._lines[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{Path(line.path).name} — {self._summary(line)}"
        if role == Qt.ItemDataRole.ToolTipRole:
            return "\n".join([line.path, *line.problems])
        if role == Qt.ItemDataRole.DecorationRole:
            symbol = _STATE_ICONS.get(line.state)
            if line.state is LineState.DONE and line.problems:
                symbol = Icon.WARNING
            return icon(symbol) if symbol is not None else self._blank()
        return None

    def _blank(self) -> QIcon:
        """An empty icon for lines still waiting, so that their text does not move when their icon arrives."""
        if self._blank_icon is None:
            pixmap = QPixmap(16, 16)
            pixmap.fill(Qt.GlobalColor.transparent)
            self._blank_icon = QIcon(pixmap)
        return self._blank_icon

    def _summary(self, line: ImportLine) -> str:
        match line.state:
            case LineState.WAITING:
                return self.tr("waiting")
            case LineState.CANCELLED:
                return self.tr("not read (cancelled)")
            case LineState.PASSED_OVER:
                return self.tr("passed over: %1").replace("%1", line.problems[0] if line.problems else "")
            case LineState.SKIPPED:
                kind = line.left_out[0] if line.left_out else CardSkip.NO_CARD
                return self.tr("skipped: %1").replace("%1", self._left_out_text(kind))
            case LineState.ALREADY:
                return self.tr("already imported, not read again")
            case LineState.MET_AGAIN:
                name = line.names[0] if line.names and line.names[0] else self.tr("no name read")
                return self.tr("already imported as %1: this meeting was added to them").replace("%1", name)
            case LineState.FAILED:
                return self.tr("Error: %1").replace("%1", line.problems[0] if line.problems else "")
            case LineState.DONE:
                names = ", ".join(n for n in line.names if n) or self.tr("no name read")
                text = self.tr("%Ln card(s): %1", "", len(line.contact_ids)).replace("%1", names)
                if line.back:
                    text = self.tr("the back of the card above: %1").replace("%1", names)
                if line.problems:
                    text += " — " + self.tr("Check: %1").replace("%1", "; ".join(line.problems))
                for kind in dict.fromkeys(line.left_out):  # a card of the photo that made no contact, said once
                    text += " — " + self.tr("left out: %1").replace("%1", self._left_out_text(kind))
                return text
