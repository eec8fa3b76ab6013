"""``photo_set --kind more``: the scenes the finder's last pass named as still weak, one per photo in turn.

``MORE_SCENES``:

- ``shaded_on_sheet``: a white, pale or colourful card lying on a sheet of paper (the sheet's own outline in
  view, the desk around it), a soft shadow over part of the card: the sheet's clean outline competes with
  the card's broken one;
- ``hand_held``: a card lying on a palm (the hand behind it, reaching past one side) in front of a room or
  over a table, sometimes a thumb over its edge too: the hand's region joins the card's;
- ``front_back``: the front and the back of one card side by side (the back: the card's colour and the
  company's name alone), both wholly in the frame;
- ``two_cards``: two different cards side by side on a surface, both wholly in the frame;
- ``cut_by_frame``: a card wholly in the frame and a second one beside it running 40-70 % past the frame's
  edge (a neighbour's card caught at the edge of the shot).

Each photo's truth is the described card's fields and ``corners``; ``cards`` lists the corners of every card
wholly in the frame (the front first), ``cut_cards`` those of a card running past the frame (the finder
may leave it out or return it marked cut; ``detect_eval`` counts it apart), ``back`` the index in ``cards``
of a card's back, with ``scene``.
"""

from __future__ import annotations

from typing import Any

import cv2
import numpy as np

from .photo_backgrounds import USER_SURFACES, draw_fingers, draw_hand
from .photo_set import _drop_shadow, _light, _paste, _phone_look, _turned_corners, camera_finish, styled_card
from .set_writer import rounded_points

MORE_SCENES = ("shaded_on_sheet", "hand_held", "front_back", "two_cards", "cut_by_frame")
PAIRED = ("front_back", "two_cards", "cut_by_frame")


