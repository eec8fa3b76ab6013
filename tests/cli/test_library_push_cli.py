"""`cardbook library push` and `cardbook library pull` as a user runs them, in real processes against a database of
the throw-away PostgreSQL cluster (tests/pg_server.py): a demo library pushed, pushed again (nothing added), pulled
into a folder; and the mistakes, each one line on stderr with exit status 1."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

from tests.cli.test_cli import run
from tests.pg_server import PgCluster

_TABLE = re.compile(r"^  (\w+): (\d+) added, (\d+) already there", re.MULTILINE)


def _env(tmp_path: Path) -> dict[str, str]:
    # This machine's folder for a server library goes under the user data folder: a temporary one here.
    return {**os.environ, "XDG_DATA_HOME": str(tmp_path / "data")}


def test_push_then_push_again_then_pull(pg_cluster: PgCluster, tmp_path: Path) -> None:
    url = pg_cluster.url(pg_cluster.new_database())
    shown = url  # it has no password to hide
    anne, home, env = tmp_path / "anne", tmp_path / "home", _env(tmp_path)
    assert run(anne, "demo", "--contacts", "40", env=env).returncode == 0

    # Anne is the member chosen on this machine for the team library: she pushes without --as.
    for command in (["member", "add", "Anne"], ["member", "use", "Anne"]):
        assert _cardbook("--library", url, *command, env=env).returncode == 0
    pushed = run(anne, "library", "push", "--to", url, env=env)
    assert pushed.returncode == 0, pushed.stderr
    first = pushed.stdout.splitlines()[0]
    assert first == f"Pushed {anne} into {shown} as Anne: 40 new contacts, 0 already there."
    added = {name: int(n) for name, n, _ in _TABLE.findall(pushed.stdout)}
    assert added["contacts"] == 40 and added["encounters"] > 0
    assert "contacts: 40" in pushed.stderr  # progress, one line per table when not on a terminal

    again = run(anne, "library", "push", "--to", url, "--as", "anne", env=env)  # the same member: names fold
    assert again.returncode == 0, again.stderr
    assert again.stdout.splitlines()[0].endswith(": 0 new contacts, 40 already there.")
    assert {name: int(n) for name, n, _ in _TABLE.findall(again.stdout)} == dict.fromkeys(added, 0)
    members = _cardbook("--library", url, "member", "list", env=env)
    assert members.returncode == 0 and members.stdout.count("Anne") == 1 and "anne" not in members.stdout

    pulled = run(tmp_path / "unused", "library", "pull", "--from", url, "--to", str(home), env=env)
    assert pulled.returncode == 0, pulled.stderr
    assert pulled.stdout.splitlines()[0] == f"Pulled {shown} into {home}: 40 new contacts, 0 already there."
    # The team library's rows come home, with what the push added: Anne as a member, and where each contact
    # came from (her library's contacts: what lets the copy be pushed back without duplicates).
    came = {name: int(n) for name, n, _ in _TABLE.findall(pulled.stdout)}
    assert came == {**added, "members": 1, "contact_sources": 40}
    searched = run(home, "search", "a", "--json", env=env)
    assert searched.returncode == 0 and searched.stdout.count("\n") >= 1


def _cardbook(*args: str, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    """`run` without its --library folder (a URL given to it would be read as a path)."""
    command = [sys.executable, "-m", "cardbook", *args]
    return subprocess.run(command, capture_output=True, text=True, env=env, timeout=300, check=False)


def _one_line(done: subprocess.CompletedProcess[str]) -> str:
    assert done.returncode == 1 and done.stderr.count("\n") == 1 and done.stdout == "", done.stderr
    return done.stderr.strip()


def test_mistakes_are_one_line_each(tmp_path: Path) -> None:
    env, anne = _env(tmp_path), tmp_path / "anne"
    nobody = tmp_path / "no-server-here"
    nobody.mkdir()
    unreachable = _one_line(run(anne, "library", "push", "--to", f"postgresql://anne:s3cret@/team?host={nobody}",
                                env=env))  # fmt: skip
    assert unreachable.startswith(f"cardbook: cannot open the library on postgresql://anne@/team?host={nobody}: ")
    assert "s3cret" not in unreachable
    folder = _one_line(run(anne, "library", "push", "--to", str(tmp_path / "team"), env=env))
    assert folder == (
        "cardbook: --to names a team library on a PostgreSQL server (postgresql://user@host/db), "
        f"not '{tmp_path / 'team'}'"
    )
    url = f"postgresql://anne@/team?host={nobody}"
    itself = _one_line(_cardbook("--library", url, "library", "push", "--to", url, env=env))
    assert itself == f"cardbook: {url} cannot be pushed into itself: --to names the team library"
    not_a_server = _one_line(run(anne, "library", "pull", "--from", str(anne), "--to", str(tmp_path / "h"), env=env))
    assert not_a_server.startswith("cardbook: --from names a team library on a PostgreSQL server")
    no_folder = _one_line(_cardbook("--library", url, "library", "pull", "--from", url, env=env))
    assert no_folder == "cardbook: a pulled copy goes into a library folder: give one with --to FOLDER"
