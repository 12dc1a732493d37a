"""The tenth held-back web serves over the loopback proxy and its truth is well formed (no audit, no
scoring: the set is measured once, by the lead, after the detectors are frozen).

Checks: the committed truth.json equals what the hand labels build; statuses, criteria and the
labelling rules of fixtures/heldback/README.md hold; the councils are real register rows, no English
council of sets 1-9 is reused, and exactly two Welsh councils are reused, none from sets 6 to 9; every
homepage answers through the proxy under its real host name; every evidence URL answers 200, holds its
quote verbatim and is allowed by robots.txt; and the structures the set exists to test are really
present (a partnership microsite under a path of the council's host, Latin-1 pages whose charset is
only in a meta tag, a certification mark known only by its alt text, an agreement named only in
committee minutes, a SPOC only in a policy annex, deep pages without search or A to Z, word-free
query-string addresses, robots.txt forbidding search, a Welsh-first site, decoys on the councils that
publish nothing).
"""

from __future__ import annotations

import json
import re
from collections import Counter
from pathlib import Path
from urllib.parse import urlsplit
from urllib.robotparser import RobotFileParser

import pytest

from benchmarks.heldback import SETS, parse_sets
from fixtures.heldback.truth import TRUTH_PATH as FIRST_TRUTH
from fixtures.heldback2.truth import TRUTH_PATH as SECOND_TRUTH
from fixtures.heldback3.truth import TRUTH_PATH as THIRD_TRUTH
from fixtures.heldback4.truth import TRUTH_PATH as FOURTH_TRUTH
from fixtures.heldback5.truth import TRUTH_PATH as FIFTH_TRUTH
from fixtures.heldback6.truth import TRUTH_PATH as SIXTH_TRUTH
from fixtures.heldback7.truth import TRUTH_PATH as SEVENTH_TRUTH
from fixtures.heldback8.truth import TRUTH_PATH as EIGHTH_TRUTH
from fixtures.heldback9.truth import TRUTH_PATH as NINTH_TRUTH
from fixtures.heldback10.truth import TRUTH_PATH, build
from fixtures.heldback10.web import Heldback10Web
from fixtures.simweb.register import read_register
from fixtures.simweb.served import decode_html, document_text, html_images, html_links
from heldback_served import STATUSES, assert_labelling_rules, assert_truth_served


@pytest.fixture(scope="module")
def web() -> Heldback10Web:
    return Heldback10Web()


@pytest.fixture(scope="module")
def truth() -> dict:
    return json.loads(TRUTH_PATH.read_text(encoding="utf-8"))


def _codes(path: Path) -> dict[str, str]:
    return {a["gss_code"]: a["nation"] for a in json.loads(path.read_text(encoding="utf-8"))["authorities"]}


def _auth(truth: dict, host: str) -> dict:
    return next(a for a in truth["authorities"] if a["heldback"]["host"] == host)


def _links(web: Heldback10Web, host: str, path: str) -> list[str]:
    site = web.sites[host]
    r = site.render(path)
    return html_links(r.body, f"http://{host}{path}", r.header("Content-Type"))


def test_committed_truth_matches_the_labels(truth: dict) -> None:
    assert build() == truth, "run: python -m fixtures.heldback10.truth"


def test_wired_into_the_benchmark() -> None:
    web_class, path, label = SETS["heldback10"]
    assert web_class is Heldback10Web and path == TRUTH_PATH and label == "held-back set 10"
    assert "heldback10" in parse_sets("all")  # `make bench` runs every set but the first


