"""The frozen app's entry point: the same as the `cardbook` command.

`freeze_support` first: the OCR batch can read cards in worker processes started with "spawn", and in a
frozen app each worker is this same executable, which must run the worker instead of the command line.
"""

import multiprocessing
import sys

if __name__ == "__main__":
    multiprocessing.freeze_support()
    from cardbook.cli.main import main

    sys.exit(main())
