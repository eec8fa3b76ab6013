"""Receiving photos from a phone (issue 14, item 1): a real HTTP client on the loopback address uploads through
the real server; the guards (token, local clients, photo types, size cap, idle close) each refuse what they
must, and nothing is stored from a refused request."""

from __future__ import annotations

import http.client
import socket
import threading
from pathlib import Path

import pytest

from cardbook.app.phone_upload import MAX_PHOTO_BYTES, UploadServer, is_local_client, photo_suffix
from tests.ocr.render import FRENCH_CARD, photograph, render, save


@pytest.fixture(scope="module")
def jpeg(tmp_path_factory: pytest.TempPathFactory) -> bytes:
    folder = tmp_path_factory.mktemp("phone")
    return Path(save(str(folder / "IMG_0001.jpg"), photograph(render(FRENCH_CARD), seed=3))).read_bytes()


@pytest.fixture
def server(tmp_path: Path):  # type: ignore[no-untyped-def]
    received: list[Path] = []
    upload = UploadServer(tmp_path / "inbox", received.append, host="127.0.0.1")
    upload.start()
    upload.received_paths = received  # type: ignore[attr-defined]
    yield upload
    upload.stop()


def request(server: UploadServer, method: str, path: str, body: bytes | None = None, **headers: str):  # type: ignore[no-untyped-def]
    connection = http.client.HTTPConnection("127.0.0.1", server.port, timeout=30)
    connection.request(method, path, body=body, headers=headers)
    response = connection.getresponse()
    data = response.read()
    connection.close()
    return response.status, data


def test_the_page_is_served_only_under_its_token(server: UploadServer) -> None:
    status, page = request(server, "GET", f"/{server.token}/")
    assert status == 200
    html = page.decode("utf-8")
    assert '<input id="pick" type="file" accept="image/*" capture="environment" multiple>' in html
    assert "http" not in html.replace("http-equiv", "")  # nothing loaded from elsewhere
    assert request(server, "GET", "/")[0] == 404
    assert request(server, "GET", f"/{server.token[:-1]}x/")[0] == 404
    assert server.url("192.168.1.20") == f"http://192.168.1.20:{server.port}/{server.token}/"
    assert server.url("fe80::1") == f"http://[fe80::1]:{server.port}/{server.token}/"


def test_a_photo_uploaded_arrives_in_the_inbox_whole(server: UploadServer, jpeg: bytes) -> None:
    status, reply = request(server, "POST", f"/{server.token}/upload", jpeg, **{"X-File-Name": "IMG%200001.jpg"})
    assert status == 200, reply
    received: list[Path] = server.received_paths  # type: ignore[attr-defined]
    assert len(received) == 1 and received[0].read_bytes() == jpeg
    assert received[0].name.startswith("IMG 0001-") and received[0].suffix == ".jpg"
    assert [p.name for p in received[0].parent.iterdir()] == [received[0].name]  # no partial file left


@pytest.mark.parametrize(
    ("body", "status"),
    [
        (b"%PDF-1.7\n" + b"x" * 100, 415),
        (b"<html><script>alert(1)</script></html>", 415),
        (b"GIF89a" + b"\0" * 50, 415),
    ],
)
def test_what_is_not_a_photo_is_refused_and_not_stored(server: UploadServer, body: bytes, status: int) -> None:
    assert request(server, "POST", f"/{server.token}/upload", body)[0] == status
    assert request(server, "POST", "/upload", b"\xff\xd8\xff" + b"\0" * 50)[0] == 404  # no token, no upload
    assert server.received_paths == []  # type: ignore[attr-defined]
    assert list(server.inbox.iterdir()) == []


def test_a_photo_too_big_is_refused_before_it_is_read(server: UploadServer) -> None:
    connection = http.client.HTTPConnection("127.0.0.1", server.port, timeout=30)
    connection.putrequest("POST", f"/{server.token}/upload")
    connection.putheader("Content-Length", str(MAX_PHOTO_BYTES + 1))
    connection.endheaders()  # the body is never sent: the answer comes from the declared length alone
    response = connection.getresponse()
    assert response.status == 413
    connection.close()
    assert list(server.inbox.iterdir()) == []


def test_stopping_closes_the_port(tmp_path: Path) -> None:
    upload = UploadServer(tmp_path / "inbox", lambda _p: None, host="127.0.0.1")
    upload.start()
    port = upload.port
    socket.create_connection(("127.0.0.1", port), timeout=5).close()  # listening while open
    upload.stop()
    upload.stop()  # twice is harmless
    with pytest.raises(OSError):
        socket.create_connection(("127.0.0.1", port), timeout=5)


def test_it_closes_itself_when_idle(tmp_path: Path) -> None:
    closed = threading.Event()
    upload = UploadServer(tmp_path / "inbox", lambda _p: None, host="127.0.0.1", idle_seconds=0.3, on_closed=closed.set)
    upload.start()
    assert closed.wait(30), "the idle server did not close"
    assert not upload.running
    with pytest.raises(OSError):
        socket.create_connection(("127.0.0.1", upload.port), timeout=5)


@pytest.mark.parametrize(
    ("address", "local"),
    [
        ("127.0.0.1", True),
        ("192.168.1.23", True),
        ("10.4.0.7", True),
        ("172.20.1.1", True),
        ("169.254.3.4", True),
        ("::1", True),
        ("fe80::1%wlan0", True),
        ("fd12:3456::1", True),
        ("::ffff:192.168.0.2", True),
        ("8.8.8.8", False),
        ("2001:4860:4860::8888", False),
        ("::ffff:8.8.8.8", False),
        ("not an address", False),
    ],
)
def test_only_local_network_clients_are_served(address: str, local: bool) -> None:
    assert is_local_client(address) is local


@pytest.mark.parametrize(
    ("head", "suffix"),
    [
        (b"\xff\xd8\xff\xe1" + b"\0" * 28, ".jpg"),
        (b"\x89PNG\r\n\x1a\n" + b"\0" * 24, ".png"),
        (b"RIFF\0\0\0\0WEBPVP8 " + b"\0" * 16, ".webp"),
        (b"\0\0\0\x18ftypheic" + b"\0" * 20, ".heic"),
        (b"\0\0\0\x18ftypmif1" + b"\0" * 20, ".heif"),
        (b"II*\x00" + b"\0" * 28, ".tif"),
        (b"BM" + b"\0" * 30, None),
    ],
)
def test_photo_formats_are_told_by_their_first_bytes(head: bytes, suffix: str | None) -> None:
    assert photo_suffix(head) == suffix
