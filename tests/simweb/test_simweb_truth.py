"""The truth says what is served: every evidence URL answers 200, is reachable from the homepage
by links, carries the quoted words; decoys are never evidence; statuses follow docs/contract.md."""

from __future__ import annotations

import urllib.parse
import urllib.robotparser
from collections import Counter

from fixtures.simweb.content.cctv_phrases import CRITERIA
from fixtures.simweb.content.people import force_name
from fixtures.simweb.oracle import site_oracle
from fixtures.simweb.served import collapse, document_text, html_images

STATUSES = {"met", "partial", "not_met", "unknown"}


def _ok(truth):
    return [a for a in truth["authorities"] if a["crawl"]["status"] == "ok"]


def test_truth_has_the_findings_json_shape(truth, web):
    assert truth["schema"] == "cctv-audit/findings/1"
    assert truth["run"] == {"id": None, "label": "simweb truth seed 2026", "started_at": None, "finished_at": None}
    authorities = truth["authorities"]
    assert [a["gss_code"] for a in authorities] == [r["gss_code"] for r in web.rows]
    for a in authorities:
        assert a["website"].startswith("http://") and a["website"].endswith("/")
        assert a["crawl"]["status"] in ("ok", "unreachable", "robots_blocked")
        assert set(a["deliverables"]) == {"5.1", "5.2", "5.3", "5.5"}
        assert a["style"] in ("localgov", "jadu", "goss", "granicus", "squiz", "legacy")
        for key, d in a["deliverables"].items():
            assert d["status"] in STATUSES
            if d["status"] in ("met", "partial"):
                assert d["evidence"], (a["gss_code"], key)
            for e in d["evidence"]:
                assert set(e) == {"url", "quote"} and e["quote"].strip()
        assert a["deliverables"]["5.2"]["status"] != "partial"
        if a["crawl"]["status"] != "ok":
            assert {d["status"] for d in a["deliverables"].values()} == {"unknown"}
            assert a["oracle_fetches"] is None
    counts = Counter(a["crawl"]["status"] for a in authorities)
    assert counts["unreachable"] >= 1 and counts["robots_blocked"] >= 1


def test_statuses_follow_the_contract(truth):
    for a in _ok(truth):
        d = a["deliverables"]
        s51 = d["5.1"]
        covered = sum(s51["criteria"].values())
        assert set(s51["criteria"]) == set(CRITERIA)
        assert s51["score"] == round(covered / len(CRITERIA), 3)
        assert {"met": covered >= 5, "partial": covered <= 1, "not_met": covered == 0}[s51["status"]]
        if s51["status"] == "not_met":
            assert all(d[k]["status"] == "not_met" for k in ("5.2", "5.3", "5.5")), "no own CCTV information at all"
        s53 = d["5.3"]
        if s53["status"] == "met":
            assert s53["spoc"]["role"] or s53["spoc"]["name"]
            assert s53["spoc"]["email"] or s53["spoc"]["phone"]
        s55 = d["5.5"]
        if s55["status"] == "met":
            assert any(doc["signed"] and doc["force"] == a["police_force"] for doc in s55["documents"])
        for doc in s55["documents"]:
            assert doc["draft"] == (not doc["signed"])
        s52 = d["5.2"]
        if s52["status"] == "met":
            assert s52["level"] in ("step1", "step2", None)
    met = [a for a in _ok(truth) if a["deliverables"]["5.1"]["status"] == "met"]
    assert sum(1 for a in met if sum(a["deliverables"]["5.1"]["criteria"].values()) >= 10) > len(met) / 3


