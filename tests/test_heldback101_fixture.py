"""The hundred-and-first held-back web's own structures (the generic checks, truth rebuilds, wiring and serving, live in
tests/test_heldback_sets.py). No audit, no scoring: the set is measured once, by the lead, after the detectors are
frozen.

Checks: the councils are real register rows, none is in sets 86 to 100; the labelling rules hold with the intended
tallies; and the structures the set is built from are really there (a Funnelback search whose result links go
through a click-tracking redirect, with the camera pages only on the second page of results, and a camera guide split
over numbered pages; a signed agreement only in a data sharing register, served by download.aspx?id= with a
Content-Disposition filename, beside a police agreement about safeguarding; a SPOC in a Key contacts sidebar; a camera
page reached only by a "Read more" card link, its content in tabs with hidden panels; a council whose only camera page
is a privacy notice under Data protection and whose only site map is an HTML page; a Welsh twin at the same address
with ?lang=cy and a signed protocol only in a data sharing register; a sitemap that only robots.txt names, at an odd
path; an old address answering 301; a signed Word memorandum in a page's related files; a step 2 claim only in a
certificate image's alt text; a draft Word protocol with dotted lines; a mega-menu homepage; a privacy notice at a
/node address with its facts split into a leaflet; a neighbour's certification in news; a "Find out more" card link
as the only route to a page; ISO 9001 as certification of something else; a step 1 sentence with no mark; one-fact
councils; robots.txt forbidding the search; and councils that publish nothing but carry look-alikes).
"""

from __future__ import annotations

import json
import re
from collections import Counter
from urllib.parse import parse_qs, urlsplit

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
from fixtures.heldback101.truth import TRUTH_PATH
from fixtures.heldback101.web import Heldback101Web


@pytest.fixture(scope="module")
def web() -> Heldback101Web:
    return Heldback101Web()


@pytest.fixture(scope="module")
def truth() -> dict:
    return json.loads(TRUTH_PATH.read_text(encoding="utf-8"))


def _anchors(html: str, href: str) -> list[str]:
    """The texts of the anchors in `html` that point at `href`."""
    return re.findall(rf'<a [^>]*href="{re.escape(href)}"[^>]*>(.*?)</a>', html)


def _tracked(html: str) -> dict[str, str]:
    """The click-tracking links of a results page: redirect link -> the address it leads to."""
    hops = [h.replace("&amp;", "&") for h in re.findall(r'href="(/s/redirect\?[^"]+)"', html)]
    return {h: parse_qs(urlsplit(h).query)["url"][0] for h in hops}


def test_real_councils_none_from_sets_86_to_100(web: Heldback101Web, truth: dict) -> None:
    mine, register = register_rows_of(web, truth, 15)
    names = set(set_names())
    others = [k for k in range(86, 101) if f"heldback{k}" in names]
    assert not mine & codes_of_sets(others), "no council of sets 86-100 may be reused"
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
    assert tally["5.5"] == Counter({"met": 3, "partial": 3, "not_met": 9}), tally


def test_search_results_go_through_a_redirect_and_camera_pages_are_on_page_two(
    web: Heldback101Web, truth: dict
) -> None:
    host = "www.bromley.gov.uk"
    guide = f"http://{host}/crime-prevention-community-safety/cctv/1"
    first = _html(web, host, "/s/search.html?query=cctv")
    hops1 = _tracked(first)
    assert len(hops1) == 10 and guide not in hops1.values()
    assert "start_rank=11" in first
    hops2 = _tracked(_html(web, host, "/s/search.html?query=cctv&start_rank=11"))
    assert guide in hops2.values()
    hop = next(h for h, t in hops2.items() if t == guide)
    r = _render(web, f"http://{host}{hop}")
    assert r.status == 302 and r.header("Location") == guide
    d = _auth(truth, host)["deliverables"]
    assert guide in d["5.1"]["pages"] and f"http://{host}/crime-prevention-community-safety/cctv/2" in d["5.1"]["pages"]
    assert _linking(web, host, f"http://{host}/crime-prevention-community-safety/cctv/2") == {
        guide,
        f"http://{host}/crime-prevention-community-safety/cctv/3",
    }
    assert "£10" in _main(web, host, "/crime-prevention-community-safety/cctv/2")
    assert d["5.5"]["status"] == "partial" and not d["5.5"]["documents"]


