"""The hundred-and-third held-back web's own structures (the generic checks, truth rebuilds, wiring and serving, live
in tests/test_heldback_sets.py). No audit, no scoring: the set is measured once, by the lead, after the detectors are
frozen.

Checks: the councils are real register rows, none is in sets 88 to 102 (those on disk); the labelling rules hold with
the intended tallies; and the structures the set is built from are really there (a tabbed page whose hidden CCTV tab
holds some camera facts and a downloadable leaflet the rest; an old /cctv address answering 301 from the A to Z; a
sitemap named only by robots.txt at an odd path; a step 1 sentence; a police information sharing agreement about
something other than cameras; camera material only under Your council > Data protection, reached by a 'Find out
more' link and missing from the HTML site map that is the site's only site map; a SPOC for the ICO; a homepage
mega-menu; a privacy notice reached only from the footer; certification of something else; a Welsh-first site with
the cameras only under Data protection and a Welsh twin; an SRO as single point of contact; a signed agreement only
in a data sharing register, served by download.aspx?id= with a Content-Disposition filename; a code of practice as a
guide reached only by its own contents list; a step 2 claim only in the alt text of an image of the certificate on a
legacy layout; a report reached only from a related-information sidebar; a council-owned company's camera
partnership as a sub-site on the council's own host, reached by a 'Read more' link, with a SPOC, a step 2 sentence
and a signed Word SLA; search results through a click-tracking redirect with the CCTV page on the second results
page; a SPOC only in a 'Key contacts' sidebar beside a neighbouring council's shared service agreement; one-fact
councils on a car park and a market page; and councils that publish nothing but carry look-alikes).
"""

from __future__ import annotations

import json
from collections import Counter
from urllib.parse import urlsplit

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
from fixtures.heldback103.common import Site
from fixtures.heldback103.sites_b import WESTLANCS_CERT_ALT
from fixtures.heldback103.sites_c import GOSPORT_DECOYS
from fixtures.heldback103.truth import TRUTH_PATH
from fixtures.heldback103.web import Heldback103Web


@pytest.fixture(scope="module")
def web() -> Heldback103Web:
    return Heldback103Web()


@pytest.fixture(scope="module")
def truth() -> dict:
    return json.loads(TRUTH_PATH.read_text(encoding="utf-8"))


def _evidence_paths(d: dict) -> set[str]:
    return {urlsplit(e["url"]).path + (f"?{urlsplit(e['url']).query}" if urlsplit(e["url"]).query else "") for e in d}


def test_real_councils_none_from_sets_88_to_102(web: Heldback103Web, truth: dict) -> None:
    mine, register = register_rows_of(web, truth, 15)
    names = set(set_names())
    others = [k for k in range(88, 103) if f"heldback{k}" in names]
    assert not mine & codes_of_sets(others), "no council of sets 88-102 may be reused"
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
    assert tally["5.3"] == Counter({"met": 3, "partial": 5, "not_met": 7}), tally
    assert tally["5.5"] == Counter({"met": 3, "partial": 2, "not_met": 10}), tally


def test_hidden_tab_and_facts_split_with_a_leaflet(web: Heldback103Web, truth: dict) -> None:
    host = "www.sutton.gov.uk"
    pg = "/info/200514/community_safety_and_policing/1267/keeping_safe_-_out_and_about"
    leaflet = "/downloads/file/3120/cctv-in-sutton-leaflet.pdf"
    html = _html(web, host, pg)
    assert '<section role="tabpanel" id="cctv" aria-labelledby="cctv-tab" hidden>' in html
    assert 'role="tab" id="cctv-tab" href="#cctv"' in html
    main = _main(web, host, pg)
    assert "85 cameras" in main and "31 days" not in main and "subject access" not in main
    text = _text(web, host, leaflet)
    assert "Recordings are kept for 31 days" in text and "subject access" in text and "85 cameras" not in text
    assert _linking(web, host, f"http://{host}{leaflet}") == {f"http://{host}{pg}"}
    d = _auth(truth, host)["deliverables"]
    assert d["5.1"]["pages"] == [f"http://{host}{pg}", f"http://{host}{leaflet}"]
    assert d["5.3"]["status"] == "partial" and d["5.3"]["spoc"]["email"].startswith("cctv@")


