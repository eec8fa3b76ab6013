"""A whole image the card finder doubted is taken for a photo when it has a camera's frame (``camera_frame``):
photos whose EXIF was dropped are read as photos (in colour), scans cut to the card are not."""

from __future__ import annotations

from cardbook.ocr.image_quality import camera_frame


def test_camera_frames_either_way_up() -> None:
    assert camera_frame(4032, 3024)  # 4:3
    assert camera_frame(1080, 1920)  # 16:9, upright
    assert camera_frame(1500, 1000)  # 3:2
    assert camera_frame(1599, 1200)  # a resized 4:3 copy, a pixel off


def test_a_scan_cut_to_the_card_is_no_camera_frame() -> None:
    assert not camera_frame(1012, 638)  # ISO card proportions (85.6 × 54 mm)
    assert not camera_frame(1050, 600)  # US card (3.5 × 2 in)
    assert not camera_frame(800, 800)  # a square card
    assert not camera_frame(0, 600)
