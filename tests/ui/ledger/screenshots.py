"""Screenshots of the ledger's widgets on the sample library, in English and French (a tool, not a test).

QT_QPA_PLATFORM=offscreen .venv/bin/python -m tests.ui.ledger.screenshots /tmp/ledger-shots [name ...]
"""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QLocale, QTranslator
from PySide6.QtWidgets import QApplication, QWidget

from cardbook.storage.library import Library
from cardbook.ui.common.runner import pending_tasks, wait_for_tasks
from tests.ui.ledger import shots
from tests.ui.sample_library import build_sample


class Longer(QTranslator):
    """Pseudo-French: every interface string ~30% longer, to see what would be clipped once translated."""

    def translate(self, context: str, source: str, disambiguation: str | None = None, n: int = -1) -> str:
        return f"{source} {'é' * max(1, round(len(source) * 0.3))}" if source.strip() else source

    def isEmpty(self) -> bool:
        return False


def main(argv: list[str]) -> int:
    out = Path(argv[0] if argv else "/tmp/ledger-shots")
    wanted = set(argv[1:])
    out.mkdir(parents=True, exist_ok=True)
    app = QApplication.instance() or QApplication([])
    with tempfile.TemporaryDirectory() as tmp:
        library = Library.open(Path(tmp) / "lib")
        sample = build_sample(library)
        longer = Longer()
        english = QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)
        french = QLocale(QLocale.Language.French, QLocale.Country.France)
        for lang, locale in (("en", english), ("fr", french)):
            QLocale.setDefault(locale)
            if lang == "fr":
                app.installTranslator(longer)
            for name, (size, make) in shots.SHOTS.items():
                if wanted and name not in wanted:
                    continue
                widget: QWidget = make(library, sample)
                widget.resize(*size) if size[0] else widget.adjustSize()
                widget.show()
                while pending_tasks():  # what the widget reads in the background (the runner) lands first
                    wait_for_tasks(100)
                    app.processEvents()
                for _ in range(3):
                    app.processEvents()
                path = out / f"{name}-{lang}.png"
                widget.grab().save(str(path))
                print(path)
                widget.close()
                widget.deleteLater()
                app.processEvents()
        app.removeTranslator(longer)
        library.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
