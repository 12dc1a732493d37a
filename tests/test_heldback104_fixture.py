"""The hundred-and-fourth held-back web's own structures (the generic checks, truth rebuilds, wiring and serving, live in
tests/test_heldback_sets.py). No audit, no scoring: the set is measured once, by the lead, after the detectors are
frozen.

Checks: the councils are real register rows, none is in sets 89 to 103; the labelling rules hold with the intended
tallies; and the structures the set is built from are really served (a Funnelback-style search under /s/ whose results
go through a click-tracking redirect, with the CCTV page only on results page 2; a mega-menu homepage; a signed
'Protocol for the release of recorded images' served by download.aspx?id= with a Content-Disposition name; a sitemap
index named only by robots.txt at an odd path, with no /sitemap.xml; a search that finds only news; a CCTV page five
clicks deep; a SPOC in a Key contacts sidebar; a signed police agreement about domestic abuse as a near-miss; a search
on a search subdomain; tabbed content with hidden panels; a step 2 claim only in a certificate image's alt text; a
Welsh-first site with English under /en; a CCTV page linked only by 'Find out more' and an HTML site map; facts split
into a leaflet; another council's control centre under a service level agreement; a partnership site under a sub-path
with its own layout; a step 1 caption under a mark; old addresses answering 301; a draft agreement served without
extension; a SPOC deep in a long HTML policy; a step 2 sentence with no mark; a CCTV page four clicks deep under data
protection at a query-string address; a search that finds only documents; a signed agreement in a data sharing
register; a 'Read more' card; a shared service with a combined authority; certification of something else; one-fact
councils; and councils that publish nothing but carry look-alikes and near-misses).
"""

from __future__ import annotations

import json
import re
from collections import Counter
from urllib.parse import unquote, urlsplit

import pytest
from heldback_served import (
    assert_labelling_rules,
    assert_publish_nothing,
    auth_by_host as _auth,
    codes_of_sets,
    linking as _linking,
    register_rows_of,
    render as _render,
    served_html as _html,
    served_links as _links,
    served_main as _main,
    served_text as _text,
    status_tally,
)

from benchmarks.heldback_sets import set_names
from fixtures.heldback104.truth import TRUTH_PATH
from fixtures.heldback104.web import Heldback104Web


@pytest.fixture(scope="module")
def web() -> Heldback104Web:
    return Heldback104Web()


@pytest.fixture(scope="module")
def truth() -> dict:
    return json.loads(TRUTH_PATH.read_text(encoding="utf-8"))


def _no_extension(url: str) -> bool:
    return "." not in urlsplit(url).path.rsplit("/", 1)[-1]


def _result_links(body: str) -> list[str]:
    return re.findall(r'<li class="result"><h3><a href="([^"]+)"', body)


def test_real_councils_none_from_sets_89_to_103(web: Heldback104Web, truth: dict) -> None:
    mine, register = register_rows_of(web, truth, 15)
    names = set(set_names())
    others = [k for k in range(89, 104) if f"heldback{k}" in names]
    assert not mine & codes_of_sets(others), "no council of sets 89-103 may be reused"
    types = Counter(register[g]["type"] for g in mine)
    assert types == Counter(
        {
            "London borough": 1,
            "Metropolitan district": 1,
            "Unitary authority": 1,
            "County": 1,
            "Welsh unitary authority": 1,
            "Non-metropolitan district": 10,
        }
    )


def test_truth_shape_and_labelling_rules(truth: dict) -> None:
    assert_labelling_rules(truth, welsh=1, types=6)
    tally = status_tally(truth)
    assert tally["5.1"] == Counter({"met": 10, "partial": 2, "not_met": 3}), tally
    assert tally["5.2"] == Counter({"met": 3, "not_met": 12}), tally
    assert tally["5.3"] == Counter({"met": 4, "partial": 6, "not_met": 5}), tally
    assert tally["5.5"] == Counter({"met": 3, "partial": 4, "not_met": 8}), tally


def test_click_tracking_search_puts_the_cctv_page_on_page_two(web: Heldback104Web, truth: dict) -> None:
    host = "www.towerhamlets.gov.uk"
    cctv = f"http://{host}/lgnl/community_and_living/community_safety__crime_preve/cctv/CCTV.aspx"
    assert '<form action="/s/search.html"' in _html(web, host, "/")
    first = _html(web, host, "/s/search.html?query=cctv")
    links = _result_links(first)
    assert len(links) == 10 and all(h.startswith("/s/redirect?") for h in links)
    assert not any(cctv in unquote(h) for h in links)
    assert 'rel="next"' in first
    second = _result_links(_html(web, host, "/s/search.html?query=cctv&start_rank=11"))
    (hit,) = [h for h in second if cctv in unquote(h)]
    r = _render(web, f"http://{host}{hit.replace('&amp;', '&')}")
    assert r.status == 302 and r.header("Location") == cctv
    d51 = _auth(truth, host)["deliverables"]["5.1"]
    assert cctv in d51["pages"] and d51["status"] == "met"


