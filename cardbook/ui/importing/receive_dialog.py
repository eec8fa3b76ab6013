"""Receive from phone: while this dialog is open, the phone's browser can send photos of cards to Cardbook.

The dialog starts the upload server (`cardbook.app.phone_upload`, where its guards are explained), shows its
address as a QR code to scan with the phone's camera, and lists the photos as they arrive; each is handed on
through `photoReceived` (the import feature queues it with the batch's event and exchange). Closing the dialog
closes the port; so does 15 minutes without a request, which the dialog then says.

The address shown is this machine's on its local network, from Qt's list of interfaces (no probing of the
network): the first private IPv4 address of an interface that is up and not loopback. Without one (no Wi-Fi),
the dialog says the phone must be on the same network as the computer.
"""

from __future__ import annotations

import ipaddress
from pathlib import Path

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtGui import QPixmap
from PySide6.QtNetwork import QAbstractSocket, QNetworkInterface
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QListWidget, QVBoxLayout, QWidget

from cardbook.app.phone_upload import UploadServer
from cardbook.interop.mycard import render_qr
from cardbook.ui.common.room import TEXT_CHARS, chars_wide, lines_high


def lan_address() -> str | None:
    """This machine's private IPv4 address on an active interface, or None when it has none."""
    for interface in QNetworkInterface.allInterfaces():
        flags = interface.flags()
        if not (flags & QNetworkInterface.InterfaceFlag.IsUp) or flags & QNetworkInterface.InterfaceFlag.IsLoopBack:
            continue
        for entry in interface.addressEntries():
            address = entry.ip()
            if address.protocol() != QAbstractSocket.NetworkLayerProtocol.IPv4Protocol:
                continue
            text = address.toString()
            if ipaddress.ip_address(text).is_private:
                return text
    return None


class ReceiveDialog(QDialog):
    """The server runs from `start()` until the dialog closes (or falls idle)."""

    photoReceived = Signal(str)  # the path of a photo stored in the inbox (GUI thread)
    _arrived = Signal(str)  # from the server's thread, queued to the GUI thread
    _closedByServer = Signal()

    def __init__(self, inbox: Path, parent: QWidget | None = None, *, address: str | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Receive from phone"))
        self.inbox = inbox
        self.address = address if address is not None else lan_address()
        self.server: UploadServer | None = None
        self._language = QLocale().name().split("_")[0] or "en"  # the interface's: the phone's page speaks it too

        self.explanation = QLabel(wordWrap=True)
        self.qr = QLabel(alignment=Qt.AlignmentFlag.AlignCenter)
        self.url = QLabel(alignment=Qt.AlignmentFlag.AlignCenter)
        self.url.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.status = QLabel(wordWrap=True)
        self.received = QListWidget()
        self.received.setMinimumHeight(lines_high(self.received, 5))
        # A wrapped label left to itself takes a narrow column: the explanation gets a line of prose.
        self.explanation.setMinimumWidth(chars_wide(self.explanation, TEXT_CHARS))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for widget in (self.explanation, self.qr, self.url, self.status, self.received, buttons):
            layout.addWidget(widget)

        self._arrived.connect(self._show_arrival, Qt.ConnectionType.QueuedConnection)
        self._closedByServer.connect(self._show_idle_close, Qt.ConnectionType.QueuedConnection)
        self.finished.connect(self.stop)
        self.setMinimumWidth(440)  # the explanation in a few readable lines, the address on one

    # --- the server -------------------------------------------------------------------------------------

    def start(self) -> bool:
        """Open the port and show its address; False (and a message) when there is no local network."""
        if self.address is None:
            self.explanation.setText(
                self.tr(
                    "This computer is not on a local network. Connect it to the same Wi-Fi as your phone, "
                    "then open this window again."
                )
            )
            return False
        self.server = UploadServer(
            self.inbox,
            lambda path: self._arrived.emit(str(path)),
            language=self._language,
            on_closed=self._closedByServer.emit,
        )
        self.server.start()
        url = self.server.url(self.address)
        self.explanation.setText(
            self.tr(
                "Scan this code with your phone's camera (the phone on the same Wi-Fi as this computer), then take "
                "or choose photos of cards: they arrive here and go to the import. The page works while this "
                "window is open."
            )
        )
        pixmap = QPixmap()
        pixmap.loadFromData(render_qr(url, scale=6).png, "PNG")
        self.qr.setPixmap(pixmap)
        self.url.setText(url)
        self.status.setText(self.tr("Waiting for photos…"))
        return True

    def stop(self) -> None:
        if self.server is not None:
            self.server.on_closed = None  # closed by the user: nothing to announce
            self.server.stop()

    @property
    def listening(self) -> bool:
        return self.server is not None and self.server.running

    # --- what arrives -----------------------------------------------------------------------------------

    def _show_arrival(self, path: str) -> None:
        self.received.addItem(Path(path).name)
        self.received.scrollToBottom()
        count = self.received.count()
        self.status.setText(self.tr("%n photo(s) received.", "", count))
        self.photoReceived.emit(path)

    def _show_idle_close(self) -> None:
        self.qr.clear()
        self.url.clear()
        self.status.setText(
            self.tr("Closed after 15 minutes without photos, for safety. Open this window again to send more.")
        )
