"""`python -m cardbook` is the same as the `cardbook` command."""

import sys

from cardbook.cli.main import main

sys.exit(main())
