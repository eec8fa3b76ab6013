"""The frozen app's entry point: the same as the `cardbook` command.

`freeze_support` first: the OCR batch can read cards in worker processes started with "spawn", and in a
frozen app each worker is this same executable, which must run the worker instead of the command line.

Tesseract is never bundled; it is installed by the system's own means. On Linux it is on PATH. On macOS an
app opened from the Finder does not get the shell's PATH, so Homebrew's folders are added; on Windows the
Tesseract installer does not put itself on PATH, so its usual folder is added. Only folders that exist.
"""

import multiprocessing
import os
import sys

TESSERACT_FOLDERS = {
    "darwin": ["/opt/homebrew/bin", "/usr/local/bin"],
    "win32": [os.path.join(os.environ.get("PROGRAMFILES", r"C:\Program Files"), "Tesseract-OCR")],
}


def add_tesseract_to_path() -> None:
    path = os.environ.get("PATH", "").split(os.pathsep)
    extra = [folder for folder in TESSERACT_FOLDERS.get(sys.platform, []) if os.path.isdir(folder)]
    os.environ["PATH"] = os.pathsep.join([*path, *(folder for folder in extra if folder not in path)])


def run() -> int:
    add_tesseract_to_path()
    from cardbook.cli.main import main

    return main()


if __name__ == "__main__":
    multiprocessing.freeze_support()
    sys.exit(run())
