"""The library's image store: files named by the SHA-256 of their content, so a photo is stored once."""

from __future__ import annotations

import hashlib
import os
import tempfile
from pathlib import Path


class ImageStore:
    def __init__(self, root: Path) -> None:
        self.root = root

    def path_for(self, sha256: str, extension: str) -> Path:
        return self.root / sha256[:2] / f"{sha256}.{extension.lstrip('.').lower()}"

    def put(self, data: bytes, extension: str) -> tuple[str, Path]:
        """Store bytes once; returns (sha256, path). Written to a temporary file then renamed: never half a file."""
        sha = hashlib.sha256(data).hexdigest()
        path = self.path_for(sha, extension)
        if path.exists() and path.stat().st_size == len(data):
            return sha, path
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".tmp-")
        try:
            with os.fdopen(fd, "wb") as handle:
                handle.write(data)
                handle.flush()
                os.fsync(handle.fileno())
            os.replace(tmp, path)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise
        return sha, path

    def remove(self, sha256: str, extension: str) -> None:
        self.path_for(sha256, extension).unlink(missing_ok=True)

    def exists(self, sha256: str, extension: str) -> bool:
        return self.path_for(sha256, extension).is_file()
