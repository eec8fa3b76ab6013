"""Whether an outline's side is the edge of a shadow or of a light rather than the card's own.

The phone taking the picture, or the hand holding it, casts a shadow with a straight edge across the card
and the paper around it (issue 10: white cards on white paper in shade). The region views then close the
card's shaded part, or its lit part, as a "card": three of its sides are the card's, the fourth is the
shadow's edge. A card's side ends at its corners: along the same line beyond them lies the desk on both
sides, with no step. A shadow's edge runs on across the desk, lit on one side and shaded on the other, the
same way round as along the outline. So a side whose line keeps its step beyond one of its ends is no side
of a card.
"""

from __future__ import annotations

import numpy as np

from cardbook.ocr.types import Points

# Stretch of the side's line looked at beyond each end, as shares of the side's length: clear of the
# corner's rounding and of the card's drop shadow, short enough to stay near the card.
BEYOND = (0.06, 0.3)
# Samples along the side and along each stretch beyond it.
SAMPLES = 16
# Pixels (work copy) either side of the line between which its step is measured.
ACROSS = 3.0
# The side's own median step (Lab L, 8-bit) must reach this for the test to mean anything, and the step
# beyond an end must keep its sign and reach this share of it. Measured on ``photo_set --kind real`` (seed 1,
# photos 0-23): the sides along the phone's shadow kept 70-160 % of their step beyond one end; the cards' own
# sides kept at most 20 % beyond theirs (most under 5 %).
MIN_SIDE_STEP = 4.0
KEPT_BEYOND = 0.5
# A shadow darkens a surface without changing its colour much: the change of a and b (Lab) across the side
# stays under this share of the change of lightness. The phone's shadow on white and cream paper (seed 1,
# ``--kind real``) changed a and b by under 0.25 of L; a white card's side against a coloured room, which
# a background edge may prolong by chance, by more than 0.5.
SHADOW_COLOUR = 0.35
# …and leaves the shaded side at least this share of the lit side's lightness: a phone's or a hand's shadow
# under room light takes a part of the light, not most of it. The sides along the phone's shadow (seed 1,
# ``--kind real``, drawn 20-40 % darker) measured 0.72-0.90; a white card's side against a dark room, with
# a glare prolonging its step beyond a corner (``--kind cases``, seed 1), 0.41.
SHADOW_MIN_RATIO = 0.55


def shadow_side(lab: np.ndarray, quad: Points) -> bool:
    """Whether one of ``quad``'s sides (work-copy pixels on the Lab image ``lab``) is the edge of a shadow or
    a light: a step of lightness with little change of colour, running on beyond one of its ends."""
    lightness = np.ascontiguousarray(lab[:, :, 0])
    centre = quad.mean(axis=0)
    for index in range(4):
        a, b = quad[index], quad[(index + 1) % 4]
        side = b - a
        length = float(np.hypot(side[0], side[1]))
        if length < 1:
            continue
        direction = side / length
        normal = np.array([-direction[1], direction[0]], np.float32)
        if float(np.dot(centre - (a + b) / 2, normal)) < 0:
            normal = -normal  # inwards
        along = _median_step(lightness, a, side, normal, np.linspace(0.2, 0.8, SAMPLES))
        if along is None or abs(along) < MIN_SIDE_STEP:
            continue
        if _colour_step(lab, a, side, normal) > SHADOW_COLOUR * abs(along):
            continue  # the colour changes too: a card's side, or an object's, not a shade of one surface
        if _light_ratio(lightness, a, side, normal) < SHADOW_MIN_RATIO:
            continue  # too dark for a shade of the lit side: a light card against a dark desk or room
        after = _median_step(lightness, a, side, normal, 1.0 + np.linspace(*BEYOND, SAMPLES))
        before = _median_step(lightness, a, side, normal, -np.linspace(*BEYOND, SAMPLES))
        # One end is enough: where the shadow's edge leaves the card at a corner, the other end's stretch
        # runs along the card's own side, or past the frame.
        if any(
            step is not None and step * along > 0 and abs(step) >= KEPT_BEYOND * abs(along) for step in (after, before)
        ):
            return True
    return False


def _median_step(
    lightness: np.ndarray, start: np.ndarray, side: np.ndarray, normal: np.ndarray, ts: np.ndarray
) -> float | None:
    """Median of inside minus outside lightness at the points ``start + t * side``; None when fewer than
    half of them lie in the frame."""
    height, width = lightness.shape[:2]
    points = start[None, :] + ts[:, None].astype(np.float32) * side[None, :]
    inner = np.round(points + normal * ACROSS).astype(int)
    outer = np.round(points - normal * ACROSS).astype(int)
    valid = (
        (inner[:, 0] >= 0) & (inner[:, 0] < width) & (inner[:, 1] >= 0) & (inner[:, 1] < height)
        & (outer[:, 0] >= 0) & (outer[:, 0] < width) & (outer[:, 1] >= 0) & (outer[:, 1] < height)
    )  # fmt: skip
    if valid.sum() < len(ts) // 2:
        return None
    steps = lightness[inner[valid, 1], inner[valid, 0]] - lightness[outer[valid, 1], outer[valid, 0]]
    return float(np.median(steps))


def _colour_step(lab: np.ndarray, start: np.ndarray, side: np.ndarray, normal: np.ndarray) -> float:
    """Median change of colour (distance in Lab's a, b) across the middle of the side."""
    height, width = lab.shape[:2]
    ts = np.linspace(0.2, 0.8, SAMPLES, dtype=np.float32)
    points = start[None, :] + ts[:, None] * side[None, :]
    inner = np.clip(np.round(points + normal * ACROSS).astype(int), 0, [width - 1, height - 1])
    outer = np.clip(np.round(points - normal * ACROSS).astype(int), 0, [width - 1, height - 1])
    chroma = lab[inner[:, 1], inner[:, 0], 1:] - lab[outer[:, 1], outer[:, 0], 1:]
    return float(np.median(np.hypot(chroma[:, 0], chroma[:, 1])))


def _light_ratio(lightness: np.ndarray, start: np.ndarray, side: np.ndarray, normal: np.ndarray) -> float:
    """The darker side's median lightness over the lighter side's, across the middle of the side."""
    height, width = lightness.shape[:2]
    ts = np.linspace(0.2, 0.8, SAMPLES, dtype=np.float32)
    points = start[None, :] + ts[:, None] * side[None, :]
    inner = np.clip(np.round(points + normal * ACROSS).astype(int), 0, [width - 1, height - 1])
    outer = np.clip(np.round(points - normal * ACROSS).astype(int), 0, [width - 1, height - 1])
    one = float(np.median(lightness[inner[:, 1], inner[:, 0]]))
    other = float(np.median(lightness[outer[:, 1], outer[:, 0]]))
    return min(one, other) / max(one, other, 1.0)
