"""The two hundred and twentieth held-back web's own structures (the generic checks, truth rebuilds, wiring and serving,
live in tests/test_heldback_sets.py). No audit, no scoring: the set is measured once, by the lead, after the detectors
are frozen.

Checks: the councils are fresh register rows of the brief's mix; the labelling rules hold with the intended tallies;
and the site machinery the set is built from is really served: a header menu assembled by script from JSON with only a
noscript site map in HTML; a faceted document library paged over three pages with extension-less downloads, a
textless scanned certificate and sort links forbidden by robots.txt; links into former councils' domains that answer
301 back to an unlinked copy, 301 to the homepage or 410; a sitemap index whose parts are missing or list dead
addresses; Contensis text-only duplicates and Welsh twins; a scanned code beside its accessible version, an annual
report PDF cut off mid-file and a scanned signed agreement; body links to the bare domain answered by 301; robots.txt
that allows Squiz PDF assets but forbids the Word copy; /cctv redirecting off the council's domain; robots.txt
forbidding the /node/ addresses most links use; page text loaded by script from JSON; a bare register host with www and
an old partnership domain redirecting to it and FAQ query duplicates; a sitemap named in robots.txt that does not
exist; a "PDF" that is an HTML error page; a paged directory of other bodies' cameras.
"""

from __future__ import annotations

import json
from collections import Counter
from urllib.parse import urlsplit
from urllib.robotparser import RobotFileParser

import pytest
from heldback_served import (
    assert_fresh_councils,
    assert_labelling_rules,
    assert_publish_nothing,
    auth_by_host as _auth,
    linking as _linking,
    render as _render,
    served_html as _html,
    served_links as _links,
    served_main as _main,
    served_text as _text,
    status_tally,
)

from fixtures.heldback220.truth import TRUTH_PATH
from fixtures.heldback220.web import Heldback220Web
from fixtures.simweb.served import document_text


@pytest.fixture(scope="module")
def web() -> Heldback220Web:
    return Heldback220Web()


@pytest.fixture(scope="module")
def truth() -> dict:
    return json.loads(TRUTH_PATH.read_text(encoding="utf-8"))


def _robots(web: Heldback220Web, host: str) -> RobotFileParser:
    rp = RobotFileParser()
    rp.parse(web.sites[host].robots_txt().splitlines())
    return rp


def _pdf_text(web: Heldback220Web, url: str) -> str:
    r = _render(web, url)
    assert r.status == 200 and r.header("Content-Type") == "application/pdf", url
    try:
        return document_text(r.body, "application/pdf").strip()
    except Exception:  # a broken file: no text can be had from it
        return ""


def test_fresh_councils(web: Heldback220Web, truth: dict) -> None:
    assert_fresh_councils(web, truth, 220)


def test_truth_shape_and_labelling_rules(truth: dict) -> None:
    assert_labelling_rules(truth, welsh=1, types=6)
    tally = status_tally(truth)
    assert tally["5.1"] == Counter({"met": 10, "partial": 2, "not_met": 3}), tally
    assert tally["5.2"] == Counter({"met": 3, "not_met": 12}), tally
    assert tally["5.3"] == Counter({"met": 4, "partial": 5, "not_met": 6}), tally
    assert tally["5.5"] == Counter({"met": 3, "partial": 4, "not_met": 8}), tally


def test_menu_assembled_by_script_with_noscript_site_map(web: Heldback220Web, truth: dict) -> None:
    host = "www.havering.gov.uk"
    home = _html(web, host, "/")
    assert 'data-menu-src="/api/menu.json"' in home and "/community-safety" not in home
    assert f"http://{host}/site-map" in _links(web, host, "/")
    menu = json.loads(_render(web, f"http://{host}/api/menu.json").body)
    assert any(c["url"] == "/community-safety/cctv" for m in menu for c in m.get("children", []))
    assert f"http://{host}/community-safety" in _links(web, host, "/site-map")
    cc = f"http://{host}/community-safety/cctv"
    assert _linking(web, host, cc) == {f"http://{host}/community-safety"}
    assert 'data-src="/api/documents?tag=cctv"' in _html(web, host, "/community-safety/cctv")
    a = _auth(truth, host)
    assert a["oracle_fetches"] == 6 and not a["heldback"]["a_z"]
    assert a["deliverables"]["5.5"]["status"] == "partial" and not a["deliverables"]["5.5"]["documents"]


