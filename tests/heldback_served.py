"""Checks every held-back set shares: its truth is what the served web shows, its councils are real
register rows no earlier set used, and its labels follow fixtures/heldback/README.md.

A plain module (not a conftest): tests/test_heldback2.py, tests/test_heldback3_fixture.py and
tests/test_heldback4_fixture.py call it for their own web and truth.
"""

from __future__ import annotations

from collections.abc import Iterable

import json
import re
import time
import urllib.request
from collections import Counter
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit
from urllib.robotparser import RobotFileParser

from fixtures.heldback.kit import CRITERIA
from fixtures.simweb.register import read_register
from fixtures.simweb.served import collapse, document_text, html_images, html_links, html_text
from fixtures.simweb.server import SimWebServer

# what each deliverable's status may be in a held-back truth (5.2 has no partial)
STATUSES = {
    "5.1": {"met", "partial", "not_met"},
    "5.2": {"met", "not_met"},
    "5.3": {"met", "partial", "not_met"},
    "5.5": {"met", "partial", "not_met"},
}


def assert_real_councils_not_in(web: Any, truth: dict, earlier: tuple[Path, ...], sizes: range) -> None:
    """The set's councils are register rows (real host and name), none of them in an earlier set."""
    used = {a["gss_code"] for f in earlier for a in json.loads(f.read_text(encoding="utf-8"))["authorities"]}
    mine = {s.gss for s in web.sites.values()}
    assert len(mine) == len(web) and len(web) in sizes
    assert not mine & used
    register = {r["gss_code"]: r for r in read_register()}
    for s in web.sites.values():
        row = register[s.gss]
        assert urlsplit(row["website"]).hostname == s.host, s.gss
        assert s.name.split()[0] in row["name"], (s.name, row["name"])
    assert {a["gss_code"] for a in truth["authorities"]} == mine


def assert_wired(n: int, web_class: type, truth_path: Path) -> None:
    """Set n is found by benchmarks.heldback's SETS (its web, its truth, its label) and run by `make bench`
    (which runs every set but the first through ``--sets all``; the first is benchmarks.bench's)."""
    from benchmarks.heldback import SETS, parse_sets

    got_class, path, label = SETS[f"heldback{n}"]
    assert got_class is web_class and path == truth_path and label == f"held-back set {n}"
    make = (Path(__file__).parents[1] / "Makefile").read_text(encoding="utf-8")
    assert "-m benchmarks.heldback --sets all --out bench-out" in make
    assert f"heldback{n}" in parse_sets("all")


def register_rows_of(web: Any, truth: dict, size: int) -> tuple[set[str], dict[str, dict]]:
    """The set's councils (its GSS codes) and the register: each a register row with its real host and
    name, the truth listing exactly them."""
    mine = {s.gss for s in web.sites.values()}
    assert len(mine) == len(web) == size
    assert {a["gss_code"] for a in truth["authorities"]} == mine
    register = {r["gss_code"]: r for r in read_register()}
    for s in web.sites.values():
        row = register[s.gss]
        assert urlsplit(row["website"]).hostname == s.host, s.gss
        assert s.name.split()[-1] in row["name"], (s.name, row["name"])
    hosts = [s.host for s in web.sites.values()]
    assert len(set(hosts)) == len(hosts), "one site per council"
    for a in truth["authorities"]:
        assert a["police_force"] == register[a["gss_code"]]["police_force"], a["gss_code"]
    return mine, register


def status_tally(truth: dict) -> dict[str, Counter]:
    """How many councils the truth labels met, partial and not_met, per deliverable."""
    auths = truth["authorities"]
    return {k: Counter(a["deliverables"][k]["status"] for a in auths) for k in ("5.1", "5.2", "5.3", "5.5")}


