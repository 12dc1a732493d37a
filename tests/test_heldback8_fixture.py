"""The eighth held-back web serves over the loopback proxy and its truth is well formed (no audit, no
scoring: the set is measured once, by the lead, after the detectors are frozen).

Checks: the committed truth.json equals what the hand labels build; statuses, criteria and the
labelling rules of fixtures/heldback/README.md hold; the councils are real register rows, no English
council of sets 1-7 is reused, and exactly three Welsh councils are reused, none from sets 6 or 7;
every homepage answers through the proxy under its real host name; every evidence URL answers 200,
holds its quote verbatim and is allowed by robots.txt; and the structures the set exists to test are
really present (paged search results, a JavaScript-only search with split sitemaps, an archived
noindex page, a SPOC only in a table of roles, a SPOC named only in Welsh, a committee appendix
reached through a meetings calendar, generic 'Download' links, accordions, certification only in a
republished announcement or a news item, decoys on the councils that publish nothing).
"""

from __future__ import annotations

import json
import re
from collections import Counter
from pathlib import Path
from urllib.parse import urlsplit

import pytest

from benchmarks.heldback import SETS, parse_sets
from fixtures.heldback.truth import TRUTH_PATH as FIRST_TRUTH
from fixtures.heldback2.truth import TRUTH_PATH as SECOND_TRUTH
from fixtures.heldback3.truth import TRUTH_PATH as THIRD_TRUTH
from fixtures.heldback4.truth import TRUTH_PATH as FOURTH_TRUTH
from fixtures.heldback5.truth import TRUTH_PATH as FIFTH_TRUTH
from fixtures.heldback6.truth import TRUTH_PATH as SIXTH_TRUTH
from fixtures.heldback7.truth import TRUTH_PATH as SEVENTH_TRUTH
from fixtures.heldback8.truth import TRUTH_PATH, build
from fixtures.heldback8.web import Heldback8Web
from fixtures.simweb.register import read_register
from heldback_served import STATUSES, assert_labelling_rules, assert_truth_served


@pytest.fixture(scope="module")
def web() -> Heldback8Web:
    return Heldback8Web()


@pytest.fixture(scope="module")
def truth() -> dict:
    return json.loads(TRUTH_PATH.read_text(encoding="utf-8"))


def _codes(path: Path) -> dict[str, str]:
    return {a["gss_code"]: a["nation"] for a in json.loads(path.read_text(encoding="utf-8"))["authorities"]}


def _auth(truth: dict, host: str) -> dict:
    return next(a for a in truth["authorities"] if a["heldback"]["host"] == host)


def test_committed_truth_matches_the_labels(truth: dict) -> None:
    assert build() == truth, "run: python -m fixtures.heldback8.truth"


def test_wired_into_the_benchmark() -> None:
    web_class, path, label = SETS["heldback8"]
    assert web_class is Heldback8Web and path == TRUTH_PATH and label == "held-back set 8"
    assert "heldback8" in parse_sets("all")  # `make bench` runs every set but the first


def test_real_councils_and_reuse(web: Heldback8Web, truth: dict) -> None:
    mine = {s.gss for s in web.sites.values()}
    assert len(mine) == len(web) == 20
    assert {a["gss_code"] for a in truth["authorities"]} == mine
    register = {r["gss_code"]: r for r in read_register()}
    for s in web.sites.values():
        row = register[s.gss]
        assert urlsplit(row["website"]).hostname == s.host, s.gss
        assert s.name.split()[0] in row["name"], (s.name, row["name"])
    recent = {**_codes(SIXTH_TRUTH), **_codes(SEVENTH_TRUTH)}
    assert not mine & set(recent), "no council of sets 6-7 may be reused"
    earlier = {}
    for path in (FIRST_TRUTH, SECOND_TRUTH, THIRD_TRUTH, FOURTH_TRUTH, FIFTH_TRUTH):
        earlier.update(_codes(path))
    reused = mine & set(earlier)
    assert all(earlier[g] == "Wales" for g in reused), "only Welsh councils of earlier sets may be reused"
    assert len(reused) == 3


def test_truth_shape_and_labelling_rules(truth: dict) -> None:
    assert_labelling_rules(truth, welsh=3)
    auths = truth["authorities"]
    assert Counter(a["nation"] for a in auths)["Wales"] == 3
    assert len({a["type"] for a in auths}) == 6
    for a in auths:
        # committee papers never count for 5.1
        for e in a["deliverables"]["5.1"]["evidence"]:
            assert "cmispublic" not in e["url"] and "/documents/s" not in e["url"], e["url"]
    for key, allowed in STATUSES.items():
        for status in allowed:
            n = sum(a["deliverables"][key]["status"] == status for a in auths)
            assert n >= 2, (key, status, n)


def test_paged_search_hides_the_camera_page_behind_look_alikes(web: Heldback8Web) -> None:
    site = web.sites["www.royalgreenwich.gov.uk"]
    assert site.search is not None
    first = site.render(f"{site.search[0]}?{site.search[1]}=CCTV").body.decode()
    assert "page 1 of 2" in first and "public-safety-cameras" not in first
    assert "&amp;page=2" in first
    second = site.render(f"{site.search[0]}?{site.search[1]}=CCTV&page=2").body.decode()
    assert "/safer-communities/public-safety-cameras" in second
    # the information is split over sub-pages, and the SPOC only sits in a table row
    hub = site.pages[(site.host, "/safer-communities/public-safety-cameras")]
    assert len(hub.children) == 5
    roles = site.render("/safer-communities/public-safety-cameras/who-is-responsible").body.decode()
    assert "<td>Single point of contact for surveillance cameras</td>" in roles


