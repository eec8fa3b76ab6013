"""The prebuilt first-name table (``names_store``): the shipped file holds exactly what the packages give, and a
file built from other sources is never used."""

from __future__ import annotations

import gzip
import json
import random

import pytest

from cardbook.ocr import names_data, names_store


def test_the_shipped_table_is_the_one_the_installed_packages_build() -> None:
    running = names_data.first_names_stamp()
    stored = names_store.load(running)
    assert stored is not None, "stale models/first_names.json.gz: run python -m cardbook.ocr.prebuilt_tables"
    built = names_data.build_first_names()
    assert stored == built
    # The same floats to the bit, and the Faker-only names at the lowest weight that counts.
    assert all(stored[name].hex() == weight.hex() for name, weight in built.items())
    assert names_data.MIN_FIRST_NAME_WEIGHT in set(stored.values())


def test_a_file_built_from_another_package_version_or_rule_is_not_used() -> None:
    running = names_data.first_names_stamp()
    table = {"ana": 5 / 13, "joao pedro": names_data.MIN_FIRST_NAME_WEIGHT}
    data = names_store.encode(table, names_data.WEIGHT_SCALE, running)
    assert names_store.decode(data, running) == table

    upgraded = json.loads(json.dumps(running))
    upgraded["packages"]["faker"] = "0.0.0"
    assert names_store.decode(names_store.encode(table, names_data.WEIGHT_SCALE, upgraded), running) is None

    edited = dict(running, rule="0" * 64)
    assert names_store.decode(names_store.encode(table, names_data.WEIGHT_SCALE, edited), running) is None


def test_the_rule_digest_follows_the_constants_and_the_functions() -> None:
    base = names_store.stamp(("faker",), (names_data.build_first_names, 100))
    assert base["rule"] == names_store.stamp(("faker",), (names_data.build_first_names, 100))["rule"]
    assert base["rule"] != names_store.stamp(("faker",), (names_data.build_first_names, 101))["rule"]
    assert base["rule"] != names_store.stamp(("faker",), (names_data.gender_guesser_names, 100))["rule"]
    # A package that is not installed has no version: a file built with it installed does not match.
    assert names_store.stamp(("no-such-distribution-here",), ())["packages"] == {"no-such-distribution-here": None}


def test_weights_round_trip_to_the_bit_and_the_same_table_gives_the_same_bytes() -> None:
    rng = random.Random(4)
    scale = names_data.WEIGHT_SCALE
    table = {f"n{index}-{rng.random():.6f}": rng.randint(1, scale) / scale for index in range(2000)}
    running = names_store.stamp((), ())
    data = names_store.encode(table, scale, running)
    decoded = names_store.decode(data, running)
    assert decoded is not None
    assert {name: weight.hex() for name, weight in decoded.items()} == {
        name: weight.hex() for name, weight in table.items()
    }
    shuffled = dict(sorted(table.items(), key=lambda item: rng.random()))
    assert names_store.encode(shuffled, scale, running) == data
    assert json.loads(gzip.decompress(data))["stamp"] == running


def test_a_weight_off_the_scale_is_refused() -> None:
    with pytest.raises(ValueError):
        names_store.encode({"ana": 0.5}, names_data.WEIGHT_SCALE, names_store.stamp((), ()))


def test_first_names_comes_from_the_shipped_file() -> None:
    names_data.first_names.cache_clear()
    try:
        table = names_data.first_names()
        assert table == names_store.load(names_data.first_names_stamp())
    finally:
        names_data.first_names.cache_clear()
