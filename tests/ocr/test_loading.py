"""Loading photos: every supported format, EXIF orientation once, and clear errors for hostile files."""

from __future__ import annotations

import struct
import zlib
from pathlib import Path

import numpy as np
import pillow_heif
import pytest
from PIL import Image

from cardbook.ocr.loading import ImageLoadError, LoadLimits, load_image


def landscape(width: int = 300, height: int = 200) -> Image.Image:
    """A picture whose orientation can be checked: red on the left half, blue on the right."""
    image = Image.new("RGB", (width, height), (0, 0, 255))
    image.paste((255, 0, 0), (0, 0, width // 2, height))
    return image


@pytest.mark.parametrize("suffix", [".jpg", ".png", ".webp", ".tif"])
def test_common_formats_load_as_bgr(tmp_path: Path, suffix: str) -> None:
    path = tmp_path / f"card{suffix}"
    landscape().save(path)
    loaded = load_image(path)
    assert loaded.pixels.shape == (200, 300, 3)
    assert loaded.pixels.dtype == np.uint8
    left, right = loaded.pixels[100, 20], loaded.pixels[100, 280]
    assert left[2] > 200 and left[0] < 60  # red, in BGR order
    assert right[0] > 200 and right[2] < 60


def test_heic_from_an_iphone_loads(tmp_path: Path) -> None:
    path = tmp_path / "IMG_0001.HEIC"
    pillow_heif.from_pillow(landscape()).save(str(path), quality=90)
    loaded = load_image(path)
    assert loaded.format == "HEIC"
    assert loaded.pixels.shape == (200, 300, 3)


def test_exif_orientation_is_applied_exactly_once(tmp_path: Path) -> None:
    path = tmp_path / "rotated.jpg"
    exif = Image.Exif()
    exif[0x0112] = 6  # "rotate 90° clockwise to display"
    landscape().save(path, exif=exif.tobytes())
    pixels = load_image(path).pixels
    assert pixels.shape == (300, 200, 3)  # now portrait
    top, bottom = pixels[20, 100], pixels[280, 100]
    assert top[2] > 200 and bottom[0] > 200  # the red (left) half went to the top: turned once, clockwise


def test_transparency_becomes_white_paper(tmp_path: Path) -> None:
    path = tmp_path / "logo.png"
    Image.new("RGBA", (40, 30), (0, 0, 0, 0)).save(path)
    assert load_image(path).pixels.min() == 255


def test_sixteen_bit_grey_png(tmp_path: Path) -> None:
    path = tmp_path / "scan16.png"
    array = np.linspace(0, 65535, 120 * 80, dtype=np.uint16).reshape(80, 120)
    Image.fromarray(array).save(path)
    pixels = load_image(path).pixels
    assert pixels.shape == (80, 120, 3) and pixels.max() >= 250 and pixels.min() <= 5


def test_huge_photos_are_downscaled_early(tmp_path: Path) -> None:
    path = tmp_path / "big.jpg"
    landscape(4000, 3000).save(path, quality=80)
    loaded = load_image(path, LoadLimits(max_side=1600))
    assert max(loaded.pixels.shape[:2]) <= 1600
    assert loaded.original_width == 4000 and loaded.original_height == 3000
    assert loaded.scale == pytest.approx(loaded.pixels.shape[1] / 4000)


def _png_header_only(width: int, height: int) -> bytes:
    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(b"\x00" * 64))


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("empty.jpg", b"", "empty file"),
        ("notes.jpg", "Jean Dupont, rencontré au salon\n".encode(), "not an image (looks like text)"),
        (
            "invoice.jpg",
            b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n",
            "not an image (looks like a PDF)",
        ),
        (
            "archive.png",
            b"PK\x03\x04" + bytes(100),
            "not an image (looks like a ZIP archive or office document)",
        ),
        ("bomb.png", _png_header_only(20000, 20000), "image too large (20000×20000 px)"),
        ("noise.jpg", bytes(range(256)) * 4, "not an image (unknown file format)"),
    ],
)
def test_hostile_files_give_one_clear_line(tmp_path: Path, name: str, content: bytes, message: str) -> None:
    path = tmp_path / name
    path.write_bytes(content)
    with pytest.raises(ImageLoadError) as caught:
        load_image(path)
    assert str(caught.value) == message
    assert "\n" not in str(caught.value)


