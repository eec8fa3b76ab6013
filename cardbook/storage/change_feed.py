"""Telling the other members' windows what changed in a team library: NOTIFY on each write, LISTEN in a thread.

docs/TEAM_LIBRARY.md ("Seeing what others change") has the design; in short:

- Sending: every write session of a server library (`Library.writing`) ends, just before its commit, with
  `SELECT pg_notify('cardbook_changes', '<json>')` when it wrote anything. PostgreSQL delivers a notification
  only if its transaction commits, and in commit order, so a rolled-back write is never announced. No trigger
  (that would be a schema change): the tables written are seen as the statements go by (`track_writes`, on the
  engine) and the contacts from the ORM's flushes (`ContactIds`).
- The message: `{"o": origin, "t": [tables], "c": [contact ids] | null}`; `origin` is one per `Library` object,
  so a window ignores what it wrote itself (it announced it already) and still hears another `Library` of the
  same process; `c` is null when the ids are not all known (a bulk statement) or too many to send (the payload
  limit is 8000 bytes).
- Listening: `ChangeListener` holds one connection of its own (out of the pool, autocommit, `LISTEN`) on a
  daemon thread and hands each notice to a callback, on that thread. When the server goes away (a restart, the
  network), it reconnects quietly with a growing pause, then reports a notice that names every table (what
  happened meanwhile is not known), so the listener's owner rereads what it shows.

A folder library has no feed: one window per library, which announces its own changes.
"""

from __future__ import annotations

import json
import logging
import re
import threading
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from sqlalchemy import Engine, event
from sqlalchemy.orm import Session

if TYPE_CHECKING:
    from sqlalchemy.engine import Connection

CHANNEL = "cardbook_changes"
MAX_IDS = 400  # ids in one notice; more and the notice says "some contacts" (payloads stop at 8000 bytes)
WRITTEN = "cardbook_tables_written"  # the key in the DBAPI connection's info: the tables this transaction wrote
RETRY_FIRST_S, RETRY_MAX_S = 1.0, 30.0
POLL_S = 0.5  # how long the listener waits for a notice before it looks whether it was asked to stop

# The tables of the ledger (events, networks, exchanges...): a change there rereads the ledger's pages too.
LEDGER_TABLES = frozenset(
    {"events", "networks", "encounters", "referrals", "follow_ups", "members", "contact_roles", "contact_sources"}
)
EVERYTHING = frozenset({"*"})

_WRITE = re.compile(r"^\s*(?:INSERT\s+INTO|UPDATE|DELETE\s+FROM)\s+\"?([A-Za-z_][A-Za-z0-9_]*)", re.IGNORECASE)
_log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class ChangeNotice:
    """What another writer changed: the tables, and the contacts when all are known (None: not known)."""

    origin: str
    tables: frozenset[str]
    contact_ids: tuple[int, ...] | None

    @property
    def ledger(self) -> bool:
        return self.tables == EVERYTHING or bool(self.tables & LEDGER_TABLES)


def everything_notice() -> ChangeNotice:
    """What the listener reports after a reconnection: anything may have changed."""
    return ChangeNotice("", EVERYTHING, None)


# ---- sending -------------------------------------------------------------------------------------------------


def track_writes(engine: Engine) -> None:
    """Note, on each connection, the tables its statements write (read back by `notify` before the commit)."""

    @event.listens_for(engine, "before_cursor_execute")
    def _seen(connection: Connection, _cursor: Any, statement: str, *_args: Any) -> None:
        found = _WRITE.match(statement)
        if found:
            connection.info.setdefault(WRITTEN, set()).add(found.group(1).lower())


def forget_writes(connection: Connection) -> None:
    """At the start of a write session: the connection comes from a pool and may remember an earlier one."""
    connection.info.pop(WRITTEN, None)


class ContactIds:
    """The contacts a write session's flushes touched (ContactRow, or a row that has a contact_id)."""

    def __init__(self, session: Session) -> None:
        self.ids: set[int] = set()
        self.complete = True
        event.listen(session, "after_flush", self._flushed)

    def _flushed(self, session: Session, _context: Any) -> None:
        for row in (*session.new, *session.dirty, *session.deleted):
            if getattr(type(row), "__tablename__", None) == "contacts":
                self.ids.add(int(row.id))
            else:
                contact_id = getattr(row, "contact_id", None)
                if isinstance(contact_id, int):
                    self.ids.add(contact_id)


