"""RapidOCR's configuration kept as package data (``cardbook.ocr.rapid_config``): the file is current, what it
keeps equals what omegaconf reads from rapidocr's YAML, and rapidocr built with it is configured the same."""

from __future__ import annotations

import pickle
from pathlib import Path

import pytest

pytest.importorskip("rapidocr")

from omegaconf import OmegaConf

from cardbook.ocr import rapid_config


def _folder() -> Path:
    folder = rapid_config.rapidocr_folder()
    assert folder is not None
    return folder


def test_the_kept_file_is_current() -> None:
    """Fails after an upgrade of rapidocr or omegaconf: rebuild with ``python -m cardbook.ocr.prebuilt_tables``."""
    assert set(rapid_config.kept(_folder())) == {(_folder() / name).resolve() for name in rapid_config.YAML_FILES}


@pytest.mark.parametrize("name", rapid_config.YAML_FILES)
def test_what_is_kept_equals_what_the_yaml_gives(name: str) -> None:
    path = (_folder() / name).resolve()
    kept = pickle.loads(rapid_config.kept(_folder())[path])
    parsed = OmegaConf.load(path)
    assert kept == parsed
    assert OmegaConf.to_container(kept) == OmegaConf.to_container(parsed)
    assert OmegaConf.to_yaml(kept) == OmegaConf.to_yaml(parsed)  # the same keys in the same order
    assert type(kept) is type(parsed)
    assert OmegaConf.is_readonly(kept) == OmegaConf.is_readonly(parsed)
    assert OmegaConf.is_struct(kept) == OmegaConf.is_struct(parsed)


def test_inside_only_rapidocr_files_are_answered_and_each_time_a_fresh_object(tmp_path: Path) -> None:
    other = tmp_path / "other.yaml"
    other.write_text("a: 1\nb: [x, y]\n", encoding="utf-8")
    path = _folder() / "config.yaml"
    original = OmegaConf.__dict__["load"]
    with rapid_config.kept_configuration():
        assert OmegaConf.__dict__["load"] is not original
        first, second = OmegaConf.load(path), OmegaConf.load(str(path))
        assert first == second == rapid_config.build(_folder())["config.yaml"]
        first.Global.text_score = 0.25  # rapidocr changes what it loads: the next load must not see it
        assert OmegaConf.load(path).Global.text_score == second.Global.text_score != 0.25
        assert OmegaConf.to_container(OmegaConf.load(other)) == {"a": 1, "b": ["x", "y"]}
    assert OmegaConf.__dict__["load"] is original


def test_a_stale_file_replaces_nothing() -> None:
    configs = rapid_config.build(_folder())
    running = rapid_config.running_stamp(_folder())
    data = rapid_config.encode(configs, running)
    assert rapid_config.decode(data, running) is not None
    for changed in (
        {**running, "packages": {**running["packages"], "rapidocr": "0.0.1"}},
        {**running, "packages": {**running["packages"], "omegaconf": "0.0.1"}},
        {**running, "format": running["format"] + 1},
    ):
        assert rapid_config.decode(data, changed) is None


def test_an_edited_yaml_file_changes_the_stamp(tmp_path: Path) -> None:
    for name in rapid_config.YAML_FILES:
        (tmp_path / name).write_bytes((_folder() / name).read_bytes())
    copied = rapid_config.running_stamp(tmp_path)
    assert copied == rapid_config.running_stamp(_folder())
    with (tmp_path / "config.yaml").open("a", encoding="utf-8") as handle:
        handle.write("\n# edited\n")
    assert rapid_config.running_stamp(tmp_path) != copied


def test_rapidocr_built_with_the_kept_configuration_is_configured_as_from_its_yaml() -> None:
    from rapidocr import RapidOCR
    from rapidocr.inference_engine.base import MODEL_URL_PATH, InferSession
    from rapidocr.utils import model_resolver

    # What rapidocr loaded at its import (through rapid_config when the reader imported it first).
    assert InferSession.model_info == OmegaConf.load(MODEL_URL_PATH)
    assert OmegaConf.load(model_resolver.MODEL_CONFIG_PATH) == model_resolver._MODEL_CONFIG
    params = {"Global.use_cls": False, "Det.limit_side_len": 480, "Det.limit_type": "max"}
    parsed = RapidOCR(params=dict(params)).cfg
    with rapid_config.kept_configuration():
        kept = RapidOCR(params=dict(params)).cfg
    assert OmegaConf.to_container(kept) == OmegaConf.to_container(parsed)
    assert kept.Det.engine_type is parsed.Det.engine_type  # rapidocr's own enums, converted after the load
