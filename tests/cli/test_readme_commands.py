"""The README's command list names every command the parser has (issue 11: "every job of the window is a
command" is only true for the reader if the list says so), and no command that does not exist."""

from __future__ import annotations

import argparse
import re
from pathlib import Path

from cardbook.cli.main import build_parser

README = Path(__file__).resolve().parents[2] / "README.md"


def _commands() -> set[str]:
    parser = build_parser()
    [sub] = [a for a in parser._actions if isinstance(a, argparse._SubParsersAction)]
    return set(sub.choices)


def _listed() -> set[str]:
    text = README.read_text(encoding="utf-8")
    block = text.split("## The command line", 1)[1].split("```", 2)[1]
    # "cardbook NAME" at a line's start, and the second command of "a | b" lines ("| merge KEEP_ID", "| networks").
    first = re.findall(r"^cardbook ([a-z]+)", block, flags=re.MULTILINE)
    after_bar = re.findall(r"\| ([a-z]+)(?= [A-Z\[]|$)", block, flags=re.MULTILINE)
    return set(first) | set(after_bar)


def test_the_readme_lists_every_command_and_only_real_ones() -> None:
    commands, listed = _commands(), _listed()
    assert commands - listed == set(), f"commands missing from the README: {sorted(commands - listed)}"
    # The bar also separates a command's own actions ("member list | add NAME"): those are not commands, but every
    # name at a line's start must be one.
    text = README.read_text(encoding="utf-8").split("## The command line", 1)[1].split("```", 2)[1]
    starts = set(re.findall(r"^cardbook ([a-z]+)", text, flags=re.MULTILINE))
    assert starts - commands == set(), f"the README lists commands that do not exist: {sorted(starts - commands)}"
