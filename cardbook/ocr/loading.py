"""Load any photo or scan the user drops (JPEG, PNG, WebP, TIFF, HEIC) into one BGR array, safely.

Everything goes through Pillow (+ pillow-heif) so that EXIF orientation is applied exactly once:
``cv2.imread`` would rotate again on its own. Sizes are checked from the header before the pixels are
decoded, so a hostile or absurd file costs nothing, and every failure becomes an ``ImageLoadError``
whose message is one human-readable line.

An image far larger than reading needs (an 80-megapixel scan) is decoded at reduced size where the format
allows it and shrunk by a whole factor the moment it is decoded otherwise, so that only one full-size buffer
ever exists (issue 15: an 80 MP PNG peaked at 1.1 GB, a WebP at 1.7 GB, through the copies made by orienting,
converting and resizing at full size). `python -m cardbook.ocr.benchmark --decoding` measures it.
"""

from __future__ import annotations

import os
import stat
import threading
import warnings
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import cv2
import numpy as np
import pillow_heif
from PIL import Image, UnidentifiedImageError

from cardbook.ocr.types import BgrImage

pillow_heif.register_heif_opener()

DEFAULT_MAX_PIXELS = 80_000_000
# Pillow warns above MAX_IMAGE_PIXELS and raises DecompressionBombError above twice that. We check the
# header ourselves first; this is the safety net for formats whose size we could not read up front.
Image.MAX_IMAGE_PIXELS = DEFAULT_MAX_PIXELS


class ImageLoadError(Exception):
    """The file cannot be used as an image; ``str(error)`` is a one-line message for the user."""


@dataclass(frozen=True, slots=True)
class LoadLimits:
    max_bytes: int = 200 * 1024 * 1024
    max_pixels: int = DEFAULT_MAX_PIXELS
    # Longest side kept after loading. A 12 MP phone photo holds a card at far more resolution than OCR
    # needs; a smaller array makes detection and warping cheaper.
    max_side: int = 3200


@dataclass(frozen=True, slots=True)
class LoadedImage:
    """Pixels (BGR, upright) plus how they relate to the file: ``scale`` = loaded size / file size."""

    pixels: BgrImage
    original_width: int
    original_height: int
    scale: float
    format: str


# Signatures of files people drop by mistake, so the message says what the file is instead of "unknown".
_NON_IMAGE_SIGNATURES: tuple[tuple[bytes, str], ...] = (
    (b"%PDF", "a PDF"),
    (b"PK\x03\x04", "a ZIP archive or office document"),
    (b"\x1f\x8b", "a gzip archive"),
    (b"Rar!", "a RAR archive"),
    (b"7z\xbc\xaf", "a 7-Zip archive"),
    (b"\xd0\xcf\x11\xe0", "an old Microsoft Office document"),
    (b"\x7fELF", "a program"),
    (b"MZ", "a Windows program"),
    (b"{\\rtf", "an RTF document"),
    (b"<?xml", "an XML or SVG document"),
    (b"<svg", "an SVG drawing"),
    (b"BEGIN:VCARD", "a vCard"),
)

# The file names a folder is searched for when the user gives a folder (the command line, the window's import,
# the evaluation tools). A file given by name is read whatever its name: `load_image` decides by content.
IMAGE_SUFFIXES = frozenset({".jpg", ".jpeg", ".jpe", ".png", ".webp", ".tif", ".tiff", ".heic", ".heif", ".bmp"})

_FORMAT_NAMES = {"JPEG": "JPEG", "MPO": "JPEG", "PNG": "PNG", "WEBP": "WebP", "TIFF": "TIFF", "HEIF": "HEIC"}


def _describe_non_image(head: bytes) -> str | None:
    for signature, what in _NON_IMAGE_SIGNATURES:
        if head.startswith(signature):
            return what
    stripped = head.lstrip()
    if stripped[:1] == b"<" and b"html" in stripped[:200].lower():
        return "an HTML page"
    if stripped[:5].lower() == b"<svg " or b"<svg" in stripped[:300]:
        return "an SVG drawing"
    try:
        text = head.decode("utf-8")
    except UnicodeDecodeError:
        return None
    printable = sum(ch.isprintable() or ch in "\r\n\t" for ch in text)
    if text and printable / len(text) > 0.95:
        return "text"
    return None


def _guess_format_from_bytes(head: bytes) -> str:
    if head.startswith(b"\xff\xd8"):
        return "JPEG"
    if head.startswith(b"\x89PNG"):
        return "PNG"
    if head[:4] == b"RIFF" and head[8:12] == b"WEBP":
        return "WebP"
    if head[:4] in (b"II*\x00", b"MM\x00*"):
        return "TIFF"
    if head[4:8] == b"ftyp":
        return "HEIC"
    return "image"