def test_old_address_redirects_and_sitemap_only_in_robots(web: Heldback103Web, truth: dict) -> None:
    host = "www.tameside.gov.uk"
    new = "/communitysafety/cctv-operations-in-tameside"
    r = _render(web, f"http://{host}/cctv")
    assert r.status == 301 and r.header("Location") == f"http://{host}{new}"
    assert f"http://{host}/a-z" in _linking(web, host, f"http://{host}/cctv")
    robots = web.sites[host].robots_txt()
    assert f"Sitemap: http://{host}/sitemaps/tmbc-sitemap-index.xml" in robots
    assert _render(web, f"http://{host}/sitemap.xml").status == 404
    index = _render(web, f"http://{host}/sitemaps/tmbc-sitemap-index.xml").body.decode()
    assert "<sitemapindex" in index and f"http://{host}/sitemaps/pages-1.xml" in index
    assert f"<loc>http://{host}{new}</loc>" in _render(web, f"http://{host}/sitemaps/pages-1.xml").body.decode()
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["status"] == "met" and d["5.2"]["level"] == "step1" and not d["5.2"]["mark_displayed"]
    share = _main(web, host, "/communitysafety/information-sharing-with-partners")
    assert "Greater Manchester Police" in share and "cctv" not in share.lower() and "camera" not in share.lower()
    assert d["5.5"]["status"] == "not_met"


def test_cameras_only_under_data_protection_behind_find_out_more(web: Heldback103Web, truth: dict) -> None:
    host = "www.leicester.gov.uk"
    dp = "/your-council-services/council-and-democracy/data-protection-and-foi"
    cctv = f"http://{host}{dp}/requests-for-cctv-footage"
    assert _linking(web, host, cctv) == {f"http://{host}{dp}"}
    assert f'<a href="{dp}/requests-for-cctv-footage" class="teaser__link">Find out more</a>' in _html(web, host, dp)
    site = web.sites[host]
    assert isinstance(site, Site) and not site.sitemap and not site.az and site.html_sitemap == "/site-map"
    smap = _html(web, host, "/site-map")
    assert f'href="{dp}"' in smap and "requests-for-cctv-footage" not in smap
    text = _main(web, host, f"{dp}/requests-for-cctv-footage")
    assert "Data Protection Act 1998" in text and "£10 fee" in text
    assert "Your council and services" in _html(web, host, f"{dp}/requests-for-cctv-footage")
    assert "single point of contact with the Information Commissioner" in _main(web, host, dp)
    d = _auth(truth, host)["deliverables"]
    assert d["5.3"]["status"] == "not_met" and d["5.1"]["status"] == "met"
    assert all(urlsplit(u).path.startswith(dp) or u.endswith(".pdf") for u in d["5.1"]["pages"])


def test_mega_menu_and_notice_reached_from_footer(web: Heldback103Web, truth: dict) -> None:
    host = "www.eastsussex.gov.uk"
    home = _html(web, host, "/")
    assert '<nav class="mega-menu" aria-label="All services">' in home and home.count("<a ") > 100
    notice = f"http://{host}/privacy/cctv"
    assert _linking(web, host, notice) == {f"http://{host}/privacy"}
    assert "Cyber Essentials Plus" in _main(web, host, "/privacy/how-we-protect-your-information")
    d = _auth(truth, host)["deliverables"]
    assert d["5.1"]["pages"] == [notice] and d["5.2"]["status"] == "not_met"
    assert d["5.3"]["status"] == "not_met" and d["5.5"]["status"] == "not_met"


def test_welsh_first_site_cameras_only_under_data_protection(web: Heldback103Web, truth: dict) -> None:
    host = "www.carmarthenshire.gov.wales"
    home = _html(web, host, "/")
    assert '<html lang="cy">' in home and "<h1>Cyngor Sir Caerfyrddin</h1>" in home
    assert f"http://{host}/en" in _links(web, host, "/")
    en = "/en/council-democracy/data-protection/surveillance-cameras"
    cy = "/cy/cyngor-a-democratiaeth/diogelu-data/camerau-gwyliadwriaeth"
    assert '<html lang="en">' in _html(web, host, en) and '<html lang="cy">' in _html(web, host, cy)
    assert _linking(web, host, f"http://{host}{en}") == {
        f"http://{host}/en/council-democracy/data-protection",
        f"http://{host}{cy}",
    }
    d = _auth(truth, host)["deliverables"]
    assert f"http://{host}{cy}" in d["5.1"]["pages"]
    assert all("/data-protection/" in u or "/diogelu-data/" in u or u.endswith(".pdf") for u in d["5.1"]["pages"])
    assert d["5.3"]["status"] == "met" and "Senior Responsible Officer" in d["5.3"]["spoc"]["role"]
    assert d["5.5"]["status"] == "partial" and not d["5.5"]["documents"]