def notify(session: Session, origin: str, contacts: ContactIds) -> None:
    """Announce this transaction's writes on the channel (delivered only if it commits); nothing when it wrote
    nothing."""
    connection = session.connection()
    tables: set[str] = connection.info.pop(WRITTEN, set())
    if not tables:
        return
    # A contact written by a plain statement (an UPDATE of many rows) is not among the flushed ids.
    statements_only = "contacts" in tables and not contacts.ids
    ids = None if statements_only or len(contacts.ids) > MAX_IDS else sorted(contacts.ids)
    payload = json.dumps({"o": origin, "t": sorted(tables), "c": ids}, separators=(",", ":"))
    connection.exec_driver_sql("SELECT pg_notify(%(channel)s, %(payload)s)", {"channel": CHANNEL, "payload": payload})
    connection.info.pop(WRITTEN, None)  # the notify itself is a SELECT: nothing to forget, but be exact


def read_notice(payload: str) -> ChangeNotice | None:
    """A notice from its JSON; None for a payload that is not one of ours."""
    try:
        data = json.loads(payload)
        ids = data.get("c")
        return ChangeNotice(
            str(data["o"]),
            frozenset(str(t) for t in data["t"]),
            None if ids is None else tuple(int(i) for i in ids),
        )
    except (ValueError, KeyError, TypeError, AttributeError):
        return None


# ---- listening -----------------------------------------------------------------------------------------------


class ChangeListener:
    """One connection listening on the channel, on a thread of its own; `on_notice` is called on that thread."""

    def __init__(
        self,
        connect: Callable[[], Any],
        on_notice: Callable[[ChangeNotice], None],
        *,
        ignore_origin: str | None = None,
    ) -> None:
        """`connect()` returns a new psycopg connection (the library's engine knows the password: see
        `Library.listen`)."""
        self._connect = connect
        self._on_notice = on_notice
        self._ignore = ignore_origin
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name="cardbook-change-listener", daemon=True)
        self.listening = threading.Event()  # set while a connection listens (the tests wait on it)
        self.connections = 0  # how many times it (re)connected

    def start(self) -> None:
        self._thread.start()

    def stop(self, timeout: float = 5.0) -> None:
        self._stop.set()
        if self._thread.is_alive():
            self._thread.join(timeout)

    def _run(self) -> None:
        pause = RETRY_FIRST_S
        while not self._stop.is_set():
            connection = None
            try:
                connection = self._connect()
                connection.execute(f"LISTEN {CHANNEL}")
                self.connections += 1
                self.listening.set()
                pause = RETRY_FIRST_S
                if self.connections > 1:  # back after a break: what changed meanwhile is not known
                    self._on_notice(everything_notice())
                self._listen(connection)
            except Exception as exc:  # the server went away or refused: try again later, quietly
                _log.debug("change listener: %r", exc, exc_info=True)
            finally:
                self.listening.clear()
                if connection is not None:
                    _close_quietly(connection)
            if self._stop.wait(pause):
                break
            pause = min(pause * 2, RETRY_MAX_S)

    def _listen(self, connection: Any) -> None:
        while not self._stop.is_set():
            for message in connection.notifies(timeout=POLL_S):
                notice = read_notice(message.payload)
                if notice is not None and notice.origin != self._ignore:
                    self._on_notice(notice)
                if self._stop.is_set():
                    return
            if connection.closed or connection.broken:
                raise ConnectionError("the connection to the server was lost")


def _close_quietly(connection: Any) -> None:
    try:
        connection.close()
    except Exception as exc:  # already broken
        _log.debug("change listener close: %s", exc)


def listening_connection(engine: Engine) -> Any:
    """A psycopg connection for a listener, opened through the library's engine (so with the password the engine
    found: typed, .pgpass or keyring), taken out of its pool for good, in autocommit."""
    proxied = engine.raw_connection()
    connection = proxied.driver_connection
    proxied.detach()  # ours alone: closed by the listener, never returned to the pool (nor closed when collected)
    if connection is None:
        raise ConnectionError("the engine gave no connection")
    connection.rollback()  # the pool's ping may have opened a transaction
    connection.autocommit = True
    return connection
