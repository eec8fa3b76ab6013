"""The installable app: `make package`'s .deb, installed on this machine with dpkg, run as a user would, removed.

The .deb is built by packaging/build_package.py (about 5 minutes on two cores), or reused when one built in
this run, newer than every source it is made of, is already in dist/. Needs root and dpkg: skipped, with the
reason, elsewhere. The installed app runs in a clean environment (no virtualenv, no PYTHONPATH, only
/usr/bin:/bin on PATH), so nothing of the checkout can leak in.
"""

from __future__ import annotations

import faulthandler
import fcntl
import json
import os
import shutil
import subprocess
import sys
import tomllib
from collections.abc import Iterator
from pathlib import Path

import numpy as np
import pytest
from PIL import Image

from cardbook.storage.library import DB_NAME
from cardbook.storage.migrate import HEAD_REVISION, current_revision
from tests.ocr.render import FRENCH_CARD, photograph, render, save

ROOT = Path(__file__).resolve().parents[2]
DIST = ROOT / "dist"
INSTALLED = Path("/usr/bin/cardbook")
# What the bundle is made of: a .deb older than any of these is stale.
SOURCES = [ROOT / "cardbook", ROOT / "packaging", ROOT / "resources", ROOT / "pyproject.toml"]
BUILD_LIMIT = 1800  # seconds; measured 4-6 minutes on this project's two-core machines

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(shutil.which("dpkg") is None, reason="dpkg is missing: not a Debian-like system"),
    pytest.mark.skipif(os.geteuid() != 0, reason="installing a .deb needs root"),
]


def version() -> str:
    with open(ROOT / "pyproject.toml", "rb") as handle:
        return str(tomllib.load(handle)["project"]["version"])


def newest_source() -> float:
    return max(
        path.stat().st_mtime
        for source in SOURCES
        for path in ([source] if source.is_file() else source.rglob("*"))
        if path.is_file() and "__pycache__" not in path.parts
    )


@pytest.fixture(scope="module")
def deb() -> Path:
    package = DIST / f"cardbook_{version()}_amd64.deb"
    if not package.is_file() or package.stat().st_mtime < newest_source():
        # A known-long step (3-6 minutes on two busy cores): not a hang, so no stack dump at pytest's
        # faulthandler_timeout (re-armed for the next test); the build has its own, wider limit instead.
        faulthandler.cancel_dump_traceback_later()
        subprocess.run(
            [sys.executable, str(ROOT / "packaging" / "build_package.py")],
            check=True,
            cwd=ROOT,
            env={**os.environ, "PYTHONPATH": str(ROOT)},
            timeout=BUILD_LIMIT,
        )
    assert package.is_file()
    return package


def clean_env(home: Path) -> dict[str, str]:
    """What a desktop session gives a program, and nothing of this checkout or its virtualenv."""
    return {"PATH": "/usr/bin:/bin", "HOME": str(home), "LANG": "C.UTF-8", "QT_QPA_PLATFORM": "offscreen"}


@pytest.fixture(scope="module")
def installed(deb: Path) -> Iterator[Path]:
    # One install at a time on this machine: several checkouts may run their suites at once, and the package
    # (like dpkg's own database) is machine-wide. Waits for the other run to remove its copy.
    with open("/tmp/cardbook-deb-test.lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        status = subprocess.run(["dpkg-query", "-W", "-f=${Status}", "cardbook"], capture_output=True, text=True)
        if status.stdout.split()[-1:] == ["installed"]:  # "install ok installed", not "... not-installed"
            pytest.skip("a cardbook package is already installed on this machine: not replacing it")
        try:
            done = subprocess.run(["dpkg", "-i", str(deb)], capture_output=True, text=True)
            # A missing dependency leaves the package unconfigured: say which, and still remove it below.
            assert done.returncode == 0, f"dpkg -i failed:\n{done.stderr}"
            yield INSTALLED
        finally:
            subprocess.run(["dpkg", "-r", "cardbook"], check=True, capture_output=True)
            assert not INSTALLED.exists() and not Path("/opt/cardbook").exists()


def test_installed_files_are_valid(installed: Path) -> None:
    assert installed.resolve() == Path("/opt/cardbook/cardbook")
    subprocess.run(["desktop-file-validate", "/usr/share/applications/cardbook.desktop"], check=True)
    metainfo = "/usr/share/metainfo/org.cardbook.Cardbook.metainfo.xml"
    subprocess.run(["appstreamcli", "validate", "--no-net", metainfo], check=True, capture_output=True)
    for size in (16, 32, 48, 128, 256):
        with Image.open(f"/usr/share/icons/hicolor/{size}x{size}/apps/cardbook.png") as icon:
            assert icon.size == (size, size)
            alpha = np.asarray(icon.convert("RGBA"))[:, :, 3]
            assert alpha.min() == 0 and alpha.max() == 255  # the rounded tile on a transparent ground


def test_version(installed: Path, tmp_path: Path) -> None:
    done = subprocess.run(["cardbook", "--version"], env=clean_env(tmp_path), capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == f"cardbook {version()}"


def test_scan_reads_a_card_and_migrates_a_new_library(installed: Path, tmp_path: Path) -> None:
    card = save(str(tmp_path / "card.jpg"), photograph(render(FRENCH_CARD), seed=21))
    library = tmp_path / "library"
    done = subprocess.run(
        ["cardbook", "--library", str(library), "scan", "--json", "--import", card],
        env=clean_env(tmp_path),
        capture_output=True,
        text=True,
        cwd=tmp_path,
    )
    assert done.returncode == 0, done.stderr
    result = json.loads(done.stdout.splitlines()[0])
    printed = [line.text for line in FRENCH_CARD.lines]
    assert result["name"] in printed
    assert result["emails"] and result["emails"][0] in printed
    assert result["contact_id"] is not None
    # The frozen app found its Alembic scripts: the new library is at the newest schema.
    assert current_revision(library / DB_NAME) == HEAD_REVISION


def test_window_screenshot(installed: Path, tmp_path: Path) -> None:
    shot = tmp_path / "out.png"
    done = subprocess.run(
        ["cardbook", "--library", str(tmp_path / "library"), "gui", "--screenshot", str(shot)],
        env=clean_env(tmp_path),
        capture_output=True,
        text=True,
    )
    assert done.returncode == 0, done.stderr
    with Image.open(shot) as image:
        pixels = np.asarray(image.convert("L"))
    assert pixels.shape[0] >= 400 and pixels.shape[1] >= 600
    assert pixels.std() > 10  # a drawn window (text, lines), not a blank surface
