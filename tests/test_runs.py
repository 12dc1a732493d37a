"""`cctv-audit runs`: the history of audits, and sites failing in consecutive runs called out."""

from __future__ import annotations

import socket
from pathlib import Path

from support import run_cli


def test_site_failing_twice_is_called_out(tmp_path: Path) -> None:
    # a port held bound but never listening refuses every connection, and no other test's server can
    # take it between the two runs (a port closed at once could be reused by one: a flaky "error")
    held = socket.socket()
    held.bind(("127.0.0.1", 0))
    reg = tmp_path / "r.csv"
    reg.write_text(f"gss_code,name,website\nE99000009,Moved Council,http://127.0.0.1:{held.getsockname()[1]}/\n")
    db = f"sqlite:///{tmp_path / 'a.sqlite'}"
    try:
        _audit_twice(reg, db, tmp_path)
    finally:
        held.close()
    runs = run_cli("runs", "--db", db, cwd=tmp_path)
    assert runs.returncode == 0
    lines = runs.stdout.splitlines()
    assert sum(line.split()[1:2] == ["finished"] for line in lines if line.strip()[:1].isdigit()) == 2
    assert "sites failing in the last two finished runs" in runs.stdout
    assert "E99000009 Moved Council" in runs.stdout and "unreachable then unreachable" in runs.stdout


def _audit_twice(reg: Path, db: str, tmp_path: Path) -> None:
    for label in ("first", "second"):
        proc = run_cli("audit", "--register", str(reg), "--db", db, "--quiet", "--label", label, cwd=tmp_path)
        assert proc.returncode == 0, proc.stdout + proc.stderr
        assert "unreachable" in proc.stdout


def test_runs_on_an_empty_database(tmp_path: Path) -> None:
    assert run_cli("db", "upgrade", "--db", f"sqlite:///{tmp_path / 'e.sqlite'}").returncode == 0
    proc = run_cli("runs", "--db", f"sqlite:///{tmp_path / 'e.sqlite'}")
    assert proc.returncode == 0 and "no runs yet" in proc.stdout


def test_evidence_that_broke_since_the_last_run_is_reported(tmp_path: Path) -> None:
    import json

    from minisite import RecordingSite
    from test_spider_local import build_site

    pdf = "/docs/cctv-sla-cleveland-police.pdf"
    with RecordingSite({}, host="127.0.0.2") as other, RecordingSite(build_site(other.url)) as site:
        reg = tmp_path / "r.csv"
        reg.write_text(
            f"gss_code,name,nation,website,police_force\nE99000001,Testborough Borough Council,England,{site.url},Cleveland\n"
        )
        db = f"sqlite:///{tmp_path / 'a.sqlite'}"
        assert run_cli("audit", "--register", str(reg), "--db", db, "--quiet", cwd=tmp_path).returncode == 0
        del site.pages[pdf]  # the council took its agreement down
        before = len(site.hits)
        assert run_cli("audit", "--register", str(reg), "--db", db, "--quiet", cwd=tmp_path).returncode == 0
        assert any(h["path"] == pdf for h in site.hits[before:]), "last run's evidence is checked again"
    doc = json.loads(run_cli("export", "--db", db, "--format", "json").stdout)
    la = doc["authorities"][0]
    assert [b["url"].endswith(pdf) and "404" in b["status"] for b in la["crawl"]["broken_evidence"]] == [True]
    assert la["deliverables"]["5.5"]["status"] == "partial", "only the link text still mentions the agreement"
    rep = run_cli("report", "--db", db, "--out", str(tmp_path / "report"), cwd=tmp_path)
    assert rep.returncode == 0, rep.stderr
    changes = json.loads((tmp_path / "report" / "changes.json").read_text())
    assert changes["summary"]["broken_evidence"] == 1
    assert any(m["gss_code"] == "E99000001" for m in changes["deliverables"]["5.5"]["lost"])