def assert_labelling_rules(truth: dict, welsh: int = 4, types: int = 6) -> None:
    """Statuses, criteria and evidence follow the labelling rules; every status occurs twice at least; several
    councils genuinely publish nothing. `welsh`: Welsh councils at least (the later sets had only
    the Welsh councils the earlier ones left); `types`: council types at least."""
    auths = truth["authorities"]
    assert Counter(a["nation"] for a in auths)["Wales"] >= welsh
    assert len({a["type"] for a in auths}) >= types
    for a in auths:
        d = a["deliverables"]
        for key, allowed in STATUSES.items():
            assert d[key]["status"] in allowed, (a["gss_code"], key)
        crit = d["5.1"]["criteria"]
        assert set(crit) == set(CRITERIA)
        n = sum(crit.values())
        if d["5.1"]["status"] == "met":
            assert n >= 5, a["gss_code"]
        elif d["5.1"]["status"] == "partial":
            assert n <= 1 and d["5.1"]["evidence"], a["gss_code"]
        else:
            assert n == 0 and not d["5.1"]["evidence"], a["gss_code"]
        for key in ("5.2", "5.3", "5.5"):
            assert bool(d[key]["evidence"]) == (d[key]["status"] != "not_met"), (a["gss_code"], key)
        for doc in d["5.5"]["documents"]:
            assert doc["force"] == a["police_force"] and doc["signed"] != doc["draft"]
        if d["5.5"]["status"] == "met":
            assert any(doc["signed"] for doc in d["5.5"]["documents"]), a["gss_code"]
        assert (a["oracle_fetches"] > 0) == any(d[k]["evidence"] for k in d)
        assert a["heldback"]["tests"], a["gss_code"]
    for key, allowed in STATUSES.items():
        for status in allowed:
            n = sum(a["deliverables"][key]["status"] == status for a in auths)
            assert n >= 2, ("every status of every deliverable occurs twice at least", key, status, n)
    nothing = [a for a in auths if all(a["deliverables"][k]["status"] == "not_met" for k in STATUSES)]
    assert len(nothing) >= 3, "several councils that genuinely publish nothing"


def assert_truth_served(web: Any, truth: dict) -> None:
    """Every homepage answers through the loopback proxy, and every labelled evidence URL answers
    200, holds its quote (in its text or an image's alt text) and is allowed by robots.txt."""
    texts: dict[str, str] = {}
    with SimWebServer(web, latency_scale=0.0) as server:
        opener = urllib.request.build_opener(urllib.request.ProxyHandler({"http": server.proxy_url}))

        def fetch(url: str) -> tuple[int, str, bytes]:
            with opener.open(url, timeout=10) as r:
                return r.status, r.headers.get("Content-Type", ""), r.read()

        for a in truth["authorities"]:
            status, ctype, body = fetch(a["website"])
            assert status == 200 and "html" in ctype and b"<h1>" in body, a["website"]
            site = web.site_for_host(urlsplit(a["website"]).hostname or "")
            assert site is not None
            robots = RobotFileParser()
            robots.parse(site.robots_txt().splitlines())
            for key, d in a["deliverables"].items():
                for ev in d["evidence"]:
                    url = ev["url"]
                    if url not in texts:
                        status, ctype, body = fetch(url)
                        assert status == 200, url
                        alts = [alt for _, alt in html_images(body, url, ctype)] if "html" in ctype else []
                        texts[url] = collapse(" ".join([document_text(body, ctype), *alts]))
                    assert collapse(ev["quote"]) in texts[url], (a["name"], key, url, ev["quote"])
                    if urlsplit(url).hostname == site.host:
                        assert robots.can_fetch("cctv-audit", url), url
        wanted = {urlsplit(a["website"]).hostname for a in truth["authorities"]}
        # the server logs a request once its response is sent, which can be just after the client has
        # read it: give the last one a moment before reading the log
        deadline = time.monotonic() + 5
        while not set(server.log.hosts()) >= wanted and time.monotonic() < deadline:
            time.sleep(0.05)
        assert set(server.log.hosts()) >= wanted


# ---- reading one set's truth and served pages (shared by the fixture tests of sets 11 to 13)


