"""Every held-back web under fixtures/, found by its package name.

A set is a package ``fixtures/heldback<N>`` (the first is plain ``fixtures/heldback``) holding ``web.py`` with a
``Heldback<N>Web`` class and ``truth.py`` with ``TRUTH_PATH``. Finding them by name means a new set is measured by
adding its package: there is no list of imports, Makefile lines and test ranges to keep in step. Sets are
imported only when asked for, so measuring one set does not load forty.
"""

from __future__ import annotations

import importlib
import re
from collections.abc import Iterator, Mapping
from pathlib import Path

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
_PACKAGE = re.compile(r"heldback(\d*)")

SetEntry = tuple[type, Path, str]


def set_number(name: str) -> int:
    """1 for ``heldback``, N for ``heldback<N>``."""
    m = _PACKAGE.fullmatch(name)
    if m is None:
        raise KeyError(name)
    return int(m.group(1) or 1)


def set_name(number: int) -> str:
    return "heldback" if number == 1 else f"heldback{number}"


def set_names() -> list[str]:
    """The held-back sets on disk, in the order they were written."""
    found = [
        p.name
        for p in FIXTURES.iterdir()
        if _PACKAGE.fullmatch(p.name) and (p / "web.py").is_file() and (p / "truth.py").is_file()
    ]
    return sorted(found, key=set_number)


def load(name: str) -> SetEntry:
    """(web class, truth file, run label) of set ``name``."""
    n = set_number(name)
    web = importlib.import_module(f"fixtures.{name}.web")
    truth = importlib.import_module(f"fixtures.{name}.truth")
    web_class = getattr(web, "HeldbackWeb" if n == 1 else f"Heldback{n}Web")
    return web_class, Path(truth.TRUTH_PATH), "held-back set" if n == 1 else f"held-back set {n}"


class HeldbackSets(Mapping[str, SetEntry]):
    """The sets by name, each imported on first use."""

    def __init__(self) -> None:
        self._names = set_names()
        self._loaded: dict[str, SetEntry] = {}

    def __getitem__(self, name: str) -> SetEntry:
        if name not in self._names:
            raise KeyError(name)
        if name not in self._loaded:
            self._loaded[name] = load(name)
        return self._loaded[name]

    def __iter__(self) -> Iterator[str]:
        return iter(self._names)

    def __len__(self) -> int:
        return len(self._names)


SETS = HeldbackSets()
