"""`make package`: the PyInstaller one-folder bundle (dist/cardbook/) and a .deb that installs it (dist/*.deb).

The .deb holds:
  /opt/cardbook/                     the bundle (Python, Qt, OpenCV, RapidOCR's models, the migrations...)
  /usr/bin/cardbook                  a symlink to /opt/cardbook/cardbook
  /usr/share/applications/cardbook.desktop
  /usr/share/icons/hicolor/*/apps/cardbook.png (+ scalable .svg), rendered from the app's own icon
  /usr/share/metainfo/org.cardbook.Cardbook.metainfo.xml, with screenshots made by the bundle itself
  /usr/share/cardbook/screenshots/   those screenshots (also left in dist/screenshots/ for publishing)
Tesseract is not bundled: the package depends on Debian's tesseract-ocr with French, English, Portuguese and
Spanish data, and on the system libraries the bundle loads from the system (found with ldd, as dpkg-shlibdeps would).

Only standard tools: PyInstaller, ldd, dpkg -S and dpkg-deb. Run with PYTHONPATH set to the checkout, so
the bundle is made of this checkout's code (the Makefile does).
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
import time
import tomllib
from pathlib import Path

from cardbook.ocr.card_accents import ACCENT_MODELS

ROOT = Path(__file__).resolve().parents[1]
DIST = ROOT / "dist"
WORK = ROOT / "build" / "package"
APP_ID = "org.cardbook.Cardbook"
ICON_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
# Published copies of the screenshots: AppStream wants web addresses. Set the real one when releasing.
SCREENSHOT_URL = os.environ.get("CARDBOOK_SCREENSHOT_URL", "https://cardbook.example/screenshots")
# Always needed, whatever ldd finds: OCR (the command, its library and its languages: French and English read
# the cards, Portuguese and Spanish give those cards their accents back, cardbook/ocr/card_accents.py), a font,
# and the Public Suffix List (the reader's top-level domains, cardbook/ocr/web_suffixes.py).
BASE_DEPENDS = [
    "tesseract-ocr",
    "tesseract-ocr-fra",
    "tesseract-ocr-eng",
    "tesseract-ocr-por",
    "tesseract-ocr-spa",
    "libtesseract5",
    "fonts-dejavu-core",
    "publicsuffix",
]
# Recommended, not required: the models that give German, Italian, Dutch, Nordic, Polish and Czech cards their own
# letters back (cardbook/ocr/card_accents.py); without one, those cards keep the French and English reading.
RECOMMENDS = sorted(
    f"tesseract-ocr-{model}" for model in ACCENT_MODELS.values() if f"tesseract-ocr-{model}" not in BASE_DEPENDS
)
# File name: the window's view (`cardbook gui --view`), on sample data made by `cardbook demo`.
SCREENSHOT_VIEWS = {"contact": "contact:1", "events": "events"}


def version() -> str:
    with open(ROOT / "pyproject.toml", "rb") as handle:
        return str(tomllib.load(handle)["project"]["version"])


def deb_name() -> str:
    return f"cardbook_{version()}_amd64.deb"


def build_bundle() -> Path:
    subprocess.run(
        [
            sys.executable,
            "-m",
            "PyInstaller",
            "--noconfirm",
            "--log-level=WARN",
            "--distpath",
            str(DIST),
            "--workpath",
            str(WORK / "pyinstaller"),
            str(ROOT / "packaging" / "cardbook-linux.spec"),
        ],
        check=True,
        cwd=ROOT,
    )
    return DIST / "cardbook"


def render_icons(target: Path) -> dict[int, Path]:
    """The icon at every size, in hicolor's layout under `target`, drawn from resources/cardbook.svg by Qt's SVG
    renderer (no other tool needed). Also used by the Windows and macOS specs, for their .ico and .icns."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    app = QGuiApplication.instance() or QGuiApplication([])
    source = ROOT / "resources" / "cardbook.svg"
    renderer = QSvgRenderer(str(source))
    if not renderer.isValid():
        raise SystemExit(f"cannot read the icon {source}")
    rendered: dict[int, Path] = {}
    for size in ICON_SIZES:
        image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        renderer.render(painter)
        painter.end()
        folder = target / f"{size}x{size}" / "apps"
        folder.mkdir(parents=True, exist_ok=True)
        rendered[size] = folder / "cardbook.png"
        if not image.save(str(rendered[size])):
            raise SystemExit(f"cannot write the {size} px icon")
    scalable = target / "scalable" / "apps"
    scalable.mkdir(parents=True, exist_ok=True)
    shutil.copy2(source, scalable / "cardbook.svg")
    del app
    return rendered


