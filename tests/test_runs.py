"""`cctv-audit runs`: the history of audits, and sites failing in consecutive runs called out."""

from __future__ import annotations

import socket
from pathlib import Path

from support import run_cli


def _closed_port() -> int:
    s = socket.socket()
    s.bind(("127.0.0.1", 0))
    port = s.getsockname()[1]
    s.close()
    return port


def test_site_failing_twice_is_called_out(tmp_path: Path) -> None:
    reg = tmp_path / "r.csv"
    reg.write_text(f"gss_code,name,website\nE99000009,Moved Council,http://127.0.0.1:{_closed_port()}/\n")
    db = f"sqlite:///{tmp_path / 'a.sqlite'}"
    for label in ("first", "second"):
        proc = run_cli("audit", "--register", str(reg), "--db", db, "--quiet", "--label", label, cwd=tmp_path)
        assert proc.returncode == 0, proc.stdout + proc.stderr
        assert "unreachable" in proc.stdout
    runs = run_cli("runs", "--db", db, cwd=tmp_path)
    assert runs.returncode == 0
    lines = runs.stdout.splitlines()
    assert sum(line.split()[1:2] == ["finished"] for line in lines if line.strip()[:1].isdigit()) == 2
    assert "sites failing in the last two finished runs" in runs.stdout
    assert "E99000009 Moved Council" in runs.stdout and "unreachable then unreachable" in runs.stdout


def test_runs_on_an_empty_database(tmp_path: Path) -> None:
    assert run_cli("db", "upgrade", "--db", f"sqlite:///{tmp_path / 'e.sqlite'}").returncode == 0
    proc = run_cli("runs", "--db", f"sqlite:///{tmp_path / 'e.sqlite'}")
    assert proc.returncode == 0 and "no runs yet" in proc.stdout
