"""The audit spider on the simulated LA web: verdicts equal the truth, measured politeness.

A sample of LAs covering every CMS style, every fault and every status of every deliverable is
audited through the simulated web's proxy; the server's own log is the witness for robots.txt,
per-site concurrency and never leaving the site.
"""

from __future__ import annotations

from pathlib import Path
from urllib.parse import urlsplit

import pytest
from protego import Protego

from support import run_cli
from simaudit import DELIVERABLES, audit_args, export_doc, pick_sample

from crawler.engine.netsafety import registered_domain
from fixtures.simweb import DEFAULT_SEED
from fixtures.simweb.model import build_web
from fixtures.simweb.register import write_sim_register
from fixtures.simweb.server import SimWebServer
from fixtures.simweb.truth import build_truth

BUDGET = 60


@pytest.fixture(scope="module")
def sim_audit(tmp_path_factory: pytest.TempPathFactory):
    tmp = tmp_path_factory.mktemp("simaudit")
    # the web as before issue 10's harder structures: every verdict there must be right; the
    # structures that argue back are measured per variant by `make bench`, where they are not all
    # right yet (see README, Benchmarks)
    web = build_web(DEFAULT_SEED, structures=False)
    truth = build_truth(web)
    sample = pick_sample(truth, limit=40)
    register = write_sim_register(tmp / "sim.csv")
    db = f"sqlite:///{tmp / 'audit.sqlite'}"
    with SimWebServer(web, latency_scale=0.05) as server:
        proc = run_cli(*audit_args(Path(register), db, server.proxy_url, sample, BUDGET), cwd=tmp, timeout=900)
        assert proc.returncode == 0, proc.stdout[-3000:] + proc.stderr[-3000:]
        doc = export_doc(run_cli, db)
        yield {"web": web, "truth": truth, "sample": sample, "doc": doc, "log": server.log, "stdout": proc.stdout}


def test_sample_covers_every_style_and_fault(sim_audit) -> None:
    truth = {a["gss_code"]: a for a in sim_audit["truth"]["authorities"]}
    chosen = [truth[c] for c in sim_audit["sample"]]
    assert {a["style"] for a in chosen} == {a["style"] for a in truth.values()}
    every_fault = {str(f).split(":")[0] for a in truth.values() for f in a["faults"]}
    assert {str(f).split(":")[0] for a in chosen for f in a["faults"]} == every_fault


def test_verdicts_equal_the_truth(sim_audit) -> None:
    truth = {a["gss_code"]: a for a in sim_audit["truth"]["authorities"]}
    found = {a["gss_code"]: a for a in sim_audit["doc"]["authorities"]}
    assert set(found) == set(sim_audit["sample"])
    wrong = []
    for code, a in found.items():
        t = truth[code]
        if a["crawl"]["status"] != t["crawl"]["status"]:
            wrong.append((code, "crawl", a["crawl"]["status"], t["crawl"]["status"], a["crawl"]["error"]))
        for key in DELIVERABLES:
            if a["deliverables"][key]["status"] != t["deliverables"][key]["status"]:
                wrong.append((code, key, a["deliverables"][key]["status"], t["deliverables"][key]["status"]))
    assert wrong == []


def test_every_met_or_partial_carries_evidence(sim_audit) -> None:
    for a in sim_audit["doc"]["authorities"]:
        for key in DELIVERABLES:
            d = a["deliverables"][key]
            if d["status"] in ("met", "partial"):
                assert d["evidence"], (a["gss_code"], key)
                assert all(e["url"].startswith("http") and e["quote"] and e["fetched_at"] for e in d["evidence"])


def test_robots_txt_obeyed_at_the_server(sim_audit) -> None:
    web, log = sim_audit["web"], sim_audit["log"]
    checked = 0
    for host in log.hosts():
        site = web.site_for_host(host)
        if site is None:
            continue
        robots = site.render("/robots.txt")
        rules = Protego.parse(robots.body.decode("utf-8", "replace")) if robots.status == 200 else None
        for _s, _e, _method, path, _status, ua in log.entries(host):
            assert "cctv-audit/" in ua
            if rules is None or path == "/robots.txt":
                continue
            checked += 1
            assert rules.can_fetch(f"http://{host}{path}", ua), f"{host}{path} is disallowed by robots.txt"
    assert checked > 50


def test_per_site_concurrency_and_budget(sim_audit) -> None:
    log = sim_audit["log"]
    for host in log.hosts():
        assert log.max_in_flight(host) <= 2, host
    for a in sim_audit["doc"]["authorities"]:
        assert a["crawl"]["requests"] <= BUDGET


def test_never_leaves_the_audited_sites(sim_audit) -> None:
    allowed = {registered_domain(urlsplit(a["website"]).hostname) for a in sim_audit["doc"]["authorities"]}
    for host in sim_audit["log"].hosts():
        assert registered_domain(host) in allowed, f"{host} is not one of the audited sites"
