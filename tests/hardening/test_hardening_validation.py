"""Issue 14, item 2: the register and every command-line value are checked before any work, and
a schedule can never spin."""

from __future__ import annotations

import pickle
from datetime import timedelta
from pathlib import Path
from types import SimpleNamespace

import pytest

from support import run_cli

from crawler.cli import main
from crawler.errors import RegisterError
from crawler.register import parse_register

HEADER = "gss_code,name,website\n"


def _one_line_error(proc) -> str:
    assert proc.returncode == 2, proc.stdout + proc.stderr
    lines = proc.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("cctv-audit: error:"), proc.stderr
    assert "Traceback" not in proc.stderr and "internal error" not in proc.stderr
    return lines[0]


def test_an_unclosed_quote_is_named_with_its_line_not_swallowed() -> None:
    text = HEADER + (
        'E99000001,First,"https://first.example.gov.uk/\n'
        "E99000002,Second,https://second.example.gov.uk/\n"
        "E99000003,Third,https://third.example.gov.uk/\n"
    )
    with pytest.raises(RegisterError) as err:
        parse_register(text, "reg.csv")
    assert "line 2" in str(err.value) and "several lines" in str(err.value)


@pytest.mark.parametrize(
    "row, why",
    [
        ("E99000001,Bad\x1b[31mName,https://a.example.gov.uk/", "control characters"),
        ("E99000001,Bad\x85Name,https://a.example.gov.uk/", "control characters"),
        ("E99000001,Bad\x00Name,https://a.example.gov.uk/", "control characters"),
        ("E990000011234567890,Long code,https://a.example.gov.uk/", "gss_code is 19 characters"),
        ("E99000001," + "N" * 201 + ",https://a.example.gov.uk/", "name is 201 characters"),
        ("E99000001,Long site,https://a.example.gov.uk/" + "p" * 480, "website is 505 characters"),
    ],
)
def test_register_values_the_database_cannot_hold_are_refused(row: str, why: str) -> None:
    with pytest.raises(RegisterError) as err:
        parse_register(HEADER + row + "\n", "reg.csv")
    assert "line 2" in str(err.value) and why in str(err.value)


def test_audit_refuses_an_unstorable_register_and_label_before_touching_the_database(tmp_path: Path) -> None:
    reg = tmp_path / "reg.csv"
    reg.write_text(HEADER + "E99000001,Name,https://a.example.gov.uk/" + "p" * 500 + "\n")
    db = tmp_path / "audit.sqlite"
    line = _one_line_error(run_cli("audit", "--register", str(reg), "--db", f"sqlite:///{db}", cwd=tmp_path))
    assert "website is" in line and "line 2" in line
    reg.write_text(HEADER + "E99000001,Name,http://127.0.0.1:9/\n")
    line = _one_line_error(
        run_cli("audit", "--register", str(reg), "--db", f"sqlite:///{db}", "--label", "L" * 201, cwd=tmp_path)
    )
    assert "--label" in line
    assert not db.exists()


@pytest.mark.parametrize(
    "args, says",
    [
        (["--interval", "-5"], "--interval"),
        (["--interval", "0"], "--interval"),
        (["--interval", "1e308"], "--interval"),
        (["--interval", "nan"], "--interval"),
        (["--interval", "inf"], "--interval"),
        (["--interval", "60", "--webhook", "file:///etc/passwd"], "--webhook"),
        (["--interval", "60", "--webhook", "gopher://127.0.0.1/"], "--webhook"),
        (["--interval", "60", "--only", "E99999999"], "not in the register"),
        (["--interval", "60", "--report-dir", "{file}"], "not a folder"),
        (["--interval", "60", "--label", "two\nlines"], "--label"),
    ],
)
def test_schedule_add_refuses_bad_values_at_once(
    args: list[str], says: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    afile = tmp_path / "a-file"
    afile.write_text("x")
    args = [a.replace("{file}", str(afile)) for a in args]
    db = tmp_path / "s.sqlite"
    # in-process (the CLI's own main): each value is refused before any import of the scheduler
    code = main(["schedule", "add", "--db", f"sqlite:///{db}", *args])
    err = capsys.readouterr().err
    _one_line_error(SimpleNamespace(returncode=code, stderr=err, stdout=""))
    assert says in err
    assert not db.exists()


def test_a_stored_spinning_schedule_is_refused_and_removable(tmp_path: Path) -> None:
    """A schedule written by an older version with a negative interval: `schedule list` answers
    in one line within its timeout instead of spinning, and `schedule remove` deletes it."""
    from sqlalchemy import create_engine, text

    db = f"sqlite:///{tmp_path / 's.sqlite'}"
    proc = run_cli("schedule", "add", "--db", db, "--interval", "60", "--label", "weekly", cwd=tmp_path, timeout=30)
    assert proc.returncode == 0, proc.stderr
    job_id = proc.stdout.split()[1]
    engine = create_engine(db)
    with engine.begin() as c:
        state = pickle.loads(c.execute(text("SELECT job_state FROM apscheduler_jobs")).scalar())
        state["trigger"].interval = timedelta(seconds=-5)
        state["trigger"].interval_length = -5.0
        c.execute(text("UPDATE apscheduler_jobs SET job_state = :s"), {"s": pickle.dumps(state)})
    engine.dispose()
    line = _one_line_error(run_cli("schedule", "list", "--db", db, cwd=tmp_path, timeout=30))
    assert job_id in line and "-5" in line and "schedule remove" in line
    _one_line_error(run_cli("schedule", "add", "--db", db, "--interval", "60", cwd=tmp_path, timeout=30))
    assert run_cli("schedule", "remove", job_id, "--db", db, cwd=tmp_path, timeout=30).returncode == 0
    listed = run_cli("schedule", "list", "--db", db, cwd=tmp_path, timeout=30)
    assert listed.returncode == 0 and "no schedules" in listed.stdout


def test_check_html_pointing_at_a_folder_is_refused_before_crawling(tmp_path: Path) -> None:
    line = _one_line_error(run_cli("check", "http://127.0.0.1:9/", "--html", str(tmp_path), cwd=tmp_path, timeout=30))
    assert "--html" in line and "folder" in line