def test_real_councils_and_reuse(web: Heldback10Web, truth: dict) -> None:
    mine = {s.gss for s in web.sites.values()}
    assert len(mine) == len(web) == 20
    assert {a["gss_code"] for a in truth["authorities"]} == mine
    register = {r["gss_code"]: r for r in read_register()}
    for s in web.sites.values():
        row = register[s.gss]
        assert urlsplit(row["website"]).hostname == s.host, s.gss
        assert s.name.split()[0] in row["name"], (s.name, row["name"])
    recent: dict[str, str] = {}
    for path in (SIXTH_TRUTH, SEVENTH_TRUTH, EIGHTH_TRUTH, NINTH_TRUTH):
        recent.update(_codes(path))
    assert not mine & set(recent), "no council of sets 6-9 may be reused"
    earlier: dict[str, str] = {}
    for path in (FIRST_TRUTH, SECOND_TRUTH, THIRD_TRUTH, FOURTH_TRUTH, FIFTH_TRUTH):
        earlier.update(_codes(path))
    reused = mine & set(earlier)
    assert all(earlier[g] == "Wales" for g in reused), "only Welsh councils of earlier sets may be reused"
    assert len(reused) == 2
    types = Counter(register[g]["type"] for g in mine)
    assert types == Counter(
        {
            "London borough": 1,
            "Metropolitan district": 2,
            "Unitary authority": 4,
            "Non-metropolitan district": 11,
            "Welsh unitary authority": 2,
        }
    )


def test_truth_shape_and_labelling_rules(truth: dict) -> None:
    assert_labelling_rules(truth, welsh=2, types=5)
    auths = truth["authorities"]
    for key, allowed in STATUSES.items():
        for status in allowed:
            n = sum(a["deliverables"][key]["status"] == status for a in auths)
            assert n >= 2, (key, status, n)


def test_camera_pages_only_on_a_partnership_microsite(web: Heldback10Web, truth: dict) -> None:
    host = "www.newham.gov.uk"
    site = web.sites[host]
    home = site.render("/").body.decode()
    assert 'href="/safer-newham"' in home.split("<footer>", 1)[1], "the microsite is linked from the footer"
    assert "/safer-newham/what-we-do" not in home
    page = site.render("/safer-newham/what-we-do/borough-cameras").body.decode()
    assert 'class="partnership-site"' in page and 'role="search"' not in page and 'href="/a-z"' not in page
    auth = _auth(truth, host)
    for d in auth["deliverables"].values():
        for e in d["evidence"]:
            assert urlsplit(e["url"]).path.startswith("/safer-newham"), e["url"]


def test_latin1_pages_with_the_charset_only_in_a_meta_tag(web: Heldback10Web) -> None:
    site = web.sites["www.leicester.gov.uk"]
    r = site.render("/your-community/crime-and-safety/cctv-in-leicester")
    assert r.header("Content-Type") == "text/html"
    assert b"charset=iso-8859-1" in r.body and b"\xa3" in r.body and b"&#8217;" in r.body
    with pytest.raises(UnicodeDecodeError):
        r.body.decode("utf-8")
    text = document_text(r.body, r.header("Content-Type"))
    assert "the old £10 fee was dropped in 2018" in text and "city council’s public space CCTV" in text
    assert "£" in decode_html(r.body, r.header("Content-Type"))
    sla = next(p for (_, p) in site.docs if "handler.ashx" in p)
    assert site.render(sla).header("Content-Type") == "application/pdf"


def test_certification_only_in_alt_text(web: Heldback10Web, truth: dict) -> None:
    host = "www.newcastle.gov.uk"
    path = "/community-and-living/safety-and-crime/crime-reduction/cameras-in-public-places/public-space-cctv"
    r = web.sites[host].render(path)
    alts = [alt for _, alt in html_images(r.body, f"http://{host}{path}", r.header("Content-Type"))]
    assert any("full (step 2) certification" in alt for alt in alts)
    text = document_text(r.body, r.header("Content-Type"))
    assert "certification" not in text.lower(), "the claim is in the alt text only"
    d52 = _auth(truth, host)["deliverables"]["5.2"]
    assert d52["status"] == "met" and d52["mark_displayed"] and d52["awarded"] == "2022-06"


def test_deep_pages_without_search_or_a_to_z(web: Heldback10Web, truth: dict) -> None:
    newcastle = _auth(truth, "www.newcastle.gov.uk")
    assert not newcastle["heldback"]["search"] and not newcastle["heldback"]["a_z"]
    assert newcastle["oracle_fetches"] == 6
    dover = _auth(truth, "www.dover.gov.uk")
    assert dover["oracle_fetches"] >= 7
    az = web.sites["www.dover.gov.uk"].render("/a-z").body.decode()
    assert "cctv-in-the-district" not in az