def test_truncated_jpeg(tmp_path: Path) -> None:
    whole = tmp_path / "whole.jpg"
    landscape(800, 600).save(whole, quality=90)
    cut = tmp_path / "cut.jpg"
    cut.write_bytes(whole.read_bytes()[: whole.stat().st_size // 3])
    with pytest.raises(ImageLoadError, match=r"^truncated or corrupt JPEG$"):
        load_image(cut)


def test_missing_file_folder_and_size_cap(tmp_path: Path) -> None:
    with pytest.raises(ImageLoadError, match=r"^no such file$"):
        load_image(tmp_path / "absent.jpg")
    with pytest.raises(ImageLoadError, match="folder"):
        load_image(tmp_path)
    path = tmp_path / "photo.jpg"
    landscape().save(path)
    with pytest.raises(ImageLoadError, match=r"^file too large"):
        load_image(path, LoadLimits(max_bytes=100))
    with pytest.raises(ImageLoadError, match=r"^image too large \(300×200 px\)$"):
        load_image(path, LoadLimits(max_pixels=10_000))


def _save(image: Image.Image, path: Path) -> None:
    if path.suffix == ".heic":
        pillow_heif.from_pillow(image).save(str(path), quality=90)
    else:
        image.save(path)


@pytest.mark.parametrize(
    ("suffix", "mode"),
    [(s, m) for s in (".png", ".tif", ".webp") for m in ("RGB", "RGBA", "P", "L")]
    + [(".heic", "RGB"), (".heic", "RGBA")],
)
def test_far_larger_images_are_decoded_reduced_with_colours_kept(tmp_path: Path, suffix: str, mode: str) -> None:
    """The reduced decoding (issue 15) on a small scale: max_side 100 makes a 640 px image 6 times too large,
    the same code path as an 80-megapixel scan against the default 3200."""
    image = landscape(640, 400).convert(mode)
    path = tmp_path / f"scan{suffix}"
    _save(image, path)
    loaded = load_image(path, LoadLimits(max_side=100))
    assert max(loaded.pixels.shape[:2]) == 100
    assert (loaded.original_width, loaded.original_height) == (640, 400)
    assert loaded.scale == pytest.approx(100 / 640)
    left, right = loaded.pixels[30, 10].astype(int), loaded.pixels[30, 90].astype(int)
    if mode == "L":
        assert abs(int(left[0]) - int(right[0])) > 20  # the two halves stay apart in grey
    else:
        assert left[2] > 200 and left[0] < 60
        assert right[0] > 200 and right[2] < 60


def test_transparent_areas_stay_white_when_reduced(tmp_path: Path) -> None:
    image = Image.new("RGBA", (640, 400), (0, 0, 0, 0))
    image.paste((0, 0, 0, 255), (0, 0, 320, 400))  # black ink on the left, nothing on the right
    path = tmp_path / "ink.png"
    image.save(path)
    pixels = load_image(path, LoadLimits(max_side=100)).pixels
    assert pixels[30, 10].max() < 40 and pixels[30, 90].min() > 215


def test_sixteen_bit_scan_is_reduced(tmp_path: Path) -> None:
    path = tmp_path / "scan16.png"
    array = np.linspace(0, 65535, 400 * 640, dtype=np.uint16).reshape(400, 640)
    Image.fromarray(array).save(path)
    pixels = load_image(path, LoadLimits(max_side=100)).pixels
    assert max(pixels.shape[:2]) == 100 and pixels.max() >= 240 and pixels.min() <= 15


@pytest.mark.parametrize("suffix", [".png", ".tif", ".webp"])
@pytest.mark.parametrize("orientation", [6, 8, 3])
def test_orientation_applied_once_when_reduced(tmp_path: Path, suffix: str, orientation: int) -> None:
    """The reduced path orients the small image itself; a file turned by its EXIF comes out upright."""
    upright = landscape(640, 400)
    turn = {6: Image.Transpose.ROTATE_90, 8: Image.Transpose.ROTATE_270, 3: Image.Transpose.ROTATE_180}
    stored = upright.transpose(turn[orientation])  # what the camera wrote; the EXIF says how to turn it back
    exif = Image.Exif()
    exif[0x0112] = orientation
    path = tmp_path / f"turned{suffix}"
    stored.save(path, exif=exif)
    loaded = load_image(path, LoadLimits(max_side=100))
    assert loaded.pixels.shape[1] == 100 and loaded.pixels.shape[0] in (62, 63)  # landscape again
    left, right = loaded.pixels[30, 10], loaded.pixels[30, 90]
    assert left[2] > 200 and left[0] < 60
    assert right[0] > 200 and right[2] < 60
