"""Windows and macOS: the entry point of the windowed app (no console), which always opens the window."""

import multiprocessing
import sys

import launcher

if __name__ == "__main__":
    multiprocessing.freeze_support()  # before anything reads the arguments: a worker process has its own
    # Plain `cardbook` opens the window; whatever the desktop hands over (a file, macOS's -psn_ id) is no command.
    sys.argv = sys.argv[:1]
    sys.exit(launcher.run())