def make_screenshots(bundle: Path, target: Path) -> None:
    """Screenshots of the window on sample data, by the bundle itself (so they also prove it starts)."""
    target.mkdir(parents=True, exist_ok=True)
    env = {"PATH": "/usr/bin:/bin", "LANG": "C.UTF-8", "QT_QPA_PLATFORM": "offscreen"}
    with tempfile.TemporaryDirectory() as home:
        env["HOME"] = home
        library = Path(home) / "library"
        command = [str(bundle / "cardbook"), "--library", str(library)]
        subprocess.run([*command, "demo", "--contacts", "120"], check=True, env=env, stdout=subprocess.DEVNULL)
        for name, view in SCREENSHOT_VIEWS.items():
            subprocess.run(
                [*command, "gui", "--lang", "en", "--view", view, "--screenshot", str(target / f"{name}.png")],
                check=True,
                env=env,
            )


def system_depends(bundle: Path) -> list[str]:
    """The Debian packages holding the libraries the bundle takes from the system (ldd, then dpkg -S)."""
    internal = bundle / "_internal"
    env = {**os.environ, "LD_LIBRARY_PATH": str(internal)}
    outside: set[str] = set()
    for path in [bundle / "cardbook", *internal.rglob("*.so*")]:
        if not path.is_file() or path.is_symlink():
            continue
        out = subprocess.run(["ldd", str(path)], capture_output=True, text=True, env=env, check=False).stdout
        for line in out.splitlines():
            parts = line.split()
            if "=>" in parts and len(parts) > 2 and parts[2].startswith("/") and not parts[2].startswith(str(bundle)):
                outside.add(os.path.realpath(parts[2]))
    packages: set[str] = set()
    for library in sorted(outside):
        found = subprocess.run(["dpkg", "-S", library], capture_output=True, text=True, check=False).stdout
        if not found:  # /lib is a symlink to /usr/lib on current Debian; dpkg knows one of the two names
            alias = library.replace("/usr/lib/", "/lib/", 1)
            found = subprocess.run(["dpkg", "-S", alias], capture_output=True, text=True, check=False).stdout
        for line in found.splitlines():
            packages.add(line.split(":")[0].strip())
    return sorted(packages)


def build_deb(bundle: Path) -> Path:
    stage = WORK / "deb"
    shutil.rmtree(stage, ignore_errors=True)
    shutil.copytree(bundle, stage / "opt" / "cardbook", symlinks=True)
    (stage / "usr" / "bin").mkdir(parents=True)
    (stage / "usr" / "bin" / "cardbook").symlink_to("/opt/cardbook/cardbook")
    share = stage / "usr" / "share"
    (share / "applications").mkdir(parents=True)
    shutil.copy2(ROOT / "resources" / "cardbook.desktop", share / "applications" / "cardbook.desktop")
    render_icons(share / "icons" / "hicolor")
    screenshots = share / "cardbook" / "screenshots"
    make_screenshots(bundle, screenshots)
    shutil.rmtree(DIST / "screenshots", ignore_errors=True)
    shutil.copytree(screenshots, DIST / "screenshots")
    (share / "metainfo").mkdir(parents=True)
    metainfo = (ROOT / "resources" / "cardbook.metainfo.xml").read_text(encoding="utf-8")
    (share / "metainfo" / f"{APP_ID}.metainfo.xml").write_text(
        metainfo.replace("@SCREENSHOTS@", SCREENSHOT_URL.rstrip("/")), encoding="utf-8"
    )
    depends = sorted(set(BASE_DEPENDS) | set(system_depends(bundle)))
    size_kib = sum(p.stat().st_size for p in stage.rglob("*") if p.is_file() and not p.is_symlink()) // 1024
    (stage / "DEBIAN").mkdir()
    (stage / "DEBIAN" / "control").write_text(
        f"""Package: cardbook
Version: {version()}
Architecture: amd64
Maintainer: Cardbook developers <cardbook@localhost>
Installed-Size: {size_kib}
Depends: {", ".join(depends)}
Recommends: {", ".join(RECOMMENDS)}
Section: misc
Priority: optional
Description: Business-card reader and exchange ledger for entrepreneurs
 Cardbook turns photos of paper business cards into contacts and records the
 exchange of cards at networking events. Everything stays on the computer:
 it never uses the network.
""",
        encoding="utf-8",
    )
    output = DIST / deb_name()
    # zstd: about as small as xz for this content, many times faster to pack (dpkg reads it since Debian 12).
    subprocess.run(
        ["dpkg-deb", "--root-owner-group", "-Zzstd", "--build", str(stage), str(output)],
        check=True,
        stdout=subprocess.DEVNULL,
    )
    return output


def main() -> int:
    started = time.monotonic()
    bundle = build_bundle()
    bundled = time.monotonic()
    deb = build_deb(bundle)
    print(
        f"{deb.relative_to(ROOT)}: {deb.stat().st_size / 2**20:.0f} MiB "
        f"(bundle {bundled - started:.0f} s, .deb {time.monotonic() - bundled:.0f} s)"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
