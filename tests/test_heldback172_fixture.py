"""The hundred-and-seventy-second held-back web's own structures (the generic checks, truth rebuilds, wiring and serving,
live in tests/test_heldback_sets.py). No audit, no scoring: the set is measured once, by the lead, after the detectors
are frozen.

Checks: the councils are fresh register rows of the brief's mix; the labelling rules hold with the intended tallies; and
the site structures the set is built from are really served: a CCTV page outside its section's list, linked only from
a mega-menu panel fragment behind a noscript link; an A to Z of letter pages filing CCTV under S with a cross-reference
from C; a code of practice on the council's document host reached by a cross-host 301 and a library page; a sitemap
index of gzipped parts with the camera page only in part 3; a Welsh-first chooser and language switch onto another
registered domain with a lowercase 301; a tabbed page whose panels are only on the ?view=all fallback; every service
link a 308 with a relative Location; a car park page only on page 2 of a Load more list; search results paged six at a
time over look-alikes; a project page only on page 3 of a WordPress archive; an A to Z of letter-range pages; a page
five clicks down on a browse-only site; a signed Word agreement four folders down a document library tree; a shared
two-council site with a chooser page; and councils that publish nothing but carry look-alikes.
"""

from __future__ import annotations

import gzip
import json
from collections import Counter
from urllib.parse import urljoin, urlsplit

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

from fixtures.heldback172.truth import TRUTH_PATH
from fixtures.heldback172.web import Heldback172Web


@pytest.fixture(scope="module")
def web() -> Heldback172Web:
    return Heldback172Web()


@pytest.fixture(scope="module")
def truth() -> dict:
    return json.loads(TRUTH_PATH.read_text(encoding="utf-8"))


def _paths(d: dict) -> set[str]:
    return {
        urlsplit(e["url"]).path + (f"?{urlsplit(e['url']).query}" if urlsplit(e["url"]).query else "")
        for e in d["evidence"]
    }


def test_fresh_councils(web: Heldback172Web, truth: dict) -> None:
    assert_fresh_councils(web, truth, 172)


def test_truth_shape_and_labelling_rules(truth: dict) -> None:
    assert_labelling_rules(truth, welsh=1, types=6)
    tally = status_tally(truth)
    assert tally["5.1"] == Counter({"met": 10, "partial": 2, "not_met": 3}), tally
    assert tally["5.2"] == Counter({"met": 4, "not_met": 11}), tally
    assert tally["5.3"] == Counter({"met": 4, "partial": 5, "not_met": 6}), tally
    assert tally["5.5"] == Counter({"met": 3, "partial": 5, "not_met": 7}), tally


def test_mega_menu_panel_fragment_behind_noscript(web: Heldback172Web, truth: dict) -> None:
    host = "www.newham.gov.uk"
    pg = f"http://{host}/public-health-safety/cctv"
    panel = f"http://{host}/menu/panel/public-health-safety"
    home = _html(web, host, "/")
    assert 'data-panel-src="/menu/panel/public-health-safety"' in home
    assert '<noscript><a href="/menu/panel/public-health-safety">' in home
    assert pg not in _links(web, host, "/public-health-safety")
    assert pg in _links(web, host, "/menu/panel/public-health-safety")
    assert "<header>" not in _html(web, host, "/menu/panel/public-health-safety")
    assert _linking(web, host, pg) <= {panel, f"{pg}/request-cctv-footage"}
    d = _auth(truth, host)["deliverables"]
    assert d["5.1"]["status"] == "met" and pg in d["5.1"]["pages"]
    assert d["5.3"]["status"] == "partial" and d["5.5"]["status"] == "partial" and not d["5.5"]["documents"]


def test_a_to_z_letter_pages_file_cctv_under_s(web: Heldback172Web, truth: dict) -> None:
    host = "www.sthelens.gov.uk"
    pg = f"http://{host}/community-living/community-safety/st-helens-cctv/"
    assert f"http://{host}/a-z/" in _links(web, host, "/")
    assert pg in _links(web, host, "/a-z/s/") and pg not in _links(web, host, "/a-z/c/")
    assert f"http://{host}/a-z/s/" in _links(web, host, "/a-z/c/")
    assert "CCTV - see St Helens CCTV (under S)" in _main(web, host, "/a-z/c/")
    assert pg not in _links(web, host, "/community-living/community-safety/")
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["status"] == "met" and d["5.2"]["level"] == "step2" and d["5.2"]["awarded"] == "2017-02-27"
    assert d["5.2"]["mark_displayed"] and 'alt="Surveillance Camera Code of Practice certification mark"' in _html(
        web, host, urlsplit(pg).path
    )