def test_mega_menu_and_protocol_served_by_download_aspx(web: Heldback104Web, truth: dict) -> None:
    host = "www.towerhamlets.gov.uk"
    menu = _html(web, host, "/").split('<nav class="mega-menu"', 1)[1].split("</nav>", 1)[0]
    assert menu.count("<a href=") >= 30 and "CCTV.aspx" not in menu
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    assert d["5.5"]["status"] == "met" and doc["signed"] and doc["force"] == "Metropolitan Police"
    assert urlsplit(doc["url"]).path == "/download.aspx" and "police" not in doc["title"].lower()
    r = _render(web, doc["url"])
    assert r.header("Content-Type") == "application/pdf"
    assert 'filename="Protocol-release-of-recorded-images-2023.pdf"' in (r.header("Content-Disposition") or "")
    assert "Signed for and on behalf of the Metropolitan Police Service" in _text(web, host, "/download.aspx?id=18822")
    # certification of something else
    assert "ISO 27001" in _main(web, host, "/lgnl/council_and_democracy/ict/Information_security.aspx")
    assert d["5.2"]["status"] == "not_met" and d["5.3"]["status"] == "partial"


def test_sitemap_only_in_robots_at_an_odd_path_news_only_search_and_deep_page(web: Heldback104Web, truth: dict) -> None:
    host = "www.wirral.gov.uk"
    site = web.sites[host]
    robots = site.robots_txt()
    index = "/files/seo/sitemaps/wirral-index.xml"
    assert f"Sitemap: http://{host}{index}" in robots and "sitemap.xml" not in robots
    assert _render(web, f"http://{host}/sitemap.xml").status == 404 and not site.az
    idx = _render(web, f"http://{host}{index}")
    assert idx.status == 200 and b"<sitemapindex" in idx.body
    cctv = (
        "/communities-and-neighbourhoods/community-safety/crime-and-anti-social-behaviour/"
        "safer-streets-and-public-places/public-space-cameras-and-help-points"
    )
    parts = re.findall(r"<loc>([^<]+)</loc>", idx.body.decode())
    assert len(parts) == 2
    assert any(f"http://{host}{cctv}" in _render(web, u).body.decode() for u in parts)
    hits = _result_links(_html(web, host, "/search?keys=cctv"))
    assert hits and all(urlsplit(h).path.startswith("/news/") for h in hits)
    a = _auth(truth, host)
    assert a["oracle_fetches"] == 6 and f"http://{host}{cctv}" in a["deliverables"]["5.1"]["pages"]
    aside = _html(web, host, cctv).split('<aside class="sidebar key-contacts">', 1)[1].split("</aside>", 1)[0]
    assert "single point of contact for surveillance cameras" in aside and "mailto:" in aside
    d = a["deliverables"]
    assert d["5.3"]["status"] == "met" and d["5.3"]["spoc"]["email"]


def test_signed_police_agreement_about_something_else_is_not_counted(web: Heldback104Web, truth: dict) -> None:
    host = "www.wirral.gov.uk"
    text = _text(web, host, "/files/documents/domestic-abuse-and-marac-information-sharing-agreement.pdf")
    assert "Signed for Merseyside Police" in text and "No recorded images are shared" in text
    d55 = _auth(truth, host)["deliverables"]["5.5"]
    assert d55["status"] == "partial" and not d55["documents"]
    host = "www.gloucestershire.gov.uk"
    text = _text(web, host, "/media/2089/joint-protocol-children-missing-from-home-or-care.pdf")
    assert "Signed for Gloucestershire Constabulary" in text
    assert _auth(truth, host)["deliverables"]["5.5"]["status"] == "not_met"


