"""Data tables loaded once per process, even when two reading threads ask for one at the same moment.

``functools.cache`` computes a missing value in every thread that asks for it before the first has stored
it: two batch workers starting together each parsed the same word lists and models (about 0.2-1.2 s of CPU
each, all of it Python holding the GIL, so the second copy also slowed the other thread's reading). ``once``
keeps a lock per argument tuple: the first caller computes the value, the others wait for it (blocked, the GIL
free for the other thread's native work) and get the same object. What a function returns does not change.

``warm_up.warm_up`` loads, on a thread of its own at the start of a batch, the tables that every card's parsing needs
(docs/MEASURING.md, "Where a scan's time goes"): the workers meanwhile load and straighten their first images
in native code. Tables only some cards need (another language's accents, a country's subdivisions) stay lazy.
"""

from __future__ import annotations

import functools
import threading
from collections.abc import Callable, Hashable
from typing import Generic, ParamSpec, TypeVar

P = ParamSpec("P")
R = TypeVar("R")


class Once(Generic[P, R]):
    """``function`` computed once per argument tuple, thread-safely (see the module's docstring)."""

    def __init__(self, function: Callable[P, R]) -> None:
        self._function = function
        self._values: dict[Hashable, R] = {}
        self._locks: dict[Hashable, threading.Lock] = {}
        self._guard = threading.Lock()
        functools.update_wrapper(self, function)

    def __call__(self, *args: P.args, **kwargs: P.kwargs) -> R:
        key: Hashable = (args, tuple(sorted(kwargs.items()))) if kwargs else args
        try:
            return self._values[key]  # loaded: no lock taken
        except KeyError:
            pass
        with self._guard:
            lock = self._locks.setdefault(key, threading.Lock())
        with lock:
            if key not in self._values:
                self._values[key] = self._function(*args, **kwargs)
            return self._values[key]

    def loaded(self, *args: Hashable) -> bool:
        """Whether the value for ``args`` is loaded already."""
        return args in self._values

    def cache_clear(self) -> None:
        """Forget every value (tests that change what a table is built from)."""
        with self._guard:
            self._values.clear()


def once(function: Callable[P, R]) -> Once[P, R]:
    return Once(function)