def test_code_on_document_host_by_cross_host_redirect(web: Heldback172Web, truth: dict) -> None:
    host = "www.cheshireeast.gov.uk"
    doc_host = "documents.cheshireeast.gov.uk"
    assert doc_host in web.sites[host].hosts()
    code = f"http://{doc_host}/library/community-safety/cctv-code-of-practice-2024.pdf"
    r = _render(web, f"http://{host}/pdf/community-safety/cctv-code-of-practice.pdf")
    assert r.status == 301 and r.header("Location") == code
    assert _linking(web, host, code) == {f"http://{doc_host}/library/community-safety"}
    assert _render(web, code).header("Content-Type") == "application/pdf"
    d = _auth(truth, host)["deliverables"]
    assert d["5.3"]["status"] == "met" and {urlsplit(e["url"]).hostname for e in d["5.3"]["evidence"]} == {doc_host}
    assert "single point of contact" not in _main(web, host, "/environment/community_safety/cctv.aspx")
    assert d["5.2"]["level"] == "step2" and d["5.2"]["mark_displayed"]
    assert d["5.5"]["status"] == "partial" and not d["5.5"]["documents"]


def test_sitemap_index_of_gzipped_parts(web: Heldback172Web, truth: dict) -> None:
    host = "www.leicestershire.gov.uk"
    site = web.sites[host]
    assert f"Sitemap: http://{host}/sitemap_index.xml" in site.robots_txt()
    index = _render(web, f"http://{host}/sitemap_index.xml").body.decode()
    parts = [u.split("</loc>")[0] for u in index.split("<loc>")[1:]]
    assert len(parts) == 4 and all(u.endswith(".xml.gz") for u in parts)
    pg = f"http://{host}/about-the-council/data-protection-and-privacy/cctv-systems-used-by-the-council"
    holding = []
    for u in parts:
        r = _render(web, u)
        assert r.header("Content-Type") == "application/x-gzip"
        if f"<loc>{pg}</loc>" in gzip.decompress(r.body).decode():
            holding.append(u)
    assert holding == [f"http://{host}/sitemaps/pages-3.xml.gz"]
    d = _auth(truth, host)["deliverables"]
    assert d["5.3"]["status"] == "met" and d["5.1"]["criteria"]["policy"]
    pol = _render(web, f"http://{host}/download/file?fid=2281")
    assert pol.header("Content-Type") == "application/pdf" and "filename=" in (pol.header("Content-Disposition") or "")


def test_welsh_first_route_onto_another_domain(web: Heldback172Web, truth: dict) -> None:
    host = "www.cardiff.gov.uk"
    links = _links(web, host, "/")
    assert links[0] == "http://www.caerdydd.gov.uk/CYM/Hafan/Pages/default.aspx"
    assert links.index("http://www.caerdydd.gov.uk/CYM/Hafan/Pages/default.aspx") < links.index(
        f"http://{host}/ENG/Home/Pages/default.aspx"
    )
    assert web.site_for_host("www.caerdydd.gov.uk") is None
    pg = "/ENG/Your-Council/Data-protection-and-FOI/cctv/Pages/default.aspx"
    assert 'class="lang-switch"' in _html(web, host, pg)
    r = _render(web, f"http://{host}/eng/your-council/data-protection-and-foi/cctv")
    assert r.status == 301 and r.header("Location") == pg
    d = _auth(truth, host)["deliverables"]
    assert all(urlsplit(e["url"]).hostname == host for e in d["5.1"]["evidence"])
    assert d["5.5"]["status"] == "partial" and d["5.3"]["status"] == "partial"


def test_tab_panels_only_on_view_all_fallback(web: Heldback172Web, truth: dict) -> None:
    host = "www.burnley.gov.uk"
    pg = "/residents/community-safety/cctv"
    main = _main(web, host, pg)
    assert "31 days" not in main and "subject access" not in main
    assert f"http://{host}{pg}?view=all" in _links(web, host, pg)
    assert "Recordings are kept for 31 days" in _main(web, host, f"{pg}?view=all")
    d = _auth(truth, host)["deliverables"]
    assert {"retention", "subject_access", "cameras"} <= {k for k, v in d["5.1"]["criteria"].items() if v}
    (doc,) = d["5.5"]["documents"]
    assert doc["draft"] and not doc["signed"]
    assert "Signature ...................." in _text(web, host, urlsplit(doc["url"]).path)


def test_every_service_link_is_a_308_with_relative_location(web: Heldback172Web, truth: dict) -> None:
    host = "www.gravesham.gov.uk"
    new = "/home/community-and-living/community-safety/public-space-cctv"
    r = _render(web, f"http://{host}/cctv")
    assert r.status == 308 and r.header("Location") == new
    old = _render(web, f"http://{host}/home/community-safety/cctv")
    assert old.status == 301 and urljoin(f"http://{host}/home/community-safety/cctv", old.header("Location") or "") == (
        f"http://{host}{new}"
    )
    assert f"http://{host}/cctv" in _links(web, host, "/home/community-and-living/community-safety")
    assert f"http://{host}/cctv" in _links(web, host, "/a-z")
    assert _linking(web, host, f"http://{host}{new}") == {f"http://{host}/home/about-the-council/privacy-notices"}
    d = _auth(truth, host)["deliverables"]
    assert d["5.3"]["status"] == "met" and d["5.2"]["status"] == "not_met"
    assert "third-party certification" in _main(web, host, new)