def assert_publish_nothing(web: Any, truth: dict, hosts: set[str], min_decoys: int = 4) -> None:
    """The councils labelled not_met on every deliverable are exactly `hosts`, and each still carries look-alikes
    (at least `min_decoys` pages that speak of CCTV, cameras or surveillance) and no evidence at all: a council
    that publishes nothing must still tempt a careless reader."""
    nothing = [a for a in truth["authorities"] if all(a["deliverables"][k]["status"] == "not_met" for k in STATUSES)]
    assert {a["heldback"]["host"] for a in nothing} == hosts
    for a in nothing:
        site = web.sites[a["heldback"]["host"]]
        hits = [p for p in site.pages.values() if re.search(r"(?i)cctv|camera|surveillance", p.body)]
        assert len(hits) >= min_decoys, a["name"]
        assert not evidence_urls(a)


def linking(web: Any, host: str, target: str) -> set[str]:
    """The pages of one site that link to `target` (its served link graph)."""
    from fixtures.heldback.truth import link_graph

    graph = link_graph(web, web.sites[host])
    return {u for u, links in graph.items() if target in links}


def truth_codes(path: Path) -> set[str]:
    """The GSS codes a committed truth.json labels."""
    return {a["gss_code"] for a in json.loads(path.read_text(encoding="utf-8"))["authorities"]}


def codes_of_sets(numbers: Iterable[int]) -> set[str]:
    """The GSS codes the committed truths of held-back sets `numbers` label (set 1 is "heldback"), read
    through benchmarks.heldback's SETS so that no set's test imports every earlier set."""
    from benchmarks.heldback import SETS

    codes: set[str] = set()
    for n in numbers:
        codes |= truth_codes(SETS["heldback" if n == 1 else f"heldback{n}"][1])
    return codes


# The brief's mix of council types for a blind set of fifteen (sets 90 onwards).
BRIEF_TYPES = Counter(
    {
        "London borough": 1,
        "Metropolitan district": 1,
        "Unitary authority": 1,
        "County": 1,
        "Welsh unitary authority": 1,
        "Non-metropolitan district": 10,
    }
)


def assert_fresh_councils(web: Any, truth: dict, n: int, back: int = 15) -> None:
    """Set `n`'s fifteen councils are real register rows of the brief's mix of types, and none of them is labelled by
    the `back` sets before it that are on disk (so that a council's wording is not learnt in one set and measured in the
    next)."""
    from benchmarks.heldback import SETS

    mine, register = register_rows_of(web, truth, 15)
    others = [k for k in range(n - back, n) if f"heldback{k}" in SETS]
    assert others, "the earlier sets are on disk"
    assert not mine & codes_of_sets(others), f"no council of sets {n - back}-{n - 1} may be reused"
    assert Counter(register[g]["type"] for g in mine) == BRIEF_TYPES


def auth_by_host(truth: dict, host: str) -> dict:
    return next(a for a in truth["authorities"] if a["heldback"]["host"] == host)


def evidence_urls(auth: dict) -> set[str]:
    return {e["url"] for d in auth["deliverables"].values() for e in d["evidence"]}


def render(web: Any, url: str) -> Any:
    """The web's answer for `url` (any of its hosts, query string kept), as the proxy would serve it."""
    parts = urlsplit(url)
    site = web.site_for_host(parts.hostname or "")
    assert site is not None, url
    return site.render(parts.path + (f"?{parts.query}" if parts.query else ""), host=parts.hostname)


def served_text(web: Any, host: str, path: str) -> str:
    r = render(web, f"http://{host}{path}")
    assert r.status == 200, (host, path)
    return document_text(r.body, r.header("Content-Type"))


def served_html(web: Any, host: str, path: str) -> str:
    r = render(web, f"http://{host}{path}")
    assert r.status == 200, (host, path)
    return r.body.decode("utf-8")


def served_main(web: Any, host: str, path: str) -> str:
    """The visible text of a page's <main> only (no menus, footer or search box)."""
    body = served_html(web, host, path).split('<main id="main">', 1)[1].split("</main>", 1)[0]
    return html_text(body.encode("utf-8"), "text/html; charset=utf-8")


def served_links(web: Any, host: str, path: str) -> list[str]:
    r = render(web, f"http://{host}{path}")
    return html_links(r.body, f"http://{host}{path}", r.header("Content-Type"))
