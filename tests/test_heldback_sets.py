"""What every held-back web from the fourteenth on must satisfy, whoever wrote it: its committed truth is what
its hand labels build, it is wired into `make bench` and benchmarks.heldback's SETS, and every homepage and every
evidence quote is served through the loopback proxy. Each set's own test file checks the structures it was
written to have; these checks were copied into each of them until session 11.
"""

from __future__ import annotations

import importlib
import json
from typing import Any

import pytest
from heldback_served import assert_truth_served, assert_wired

from benchmarks.heldback_sets import set_names, set_number

SETS = [n for n in map(set_number, set_names()) if n >= 14]


def _set(n: int) -> tuple[Any, Any]:
    return importlib.import_module(f"fixtures.heldback{n}.truth"), importlib.import_module(f"fixtures.heldback{n}.web")


def _web_class(web_module: Any, n: int) -> type:
    return getattr(web_module, f"Heldback{n}Web")


def _checks(sets: list[int]) -> type:
    """The three checks over `sets`, as one class: `make test` runs with `--dist loadscope`, which keeps a module's
    functions on one worker but spreads its classes, and eighty sets' checks are minutes of work on one worker."""

    class Checks:
        @pytest.mark.parametrize("n", sets)
        def test_committed_truth_matches_the_labels(self, n: int) -> None:
            truth_module, _ = _set(n)
            committed = json.loads(truth_module.TRUTH_PATH.read_text(encoding="utf-8"))
            assert truth_module.build() == committed, f"run: python -m fixtures.heldback{n}.truth"

        @pytest.mark.parametrize("n", sets)
        def test_wired_into_the_benchmark(self, n: int) -> None:
            truth_module, web_module = _set(n)
            assert_wired(n, _web_class(web_module, n), truth_module.TRUTH_PATH)

        @pytest.mark.parametrize("n", sets)
        def test_homepages_and_every_quote_are_served_through_the_proxy(self, n: int) -> None:
            truth_module, web_module = _set(n)
            truth = json.loads(truth_module.TRUTH_PATH.read_text(encoding="utf-8"))
            assert_truth_served(_web_class(web_module, n)(), truth)

    return Checks


TestSetsQuarter1 = _checks(SETS[0::4])
TestSetsQuarter2 = _checks(SETS[1::4])
TestSetsQuarter3 = _checks(SETS[2::4])
TestSetsQuarter4 = _checks(SETS[3::4])