def test_agreement_named_only_in_committee_minutes(web: Heldback10Web, truth: dict) -> None:
    d55 = _auth(truth, "www.birmingham.gov.uk")["deliverables"]["5.5"]
    assert d55["status"] == "partial" and not d55["documents"]
    (ev,) = d55["evidence"]
    assert urlsplit(ev["url"]).hostname == "democracy.birmingham.gov.uk"
    site = web.sites["www.birmingham.gov.uk"]
    cctv = site.render("/community-safety/public-space-cctv").body.decode()
    assert "agreement" not in cctv.lower()


def test_spoc_only_in_a_policy_annex(web: Heldback10Web, truth: dict) -> None:
    d53 = _auth(truth, "www.bristol.gov.uk")["deliverables"]["5.3"]
    assert d53["status"] == "met" and all(e["url"].endswith("/file") for e in d53["evidence"])
    page = web.sites["www.bristol.gov.uk"].render("/crime-and-safety/cctv").body.decode()
    assert "single point of contact" not in page.lower()
    r = web.sites["www.bristol.gov.uk"].render("/files/documents/6120-surveillance-camera-policy/file")
    assert "Annex C: roles" in document_text(r.body, r.header("Content-Type"))


def test_word_free_query_string_addresses(web: Heldback10Web, truth: dict) -> None:
    urls = {e["url"] for d in _auth(truth, "www.burnley.gov.uk")["deliverables"].values() for e in d["evidence"]}
    assert urls and all(urlsplit(u).path == "/index.php" and "pid=" in urlsplit(u).query for u in urls)
    links = _links(web, "www.burnley.gov.uk", "/community/anti-social-behaviour")
    assert "http://www.burnley.gov.uk/index.php?pid=412" in links


def test_robots_forbid_search(web: Heldback10Web, truth: dict) -> None:
    for host in ("www.slough.gov.uk", "www.rother.gov.uk"):
        assert _auth(truth, host)["heldback"]["robots_forbid_search"]
        robots = RobotFileParser()
        robots.parse(web.sites[host].robots_txt().splitlines())
        assert not robots.can_fetch("cctv-audit", f"http://{host}/search?q=cctv")
    assert "Sitemap:" in web.sites["www.slough.gov.uk"].robots_txt()


def test_welsh_first_and_welsh_twins(web: Heldback10Web) -> None:
    welsh_first = [s for s in web.sites.values() if s.pages[(s.host, "/")].lang == "cy"]
    assert [s.host for s in welsh_first] == ["www.caerphilly.gov.uk"]
    site = welsh_first[0]
    cy = site.render("/cymuned/teledu-cylch-cyfyng").body.decode()
    en = site.render("/en/community/cctv").body.decode()
    assert '<html lang="cy">' in cy and 'href="/en/community/cctv"' in cy
    assert '<html lang="en">' in en and 'href="/cymuned/teledu-cylch-cyfyng"' in en
    pages = [p for s in web.sites.values() for p in s.pages.values()]
    assert sum(p.lang == "cy" and p.path != "/" for p in pages) >= 6


def test_councils_that_publish_nothing_still_carry_decoys(web: Heldback10Web, truth: dict) -> None:
    nothing = [a for a in truth["authorities"] if all(a["deliverables"][k]["status"] == "not_met" for k in STATUSES)]
    assert len(nothing) == 4
    for a in nothing:
        site = web.sites[a["heldback"]["host"]]
        hits = [p for p in site.pages.values() if re.search(r"(?i)cctv|camera|surveillance", p.body)]
        assert len(hits) >= 4, a["name"]
    lichfield = web.sites["www.lichfielddc.gov.uk"].render("/community/city-centre-cameras").body.decode()
    assert "Lichfield City Council" in lichfield


def test_homepages_and_every_quote_are_served_through_the_proxy(web: Heldback10Web, truth: dict) -> None:
    assert_truth_served(web, truth)
