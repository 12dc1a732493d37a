"""The held-back web serves over the loopback proxy and its truth is well formed (not an accuracy test).

Checks: the committed truth.json equals what the hand labels build; every deliverable and criterion
is present with a legal status; every evidence quote is served verbatim at its URL; every evidence
URL is reachable from the homepage by served links and allowed by robots.txt; the proxy answers
for the real host names (and a democracy.* host) and closes unknown hosts without a response.
"""

from __future__ import annotations

import json
import socket
import urllib.request
from urllib.parse import urlsplit
from urllib.robotparser import RobotFileParser

import pytest

from fixtures.heldback.kit import CRITERIA
from fixtures.heldback.truth import TRUTH_PATH, build_truth, served
from fixtures.heldback.web import HeldbackWeb
from fixtures.simweb.served import document_text, html_images
from fixtures.simweb.server import SimWebServer

STATUSES = {
    "5.1": {"met", "partial", "not_met"},
    "5.2": {"met", "not_met"},
    "5.3": {"met", "partial", "not_met"},
    "5.5": {"met", "partial", "not_met"},
}


@pytest.fixture(scope="module")
def web() -> HeldbackWeb:
    return HeldbackWeb()


@pytest.fixture(scope="module")
def truth() -> dict:
    return json.loads(TRUTH_PATH.read_text(encoding="utf-8"))


def test_committed_truth_matches_the_labels(web: HeldbackWeb, truth: dict) -> None:
    assert build_truth(web) == truth, "run: python -m fixtures.heldback.truth"


def test_truth_shape_and_coverage(web: HeldbackWeb, truth: dict) -> None:
    auths = truth["authorities"]
    assert 20 <= len(auths) <= 30
    assert {a["nation"] for a in auths} == {"England", "Wales"}
    assert len({a["type"] for a in auths}) >= 5
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
        has_evidence = any(d[k]["evidence"] for k in d)
        assert (a["oracle_fetches"] > 0) == has_evidence
    every = {(k, a["deliverables"][k]["status"]) for a in auths for k in STATUSES}
    assert every == {(k, s) for k, v in STATUSES.items() for s in v}, "every status of every deliverable occurs"


def test_every_quote_is_served_at_its_url_and_robots_allows_it(web: HeldbackWeb, truth: dict) -> None:
    texts: dict[str, str] = {}
    for a in truth["authorities"]:
        site = web.site_for_host(urlsplit(a["website"]).hostname or "")
        assert site is not None
        robots = RobotFileParser()
        robots.parse(site.robots_txt().splitlines())
        for key, d in a["deliverables"].items():
            for ev in d["evidence"]:
                url = ev["url"]
                if url not in texts:
                    status, ctype, body = served(web, url)
                    assert status == 200, url
                    alts = [alt for _, alt in html_images(body, url, ctype)] if "html" in ctype else []
                    texts[url] = " ".join([document_text(body, ctype), *alts])  # a mark's quote is its alt text
                assert " ".join(ev["quote"].split()) in texts[url], (key, url, ev["quote"])
                if urlsplit(url).hostname == site.host:
                    assert robots.can_fetch("cctv-audit", url), url


def _get(proxy_port: int, url: str) -> bytes:
    with socket.create_connection(("127.0.0.1", proxy_port), timeout=5) as sock:
        sock.sendall(f"GET {url} HTTP/1.1\r\nHost: {urlsplit(url).hostname}\r\nConnection: close\r\n\r\n".encode())
        chunks = []
        while True:
            b = sock.recv(65536)
            if not b:
                break
            chunks.append(b)
    return b"".join(chunks)


def test_proxy_serves_real_host_names_on_loopback(web: HeldbackWeb) -> None:
    with SimWebServer(web, latency_scale=0.0) as server:  # type: ignore[arg-type]
        proxy = urllib.request.ProxyHandler({"http": server.proxy_url})
        opener = urllib.request.build_opener(proxy)
        with opener.open("http://www.hartlepool.gov.uk/", timeout=5) as r:
            assert r.status == 200 and b"Hartlepool Borough Council" in r.read()
        with opener.open("http://www.wealden.gov.uk/robots.txt", timeout=5) as r:
            assert b"Disallow: /search" in r.read()
        with opener.open("http://democracy.wealden.gov.uk/mgListCommittees.aspx", timeout=5) as r:
            assert b"Cabinet" in r.read()
        with opener.open("http://www.cherwell.gov.uk/downloads/file/1842/cctv-policy", timeout=5) as r:
            assert r.headers["Content-Type"] == "application/pdf" and r.read().startswith(b"%PDF")
        assert _get(server.port, "http://www.example.org/") == b""  # unknown host: closed, no response
        assert server.log.hosts() == [
            "democracy.wealden.gov.uk",
            "www.cherwell.gov.uk",
            "www.hartlepool.gov.uk",
            "www.wealden.gov.uk",
        ]
