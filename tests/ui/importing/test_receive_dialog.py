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