def _special_kind(path: Path) -> str:
    try:
        mode = path.stat().st_mode
    except OSError:
        return "not a regular file"
    if stat.S_ISFIFO(mode):
        return "a named pipe"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "a device"
    if stat.S_ISSOCK(mode):
        return "a socket"
    return "not a regular file"


def _check_file(path: Path, limits: LoadLimits) -> bytes:
    try:
        size = path.stat().st_size
    except FileNotFoundError:
        raise ImageLoadError("no such file") from None
    except OSError as error:
        raise ImageLoadError(f"cannot read file ({error.strerror or error})") from None
    if path.is_dir():
        raise ImageLoadError("is a folder, not an image")
    if not path.is_file():
        # A named pipe would block the first read forever, /dev/zero never ends: both report a size of 0.
        raise ImageLoadError(f"not an image file ({_special_kind(path)})")
    if size == 0:
        raise ImageLoadError("empty file")
    if size > limits.max_bytes:
        raise ImageLoadError(f"file too large ({size / 1_048_576:.0f} MB)")
    try:
        with path.open("rb") as handle:
            head = handle.read(512)
    except OSError as error:
        raise ImageLoadError(f"cannot read file ({error.strerror or error})") from None
    what = _describe_non_image(head)
    if what is not None:
        raise ImageLoadError(f"not an image (looks like {what})")
    return head


def _to_rgb(image: Image.Image) -> Image.Image:
    """Any mode (palette, 16-bit, CMYK, with alpha) to 8-bit RGB; transparency becomes white paper."""
    if image.mode in ("RGBA", "LA", "PA") or (image.mode == "P" and "transparency" in image.info):
        rgba = image.convert("RGBA")
        background = Image.new("RGBA", rgba.size, (255, 255, 255, 255))
        return Image.alpha_composite(background, rgba).convert("RGB")
    if image.mode in ("I;16", "I;16B", "I;16L", "I"):
        array = np.asarray(image, dtype=np.float64)
        top = float(array.max()) or 1.0
        return Image.fromarray((array * (255.0 / top)).astype(np.uint8)).convert("RGB")
    if image.mode == "F":
        array = np.clip(np.asarray(image, dtype=np.float64), 0.0, 255.0)
        return Image.fromarray(array.astype(np.uint8)).convert("RGB")
    if image.mode == "RGB":
        return image  # no copy: at this point the image may still be large
    return image.convert("RGB")


# Pillow's own table (ImageOps.exif_transpose), applied here to the image once reduced: exif_transpose would
# copy the full-size image even when there is nothing to turn.
_ORIENTATIONS = {
    2: Image.Transpose.FLIP_LEFT_RIGHT,
    3: Image.Transpose.ROTATE_180,
    4: Image.Transpose.FLIP_TOP_BOTTOM,
    5: Image.Transpose.TRANSPOSE,
    6: Image.Transpose.ROTATE_270,
    7: Image.Transpose.TRANSVERSE,
    8: Image.Transpose.ROTATE_90,
}
_ORIENTATION_TAG = 0x0112


def _orientation(opened: Image.Image, kind: str) -> int:
    """The EXIF (or XMP) orientation of the file; 1 for HEIF, whose decoder applies it itself."""
    if kind == "HEIC":
        return 1
    try:
        value = opened.getexif().get(_ORIENTATION_TAG, 1)
    except Exception:  # a corrupt EXIF block must not cost the photo: it is read as taken
        return 1
    return value if isinstance(value, int) else 1


def _orient(image: Image.Image, orientation: int) -> Image.Image:
    method = _ORIENTATIONS.get(orientation)
    return image if method is None else image.transpose(method)


def _decode(file: Path, opened: Image.Image, kind: str, max_side: int) -> Image.Image:
    """The file's pixels at no less than `max_side` where the image is larger, holding at most one full-size
    buffer on the way: JPEG decodes at 1/2, 1/4 or 1/8 (draft mode); WebP and HEIF decode outside Pillow,
    whose plug-ins copy the full image twice; every other format is reduced by a whole factor as soon as it
    is decoded, before anything else copies it."""
    factor = max(opened.size) // max_side
    if kind == "JPEG":
        # Decode JPEGs directly at a reduced scale (1/2, 1/4, 1/8): much faster and lighter.
        opened.draft("RGB", (max_side, max_side))
    elif factor >= 2 and kind == "WebP":
        return _decode_webp(file, opened.mode, factor)
    elif factor >= 2 and kind == "HEIC":
        return _decode_heif(file, factor)
    opened.load()
    factor = max(opened.size) // max_side
    return _reduce(opened, factor) if factor >= 2 else opened


