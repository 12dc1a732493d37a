"""`cctv-audit demo` (and `make demo`): the whole pipeline on the simulated LA web.

Serves the simulated web on loopback in a child process, audits it into a SQLite file through
it as a proxy, writes the report and prints where it is. Nothing leaves this machine.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import time
from pathlib import Path

from crawler.errors import UserError

HELP = "serve the simulated LA web, audit it, write the report"


def add_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "--out", default="demo-out", metavar="DIR", help="folder for the database and report (default demo-out)"
    )
    p.add_argument("--only", nargs="+", metavar="GSS_CODE", help="audit only these LAs")
    p.add_argument(
        "--latency-scale", type=float, default=0.1, metavar="X", help="scale the simulated latency (default 0.1)"
    )


def start_simweb(
    latency_scale: float, register: str | None = None, extra: list[str] | None = None
) -> tuple[subprocess.Popen, str]:
    """Start `cctv-audit simweb serve --port 0` and return it with its proxy URL."""
    cmd = [sys.executable, "-m", "crawler", "simweb", "serve", "--port", "0", "--latency-scale", str(latency_scale)]
    if register:
        cmd += ["--register", register]
    cmd += extra or []
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    deadline = time.monotonic() + 60
    assert proc.stdout is not None
    while time.monotonic() < deadline:
        line = proc.stdout.readline()
        if not line:
            break
        if "listening on" in line:
            url = line.split("listening on", 1)[1].split()[0]
            return proc, url
    proc.kill()
    err = proc.stderr.read() if proc.stderr else ""
    raise UserError(f"the simulated web did not start: {err.strip().splitlines()[-1] if err.strip() else 'no output'}")


def run(args: argparse.Namespace) -> int:
    from crawler.register import load_register, select as select_only
    from crawler.runner.audit import AuditOptions, run_audit
    from crawler.runner.history import load_report_inputs
    from crawler.storage import open_database
    from fixtures.simweb.register import write_sim_register
    from reports.build import write_report

    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    register = out / "register-sim.csv"
    write_sim_register(register)
    authorities = select_only(load_register(register), args.only)
    db = open_database(f"sqlite:///{(out / 'audit.sqlite').resolve()}")
    proc, proxy = start_simweb(args.latency_scale)
    print(f"simulated LA web serving {len(authorities)} sites through {proxy}")
    try:
        options = AuditOptions(label="demo (simulated LA web)", proxy=proxy, log_dir=out / "logs")
        run_id = run_audit(db, authorities, options, register=str(register))
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
    doc, history = load_report_inputs(db, run_id, finished_only=False)
    index = write_report(doc, out / "report", history=history)
    print(f"report: {Path(index).resolve()}")
    return 0