def test_search_subdomain_tabs_and_certificate_alt_text(web: Heldback104Web, truth: dict) -> None:
    host = "www.bristol.gov.uk"
    search = "search.bristol.gov.uk"
    assert search in web.sites[host].hosts()
    assert '<form action="http://search.bristol.gov.uk/search"' in _html(web, host, "/")
    pg = "/crime-and-emergencies/public-space-cctv"
    assert f"http://{host}{pg}" in _result_links(_html(web, search, "/search?q=cctv"))
    html = _html(web, host, pg)
    assert '<div role="tablist">' in html and html.count('role="tabpanel"') == 4 and html.count(" hidden>") == 3
    assert "step 2" not in _main(web, host, pg) and 'alt="Certificate of compliance' in html
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["status"] == "met" and d["5.2"]["level"] == "step2" and d["5.2"]["awarded"] == "2019-05-16"
    # near-misses: an award for something else, and monitoring a neighbouring council's cameras under an SLA
    main = _main(web, host, pg)
    assert "CameraWatch" in main and "service level agreement" in main
    assert d["5.5"]["status"] == "not_met" and d["5.3"]["status"] == "met"


def test_welsh_first_site_with_english_under_en(web: Heldback104Web, truth: dict) -> None:
    host = "www.bridgend.gov.uk"
    assert _html(web, host, "/").startswith('<!DOCTYPE html><html lang="cy">')
    assert f"http://{host}/en" in _links(web, host, "/")
    pg = "/en/my-council/customer-services/cctv-and-after-hours-customer-service"
    assert _html(web, host, pg).startswith('<!DOCTYPE html><html lang="en">')
    a = _auth(truth, host)
    d = a["deliverables"]
    assert (
        f"http://{host}/cy/fy-nghyngor/gwasanaethau-cwsmeriaid/teledu-cylch-cyfyng-a-gwasanaeth-y-tu-allan-i-oriau"
        in (d["5.1"]["pages"])
    )
    assert "Vale of Glamorgan Council" in _main(web, host, pg)
    assert d["5.5"]["status"] == "partial" and not d["5.5"]["documents"]
    assert d["5.3"]["status"] == "partial" and d["5.3"]["spoc"]["phone"] and not d["5.3"]["spoc"]["email"]


def test_find_out_more_card_html_site_map_and_leaflet(web: Heldback104Web, truth: dict) -> None:
    host = "www.hart.gov.uk"
    site = web.sites[host]
    assert not site.az and not site.sitemap and _render(web, f"http://{host}/sitemap.xml").status == 404
    pg = f"http://{host}/community-safety/cctv-cameras"
    assert _linking(web, host, pg) == {f"http://{host}/community-safety", f"http://{host}/sitemap"}
    assert '<a class="card__link" href="/community-safety/cctv-cameras">Find out more</a>' in _html(
        web, host, "/community-safety"
    )
    assert '<ul class="site-map">' in _html(web, host, "/sitemap")
    d = _auth(truth, host)["deliverables"]
    leaflet = f"http://{host}/sites/default/files/2024-03/CCTV-in-Hart-residents-guide.pdf"
    assert leaflet in d["5.1"]["pages"] and "31 days" not in _main(web, host, "/community-safety/cctv-cameras")
    assert "service level agreement with Runnymede" in _main(web, host, "/community-safety/cctv-cameras")
    assert d["5.5"]["status"] == "not_met"


def test_partnership_site_under_a_sub_path_with_its_own_layout(web: Heldback104Web, truth: dict) -> None:
    host = "www.wyre.gov.uk"
    home = _html(web, host, "/fylde-coast-cctv/")
    assert "<main" not in home and '<body class="partnership">' in home
    assert (
        "step 1 (desktop) certification" in home and 'alt="Surveillance Camera Code of Practice certification' in home
    )
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["level"] == "step1" and d["5.2"]["awarded"] == "2021-06" and d["5.2"]["mark_displayed"]
    (doc,) = d["5.5"]["documents"]
    assert doc["signed"] and "police" not in doc["title"].lower() and doc["force"] == "Lancashire"
    assert _linking(web, host, doc["url"]) == {f"http://{host}/fylde-coast-cctv/documents/"}
    assert d["5.3"]["status"] == "partial"


def test_old_addresses_answer_301_and_draft_without_extension(web: Heldback104Web, truth: dict) -> None:
    host = "www.basildon.gov.uk"
    new = f"http://{host}/article/309/Town-centres-Closed-Circuit-Television-CCTV-"
    r = _render(web, f"http://{host}/cctv")
    assert r.status == 301 and r.header("Location") == new
    assert f"http://{host}/cctv" in _links(web, host, "/a-z") and new not in _links(web, host, "/a-z")
    r = _render(web, f"http://{host}/article/195/CCTV-releasing-for-evidence")
    assert r.status == 301 and r.header("Location") == f"http://{host}/article/195/CCTV-Requests-for-CCTV-footage"
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    assert d["5.5"]["status"] == "partial" and doc["draft"] and not doc["signed"] and _no_extension(doc["url"])
    assert "filename=" in (_render(web, doc["url"]).header("Content-Disposition") or "")
    assert "Data Protection Act 1998" in _main(web, host, urlsplit(new).path)
    r = _render(web, "http://www.tamworth.gov.uk/community_and_living/crime_prevention/cctv/cctv_faqs.aspx")
    assert r.status == 301 and r.header("Location") == "http://www.tamworth.gov.uk/cctv-faqs"