def _reduce(image: Image.Image, factor: int) -> Image.Image:
    """`image` shrunk `factor` times by averaging whole blocks (cheap, and no aliasing on print)."""
    box = (0, 0, *image.size)
    if image.mode in ("RGBA", "LA", "PA"):
        # Image.reduce would first make a premultiplied copy of the whole image; averaging the bands as they
        # are only tints the edge of transparent areas, which become white paper anyway.
        return image._new(image.im.reduce((factor, factor), box))
    if image.mode.startswith("I;16"):
        array = np.asarray(image)  # 16-bit: no Pillow reducer; OpenCV averages it
        size = (max(1, image.size[0] // factor), max(1, image.size[1] // factor))
        return Image.fromarray(cv2.resize(array, size, interpolation=cv2.INTER_AREA))
    if image.mode == "P":
        image = image.convert("RGBA" if "transparency" in image.info else "RGB")
    elif image.mode == "1":
        image = image.convert("L")
    try:
        return image.reduce(factor)
    except ValueError:  # a mode Pillow cannot reduce (LAB, HSV...): through RGB
        return image.convert("RGB").reduce(factor)


_REDUCED_COLOR = {8: cv2.IMREAD_REDUCED_COLOR_8, 4: cv2.IMREAD_REDUCED_COLOR_4, 2: cv2.IMREAD_REDUCED_COLOR_2}


def _decode_webp(file: Path, mode: str, factor: int) -> Image.Image:
    """OpenCV decodes a WebP (Pillow's decoder holds two full copies): without transparency straight at 1/2,
    1/4 or 1/8 of its size (libwebp scales while decoding), else into one full buffer then shrunk.
    Orientation is left to the caller (read from the header): OpenCV is told to ignore it."""
    data = np.fromfile(file, dtype=np.uint8)
    alpha = mode in ("RGBA", "LA")
    reduced = 1 if alpha else max(r for r in (1, 2, 4, 8) if r <= factor)
    flags = cv2.IMREAD_UNCHANGED if alpha else _REDUCED_COLOR.get(reduced, cv2.IMREAD_COLOR)
    pixels = cv2.imdecode(data, flags | cv2.IMREAD_IGNORE_ORIENTATION)
    del data
    if pixels is None or pixels.ndim != 3:
        raise ImageLoadError("truncated or corrupt WebP")
    rest = factor // reduced  # what is left to shrink by a whole factor (the caller resizes the remainder)
    if rest >= 2:
        size = (max(1, pixels.shape[1] // rest), max(1, pixels.shape[0] // rest))
        pixels = cv2.resize(pixels, size, interpolation=cv2.INTER_AREA)
    if pixels.shape[2] == 4:
        return Image.fromarray(cv2.cvtColor(pixels, cv2.COLOR_BGRA2RGBA))
    return Image.fromarray(cv2.cvtColor(pixels, cv2.COLOR_BGR2RGB))


def _decode_heif(file: Path, factor: int) -> Image.Image:
    """libheif decodes (applying the file's rotation itself) into one buffer, read in place and shrunk."""
    heif = pillow_heif.open_heif(file, convert_hdr_to_8bit=True)
    frame = heif[heif.primary_index] if len(heif) > 1 else heif[0]
    width, height = frame.size
    bands = {"L": 1, "RGB": 3, "RGBA": 4}.get(frame.mode)
    if bands is None:
        raise ImageLoadError(f"unsupported HEIC colour mode ({frame.mode})")
    shape, strides = (
        ((height, width), (frame.stride, 1)) if bands == 1 else ((height, width, bands), (frame.stride, bands, 1))
    )
    view = np.ndarray(shape, np.uint8, buffer=frame.data, strides=strides)
    size = (max(1, width // factor), max(1, height // factor))
    small = cv2.resize(view, size, interpolation=cv2.INTER_AREA)
    del view, frame, heif
    return Image.fromarray(small)


# The photo this thread is decoding: a library's warning about it ("Corrupt EXIF data") names no file, and in a
# batch read on several threads the front end could not say which photo it was about (cli/common.py asks).
_reading = threading.local()


def photo_being_read() -> Path | None:
    """The file this thread is decoding (`load_image`) or reading the header of (`reading_photo`), if any."""
    path: Path | None = getattr(_reading, "path", None)
    return path


@contextmanager
def reading_photo(path: str | os.PathLike[str]) -> Iterator[None]:
    """Within the block, a warning of this thread is about the photo at `path` (`photo_being_read`)."""
    before = photo_being_read()
    _reading.path = Path(path)
    try:
        yield
    finally:
        _reading.path = before


def load_image(path: str | os.PathLike[str], limits: LoadLimits | None = None) -> LoadedImage:
    """Open, size-check, decode, orient (EXIF) and downscale one image file.

    Raises ``ImageLoadError`` with a one-line human message for anything that is not a usable image.
    """
    with reading_photo(path):
        return _load_image(Path(path), limits)


def _load_image(path: Path, limits: LoadLimits | None) -> LoadedImage:
    limits = limits or LoadLimits()
    file = Path(path)
    head = _check_file(file, limits)
    kind = _guess_format_from_bytes(head)
    try:
        with warnings.catch_warnings():
            # Pillow only warns between MAX_IMAGE_PIXELS and twice that; make it an error like above it.
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            with _open_header(file) as opened:
                kind = _FORMAT_NAMES.get(opened.format or "", kind)
                width, height = opened.size
                if width <= 0 or height <= 0:
                    raise ImageLoadError(f"invalid image size ({width}×{height} px)")
                if width * height > limits.max_pixels:
                    raise ImageLoadError(f"image too large ({width}×{height} px)")
                full = _decode(file, opened, kind, limits.max_side)
                # Read after decoding: some decoders (libtiff's) turn the pixels themselves and then say so.
                orientation = _orientation(opened, kind)
                if full is not opened:
                    opened.close()  # the full-size pixels, freed before anything else is allocated
                upright = _orient(full, orientation)
                del full  # the decoded size is no longer needed once oriented (often the same object)
                # Still inside `with`: closing the file also drops pixels not yet copied out of it. OpenCV swaps
                # the channels with the GIL free (NumPy's copy of a reversed view held it about 5 ms a photo).
                rgb = _limit_side(_to_rgb(upright), limits.max_side)
                pixels: BgrImage = cv2.cvtColor(np.asarray(rgb, np.uint8), cv2.COLOR_RGB2BGR)  # type: ignore[assignment]
                loaded_size = rgb.size
    except ImageLoadError:
        raise
    except (Image.DecompressionBombError, Image.DecompressionBombWarning):
        raise ImageLoadError("image too large (decompression bomb)") from None
    except UnidentifiedImageError:
        raise ImageLoadError("not an image (unknown file format)") from None
    except (OSError, SyntaxError, ValueError, EOFError) as error:
        text = str(error).lower()
        if "truncated" in text or isinstance(error, EOFError) or "premature" in text:
            raise ImageLoadError(f"truncated or corrupt {kind}") from None
        raise ImageLoadError(f"corrupt {kind} ({_first_line(error)})") from None
    except MemoryError:
        raise ImageLoadError("not enough memory to open this image") from None
    except Exception as error:  # decoder plug-ins (HEIF) raise their own types on corrupt data
        raise ImageLoadError(f"corrupt {kind} ({_first_line(error)})") from None

    original_w, original_h = _oriented_size(width, height, loaded_size)
    scale = loaded_size[0] / original_w if original_w else 1.0
    return LoadedImage(pixels, original_w, original_h, scale, kind)


_open_lock = threading.Lock()


def _open_header(file: Path) -> Image.Image:
    """``Image.open`` (header only) with Pillow's own bomb check off for that instant, so that our check
    can name the size ("20000×20000 px"); the pixels are decoded later, after our size check."""
    with _open_lock:
        saved = Image.MAX_IMAGE_PIXELS
        Image.MAX_IMAGE_PIXELS = None
        try:
            return Image.open(file)
        finally:
            Image.MAX_IMAGE_PIXELS = saved


def _limit_side(image: Image.Image, max_side: int) -> Image.Image:
    longest = max(image.size)
    if longest <= max_side:
        return image
    factor = max_side / longest
    size = (max(1, round(image.size[0] * factor)), max(1, round(image.size[1] * factor)))
    return image.resize(size, Image.Resampling.LANCZOS, reducing_gap=2.0)


def _oriented_size(width: int, height: int, loaded: tuple[int, int]) -> tuple[int, int]:
    """The file's size in the upright orientation (EXIF may have swapped width and height)."""
    turned = (loaded[1] > loaded[0]) != (height > width)  # portrait as loaded, landscape in the file, or back
    return (height, width) if turned and width != height else (width, height)


def _first_line(error: BaseException) -> str:
    text = str(error).strip().splitlines()
    return text[0][:120] if text else type(error).__name__
