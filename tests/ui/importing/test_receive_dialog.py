"""Receive from phone, the window's side (issue 14, item 1): the dialog opens the port only while it is open,
shows the address as a QR code, and hands on each photo a real HTTP client sends through the loopback."""

from __future__ import annotations

import http.client
import socket
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from cardbook.ui.importing.receive_dialog import ReceiveDialog, lan_address
from tests.ocr.render import FRENCH_CARD, photograph, render, save


@pytest.fixture(scope="module")
def jpeg(tmp_path_factory: pytest.TempPathFactory) -> bytes:
    folder = tmp_path_factory.mktemp("phone")
    return Path(save(str(folder / "IMG_0007.jpg"), photograph(render(FRENCH_CARD), seed=7))).read_bytes()


def upload(port: int, token: str, body: bytes) -> int:
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
    connection.request("POST", f"/{token}/upload", body=body, headers={"X-File-Name": "IMG_0007.jpg"})
    status = connection.getresponse().status
    connection.close()
    return status


def test_photos_sent_while_open_arrive_and_closing_closes_the_port(qtbot: QtBot, tmp_path: Path, jpeg: bytes) -> None:
    dialog = ReceiveDialog(tmp_path / "inbox", address="127.0.0.1")
    qtbot.addWidget(dialog)
    assert not dialog.listening  # nothing listens before it is asked
    assert dialog.start()
    assert dialog.listening and dialog.server is not None
    port, token = dialog.server.port, dialog.server.token
    assert dialog.url.text() == f"http://127.0.0.1:{port}/{token}/"
    assert not dialog.qr.pixmap().isNull() and dialog.qr.pixmap().width() > 100
    with qtbot.waitSignal(dialog.photoReceived, timeout=30_000) as arrived:
        assert upload(port, token, jpeg) == 200
    path = Path(arrived.args[0])
    assert path.parent == tmp_path / "inbox" and path.read_bytes() == jpeg
    assert dialog.received.count() == 1 and dialog.received.item(0).text() == path.name
    dialog.reject()  # the Close button
    assert not dialog.listening
    with pytest.raises(OSError):
        socket.create_connection(("127.0.0.1", port), timeout=5)


def test_without_a_local_network_it_says_so_and_opens_nothing(qtbot: QtBot, tmp_path: Path) -> None:
    dialog = ReceiveDialog(tmp_path / "inbox", address=None)
    dialog.address = None  # as on a laptop with no Wi-Fi, whatever this machine has
    qtbot.addWidget(dialog)
    assert not dialog.start()
    assert dialog.server is None and "Wi-Fi" in dialog.explanation.text()


def test_the_address_found_is_a_private_one_or_none() -> None:
    import ipaddress

    found = lan_address()
    assert found is None or ipaddress.ip_address(found).is_private


def test_photos_from_the_phone_join_the_import_and_nothing_listens_otherwise(
    qtbot: QtBot, lib, monkeypatch: pytest.MonkeyPatch, jpeg: bytes
) -> None:  # type: ignore[no-untyped-def]
    """File → Receive from phone: the batch's event asked once, each photo sent is read and stored awaiting review.
    Around it, a whole window session opens no listening socket; with the dialog, one, closed when it closes."""
    import threading

    from cardbook.domain.network import Event
    from cardbook.storage.contacts import records as contacts
    from cardbook.ui.importing import receive_dialog
    from cardbook.ui.importing.import_setup import ImportSettings
    from tests.ui.conftest import open_window

    listening: list[int] = []
    real_listen = socket.socket.listen

    def listen(sock: socket.socket, *args: int) -> None:
        listening.append(sock.getsockname()[1])
        real_listen(sock, *args)

    monkeypatch.setattr(socket.socket, "listen", listen)
    window = open_window(qtbot, lib)
    window.commands.pages["events"].trigger()
    window.commands.pages["contacts"].trigger()
    assert listening == []  # a session without the dialog: no socket listens

    before = contacts.count_contacts(lib)
    monkeypatch.setattr(window.imports.controller, "ask_settings", lambda count: ImportSettings(Event(name="Salon")))
    monkeypatch.setattr(receive_dialog, "lan_address", lambda: "127.0.0.1")

    def phone_sends_one_photo(dialog: ReceiveDialog) -> int:  # instead of the modal loop: the phone at work
        assert dialog.server is not None and listening == [dialog.server.port]
        with qtbot.waitSignal(dialog.photoReceived, timeout=30_000):
            threading.Thread(target=upload, args=(dialog.server.port, dialog.server.token, jpeg)).start()
        return 0

    monkeypatch.setattr(ReceiveDialog, "exec", phone_sends_one_photo)
    window.commands.receive_from_phone.trigger()
    port = listening[0]
    with pytest.raises(OSError):  # the dialog closed: so did the port
        socket.create_connection(("127.0.0.1", port), timeout=5)
    qtbot.waitUntil(lambda: contacts.count_contacts(lib) == before + 1, timeout=120_000)
    qtbot.waitUntil(lambda: not window.imports.controller.running, timeout=60_000)
    assert len(listening) == 1
