"""Small pictures of the cards for the card wall: made once per image and size, kept on disk, loaded off the GUI
thread, only for the tiles in view. The contact pane loads its pictures through `load_thumbnail_of` (its top's and
its timeline's, each at its own box), the same cache.

`load_thumbnail` (any thread) reads the cached file (`ImageStore.thumbnail_path`: by the image's hash and the
box's size) or makes it: `QImageReader.setScaledSize` lets the JPEG decoder scale while it decodes, so a
12-megapixel photo is never decoded whole, and the small copy is written to a temporary file then renamed, so two
threads or a crash never leave half a thumbnail. A cached file that no longer decodes is made again.

`Thumbnails` (GUI thread) is what the wall's delegate asks when it paints a tile: the thumbnail as a QPixmap, or
None while it is on its way. It first reads which image stands for each contact (`card_faces`, a page of ids at
a time, like the contact list's rows), then asks for the pictures of the tiles in view, the newest first, with
at most LOADS_IN_FLIGHT decodes at once; a request whose tile has scrolled out of view before its turn is
dropped. Pixmaps are kept in a bounded cache by image hash (the same photo is decoded once for two contacts).
A picture that cannot be decoded (a corrupt or missing file) is remembered as such: its tile shows the
placeholder and it is not asked for again until the library changes.
"""

from __future__ import annotations

import os
import tempfile
from collections import OrderedDict
from collections.abc import Callable, Iterable
from pathlib import Path

from PySide6.QtCore import QObject, QSize, Qt, Signal
from PySide6.QtGui import QImage, QImageReader, QPixmap

from cardbook.storage.contacts.card_faces import CardFace, card_faces
from cardbook.storage.contacts.images import ImageStore
from cardbook.storage.library import Library
from cardbook.ui.common.runner import TaskRunner

PAGE_SIZE = 100  # faces read per query
LOADS_IN_FLIGHT = 2  # decodes at once: the machine's cores, and the list's own thread stays free
MAX_PIXMAPS = 600  # about 60 MB at 200 × 130 px: several screens of tiles, scrolled back to without a decode
MAX_FACES = 50_000  # contacts whose face is remembered (forgotten all at once beyond: read again on demand)
JPEG_QUALITY = 85


def load_thumbnail(images: ImageStore, face: CardFace, box: QSize) -> QImage | None:
    """The image scaled to fit in `box` (never enlarged), from the disk cache or made and cached now; None when
    the image cannot be read. Runs on any thread."""
    cached = images.thumbnail_path(face.sha256, box.width(), box.height())
    if cached.is_file():
        image = QImage(str(cached))
        if not image.isNull():
            return image
    reader = QImageReader(str(images.path_for(face.sha256, face.extension)))
    reader.setAutoTransform(True)  # a photo's EXIF orientation, as the reader and the pane show it
    size = reader.size()
    if not size.isValid() or size.isEmpty():
        return None
    if size.width() > box.width() or size.height() > box.height():
        reader.setScaledSize(size.scaled(box, Qt.AspectRatioMode.KeepAspectRatio))
    image = reader.read()
    if image.isNull():
        return None
    if image.width() > box.width() or image.height() > box.height():  # turned by its EXIF orientation
        image = image.scaled(box, Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation)
    _save(image, cached)
    return image


def load_thumbnail_of(images: ImageStore, path: Path, box: QSize) -> QImage | None:
    """`load_thumbnail` for an image file of the store (a card's path, as `cards.cards_of` gives it): the store
    names each file by its content hash (`ImageStore.path_for`), which is the cache's key. Runs on any thread."""
    face = CardFace(path.stem, path.suffix.lstrip("."))
    if images.local_path(face.sha256, face.extension) != path:
        raise ValueError(f"not an image of the library: {path}")  # no cache key: never cached under a wrong one
    return load_thumbnail(images, face, box)


