"""Card pictures for the card wall's tests, its screenshot and its benchmark: small rendered business cards (Pillow,
DejaVu fonts) stored as a read card's straightened image, as an import stores them."""

from __future__ import annotations

import io
import random

from PIL import Image, ImageDraw, ImageFont

from cardbook.domain.contact import Contact
from cardbook.domain.scanned import ScannedCard
from cardbook.storage.contacts.card_import import ExchangeDefaults, store_scanned_card
from cardbook.storage.library import Library

FONT_DIR = "/usr/share/fonts/truetype/dejavu/"
BANDS = [(31, 76, 120), (150, 40, 45), (30, 110, 80), (200, 130, 20), (90, 60, 140), (40, 40, 40)]


def card_jpeg(name: str, company: str, title: str = "", *, seed: int = 0, size: tuple[int, int] = (1050, 650)) -> bytes:
    """A straightened card as an import stores it (JPEG): a coloured band, the company, the name and title."""
    rng = random.Random(f"{seed}:{name}")
    width, height = size
    image = Image.new("RGB", size, (250, 250, 246))
    draw = ImageDraw.Draw(image)
    band = rng.choice(BANDS)
    if rng.random() < 0.5:
        draw.rectangle([0, 0, width, height // 4], fill=band)
        company_colour: tuple[int, int, int] = (255, 255, 255)
    else:
        draw.rectangle([0, height - height // 12, width, height], fill=band)
        company_colour = band
    scale = width / 1050
    big = ImageFont.truetype(FONT_DIR + "DejaVuSans-Bold.ttf", round(46 * scale))
    middle = ImageFont.truetype(FONT_DIR + "DejaVuSans.ttf", round(34 * scale))
    small = ImageFont.truetype(FONT_DIR + "DejaVuSans.ttf", round(28 * scale))
    draw.text((round(60 * scale), round(50 * scale)), company, font=big, fill=company_colour)
    draw.text((round(60 * scale), height * 0.42), name, font=big, fill=(20, 20, 20))
    if title:
        draw.text((round(60 * scale), height * 0.42 + 62 * scale), title, font=middle, fill=(70, 70, 70))
    email = name.lower().replace(" ", ".") + "@example.com"
    draw.text((round(60 * scale), height * 0.78), email, font=small, fill=(60, 60, 60))
    out = io.BytesIO()
    image.save(out, "JPEG", quality=88)
    return out.getvalue()


def add_card_contact(library: Library, contact: Contact, crop: bytes | None) -> int:
    """A contact as an import makes it (awaiting review), with `crop` as its card's straightened image."""
    return store_scanned_card(library, ScannedCard(contact=contact, crop_image=crop), ExchangeDefaults())
