"""benchmarks.heldback_statuses: a run's statuses saved as a CSV, and a later run compared with it council by council.

The runs here are findings documents written by the test (a held-back set's truth with statuses and requests changed), laid
out as ``benchmarks.heldback`` lays them out; nothing is crawled."""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

import pytest

from benchmarks import heldback_statuses as hs
from benchmarks.heldback_sets import SETS

SET = "heldback422"


def _truth() -> dict[str, Any]:
    return json.loads(SETS[SET][1].read_text(encoding="utf-8"))


def _run(root: Path, doc: dict[str, Any], name: str = SET) -> Path:
    (root / name).mkdir(parents=True)
    (root / name / "findings.json").write_text(json.dumps(doc), encoding="utf-8")
    return root


def _with_requests(doc: dict[str, Any], n: int) -> dict[str, Any]:
    doc = copy.deepcopy(doc)
    for a in doc["authorities"]:
        a["crawl"]["requests"] = n
    return doc


def test_a_saved_run_compared_with_itself_changes_nothing(tmp_path: Path) -> None:
    run = _run(tmp_path / "run", _with_requests(_truth(), 12))
    out = tmp_path / "base.csv"
    assert hs.save(run, out) == 15
    base = hs.read(out)
    assert base[(SET, _truth()["authorities"][0]["gss_code"])]["requests"] == "12"
    lines, lost, delta = hs.compare(base, {(r["set"], r["gss_code"]): r for r in hs.rows_of(run)})
    assert (lines, lost, delta) == ([], 0, 0)


def test_a_status_lost_and_one_gained_are_told_apart_by_the_truth(tmp_path: Path) -> None:
    truth = _truth()
    worse = _with_requests(truth, 10)
    first, second = worse["authorities"][0], worse["authorities"][1]
    right = first["deliverables"]["5.1"]["status"]
    first["deliverables"]["5.1"]["status"] = "not_met" if right != "not_met" else "met"
    base_csv = tmp_path / "base.csv"
    hs.save(_run(tmp_path / "before", worse), base_csv)

    better = _with_requests(truth, 11)
    wrong = "met" if second["deliverables"]["5.3"]["status"] != "met" else "not_met"
    better["authorities"][1]["deliverables"]["5.3"]["status"] = wrong
    new_run = _run(tmp_path / "after", better)

    lines, lost, delta = hs.compare(hs.read(base_csv), {(r["set"], r["gss_code"]): r for r in hs.rows_of(new_run)})
    assert lost == 1 and delta == 15
    assert sorted(line.split(":")[0] for line in lines) == [
        f"GAIN {SET} {first['gss_code']} 5.1",
        f"LOSS {SET} {second['gss_code']} 5.3",
    ]
    assert any(line.endswith(f"(truth {right})") and line.startswith("GAIN") for line in lines)
    assert hs.main(["compare", str(base_csv), str(new_run)]) == 1


def test_sets_still_held_back_are_left_out(tmp_path: Path) -> None:
    root = _run(tmp_path / "run", _with_requests(_truth(), 9))
    assert hs.save(root, tmp_path / "all.csv") == 15
    with pytest.raises(SystemExit, match="no findings.json"):
        hs.save(root, tmp_path / "none.csv", last=421)
    assert not (tmp_path / "none.csv").exists()


def test_a_missing_or_foreign_file_is_a_one_line_error(tmp_path: Path) -> None:
    with pytest.raises(SystemExit, match="no such file"):
        hs.main(["compare", str(tmp_path / "absent.csv"), str(tmp_path)])
    odd = tmp_path / "odd.csv"
    odd.write_text("set,gss_code\nheldback422,E1\n", encoding="utf-8")
    with pytest.raises(SystemExit, match="lacks the columns"):
        hs.read(odd)


def test_the_committed_baseline_reads_and_holds_only_opened_sets() -> None:
    base = hs.read(Path(hs.__file__).with_name("baselines") / "heldback-freeze69.csv")
    sets = {s for s, _ in base}
    assert len(base) == 3930 and len(sets) == 262
    assert max(int(s.removeprefix("heldback")) for s in sets) == 427
