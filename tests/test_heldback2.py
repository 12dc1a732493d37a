"""The second held-back web serves over the loopback proxy and its truth is well formed (no audit,
no scoring: the set is measured once, by the lead, after the detectors are frozen).

Checks: the committed truth.json equals what the hand labels build; statuses, criteria and the
labelling rules of fixtures/heldback/README.md hold; every site's homepage answers through the
proxy under its real host name; every evidence quote is served verbatim at its URL through the
proxy and robots.txt allows the URL; the first set's machinery still builds the first set unchanged.
"""

from __future__ import annotations

import json
from collections import Counter

import pytest

from fixtures.heldback.kit import CRITERIA
from fixtures.heldback.truth import TRUTH_PATH as FIRST_TRUTH
from fixtures.heldback.truth import build_truth as build_first
from fixtures.heldback.web import HeldbackWeb
from fixtures.heldback2.truth import TRUTH_PATH, build
from fixtures.heldback2.web import Heldback2Web
from heldback_served import assert_truth_served

STATUSES = {
    "5.1": {"met", "partial", "not_met"},
    "5.2": {"met", "not_met"},
    "5.3": {"met", "partial", "not_met"},
    "5.5": {"met", "partial", "not_met"},
}


@pytest.fixture(scope="module")
def web() -> Heldback2Web:
    return Heldback2Web()


@pytest.fixture(scope="module")
def truth() -> dict:
    return json.loads(TRUTH_PATH.read_text(encoding="utf-8"))


def test_committed_truth_matches_the_labels(truth: dict) -> None:
    assert build() == truth, "run: python -m fixtures.heldback2.truth"


def test_first_set_is_unchanged_by_the_shared_machinery() -> None:
    assert build_first(HeldbackWeb()) == json.loads(FIRST_TRUTH.read_text(encoding="utf-8"))


def test_disjoint_from_the_first_set(web: Heldback2Web) -> None:
    first = HeldbackWeb()
    assert not {s.gss for s in web.sites.values()} & {s.gss for s in first.sites.values()}
    assert len(web) == 24


def test_truth_shape_and_labelling_rules(truth: dict) -> None:
    auths = truth["authorities"]
    assert Counter(a["nation"] for a in auths)["Wales"] >= 5
    assert len({a["type"] for a in auths}) == 6
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
    every = {(k, a["deliverables"][k]["status"]) for a in auths for k in STATUSES}
    assert every == {(k, s) for k, v in STATUSES.items() for s in v}, "every status of every deliverable occurs"


def test_homepages_and_every_quote_are_served_through_the_proxy(web: Heldback2Web, truth: dict) -> None:
    assert_truth_served(web, truth)


def test_heldtext2_composition_and_scorer() -> None:
    """The text set has the planned composition, and the scorer counts exactly like score-real-text."""
    from benchmarks.heldtext import DEFAULT_FILE, LABELS, load, score

    items = load(DEFAULT_FILE)
    counts = Counter(lab for it in items for lab in it["labels"])
    assert len(items) >= 100 and counts["cctv_info"] >= 40
    assert all(counts[lab] >= 12 for lab in ("spoc", "certification", "sla"))
    negatives = [it for it in items if not it["labels"]]
    assert len(negatives) >= 30 and len({it["kind"] for it in negatives}) >= 15
    assert len({it["text"] for it in items}) == len(items)

    perfect = [{"signals": {lab: lab in it["labels"] for lab in LABELS}} for it in items]
    r = score(items, perfect)
    assert all(v["f1"] == 1.0 for v in r["labels"].values()) and not r["misses"]
    silent = [{"signals": {}} for _ in items]
    r = score(items, silent)
    assert r["labels"]["sla"]["fn"] == counts["sla"] and r["labels"]["sla"]["recall"] == 0.0
    noisy = [{"signals": {"cctv_info": True}} for _ in items]
    r = score(items, noisy)
    ci = r["labels"]["cctv_info"]
    assert (ci["tp"], ci["fp"], ci["fn"]) == (counts["cctv_info"], len(items) - counts["cctv_info"], 0)
