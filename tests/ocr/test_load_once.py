"""``load_once``: a table is built once per process even when two reading threads ask for it together."""

from __future__ import annotations

import contextlib
import gc
import threading

from cardbook.ocr import line_classifier, names_data, region, region_evidence, warm_up, web_suffixes
from cardbook.ocr.load_once import once


def test_a_second_thread_waits_for_the_first_value_instead_of_building_its_own() -> None:
    built: list[int] = []
    inside, release = threading.Event(), threading.Event()

    @once
    def table() -> list[int]:
        built.append(1)
        inside.set()
        release.wait(timeout=30)
        return [len(built)]

    results: list[list[int]] = []
    first = threading.Thread(target=lambda: results.append(table()))
    first.start()
    assert inside.wait(timeout=30)
    second = threading.Thread(target=lambda: results.append(table()))
    second.start()
    second.join(timeout=0.5)  # functools.cache would let it in: it would build a second table meanwhile
    assert second.is_alive()  # waiting for the first thread's value
    assert built == [1]
    release.set()
    first.join(timeout=30)
    second.join(timeout=30)
    assert built == [1]
    assert len(results) == 2 and results[0] is results[1]


def test_one_value_per_argument_and_keyword() -> None:
    calls: list[tuple[str, int]] = []

    @once
    def scaled(word: str, times: int = 1) -> str:
        calls.append((word, times))
        return word * times

    assert scaled("ab") == "ab" and scaled("ab") == "ab"
    assert scaled("ab", times=2) == "abab" and scaled("ab", times=2) == "abab"
    assert scaled("cd") == "cd"
    assert calls == [("ab", 1), ("ab", 2), ("cd", 1)]
    assert scaled.loaded("ab") and not scaled.loaded("ef")
    scaled.cache_clear()
    assert not scaled.loaded("ab")


def test_an_error_is_not_kept_and_the_next_call_tries_again() -> None:
    attempts: list[int] = []

    @once
    def flaky() -> int:
        attempts.append(1)
        if len(attempts) == 1:
            raise OSError("the file is not there yet")
        return 7

    with contextlib.suppress(OSError):
        flaky()
    assert flaky() == 7 and flaky() == 7
    assert len(attempts) == 2


def test_the_warm_up_loads_what_every_card_parses_with() -> None:
    warm_up.warm_up(rapid=False).join(timeout=120)
    assert region._language_identifier.loaded()
    assert names_data.first_names.loaded()
    assert region_evidence._country_pattern.loaded()
    assert web_suffixes.top_level_domains.loaded()
    assert line_classifier.load_model.loaded()
    # The same objects as before the warm-up would have given: the loaders' values are kept, not rebuilt.
    assert names_data.first_names() is names_data.first_names()


def test_a_command_hands_the_loaded_tables_to_the_permanent_generation_and_a_caller_does_not() -> None:
    gc.unfreeze()  # whatever an earlier test left: this test decides
    try:
        warm_up.warm_up(rapid=False).join(timeout=120)
        assert gc.get_freeze_count() == 0  # a window or a test: the collector as it was
        tracked = len(gc.get_objects())  # what a full collection walks
        assert tracked > 10_000  # the loaded tables, the modules
        warm_up.warm_up(rapid=False, freeze=True).join(timeout=120)
        assert gc.get_freeze_count() >= tracked // 2
        assert len(gc.get_objects()) < tracked // 10
    finally:
        gc.unfreeze()
    assert len(gc.get_objects()) >= tracked // 2
