"""Receiving photos from a phone: a small upload page served on the local network while the user asks for it.

The window's "Receive from phone" dialog starts an `UploadServer`, shows its address as a QR code, and the
phone's browser opens it: the page takes or picks photos and sends them one by one, with progress on the
phone; each arrives as a file in `inbox` and is handed to `on_photo` (the window puts it in the import queue).

Why it is safe to open a port on a laptop at a networking event (hotel or conference Wi-Fi):
- **Nothing listens unless asked.** The server exists only while the dialog is open, and closes itself after
  `IDLE_SECONDS` without a request; the rest of the time Cardbook has no socket at all.
- **A secret in the address.** Every path starts with a random one-time token (128 bits); without it every
  request is answered 404, so a port scan learns nothing.
- **Only the local network.** Clients from loopback, private (RFC 1918, IPv6 ULA) and link-local addresses
  are served; any other connection is closed before its request is read.
- **Only photos, of bounded size.** The declared length is checked before a byte is read (`MAX_PHOTO_BYTES`),
  the body is read to exactly that length, and the first bytes must be those of a JPEG, PNG, WebP, HEIC/HEIF
  or TIFF file: anything else is refused and nothing is stored.
- **No framework.** The standard library's threading HTTP server is plenty for one phone and a few dozen
  photos; it never reaches outside, and the page it serves loads nothing from the Internet.
"""

from __future__ import annotations

import http.server
import ipaddress
import json
import os
import secrets
import threading
import time
import urllib.parse
from collections.abc import Callable
from html import escape
from pathlib import Path
from typing import Any

from cardbook.domain.text import french_typography

MAX_PHOTO_BYTES = 40 * 1024 * 1024  # a 200-megapixel phone JPEG is ~30 MB; more is not a photo of a card
IDLE_SECONDS = 15 * 60  # the server closes itself after this long without a request
_HEAD = 32

# The first bytes of each photo format a phone sends → the suffix the file is stored under.
_SIGNATURES: tuple[tuple[int, bytes, str], ...] = (
    (0, b"\xff\xd8\xff", ".jpg"),
    (0, b"\x89PNG\r\n\x1a\n", ".png"),
    (8, b"WEBP", ".webp"),
    (0, b"II*\x00", ".tif"),
    (0, b"MM\x00*", ".tif"),
    (4, b"ftypheic", ".heic"),
    (4, b"ftypheix", ".heic"),
    (4, b"ftypmif1", ".heif"),
    (4, b"ftypmsf1", ".heif"),
)


def photo_suffix(head: bytes) -> str | None:
    """The file suffix for a photo starting with `head`, or None when it is not a photo format we read."""
    for offset, signature, suffix in _SIGNATURES:
        if head[offset : offset + len(signature)] == signature:
            return suffix
    return None


def is_local_client(address: str) -> bool:
    """Loopback, private or link-local: a phone on the same Wi-Fi, or this machine."""
    try:
        ip = ipaddress.ip_address(address.split("%", 1)[0])
    except ValueError:
        return False
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped is not None:
        ip = ip.ipv4_mapped
    return ip.is_loopback or ip.is_private or ip.is_link_local


