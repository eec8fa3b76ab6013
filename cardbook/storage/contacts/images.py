"""The library's image store: files named by the SHA-256 of their content, so a photo is stored once.

Small copies of them for the window's card wall live beside it in `<library>/cache/thumbnails/WxH/ab/<sha>.jpg`,
named by the same hash and the box they fit in. A cache file can be deleted at any time (it is made again from
the image); removing an image removes its thumbnails too, so an erased person leaves no picture behind.
"""

from __future__ import annotations

import hashlib
import os
import tempfile
from pathlib import Path

THUMBNAILS = Path("cache") / "thumbnails"  # under the library's folder, beside images/


class ImageStore:
    def __init__(self, root: Path) -> None:
        self.root = root
        self.thumbnails_root = root.parent / THUMBNAILS

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

    def thumbnail_path(self, sha256: str, width: int, height: int) -> Path:
        """Where the image's small copy that fits in width × height pixels is cached (it may not exist yet)."""
        return self.thumbnails_root / f"{width}x{height}" / sha256[:2] / f"{sha256}.jpg"

    def remove(self, sha256: str, extension: str) -> None:
        self.path_for(sha256, extension).unlink(missing_ok=True)
        self.remove_thumbnails(sha256)

    def remove_thumbnails(self, sha256: str) -> None:
        """Every cached small copy of the image, whatever its size."""
        if not self.thumbnails_root.is_dir():
            return
        for size in self.thumbnails_root.iterdir():
            (size / sha256[:2] / f"{sha256}.jpg").unlink(missing_ok=True)

    def exists(self, sha256: str, extension: str) -> bool:
        return self.path_for(sha256, extension).is_file()