def test_agreement_only_in_data_sharing_register_via_download_aspx_and_spoc_sidebar(
    web: Heldback101Web, truth: dict
) -> None:
    host = "www.salford.gov.uk"
    reg = f"http://{host}/council-and-democracy/data-sharing-register"
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    assert doc["signed"] and doc["force"] == "Greater Manchester" and "download.aspx?id=" in doc["url"]
    assert _linking(web, host, doc["url"]) == {reg}
    r = _render(web, doc["url"])
    assert r.header("Content-Type") == "application/pdf" and "filename=" in (r.header("Content-Disposition") or "")
    html = _html(web, host, "/council-and-democracy/data-sharing-register")
    assert "<caption>Data sharing register</caption>" in html and html.count("Greater Manchester Police") == 2
    mash = f"http://{host}/downloads/download.aspx?id=2290"
    assert "Multi-Agency Safeguarding Hub" in _text(web, host, "/downloads/download.aspx?id=2290")
    assert mash not in {e["url"] for e in d["5.5"]["evidence"]}
    page = _html(web, host, "/crime-and-community-safety/cctv")
    assert '<aside class="key-contacts"><h2>Key contacts</h2>' in page
    assert d["5.3"]["status"] == "met" and d["5.2"]["level"] == "step2" and not d["5.2"]["mark_displayed"]


def test_read_more_only_route_and_tabbed_content(web: Heldback101Web, truth: dict) -> None:
    host = "www.york.gov.uk"
    page = f"http://{host}/york-city-centre/cctv-york"
    # from outside the page's own child (whose breadcrumb leads back), only the city centre page's card links to it
    assert _linking(web, host, page) == {f"http://{host}/york-city-centre", f"{page}/cctv-privacy-notice"}
    assert _anchors(_html(web, host, "/york-city-centre"), "/york-city-centre/cctv-york") == ["Read more"]
    html = _html(web, host, "/york-city-centre/cctv-york")
    assert 'role="tablist"' in html and 'id="panel-2" aria-labelledby="tab-2" hidden>' in html
    d = _auth(truth, host)["deliverables"]
    assert d["5.1"]["criteria"]["retention"] and d["5.1"]["evidence"][0]["url"] == page
    assert "NSI Gold" in _main(web, host, "/york-city-centre/cctv-york/cctv-privacy-notice")
    assert d["5.2"]["status"] == "not_met" and d["5.3"]["status"] == "partial"


def test_privacy_notice_only_and_html_site_map(web: Heldback101Web, truth: dict) -> None:
    host = "www.derbyshire.gov.uk"
    site = web.sites[host]
    assert site.search is None and not site.sitemap and not site.az
    assert _render(web, f"http://{host}/sitemap.xml").status == 404
    assert "Sitemap:" not in site.robots_txt()
    cctv = "/council/gdpr/privacy-notices/closed-circuit-television/closed-circuit-television-cctv.aspx"
    assert f"http://{host}/site-map.aspx" in _links(web, host, "/")
    assert f"http://{host}{cctv}" in _links(web, host, "/site-map.aspx")
    assert len(_links(web, host, "/site-map.aspx")) > 100
    d = _auth(truth, host)["deliverables"]
    assert d["5.1"]["status"] == "met" and d["5.1"]["pages"] == [f"http://{host}{cctv}"]
    assert "single point of contact" in _main(web, host, "/community/prevent.aspx")
    assert "Derbyshire Constabulary" in _main(web, host, "/council/gdpr/data-sharing/road-casualty-data.aspx")
    assert d["5.3"]["status"] == "not_met" and d["5.5"]["status"] == "not_met"


def test_welsh_twin_by_query_string_and_protocol_in_register(web: Heldback101Web, truth: dict) -> None:
    host = "www.swansea.gov.uk"
    cy = _html(web, host, "/cctv?lang=cy")
    assert '<html lang="cy">' in cy and "teledu cylch cyfyng" in cy
    assert _html(web, host, "/cctv?lang=en") == _html(web, host, "/cctv")
    d = _auth(truth, host)["deliverables"]
    assert f"http://{host}/cctv?lang=cy" in d["5.1"]["pages"]
    (doc,) = d["5.5"]["documents"]
    assert doc["signed"] and doc["force"] == "South Wales"
    assert _linking(web, host, doc["url"]) == {f"http://{host}/council-and-democracy/data-sharing-register"}
    assert "MARAC" in _main(web, host, "/council-and-democracy/data-sharing-register")
    assert d["5.3"]["status"] == "met" and d["5.3"]["spoc"]["email"].startswith("surveillance.spoc@")


def test_sitemap_named_only_by_robots_at_an_odd_path(web: Heldback101Web, truth: dict) -> None:
    host = "www.sholland.gov.uk"
    robots = web.sites[host].robots_txt()
    assert f"Sitemap: http://{host}/sitemaps/sitemap-pages-1.xml" in robots
    assert _render(web, f"http://{host}/sitemap.xml").status == 404
    xml = _render(web, f"http://{host}/sitemaps/sitemap-pages-1.xml")
    assert xml.status == 200 and b"/business/markets/spalding-market" in xml.body
    assert "service level agreement between the two councils" in _main(
        web, host, "/council-and-democracy/cabinet-decision-cctv-monitoring"
    )
    assert _auth(truth, host)["deliverables"]["5.5"]["status"] == "not_met"