class UploadServer:
    """The upload page and its endpoint, on a port of its own, until `stop()` or `IDLE_SECONDS` of silence."""

    def __init__(
        self,
        inbox: Path,
        on_photo: Callable[[Path], None],
        *,
        language: str = "en",
        host: str = "0.0.0.0",
        port: int = 0,
        idle_seconds: float = IDLE_SECONDS,
        on_closed: Callable[[], None] | None = None,
    ) -> None:
        self.inbox = inbox
        self.on_photo = on_photo
        self.language = language
        self.token = secrets.token_urlsafe(16)
        self.idle_seconds = idle_seconds
        self.on_closed = on_closed
        self.received = 0
        self._last_request = time.monotonic()
        self._stopped = threading.Event()
        self._httpd = _Server((host, port), _Handler, self)
        self._threads: list[threading.Thread] = []

    @property
    def port(self) -> int:
        return int(self._httpd.server_address[1])

    def url(self, address: str) -> str:
        """The address to open on the phone (shown as a QR code), given this machine's address on the Wi-Fi
        (the window asks Qt's QNetworkInterface: finding it here would mean probing the network)."""
        host = f"[{address}]" if ":" in address else address
        return f"http://{host}:{self.port}/{self.token}/"

    def start(self) -> None:
        self.inbox.mkdir(parents=True, exist_ok=True)
        serve = threading.Thread(target=self._httpd.serve_forever, kwargs={"poll_interval": 0.2}, daemon=True)
        idle = threading.Thread(target=self._close_when_idle, daemon=True)
        self._threads = [serve, idle]
        for thread in self._threads:
            thread.start()

    def stop(self) -> None:
        """Close the port; safe to call twice, and from the idle timer."""
        if self._stopped.is_set():
            return
        self._stopped.set()
        self._httpd.shutdown()
        self._httpd.server_close()
        if self.on_closed is not None:
            self.on_closed()

    @property
    def running(self) -> bool:
        return not self._stopped.is_set()

    def touch(self) -> None:
        self._last_request = time.monotonic()

    def _close_when_idle(self) -> None:
        while not self._stopped.wait(min(5.0, self.idle_seconds / 4)):
            if time.monotonic() - self._last_request >= self.idle_seconds:
                threading.Thread(target=self.stop, daemon=True).start()  # not from a thread shutdown waits on
                return

    def store(self, body: bytes, suffix: str, name: str) -> Path:
        """Write a received photo into the inbox (whole or not at all) and hand it on."""
        stem = "".join(ch for ch in Path(name).stem if ch.isalnum() or ch in "-_ ")[:60].strip() or "photo"
        target = self.inbox / f"{stem}-{secrets.token_hex(3)}{suffix}"
        partial = target.with_name(f".{target.name}.part")
        partial.write_bytes(body)
        os.replace(partial, target)
        self.received += 1
        self.on_photo(target)
        return target


class _Server(http.server.ThreadingHTTPServer):
    daemon_threads = True
    allow_reuse_address = False

    def __init__(self, address: tuple[str, int], handler: type[_Handler], owner: UploadServer) -> None:
        self.owner = owner
        super().__init__(address, handler)

    def verify_request(self, request: Any, client_address: Any) -> bool:
        return is_local_client(str(client_address[0]))  # others are closed before a byte is read


class _Handler(http.server.BaseHTTPRequestHandler):
    server: _Server
    server_version = "Cardbook"
    sys_version = ""
    timeout = 60  # a phone that stops sending mid-photo frees its thread

    def log_message(self, format: str, *args: Any) -> None:
        return  # nothing on the console: the dialog shows what arrived

    def _path_ok(self, suffix: str) -> bool:
        owner = self.server.owner
        owner.touch()
        return self.path.split("?", 1)[0] == f"/{owner.token}/{suffix}"

    def _reply(self, status: int, body: bytes, content_type: str) -> None:
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Cache-Control", "no-store")
        self.send_header("Referrer-Policy", "no-referrer")
        self.send_header(
            "Content-Security-Policy", "default-src 'self'; script-src 'unsafe-inline'; style-src 'unsafe-inline'"
        )
        self.end_headers()
        self.wfile.write(body)

    def _json(self, status: int, **fields: Any) -> None:
        self._reply(status, json.dumps(fields).encode("utf-8"), "application/json")

    def do_GET(self) -> None:
        if not self._path_ok(""):
            self._json(404, error="not found")
            return
        self._reply(200, upload_page(self.server.owner.language).encode("utf-8"), "text/html; charset=utf-8")

    def do_POST(self) -> None:
        if not self._path_ok("upload"):
            self._json(404, error="not found")
            return
        try:
            length = int(self.headers.get("Content-Length", ""))
        except ValueError:
            self._json(411, error="length required")
            return
        if length <= 0 or length > MAX_PHOTO_BYTES:
            self.close_connection = True  # the body is not read: the connection cannot carry another request
            self._json(413, error=f"a photo must be at most {MAX_PHOTO_BYTES // (1024 * 1024)} MB")
            return
        body = self.rfile.read(length)
        if len(body) != length:
            self._json(400, error="the photo was cut off")
            return
        suffix = photo_suffix(body[:_HEAD])
        if suffix is None:
            self._json(415, error="not a photo (JPEG, PNG, WebP, HEIC or TIFF)")
            return
        name = urllib.parse.unquote(self.headers.get("X-File-Name", "photo"))
        stored = self.server.owner.store(body, suffix, name)
        self._json(200, stored=stored.name, received=self.server.owner.received)


