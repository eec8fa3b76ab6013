"""An in-memory keyring backend for the tests: the system's Secret Service needs a desktop session this machine
does not have, and a test must never read or write the user's real keyring. It counts the lookups, so a test can
check that a server needing no password never wakes the keyring (docs/TEAM_LIBRARY.md, "The password")."""

from __future__ import annotations

from keyring.backend import KeyringBackend


class MemoryKeyring(KeyringBackend):
    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.entries: dict[tuple[str, str], str] = {}
        self.asked = 0

    def get_password(self, service: str, username: str) -> str | None:
        self.asked += 1
        return self.entries.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.entries[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self.entries.pop((service, username), None)
