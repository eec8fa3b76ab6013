"""The command line: one module per group of commands (each with a `register(subparsers, common)`), what they
share in `common`, and the parser and entry point in `main`. Commands parse, call `cardbook.app` or the
storage services, and print; they hold no job the window would need (docs/ARCHITECTURE.md)."""