_WORDS = {
    "en": {
        "title": "Send cards to Cardbook",
        "take": "Take a photo",
        "choose": "Choose photos",
        "hint": "Photograph each card flat, filling the frame, or choose photos already taken. They go straight to "
        "Cardbook on your computer.",
        "sending": "Sending {i} of {n}…",
        "done": "{n} photos sent. You can take more.",
        "done_one": "1 photo sent. You can take more.",
        "failed": "Not sent: {name} ({why})",
        "offline": "Cardbook is not listening any more: open Receive from phone on the computer again.",
        "413": "too big for a photo of a card",
        "415": "not a photo",
    },
    "fr": {
        "title": "Envoyer des cartes à\u00a0Cardbook",  # "à" never alone at the end of a line
        "take": "Prendre une photo",
        "choose": "Choisir des photos",
        "hint": "Photographiez chaque carte à plat, en remplissant le cadre, ou choisissez des photos déjà prises. "
        "Elles arrivent directement dans Cardbook sur votre ordinateur.",
        "sending": "Envoi {i} sur {n}…",
        "done": "{n}\u00a0photos envoyées. Vous pouvez en prendre d’autres.",
        "done_one": "1\u00a0photo envoyée. Vous pouvez en prendre d’autres.",
        "failed": "Non envoyée\u00a0: {name} ({why})",
        "offline": "Cardbook n’écoute plus\u00a0: rouvrez «\u00a0Recevoir du téléphone\u00a0» sur l’ordinateur.",
        "413": "trop lourde pour une photo de carte",
        "415": "pas une photo",
    },
}


