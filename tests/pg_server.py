"""A throw-away PostgreSQL cluster for the tests that run against both engines (docs/TEAM_LIBRARY.md).

- `initdb` into a temporary folder, with the server listening on a Unix socket in that folder only
  (`listen_addresses=''`): no TCP port is opened, so nothing can reach it and nothing on the network is used.
- One cluster per pytest process (each xdist worker starts its own): no lock files shared between workers, no
  question of who stops it; starting one costs about two seconds.
- Durability is off (fsync, synchronous_commit, full_page_writes): the cluster is thrown away at the end.
- The schema is migrated once into a template database; each test gets its own database copied from it
  (`CREATE DATABASE ... TEMPLATE`), which is far cheaper than running the migrations again.
- Debian's system cluster (if the `postgresql` package started one) is never used.
- `initdb` refuses to run as root; as root the cluster runs as the `postgres` system user the package creates.

Where the binaries are missing, `find_binaries` returns None and the PostgreSQL half of the tests is skipped,
with the reason said once (tests/storage/conftest.py).
"""

from __future__ import annotations

import itertools
import os
import pwd
import shutil
import subprocess
import tempfile
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

SUPERUSER = "cardbook"
TEMPLATE = "cardbook_template"
_SEARCH = ("/usr/lib/postgresql/*/bin",)  # Debian's layout; else whatever initdb is on PATH


def find_binaries() -> Path | None:
    """The folder of initdb and pg_ctl (the newest Debian version, else PATH), or None when missing."""
    override = os.environ.get("CARDBOOK_PG_BIN")
    if override:
        return Path(override) if (Path(override) / "initdb").is_file() else None
    candidates = sorted(Path("/").glob(_SEARCH[0].lstrip("/")), key=lambda p: _version_key(p.parent.name))
    for folder in reversed(candidates):
        if (folder / "initdb").is_file() and (folder / "pg_ctl").is_file():
            return folder
    found = shutil.which("initdb")
    return Path(found).parent if found else None


def _version_key(name: str) -> tuple[int, ...]:
    return tuple(int(part) for part in name.split(".") if part.isdigit())


def _run_as() -> str | None:
    """The system user the server runs as: None (ourselves) unless we are root, which initdb refuses."""
    if os.geteuid() != 0:
        return None
    for name in ("postgres", "nobody"):
        try:
            pwd.getpwnam(name)
        except KeyError:
            continue
        return name
    raise RuntimeError("running as root and no 'postgres' user to run the test PostgreSQL cluster as")


@dataclass
class PgCluster:
    """One running throw-away cluster; `url(db)` is a SQLAlchemy/Cardbook URL for one of its databases."""

    bin_dir: Path
    folder: Path
    user: str | None
    _counter: itertools.count[int] = field(default_factory=lambda: itertools.count(1))
    _lock: threading.Lock = field(default_factory=threading.Lock)

    @property
    def socket_dir(self) -> Path:
        return self.folder / "socket"

    def url(self, database: str) -> str:
        return f"postgresql://{SUPERUSER}@/{database}?host={self.socket_dir}"

    def _run(self, *args: str) -> None:
        result = subprocess.run(
            [str(self.bin_dir / args[0]), *args[1:]], user=self.user, capture_output=True, text=True, check=False
        )
        if result.returncode != 0:
            raise RuntimeError(f"{args[0]} failed: {(result.stderr or result.stdout).strip()}")

    def start(self) -> None:
        data = self.folder / "data"
        # --no-locale (C collation: byte order, like SQLite's default) exists on every system, unlike C.UTF-8.
        self._run("initdb", "-D", str(data), "-U", SUPERUSER, "-A", "trust", "-E", "UTF8", "--no-locale")
        options = " ".join(
            [
                "-c listen_addresses=''",  # no TCP at all: the Unix socket below is the only way in
                f"-c unix_socket_directories='{self.socket_dir}'",
                "-c fsync=off -c synchronous_commit=off -c full_page_writes=off",
                "-c max_connections=60 -c shared_buffers=32MB",
            ]
        )
        self._run("pg_ctl", "-D", str(data), "-o", options, "-l", str(self.folder / "server.log"), "-w", "start")

    def restart(self) -> None:
        """Stop and start the server again (its options are kept in postmaster.opts): every connection is cut."""
        data = self.folder / "data"
        self._run("pg_ctl", "-D", str(data), "-m", "fast", "-l", str(self.folder / "server.log"), "-w", "restart")

    def stop(self) -> None:
        data = self.folder / "data"
        if (data / "postmaster.pid").exists():
            self._run("pg_ctl", "-D", str(data), "-m", "immediate", "-w", "stop")

    def execute(self, sql: str, database: str = "postgres") -> None:
        """One statement outside any transaction (CREATE/DROP DATABASE need that)."""
        import psycopg

        with psycopg.connect(host=str(self.socket_dir), user=SUPERUSER, dbname=database, autocommit=True) as con:
            con.execute(sql)  # type: ignore[arg-type]

    def new_database(self, template: str = TEMPLATE) -> str:
        """A fresh database copied from the migrated template (or `template0` for an empty one); its name."""
        with self._lock:
            name = f"t{os.getpid()}_{next(self._counter)}"
        self.execute(f'CREATE DATABASE "{name}" TEMPLATE "{template}"')
        return name

    def drop_database(self, name: str) -> None:
        self.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')

    @contextmanager
    def password_database(self) -> Iterator[str]:
        """A new database owned by the role `member`, who must give a password ('team secret'; scram-sha-256 for
        that role alone in pg_hba.conf), while the block runs; its name. pg_hba.conf is put back after."""
        hba = self.folder / "data" / "pg_hba.conf"
        original = hba.read_text()
        hba.write_text("local all member scram-sha-256\n" + original)
        self.execute("SELECT pg_reload_conf()")
        self.execute("DO $$BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'member') "
                     "THEN CREATE ROLE member LOGIN PASSWORD 'team secret'; END IF; END$$")  # fmt: skip
        name = self.new_database()
        self.execute(f'ALTER DATABASE "{name}" OWNER TO member')
        self.execute("GRANT ALL ON ALL TABLES IN SCHEMA public TO member", database=name)
        self.execute("GRANT ALL ON ALL SEQUENCES IN SCHEMA public TO member", database=name)
        try:
            yield name
        finally:
            hba.write_text(original)
            self.execute("SELECT pg_reload_conf()")
            self.drop_database(name)


def start_cluster(bin_dir: Path) -> PgCluster:
    """Start a cluster in a new temporary folder (the caller stops it and removes the folder)."""
    user = _run_as()
    folder = Path(tempfile.mkdtemp(prefix="cardbook-pg-"))
    (folder / "socket").mkdir()
    if user is not None:
        entry = pwd.getpwnam(user)
        for path in (folder, folder / "socket"):
            os.chown(path, entry.pw_uid, entry.pw_gid)
    cluster = PgCluster(bin_dir, folder, user)
    try:
        cluster.start()
    except BaseException:
        shutil.rmtree(folder, ignore_errors=True)
        raise
    return cluster


def remove_cluster(cluster: PgCluster) -> None:
    try:
        cluster.stop()
    finally:
        shutil.rmtree(cluster.folder, ignore_errors=True)
