"""The fifth held-back web serves over the loopback proxy and its truth is well formed (no audit, no
scoring: the set is measured once, by the lead, after the detectors are frozen).

Checks: the committed truth.json equals what the hand labels build; statuses, criteria and the
labelling rules of fixtures/heldback/README.md hold; the councils are real register rows not used by
the first four sets; every homepage answers through the proxy under its real host name; every
evidence URL answers 200 through the proxy, holds its quote verbatim and is allowed by robots.txt;
and the structures the set exists to test are really present (robots-forbidden searches, no search,
deep pages under partnership hubs, query-string A to Z letter pages, a mega-menu, democracy hosts with
agenda > item > PDF chains, extensionless documents, empty-alt marks with captions, a slow page, a dead
link, Welsh-first sites).

Only two Welsh councils were left that no earlier set used (Blaenau Gwent and Merthyr Tydfil), so the
shared ``assert_labelling_rules`` (which wants four) is applied here with that one bound relaxed.
"""

from __future__ import annotations

import json
from collections import Counter
from urllib.parse import urlsplit

import pytest

from benchmarks.heldback import SETS
from fixtures.heldback.truth import TRUTH_PATH as FIRST_TRUTH
from fixtures.heldback2.truth import TRUTH_PATH as SECOND_TRUTH
from fixtures.heldback3.truth import TRUTH_PATH as THIRD_TRUTH
from fixtures.heldback4.truth import TRUTH_PATH as FOURTH_TRUTH
from fixtures.heldback5.common import SlowPageSite
from fixtures.heldback5.truth import TRUTH_PATH, build
from fixtures.heldback5.web import Heldback5Web
from heldback_served import assert_labelling_rules, assert_real_councils_not_in, assert_truth_served


@pytest.fixture(scope="module")
def web() -> Heldback5Web:
    return Heldback5Web()


@pytest.fixture(scope="module")
def truth() -> dict:
    return json.loads(TRUTH_PATH.read_text(encoding="utf-8"))


def test_committed_truth_matches_the_labels(truth: dict) -> None:
    assert build() == truth, "run: python -m fixtures.heldback5.truth"


def test_wired_into_the_benchmark() -> None:
    web_class, path, label = SETS["heldback5"]
    assert web_class is Heldback5Web and path == TRUTH_PATH and label == "held-back set 5"


def test_real_councils_disjoint_from_the_earlier_sets(web, truth: dict) -> None:
    assert_real_councils_not_in(web, truth, (FIRST_TRUTH, SECOND_TRUTH, THIRD_TRUTH, FOURTH_TRUTH), range(22, 27))


def test_truth_shape_and_labelling_rules(truth: dict) -> None:
    assert_labelling_rules(truth, welsh=2)
    auths = truth["authorities"]
    assert Counter(a["nation"] for a in auths)["Wales"] == 2, "every Welsh council the earlier sets left"


def test_the_structures_under_test_are_present(web: Heldback5Web, truth: dict) -> None:
    meta = [a["heldback"] for a in truth["authorities"]]
    assert sum(m["robots_forbid_search"] for m in meta) >= 3
    assert sum(not m["search"] for m in meta) >= 3
    assert sum(bool(m["democracy_host"]) for m in meta) >= 4
    assert max(a["oracle_fetches"] for a in truth["authorities"]) >= 7  # a CCTV page five clicks deep
    urls = [e["url"] for a in truth["authorities"] for d in a["deliverables"].values() for e in d["evidence"]]
    extensionless = {u for u in urls if "." not in urlsplit(u).path.rsplit("/", 1)[-1] and "/media/" in u}
    extensionless |= {u for u in urls if "/downloads/" in u or "/files/sharedassets/" in u or "/documents/police" in u}
    assert len({u for u in extensionless if "." not in urlsplit(u).path.rsplit("/", 1)[-1]}) >= 5
    assert sum("/documents/s" in u and "mgAi" not in u for u in urls) >= 2, "committee PDFs on democracy hosts"
    pages = [p for s in web.sites.values() for p in s.pages.values()]
    assert sum('alt=""><figcaption>' in p.body for p in pages) >= 3
    assert any('class="mega-menu"' in p.body for p in pages)
    assert sum(p.lang == "cy" and p.path != "/" for p in pages) >= 6
    welsh_first = [s for s in web.sites.values() if s.pages[(s.host, "/")].lang == "cy"]
    assert len(welsh_first) == 2


def test_query_string_a_to_z_letter_pages_lead_to_the_cameras(web: Heldback5Web) -> None:
    lettered = [
        (s, path)
        for s in web.sites.values()
        for (h, path) in s.pages
        if h == s.host and "?" in path and path.split("?")[0] in ("/services-a-z", "/a-to-z")
    ]
    hosts = {s.host for s, _ in lettered}
    assert len(hosts) >= 2
    for host in hosts:
        s = web.sites[host]
        index = next(p for (h, p) in s.pages if h == host and p in ("/services-a-z", "/a-to-z"))
        listing = s.render(index).body.decode()
        letters = [p for (ss, p) in lettered if ss.host == host]
        assert all(p.replace("&", "&amp;") in listing or p in listing for p in letters)
        served = " ".join(s.render(p).body.decode().lower() for p in letters)
        assert "cctv" in served or "surveillance" in served, host


def test_slow_page_and_dead_links_are_real(web: Heldback5Web) -> None:
    slow = [s for s in web.sites.values() if isinstance(s, SlowPageSite)]
    assert slow
    for s in slow:
        for path, extra in s.slow.items():
            assert s.render(path).delay_s >= extra
    dead = 0
    for s in web.sites.values():
        for p in s.pages.values():
            if p.host != s.host:
                continue
            for href in (
                "/sites/default/files/2019-06/cctv-code-of-practice-2019.pdf",
                "/downloads/cctv-annual-report-2023.pdf",
            ):
                if f'href="{href}"' in p.body:
                    assert s.render(href).status == 404
                    dead += 1
    assert dead >= 2


def test_homepages_and_every_quote_are_served_through_the_proxy(web: Heldback5Web, truth: dict) -> None:
    assert_truth_served(web, truth)