def test_agreement_in_register_served_by_download_aspx(web: Heldback103Web, truth: dict) -> None:
    host = "www.norwich.gov.uk"
    register = f"http://{host}/info/20017/transparency/4102/data_sharing_register"
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    assert doc["url"] == f"http://{host}/download.aspx?id=4471" and doc["signed"] and doc["force"] == "Norfolk"
    assert _linking(web, host, doc["url"]) == {register}
    r = _render(web, doc["url"])
    assert r.header("Content-Type") == "application/pdf"
    assert (
        r.header("Content-Disposition") == 'attachment; filename="ISA-Norfolk-Constabulary-public-space-CCTV-2024.pdf"'
    )
    assert "Signed for and on behalf of Norfolk Constabulary" in _text(web, host, "/download.aspx?id=4471")
    assert d["5.1"]["criteria"]["police_agreement"] and d["5.3"]["status"] == "partial"
    code = "/info/20328/cctv/3992/cctv_code_of_practice"
    part4 = f"http://{host}{code}/4"
    assert _linking(web, host, part4) == {f"http://{host}{code}{suffix}" for suffix in ("", "/2", "/3", "/4")}
    assert part4 in d["5.1"]["pages"]


def test_certificate_only_as_an_image_on_a_legacy_layout(web: Heldback103Web, truth: dict) -> None:
    host = "www.westlancs.gov.uk"
    pg = "/more/community-safety/cctv-in-west-lancashire.aspx"
    html = _html(web, host, pg)
    assert '<main id="main">' not in html and "<table" in html
    assert 'src="/images/cctv-certificate-of-compliance-2016.png"' in html and WESTLANCS_CERT_ALT in html
    text = _text(web, host, pg).lower()
    assert "certification" not in text and "step 2" not in text
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["status"] == "met" and d["5.2"]["level"] == "step2" and d["5.2"]["awarded"] == "2016-03"
    assert d["5.2"]["mark_displayed"]
    report = f"http://{host}/more/community-safety/cctv-annual-report.aspx"
    assert _linking(web, host, report) == {f"http://{host}{pg}"}
    assert '<aside class="sidebar"><h2>Related information</h2>' in html
    assert d["5.1"]["criteria"]["statistics"] and d["5.1"]["criteria"]["annual_review"]


def test_company_partnership_sub_site_on_council_host(web: Heldback103Web, truth: dict) -> None:
    host = "www.stevenage.gov.uk"
    hp = "/hertfordshire-cctv-partnership"
    council = "/community-safety/cctv"
    into = {u for u in _linking(web, host, f"http://{host}{hp}") if not urlsplit(u).path.startswith(hp)}
    assert into == {f"http://{host}{council}"}, "the sub-site is entered only from the council's CCTV page"
    assert f'<a href="{hp}" class="teaser__link">Read more</a>' in _html(web, host, council)
    assert "company owned by four councils" in _main(web, host, f"{hp}/about-us")
    d = _auth(truth, host)["deliverables"]
    assert all(urlsplit(u).hostname == host for u in d["5.1"]["pages"])
    assert sum(urlsplit(u).path.startswith(hp) for u in d["5.1"]["pages"]) >= 6
    assert d["5.2"]["status"] == "met" and d["5.2"]["level"] == "step2" and d["5.2"]["awarded"] == "2019"
    assert _evidence_paths(d["5.3"]["evidence"]) == {f"{hp}/contact-us"} and d["5.3"]["status"] == "met"
    (doc,) = d["5.5"]["documents"]
    assert doc["signed"] and doc["force"] == "Hertfordshire" and doc["url"].endswith(".docx")
    assert (_render(web, doc["url"]).header("Content-Type") or "").startswith("application/vnd.openxmlformats")
    assert "Signed for and on behalf of Hertfordshire Constabulary" in _text(web, host, urlsplit(doc["url"]).path)


