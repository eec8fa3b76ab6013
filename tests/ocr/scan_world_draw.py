"""How a ``scan_world_set`` card is laid out and drawn, at the scan's own resolution.

Five designers' layouts — centred classic, left-aligned minimal, the logo at the top left with the
contacts at the bottom right, a vertical (portrait) card, and a coloured band with white type — each
possibly in one of three styles: the name in letter-spaced capitals, thin grey type throughout, or the
contacts in small print (6-7 pt). Sizes are set in points and millimetres and drawn at the scan's dpi, as
a scanner sees the print: a 6 pt line is 17 px high at 200 dpi and 50 px at 600. A card may carry a QR code,
or be its back: the details again as a vCard-like labelled list beside a QR code.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

import cv2
import numpy as np
import segno

from .render import Card, Text, palette, render, text_width
from .scan_world_cards import Content

CARD_MM = (85.0, 55.0)  # the European card (the US card's 3.5 × 2 in is 89 × 51: close enough for a scan)
MARGIN_MM = 5.0
LAYOUTS = ("centred", "left", "corner", "vertical", "band")
# Type sizes in points as printers set them: names 10-14, titles 7.5-9, contacts 7-8.5, small print 6-7.
NAME_PT = (10.0, 14.0)
TITLE_PT = (7.5, 9.0)
CONTACT_PT = (7.0, 8.5)
SMALL_PT = (6.0, 7.0)
BRAND_PT = (12.0, 20.0)
INK = (25, 25, 25)
THIN_GREY = (115, 115, 115)  # grey type as designers print it: readable, a third of black's contrast gone
LINE_GAP = 1.35  # line pitch over type size, as set in most cards' body type
BAND_COLOURS = ((120, 60, 20), (40, 40, 150), (60, 110, 30), (30, 30, 30), (130, 90, 0))  # BGR


@dataclass
class Drawn:
    image: np.ndarray
    lines: list[str]  # the printed lines in reading order (the truth's ``lines``)
    traits: list[str]


def _px(points: float, dpi: int) -> int:
    return max(8, round(points * dpi / 72.0))


def _mm(mm: float, dpi: int) -> int:
    return round(mm * dpi / 25.4)


class _Sheet:
    """Placed lines of one card: each line's size shrinks until it fits the width it was given."""

    def __init__(self, dpi: int, size: tuple[int, int], rng: random.Random) -> None:
        self.dpi, self.size, self.rng = dpi, size, rng
        faces = palette()
        self.body = rng.choice(faces[rng.choice(("sans", "sans", "serif", "condensed", "rounded"))])
        self.bold = rng.choice(faces[rng.choice(("display", "sans"))])
        self.light = rng.choice(faces["light"])
        self.texts: list[Text] = []
        self.order: list[str] = []
        self.bottom = 0  # the lowest ink drawn so far (a layout that overflows the card is set smaller)

    def place(
        self,
        text: str,
        points: float,
        x: int,
        y: int,
        *,
        face: str | None = None,
        align: str = "left",
        colour: tuple[int, int, int] = INK,
        tracking: float = 0.0,
        room: int | None = None,
    ) -> int:
        """Draws ``text`` with its top at ``y``, anchored at ``x`` by ``align``; returns the next line's top."""
        face = face or self.body
        size = _px(points, self.dpi)
        room = room or self.size[0] - 2 * _mm(MARGIN_MM, self.dpi)
        while size > 8 and text_width(text, face, size, tracking) > room:
            size -= 1
        width = int(text_width(text, face, size, tracking))
        left = x if align == "left" else x - width if align == "right" else x - width // 2
        self.texts.append(Text(text, size=size, font=face, color=colour, x=max(0, left), y=y, tracking=tracking))
        self.order.append(text)
        self.bottom = max(self.bottom, y + int(size * 1.2))
        return y + int(size * LINE_GAP)


def _person_lines(content: Content, style: str) -> list[tuple[str, str]]:
    """(role, text) of the person block: the name (capitals when letter-spaced), title lines, department."""
    rows: list[tuple[str, str]] = []
    if content.name:
        rows.append(("name", content.name.upper() if style == "spaced" else content.name))
    rows += [("title", line) for line in content.title_lines]
    if content.firm.department:
        rows.append(("department", content.firm.department))
    return rows


def _block_height(rows: list[tuple[str, float]], dpi: int) -> int:
    return sum(int(_px(points, dpi) * LINE_GAP) for _, points in rows)


