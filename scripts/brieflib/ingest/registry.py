"""A registry of small named recognisers, one per kind of line.

As Python-Markdown registers its processors by name and priority, each
recogniser here is registered once with a name (which becomes the *reason*
a line is left out, or the *evidence* for a field) and a priority (higher
runs first). A new layout is a new recogniser, not a new special case.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Generic, TypeVar

F = TypeVar("F", bound=Callable)


@dataclass(frozen=True)
class Recogniser(Generic[F]):
    name: str
    priority: int
    test: F
    reason: str  # what a reader of ``convert -v`` is told


class Registry(Generic[F]):
    """Recognisers kept in priority order (highest first, then by name)."""

    def __init__(self) -> None:
        self._items: dict[str, Recogniser[F]] = {}
        self._ordered: tuple[Recogniser[F], ...] | None = None  # sorted once, not for every line tested

    def register(self, name: str, priority: int, reason: str = "") -> Callable[[F], F]:
        def add(test: F) -> F:
            if name in self._items:
                raise ValueError(f"recogniser {name!r} is registered twice")
            self._items[name] = Recogniser(name, priority, test, reason or name.replace("-", " "))
            self._ordered = None
            return test

        return add

    def __iter__(self) -> Iterator[Recogniser[F]]:
        if self._ordered is None:
            self._ordered = tuple(sorted(self._items.values(), key=lambda r: (-r.priority, r.name)))
        return iter(self._ordered)

    def __getitem__(self, name: str) -> Recogniser[F]:
        return self._items[name]

    def __contains__(self, name: str) -> bool:
        return name in self._items

    def names(self) -> list[str]:
        return [r.name for r in self]

    def first(self, *args) -> Recogniser[F] | None:
        """The first recogniser whose test is true for ``args``."""
        return next((r for r in self if r.test(*args)), None)