def _save(image: QImage, path: Path) -> None:
    """Write the thumbnail through a temporary file and a rename; a cache that cannot be written (a full disk, a
    read-only library) only costs a decode next time."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".tmp-", suffix=".jpg")
        os.close(fd)
    except OSError:
        return
    try:
        if image.save(tmp, "JPG", JPEG_QUALITY):  # type: ignore[call-overload]  # PySide6 takes a str here
            os.replace(tmp, path)
    except OSError:
        pass
    finally:
        Path(tmp).unlink(missing_ok=True)


_FAILED = object()  # a face whose picture could not be decoded


class Thumbnails(QObject):
    """See the module's docstring. `visible(contact_id)` says whether the contact's tile is in view now."""

    ready = Signal()  # faces or pictures arrived: the wall repaints what it shows

    def __init__(self, library: Library, box: QSize, ratio: float = 1.0, parent: QObject | None = None) -> None:
        """`box`: the pictures' size in device pixels; `ratio`: device pixels per logical pixel (2 on a high-density
        screen), given to each pixmap so that it is painted at the box's logical size, sharp."""
        super().__init__(parent)
        self._library = library
        self.box = box
        self.ratio = ratio
        self.visible: Callable[[int], bool] = lambda _contact_id: True
        self._faces: dict[int, CardFace | None] = {}  # by contact id; None: the contact has no card image
        self._stale_faces = False  # the library changed: faces shown are read again (kept meanwhile)
        self._fresh: set[int] = set()  # contacts whose face was read since the last change
        self._asking: set[int] = set()  # contacts whose face is on its way
        self._pixmaps: OrderedDict[str, QPixmap | object] = OrderedDict()  # by sha256; _FAILED: undecodable
        self._wanted: OrderedDict[str, tuple[int, CardFace]] = OrderedDict()  # waiting for a decode, oldest first
        self._loading: set[str] = set()
        self._generation = 0
        self._faces_runner = TaskRunner(self, threads=1)
        self._pictures_runner = TaskRunner(self, threads=LOADS_IN_FLIGHT)
        self.decoded = 0  # pictures loaded (from the cache or the image): the tests and the benchmark watch it

    # ---- what the wall asks ------------------------------------------------------------------------------

    def has_face(self, contact_id: int) -> bool | None:
        """Whether the contact has a card image (None: not known yet)."""
        if contact_id not in self._faces:
            return None
        return self._faces[contact_id] is not None

    def pixmap(self, contact_id: int) -> QPixmap | None:
        """The contact's thumbnail, or None (no image, not decodable, or on its way: asked for now)."""
        face = self._faces.get(contact_id)
        if face is None:
            return None
        found = self._pixmaps.get(face.sha256)
        if isinstance(found, QPixmap):
            self._pixmaps.move_to_end(face.sha256)
            return found
        if found is None:
            self._want(contact_id, face)
        return None

    def failed(self, contact_id: int) -> bool:
        face = self._faces.get(contact_id)
        return face is not None and self._pixmaps.get(face.sha256) is _FAILED

    def ask_faces(self, ids: Iterable[int]) -> None:
        """Read the faces of these contacts (the rows about to be painted) unless known, in pages."""
        missing = [i for i in dict.fromkeys(ids) if i not in self._fresh and i not in self._asking]
        for start in range(0, len(missing), PAGE_SIZE):
            page = tuple(missing[start : start + PAGE_SIZE])
            self._asking.update(page)
            self._read_faces(page)

    def _read_faces(self, page: tuple[int, ...]) -> None:
        library, generation = self._library, self._generation
        self._faces_runner.run(
            ("faces", page),
            lambda: card_faces(library, list(page)),
            lambda found, error: self._faces_arrived(generation, page, found, error),
            self,
        )

    def library_changed(self) -> None:
        """Faces may have changed (an import, a merge, a reread): they are read again when next painted, the old
        ones shown meanwhile. Pictures are by content hash: a known one is never stale, but one that failed is
        tried again (the file may have been restored)."""
        self._generation += 1
        self._fresh.clear()
        self._asking.clear()
        for sha in [sha for sha, pixmap in self._pixmaps.items() if pixmap is _FAILED]:
            del self._pixmaps[sha]

    @property
    def busy(self) -> bool:
        """Whether faces or pictures are on their way."""
        return bool(self._asking or self._loading)

    def drop_hidden(self) -> None:
        """Forget the requests of tiles scrolled out of view (called as the wall scrolls)."""
        for sha, (contact_id, _face) in list(self._wanted.items()):
            if not self.visible(contact_id):
                del self._wanted[sha]

    # ---- behind ------------------------------------------------------------------------------------------

    def _faces_arrived(
        self, generation: int, page: tuple[int, ...], found: dict[int, CardFace] | None, error: BaseException | None
    ) -> None:
        if generation != self._generation:
            return
        self._asking.difference_update(page)
        if error is not None or found is None:  # the library went away: placeholders, asked again when painted
            self.ready.emit()
            return
        if len(self._faces) > MAX_FACES:
            self._faces.clear()
            self._fresh.clear()
        for contact_id in page:
            self._faces[contact_id] = found.get(contact_id)
            self._fresh.add(contact_id)
        self.ready.emit()

    def _want(self, contact_id: int, face: CardFace) -> None:
        if face.sha256 in self._loading:
            return
        self._wanted[face.sha256] = (contact_id, face)
        self._wanted.move_to_end(face.sha256)  # painted last: in view now, loaded first
        self._next()

    def _next(self) -> None:
        while self._wanted and len(self._loading) < LOADS_IN_FLIGHT:
            sha, (contact_id, face) = self._wanted.popitem(last=True)
            if not self.visible(contact_id):
                continue  # scrolled past before its turn
            self._loading.add(sha)
            self._load(sha, face)

    def _load(self, sha: str, face: CardFace) -> None:
        images, box = self._library.images, QSize(self.box)
        self._pictures_runner.run(
            ("picture", sha),
            lambda: load_thumbnail(images, face, box),
            lambda image, error: self._picture_arrived(sha, image, error),
            self,
        )

    def _picture_arrived(self, sha: str, image: QImage | None, error: BaseException | None) -> None:
        self._loading.discard(sha)
        if error is None and image is not None and not image.isNull():
            pixmap = QPixmap.fromImage(image)  # on the GUI thread: no QPixmap is made off it
            pixmap.setDevicePixelRatio(self.ratio)
            self._pixmaps[sha] = pixmap
            self.decoded += 1
        else:
            self._pixmaps[sha] = _FAILED
        self._pixmaps.move_to_end(sha)
        while len(self._pixmaps) > MAX_PIXMAPS:
            self._pixmaps.popitem(last=False)
        self.ready.emit()
        self._next()
