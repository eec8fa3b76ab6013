"""A real browser for the phone's upload page: headless Chromium driven over its DevTools pipe.

`--remote-debugging-pipe` speaks the DevTools protocol on file descriptors 3 (commands in) and 4 (replies and
events out), as NUL-terminated JSON — no WebSocket library, no driver to install, nothing on the network. Enough of
the protocol for the tests: open a page at a phone's size, evaluate JavaScript, put files in a file input (which
fires its `change`, as a tap in the gallery does), and take a screenshot.
"""

from __future__ import annotations

import base64
import contextlib
import fcntl
import json
import os
import select
import shutil
import subprocess
import tempfile
import time
from pathlib import Path
from typing import Any

PHONE = (390, 844)  # an iPhone 13/14's viewport in CSS pixels


def chromium() -> str | None:
    return next((found for name in ("chromium", "chromium-browser", "google-chrome") if (found := shutil.which(name))),
                None)  # fmt: skip


class Browser:
    def __init__(self, executable: str, size: tuple[int, int] = PHONE) -> None:
        self._profile = tempfile.TemporaryDirectory(prefix="cardbook-chromium-")
        commands_read, self._commands = os.pipe()
        self._replies, replies_write = os.pipe()
        # Above 3 and 4, so that placing them there in the child cannot overwrite one with the other.
        child_in = fcntl.fcntl(commands_read, fcntl.F_DUPFD_CLOEXEC, 100)
        child_out = fcntl.fcntl(replies_write, fcntl.F_DUPFD_CLOEXEC, 100)
        os.close(commands_read)
        os.close(replies_write)

        def place_pipes() -> None:
            os.dup2(child_in, 3)
            os.dup2(child_out, 4)

        self._process = subprocess.Popen(
            [executable, "--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars", "--no-first-run",
             "--remote-debugging-pipe", f"--user-data-dir={self._profile.name}", "about:blank"],
            preexec_fn=place_pipes,
            pass_fds=(3, 4),
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )  # fmt: skip
        os.close(child_in)
        os.close(child_out)
        self._buffer = b""
        self._next_id = 0
        self._session: str | None = None
        self.size = size

    # ---- the protocol ----------------------------------------------------------------------------------

    def send(self, method: str, timeout: float = 60, **params: Any) -> dict[str, Any]:
        """One command (on the page's session once a page is open); its result, or RuntimeError."""
        self._next_id += 1
        message: dict[str, Any] = {"id": self._next_id, "method": method, "params": params}
        if self._session is not None and not method.startswith(("Target.", "Browser.")):
            message["sessionId"] = self._session
        os.write(self._commands, json.dumps(message).encode() + b"\0")
        deadline = time.monotonic() + timeout
        while True:
            reply = self._read(deadline)
            if reply.get("id") == self._next_id:
                if "error" in reply:
                    raise RuntimeError(f"{method}: {reply['error']}")
                return dict(reply.get("result", {}))

    def _read(self, deadline: float) -> dict[str, Any]:
        while b"\0" not in self._buffer:
            left = deadline - time.monotonic()
            if left <= 0 or not select.select([self._replies], [], [], left)[0]:
                raise TimeoutError("the browser did not answer")
            chunk = os.read(self._replies, 1 << 16)
            if not chunk:
                raise RuntimeError("the browser closed")
            self._buffer += chunk
        message, self._buffer = self._buffer.split(b"\0", 1)
        return dict(json.loads(message))

    # ---- what the tests do -------------------------------------------------------------------------------

    def open(self, url: str) -> None:
        """Open `url` in a page the size of a phone (its meta viewport honoured), once loaded."""
        target = self.send("Target.createTarget", url="about:blank")["targetId"]
        self._session = self.send("Target.attachToTarget", targetId=target, flatten=True)["sessionId"]
        width, height = self.size
        self.send("Emulation.setDeviceMetricsOverride", width=width, height=height, deviceScaleFactor=1, mobile=True)
        self.send("Page.navigate", url=url)
        self.wait_for("document.readyState === 'complete' && !!document.body")

    def evaluate(self, expression: str) -> Any:
        result = self.send("Runtime.evaluate", expression=expression, returnByValue=True)
        if "exceptionDetails" in result:
            raise RuntimeError(f"{expression}: {result['exceptionDetails']}")
        return result["result"].get("value")

    def wait_for(self, expression: str, timeout: float = 60) -> None:
        deadline = time.monotonic() + timeout
        while not self.evaluate(expression):
            if time.monotonic() > deadline:
                raise TimeoutError(f"never true: {expression}")
            time.sleep(0.05)

    def choose_files(self, selector: str, files: list[Path]) -> None:
        """As a tap on the input then a choice in the gallery: the files are set and `change` fires."""
        root = self.send("DOM.getDocument")["root"]["nodeId"]
        node = self.send("DOM.querySelector", nodeId=root, selector=selector)["nodeId"]
        self.send("DOM.setFileInputFiles", nodeId=node, files=[str(path) for path in files])

    def screenshot(self, path: Path) -> None:
        path.write_bytes(base64.b64decode(self.send("Page.captureScreenshot", format="png")["data"]))

    def close(self) -> None:
        with contextlib.suppress(RuntimeError, TimeoutError, OSError):  # gone already: it is killed below anyway
            self.send("Browser.close", timeout=10)
        try:
            self._process.wait(10)
        except subprocess.TimeoutExpired:
            self._process.kill()
            self._process.wait(10)
        os.close(self._commands)
        os.close(self._replies)
        self._profile.cleanup()
