"""A corpus of hostile input files, made on the spot (nothing is committed): images, vCards, CSV files and special
files, as a careless or malicious user would hand them to `cardbook scan --import` or `cardbook import`.

    python -m tests.app.hostile_corpus DIR      makes the corpus in DIR, runs it, prints one line per file and
                                                the totals (tried / crashed / hung / peak memory)

`tests/app/test_hostile_inputs.py` runs the same corpus in the suite. Each file is small to write: the large
ones are large only where it matters (a header's declared size, a zlib stream of zeros).
"""

from __future__ import annotations

import io
import os
import random
import struct
import sys
import zlib
from pathlib import Path

from PIL import Image, ImageDraw

IMAGES = "images"
CONTACTS = "contacts"


def _chunk(kind: bytes, data: bytes) -> bytes:
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)


def _png(width: int, height: int, colour_type: int, rows: int | None = None, level: int = 9) -> bytes:
    """A PNG of `width`×`height` zero pixels, compressed row by row (never the whole image in memory);
    `rows` stops the data early (a truncated stream)."""
    bands = {0: 1, 2: 3}[colour_type]
    header = struct.pack(">IIBBBBB", width, height, 8, colour_type, 0, 0, 0)
    compressor = zlib.compressobj(level)
    row = b"\x00" * (1 + width * bands)
    parts = [compressor.compress(row) for _ in range(height if rows is None else rows)]
    parts.append(compressor.flush())
    return b"\x89PNG\r\n\x1a\n" + _chunk(b"IHDR", header) + _chunk(b"IDAT", b"".join(parts)) + _chunk(b"IEND", b"")


def _tiff_header_only(width: int, height: int) -> bytes:
    """A little-endian TIFF whose one IFD declares `width`×`height` RGB pixels and holds 8 bytes of them."""
    tags = [(256, 4, width), (257, 4, height), (258, 3, 8), (259, 3, 1), (262, 3, 2), (273, 4, 8 + 2 + 12 * 9 + 4),
            (277, 3, 3), (278, 4, height), (279, 4, 8)]  # fmt: skip
    ifd = struct.pack("<H", len(tags)) + b"".join(
        struct.pack("<HHII", tag, kind, 1, value) for tag, kind, value in tags
    )
    return b"II*\x00" + struct.pack("<I", 8) + ifd + struct.pack("<I", 0) + b"\x00" * 8


def _card_photo() -> Image.Image:
    image = Image.new("RGB", (900, 520), (250, 250, 246))
    draw = ImageDraw.Draw(image)
    for top, text in ((80, "Camille Rousseau"), (150, "Directrice commerciale"), (300, "camille@exemple.fr")):
        draw.text((60, top), text, fill=(20, 20, 30))
    return image


def _encoded(image: Image.Image, kind: str, **options: object) -> bytes:
    out = io.BytesIO()
    image.save(out, kind, **options)
    return out.getvalue()