def test_paged_document_library_and_extensionless_downloads(web: Heldback220Web, truth: dict) -> None:
    host = "www.wolverhampton.gov.uk"
    lib = f"http://{host}/documents?topic=community-safety"
    assert f"{lib}&page=3" in _links(web, host, "/documents?topic=community-safety")
    assert "page 3 of 3" in _main(web, host, "/documents?topic=community-safety&page=3")
    isa = f"http://{host}/documents/4322"
    assert f"{lib}&page=3" in _linking(web, host, isa) and lib not in _linking(web, host, isa)
    rp = _robots(web, host)
    assert not rp.can_fetch("cctv-audit", f"http://{host}/documents?sort=title&topic=community-safety&page=3")
    assert rp.can_fetch("cctv-audit", f"{lib}&page=3")
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    assert doc["signed"] and urlsplit(doc["url"]).path == "/documents/4322/download"
    r = _render(web, doc["url"])
    assert "filename=" in (r.header("Content-Disposition") or "")
    assert "Signed on behalf of West Midlands Police" in _text(web, host, "/documents/4322/download")
    assert _pdf_text(web, f"http://{host}/documents/4309/download") == ""
    assert d["5.2"]["level"] == "step2" and {urlsplit(e["url"]).path for e in d["5.2"]["evidence"]} == {
        "/documents/4309"
    }
    assert d["5.3"]["status"] == "met" and urlsplit(d["5.3"]["evidence"][0]["url"]).path == "/documents/4316/download"


def test_links_into_former_councils_domains(web: Heldback220Web, truth: dict) -> None:
    host = "www.westmorlandandfurness.gov.uk"
    cc = "/your-council/data-protection-and-privacy/cctv-and-surveillance"
    links = _links(web, host, cc)
    sl = "http://www.southlakeland.gov.uk/media/4410/cctv-code-of-practice.pdf"
    assert sl in links and "http://www.barrowbc.gov.uk/residents/community-safety/cctv/" in links
    r = _render(web, sl)
    copy = f"http://{host}/legacy/south-lakeland/cctv-code-of-practice.pdf"
    assert r.status == 301 and r.header("Location") == copy
    assert _linking(web, host, copy) == set() and _render(web, copy).status == 200
    assert (
        _render(web, "http://www.barrowbc.gov.uk/residents/community-safety/cctv/").header("Location")
        == f"http://{host}/"
    )
    assert _render(web, "http://www.eden.gov.uk/your-council/cctv-policy/").status == 410
    a = _auth(truth, host)
    assert all(urlsplit(u).hostname == host for u in a["deliverables"]["5.1"]["pages"])


def test_sitemap_index_that_lies_and_councils_that_publish_nothing(web: Heldback220Web) -> None:
    host = "www.hertfordshire.gov.uk"
    robots = web.sites[host].robots_txt()
    assert f"Sitemap: http://{host}/sitemap_index.xml" in robots
    index = _render(web, f"http://{host}/sitemap_index.xml").body.decode()
    assert "/sitemaps/news.xml" in index and _render(web, f"http://{host}/sitemaps/news.xml").status == 404
    listed = _render(web, f"http://{host}/sitemaps/services.xml").body.decode()
    assert "/services/community-safety/cctv.aspx" in listed
    assert _render(web, f"http://{host}/services/community-safety/cctv.aspx").status == 404
    assert _render(web, "http://eastdevon.gov.uk/sitemap.xml").status == 404
    assert "Sitemap: http://eastdevon.gov.uk/sitemap.xml" in web.sites["eastdevon.gov.uk"].robots_txt()
    assert_publish_nothing(web, json.loads(TRUTH_PATH.read_text()), {host, "eastdevon.gov.uk", "www.wealden.gov.uk"})


