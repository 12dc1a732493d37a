"""The two hundred and fifty-second held-back web's own structures (the generic checks, truth rebuilds, wiring and
serving, live in tests/test_heldback_sets.py). No audit, no scoring: the set is measured once, by the lead, after the
detectors are frozen.

Checks: the councils are fresh (none in the fifteen sets before), the labelling rules hold with the intended tallies,
and the structures the set is built from are really served: a sitemap index of ``?page=`` parts with the camera pages
only in the last part on a site without search or A to Z; an A to Z chained letter to letter with no letter index; a
relative, news-only sitemap named in robots.txt; a robots.txt that is the CMS's HTML 'page not found' page; search
results that link ``?highlight=`` copies; a robots.txt forbidding every PDF (so a signed agreement and a SPOC in PDFs
are off-limits); a sitemap of relative ``<loc>`` paths; a Squiz asset listing paged by query with CCTV only on page 2;
a service menu expanded by ``?menu=`` links; an image sitemap; a plain-text sitemap; a Welsh A to Z listing the
cameras under T and a review served at ``document?lang=``; an A to Z listing the control room under T; an A to Z entry
'Closed circuit television' onto a team page; a camera disclosure filed under Business; 'working towards'
certification; and councils that publish nothing but carry look-alikes.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from urllib.parse import urlsplit

import pytest
from heldback_served import (
    assert_fresh_councils,
    assert_labelling_rules,
    assert_publish_nothing,
    auth_by_host as _auth,
    evidence_urls,
    linking as _linking,
    render as _render,
    served_html as _html,
    served_links as _links,
    served_main as _main,
    served_text as _text,
    status_tally,
)

from fixtures.heldback252.truth import TRUTH_PATH
from fixtures.heldback252.web import Heldback252Web

_LOC = re.compile(r"<loc>([^<]+)</loc>")


@pytest.fixture(scope="module")
def web() -> Heldback252Web:
    return Heldback252Web()


@pytest.fixture(scope="module")
def truth() -> dict:
    return json.loads(TRUTH_PATH.read_text(encoding="utf-8"))


def _body(web: Heldback252Web, url: str) -> str:
    r = _render(web, url)
    assert r.status == 200, url
    return r.body.decode("utf-8")


def _no_extension(url: str) -> bool:
    return "." not in urlsplit(url).path.rsplit("/", 1)[-1]


def test_fresh_councils(web: Heldback252Web, truth: dict) -> None:
    assert_fresh_councils(web, truth, 252)


def test_truth_shape_and_labelling_rules(truth: dict) -> None:
    assert_labelling_rules(truth, welsh=1, types=6)
    tally = status_tally(truth)
    assert tally["5.1"] == Counter({"met": 10, "partial": 2, "not_met": 3}), tally
    assert tally["5.2"] == Counter({"met": 3, "not_met": 12}), tally
    assert tally["5.3"] == Counter({"met": 4, "partial": 6, "not_met": 5}), tally
    assert tally["5.5"] == Counter({"met": 3, "partial": 5, "not_met": 7}), tally


def test_query_paged_sitemap_index_without_search_or_a_to_z(web: Heldback252Web, truth: dict) -> None:
    host = "www.havering.gov.uk"
    home = _html(web, host, "/")
    assert 'role="search"' not in home and "/a-z" not in home
    assert _render(web, f"http://{host}/a-z").status == 404
    index = _body(web, f"http://{host}/sitemap.xml")
    parts = _LOC.findall(index)
    assert "<sitemapindex" in index and parts == [f"http://{host}/sitemap.xml?page={i}" for i in (1, 2, 3)]
    pg = (
        f"http://{host}/crime-safety-and-antisocial-behaviour/community-safety/enforcement-and-safety/public-space-cctv"
    )
    found = [pg in _LOC.findall(_body(web, u)) for u in parts]
    assert found == [False, False, True]
    a = _auth(truth, host)
    assert pg in a["deliverables"]["5.1"]["pages"] and a["oracle_fetches"] == 7
    assert _linking(web, host, pg) >= {
        f"http://{host}/crime-safety-and-antisocial-behaviour/community-safety/enforcement-and-safety"
    }
    d53 = a["deliverables"]["5.3"]
    assert d53["status"] == "met" and urlsplit(d53["evidence"][0]["url"]).path.endswith("/governance-and-contacts")
    assert a["deliverables"]["5.5"]["status"] == "partial" and not a["deliverables"]["5.5"]["documents"]


def test_a_to_z_chained_letter_to_letter(web: Heldback252Web, truth: dict) -> None:
    host = "go.walsall.gov.uk"
    root = _links(web, host, "/a-z")
    assert f"http://{host}/a-z/c" not in root and f"http://{host}/a-z/b" in root
    assert _linking(web, host, f"http://{host}/a-z/c") == {f"http://{host}/a-z/b", f"http://{host}/a-z/h"}
    pg = "/policing-and-public-safety/crime-and-law-enforcement/cctv"
    assert f"http://{host}{pg}" in _links(web, host, "/a-z/c")
    main = _main(web, host, pg)
    assert "Data Protection Act 1998" in main and "Transport for West Midlands" in main
    d = _auth(truth, host)["deliverables"]
    assert d["5.1"]["status"] == "met" and d["5.5"]["status"] == "not_met" and d["5.3"]["status"] == "partial"


def test_relative_news_only_sitemap_and_signed_isa(web: Heldback252Web, truth: dict) -> None:
    host = "www.nelincs.gov.uk"
    robots = _body(web, f"http://{host}/robots.txt")
    assert "Sitemap: /news-sitemap.xml" in robots and "Disallow: /search" in robots
    news = _body(web, f"http://{host}/news-sitemap.xml")
    locs = _LOC.findall(news)
    assert "sitemap-news" in news and locs and all("/news/" in u for u in locs)
    assert _render(web, f"http://{host}/sitemap.xml").status == 404
    d = _auth(truth, host)["deliverables"]
    assert not any(u in locs for u in d["5.1"]["pages"])
    (doc,) = d["5.5"]["documents"]
    assert doc["signed"] and doc["force"] == "Humberside" and doc["date"] == "2024-03-19"
    ft = f"http://{host}/environment-and-community-safety/community-safety/crime-and-anti-social-behaviour/cctv/requesting-footage"
    assert _linking(web, host, doc["url"]) == {ft}
    assert "Signed for and on behalf of Humberside Police" in _text(web, host, urlsplit(doc["url"]).path)


def test_robots_html_page_and_highlight_search_links(web: Heldback252Web, truth: dict) -> None:
    host = "www.wychavon.gov.uk"
    r = _render(web, f"http://{host}/robots.txt")
    assert r.status == 200 and (r.header("Content-Type") or "").startswith("text/html")
    assert b"Page not found" in r.body and b"Disallow" not in r.body
    assert not _auth(truth, host)["heldback"]["robots_forbid_search"]
    results = _body(web, f"http://{host}/search?q=cctv")
    assert 'href="/community-safety/cctv?highlight=cctv"' in results
    assert _body(web, f"http://{host}/community-safety/cctv?highlight=cctv") == _body(
        web, f"http://{host}/community-safety/cctv"
    )
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["status"] == "met" and d["5.2"]["level"] == "step1" and not d["5.2"]["mark_displayed"]
    (doc,) = d["5.5"]["documents"]
    assert doc["signed"] and _no_extension(doc["url"])
    assert "filename=" in (_render(web, doc["url"]).header("Content-Disposition") or "")
    assert d["5.3"]["status"] == "met"


def test_robots_forbid_every_pdf(web: Heldback252Web, truth: dict) -> None:
    host = "www.cheltenham.gov.uk"
    robots = _body(web, f"http://{host}/robots.txt")
    assert "Disallow: /*.pdf$" in robots and "Disallow: /search" in robots
    assert '<main id="main">' not in _html(web, host, "/")
    pg = "/info/20014/community_safety/1204/cctv"
    links = _links(web, host, pg)
    code = f"http://{host}/downloads/file/2231/cctv_code_of_practice.pdf"
    agr = f"http://{host}/downloads/file/2240/cctv_monitoring_agreement_signed.pdf"
    assert code in links and agr in links
    assert "single point of contact" in _text(web, host, urlsplit(code).path)
    assert "Gloucestershire Constabulary" in _text(web, host, urlsplit(agr).path)
    a = _auth(truth, host)
    assert not any(u.endswith(".pdf") for u in evidence_urls(a))
    d = a["deliverables"]
    assert d["5.3"]["status"] == "partial" and d["5.5"]["status"] == "partial" and not d["5.5"]["documents"]
    assert not d["5.1"]["criteria"]["policy"]


def test_relative_loc_sitemap_more_menu_mark_and_draft(web: Heldback252Web, truth: dict) -> None:
    host = "www.westlancs.gov.uk"
    assert "Disallow: /search.aspx" in _body(web, f"http://{host}/robots.txt")
    locs = _LOC.findall(_body(web, f"http://{host}/sitemap.xml"))
    pg = "/more/community-safety/cctv-in-west-lancashire.aspx"
    assert pg in locs and all(u.startswith("/") for u in locs)
    assert 'alt="Surveillance Camera Commissioner certification mark"' in _html(web, host, pg)
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["status"] == "met" and d["5.2"]["level"] == "step2" and d["5.2"]["mark_displayed"]
    (doc,) = d["5.5"]["documents"]
    assert doc["draft"] and not doc["signed"] and doc["url"].endswith(".docx")
    assert "20__" in _text(web, host, urlsplit(doc["url"]).path)
    assert d["5.3"]["status"] == "met"


def test_asset_listing_paged_by_query(web: Heldback252Web, truth: dict) -> None:
    host = "www.maidstone.gov.uk"
    cs = "/home/primary-services/crime-and-safety"
    pg = f"http://{host}{cs}/cctv"
    assert pg not in _links(web, host, cs)
    page2 = f"{cs}?result_4521_result_page=2"
    assert f"http://{host}{page2}" in _links(web, host, cs) and pg in _links(web, host, page2)
    assert _linking(web, host, pg) == {f"http://{host}{page2}"} | {
        u for u in _linking(web, host, pg) if urlsplit(u).path.startswith(f"{cs}/cctv/")
    }
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    assert d["5.5"]["status"] == "met" and doc["force"] == "Kent" and _linking(web, host, doc["url"]) == {pg}


def test_service_menu_expanded_by_query(web: Heldback252Web, truth: dict) -> None:
    host = "www.preston.gov.uk"
    assert web.sites[host].search is None
    cs = f"http://{host}/community-safety"
    menu = f"http://{host}/residents?menu=community-and-safety"
    assert cs not in _links(web, host, "/residents") and cs in _links(web, host, "/residents?menu=community-and-safety")
    outside = {u for u in _linking(web, host, cs) if not urlsplit(u).path.startswith("/community-safety")}
    assert outside == {menu}
    assert "cctv" not in _html(web, host, "/a-z").lower()
    a = _auth(truth, host)
    assert a["oracle_fetches"] == 6 and a["deliverables"]["5.3"]["status"] == "met"
    assert "service level agreement" in _main(web, host, "/community-safety/city-centre-cctv")
    assert a["deliverables"]["5.5"]["status"] == "not_met"


def test_welsh_a_to_z_under_t_and_review_by_lang_query(web: Heldback252Web, truth: dict) -> None:
    host = "www.caerphilly.gov.uk"
    robots = _body(web, f"http://{host}/robots.txt")
    assert "Disallow: /search" in robots and "Disallow: /chwilio" in robots
    cy = f"http://{host}/cy/gwasanaethau/argyfyngau-ac-atal-troseddu/teledu-cylch-cyfyng"
    assert cy in _links(web, host, "/cy/a-y") and "Teledu cylch cyfyng (TCC)" in _html(web, host, "/cy/a-y")
    doc = f"http://{host}/web-documents/resident/emergencies-and-crime-prevention/cctv/document?lang=en-gb"
    r = _render(web, doc)
    assert r.header("Content-Type") == "application/pdf" and "filename=" in (r.header("Content-Disposition") or "")
    d = _auth(truth, host)["deliverables"]
    assert doc in d["5.1"]["pages"] and cy in d["5.1"]["pages"]
    assert d["5.2"]["level"] == "step2" and d["5.2"]["awarded"] == "2016-12" and not d["5.2"]["mark_displayed"]
    assert d["5.5"]["status"] == "partial" and d["5.3"]["status"] == "partial"


def test_a_to_z_shapes_onto_one_fact_pages(web: Heldback252Web, truth: dict) -> None:
    woking = "www.woking.gov.uk"
    tc = f"http://{woking}/business/town-centre-management"
    assert tc in _links(web, woking, "/a-z/t") and tc not in _links(web, woking, "/a-z/c")
    assert "Town centre CCTV control room" in _html(web, woking, "/a-z/t")
    epsom = "www.epsom-ewell.gov.uk"
    team = f"http://{epsom}/council/departments/public-protection"
    assert "Closed circuit television" in _html(web, epsom, "/a-z") and team in _links(web, epsom, "/a-z")
    assert _auth(truth, epsom)["heldback"]["robots_forbid_search"]
    for host, url in ((woking, tc), (epsom, team)):
        d51 = _auth(truth, host)["deliverables"]["5.1"]
        assert d51["status"] == "partial" and d51["pages"] == [url]
        assert [k for k, v in d51["criteria"].items() if v] == ["cameras"], host


def test_disclosure_filed_under_business_and_working_towards(web: Heldback252Web, truth: dict) -> None:
    host = "www.mansfield.gov.uk"
    d = _auth(truth, host)["deliverables"]
    assert all(urlsplit(u).path.startswith("/business/") for u in d["5.1"]["pages"])
    assert "camera" not in _main(web, host, "/community/community-safety").lower()
    main = _main(web, host, "/business/commercial-cctv-monitoring/public-space-cctv")
    assert "working towards third-party certification" in main and "BS 7958" in main
    assert d["5.2"]["status"] == "not_met" and d["5.1"]["criteria"]["standards"]
    assert "£10 fee" in _main(web, host, "/business/commercial-cctv-monitoring/public-space-cctv/view-cctv-footage")


def test_unusual_sitemaps_on_councils_that_publish_nothing(web: Heldback252Web) -> None:
    ed = "eastdevon.gov.uk"
    image = _body(web, f"http://{ed}/sitemap.xml")
    assert "sitemap-image" in image and "<image:loc>" in image
    assert web.sites[ed].search is None and not web.sites[ed].az
    wd = "www.wealden.gov.uk"
    assert f"Sitemap: http://{wd}/sitemap.txt" in _body(web, f"http://{wd}/robots.txt")
    r = _render(web, f"http://{wd}/sitemap.txt")
    assert (r.header("Content-Type") or "").startswith("text/plain") and r.body.startswith(f"http://{wd}/".encode())
    hants = "www.hants.gov.uk"
    ripa = f"http://{hants}/aboutthecouncil/policies/surveillance-and-investigatory-powers"
    assert ripa in _links(web, hants, "/a-z") and "Single Points of Contact" in _main(web, hants, urlsplit(ripa).path)


def test_councils_that_publish_nothing_still_carry_decoys(web: Heldback252Web, truth: dict) -> None:
    assert_publish_nothing(web, truth, {"www.hants.gov.uk", "eastdevon.gov.uk", "www.wealden.gov.uk"})
    for host in ("www.hants.gov.uk", "www.wealden.gov.uk", "www.cheltenham.gov.uk", "www.caerphilly.gov.uk"):
        assert _auth(truth, host)["heldback"]["robots_forbid_search"], host
