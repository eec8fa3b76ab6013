"""Synthetic business cards for the OCR tests: rendered with Pillow (DejaVu fonts), then "photographed"
with OpenCV (perspective onto a textured desk, quarter turns, blur, shadow, JPEG).

DejaVu is the default face of every line, so the existing sets render the same on every machine. A line may
name any other font file by its absolute path; ``palette()`` finds the typefaces fontconfig knows on this
machine, grouped by look (``LOOKS``), for sets that want real cards' variety of type (``typeface_set``). A
line's ``tracking`` spreads its letters apart as letter-spaced capitals are printed.

The project never ships real people's cards; these images are made fresh by every test run.
"""

from __future__ import annotations

import functools
import os
import subprocess
from dataclasses import dataclass, field

import cv2
import numpy as np
import segno
from PIL import Image, ImageDraw, ImageFont

FONT_DIR = "/usr/share/fonts/truetype/dejavu/"
CARD_SIZE = (1050, 650)  # 85 × 55 mm at ~314 dpi


@dataclass(frozen=True)
class Text:
    text: str
    size: int = 34
    font: str = "DejaVuSans.ttf"
    color: tuple[int, int, int] = (20, 20, 20)
    x: int | None = None  # left edge; None: the card's margin
    y: int | None = None  # top edge; None: below the previous line (a placed line does not move the flow)
    vertical: bool = False  # written bottom to top (a quarter turn counter-clockwise), e.g. along an edge
    tracking: float = 0.0  # extra space after each letter, as a share of the size (letter-spaced type)


@dataclass(frozen=True)
class Card:
    lines: list[Text]
    background: tuple[int, int, int] = (250, 250, 246)
    size: tuple[int, int] = CARD_SIZE
    margin: int = 60
    top: int = 55
    spacing: float = 1.45
    band: tuple[int, int, tuple[int, int, int]] | None = None  # (top, bottom, colour): a coloured band
    qr: str | None = None  # payload of a QR code printed at the right
    extra: dict[str, object] = field(default_factory=dict)


def font(name: str, size: int) -> ImageFont.FreeTypeFont:
    """``name``: a file of FONT_DIR (DejaVu), or an absolute path (a ``palette()`` face)."""
    return ImageFont.truetype(name if os.path.isabs(name) else FONT_DIR + name, size)


def text_width(text: str, face: str, size: int, tracking: float = 0.0) -> float:
    """The printed width of ``text`` in pixels, its letter spacing included."""
    loaded = font(face, size)
    if not tracking:
        return float(loaded.getlength(text))
    return sum(float(loaded.getlength(ch)) + tracking * size for ch in text) - tracking * size


def _draw_tracked(draw: ImageDraw.ImageDraw, at: tuple[int, int], line: Text) -> None:
    """Letter by letter, each advanced by its own width plus the tracking (kerning is lost, as it is in
    letter-spaced print)."""
    face = font(line.font, line.size)
    x = float(at[0])
    for ch in line.text:
        draw.text((x, at[1]), ch, font=face, fill=line.color)
        x += float(face.getlength(ch)) + line.tracking * line.size


