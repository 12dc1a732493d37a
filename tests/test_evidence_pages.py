"""benchmarks/evidence_pages.py reads the evidence pages a held-back truth cites with each council's context, and lists
the pages a later reading sees differently."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from benchmarks.evidence_pages import differences, main, readings


def test_the_first_sets_evidence_pages_are_read_as_the_councils_own() -> None:
    rows = list(readings(["heldback"]))
    assert len(rows) > 20 and not any("error" in r for r in rows)
    # a page cited as evidence of a council's CCTV information is read as it, not as a decoy, almost everywhere
    info = [r for r in rows if "cctv_info" in r["signals"]]
    assert len(info) >= len(rows) // 2 and all(r["decoy"] is None for r in info)


def test_differences_name_what_moved(tmp_path: Path) -> None:
    earlier = [{"set": "s", "url": "u", "decoy": None, "signals": ["cctv_info"], "criteria": ["cameras"]}]
    later = [{"set": "s", "url": "u", "decoy": "another body's cameras", "signals": [], "criteria": []}]
    (line,) = differences(earlier, later)
    assert "decoy: None -> another body's cameras" in line and "signals: ['cctv_info'] -> []" in line
    assert differences(earlier, earlier) == []


def test_the_command_writes_and_compares(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "now.jsonl"
    assert main(["--out", str(out), "--sets", "1"]) == 0
    rows = [json.loads(line) for line in out.read_text().splitlines()]
    rows[0]["signals"] = ["changed"]
    before = tmp_path / "before.jsonl"
    before.write_text("".join(json.dumps(r) + "\n" for r in rows))
    assert main(["--out", str(tmp_path / "again.jsonl"), "--sets", "1", "--compare", str(before)]) == 0
    assert "1 read differently" in capsys.readouterr().out
