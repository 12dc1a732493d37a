"""The fourth held-back web serves over the loopback proxy and its truth is well formed (no audit, no
scoring: the set is measured once, by the lead, after the detectors are frozen).

Checks: the committed truth.json equals what the hand labels build; statuses, criteria and the
labelling rules of fixtures/heldback/README.md hold; the councils are real register rows not used by
the first three sets; every homepage answers through the proxy under its real host name; every
evidence URL answers 200 through the proxy, holds its quote verbatim and is allowed by robots.txt;
and the structures the set exists to test are really present (robots-forbidden search, no search,
searches at unusual paths, a deep CCTV page, extensionless documents, an empty-alt mark, accordions,
democracy hosts, Welsh pages, sitemap indexes whose child sitemaps list every page, an A-Z split
into letter pages).
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
from fixtures.heldback4.truth import TRUTH_PATH, build
from fixtures.heldback4.common import IndexedSitemapSite
from fixtures.heldback4.web import Heldback4Web
from heldback_served import assert_labelling_rules, assert_real_councils_not_in, assert_truth_served


@pytest.fixture(scope="module")
def web() -> Heldback4Web:
    return Heldback4Web()


@pytest.fixture(scope="module")
def truth() -> dict:
    return json.loads(TRUTH_PATH.read_text(encoding="utf-8"))


def test_committed_truth_matches_the_labels(truth: dict) -> None:
    assert build() == truth, "run: python -m fixtures.heldback4.truth"


def test_wired_into_the_benchmark() -> None:
    web_class, path, label = SETS["heldback4"]
    assert web_class is Heldback4Web and path == TRUTH_PATH and label == "held-back set 4"


def test_real_councils_disjoint_from_the_earlier_sets(web, truth: dict) -> None:
    assert_real_councils_not_in(web, truth, (FIRST_TRUTH, SECOND_TRUTH, THIRD_TRUTH), range(22, 31))


def test_truth_shape_and_labelling_rules(truth: dict) -> None:
    assert_labelling_rules(truth)


def test_the_structures_under_test_are_present(web: Heldback4Web, truth: dict) -> None:
    meta = [a["heldback"] for a in truth["authorities"]]
    assert sum(m["robots_forbid_search"] for m in meta) >= 3
    assert sum(not m["search"] for m in meta) >= 3
    assert sum(bool(m["democracy_host"]) for m in meta) >= 2
    assert max(a["oracle_fetches"] for a in truth["authorities"]) >= 7  # a CCTV page five clicks deep
    searches = {s.search[0] for s in web.sites.values() if s.search}
    assert {"/site-search", "/en/search", "/chwilio"} <= searches, "searches at unusual paths"
    urls = [e["url"] for a in truth["authorities"] for d in a["deliverables"].values() for e in d["evidence"]]
    extensionless = {u for u in urls if "/media/" in u or "/downloads/" in u or "/download/" in u}
    assert len({u for u in extensionless if "." not in urlsplit(u).path.rsplit("/", 1)[-1]}) >= 5
    welsh = [p for s in web.sites.values() for p in s.pages.values() if p.lang == "cy" and p.path != "/"]
    assert len(welsh) >= 8
    pages = [p for s in web.sites.values() for p in s.pages.values()]
    assert sum('alt=""><figcaption>' in p.body for p in pages) >= 1
    assert sum("<details><summary>" in p.body for p in pages) >= 2, "accordion CCTV pages"


def test_sitemap_indexes_and_letter_a_to_z_lead_to_the_pages(web: Heldback4Web) -> None:
    indexed = [s for s in web.sites.values() if isinstance(s, IndexedSitemapSite)]
    assert len(indexed) >= 2
    for s in indexed:
        index = s.render("/sitemap.xml").body.decode()
        assert "<sitemapindex" in index
        children = re.findall(r"<loc>http://[^/]+(/[^<]*)</loc>", index)
        listed = {u for c in children for u in re.findall(r"<loc>([^<]*)</loc>", s.render(c).body.decode())}
        assert listed == {s.url(p.path) for p in s.pages.values() if p.host == s.host}, s.host
    lettered = [s for s in web.sites.values() if (s.host, "/a-z/c") in s.pages]
    assert lettered, "an A-Z split into letter pages"
    for s in lettered:
        assert "/a-z/c" in s.render("/a-z").body.decode()
        assert "cctv" in s.render("/a-z/c").body.decode().lower()


def test_homepages_and_every_quote_are_served_through_the_proxy(web: Heldback4Web, truth: dict) -> None:
    assert_truth_served(web, truth)