def test_search_through_click_tracking_redirect_cctv_page_on_page_two(web: Heldback103Web, truth: dict) -> None:
    host = "www.gosport.gov.uk"
    first = _links(web, host, "/search?q=cctv")
    assert all("/s/redirect?url=" in u for u in first if "/article/" in u or "%2Farticle%2F" in u)
    assert not any(u.endswith("%2Farticle%2F1243%2FCCTV&index=12") for u in first)
    assert any("page=2" in u for u in first)
    second = _html(web, host, "/search?q=cctv&page=2")
    assert '<a href="/s/redirect?url=%2Farticle%2F1243%2FCCTV&amp;index=12">CCTV</a>' in second
    r = _render(web, f"http://{host}/s/redirect?url=%2Farticle%2F1243%2FCCTV&index=12")
    assert r.status == 302 and r.header("Location") == f"http://{host}/article/1243/CCTV"
    assert len(GOSPORT_DECOYS) == 11
    d = _auth(truth, host)["deliverables"]
    assert d["5.1"]["criteria"]["self_assessment"] and d["5.3"]["status"] == "partial"
    assert d["5.5"]["status"] == "partial" and not d["5.5"]["documents"]
    assert not any("/article/2" in u for u in d["5.1"]["pages"])


def test_spoc_only_in_key_contacts_sidebar(web: Heldback103Web, truth: dict) -> None:
    host = "www.cambridge.gov.uk"
    pg = "/community-safety/cctv"
    html = _html(web, host, pg)
    aside = html.split('<aside class="key-contacts"', 1)[1].split("</aside>", 1)[0]
    assert "Single point of contact for surveillance cameras" in aside
    rest = html.replace(aside, "")
    assert "single point of contact" not in rest.lower()
    assert "shared service agreement between the two councils" in _main(web, host, pg)
    d = _auth(truth, host)["deliverables"]
    assert d["5.3"]["status"] == "met" and d["5.3"]["spoc"]["email"] == "spoc.cctv@cambridge.example.gov.uk"
    (doc,) = d["5.5"]["documents"]
    assert doc["signed"] and doc["force"] == "Cambridgeshire"
    assert "Signed for and on behalf of Cambridgeshire Constabulary" in _text(web, host, urlsplit(doc["url"]).path)


def test_one_fact_councils(web: Heldback103Web, truth: dict) -> None:
    for host, path in (
        ("www.preston.gov.uk", "/parking-and-travel/car-parks/avenham-multi-storey-car-park"),
        ("www.watford.gov.uk", "/info/20011/business_and_licensing/1101/watford_market"),
    ):
        d51 = _auth(truth, host)["deliverables"]["5.1"]
        assert d51["status"] == "partial" and [k for k, v in d51["criteria"].items() if v] == ["cameras"], host
        assert d51["pages"] == [f"http://{host}{path}"], host
    news = "/news/article/1820/city-centre-cameras-watched-round-the-clock-again"
    assert "Blackburn with Darwen" in _main(web, "www.preston.gov.uk", news)
    assert "Customer Service Excellence" in _main(
        web, "www.watford.gov.uk", "/info/20004/contact_us/1200/customer_service_centre"
    )
    assert "democracy.watford.gov.uk" in web.sites["www.watford.gov.uk"].hosts()


def test_councils_that_publish_nothing_still_carry_decoys(web: Heldback103Web, truth: dict) -> None:
    assert_publish_nothing(web, truth, {"crawley.gov.uk", "www.harlow.gov.uk", "www.uttlesford.gov.uk"})
    assert "wholly owned by Harlow Council" in _main(web, "www.harlow.gov.uk", "/business/hts-property-and-environment")
    news = "/council-information/news-and-events/latest-news"
    assert "Read more</a>" in _html(web, "crawley.gov.uk", news)
    text = _text(web, "democracy.uttlesford.gov.uk", "/documents/s38211/cctv-policy-appendix-a.pdf")
    assert "kept for 31 days" in text