def test_spoc_deep_in_a_long_policy_and_step_2_sentence_without_mark(web: Heldback104Web, truth: dict) -> None:
    host = "www.wychavon.gov.uk"
    d = _auth(truth, host)["deliverables"]
    policy = "/community-safety/cctv/cctv-and-surveillance-policy"
    assert {urlsplit(e["url"]).path for e in d["5.3"]["evidence"]} == {policy}
    main = _main(web, host, policy)
    assert main.index("single point of contact") > main.index("7 Cameras and area coverage")
    assert "single point of contact" not in _main(web, host, "/community-safety/cctv")
    assert "<img" not in _main(web, host, "/community-safety/cctv")
    assert d["5.2"]["level"] == "step2" and not d["5.2"]["mark_displayed"]
    assert "Worcester City Council under a service level agreement" in _main(web, host, "/community-safety/cctv")
    assert d["5.5"]["status"] == "partial" and not d["5.5"]["documents"]


def test_data_protection_only_query_address_docs_only_search_and_register(web: Heldback104Web, truth: dict) -> None:
    host = "thanet.gov.uk"
    pg = f"http://{host}/info-pages/cctv/?question=5594-2"
    assert _linking(web, host, pg) == {f"http://{host}/your-council/data-protection/cameras-and-recordings"}
    a = _auth(truth, host)
    assert pg in a["deliverables"]["5.1"]["pages"]
    hits = _result_links(_html(web, host, "/search/?s=cctv"))
    assert hits and all(h.endswith(".pdf") for h in hits)
    reg = "/your-council/data-protection/data-sharing-register"
    assert '<th scope="col">Agreement</th><th scope="col">Partners</th>' in _html(web, host, reg)
    d = a["deliverables"]
    (doc,) = d["5.5"]["documents"]
    assert d["5.5"]["status"] == "met" and doc["signed"] and "police" not in doc["title"].lower()
    assert _linking(web, host, doc["url"]) == {f"http://{host}{reg}"}
    assert d["5.3"]["status"] == "met" and d["5.2"]["status"] == "not_met"


def test_read_more_card_and_shared_service_with_a_combined_authority(web: Heldback104Web, truth: dict) -> None:
    host = "www.tamworth.gov.uk"
    pg = "/index.php/community-safety/cctv"
    assert '<a class="card__link" href="/index.php/community-safety/cctv">Read more</a>' in _html(
        web, host, "/index.php/community-safety"
    )
    main = _main(web, host, pg)
    assert "shared service agreement" in main and "ISO 27001" in main
    d = _auth(truth, host)["deliverables"]
    assert d["5.5"]["status"] == "not_met" and d["5.2"]["status"] == "not_met" and d["5.3"]["status"] == "partial"


def test_one_fact_councils(truth: dict) -> None:
    for host, crit, path in (
        ("www.hastings.gov.uk", "cameras", "/leisure-and-culture/seafront/bottle-alley"),
        ("www.gloucester.gov.uk", "retention", "/leisure-and-culture/gloucester-guildhall/visiting-the-guildhall"),
    ):
        d51 = _auth(truth, host)["deliverables"]["5.1"]
        assert d51["status"] == "partial" and [k for k, v in d51["criteria"].items() if v] == [crit], host
        assert d51["pages"] == [f"http://{host}{path}"], host


def test_councils_that_publish_nothing_still_carry_decoys(web: Heldback104Web, truth: dict) -> None:
    assert_publish_nothing(web, truth, {"www.gloucestershire.gov.uk", "exeter.gov.uk", "www.canterbury.gov.uk"})
    assert "Prevent single point of contact" in _main(web, "www.gloucestershire.gov.uk", "/community-safety/prevent")
    assert "single point of contact for modern slavery" in _main(
        web, "exeter.gov.uk", "/community-and-environment/modern-slavery"
    )
    dem = "democracy.canterbury.gov.uk"
    assert dem in web.sites["www.canterbury.gov.uk"].hosts()
    assert "274 arrests" in _text(web, dem, "/documents/s91220/CCTV%20annual%20report%202023.pdf")
