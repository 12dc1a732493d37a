"""benchmarks.heldback finds its sets on disk: every fixtures/heldback<N> package with a web and a truth, none
listed by hand, and `--sets` names them by number with a clear error for a set that is not there."""

from __future__ import annotations

import pytest

from benchmarks import heldback
from benchmarks.heldback_sets import SETS, set_names, set_number
from fixtures.heldback.web import HeldbackWeb


def test_every_set_package_is_found_in_the_order_written() -> None:
    numbers = [set_number(n) for n in set_names()]
    assert numbers == list(range(1, len(numbers) + 1)), "a held-back set is missing its web.py or truth.py"
    assert len(numbers) >= 42
    web_class, truth_path, label = SETS["heldback"]
    assert web_class is HeldbackWeb and label == "held-back set" and truth_path.name == "truth.json"
    web_class, _, label = SETS["heldback7"]
    assert web_class.__name__ == "Heldback7Web" and label == "held-back set 7"
    assert "heldback0" not in SETS and "simweb" not in SETS


def test_sets_are_named_by_number_and_range() -> None:
    assert heldback.parse_sets("2-4,7") == ["heldback2", "heldback3", "heldback4", "heldback7"]
    assert heldback.parse_sets("1") == ["heldback"]
    every = heldback.parse_sets("all")
    assert "heldback" not in every and every[0] == "heldback2" and len(every) == len(SETS) - 1


@pytest.mark.parametrize("spec", ["2-x", "nine", "9999"])
def test_a_bad_set_list_is_a_one_line_error(spec: str) -> None:
    with pytest.raises(SystemExit) as exc:
        heldback.parse_sets(spec)
    assert str(exc.value).startswith("heldback: ") and "\n" not in str(exc.value)


def test_the_summary_totals_sites_not_sets(capsys: pytest.CaptureFixture[str]) -> None:
    def result(name: str, n: int, exact: float, fnm: int, reqs: list[int]) -> dict:
        return {
            "set": name,
            "authorities": n,
            "accuracy": dict.fromkeys(("5.1", "5.2", "5.3", "5.5"), exact),
            "cctv_info": {"f1": 0.9},
            "criteria_micro": {"f1": 0.8},
            "false_not_met": [{}] * fnm,
            "per_site": [{"requests": r} for r in reqs],
            "requests": {"oracle_ratio_median": 2.0},
            "over_budget": [],
        }

    rows = heldback.summary_rows([result("heldback2", 10, 1.0, 0, [5] * 10), result("heldback3", 30, 0.8, 2, [7] * 30)])
    assert [r["requests"] for r in rows] == [50, 210] and rows[1]["false_not_met"] == 2
    heldback.print_summary(rows)
    out = capsys.readouterr().out
    total = next(line for line in out.splitlines() if line.strip().startswith("all"))
    assert "  85.0" in total and " 260 " in total  # (10 * 100 + 30 * 80) / 40 sites, 50 + 210 requests
