"""The command line as users' scripts meet it: every CONTRACT command, and one-line errors."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

CONTRACT = Path(__file__).resolve().parents[1] / "docs" / "contract.md"
COMMANDS = ["audit", "report", "export", "check", "inspect", "schedule", "demo"]


def _one_line_error(proc) -> str:
    assert proc.returncode != 0, proc.stdout
    err = proc.stderr.strip()
    assert "Traceback" not in proc.stderr
    assert len(err.splitlines()) == 1, err
    assert err.startswith("cctv-audit:")
    return err


def test_help_lists_every_contract_command(cli) -> None:
    proc = cli("--help")
    assert proc.returncode == 0
    for name in COMMANDS + ["runs", "reanalyse", "db", "simweb", "serve", "users"]:
        assert re.search(rf"^\s+{name}\b", proc.stdout, re.M), name
    documented = set(re.findall(r"`cctv-audit (\w+)", CONTRACT.read_text(encoding="utf-8")))
    assert set(COMMANDS) <= documented <= set(COMMANDS + ["runs", "reanalyse", "db", "simweb", "serve", "users"]), (
        documented
    )


@pytest.mark.parametrize(
    "command", COMMANDS + ["runs", "reanalyse", "schedule add", "schedule run", "db upgrade", "simweb serve"]
)
def test_every_command_has_help(cli, command: str) -> None:
    proc = cli(*command.split(), "--help")
    assert proc.returncode == 0, proc.stderr
    assert "usage: cctv-audit" in proc.stdout


def test_malformed_register_names_the_bad_line(cli, tmp_path: Path) -> None:
    bad = tmp_path / "bad.csv"
    bad.write_text("gss_code,name,nation,website\nE1,Good,England,https://good.gov.uk/\nE2,Bad,England,not-a-url\n")
    db = tmp_path / "audit.sqlite"
    err = _one_line_error(cli("audit", "--register", str(bad), "--db", f"sqlite:///{db}"))
    assert "line 3" in err and "not-a-url" in err
    assert not db.exists(), "a bad register must leave the database as it was"


def test_unknown_run_id(cli, tmp_path: Path) -> None:
    db = f"sqlite:///{tmp_path / 'a.sqlite'}"
    assert cli("db", "upgrade", "--db", db).returncode == 0
    assert "no run with id 99" in _one_line_error(cli("export", "--db", db, "--run", "99", "--format", "json"))
    assert "no run with id 99" in _one_line_error(
        cli("report", "--db", db, "--run", "99", "--out", str(tmp_path / "r"))
    )


def test_unreachable_database_url(cli, tmp_path: Path) -> None:
    err = _one_line_error(cli("export", "--db", "postgresql+psycopg://nobody@127.0.0.1:1/x", "--format", "csv"))
    assert "cannot connect to database" in err
    err = _one_line_error(cli("runs", "--db", "mysql+nosuchdriver://x/y"))
    assert "database URL" in err


def test_database_from_environment(cli, tmp_path: Path) -> None:
    proc = cli("db", "upgrade", env={"CCTV_AUDIT_DB": f"sqlite:///{tmp_path / 'env.sqlite'}"})
    assert proc.returncode == 0, proc.stderr
    assert (tmp_path / "env.sqlite").exists()
    from alembic.script import ScriptDirectory

    from crawler.storage.db import Database

    db = Database(f"sqlite:///{tmp_path / 'env.sqlite'}")
    try:
        (head,) = ScriptDirectory.from_config(db.alembic_config()).get_heads()
        assert db.current_revision() == head
    finally:
        db.dispose()
    assert f"revision {head}" in proc.stdout


@pytest.mark.parametrize("url", ["ftp://www.hartlepool.gov.uk/", "javascript:alert(1)", "www.hartlepool.gov.uk"])
def test_non_http_url_is_refused(cli, url: str) -> None:
    assert "http(s)" in _one_line_error(cli("check", url))


def test_inspect_non_http_url_and_missing_file(cli) -> None:
    assert "http(s)" in _one_line_error(cli("inspect", "ftp://example.org/x.pdf"))
    assert "no such file" in _one_line_error(cli("inspect", "/no/such/page.html"))


def test_bad_option_values_are_one_line(cli) -> None:
    proc = cli("audit", "--max-pages-per-site", "zero")
    assert proc.returncode == 2 and "Traceback" not in proc.stderr
    assert "not a whole number" in proc.stderr


def test_reading_commands_do_not_create_a_database(cli, tmp_path: Path) -> None:
    missing = tmp_path / "typo.sqlite"
    for args in (["export", "--format", "json"], ["report", "--out", str(tmp_path / "r")], ["runs"]):
        err = _one_line_error(cli(*args, "--db", f"sqlite:///{missing}"))
        assert "no database at" in err
    assert not missing.exists()