def test_text_only_duplicates_and_welsh_twin(web: Heldback220Web, truth: dict) -> None:
    host = "www.conwy.gov.uk"
    cc = "/en/Resident/Crime-and-emergencies/Crime/CCTV.aspx"
    bare = f"http://{host}{cc}?ContensisTextOnly=true"
    assert bare in _links(web, host, cc)
    body = _render(web, bare).body.decode()
    assert "<main" not in body and "Colwyn Bay" in body
    d = _auth(truth, host)["deliverables"]
    assert not any("ContensisTextOnly" in e["url"] for k in d for e in d[k]["evidence"])
    assert f"http://{host}/cy/Preswylydd/Trosedd-ac-argyfyngau/Trosedd/Teledu-Cylch-Cyfyng.aspx" in d["5.1"]["pages"]
    assert d["5.2"]["level"] == "step1" and not d["5.2"]["mark_displayed"]
    assert "Privacy-Notices" in d["5.3"]["evidence"][0]["url"]


def test_scanned_and_broken_pdfs(web: Heldback220Web, truth: dict) -> None:
    host = "www.lancaster.gov.uk"
    base = f"http://{host}/sites/default/files/documents/cctv"
    assert f"{base}/CCTV-Code-of-Practice-signed-scan.pdf" in _links(web, host, "/crime-and-safety/cctv")
    assert _pdf_text(web, f"{base}/CCTV-Code-of-Practice-signed-scan.pdf") == ""
    assert _pdf_text(web, f"{base}/CCTV-Annual-Report-2023-24.pdf") == ""
    assert b"%%EOF" not in _render(web, f"{base}/CCTV-Annual-Report-2023-24.pdf").body
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    assert doc["signed"] and _pdf_text(web, doc["url"]) == ""
    assert {urlsplit(e["url"]).path for e in d["5.5"]["evidence"]} == {"/crime-and-safety/cctv"}
    assert f"http://{host}/crime-and-safety/cctv/annual-report-summary" in d["5.1"]["pages"]
    dd = "www.derbyshiredales.gov.uk"
    r = _render(web, f"http://{dd}/images/documents/dalesmatters-spring-2018.pdf")
    assert r.header("Content-Type") == "application/pdf" and r.body.startswith(b"<html>")
    assert '<main id="main">' not in _html(web, dd, "/")
    d51 = _auth(truth, dd)["deliverables"]["5.1"]
    assert d51["status"] == "partial" and d51["pages"] == [f"http://{dd}/parking/matlock-bath-station"]


def test_bare_domain_links_redirect_to_www(web: Heldback220Web, truth: dict) -> None:
    host = "www.fenland.gov.uk"
    links = _links(web, host, "/community/safer-fenland")
    assert "http://fenland.gov.uk/cctv" in links
    r = _render(web, "http://fenland.gov.uk/cctv")
    assert r.status == 301 and r.header("Location") == f"http://{host}/cctv"
    assert _linking(web, host, f"http://{host}/cctv") == {f"http://{host}/a-z"}
    assert "39 arrests" in _main(web, host, "/community/safer-fenland/news/december-record-month")
    assert f"http://{host}/community/safer-fenland/news?page=3" in _links(
        web, host, "/community/safer-fenland/news?page=2"
    )
    assert not _auth(truth, host)["deliverables"]["5.1"]["criteria"]["statistics"]


def test_robots_allow_before_disallow_for_squiz_assets(web: Heldback220Web, truth: dict) -> None:
    host = "www.maidstone.gov.uk"
    rp = _robots(web, host)
    pol = f"http://{host}/__data/assets/pdf_file/0017/412337/CCTV-Operational-Policy-2024.pdf"
    word = f"http://{host}/__data/assets/word_doc/0018/412338/CCTV-Release-Protocol-Kent-Police.docx"
    cc = "/home/other-services/community-protection/safer-maidstone/cctv"
    assert {pol, word} <= set(_links(web, host, cc))
    assert rp.can_fetch("cctv-audit", pol) and not rp.can_fetch("cctv-audit", word)
    d = _auth(truth, host)["deliverables"]
    assert [doc["url"] for doc in d["5.5"]["documents"]] == [pol]
    assert d["5.3"]["evidence"][0]["url"] == pol and "Signed for Kent Police" in _text(web, host, urlsplit(pol).path)


