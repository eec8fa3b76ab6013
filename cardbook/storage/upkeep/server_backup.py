"""Backups of a server library: `pg_dump --format=custom` into this machine's `backups/` (docs/TEAM_LIBRARY.md,
"Backups").

- The dump is named like a folder library's backups, `cardbook-<stamp>-<reason>.dump`, written to a temporary
  name and renamed once pg_dump has finished: a failed or interrupted dump never looks like a backup. The newest
  KEEP_BACKUPS are kept, as for a folder library.
- It holds the whole database, card images included (they are rows of `image_chunks`), compressed with gzip's
  fastest level (COMPRESSION_LEVEL says why).
- pg_dump is found on PATH (Debian's `postgresql-client` puts a wrapper there that picks the newest installed
  version), else in Debian's `/usr/lib/postgresql/*/bin`, the newest first.
- The password never appears on pg_dump's command line (other users of the machine can read it there): it goes
  through the child's environment (PGPASSWORD), from the URL or, when the server has asked for one, the
  keyring, as the library's own connections do (server.py). `--no-password`: pg_dump never waits for a
  password on a terminal. libpq reads `~/.pgpass` by itself.
- A time limit (DUMP_TIMEOUT_S) stops a dump that hangs (a server that stopped answering); missing pg_dump, a
  failure or the time limit is one LibraryError line.
- Restoring a dump (`pg_restore --clean`) replaces what every member sees: the server administrator's step,
  not Cardbook's.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

from sqlalchemy.engine import URL

from cardbook.storage.errors import LibraryError
from cardbook.storage.server import CONNECT_TIMEOUT_S, needs_password, password_from_keyring, redacted
from cardbook.storage.upkeep.backup import KEEP_BACKUPS, backup_name

SUFFIX = ".dump"
DUMP_GLOB = f"cardbook-*{SUFFIX}"
# gzip's fastest level: a dump writes bytea as hex, which level 1 brings back to the photos' own size as well as
# the default (6) does, four times faster (12 photos: 17.0 MB in 2.2 s, against 16.0 MB in 8.3 s).
COMPRESSION_LEVEL = 1
DUMP_TIMEOUT_S = 60 * 60  # a team's library with its photos: minutes; an hour means the server stopped answering
_DEBIAN_BINARIES = "usr/lib/postgresql/*/bin"
INSTALL_HINT = "install PostgreSQL's client tools (Debian, Ubuntu: apt install postgresql-client)"


def find_pg_dump() -> Path | None:
    """pg_dump on PATH, else the newest of Debian's versions, else None."""
    found = shutil.which("pg_dump")
    if found:
        return Path(found)
    candidates = sorted(Path("/").glob(_DEBIAN_BINARIES), key=lambda p: _version_key(p.parent.name), reverse=True)
    return next((folder / "pg_dump" for folder in candidates if (folder / "pg_dump").is_file()), None)


def _version_key(name: str) -> tuple[int, ...]:
    return tuple(int(part) for part in name.split(".") if part.isdigit())


def conninfo(url: URL) -> str:
    """libpq's keyword/value connection string for the URL, without the password (escaped by psycopg)."""
    from psycopg.conninfo import make_conninfo

    params: dict[str, object] = {}
    for key, value in url.query.items():
        params[key] = value[0] if isinstance(value, tuple) else value
    if url.host:
        params["host"] = url.host
    if url.port:
        params["port"] = url.port
    if url.username:
        params["user"] = url.username
    params["dbname"] = url.database
    return make_conninfo(**params)  # type: ignore[arg-type]


def dump_server(url: URL, backups_dir: Path, reason: str = "manual", *, timeout_s: float = DUMP_TIMEOUT_S) -> Path:
    """Write `backups/cardbook-<stamp>-<reason>.dump` and prune the oldest dumps; returns its path."""
    shown = redacted(url)
    program = find_pg_dump()
    if program is None:
        raise LibraryError(f"cannot back up {shown}: pg_dump is not on this machine ({INSTALL_HINT})")
    try:
        backups_dir.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise LibraryError(f"cannot create the backups folder {backups_dir}: {exc.strerror}") from exc
    target = backups_dir / backup_name(reason, SUFFIX)
    partial = target.with_name(f".tmp-{target.name}")
    command = [
        str(program),
        "--format=custom",
        f"--compress={COMPRESSION_LEVEL}",
        "--no-password",
        f"--file={partial}",
        f"--dbname={conninfo(url)}",
    ]
    try:
        result = _run(command, url.password, timeout_s, shown)
        if result.returncode != 0 and url.password is None and needs_password(result.stderr):
            password = password_from_keyring(url)
            if password:
                result = _run(command, password, timeout_s, shown)
        if result.returncode != 0:
            raise LibraryError(f"cannot back up {shown}: {_first_line(result.stderr) or 'pg_dump failed'}")
        os.replace(partial, target)
    finally:
        partial.unlink(missing_ok=True)
    prune_dumps(backups_dir)
    return target


def _run(command: list[str], password: str | None, timeout_s: float, shown: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PGCONNECT_TIMEOUT": str(CONNECT_TIMEOUT_S), "PGAPPNAME": "cardbook-backup"}
    env.pop("PGPASSWORD", None)  # only the library's own password, never one left in the environment for another
    if password:
        env["PGPASSWORD"] = password
    try:
        return subprocess.run(
            command, env=env, capture_output=True, text=True, timeout=timeout_s, check=False, stdin=subprocess.DEVNULL
        )
    except subprocess.TimeoutExpired as exc:
        minutes = f"{timeout_s / 60:g} minutes" if timeout_s >= 60 else f"{timeout_s:g} seconds"
        raise LibraryError(f"cannot back up {shown}: pg_dump did not finish within {minutes}, stopped") from exc
    except OSError as exc:
        raise LibraryError(f"cannot back up {shown}: cannot run {command[0]} ({exc.strerror})") from exc


def _first_line(text: str) -> str:
    """pg_dump's first line of explanation, without its `pg_dump: error:` prefix."""
    for line in text.splitlines():
        line = line.strip()
        if line:
            for prefix in ("pg_dump: error: ", "pg_dump: "):
                line = line.removeprefix(prefix)
            return line
    return ""


def prune_dumps(backups_dir: Path) -> None:
    """Keep the newest KEEP_BACKUPS dumps (their names sort by date)."""
    for old in sorted(backups_dir.glob(DUMP_GLOB))[:-KEEP_BACKUPS]:
        old.unlink(missing_ok=True)