# Typefaces by look. Files are named by their stem (no folder, no extension) and found through fontconfig, so
# a machine without a family simply offers fewer faces; DejaVu stands in for a look none of whose faces is
# installed (CI has DejaVu alone). The slab look has no true slab serif among the installed families: the
# typewriter and Clarendon-like faces stand in. Type 1 files (.pfb, .t1) are skipped: the OpenType copies of
# the same URW faces are installed beside them.
LOOKS: dict[str, tuple[str, ...]] = {
    "sans": (
        "Lato-Regular",
        "Lato-Bold",
        "OpenSans-Regular",
        "OpenSans-Bold",
        "Roboto-Regular",
        "Roboto-Bold",
        "Roboto-Medium",
        "Inter-Regular",
        "Inter-SemiBold",
        "Carlito-Regular",
        "Carlito-Bold",
        "Cabin-Regular",
        "Cabin-Bold",
        "NimbusSans-Regular",
        "NimbusSans-Bold",
        "LiberationSans-Regular",
        "Cantarell-Regular",
        "Cantarell-Bold",
        "Andika-Regular",
        "FreeSans",
        "LinBiolinum_R",
        "NotoSans-Regular",
        "NotoSans-Bold",
        "texgyreheros-regular",
    ),
    "serif": (
        "EBGaramond12-Regular",
        "EBGaramond12-Bold",
        "LinLibertine_R",
        "LinLibertine_RB",
        "NimbusRoman-Regular",
        "NimbusRoman-Bold",
        "P052-Roman",
        "P052-Bold",
        "C059-Roman",
        "LiberationSerif-Regular",
        "FreeSerif",
        "NotoSerif-Regular",
        "NotoSerif-Bold",
        "texgyretermes-regular",
        "texgyrepagella-regular",
        "texgyrebonum-regular",
    ),
    "condensed": (
        "RobotoCondensed-Regular",
        "RobotoCondensed-Bold",
        "RobotoCondensed-Light",
        "OpenSans-CondLight",
        "OpenSans-CondBold",
        "NimbusSansNarrow-Regular",
        "NimbusSansNarrow-Bold",
        "LiberationSansNarrow-Regular",
        "YanoneKaffeesatz-Regular",
        "YanoneKaffeesatz-Light",
        "texgyreheroscn-regular",
    ),
    "light": (
        "Lato-Light",
        "Lato-Thin",
        "Lato-Hairline",
        "Roboto-Light",
        "Roboto-Thin",
        "Inter-Light",
        "Inter-ExtraLight",
        "Inter-Thin",
        "OpenSans-Light",
        "Cantarell-Light",
        "Cantarell-Thin",
        "LeagueSpartan-ExtraLight",
        "LeagueSpartan-Light",
        "Jura-Light",
        "Quicksand-Light",
        "Comfortaa-Light",
        "YanoneKaffeesatz-ExtraLight",
        "DejaVuSans-ExtraLight",
    ),
    "slab": (
        "NimbusMonoPS-Regular",
        "NimbusMonoPS-Bold",
        "FreeMonoBold",
        "LiberationMono-Bold",
        "URWBookman-Demi",
        "URWBookman-Light",
        "C059-Bold",
        "texgyrecursor-bold",
        "texgyreschola-bold",
    ),
    "rounded": (
        "Comfortaa-Regular",
        "Comfortaa-Bold",
        "Quicksand-Regular",
        "Quicksand-Bold",
        "URWGothic-Book",
        "URWGothic-Demi",
        "LeagueSpartan-Regular",
        "LeagueSpartan-Bold",
        "Jura-Regular",
        "Jura-Medium",
        "texgyreadventor-regular",
    ),
    "script": (
        "DancingScript-Regular",
        "DancingScript-Bold",
        "Kristi",
        "lobster",
        "Z003-MediumItalic",
        "texgyrechorus-mediumitalic",
    ),
    "display": (
        "LeagueSpartan-Black",
        "Lato-Black",
        "Inter-Black",
        "Roboto-Black",
        "OpenSans-ExtraBold",
        "Cantarell-ExtraBold",
        "InterDisplay-Bold",
        "YanoneKaffeesatz-Bold",
        "LinLibertine_DR",
    ),
}
# DejaVu for a look none of whose faces this machine has.
DEJAVU_LOOKS: dict[str, str] = {
    "sans": "DejaVuSans.ttf",
    "serif": "DejaVuSerif.ttf",
    "condensed": "DejaVuSansCondensed.ttf",
    "light": "DejaVuSans-ExtraLight.ttf",
    "slab": "DejaVuSansMono-Bold.ttf",
    "rounded": "DejaVuSans.ttf",
    "script": "DejaVuSerif-Italic.ttf",
    "display": "DejaVuSans-Bold.ttf",
}


@functools.cache
def installed_fonts() -> dict[str, str]:
    """Font files fontconfig knows here, by stem (TrueType and OpenType only); empty without ``fc-list``."""
    try:
        listed = subprocess.run(["fc-list", ":", "file"], capture_output=True, text=True, timeout=30, check=False)
    except (OSError, subprocess.TimeoutExpired):
        return {}
    found: dict[str, str] = {}
    for row in sorted(listed.stdout.splitlines()):
        path = row.split(":", 1)[0].strip()
        stem, extension = os.path.splitext(os.path.basename(path))
        if extension.lower() in (".ttf", ".otf"):
            found.setdefault(stem, path)
    return found


