"""The seventh held-back web serves over the loopback proxy and its truth is well formed (no audit, no
scoring: the set is measured once, by the lead, after the detectors are frozen).

Checks: the committed truth.json equals what the hand labels build; statuses, criteria and the
labelling rules of fixtures/heldback/README.md hold; the councils are real register rows not used by
sets 3-6, no English council of sets 1-2 is reused, and at most three Welsh councils are reused from
sets 1-2 (none from set 6); every homepage answers through the proxy under its real host name; every
evidence URL answers 200, holds its quote verbatim and is allowed by robots.txt; and the structures the
set exists to test are really present (brand-titled camera pages, an accessible HTML policy holding the
SPOC, 'certificate' PDF links, unusual committee hosts, a search that answers nothing for CCTV, A to Z
entries under S and P, a Welsh-first site, decoys on the councils that publish nothing).
"""

from __future__ import annotations

import json
import re
from collections import Counter
from pathlib import Path
from urllib.parse import urlsplit

import pytest

from benchmarks.heldback import SETS
from fixtures.heldback.truth import TRUTH_PATH as FIRST_TRUTH
from fixtures.heldback2.truth import TRUTH_PATH as SECOND_TRUTH
from fixtures.heldback3.truth import TRUTH_PATH as THIRD_TRUTH
from fixtures.heldback4.truth import TRUTH_PATH as FOURTH_TRUTH
from fixtures.heldback5.truth import TRUTH_PATH as FIFTH_TRUTH
from fixtures.heldback6.truth import TRUTH_PATH as SIXTH_TRUTH
from fixtures.heldback7.truth import TRUTH_PATH, build
from fixtures.heldback7.web import Heldback7Web
from fixtures.simweb.register import read_register
from heldback_served import STATUSES, assert_labelling_rules, assert_truth_served


@pytest.fixture(scope="module")
def web() -> Heldback7Web:
    return Heldback7Web()


@pytest.fixture(scope="module")
def truth() -> dict:
    return json.loads(TRUTH_PATH.read_text(encoding="utf-8"))


def _codes(path: Path) -> dict[str, str]:
    return {a["gss_code"]: a["nation"] for a in json.loads(path.read_text(encoding="utf-8"))["authorities"]}


def test_committed_truth_matches_the_labels(truth: dict) -> None:
    assert build() == truth, "run: python -m fixtures.heldback7.truth"


def test_wired_into_the_benchmark() -> None:
    web_class, path, label = SETS["heldback7"]
    assert web_class is Heldback7Web and path == TRUTH_PATH and label == "held-back set 7"


def test_real_councils_and_reuse(web: Heldback7Web, truth: dict) -> None:
    mine = {s.gss for s in web.sites.values()}
    assert len(mine) == len(web) and 16 <= len(web) <= 20
    assert {a["gss_code"] for a in truth["authorities"]} == mine
    register = {r["gss_code"]: r for r in read_register()}
    for s in web.sites.values():
        row = register[s.gss]
        assert urlsplit(row["website"]).hostname == s.host, s.gss
        assert s.name.split()[0] in row["name"], (s.name, row["name"])
    for later in (THIRD_TRUTH, FOURTH_TRUTH, FIFTH_TRUTH, SIXTH_TRUTH):
        assert not mine & set(_codes(later)), later
    early = {**_codes(FIRST_TRUTH), **_codes(SECOND_TRUTH)}
    reused = mine & set(early)
    assert all(early[g] == "Wales" for g in reused), "only Welsh councils of sets 1-2 may be reused"
    assert len(reused) <= 3


def test_truth_shape_and_labelling_rules(truth: dict) -> None:
    assert_labelling_rules(truth, welsh=3)
    auths = truth["authorities"]
    assert Counter(a["nation"] for a in auths)["Wales"] == 3
    for a in auths:
        # committee papers never count for 5.1
        for e in a["deliverables"]["5.1"]["evidence"]:
            assert "/documents/s" not in e["url"] and "mgAi" not in e["url"], e["url"]
    for key, allowed in STATUSES.items():
        for status in allowed:
            n = sum(a["deliverables"][key]["status"] == status for a in auths)
            assert n >= 2, (key, status, n)


