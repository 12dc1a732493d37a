"""The 295th held-back web's own structures (the generic checks, truth rebuilds, wiring and serving, live in
tests/test_heldback_sets.py). No audit, no scoring: the set is measured once, by the lead, after the detectors are
frozen.

Checks: the councils are fresh; the labelling rules hold with the intended tallies; and the misbehaviours the set
is built from are really served, with the camera evidence still reachable: a three-hop redirect chain (308, a
relative 302, a 301) from the old addresses the menus still use; share links that multiply tracking parameters,
each copy with a canonical tag; a soft 404 for every unknown address beside an archived stale copy answering 200;
robots.txt groups with a crawl delay and forbidden folders; a sitemap index of English and Welsh parts paired by
hreflang; tag-soup legacy pages; a sitemap named in robots.txt that 301s to a Yoast index; a canonical tag to the
partner council's host; a PDF at an .htm address and Word files sent as application/msword; articles addressed by
query in any order; unknown addresses 302 to the homepage; a widget's whole HTML document nested in every page;
UTF-8 pages declared ISO-8859-1; JavaScript menus with links only in <noscript> and old text in a comment;
download links sent as application/force-download; and councils that publish nothing but carry look-alikes.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from urllib.parse import urljoin, urlsplit
from urllib.robotparser import RobotFileParser

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

from fixtures.heldback.truth import link_graph
from fixtures.heldback295.truth import TRUTH_PATH
from fixtures.heldback295.web import Heldback295Web


@pytest.fixture(scope="module")
def web() -> Heldback295Web:
    return Heldback295Web()


@pytest.fixture(scope="module")
def truth() -> dict:
    return json.loads(TRUTH_PATH.read_text(encoding="utf-8"))


def _chain(web: Heldback295Web, url: str) -> tuple[list[int], str]:
    """Follow redirects as a client would: the statuses met on the way and the final URL."""
    statuses = []
    for _ in range(10):
        r = _render(web, url)
        statuses.append(r.status)
        if r.status not in (301, 302, 307, 308):
            return statuses, url
        url = urljoin(url, r.header("Location") or "")
    raise AssertionError("redirect loop")


def test_fresh_councils(web: Heldback295Web, truth: dict) -> None:
    assert_fresh_councils(web, truth, 295)


def test_truth_shape_and_labelling_rules(truth: dict) -> None:
    assert_labelling_rules(truth, welsh=1, types=6)
    tally = status_tally(truth)
    assert tally["5.1"] == Counter({"met": 10, "partial": 2, "not_met": 3}), tally
    assert tally["5.2"] == Counter({"met": 3, "not_met": 12}), tally
    assert tally["5.3"] == Counter({"met": 4, "partial": 6, "not_met": 5}), tally
    assert tally["5.5"] == Counter({"met": 3, "partial": 4, "not_met": 8}), tally


def test_three_hop_redirect_chain_from_old_menu_addresses(web: Heldback295Web, truth: dict) -> None:
    host = "www.sutton.gov.uk"
    new = f"http://{host}/crime-and-community-safety/cctv-in-sutton"
    old = f"http://{host}/info/200514/community_safety_and_policing/1267/keeping_safe_-_out_and_about"
    assert old in _links(web, host, "/crime-and-community-safety")
    assert (_render(web, f"http://{host}/w/keeping-safe-out-and-about").header("Location") or "").startswith("../")
    statuses, final = _chain(web, old)
    assert statuses == [308, 302, 301, 200] and final == new
    assert _linking(web, host, new) - {f"{new}/footage"} == {f"http://{host}/a-z"}  # and its own sub-page's breadcrumb
    a = _auth(truth, host)
    assert new in a["deliverables"]["5.1"]["pages"] and not any("/info/" in u for u in evidence_urls(a))
    assert a["deliverables"]["5.5"]["status"] == "partial" and a["deliverables"]["5.3"]["spoc"]["email"].startswith(
        "cctv@"
    )


def test_share_links_multiply_tracking_parameters_with_canonical(web: Heldback295Web, truth: dict) -> None:
    host = "www.dudley.gov.uk"
    path = "/council-community/community-advice/cctv-use-in-the-dudley-borough/"
    clean = f"http://{host}{path}"
    copies = [u for u in link_graph(web, web.sites[host]) if u.startswith(clean + "?")]
    assert 8 <= len(copies) <= 16
    canonical = f'<link rel="canonical" href="{clean}">'
    for u in copies:
        r = _render(web, u)
        body = r.body.decode("utf-8")
        assert r.status == 200 and canonical in body and "Awarded full step 2 certification in 2020" in body, u
    assert "Essential maintenance" in _html(web, host, "/council-tax")
    assert "<td>Awarded full step 2 certification in 2020</td>" in _html(web, host, path)
    d = _auth(truth, host)["deliverables"]
    assert (
        d["5.2"]["status"] == "met"
        and d["5.2"]["level"] == "step2"
        and {e["url"] for e in d["5.2"]["evidence"]} == {clean}
    )


def test_soft_404_and_archived_copy_answering_200(web: Heldback295Web, truth: dict) -> None:
    host = "www.n-somerset.gov.uk"
    r = _render(web, f"http://{host}/community-safety/cctv-cameras-old")
    assert r.status == 200 and b"could not find the page" in r.body
    old = f"http://{host}/my-services/community-safety/cctv"
    assert _render(web, old).status == 200 and "archived" in _main(web, host, urlsplit(old).path)
    assert "Data Protection Act 1998" in _main(web, host, urlsplit(old).path)
    a = _auth(truth, host)
    assert old not in evidence_urls(a)
    d = a["deliverables"]
    (doc,) = d["5.5"]["documents"]
    assert d["5.5"]["status"] == "met" and doc["signed"] and doc["force"] == "Avon and Somerset"
    assert "Signed for and on behalf of Avon and Somerset Constabulary" in _text(web, host, urlsplit(doc["url"]).path)
    assert d["5.3"]["status"] == "met"


def test_robots_groups_crawl_delay_and_forbidden_folders(web: Heldback295Web, truth: dict) -> None:
    host = "www.lancashire.gov.uk"
    robots = RobotFileParser()
    robots.parse(_render(web, f"http://{host}/robots.txt").body.decode().splitlines())
    assert robots.crawl_delay("cctv-audit") == 2 and robots.crawl_delay("MJ12bot") == 30
    assert not robots.can_fetch("GPTBot", f"http://{host}/")
    for forbidden in (
        "/print/council/buildings/county-hall-preston",
        "/media/archive/2017/coach-hire-cameras-guidance.pdf",
        "/council/transparency/foi-disclosure-log/cctv-2023",
        "/search/?q=cctv",
    ):
        assert not robots.can_fetch("cctv-audit", f"http://{host}{forbidden}"), forbidden
        assert _render(web, f"http://{host}{forbidden}").status == 200, forbidden
    a = _auth(truth, host)
    assert a["heldback"]["robots_forbid_search"]
    assert all(robots.can_fetch("cctv-audit", u) for u in evidence_urls(a))
    d51 = a["deliverables"]["5.1"]
    assert d51["status"] == "partial" and [k for k, v in d51["criteria"].items() if v] == ["retention"]
    assert "dpo@" in _html(web, host, "/privacy") and a["deliverables"]["5.3"]["status"] == "not_met"


def test_sitemap_index_with_hreflang_pairs_and_welsh_twin(web: Heldback295Web, truth: dict) -> None:
    host = "www.flintshire.gov.uk"
    assert f"Sitemap: http://{host}/sitemap.xml" in _render(web, f"http://{host}/robots.txt").body.decode()
    index = _render(web, f"http://{host}/sitemap.xml").body.decode()
    parts = re.findall(r"<loc>([^<]+)</loc>", index)
    assert "<sitemapindex" in index and len(parts) == 3
    en = _render(web, parts[0]).body.decode()
    cy = "/cy/Resident/Streets-Transport/Teledu-Cylch-Cyfyng.aspx"
    assert f'hreflang="cy" href="http://{host}{cy}"' in en
    d = _auth(truth, host)["deliverables"]
    assert f"http://{host}{cy}" in d["5.1"]["pages"] and d["5.5"]["status"] == "partial" and not d["5.5"]["documents"]


def test_tag_soup_legacy_pages_and_msword_type(web: Heldback295Web, truth: dict) -> None:
    host = "www.bolsover.gov.uk"
    page = _html(web, host, "/licensing/premises-licences")
    assert "<A HREF=/licensing/model-conditions.docx>" in page and "</p>" not in page and "</li>" not in page
    assert f"http://{host}/licensing/model-conditions.docx" in _links(web, host, "/licensing/premises-licences")
    assert _render(web, f"http://{host}/licensing/model-conditions.docx").header("Content-Type") == "application/msword"
    assert "Data Protection Act 1998" in _text(web, host, "/your-council/data-protection")


def test_robots_sitemap_redirects_to_yoast_index(web: Heldback295Web) -> None:
    host = "www.scambs.gov.uk"
    assert f"Sitemap: http://{host}/sitemap.xml" in _render(web, f"http://{host}/robots.txt").body.decode()
    statuses, final = _chain(web, f"http://{host}/sitemap.xml")
    assert statuses == [301, 200] and final.endswith("/sitemap_index.xml")
    parts = re.findall(r"<loc>([^<]+)</loc>", _render(web, final).body.decode())
    assert [urlsplit(u).path for u in parts] == ["/page-sitemap.xml", "/post-sitemap.xml", "/attachment-sitemap.xml"]
    assert all(b"<urlset" in _render(web, u).body for u in parts)
    assert (_render(web, f"http://{host}/feed/").header("Content-Type") or "").startswith("application/rss+xml")


def test_canonical_to_partner_host_and_old_address(web: Heldback295Web, truth: dict) -> None:
    host = "www.babergh.gov.uk"
    path = "/w/cctv-in-sudbury-and-hadleigh"
    assert '<link rel="canonical" href="https://www.midsuffolk.gov.uk/w/cctv-in-sudbury-and-hadleigh">' in _html(
        web, host, path
    )
    assert _chain(web, f"http://{host}/cctv") == ([301, 200], f"http://{host}{path}")
    d = _auth(truth, host)["deliverables"]
    assert all(urlsplit(e["url"]).hostname == host for e in d["5.1"]["evidence"])
    assert d["5.3"]["status"] == "met" and d["5.5"]["status"] == "partial" and not d["5.5"]["documents"]


def test_documents_whose_type_and_address_disagree(web: Heldback295Web, truth: dict) -> None:
    host = "www.breckland.gov.uk"
    faq = f"http://{host}/media/2231/surveillance-faqs.htm"
    assert _render(web, faq).header("Content-Type") == "application/pdf"
    assert faq in _links(web, host, "/privacy/cctv")
    assert (
        _render(web, f"http://{host}/media/2232/appendix-1-camera-locations.docx").header("Content-Type")
        == "application/msword"
    )
    poster = _render(web, f"http://{host}/media/2240/person-of-interest-poster")
    assert poster.header("Content-Type") == "application/octet-stream" and poster.body.startswith(b"%PDF")
    d = _auth(truth, host)["deliverables"]
    assert faq in d["5.1"]["pages"] and d["5.1"]["criteria"]["retention"]
    assert d["5.5"]["status"] == "not_met" and "with whom we have an agreement" in _main(web, host, "/privacy/cctv")


def test_articles_addressed_by_query_in_any_order(web: Heldback295Web, truth: dict) -> None:
    host = "www.colchester.gov.uk"
    art = f"http://{host}/info/cbc-article/"
    bodies = {
        _render(web, art + q).body
        for q in (
            "?catid=community-safety&id=KA-02117",
            "?id=KA-02117&catid=community-safety&utm_source=newsletter",
            "?id=KA-02117",
        )
    }
    assert len(bodies) == 1 and b"step 2 certification" in bodies.pop()
    gone = _render(web, art + "?id=KA-00001")
    assert gone.status == 200 and b"no longer available" in gone.body
    assert f"{art}?id=KA-02117&catid=community-safety&utm_source=newsletter" in link_graph(web, web.sites[host])
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["awarded"] == "2019-03" and f"{art}?catid=community-safety&id=KA-02117" in d["5.1"]["pages"]


def test_unknown_addresses_redirect_to_the_homepage(web: Heldback295Web, truth: dict) -> None:
    host = "tewkesbury.gov.uk"
    assert f"http://{host}/cctv" in _links(web, host, "/a-z")
    statuses, final = _chain(web, f"http://{host}/cctv")
    assert statuses == [302, 200] and final == f"http://{host}/?aspxerrorpath=/cctv"
    assert "mobile surveillance" in _main(web, "minutes.tewkesbury.gov.uk", "/mgAi.aspx?ID=31582")


def test_widget_nests_a_whole_html_document_in_every_page(web: Heldback295Web, truth: dict) -> None:
    host = "www.nwleics.gov.uk"
    for path in ("/crime-and-safety/cctv", "/council-tax"):
        main = _html(web, host, path).split('<main id="main">', 1)[1]
        assert main.startswith("<!DOCTYPE html><html") and main.index("</html>") < main.index("<h1>"), path
    assert "single point of contact for surveillance cameras" in _text(web, host, "/crime-and-safety/cctv")
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    assert doc["draft"] and not doc["signed"] and doc["url"].endswith(".docx")
    assert "20__" in _text(web, host, urlsplit(doc["url"]).path)


def test_utf8_pages_declared_iso_8859_1_and_octet_stream_copy(web: Heldback295Web, truth: dict) -> None:
    host = "www.newcastle-staffs.gov.uk"
    path = "/all-services/community/community-safety/cctv"
    r = _render(web, f"http://{host}{path}")
    assert r.header("Content-Type") == "text/html; charset=iso-8859-1" and "\u2019".encode() in r.body
    copy = _render(web, f"http://{host}/downloads/file/1882/isa-print-copy")
    assert copy.header("Content-Type") == "application/octet-stream" and "filename=" in (
        copy.header("Content-Disposition") or ""
    )
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    assert (
        doc["signed"]
        and doc["force"] == "Staffordshire"
        and _render(web, doc["url"]).header("Content-Type") == "application/pdf"
    )


def test_script_menus_noscript_links_and_commented_text(web: Heldback295Web, truth: dict) -> None:
    host = "www.fdean.gov.uk"
    index = "/support/privacy-and-data/service-privacy-notices"
    notice = f"http://{host}{index}/cctv-privacy-notice"
    page = _html(web, host, index)
    assert "<noscript><ul><li><a href=" in page and "window.fodMenu=" in page
    assert _linking(web, host, notice) == {f"http://{host}{index}"}
    assert page.index("<noscript>", page.index("drawList")) < page.index(f'href="{urlsplit(notice).path}"')
    html = _html(web, host, urlsplit(notice).path)
    assert "<!-- Recordings are kept for 31 days" in html and "31 days" not in _text(web, host, urlsplit(notice).path)
    d51 = _auth(truth, host)["deliverables"]["5.1"]
    assert d51["status"] == "partial" and [k for k, v in d51["criteria"].items() if v] == ["signage"]


def test_force_download_links_and_inline_copy(web: Heldback295Web, truth: dict) -> None:
    host = "www.west-norfolk.gov.uk"
    landing = "/downloads/download/415/cctv_protocol_with_norfolk_constabulary"
    file = f"http://{host}/downloads/file/2290/cctv_protocol_signed"
    assert {file, f"{file}?inline=true"} <= set(_links(web, host, landing))
    assert _render(web, file).header("Content-Type") == "application/force-download"
    assert _render(web, f"{file}?inline=true").header("Content-Type") == "application/pdf"
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    assert doc["url"] == f"{file}?inline=true" and doc["signed"] and doc["force"] == "Norfolk"
    assert {urlsplit(e["url"]).path for e in d["5.2"]["evidence"]} == {
        "/downloads/download/412/cctv_certificate_of_compliance"
    }
    assert d["5.3"]["status"] == "met"


def test_councils_that_publish_nothing_still_carry_decoys(web: Heldback295Web, truth: dict) -> None:
    assert_publish_nothing(web, truth, {"www.bolsover.gov.uk", "www.scambs.gov.uk", "tewkesbury.gov.uk"})