def upload_page(language: str) -> str:
    """The phone's page, made for a phone held in one hand: two buttons as wide as the screen and a thumb high —
    take a photo (the camera at once: `capture`) or choose photos already taken (the gallery: without `capture`,
    which on most phones would open the camera only) — then one progress bar for the whole batch, "Sending 2 of
    5…", and a line per photo refused. The buttons rest while a batch is sent (a second batch would interleave
    with the first). Light or dark as the phone is; nothing loaded from elsewhere."""
    french = language.startswith("fr")
    words = {k: french_typography(v) for k, v in _WORDS["fr"].items()} if french else _WORDS["en"]
    texts = json.dumps({k: v for k, v in words.items() if k not in ("title", "take", "choose", "hint")})
    return f"""<!DOCTYPE html>
<html lang="{"fr" if french else "en"}"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1, viewport-fit=cover">
<meta name="color-scheme" content="light dark">
<title>{escape(words["title"])}</title>
<style>
:root{{--fg:#1d1d1f;--muted:#555;--bg:#f7f7f8;--fill:#2962ff;--accent:#2962ff;--card:#fff;--bad:#c62828}}
@media (prefers-color-scheme:dark){{
:root{{--fg:#f2f2f7;--muted:#aeaeb2;--bg:#1c1c1e;--accent:#7ea2ff;--card:#2c2c2e;--bad:#ff8a80}}}}
[hidden]{{display:none!important}}
*{{box-sizing:border-box}}
body{{font:17px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;margin:0;color:var(--fg);background:var(--bg);
-webkit-text-size-adjust:100%;padding:max(1.2em,env(safe-area-inset-top)) max(1.2em,env(safe-area-inset-right))
max(2em,env(safe-area-inset-bottom)) max(1.2em,env(safe-area-inset-left))}}
main{{max-width:32em;margin:0 auto}}
h1{{font-size:1.45em;line-height:1.2;margin:.3em 0 .5em}}
p{{color:var(--muted);margin:0 0 1.4em}}
.button{{display:flex;align-items:center;justify-content:center;width:100%;min-height:3.6em;margin:0 0 .9em;
padding:.7em 1em;border-radius:14px;font-size:1.15em;font-weight:600;text-align:center;cursor:pointer;
-webkit-tap-highlight-color:transparent;user-select:none}}
.primary{{background:var(--fill);color:#fff}}
.secondary{{background:var(--card);color:var(--accent);border:2px solid var(--accent)}}
.button:active{{opacity:.75}}
.button:focus-within{{outline:3px solid var(--fg);outline-offset:2px}}
body.busy .button{{opacity:.4;pointer-events:none}}
input[type=file]{{position:absolute;width:1px;height:1px;opacity:0;overflow:hidden}}
progress{{display:block;width:100%;height:1em;margin-top:1.4em;accent-color:var(--accent)}}
#status{{margin-top:.6em;font-weight:600;font-size:1.05em}}
#errors{{margin-top:.6em;color:var(--bad);white-space:pre-line;overflow-wrap:anywhere}}
</style></head><body><main>
<h1>{escape(words["title"])}</h1><p>{escape(words["hint"])}</p>
<label class="button primary">{escape(words["take"])}
<input id="pick" type="file" accept="image/*" capture="environment" multiple></label>
<label class="button secondary">{escape(words["choose"])}
<input id="choose" type="file" accept="image/*" multiple></label>
<progress id="bar" value="0" max="1" hidden></progress>
<div id="status" role="status" aria-live="polite"></div><div id="errors" role="alert"></div>
</main>
<script>
const T = {texts};
const $ = id => document.getElementById(id);
const f = (s, v) => s.replace(/\\{{(\\w+)\\}}/g, (_, k) => v[k]);
let sent = 0;
function refused(name, why) {{ $("errors").insertAdjacentText("beforeend", f(T.failed, {{name, why}}) + "\\n"); }}
function send(file, before, total) {{
  return new Promise(done => {{
    const x = new XMLHttpRequest();
    x.open("POST", "upload");
    x.setRequestHeader("X-File-Name", encodeURIComponent(file.name));
    x.upload.onprogress = e => {{ $("bar").value = before + e.loaded * file.size / (e.total || file.size || 1); }};
    x.onload = () => {{
      if (x.status === 200) sent += 1;
      else {{
        let why = T[x.status] || x.status;  // the refusals a user can act on, in their language
        if (!T[x.status]) {{ try {{ why = JSON.parse(x.responseText).error; }} catch (e) {{}} }}
        refused(file.name, why);
      }}
      done(true);
    }};
    x.onerror = () => done(false);
    x.send(file);
  }});
}}
async function sendAll(input) {{
  const files = Array.from(input.files);
  input.value = "";
  if (!files.length) return;
  const total = files.reduce((n, file) => n + file.size, 0) || 1;
  document.body.classList.add("busy");
  $("bar").hidden = false; $("bar").max = total; $("bar").value = 0;
  let before = 0;
  for (let i = 0; i < files.length; i++) {{
    $("status").textContent = f(T.sending, {{i: i + 1, n: files.length}});
    if (!(await send(files[i], before, total))) {{
      $("status").textContent = T.offline; $("bar").hidden = true; document.body.classList.remove("busy"); return;
    }}
    before += files[i].size; $("bar").value = before;
  }}
  $("status").textContent = f(sent === 1 ? T.done_one : T.done, {{n: sent}});
  document.body.classList.remove("busy");
}}
$("pick").onchange = () => sendAll($("pick"));
$("choose").onchange = () => sendAll($("choose"));
</script></body></html>
"""