def test_the_structures_under_test_are_present(web: Heldback7Web, truth: dict) -> None:
    meta = [a["heldback"] for a in truth["authorities"]]
    assert sum(m["robots_forbid_search"] for m in meta) >= 2
    assert sum(not m["search"] for m in meta) >= 2
    dem = [m["democracy_host"] for m in meta if m["democracy_host"]]
    assert len(dem) >= 2 and not any(h.startswith("democracy.") for h in dem)
    urls = {e["url"] for a in truth["authorities"] for d in a["deliverables"].values() for e in d["evidence"]}
    assert sum("/documents/s" in u for u in urls) >= 2
    pages = [p for s in web.sites.values() for p in s.pages.values()]
    titles = {p.title for p in pages}
    # camera pages titled by a brand or as 'public space surveillance'
    assert {"StreetWatch Ealing", "Eyes on Stroud", "Safer Shrewsbury cameras", "Public space surveillance"} <= titles
    # certification shown only as a link to a 'Certificate' PDF
    cert_links = [p for p in pages if re.search(r">Certificate( of compliance)? \(PDF", p.body)]
    assert len(cert_links) >= 3
    # the SPOC named only in an accessible HTML version of a policy
    acc = [p for p in pages if "accessible version" in p.title and "single point of contact" in p.body]
    assert len(acc) == 1
    # A to Z: the surveillance page under S at Bury, public space CCTV under P at Portsmouth
    bury = web.sites["www.bury.gov.uk"].render("/a-z").body.decode()
    assert "Surveillance cameras in public places" in bury and ">CCTV" not in bury
    ports = web.sites["www.portsmouth.gov.uk"].render("/a-z").body.decode()
    assert ">Public space CCTV<" in ports
    # a Welsh-first site, and Welsh twins
    welsh_first = [s for s in web.sites.values() if s.pages[(s.host, "/")].lang == "cy"]
    assert len(welsh_first) == 1 and all((s.host, "/en") in s.pages for s in welsh_first)
    assert sum(p.lang == "cy" and p.path != "/" for p in pages) >= 3


def test_a_search_that_answers_nothing_for_cctv(web: Heldback7Web, truth: dict) -> None:
    site = web.sites["www.pendle.gov.uk"]
    assert site.search is not None
    body = site.render(f"{site.search[0]}?{site.search[1]}=CCTV").body.decode()
    assert "0 results" in body
    body = site.render(f"{site.search[0]}?{site.search[1]}=cameras").body.decode()
    assert "town-centre-surveillance" in body
    pendle = next(a for a in truth["authorities"] if a["heldback"]["host"] == site.host)
    assert pendle["deliverables"]["5.1"]["status"] == "met"


def test_robots_forbid_the_search_where_labelled(web: Heldback7Web, truth: dict) -> None:
    for a in truth["authorities"]:
        if a["heldback"]["robots_forbid_search"]:
            site = web.site_for_host(a["heldback"]["host"])
            assert site is not None and site.search is not None
            assert f"Disallow: {site.search[0]}" in site.render("/robots.txt").body.decode()


def test_councils_that_publish_nothing_still_carry_decoys(web: Heldback7Web, truth: dict) -> None:
    nothing = [a for a in truth["authorities"] if all(a["deliverables"][k]["status"] == "not_met" for k in STATUSES)]
    for a in nothing:
        site = web.sites[a["heldback"]["host"]]
        hits = [p for p in site.pages.values() if re.search(r"(?i)cctv|camera|surveillance", p.body)]
        assert len(hits) >= 3, a["name"]


def test_homepages_and_every_quote_are_served_through_the_proxy(web: Heldback7Web, truth: dict) -> None:
    assert_truth_served(web, truth)