@functools.cache
def palette() -> dict[str, tuple[str, ...]]:
    """Each look's installed faces (absolute paths, in ``LOOKS``' order), DejaVu where none is installed."""
    files = installed_fonts()
    found: dict[str, tuple[str, ...]] = {}
    for look, stems in LOOKS.items():
        paths = tuple(files[stem] for stem in stems if stem in files)
        found[look] = paths or (FONT_DIR + DEJAVU_LOOKS[look],)
    return found


def render(card: Card) -> np.ndarray:
    """The flat card as a BGR array."""
    image = Image.new("RGB", card.size, card.background)
    draw = ImageDraw.Draw(image)
    if card.band is not None:
        top, bottom, colour = card.band
        draw.rectangle([0, top, card.size[0], bottom], fill=colour)
    y = card.top
    for line in card.lines:
        at = (line.x if line.x is not None else card.margin, line.y if line.y is not None else y)
        if line.vertical:
            face = font(line.font, line.size)
            _, _, right, bottom = face.getbbox(line.text)
            strip = Image.new("RGBA", (right + 4, bottom + 4), (0, 0, 0, 0))
            ImageDraw.Draw(strip).text((2, 2), line.text, font=face, fill=line.color)
            turned = strip.rotate(90, expand=True)
            image.paste(turned, at, turned)
        else:
            if line.tracking:
                _draw_tracked(draw, at, line)
            else:
                draw.text(at, line.text, font=font(line.font, line.size), fill=line.color)
        if line.y is None:
            y += int(line.size * card.spacing)
    if card.qr is not None:
        qr = segno.make(card.qr, error="m", micro=False)
        scale = max(2, 230 // (qr.symbol_size(border=2)[0]))
        matrix = np.array(list(qr.matrix_iter(scale=scale, border=2)), dtype=np.uint8)
        qr_image = Image.fromarray(np.where(matrix > 0, 0, 255).astype(np.uint8)).convert("RGB")
        image.paste(qr_image, (card.size[0] - qr_image.width - 30, card.size[1] - qr_image.height - 30))
    return np.ascontiguousarray(np.asarray(image)[:, :, ::-1])


def desk(width: int, height: int, seed: int = 1, colour: tuple[int, int, int] = (70, 95, 125)) -> np.ndarray:
    """A textured wood-like desk (BGR): grain stripes, noise and a little vignetting."""
    rng = np.random.default_rng(seed)
    ys, xs = np.mgrid[0:height, 0:width].astype(np.float32)
    grain = np.sin(xs / 9.0 + 3.0 * np.sin(ys / 60.0)) * 14 + rng.normal(0, 6, (height, width))
    base = np.array(colour, dtype=np.float32)[None, None, :] + grain[:, :, None]
    vignette = 1.0 - 0.25 * (((xs - width / 2) / width) ** 2 + ((ys - height / 2) / height) ** 2)
    return np.clip(base * vignette[:, :, None], 0, 255).astype(np.uint8)


def photograph(
    card: np.ndarray,
    quarter_turns: int = 0,
    canvas: tuple[int, int] = (1600, 1200),
    tilt: float = 0.06,
    blur: int = 0,
    shadow: bool = False,
    jpeg_quality: int | None = 85,
    seed: int = 3,
    place: tuple[float, float] = (0.5, 0.5),
    scale: float = 0.7,
    background: np.ndarray | None = None,
) -> np.ndarray:
    """Put ``card`` on a desk in perspective, as a phone would see it (BGR)."""
    rng = np.random.default_rng(seed)
    turned = np.ascontiguousarray(np.rot90(card, quarter_turns))
    height, width = turned.shape[:2]
    photo = background.copy() if background is not None else desk(canvas[0], canvas[1], seed)
    canvas_h, canvas_w = photo.shape[:2]
    factor = scale * min(canvas_w / width, canvas_h / height)
    w, h = width * factor, height * factor
    cx, cy = place[0] * canvas_w, place[1] * canvas_h
    corners = np.array(
        [
            [cx - w / 2, cy - h / 2],
            [cx + w / 2, cy - h / 2],
            [cx + w / 2, cy + h / 2],
            [cx - w / 2, cy + h / 2],
        ],
        dtype=np.float32,
    )
    corners += rng.uniform(-tilt, tilt, (4, 2)).astype(np.float32) * np.array([w, h], dtype=np.float32)
    source = np.array([[0, 0], [width, 0], [width, height], [0, height]], dtype=np.float32)
    matrix = cv2.getPerspectiveTransform(source, corners)
    warped = cv2.warpPerspective(turned, matrix, (canvas_w, canvas_h))
    mask = cv2.warpPerspective(np.full((height, width), 255, np.uint8), matrix, (canvas_w, canvas_h))
    photo[mask > 0] = warped[mask > 0]
    if shadow:
        ramp = np.linspace(0.55, 1.0, canvas_w, dtype=np.float32)[None, :, None]
        photo = np.clip(photo.astype(np.float32) * ramp, 0, 255).astype(np.uint8)
    if blur:
        photo = cv2.GaussianBlur(photo, (blur * 2 + 1, blur * 2 + 1), 0)
    if jpeg_quality is not None:
        ok, encoded = cv2.imencode(".jpg", photo, [cv2.IMWRITE_JPEG_QUALITY, jpeg_quality])
        assert ok
        photo = cv2.imdecode(encoded, cv2.IMREAD_COLOR)
    return np.ascontiguousarray(photo)


def scanner_noise(image: np.ndarray, seed: int, sigma: float) -> np.ndarray:
    """A flat scan's sensor noise: normal, ``sigma`` levels, drawn from ``seed`` (the same seed, the same grain)."""
    noise = np.random.default_rng(seed).normal(0, sigma, image.shape)
    return np.clip(image.astype(np.float64) + noise, 0, 255).astype(np.uint8)


def save(path: str, image: np.ndarray) -> str:
    assert cv2.imwrite(path, image)
    return path


FRENCH_CARD = Card(
    [
        Text("Quadrant Ingénierie SAS", 46, "DejaVuSans-Bold.ttf", (20, 40, 110)),
        Text("Hélène Leroy", 40, "DejaVuSerif-Bold.ttf"),
        Text("Directrice commerciale", 30, "DejaVuSerif-Italic.ttf", (60, 60, 60)),
        Text("26 rue du Faubourg Saint-Honoré", 28),
        Text("35000 Rennes", 28),
        Text("Tél. 02 99 12 34 56", 28),
        Text("Port. 06 12 34 56 78", 28),
        Text("helene.leroy@quadrant-ingenierie.fr", 28),
        Text("www.quadrant-ingenierie.fr", 28),
    ],
    spacing=1.38,
)

ENGLISH_CARD = Card(
    [
        Text("Northwind Traders Ltd", 44, "DejaVuSans-Bold.ttf", (120, 30, 30)),
        Text("Michael Turner", 40, "DejaVuSans.ttf"),
        Text("Chief Technology Officer", 30, "DejaVuSans-Oblique.ttf", (70, 70, 70)),
        Text("221 Baker Street", 28, "DejaVuSansCondensed.ttf"),
        Text("London NW1 6XE", 28, "DejaVuSansCondensed.ttf"),
        Text("Mobile +44 7911 123456", 28, "DejaVuSansCondensed.ttf"),
        Text("michael.turner@northwind.co.uk", 28, "DejaVuSansCondensed.ttf"),
    ],
    spacing=1.5,
)

US_CARD = Card(  # a national number only: the card's state and ZIP+4 say it is American
    [
        Text("Bayside Robotics Inc.", 44, "DejaVuSans-Bold.ttf", (20, 70, 40)),
        Text("Jennifer Walsh", 40, "DejaVuSans.ttf"),
        Text("Director of Operations", 30, "DejaVuSans-Oblique.ttf", (70, 70, 70)),
        Text("2150 Sand Hill Road, Suite 300", 28, "DejaVuSansCondensed.ttf"),
        Text("Menlo Park, CA 94025-7112", 28, "DejaVuSansCondensed.ttf"),
        Text("Phone (650) 555-0142", 28, "DejaVuSansCondensed.ttf"),
        Text("jwalsh@baysiderobotics.com", 28, "DejaVuSansCondensed.ttf"),
    ],
    spacing=1.5,
)