def test_fact_on_page_two_of_load_more_list(web: Heldback172Web, truth: dict) -> None:
    host = "www.derbyshiredales.gov.uk"
    target = f"http://{host}/parking/matlock-bath-station"
    assert _linking(web, host, target) == {f"http://{host}/parking/car-parks?page=2"}
    assert '<noscript><a href="/parking/car-parks?page=2">' in _html(web, host, "/parking/car-parks")
    d51 = _auth(truth, host)["deliverables"]["5.1"]
    assert d51["status"] == "partial" and d51["pages"] == [target]


def test_search_results_paged_over_look_alikes(web: Heldback172Web, truth: dict) -> None:
    host = "eastdevon.gov.uk"
    first = _html(web, host, "/search/?q=cctv")
    assert "(page 1 of 3)" in first and "page=2" in first
    third = _html(web, host, "/search/?q=cctv&page=3")
    assert "(page 3 of 3)" in third and "Next" not in third.split('class="pager"')[1]
    assert "Disallow: /search" not in web.sites[host].robots_txt()


def test_fact_on_page_three_of_wordpress_archive(web: Heldback172Web, truth: dict) -> None:
    host = "www.fylde.gov.uk"
    target = f"http://{host}/st-annes-square-public-realm/"
    assert _linking(web, host, target) == {f"http://{host}/projects/page/3/"}
    assert f"http://{host}/projects/page/3/" in _links(web, host, "/projects/page/2/")
    assert web.sites[host].search is None
    d51 = _auth(truth, host)["deliverables"]["5.1"]
    assert d51["status"] == "partial" and [k for k, v in d51["criteria"].items() if v] == ["cameras"]


def test_a_to_z_letter_ranges_signpost_the_police(web: Heldback172Web, truth: dict) -> None:
    host = "www.rother.gov.uk"
    assert f"http://{host}/a-to-z/a-e" in _links(web, host, "/a-to-z")
    assert f"http://{host}/community-safety/cctv-in-bexhill-and-rye" in _links(web, host, "/a-to-z/a-e")
    assert "owned and monitored by Sussex Police" in _main(web, host, "/community-safety/cctv-in-bexhill-and-rye")


def test_browse_only_site_five_clicks_deep(web: Heldback172Web, truth: dict) -> None:
    host = "www.dacorum.gov.uk"
    site = web.sites[host]
    assert site.search is None and not site.sitemap and not site.az
    assert "/a-z" not in _html(web, host, "/") and "search" not in _html(web, host, "/").lower()
    pg = f"http://{host}/home/community-living/community-safety/safer-dacorum/community-control-centre/cctv"
    assert _linking(web, host, pg) == {
        f"http://{host}/home/community-living/community-safety/safer-dacorum/community-control-centre"
    }
    a = _auth(truth, host)
    assert all(a["deliverables"][k]["status"] == "met" for k in ("5.1", "5.2", "5.3", "5.5"))
    (doc,) = a["deliverables"]["5.5"]["documents"]
    assert doc["signed"] and doc["force"] == "Hertfordshire" and "?sfvrsn=" in doc["url"]


def test_signed_word_agreement_four_folders_down_a_library(web: Heldback172Web, truth: dict) -> None:
    host = "www.sevenoaks.gov.uk"
    folder = f"http://{host}/documents/community/community-safety/cctv/agreements"
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    assert doc["signed"] and doc["force"] == "Kent" and doc["url"].endswith(".docx")
    assert _linking(web, host, doc["url"]) == {folder}
    assert (_render(web, doc["url"]).header("Content-Type") or "").startswith("application/vnd.openxmlformats")
    assert '<th scope="col">Modified</th>' in _html(web, host, urlsplit(folder).path)
    assert d["5.2"]["level"] == "step1" and not d["5.2"]["mark_displayed"]
    assert "<img" not in _main(web, host, "/info/20012/community_safety/300/cctv")


def test_shared_site_chooser_and_other_councils_page(web: Heldback172Web, truth: dict) -> None:
    host = "www.adur-worthing.gov.uk"
    links = _links(web, host, "/cctv/")
    assert f"http://{host}/cctv/adur/" in links and f"http://{host}/cctv/worthing/" in links
    d = _auth(truth, host)["deliverables"]
    assert not any("/cctv/adur/" in u for u in d["5.1"]["pages"])
    assert "safer.communities@adur" in _main(web, host, "/cctv/adur/") and d["5.3"]["status"] == "not_met"
    (doc,) = d["5.5"]["documents"]
    assert doc["signed"] and doc["force"] == "Sussex"


def test_councils_that_publish_nothing_still_carry_decoys(web: Heldback172Web, truth: dict) -> None:
    assert_publish_nothing(web, truth, {"eastdevon.gov.uk", "www.rother.gov.uk", "www.westdevon.gov.uk"})
    assert _auth(truth, "www.westdevon.gov.uk")["heldback"]["robots_forbid_search"]