def make_images(folder: Path) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    rng = random.Random(15)
    jpeg = _encoded(_card_photo(), "JPEG", quality=85)
    png = _encoded(_card_photo(), "PNG")
    pages = [_card_photo(), Image.new("L", (400, 300), 255), Image.new("RGB", (300, 200), (0, 0, 0))]
    multipage = io.BytesIO()
    pages[0].save(multipage, "TIFF", save_all=True, append_images=pages[1:])
    files: dict[str, bytes] = {
        "truncated.jpg": jpeg[: len(jpeg) // 2],
        "truncated.png": png[: len(png) // 2],
        "cut-stream.png": _png(4000, 3000, 2, rows=100, level=1)[:-12],  # IDAT ends mid-image, no IEND
        "declared-huge.png": _png(100_000, 100_000, 0, rows=1),
        "bomb.png": _png(20_000, 20_000, 0, level=1),  # 400 MB of pixels in under 2 MB
        "eighty-megapixels.png": _png(10_000, 8_000, 2, level=1),  # the largest allowed: read within budget
        "multipage.tif": multipage.getvalue(),
        "declared-huge.tif": _tiff_header_only(200_000, 200_000),
        "invoice.jpg": b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n%%EOF\n",
        "empty.jpg": b"",
        "noise.jpg": rng.randbytes(64 * 1024),
        "noise-after-jpeg-marker.jpg": b"\xff\xd8\xff\xe0" + rng.randbytes(64 * 1024),
        "IMG_0001.HEIC": b"\x00\x00\x00\x18ftypheic\x00\x00\x00\x00mif1heic" + rng.randbytes(32 * 1024),
        "not-a-heic.heic": rng.randbytes(4096),
    }
    paths = []
    for name, data in files.items():
        path = folder / name
        path.write_bytes(data)
        paths.append(path)
    return paths + special_files(folder, ".jpg")


def special_files(folder: Path, suffix: str) -> list[Path]:
    """A named pipe, links to endless devices, and a folder, each named like the files asked for."""
    fifo = folder / f"pipe{suffix}"
    os.mkfifo(fifo)
    zero = folder / f"zero{suffix}"
    zero.symlink_to("/dev/zero")
    noise = folder / f"urandom{suffix}"
    noise.symlink_to("/dev/urandom")
    directory = folder / f"folder{suffix}"
    directory.mkdir()
    return [fifo, zero, noise, directory]


def _vcard(*lines: str) -> str:
    return "".join(f"{line}\r\n" for line in ("BEGIN:VCARD", "VERSION:3.0", *lines, "END:VCARD"))


def make_contact_files(folder: Path) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    rng = random.Random(15)
    header = "Prénom,Nom,E-mail,Téléphone,Société\n"
    rows = [f"Léa{i},Moreau{i},lea{i}@exemple.fr,06 12 34 56 {i % 100:02d},Atelier {i}\n" for i in range(500)]
    stray = list(rows)
    stray[10] = 'Paul,"Durand,paul@exemple.fr,06 00 00 00 00,Durand SA\n'
    mixed = [header.encode()] + [r.replace("Léa", "Zoé").encode("latin-1" if i % 3 else "utf-8") for i, r in
                                 enumerate(rows[:300])]  # fmt: skip
    files: dict[str, bytes] = {
        "nested.vcf": ("BEGIN:VCARD\r\n" * 20_000 + "FN:Jean Dupont\r\n" + "END:VCARD\r\n" * 20_000).encode(),
        "one-megabyte-line.vcf": _vcard("FN:" + "Dupont " * 150_000, "EMAIL:jean@exemple.fr").encode(),
        "unknown-charset.vcf": _vcard("FN;CHARSET=X-NOTHING:Jean", "NOTE;CHARSET=UTF-8:caf\xe9").encode("latin-1"),
        "invalid-utf8.vcf": _vcard("FN:Jean \xff\xfe Dupont").encode("latin-1") + rng.randbytes(2048),
        "utf16-no-bom.vcf": _vcard("FN:Zoé Lefèvre", "EMAIL:zoe@exemple.fr").encode("utf-16-le"),
        "quoted-printable-garbage.vcf": (
            "BEGIN:VCARD\r\nVERSION:2.1\r\nFN;ENCODING=QUOTED-PRINTABLE:=ZZ=4=G0=\r\n=\r\n=\r\n"
            "NOTE;ENCODING=QUOTED-PRINTABLE:" + "=" * 100_000 + "\r\n"
            "N;ENCODING=QUOTED-PRINTABLE;CHARSET=UTF-8:=C3=\r\n=A9;=FF=FE\r\nEND:VCARD\r\n"
        ).encode(),
        "ten-thousand-properties.vcf": _vcard(
            "FN:Jean Dupont", *(f"{('EMAIL', 'TEL', 'X-CUSTOM', 'URL')[i % 4]}:v{i}@exemple.fr" for i in range(10_000))
        ).encode(),
        "photo-garbage.vcf": _vcard("FN:Jean", "PHOTO;ENCODING=b;TYPE=JPEG:" + "@!" * 500_000).encode(),
        "no-end.vcf": ("BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Jean\r\n" + "NOTE:x\r\n" * 50_000).encode(),
        "unbalanced-quote.csv": (header + "".join(stray)).encode(),
        "mixed-encodings.csv": b"".join(mixed),
        "nul-bytes.csv": (header + "".join(rows[:50])).encode().replace(b"@", b"\x00@", 20),
        # Past the 64 KB the binary check looks at: NUL bytes inside rows, to be dropped, not stored.
        "nul-after-start.csv": (header + "".join(rows) + " " * 70_000).encode() + b"\x00" * 70_000 + rows[0].encode(),
        "one-megabyte-cell.csv": (header + "Léa,Moreau,lea@exemple.fr,," + "x" * 1_048_576 + "\n").encode(),
        "ten-thousand-columns.csv": (
            ",".join(f"c{i}" for i in range(10_000)) + ",E-mail\n" + "," * 10_000 + "lea@exemple.fr\n"
        ).encode(),
        "only-quotes.csv": b'"' * 200_000,
        "binary.csv": rng.randbytes(64 * 1024),
        "empty.vcf": b"",
    }
    paths = []
    for name, data in files.items():
        path = folder / name
        path.write_bytes(data)
        paths.append(path)
    paths.append(_library_file_with_long_lists(folder / "ten-thousand-emails.cardbook"))
    return paths + special_files(folder, ".vcf") + special_files(folder, ".csv")


def _library_file_with_long_lists(path: Path) -> Path:
    """A hand-made library file giving one contact 10,000 e-mails and 2,000 tags (each list stored whole before
    storage/upkeep/transfer_lists.py capped them)."""
    from cardbook.interop.library_file import FORMAT_VERSION, LibraryWriter, Manifest

    tables: dict[str, list[dict[str, object]]] = {
        "contacts": [{"id": 1, "full_name": "Jean Dupont"}],
        "contact_emails": [
            {"id": i, "contact_id": 1, "position": i, "value": f"j{i}@exemple.fr", "normalized": f"j{i}@exemple.fr"}
            for i in range(10_000)
        ],
        "tags": [{"id": i, "name": f"étiquette {i}"} for i in range(2_000)],
        "contact_tags": [{"contact_id": 1, "tag_id": i} for i in range(2_000)],
    }
    with open(path, "wb") as handle:
        writer = LibraryWriter(handle)
        for name, rows in tables.items():
            with writer.table(name) as out:
                for row in rows:
                    out.write(row)
        writer.finish(Manifest(FORMAT_VERSION, {name: len(rows) for name, rows in tables.items()}))
    return path


def make_corpus(folder: Path) -> dict[str, list[Path]]:
    return {IMAGES: make_images(folder / IMAGES), CONTACTS: make_contact_files(folder / CONTACTS)}


def main(argv: list[str]) -> int:
    from tests.app.hostile_runner import BUDGETS, run_corpus

    folder = Path(argv[0])
    corpus = make_corpus(folder)
    totals = {"tried": 0, "crashed": 0, "hung": 0, "over memory": 0}
    peak = 0.0
    for kind, paths in corpus.items():
        for report in run_corpus(kind, paths, folder / f"library-{kind}"):
            totals["tried"] += 1
            totals["crashed"] += bool(report.crashed)
            totals["hung"] += report.hung
            totals["over memory"] += report.peak_mb > BUDGETS[kind].megabytes
            peak = max(peak, report.peak_mb)
            print(f"{kind:8} {report.name:32} {report.seconds:6.2f} s {report.peak_mb:6.0f} MB  {report.summary}")
    print(", ".join(f"{what}: {count}" for what, count in totals.items()) + f"; peak memory {peak:.0f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
