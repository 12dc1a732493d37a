"""write_report swaps a complete report in, or leaves the earlier one untouched."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import reports.build as build
from reports.build import write_report


def _small(findings: dict, n: int = 12) -> dict:
    return {**findings, "authorities": findings["authorities"][:n]}


def test_write_report_returns_index_and_replaces_an_earlier_report(tmp_path: Path, findings: dict) -> None:
    out = tmp_path / "out" / "report"
    index = write_report(_small(findings), out)
    assert index == out.absolute() / "index.html" and index.is_file()
    assert len(list((out / "la").glob("*.html"))) == 12
    index2 = write_report(_small(findings, 5), out)
    assert index2 == index
    assert len(list((out / "la").glob("*.html"))) == 5  # no stale pages left
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == ["report"]  # no temp dirs


def test_a_crash_leaves_the_earlier_report_whole(
    tmp_path: Path, findings: dict, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = tmp_path / "report"
    write_report(_small(findings), out)
    before = {p.relative_to(out): p.read_bytes() for p in out.rglob("*") if p.is_file()}
    calls = {"n": 0}
    real_render = build.render

    def failing_render(template: str, **ctx):
        calls["n"] += 1
        if calls["n"] == 9:  # in the middle of the LA pages
            raise OSError("disk full")
        return real_render(template, **ctx)

    monkeypatch.setattr(build, "render", failing_render)
    with pytest.raises(OSError, match="disk full"):
        write_report(_small(findings, 30), out)
    after = {p.relative_to(out): p.read_bytes() for p in out.rglob("*") if p.is_file()}
    assert after == before
    assert [p.name for p in tmp_path.iterdir()] == ["report"]


def test_a_first_build_that_crashes_leaves_nothing(
    tmp_path: Path, findings: dict, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(build, "findings_csv", lambda doc: 1 / 0)
    with pytest.raises(ZeroDivisionError):
        write_report(_small(findings), tmp_path / "new")
    assert list(tmp_path.iterdir()) == []


def test_refuses_to_replace_a_folder_that_is_not_a_report(tmp_path: Path, findings: dict) -> None:
    home = tmp_path / "home"
    home.mkdir()
    (home / "thesis.docx").write_text("years of work")
    with pytest.raises(ValueError, match="does not hold an earlier report"):
        write_report(_small(findings), home)
    assert (home / "thesis.docx").read_text() == "years of work"
    empty = tmp_path / "empty"
    empty.mkdir()
    assert write_report(_small(findings), empty).is_file()


def test_exports_in_the_report_match_the_export_functions(tmp_path: Path, findings: dict, history: list[dict]) -> None:
    from reports.export import findings_csv, findings_json
    from reports.trend import compare

    doc = _small(findings, 20)
    out = write_report(doc, tmp_path / "r", history=[_small(h, 20) for h in history]).parent
    assert (out / "findings.json").read_text(encoding="utf-8") == findings_json(doc)
    assert (out / "findings.csv").read_bytes().decode("utf-8") == findings_csv(doc)
    changes = json.loads((out / "changes.json").read_text(encoding="utf-8"))
    assert changes == compare(_small(history[-1], 20), doc)