def test_javascript_only_search_and_split_sitemaps(web: Heldback8Web, truth: dict) -> None:
    site = web.sites["www.redbridge.gov.uk"]
    assert site.search is None and not site.az
    home = site.render("/").body.decode()
    assert "<form" not in home and "data-endpoint" in home and "<script" in home
    assert site.render("/sitemap.xml").status == 404
    robots = site.render("/robots.txt").body.decode()
    maps = re.findall(r"^Sitemap: (\S+)$", robots, flags=re.M)
    assert len(maps) == 3
    docs = site.render(urlsplit(maps[2]).path).body.decode()
    report = _auth(truth, site.host)["deliverables"]["5.1"]["evidence"][0]["url"]
    assert report.endswith(".pdf") and report in docs
    text = " ".join(site.docs[(site.host, urlsplit(report).path)].lines[:4])
    assert "Contents" in text and "CCTV" not in text, "the report opens with a cover page"


def test_archived_page_is_noindex_beside_the_current_one(web: Heldback8Web, truth: dict) -> None:
    site = web.sites["www.salford.gov.uk"]
    old = site.render("/crime-and-community-safety/cctv-2017").body.decode()
    assert '<meta name="robots" content="noindex">' in old and "Archived page." in old
    cur = site.render("/crime-and-community-safety/public-space-cctv").body.decode()
    assert "noindex" not in cur and "/crime-and-community-safety/cctv-2017" in cur
    urls = {e["url"] for d in _auth(truth, site.host)["deliverables"].values() for e in d["evidence"]}
    assert not any("cctv-2017" in u for u in urls)


def test_committee_appendix_reached_through_a_meetings_calendar(web: Heldback8Web, truth: dict) -> None:
    site = web.sites["go.walsall.gov.uk"]
    assert site.democracy == "cmispublic.walsall.gov.uk"
    cal = site.render("/cmis/Calendar.aspx", host=site.democracy).body.decode()
    assert "Calendar.aspx?M=3&amp;Y=2025" in cal
    month = site.render("/cmis/Calendar.aspx?M=3&Y=2025", host=site.democracy).body.decode()
    assert "12 March 2025 - Cabinet" in month
    d55 = _auth(truth, site.host)["deliverables"]["5.5"]
    assert d55["status"] == "met" and d55["documents"][0]["url"].startswith("http://cmispublic.walsall.gov.uk/")
    r = site.render(
        urlsplit(d55["documents"][0]["url"]).path + "?" + urlsplit(d55["documents"][0]["url"]).query,
        host=site.democracy,
    )
    assert r.status == 200 and "attachment" in (r.header("Content-Disposition") or "")


def test_generic_download_links_and_extensionless_documents(web: Heldback8Web, truth: dict) -> None:
    site = web.sites["www.rugby.gov.uk"]
    docs_page = site.render("/community/cctv/documents").body.decode()
    assert docs_page.count(">Download (PDF") == 2
    for d in _auth(truth, site.host)["deliverables"]["5.5"]["documents"]:
        assert not urlsplit(d["url"]).path.endswith(".pdf")


def test_welsh_only_spoc_and_welsh_first(web: Heldback8Web, truth: dict) -> None:
    welsh_first = [s for s in web.sites.values() if s.pages[(s.host, "/")].lang == "cy"]
    assert [s.host for s in welsh_first] == ["www.anglesey.gov.uk"]
    site = welsh_first[0]
    d53 = _auth(truth, site.host)["deliverables"]["5.3"]
    assert d53["status"] == "met"
    assert all(site.pages[(site.host, urlsplit(e["url"]).path)].lang == "cy" for e in d53["evidence"])
    english = site.render("/en/community/public-cctv-cameras").body.decode()
    assert "single point of contact" not in english.lower() and "camerau@anglesey.gov.uk" in english
    pages = [p for s in web.sites.values() for p in s.pages.values()]
    assert sum(p.lang == "cy" and p.path != "/" for p in pages) >= 5


def test_certification_only_outside_the_camera_page(web: Heldback8Web, truth: dict) -> None:
    for host, place in (("www.southampton.gov.uk", "/news/2019/"), ("www.colchester.gov.uk", "/news/2018/")):
        d52 = _auth(truth, host)["deliverables"]["5.2"]
        assert d52["status"] == "met" and all(place in e["url"] for e in d52["evidence"])
    tam = _auth(truth, "www.tamworth.gov.uk")["deliverables"]["5.2"]
    assert tam["mark_displayed"] and tam["awarded"] == "2017"
    sal = _auth(truth, "www.salford.gov.uk")["deliverables"]["5.2"]
    assert not sal["mark_displayed"] and sal["level"] == "step2"


def test_accordion_page(web: Heldback8Web) -> None:
    body = web.sites["www.bedford.gov.uk"].render("/community-and-living/community-safety/cctv-questions-and-answers")
    assert body.body.decode().count("<details>") == 7


def test_councils_that_publish_nothing_still_carry_decoys(web: Heldback8Web, truth: dict) -> None:
    nothing = [a for a in truth["authorities"] if all(a["deliverables"][k]["status"] == "not_met" for k in STATUSES)]
    assert len(nothing) == 4
    for a in nothing:
        site = web.sites[a["heldback"]["host"]]
        hits = [p for p in site.pages.values() if re.search(r"(?i)cctv|camera|surveillance", p.body)]
        assert len(hits) >= 3, a["name"]


def test_homepages_and_every_quote_are_served_through_the_proxy(web: Heldback8Web, truth: dict) -> None:
    assert_truth_served(web, truth)