def test_cctv_short_address_leaves_the_domain(web: Heldback220Web, truth: dict) -> None:
    host = "www.stevenage.gov.uk"
    r = _render(web, f"http://{host}/cctv")
    assert r.status == 301 and urlsplit(r.header("Location") or "").hostname == "www.hertfordshirecctv.co.uk"
    assert "www.hertfordshirecctv.co.uk" not in web.sites[host].hosts()
    d = _auth(truth, host)["deliverables"]
    assert all(urlsplit(u).hostname == host for u in d["5.1"]["pages"])
    assert d["5.5"]["status"] == "partial" and d["5.3"]["spoc"]["phone"] and not d["5.3"]["spoc"]["email"]


def test_robots_forbid_node_addresses_alias_open(web: Heldback220Web, truth: dict) -> None:
    host = "www.epsom-ewell.gov.uk"
    rp = _robots(web, host)
    node, alias = f"http://{host}/node/5120", f"http://{host}/residents/community-safety/cctv"
    assert not rp.can_fetch("cctv-audit", node) and rp.can_fetch("cctv-audit", alias)
    assert node in _links(web, host, "/residents/community-safety") and alias not in _links(
        web, host, "/residents/community-safety"
    )
    assert _linking(web, host, alias) == {f"http://{host}/a-z"}
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    assert doc["draft"] and not doc["signed"] and "20__" in _text(web, host, urlsplit(doc["url"]).path)
    assert d["5.3"]["status"] == "met" and urlsplit(d["5.3"]["evidence"][0]["url"]).path.endswith("Policy-2024.pdf")


def test_page_text_loaded_by_script(web: Heldback220Web, truth: dict) -> None:
    host = "www.woking.gov.uk"
    park = "/leisure/parks/woking-park"
    assert "cctv" not in _main(web, host, park).lower()
    assert "CCTV covers" in json.loads(_render(web, f"http://{host}/api/content/woking-park.json").body)["html"]
    assert f"http://{host}{park}/text" in _links(web, host, park)
    d51 = _auth(truth, host)["deliverables"]["5.1"]
    assert d51["status"] == "partial" and d51["pages"] == [f"http://{host}{park}/text"]


def test_bare_register_host_old_domains_and_faq_duplicates(web: Heldback220Web, truth: dict) -> None:
    host = "thanet.gov.uk"
    assert web.sites[host].gss == "E07000114"
    r = _render(web, "http://www.thanet.gov.uk/info-pages/cctv/")
    assert r.status == 301 and r.header("Location") == f"http://{host}/info-pages/cctv/"
    r = _render(web, "http://www.thanetcommunitysafety.org.uk/cctv.aspx")
    assert r.header("Location") == f"http://{host}/info-pages/cctv/"
    faq = [u for u in _links(web, host, "/info-pages/cctv/") if "?question=" in u]
    assert len(faq) == 3 and all(_render(web, u).status == 200 for u in faq)
    assert 'alt="Surveillance Camera Code of Practice certified' in _html(web, host, "/info-pages/cctv/")
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["mark_displayed"] and d["5.2"]["awarded"] == "2020-06"
    assert not any("?question=" in u for u in d["5.1"]["pages"])


def test_directory_of_other_bodies_cameras(web: Heldback220Web) -> None:
    host = "www.wealden.gov.uk"
    assert "Uckfield Town Council CCTV" in _main(web, host, "/directory/community-safety?page=2")
    assert f"http://{host}/directory/community-safety?page=3" in _links(web, host, "/directory/community-safety?page=2")
    assert web.sites[host].search and not _robots(web, host).can_fetch("cctv-audit", f"http://{host}/search?q=cctv")