def card_back(front: np.ndarray, company: str) -> np.ndarray:
    """The back of ``front``: its paper colour (sampled at a corner) and the company's name, large, in the
    print's colour (the darkest or the lightest of the front, whichever stands out from the paper)."""
    height, width = front.shape[:2]
    paper = front[3, width // 2].astype(np.float64)
    grey = front.astype(np.float64).mean(axis=2)
    ink_at = np.unravel_index(int(np.argmax(np.abs(grey - paper.mean()))), grey.shape)
    ink = tuple(int(v) for v in front[ink_at])
    back = np.empty_like(front)
    back[:] = paper.astype(np.uint8)
    text = company or "-"
    font = cv2.FONT_HERSHEY_DUPLEX
    scale = 1.0
    (tw, th), _ = cv2.getTextSize(text, font, scale, 2)
    scale = min(0.8 * width / max(1, tw), 0.25 * height / max(1, th))
    thickness = max(2, int(scale * 2))
    (tw, th), _ = cv2.getTextSize(text, font, scale, thickness)
    cv2.putText(back, text, ((width - tw) // 2, (height + th) // 2), font, scale, ink, thickness, cv2.LINE_AA)
    return back


def make_more_photo(index: int, rng: np.random.Generator) -> tuple[bytes, dict[str, Any]]:
    """One photo of a ``MORE_SCENES`` scene, as JPEG bytes, and its truth."""
    long_side = int(rng.choice([1600, 2000]))
    ratio = float(rng.choice([4 / 3, 16 / 9]))
    width, height = long_side, int(long_side / ratio)
    if rng.random() < 0.4:
        width, height = height, width
    scene_name = MORE_SCENES[index % len(MORE_SCENES)]
    surface = {
        "shaded_on_sheet": "paper_sheet",
        "hand_held": str(rng.choice(["room", "cream_table"])),
    }.get(scene_name, str(rng.choice(["cream_table", "tablecloth", "paper_sheet", "room", "notebook"])))
    photo = USER_SURFACES[surface](rng, width, height).astype(np.float32)
    styles = {
        "shaded_on_sheet": ("white", "white", "pale", "colourful"),
        "hand_held": ("white", "pale", "dark", "colourful"),
    }.get(scene_name, ("white", "pale", "dark", "colourful", "bordered_dark"))
    style = str(rng.choice(styles))
    image, truth = styled_card(index * 2, rng, style)
    frame = (0, 0, width, height)
    share = float(rng.uniform(0.1, 0.25)) if scene_name == "shaded_on_sheet" else float(rng.uniform(0.2, 0.4))
    turn = float(rng.uniform(-20, 20))
    half = (width // 2, height) if width >= height else (width, height // 2)
    if scene_name in PAIRED:
        frame = (0, 0, *half)
        share = float(rng.uniform(0.3, 0.55))
    corners = _turned_corners(rng, (image.shape[1], image.shape[0]), frame, share, turn)
    radius = int(min(image.shape[:2]) * rng.uniform(0.03, 0.08)) if rng.random() < 0.3 else 0
    cards = [corners]
    cut_cards: list[np.ndarray] = []
    second: np.ndarray | None = None
    other_corners: np.ndarray | None = None
    if scene_name in PAIRED:
        other_frame = (width - half[0], height - half[1], *half)
        if scene_name == "front_back":
            second = card_back(image, str(truth.get("company") or ""))
        else:
            second, _ = styled_card(index * 2 + 1, rng, str(rng.choice(styles)))
        other_corners = _turned_corners(
            rng, (second.shape[1], second.shape[0]), other_frame, share, float(rng.uniform(-20, 20))
        )
        if scene_name == "cut_by_frame":
            other_corners = _cut_by_frame(rng, other_corners, corners, width, height)
            cut_cards.append(other_corners)
        else:
            cards.append(other_corners)
    hand = ""
    if scene_name == "hand_held":
        draw_hand(photo, rng, corners, under=True)
        hand = "palm"
    else:
        _drop_shadow(photo, rng, corners)
        if other_corners is not None:
            _drop_shadow(photo, rng, other_corners)
    _paste(photo, image, corners, radius)
    if second is not None and other_corners is not None:
        _paste(photo, second, other_corners, radius)
    if scene_name == "hand_held" and rng.random() < 0.5:
        hand = "palm+" + draw_fingers(photo, rng, corners)
    photo = _light(photo, rng, scene_name == "shaded_on_sheet" or bool(rng.random() < 0.2), False, corners)
    photo = _phone_look(photo, rng, bool(rng.random() < 0.3))
    encoded, blur, quality = camera_finish(photo, rng)
    truth.update(
        image=f"photo-{index:03d}.jpg",
        kind="photo",
        notes="synthetic photo of a scene the finder was weak on (tests/ocr/photo_more_scenes.py, --kind more)",
        corners=rounded_points(corners),
        cards=[rounded_points(card) for card in cards],
        cut_cards=[rounded_points(card) for card in cut_cards],
        scene=scene_name,
        surface=surface,
        style=style,
        share=round(share, 2),
        held=hand,
        blur=blur,
        jpeg_quality=quality,
    )
    if scene_name == "front_back":
        truth["back"] = 1
    return encoded.tobytes(), truth


def _cut_by_frame(
    rng: np.random.Generator, corners: np.ndarray, whole: np.ndarray, width: int, height: int
) -> np.ndarray:
    """``corners`` slid away from the ``whole`` card past the frame's edge, 40-70 % of the card out."""
    away = corners.mean(axis=0) - whole.mean(axis=0)
    axis = int(np.argmax(np.abs(away)))
    sign = 1.0 if away[axis] >= 0 else -1.0
    span = float(corners[:, axis].max() - corners[:, axis].min())
    edge = corners[:, axis].max() if sign > 0 else corners[:, axis].min()
    limit = (width, height)[axis] - 1 if sign > 0 else 0
    shift = np.zeros(2, np.float32)
    shift[axis] = (limit - edge) + sign * span * rng.uniform(0.4, 0.7)
    return np.asarray(corners + shift, np.float32)
