"""How far the light falls off across a card's paper: a flatbed scan's lamp lights the card evenly, a phone
photo's light does not (a window, a lamp, the phone's own shadow, the lens' vignetting).

``engine_choice`` needs a sign of a photo that a flat scan cannot show: the sharpness it used alone (a phone
sharpens in the device, so its edges overshoot) is met by scans too — a clean digital render, a scanner that
sharpens its output, a 600-dpi scan shrunk to the measuring copy. Evenly lit paper is the flatbed's own
signature: the lamp moves with the sensor, so the same paper measures the same grey from edge to edge.

The measure: the paper's local brightness (``image_quality.paper_brightness``, letters filled in), a smooth
quadratic surface fitted to the pixels of the dominant paper (the band around its most common level, narrowed
around the fit in three passes, so that tinted panels, photos and logos of another level are left out and a
strong falloff is followed), and the fall of that surface across the card in grey levels. A panel of another
tint is a step the band leaves out; a falloff is a slope the surface follows.

Measured (docs/MEASURING.md, "Flat scans never read as photos"): real flatbed scans 1-37 levels (the high
ones: cards mostly covered by tinted panels, where the dominant paper is a panel with its own printed
shading), real phone photos 30-112, generated renders and simulated sharpening flatbed scans 0-17.
"""

from __future__ import annotations

import numpy as np

from cardbook.ocr.types import GreyImage

# The bands (grey levels either side of the current estimate) of the three fitting passes: the first around
# the most common paper level, wide enough to hold a photo's falloff across a third of the card; then around
# the fitted surface, narrow enough to leave out a panel a few levels off the paper.
_BANDS = (24.0, 12.0, 8.0)
# Below this share of the card in the band, there is no dominant paper to measure (a card of many panels or
# a photograph printed across it): the fall is unknown (``UNKNOWN``).
_MIN_PAPER_SHARE = 0.2
# Histogram smoothing (grey levels) before taking the most common paper level: a falloff spreads the
# paper's levels, and the mode of a spread histogram is noise without it.
_MODE_WINDOW = 9
# The paper map sampled every few pixels, about this many along the card's long side (the map is ~200 px
# long): a smooth surface of 6 unknowns needs hundreds of pixels, not tens of thousands (every 2nd pixel cost
# 12 ms a card, every 4th under 1 ms).
_SAMPLES_ALONG = 50
UNKNOWN = -1.0


def light_fall(paper: GreyImage) -> float:
    """The fall (grey levels, highest minus lowest) across the card of the light on its dominant paper,
    from its ``paper_brightness`` map; ``UNKNOWN`` when no paper dominates."""
    step = max(1, round(max(paper.shape[:2]) / _SAMPLES_ALONG))
    sample = np.asarray(paper[::step, ::step])
    height, width = sample.shape[:2]
    if height < 3 or width < 3:
        return UNKNOWN
    ys, xs = np.mgrid[0:height, 0:width]
    x = (xs / (width - 1) - 0.5).ravel()
    y = (ys / (height - 1) - 0.5).ravel()
    terms = np.stack([np.ones_like(x), x, y, x * x, y * y, x * y], axis=1)
    levels = sample.ravel().astype(np.float64)
    counts = np.bincount(sample.ravel().astype(np.int64), minlength=256).astype(np.float64)
    mode = float(np.argmax(np.convolve(counts, np.ones(_MODE_WINDOW), mode="same")))
    surface = np.full_like(levels, mode)
    kept = np.zeros(levels.shape, dtype=bool)
    for band in _BANDS:
        kept = np.abs(levels - surface) <= band
        if np.count_nonzero(kept) < _MIN_PAPER_SHARE * levels.size:
            return UNKNOWN
        coefficients, *_ = np.linalg.lstsq(terms[kept], levels[kept], rcond=None)
        surface = terms @ coefficients
    fitted = surface[kept]
    return float(fitted.max() - fitted.min())