def test_evidence_is_served_verbatim_reachable_by_links_and_never_a_decoy(truth, web):
    """Per site (one pass, so each site's tree is built once): every evidence URL renders 200 with
    the quote in its text, alt text or file name; every one is reachable from the homepage by
    links; none is a decoy; decoys really mention cameras; police agreements name the force and
    show how they were signed."""
    checked, decoy_kinds, agreements = 0, Counter(), Counter()
    for n, a in enumerate(reversed(_ok(truth))):  # reversed: the truth left its last sites in the cache
        site = web.site_for_host(a["sim"]["host"])
        texts: dict[str, str] = {}
        types: dict[str, str] = {}
        for key, d in a["deliverables"].items():
            for e in d["evidence"]:
                node = site.node_for_url(e["url"])
                assert node is not None, e["url"]  # main host, or the council's democracy.* host
                resp = site.render(node.path, host=site.host_name(node.host), faults=False)
                assert resp.status == 200, e["url"]
                ct = resp.header("Content-Type")
                quote = collapse(e["quote"])
                texts[e["url"]] = text = document_text(resp.body, ct)
                types[e["url"]] = ct.split(";")[0]
                checked += 1
                if quote in text:
                    continue
                assert key == "5.2" and "html" in ct, (e["url"], quote)
                images = html_images(resp.body, e["url"], ct)
                assert any(alt == quote or src.rsplit("/", 1)[-1] == quote for src, alt in images), (e["url"], quote)
        for doc in a["deliverables"]["5.5"]["documents"]:
            force = force_name(a["police_force"])
            text = texts[doc["url"]]
            assert force in text
            if doc["signed"]:
                assert f"Signed for and on behalf of {force}" in text and "DRAFT" not in text
            else:
                assert "DRAFT" in text and "20__" in text
            agreements[(doc["signed"], types[doc["url"]])] += 1
        targets = {e["url"] for d in a["deliverables"].values() for e in d["evidence"]}
        assert not targets & {x["url"] for x in a["sim"]["decoys"]}, a["gss_code"]
        if n % 3 == 0:  # decoys of a third of the sites: served, and really about cameras
            for decoy in a["sim"]["decoys"]:
                node = site.node_for_url(decoy["url"])
                resp = site.render(node.path, host=site.host_name(node.host), faults=False)
                assert resp.status == 200
                text = document_text(resp.body, resp.header("Content-Type")).lower()
                assert "cctv" in text or "camera" in text or "surveillance" in text, decoy
                decoy_kinds[decoy["kind"]] += 1
        if n % 2:  # the oracle is recomputed for half the sites (the truth already did it for all)
            continue
        fetches, paths = site_oracle(site, targets)
        assert set(paths) == targets, "every evidence URL is reachable from the homepage"
        assert fetches == a["oracle_fetches"]
        if targets:
            assert max(len(p) for p in paths.values()) <= fetches <= 1 + sum(len(p) - 1 for p in paths.values())
            assert all(p[0] == site.home_url for p in paths.values())
        else:
            assert fetches == 0
    assert checked > 500
    assert len(decoy_kinds) >= 12
    assert {signed for signed, _ in agreements} == {True, False}
    assert {"application/pdf", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"} <= {
        ct for _, ct in agreements
    }, "agreements as PDF and as Word documents"


def test_evidence_is_allowed_by_robots_txt(truth, web):
    for a in truth["authorities"]:
        site = web.site_for_host(a["sim"]["host"])
        robots = site.render("/robots.txt", faults=False).body.decode()
        parser = urllib.robotparser.RobotFileParser()
        parser.parse(robots.splitlines())
        if a["crawl"]["status"] == "robots_blocked":
            assert not parser.can_fetch("cctv-audit", a["website"])
            continue
        assert parser.can_fetch("cctv-audit", a["website"])
        for d in a["deliverables"].values():
            for e in d["evidence"]:
                host = urllib.parse.urlsplit(e["url"]).hostname
                if host != a["sim"]["host"]:  # committee papers on democracy.*: that host's robots.txt
                    own = urllib.robotparser.RobotFileParser()
                    own.parse(site.render("/robots.txt", host=host, faults=False).body.decode().splitlines())
                    assert own.can_fetch("cctv-audit", e["url"]), e["url"]
                    continue
                assert parser.can_fetch("cctv-audit", e["url"]), e["url"]
