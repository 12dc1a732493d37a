"""Issue 14, item 8: migrations touch nothing unless the database is ours or empty; only writing
commands apply them; a newer schema is refused in one line."""

from __future__ import annotations

import pytest

import hashlib
import sqlite3
from pathlib import Path

from sqlalchemy import create_engine, text

from support import run_cli


def _one_line(proc) -> str:
    assert proc.returncode == 2, proc.stdout + proc.stderr
    lines = proc.stderr.strip().splitlines()
    assert len(lines) == 1 and "Traceback" not in proc.stderr and "internal error" not in proc.stderr, proc.stderr
    return lines[0]


def test_a_foreign_sqlite_file_is_left_untouched_by_read_and_write_commands(tmp_path: Path) -> None:
    path = tmp_path / "other-app.sqlite"
    with sqlite3.connect(path) as c:
        c.execute("CREATE TABLE customers (id INTEGER PRIMARY KEY, name TEXT)")
        c.execute("INSERT INTO customers (name) VALUES ('someone')")
    before = hashlib.sha256(path.read_bytes()).hexdigest()
    url = f"sqlite:///{path}"
    line = _one_line(run_cli("runs", "--db", url, cwd=tmp_path, timeout=60))
    assert "not a cctv-audit database" in line and "nothing was changed" in line
    reg = tmp_path / "reg.csv"
    reg.write_text("gss_code,name,website\nE99000001,Name,http://127.0.0.1:9/\n")
    line = _one_line(run_cli("audit", "--register", str(reg), "--db", url, "--quiet", cwd=tmp_path, timeout=60))
    assert "not a cctv-audit database" in line
    assert hashlib.sha256(path.read_bytes()).hexdigest() == before
    with sqlite3.connect(path) as c:
        assert [r[0] for r in c.execute("SELECT name FROM sqlite_master WHERE type='table'")] == ["customers"]


def test_a_newer_schema_is_refused_in_one_line(db_url: str, tmp_path: Path) -> None:
    assert run_cli("db", "upgrade", "--db", db_url, cwd=tmp_path, timeout=60).returncode == 0
    engine = create_engine(db_url)
    with engine.begin() as c:
        c.execute(text("UPDATE alembic_version SET version_num = 'ffff9999future'"))
    engine.dispose()
    for args in (["runs"], ["db", "upgrade"]):
        line = _one_line(run_cli(*args, "--db", db_url, cwd=tmp_path, timeout=60))
        assert "newer than this version of cctv-audit" in line and "ffff9999future" in line


def test_a_read_only_command_on_an_empty_database_creates_nothing(tmp_path: Path) -> None:
    path = tmp_path / "empty.sqlite"
    sqlite3.connect(path).close()
    line = _one_line(run_cli("runs", "--db", f"sqlite:///{path}", cwd=tmp_path, timeout=60))
    assert "nothing was changed" in line
    with sqlite3.connect(path) as c:
        assert list(c.execute("SELECT name FROM sqlite_master")) == []


def test_a_migration_that_fails_half_way_leaves_nothing_behind(db_url: str, monkeypatch) -> None:
    """All or nothing, SQLite included: the real migration runs, then fails before the end."""
    import alembic.command

    from crawler.storage.db import Database

    real = alembic.command.upgrade

    def upgrade_then_fail(cfg, rev):
        real(cfg, rev)
        raise RuntimeError("simulated failure at the end of the migration")

    monkeypatch.setattr(alembic.command, "upgrade", upgrade_then_fail)
    db = Database(db_url)
    try:
        with pytest.raises(RuntimeError, match="simulated failure"):
            db.upgrade()
        assert db.schema_state() == ("empty", None)
        monkeypatch.setattr(alembic.command, "upgrade", real)
        db.upgrade()
        assert db.schema_state()[0] == "current"
    finally:
        db.dispose()
