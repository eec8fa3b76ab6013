"""Which files a folder stands for, for both front ends (cardbook.app.scanning.expand_image_paths)."""

from __future__ import annotations

from pathlib import Path

from cardbook.app.scanning import expand_image_paths


def test_folders_expand_recursively_to_images_skipping_hidden_ones(tmp_path: Path) -> None:
    for name in ["b.JPG", "a.png", "sub/c.heif", "sub/d.bmp", "sub/e.jpe", ".f.jpg", ".cache/g.jpg", "notes.txt"]:
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_bytes(b"x")
    missing = str(tmp_path / "missing.jpg")
    found = expand_image_paths([tmp_path, missing, tmp_path / "a.png"])
    assert [Path(p).relative_to(tmp_path).as_posix() for p in found] == [
        "a.png",
        "b.JPG",
        "sub/c.heif",
        "sub/d.bmp",
        "sub/e.jpe",
        "missing.jpg",  # a file given by name is kept, even missing: reading it says why
    ]
