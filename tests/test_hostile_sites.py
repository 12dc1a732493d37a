"""Each fault of the simulated web injected directly — the fault page is where the audit starts —
and its outcome asserted: capped, refused or bounded, recorded on the site's crawl, never fatal."""

from __future__ import annotations

import csv
import re

import pytest

from simaudit import default_truth, export_doc
from support import run_cli

from fixtures.simweb import DEFAULT_SEED
from fixtures.simweb.faults import BOMB_PATH, CALENDAR_PATH, HUGE_PATH, LOOP, OFFSITE_PATH
from fixtures.simweb.model import build_web
from fixtures.simweb.server import SimWebServer

START = {
    "gzip_bomb": BOMB_PATH,
    "huge_page": HUGE_PATH,
    "redirect_loop": LOOP[0],
    "offsite_redirect": OFFSITE_PATH,
    "calendar_trap": CALENDAR_PATH,
    "session_ids": "/",
}
BUDGET = 15


@pytest.fixture(scope="module")
def hostile(tmp_path_factory: pytest.TempPathFactory):
    tmp = tmp_path_factory.mktemp("hostile")
    web = build_web(DEFAULT_SEED)
    truth = default_truth()  # build_truth(web), shared by the modules that serve this web
    rows, by_fault = [], {}
    for fault, path in START.items():
        a = next(
            x
            for x in truth["authorities"]
            if fault in {str(f).split(":")[0] for f in x["faults"]} and x["gss_code"] not in by_fault.values()
        )
        by_fault[fault] = a["gss_code"]
        rows.append(
            {
                "gss_code": a["gss_code"],
                "name": a["name"],
                "website": a["website"].rstrip("/") + path,
                "police_force": a["police_force"],
            }
        )
    register = tmp / "hostile.csv"
    with register.open("w", newline="") as fh:
        w = csv.DictWriter(fh, fieldnames=["gss_code", "name", "website", "police_force"])
        w.writeheader()
        w.writerows(rows)
    db = f"sqlite:///{tmp / 'a.sqlite'}"
    with SimWebServer(web, latency_scale=0.02) as server:
        proc = run_cli(
            "audit",
            "--register",
            str(register),
            "--db",
            db,
            "--proxy",
            server.proxy_url,
            "--quiet",
            "--max-pages-per-site",
            str(BUDGET),
            cwd=tmp,
            timeout=600,
        )
        log = server.log
        docs = {a["gss_code"]: a for a in export_doc(run_cli, db)["authorities"]}
        yield {"proc": proc, "docs": docs, "by_fault": by_fault, "log": log, "web": web}


def _crawl(hostile, fault: str) -> dict:
    return hostile["docs"][hostile["by_fault"][fault]]["crawl"]


def test_the_run_completes(hostile) -> None:
    assert hostile["proc"].returncode == 0, hostile["proc"].stdout + hostile["proc"].stderr
    assert "finished" in hostile["proc"].stdout


@pytest.mark.parametrize("fault", ["gzip_bomb", "huge_page"])
def test_oversized_and_bomb_pages_are_capped_and_recorded(hostile, fault: str) -> None:
    crawl = _crawl(hostile, fault)
    assert crawl["status"] == "error"
    assert re.search(r"max ?size|larger than|too large|size", crawl["error"], re.I), crawl["error"]


def test_redirect_loop_is_cut_and_recorded(hostile) -> None:
    crawl = _crawl(hostile, "redirect_loop")
    assert crawl["status"] == "error" and "redirect" in crawl["error"].lower()
    assert crawl["requests"] <= BUDGET


def test_offsite_redirect_is_refused(hostile) -> None:
    crawl = _crawl(hostile, "offsite_redirect")
    assert crawl["status"] == "error" and "outside the site" in crawl["error"]
    audited = {h for h in hostile["log"].hosts()}
    own = {hostile["web"].site_for_gss(c).host for c in hostile["by_fault"].values()}
    assert audited <= own, audited - own


@pytest.mark.parametrize("fault", ["calendar_trap", "session_ids"])
def test_traps_are_bounded(hostile, fault: str) -> None:
    crawl = _crawl(hostile, fault)
    assert crawl["status"] == "ok"
    assert crawl["requests"] <= BUDGET
    host = hostile["web"].site_for_gss(hostile["by_fault"][fault]).host
    paths = [e[3] for e in hostile["log"].entries(host)]
    assert sum("month=" in p for p in paths) <= 3, "the calendar's next-month links are not worth following"
    # a 5xx answer is retried (RetryMiddleware): only pages that were answered count as fetched
    answered = [e[3] for e in hostile["log"].entries(host) if e[4] < 500 and e[3] != "/robots.txt"]
    stripped = [re.sub(r";jsessionid=[^/?#]*", "", p, flags=re.I) for p in answered]
    twice = sorted({p for p in stripped if stripped.count(p) > 1})
    assert not twice, f"fetched twice under different session ids: {twice}"
