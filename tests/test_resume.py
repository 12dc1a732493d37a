"""kill -9 in the middle of an audit of the simulated web, then `audit --resume`: the same final
verdicts as an uninterrupted run, nothing re-fetched for LAs already done, no duplicate findings,
and an SQLite file that is not corrupt."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from support import ROOT, run_cli
from simaudit import DELIVERABLES, audit_args, default_truth, export_doc

from fixtures.simweb import DEFAULT_SEED
from fixtures.simweb.model import build_web
from fixtures.simweb.register import write_sim_register
from fixtures.simweb.server import SimWebServer


def _done_sites(db_path: Path) -> set[str]:
    con = sqlite3.connect(db_path, timeout=30)
    try:
        rows = con.execute(
            "SELECT a.gss_code FROM site_crawl c JOIN authority a ON a.id = c.authority_id "
            "WHERE c.status NOT IN ('pending', 'running')"
        ).fetchall()
    except sqlite3.OperationalError:
        return set()
    finally:
        con.close()
    return {r[0] for r in rows}


@pytest.fixture(scope="module")
def sim(tmp_path_factory: pytest.TempPathFactory):
    tmp = tmp_path_factory.mktemp("resume")
    web = build_web(DEFAULT_SEED)
    truth = default_truth()  # build_truth(web), shared by the modules that serve this web
    sample = [a["gss_code"] for a in truth["authorities"] if a["crawl"]["status"] == "ok" and not a["faults"]][:8]
    register = Path(write_sim_register(tmp / "sim.csv"))
    with SimWebServer(web, latency_scale=0.05) as server:
        yield {"tmp": tmp, "web": web, "sample": sample, "register": register, "server": server}


def test_kill_9_then_resume_gives_the_uninterrupted_verdicts(sim) -> None:
    tmp, server, sample = sim["tmp"], sim["server"], sim["sample"]
    whole_db = f"sqlite:///{tmp / 'whole.sqlite'}"
    proc = run_cli(*audit_args(sim["register"], whole_db, server.proxy_url, sample), cwd=tmp, timeout=600)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    whole = {a["gss_code"]: a for a in export_doc(run_cli, whole_db)["authorities"]}

    killed_path = tmp / "killed.sqlite"
    killed_db = f"sqlite:///{killed_path}"
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    child = subprocess.Popen(
        [sys.executable, "-m", "crawler", *audit_args(sim["register"], killed_db, server.proxy_url, sample)],
        cwd=tmp,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    deadline = time.monotonic() + 300
    while time.monotonic() < deadline and len(_done_sites(killed_path)) < 2:
        assert child.poll() is None, "the audit finished before it could be killed"
        time.sleep(0.2)
    child.send_signal(signal.SIGKILL)
    child.wait()
    done_before = _done_sites(killed_path)
    assert 2 <= len(done_before) < len(sample)

    con = sqlite3.connect(killed_path)
    assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    con.close()

    runs = run_cli("runs", "--db", killed_db, cwd=tmp)
    assert "interrupted" in runs.stdout, runs.stdout

    refused = run_cli("export", "--db", killed_db, "--format", "json", cwd=tmp)
    assert refused.returncode == 2 and "no finished run" in refused.stderr, "an interrupted run must not look finished"
    server.log.clear()
    resumed = run_cli(
        "audit",
        "--register",
        str(sim["register"]),
        "--db",
        killed_db,
        "--proxy",
        server.proxy_url,
        "--quiet",
        "--resume",
        "1",
        cwd=tmp,
        timeout=600,
    )
    assert resumed.returncode == 0, resumed.stdout + resumed.stderr
    assert f"auditing {len(sample) - len(done_before)} local authorit" in resumed.stdout

    hosts_done = {sim["web"].site_for_gss(c).host for c in done_before}
    for host in hosts_done:
        assert server.log.entries(host) == [], f"{host} was fetched again although it was done"

    after = {a["gss_code"]: a for a in export_doc(run_cli, killed_db)["authorities"]}
    assert set(after) == set(whole)
    for code in sample:
        assert after[code]["crawl"]["status"] == whole[code]["crawl"]["status"], code
        for key in DELIVERABLES:
            assert after[code]["deliverables"][key]["status"] == whole[code]["deliverables"][key]["status"], (code, key)

    con = sqlite3.connect(killed_path)
    dupes = con.execute(
        "SELECT COUNT(*) FROM (SELECT site_crawl_id, snapshot_id, type, quote, CAST(data AS TEXT), COUNT(*) n FROM finding GROUP BY 1, 2, 3, 4, 5 HAVING n > 1)"
    ).fetchone()[0]
    per_site = con.execute("SELECT site_crawl_id, COUNT(DISTINCT deliverable) FROM assessment GROUP BY 1").fetchall()
    snapshots_of_done = con.execute(
        "SELECT COUNT(*) FROM snapshot s JOIN site_crawl c ON c.id = s.site_crawl_id WHERE c.status = 'pending'"
    ).fetchone()[0]
    snapshots = con.execute("SELECT COUNT(*), COUNT(DISTINCT site_crawl_id || ' ' || url) FROM snapshot").fetchone()
    con.close()
    assert dupes == 0
    assert snapshots[0] == snapshots[1], "a URL was stored twice for one site: the resume re-fetched a done page"
    assert len(per_site) == len(sample) and all(n == 4 for _, n in per_site)
    assert snapshots_of_done == 0


def test_resume_refuses_a_finished_or_unknown_run(sim, tmp_path: Path) -> None:
    db = f"sqlite:///{tmp_path / 'x.sqlite'}"
    err = run_cli("audit", "--db", db, "--resume", "5", cwd=tmp_path)
    assert err.returncode == 2 and "no run with id 5" in err.stderr
