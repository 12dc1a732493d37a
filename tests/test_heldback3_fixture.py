"""The third held-back web serves over the loopback proxy and its truth is well formed (no audit, no
scoring: the set is measured once, by the lead, after the detectors are frozen).

Checks: the committed truth.json equals what the hand labels build; statuses, criteria and the
labelling rules of fixtures/heldback/README.md hold; the councils are real register rows not used by
the first two sets; every homepage answers through the proxy under its real host name; every
evidence URL answers 200 through the proxy, holds its quote verbatim and is allowed by robots.txt;
and the structures the set exists to test are really present (robots-forbidden search, no search,
deep CCTV pages, extensionless documents, empty-alt marks, democracy hosts, Welsh pages).
"""

from __future__ import annotations

import json
from urllib.parse import urlsplit

import pytest

from benchmarks.heldback import SETS
from fixtures.heldback.truth import TRUTH_PATH as FIRST_TRUTH
from fixtures.heldback2.truth import TRUTH_PATH as SECOND_TRUTH
from fixtures.heldback3.truth import TRUTH_PATH, build
from fixtures.heldback3.web import Heldback3Web
from heldback_served import assert_labelling_rules, assert_real_councils_not_in, assert_truth_served


@pytest.fixture(scope="module")
def web() -> Heldback3Web:
    return Heldback3Web()


@pytest.fixture(scope="module")
def truth() -> dict:
    return json.loads(TRUTH_PATH.read_text(encoding="utf-8"))


def test_committed_truth_matches_the_labels(truth: dict) -> None:
    assert build() == truth, "run: python -m fixtures.heldback3.truth"


def test_wired_into_the_benchmark() -> None:
    web_class, path, label = SETS["heldback3"]
    assert web_class is Heldback3Web and path == TRUTH_PATH and label == "held-back set 3"


def test_real_councils_disjoint_from_the_earlier_sets(web, truth: dict) -> None:
    assert_real_councils_not_in(web, truth, (FIRST_TRUTH, SECOND_TRUTH), range(24, 31))


def test_truth_shape_and_labelling_rules(truth: dict) -> None:
    assert_labelling_rules(truth)


def test_the_structures_under_test_are_present(web: Heldback3Web, truth: dict) -> None:
    meta = [a["heldback"] for a in truth["authorities"]]
    assert sum(m["robots_forbid_search"] for m in meta) >= 3
    assert sum(not m["search"] for m in meta) >= 3
    assert sum(bool(m["democracy_host"]) for m in meta) >= 4
    assert max(a["oracle_fetches"] for a in truth["authorities"]) >= 7  # a CCTV page six clicks deep
    urls = [e["url"] for a in truth["authorities"] for d in a["deliverables"].values() for e in d["evidence"]]
    extensionless = {u for u in urls if "/media/" in u or "/downloads/" in u or "/download/" in u}
    assert len({u for u in extensionless if "." not in urlsplit(u).path.rsplit("/", 1)[-1]}) >= 6
    welsh = [p for s in web.sites.values() for p in s.pages.values() if p.lang == "cy" and p.path != "/"]
    assert len(welsh) >= 8
    empty_alt = [p for s in web.sites.values() for p in s.pages.values() if 'alt=""><figcaption>' in p.body]
    assert len(empty_alt) >= 2


def test_homepages_and_every_quote_are_served_through_the_proxy(web: Heldback3Web, truth: dict) -> None:
    assert_truth_served(web, truth)