def _logo(image: np.ndarray, x: int, y: int, size: int, colour: tuple[int, int, int], rng: random.Random) -> None:
    shape = rng.choice(("disc", "square", "triangle", "ring"))
    if shape == "disc":
        cv2.circle(image, (x + size // 2, y + size // 2), size // 2, colour, -1, cv2.LINE_AA)
    elif shape == "ring":
        cv2.circle(image, (x + size // 2, y + size // 2), size // 2, colour, max(2, size // 8), cv2.LINE_AA)
    elif shape == "square":
        cv2.rectangle(image, (x, y), (x + size, y + size), colour, -1)
    else:
        points = np.array([[x, y + size], [x + size // 2, y], [x + size, y + size]], np.int32)
        cv2.fillPoly(image, [points], colour, cv2.LINE_AA)


def _qr(image: np.ndarray, payload: str, x: int, y: int, side: int) -> None:
    code = segno.make(payload, error="m", micro=False)
    matrix = np.array(list(code.matrix_iter(scale=1, border=2)), dtype=np.uint8)
    big = cv2.resize(np.where(matrix > 0, 0, 255).astype(np.uint8), (side, side), interpolation=cv2.INTER_NEAREST)
    image[y : y + side, x : x + side] = big[:, :, None]


# Type scales tried in turn until a card's print fits above its bottom margin (a designer sets a crowded
# card smaller).
SCALES = (1.0, 0.9, 0.8, 0.7, 0.6)


def draw_front(content: Content, dpi: int, rng: random.Random) -> Drawn:
    """The card's front in a layout and style drawn from ``rng``, its type set smaller until it fits."""
    state = rng.getstate()
    for scale in SCALES:
        rng.setstate(state)
        drawn, fits = _front(content, dpi, rng, scale)
        if fits:
            break
    return drawn


def _front(content: Content, dpi: int, rng: random.Random, scale: float) -> tuple[Drawn, bool]:
    layout = rng.choice(LAYOUTS)
    style = rng.choice(("plain", "plain", "spaced", "grey", "small"))
    traits = [f"layout-{layout}", f"style-{style}"]
    width, height = (_mm(CARD_MM[0], dpi), _mm(CARD_MM[1], dpi))
    if layout == "vertical":
        width, height = height, width
    sheet = _Sheet(dpi, (width, height), rng)
    margin = _mm(MARGIN_MM, dpi)
    ink = THIN_GREY if style == "grey" else INK
    body_face = sheet.light if style == "grey" else sheet.body
    contact_pt = scale * (rng.uniform(*SMALL_PT) if style == "small" else rng.uniform(*CONTACT_PT))
    name_pt, title_pt = scale * rng.uniform(*NAME_PT), scale * rng.uniform(*TITLE_PT)
    brand_pt = scale * rng.uniform(*BRAND_PT)
    tracking = 0.25 if style == "spaced" else 0.0
    firm = content.firm
    brand_rows = [r for r in (firm.wordmark, firm.tagline) if r]
    person = _person_lines(content, style)
    contacts = list(content.contacts)
    addresses = [line for block in content.addresses for line in block]
    fine = list(firm.fine)
    qr_side = _mm(rng.uniform(13, 17), dpi) if rng.random() < 0.2 else 0
    if qr_side:
        traits.append("qr")
    band_colour = rng.choice(BAND_COLOURS)
    background = (250, 250, 247) if rng.random() < 0.7 else (238, 244, 248)
    band: tuple[int, int, tuple[int, int, int]] | None = None
    centre = width // 2
    clear = True
    logo_at: tuple[int, int, int] | None = None
    room = width - 2 * margin - (qr_side + margin if qr_side else 0)

    def person_block(x: int, y: int, align: str, colour: tuple[int, int, int] = ink) -> int:
        for role, text in person:
            points = name_pt if role == "name" else title_pt
            face = sheet.bold if role == "name" and style != "grey" else body_face
            y = sheet.place(
                text,
                points,
                x,
                y,
                face=face,
                align=align,
                colour=colour,
                tracking=tracking if role == "name" else 0.0,
                room=room,
            )
        return y

    def lines_block(
        rows: list[str], points: float, x: int, y: int, align: str, colour: tuple[int, int, int] = ink
    ) -> int:
        for text in rows:
            y = sheet.place(text, points, x, y, face=body_face, align=align, colour=colour, room=room)
        return y

    fine_pt = max(SMALL_PT[0] * 0.8, scale * rng.uniform(*SMALL_PT))
    bottom_rows = [(t, contact_pt) for t in contacts + addresses] + [(t, fine_pt) for t in fine]

    def brand_block(x: int, y: int, align: str, first_pt: float, width_left: int) -> int:
        """The wordmark (bold, ``first_pt``), then its product line or tagline in the title's size."""
        for i, text in enumerate(brand_rows):
            face = sheet.bold if i == 0 else body_face
            points = first_pt if i == 0 else title_pt
            y = sheet.place(text, points, x, y, face=face, align=align, colour=ink, room=width_left)
        return y

    def bottom_block(x: int, y: int, align: str) -> None:
        """The contacts, the address and the fine print, down to the bottom margin (below ``y`` at least)."""
        y = max(y + _mm(2, dpi), height - margin - _block_height(bottom_rows, dpi))
        y = lines_block(contacts + addresses, contact_pt, x, y, align)
        lines_block(fine, fine_pt, x, y, align)

    if layout in ("centred", "vertical"):
        y = margin
        if layout == "vertical" or rng.random() < 0.5:
            logo_at = (centre - _mm(4, dpi), y, _mm(8, dpi))
            y += _mm(10, dpi)
        y = brand_block(centre, y, "centre", brand_pt, room) + _mm(2, dpi)
        bottom_block(centre, person_block(centre, y, "centre"), "centre")
    elif layout == "left":
        x = margin + _mm(2, dpi)
        y = margin + _mm(2, dpi)
        y = brand_block(x, y, "left", brand_pt * 0.8, room) + _mm(3, dpi)
        bottom_block(x, person_block(x, y, "left"), "left")
    elif layout == "corner":
        logo_side = _mm(9, dpi)
        logo_at = (margin, margin, logo_side)
        y = margin
        y = brand_block(margin + logo_side + _mm(2, dpi), y, "left", brand_pt * 0.8, room - logo_side)
        y = max(y, margin + logo_side) + _mm(3, dpi)
        person_end = person_block(margin, y, "left")
        right = width - margin - (qr_side + _mm(2, dpi) if qr_side else 0)
        room = width // 2 + _mm(8, dpi) - (qr_side if qr_side else 0)
        y = height - margin - _block_height(bottom_rows, dpi)
        clear = person_end <= y  # the person's lines end above the contacts' first
        y = lines_block(contacts + addresses, contact_pt, right, y, "right")
        lines_block(fine, fine_pt, right, y, "right")
        traits.append("contacts-bottom-right")
    else:  # band: the brand in white on a coloured band at the top, the rest below
        y = margin
        band_bottom = margin + _block_height([(t, brand_pt) for t in brand_rows[:1]], dpi) + _mm(3, dpi)
        band = (0, band_bottom, band_colour[::-1])
        for text in brand_rows[:1]:
            y = sheet.place(text, brand_pt, margin, y + _mm(1, dpi), face=sheet.bold, colour=(255, 255, 255), room=room)
        y = band_bottom + _mm(2, dpi)
        for text in brand_rows[1:]:
            y = sheet.place(text, title_pt, margin, y, colour=ink, room=room)
        bottom_block(margin, person_block(margin, y, "left"), "left")
    card = Card(sheet.texts, background=background, size=(width, height), band=band)
    image = render(card)
    if logo_at is not None:
        _logo(image, *logo_at, colour=band_colour, rng=rng)
    if qr_side:
        site = content.websites[0] if content.websites else content.emails[0]
        _qr(
            image,
            "https://" + site if content.websites else "mailto:" + site,
            width - margin - qr_side,
            height - margin - qr_side,
            qr_side,
        )
    return Drawn(image, sheet.order, traits), clear and sheet.bottom <= height - margin // 2


def draw_back(content: Content, dpi: int, rng: random.Random) -> Drawn:
    """The card's back as a vCard-like list: a label, then the value, one field a line, a QR code at the right."""
    width, height = _mm(CARD_MM[0], dpi), _mm(CARD_MM[1], dpi)
    sheet = _Sheet(dpi, (width, height), rng)
    margin = _mm(MARGIN_MM, dpi)
    qr_side = _mm(22, dpi)
    room = width - 3 * margin - qr_side
    labels = {"en": ("Name", "Title", "Company", "Phone", "Email", "Web", "Address")}
    names = labels["en"]
    rows: list[str] = []
    if content.name:
        rows.append(f"{names[0]}: {content.name}")
    if content.title_lines:
        rows.append(f"{names[1]}: {', '.join(content.title_lines)}")
    company = content.firm.company
    if company:
        rows.append(f"{names[2]}: {company}")
    rows += [f"{names[3]}: {p['number']}" for p in content.phones]
    rows += [f"{names[4]}: {m}" for m in content.emails]
    rows += [f"{names[5]}: {w}" for w in content.websites]
    if content.address_truth:
        rows.append(f"{names[6]}: {content.address_truth}")
    points = rng.uniform(*CONTACT_PT)
    y = margin
    for text in rows:
        y = sheet.place(text, points, margin, y, room=room)
    image = render(Card(sheet.texts, background=(250, 250, 247), size=(width, height)))
    vcard = "BEGIN:VCARD\nVERSION:3.0\nFN:" + (content.name or company or "") + "\nEND:VCARD"
    _qr(image, vcard, width - margin - qr_side, (height - qr_side) // 2, qr_side)
    return Drawn(image, sheet.order, ["back-vcard", "qr"])