def test_old_address_redirects_and_signed_word_memorandum(web: Heldback101Web, truth: dict) -> None:
    host = "www.horsham.gov.uk"
    page = f"http://{host}/community/safety-and-emergencies/cctv"
    r = _render(web, f"http://{host}/community/cctv")
    assert r.status == 301 and r.header("Location") == page
    assert f"http://{host}/community/cctv" in _links(web, host, "/a-z")
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    assert doc["signed"] and doc["force"] == "Sussex" and doc["url"].endswith(".docx")
    assert (_render(web, doc["url"]).header("Content-Type") or "").startswith("application/vnd.openxmlformats")
    assert _linking(web, host, doc["url"]) == {page}
    assert {urlsplit(e["url"]).path for e in d["5.3"]["evidence"]} == {
        "/community/safety-and-emergencies/cctv/cctv-privacy-statement"
    }


def test_certificate_image_alt_only_draft_word_protocol_and_mega_menu(web: Heldback101Web, truth: dict) -> None:
    host = "www.bromsgrove.gov.uk"
    pg = "/community-safety/cctv"
    assert "step 2" not in _main(web, host, pg).lower()
    assert 'alt="Surveillance Camera Commissioner certificate of compliance: full step 2' in _html(web, host, pg)
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["status"] == "met" and d["5.2"]["level"] == "step2" and d["5.2"]["mark_displayed"]
    (doc,) = d["5.5"]["documents"]
    assert d["5.5"]["status"] == "partial" and doc["draft"] and not doc["signed"]
    assert "........" in _text(web, host, urlsplit(doc["url"]).path)
    home = _html(web, host, "/")
    assert '<nav class="mega-menu"' in home and len(_links(web, host, "/")) > 40
    assert d["5.3"]["status"] == "partial"


def test_node_address_facts_split_into_leaflet_and_neighbours_award_in_news(web: Heldback101Web, truth: dict) -> None:
    host = "www.spelthorne.gov.uk"
    d = _auth(truth, host)["deliverables"]
    assert f"http://{host}/node/1513" in d["5.1"]["pages"]
    leaflet = "/sites/default/files/2023-09/CCTV-in-Spelthorne-leaflet.pdf"
    assert "31 days" in _text(web, host, leaflet) and "31 days" not in _main(web, host, "/node/1513")
    assert "certificate of compliance" in _main(web, host, "/news/neighbours-control-centre-recognised")
    assert d["5.2"]["status"] == "not_met" and d["5.5"]["status"] == "not_met"


def test_find_out_more_only_route_and_iso_9001(web: Heldback101Web, truth: dict) -> None:
    host = "www.chesterfield.gov.uk"
    page = "/living-here/safer-communities/cctv-service"
    assert _linking(web, host, f"http://{host}{page}") == {f"http://{host}/living-here/safer-communities"}
    assert _anchors(_html(web, host, "/living-here/safer-communities"), page) == ["Find out more"]
    assert "ISO 9001" in _main(web, host, page)
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["status"] == "not_met" and d["5.3"]["spoc"]["phone"] and not d["5.3"]["spoc"]["email"]


def test_step_1_sentence_and_protocol_only_mentioned_in_the_code(web: Heldback101Web, truth: dict) -> None:
    host = "www.staffsmoorlands.gov.uk"
    assert "<img" not in _main(web, host, "/cctv")
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["status"] == "met" and d["5.2"]["level"] == "step1" and not d["5.2"]["mark_displayed"]
    assert d["5.5"]["status"] == "partial" and not d["5.5"]["documents"]
    assert "Staffordshire Police" not in _main(web, host, "/cctv")
    assert d["5.3"]["status"] == "not_met"


def test_robots_forbid_search(truth: dict) -> None:
    assert _auth(truth, "www.ambervalley.gov.uk")["heldback"]["robots_forbid_search"]


def test_one_fact_councils(web: Heldback101Web, truth: dict) -> None:
    for host, crit, path in (
        ("www.sholland.gov.uk", "cameras", "/business/markets/spalding-market"),
        ("www.redditchbc.gov.uk", "operator", "/care-and-support/lifeline-community-alarms"),
    ):
        d51 = _auth(truth, host)["deliverables"]["5.1"]
        assert d51["status"] == "partial" and [k for k, v in d51["criteria"].items() if v] == [crit], host
        assert d51["pages"] == [f"http://{host}{path}"], host
    assert "http://www.bromsgrove.gov.uk/community-safety/cctv" in _links(
        web, "www.redditchbc.gov.uk", "/care-and-support/lifeline-community-alarms"
    )


def test_councils_that_publish_nothing_still_carry_decoys(web: Heldback101Web, truth: dict) -> None:
    assert_publish_nothing(web, truth, {"www.stroud.gov.uk", "www.sstaffs.gov.uk", "www.ambervalley.gov.uk"})
    assert _anchors(_html(web, "www.stroud.gov.uk", "/news"), "/news/town-council-cameras") == ["Read more"]
    assert "Staffordshire Police" in _main(web, "www.sstaffs.gov.uk", "/your-council/data-sharing-register")
    assert "people captured by CCTV images" in _main(web, "www.stroud.gov.uk", "/privacy")
