"""The ninth held-back web serves over the loopback proxy and its truth is well formed (no audit, no
scoring: the set is measured once, by the lead, after the detectors are frozen).

Checks: the committed truth.json equals what the hand labels build; statuses, criteria and the
labelling rules of fixtures/heldback/README.md hold; the councils are real register rows, no English
council of sets 1-8 is reused, and exactly three Welsh councils are reused, none from sets 6, 7 or 8;
every homepage answers through the proxy under its real host name; every evidence URL answers 200,
holds its quote verbatim and is allowed by robots.txt; and the structures the set exists to test are
really present (a menu drawn from JSON with a <noscript> fallback, breadcrumbs only in JSON-LD, a
search answered on its own host, an old address that redirects, windows-1252 pages, a dataset list
holding the police agreement, Word documents behind 'View document' buttons, an agreement named only
in a privacy notice, certification only in a table of accreditations or a certificate, a draft
agreement, decoys on the councils that publish nothing).
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
from fixtures.heldback8.truth import TRUTH_PATH as EIGHTH_TRUTH
from fixtures.heldback9.truth import TRUTH_PATH, build
from fixtures.heldback9.web import Heldback9Web
from fixtures.simweb.register import read_register
from fixtures.simweb.served import decode_html, html_links
from heldback_served import STATUSES, assert_labelling_rules, assert_truth_served


@pytest.fixture(scope="module")
def web() -> Heldback9Web:
    return Heldback9Web()


@pytest.fixture(scope="module")
def truth() -> dict:
    return json.loads(TRUTH_PATH.read_text(encoding="utf-8"))


def _codes(path: Path) -> dict[str, str]:
    return {a["gss_code"]: a["nation"] for a in json.loads(path.read_text(encoding="utf-8"))["authorities"]}


def _auth(truth: dict, host: str) -> dict:
    return next(a for a in truth["authorities"] if a["heldback"]["host"] == host)


def _evidence_urls(truth: dict, host: str) -> set[str]:
    return {e["url"] for d in _auth(truth, host)["deliverables"].values() for e in d["evidence"]}


def test_committed_truth_matches_the_labels(truth: dict) -> None:
    assert build() == truth, "run: python -m fixtures.heldback9.truth"


def test_wired_into_the_benchmark() -> None:
    web_class, path, label = SETS["heldback9"]
    assert web_class is Heldback9Web and path == TRUTH_PATH and label == "held-back set 9"
    assert "heldback9" in parse_sets("all")  # `make bench` runs every set but the first


def test_real_councils_and_reuse(web: Heldback9Web, truth: dict) -> None:
    mine = {s.gss for s in web.sites.values()}
    assert len(mine) == len(web) == 20
    assert {a["gss_code"] for a in truth["authorities"]} == mine
    register = {r["gss_code"]: r for r in read_register()}
    for s in web.sites.values():
        row = register[s.gss]
        assert urlsplit(row["website"]).hostname == s.host, s.gss
        assert s.name.split()[0] in row["name"], (s.name, row["name"])
    recent = {**_codes(SIXTH_TRUTH), **_codes(SEVENTH_TRUTH), **_codes(EIGHTH_TRUTH)}
    assert not mine & set(recent), "no council of sets 6-8 may be reused"
    earlier: dict[str, str] = {}
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
    for key, allowed in STATUSES.items():
        for status in allowed:
            n = sum(a["deliverables"][key]["status"] == status for a in auths)
            assert n >= 2, (key, status, n)


def test_menu_drawn_from_json_with_a_noscript_fallback(web: Heldback9Web) -> None:
    site = web.sites["www.hillingdon.gov.uk"]
    home = site.render("/").body.decode()
    assert 'data-menu="/assets/nav.json"' in home and "<noscript><ul" in home
    main = home.split('<main id="main">', 1)[1]
    assert 'class="services"' not in main and 'href="/crime-and-safety"' not in main, "no service list in the body"
    fallback = home.split("<noscript>", 1)[1].split("</noscript>", 1)[0]
    assert 'href="/crime-and-safety"' in fallback and fallback.count("<li>") > 8, "every section is in the fallback"
    nav = json.loads(site.render("/assets/nav.json").body)
    assert any(i["url"] == "/crime-and-safety" for i in nav["items"])
    faq = site.render("/crime-and-safety/cctv/your-questions").body.decode()
    assert faq.count("<dt>") == 4 and "single point of contact" in faq.split("<dt>")[3]


def test_agreement_as_an_html_page_signed_with_names(truth: dict) -> None:
    d55 = _auth(truth, "www.hillingdon.gov.uk")["deliverables"]["5.5"]
    assert d55["status"] == "met"
    assert not d55["documents"][0]["url"].endswith(".pdf") and "Superintendent" in d55["evidence"][0]["quote"]


def test_breadcrumbs_only_in_json_ld_and_a_crawl_delay(web: Heldback9Web) -> None:
    site = web.sites["www.westberks.gov.uk"]
    page = site.render("/community-safety/cctv").body.decode()
    assert 'class="breadcrumb"' not in page
    block = re.search(r'<script type="application/ld\+json">(.*?)</script>', page)
    assert block is not None
    data = json.loads(block.group(1))
    assert data["@type"] == "BreadcrumbList" and [i["name"] for i in data["itemListElement"]][-1] == "CCTV"
    assert "Crawl-delay: 5" in site.render("/robots.txt").body.decode()


def test_privacy_notice_is_the_only_place_the_agreement_is_named(web: Heldback9Web, truth: dict) -> None:
    d55 = _auth(truth, "www.westberks.gov.uk")["deliverables"]["5.5"]
    assert d55["status"] == "partial" and not d55["documents"]
    assert all("privacy" in urlsplit(e["url"]).path for e in d55["evidence"])
    page = web.sites["www.westberks.gov.uk"].render("/privacy/cctv-privacy-notice").body.decode()
    assert "<h2>Who we share with</h2>" in page


def test_search_answered_on_its_own_host(web: Heldback9Web) -> None:
    site = web.sites["www.wolverhampton.gov.uk"]
    home = site.render("/").body.decode()
    assert 'action="http://search.wolverhampton.gov.uk/search"' in home
    assert web.site_for_host("search.wolverhampton.gov.uk") is site
    r = site.render("/search?q=CCTV+public+safety", host="search.wolverhampton.gov.uk")
    links = html_links(r.body, "http://search.wolverhampton.gov.uk/search?q=x", r.header("Content-Type"))
    assert "http://www.wolverhampton.gov.uk/community-safety/cctv-and-public-safety" in links
    moved = site.render("/search?q=CCTV")
    assert moved.status == 301 and (moved.header("Location") or "").startswith("http://search.wolverhampton.gov.uk/")


def test_old_address_redirects_and_the_a_to_z_still_uses_it(web: Heldback9Web, truth: dict) -> None:
    site = web.sites["www.durham.gov.uk"]
    r = site.render("/cctv")
    assert r.status == 301 and r.header("Location") == "http://www.durham.gov.uk/community/cctv-cameras"
    assert 'href="/cctv"' in site.render("/a-z").body.decode()
    assert _evidence_urls(truth, site.host) == {"http://www.durham.gov.uk/community/cctv-cameras"}


def test_windows_1252_pages(web: Heldback9Web, truth: dict) -> None:
    site = web.sites["www.towerhamlets.gov.uk"]
    r = site.render("/community-and-safety/surveillance-cameras")
    assert r.header("Content-Type") == "text/html; charset=windows-1252"
    assert b"\x92" in r.body and b"\xa3" in r.body, "curly apostrophe and pound sign as single bytes"
    with pytest.raises(UnicodeDecodeError):
        r.body.decode("utf-8")
    assert "There’s no fee – we stopped charging £10" in decode_html(r.body, r.header("Content-Type"))
    assert (
        'href="/community-and-safety/surveillance-cameras">Surveillance cameras (CCTV)'
        in site.render("/a-z").body.decode()
    )
    d52 = _auth(truth, site.host)["deliverables"]["5.2"]
    assert d52["status"] == "met" and d52["evidence"][0]["url"].endswith("/about-the-council/accreditations")
    acc = decode_html(site.render("/about-the-council/accreditations").body, "text/html; charset=windows-1252")
    assert "ISO 9001" in acc and "Customer Service Excellence" in acc


def test_agreement_listed_among_dozens_of_datasets(web: Heldback9Web, truth: dict) -> None:
    site = web.sites["www.trafford.gov.uk"]
    page = site.render("/about-your-council/open-data-and-transparency").body.decode()
    assert page.count("<tr>") >= 25
    d55 = _auth(truth, site.host)["deliverables"]["5.5"]
    url = d55["documents"][0]["url"]
    assert d55["status"] == "met" and urlsplit(url).path in page
    cctv = site.render("/residents/community/community-safety/cctv").body.decode()
    assert urlsplit(url).path not in cctv, "the CCTV page does not link the agreement"


def test_word_documents_behind_view_document_buttons(web: Heldback9Web, truth: dict) -> None:
    for host, page in (
        ("www.stoke.gov.uk", "/joint-cctv-service/documents"),
        ("www.tunbridgewells.gov.uk", "/residents/community-safety/cctv"),
    ):
        site = web.sites[host]
        body = site.render(page).body.decode()
        hrefs = re.findall(r'role="button" href="([^"]+)">View document</a>', body)
        assert hrefs
        kinds = {site.docs[(host, h)].kind for h in hrefs}
        assert "docx" in kinds
    stoke = _auth(truth, "www.stoke.gov.uk")["deliverables"]
    assert stoke["5.5"]["status"] == "met" and stoke["5.3"]["status"] == "met"
    assert all("/joint-cctv-service" in e["url"] for e in stoke["5.3"]["evidence"])


def test_certification_only_in_a_certificate_or_a_policy(truth: dict) -> None:
    bas = _auth(truth, "www.basingstoke.gov.uk")["deliverables"]["5.2"]
    assert bas["status"] == "met" and all(e["url"].endswith(".pdf") for e in bas["evidence"])
    tw = _auth(truth, "www.tunbridgewells.gov.uk")["deliverables"]["5.2"]
    assert tw["awarded"] == "2018-06" and all("word_doc" in e["url"] for e in tw["evidence"])


def test_draft_agreement_with_placeholders(truth: dict) -> None:
    d55 = _auth(truth, "www.braintree.gov.uk")["deliverables"]["5.5"]
    assert d55["status"] == "partial"
    assert d55["documents"][0]["draft"] and not d55["documents"][0]["signed"]
    assert any("[insert date]" in e["quote"] for e in d55["evidence"])


def test_welsh_first_and_welsh_twins(web: Heldback9Web) -> None:
    welsh_first = [s for s in web.sites.values() if s.pages[(s.host, "/")].lang == "cy"]
    assert [s.host for s in welsh_first] == ["www.pembrokeshire.gov.uk"]
    site = welsh_first[0]
    en = site.render("/cymuned/teledu-cylch-cyfyng?lang=en").body.decode()
    cy = site.render("/cymuned/teledu-cylch-cyfyng").body.decode()
    assert '<html lang="en">' in en and '<html lang="cy">' in cy and "?lang=en" in cy
    pages = [p for s in web.sites.values() for p in s.pages.values()]
    assert sum(p.lang == "cy" and p.path != "/" for p in pages) >= 8


def test_councils_that_publish_nothing_still_carry_decoys(web: Heldback9Web, truth: dict) -> None:
    nothing = [a for a in truth["authorities"] if all(a["deliverables"][k]["status"] == "not_met" for k in STATUSES)]
    assert len(nothing) == 4
    for a in nothing:
        site = web.sites[a["heldback"]["host"]]
        hits = [p for p in site.pages.values() if re.search(r"(?i)cctv|camera|surveillance", p.body)]
        assert len(hits) >= 3, a["name"]


def test_homepages_and_every_quote_are_served_through_the_proxy(web: Heldback9Web, truth: dict) -> None:
    assert_truth_served(web, truth)
