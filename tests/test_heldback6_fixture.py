"""The sixth held-back web serves over the loopback proxy and its truth is well formed (no audit, no
scoring: the set is measured once, by the lead, after the detectors are frozen).

Checks: the committed truth.json equals what the hand labels build; statuses, criteria and the
labelling rules of fixtures/heldback/README.md hold; the councils are real register rows not used by
sets 2-5 (the four Welsh councils are reused from set 1, since every other Welsh council is taken,
and no English council of set 1 is reused); every homepage answers through the proxy under its real
host name; every evidence URL answers 200, holds its quote verbatim and is allowed by robots.txt; and
the structures the set exists to test are really present (robots-forbidden searches, no search, a
page five clicks deep, democracy hosts with agenda > item > PDF chains, extensionless documents,
empty-alt marks with captions, CCTV sub-pages that never name the council, Welsh-first sites, decoys
on the councils that publish nothing).
"""

from __future__ import annotations

import json
import re
from urllib.parse import urlsplit

import pytest

from benchmarks.heldback import SETS
from fixtures.heldback.truth import TRUTH_PATH as FIRST_TRUTH
from fixtures.heldback2.truth import TRUTH_PATH as SECOND_TRUTH
from fixtures.heldback3.truth import TRUTH_PATH as THIRD_TRUTH
from fixtures.heldback4.truth import TRUTH_PATH as FOURTH_TRUTH
from fixtures.heldback5.truth import TRUTH_PATH as FIFTH_TRUTH
from fixtures.heldback6.truth import TRUTH_PATH, build
from fixtures.heldback6.web import Heldback6Web
from heldback_served import STATUSES, assert_labelling_rules, assert_real_councils_not_in, assert_truth_served


@pytest.fixture(scope="module")
def web() -> Heldback6Web:
    return Heldback6Web()


@pytest.fixture(scope="module")
def truth() -> dict:
    return json.loads(TRUTH_PATH.read_text(encoding="utf-8"))


def test_committed_truth_matches_the_labels(truth: dict) -> None:
    assert build() == truth, "run: python -m fixtures.heldback6.truth"


def test_wired_into_the_benchmark() -> None:
    web_class, path, label = SETS["heldback6"]
    assert web_class is Heldback6Web and path == TRUTH_PATH and label == "held-back set 6"


def test_real_councils_disjoint_from_the_earlier_sets(web: Heldback6Web, truth: dict) -> None:
    assert_real_councils_not_in(web, truth, (SECOND_TRUTH, THIRD_TRUTH, FOURTH_TRUTH, FIFTH_TRUTH), range(18, 23))
    first = {a["gss_code"]: a["nation"] for a in json.loads(FIRST_TRUTH.read_text(encoding="utf-8"))["authorities"]}
    reused = {a["gss_code"] for a in truth["authorities"] if a["gss_code"] in first}
    assert all(first[g] == "Wales" for g in reused), "only Welsh councils of set 1 may be reused"


def test_truth_shape_and_labelling_rules(truth: dict) -> None:
    assert_labelling_rules(truth)
    auths = truth["authorities"]
    assert sum(a["nation"] == "Wales" for a in auths) == 4
    for key, allowed in STATUSES.items():
        for status in allowed:
            n = sum(a["deliverables"][key]["status"] == status for a in auths)
            assert n >= 2 or (key, status) in {("5.1", "not_met")}, (key, status, n)


def test_the_structures_under_test_are_present(web: Heldback6Web, truth: dict) -> None:
    meta = [a["heldback"] for a in truth["authorities"]]
    assert sum(m["robots_forbid_search"] for m in meta) >= 3
    assert sum(not m["search"] for m in meta) >= 3
    assert sum(bool(m["democracy_host"]) for m in meta) >= 3
    assert max(a["oracle_fetches"] for a in truth["authorities"]) >= 7
    urls = {e["url"] for a in truth["authorities"] for d in a["deliverables"].values() for e in d["evidence"]}
    # committee documents on democracy hosts (agenda item > PDF), never the item page itself
    dem_docs = [u for u in urls if "/documents/s" in u and "mgAi" not in u]
    assert len(dem_docs) >= 3
    # documents served without an extension, with a Content-Disposition name
    extensionless = 0
    for u in urls:
        parts = urlsplit(u)
        site = web.site_for_host(parts.hostname or "")
        assert site is not None
        r = site.render(parts.path, host=parts.hostname)
        ctype = r.header("Content-Type") or ""
        if "." not in parts.path.rsplit("/", 1)[-1] and ("pdf" in ctype or "word" in ctype):
            assert "filename=" in (r.header("Content-Disposition") or ""), u
            extensionless += 1
    assert extensionless >= 4
    pages = [p for s in web.sites.values() for p in s.pages.values()]
    assert sum('alt=""><figcaption>' in p.body for p in pages) >= 2
    assert sum(p.lang == "cy" and p.path != "/" for p in pages) >= 6
    welsh_first = [s for s in web.sites.values() if s.pages[(s.host, "/")].lang == "cy"]
    assert len(welsh_first) == 2
    assert all((s.host, "/en") in s.pages for s in welsh_first)


def test_cctv_sub_pages_never_name_the_council(web: Heldback6Web) -> None:
    s = web.sites["www.lbbd.gov.uk"]
    hub = s.pages[(s.host, "/community-safety/community-cameras")]
    assert len(hub.children) >= 4
    for path in hub.children:
        body = s.pages[(s.host, path)].body
        assert not re.search(r"Barking|Dagenham", body), path


def test_robots_forbid_the_search_where_labelled(web: Heldback6Web, truth: dict) -> None:
    for a in truth["authorities"]:
        if a["heldback"]["robots_forbid_search"]:
            site = web.site_for_host(a["heldback"]["host"])
            assert site is not None and site.search is not None
            assert f"Disallow: {site.search[0]}" in site.render("/robots.txt").body.decode()


def test_councils_that_publish_nothing_still_carry_decoys(web: Heldback6Web, truth: dict) -> None:
    nothing = [a for a in truth["authorities"] if all(a["deliverables"][k]["status"] == "not_met" for k in STATUSES)]
    assert len(nothing) >= 3
    for a in nothing:
        site = web.sites[a["heldback"]["host"]]
        hits = [p for p in site.pages.values() if re.search(r"(?i)cctv|camera|surveillance", p.body)]
        assert len(hits) >= 3, a["name"]


def test_homepages_and_every_quote_are_served_through_the_proxy(web: Heldback6Web, truth: dict) -> None:
    assert_truth_served(web, truth)
