"""The three hundred and ninetieth held-back web's own structures (the generic checks, truth rebuilds, wiring and
serving, live in tests/test_heldback_sets.py). No audit, no scoring: the set is measured once, by the lead, after the
detectors are frozen.

Checks: the councils are real register rows of the brief's mix, none in the fifteen sets before; the labelling rules
hold with the intended tallies; and the navigation the set is built from is really served: a mega menu whose links
are only in a JSON blob; popular-task tiles on every page, some with tracking parameters; a two-axis 'I am / I want
to' finder beside a select box; breadcrumbs that skip the level that links a page; listings whose filters multiply
addresses (a service finder, a venues listing, a documents library, a car park finder); 'Load more' lists paged by
query string (privacy notices, news, 'I want to' verbs); a homepage that lists no services and is left by one
<noscript> link or by a <noscript> mega menu; related-links boxes on every page; bilingual twins; A to Z letter
addresses; a popular-searches strip; and the camera material and look-alikes behind them.
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

from fixtures.heldback390.truth import TRUTH_PATH
from fixtures.heldback390.web import Heldback390Web


@pytest.fixture(scope="module")
def web() -> Heldback390Web:
    return Heldback390Web()


@pytest.fixture(scope="module")
def truth() -> dict:
    return json.loads(TRUTH_PATH.read_text(encoding="utf-8"))


def _no_extension(url: str) -> bool:
    return "." not in urlsplit(url).path.rsplit("/", 1)[-1]


def _served_addresses(web: Heldback390Web, host: str, base: str) -> set[str]:
    """Every address of the site's served link graph that is ``base`` or ``base?...``."""
    from fixtures.heldback.truth import link_graph

    graph = link_graph(web, web.sites[host])
    return {u for u in graph if urlsplit(u).path == base}


def test_real_councils_fresh(web: Heldback390Web, truth: dict) -> None:
    assert_fresh_councils(web, truth, 390)


def test_truth_shape_and_labelling_rules(truth: dict) -> None:
    assert_labelling_rules(truth, welsh=1, types=6)
    tally = status_tally(truth)
    assert tally["5.1"] == Counter({"met": 10, "partial": 2, "not_met": 3}), tally
    assert tally["5.2"] == Counter({"met": 4, "not_met": 11}), tally
    assert tally["5.3"] == Counter({"met": 4, "partial": 6, "not_met": 5}), tally
    assert tally["5.5"] == Counter({"met": 3, "partial": 5, "not_met": 7}), tally


def test_mega_menu_only_in_a_json_blob_and_tiles_on_every_page(web: Heldback390Web, truth: dict) -> None:
    host = "www.richmond.gov.uk"
    cctv = "/services/community_safety/crime_prevention/cctv"
    for page in ("/", "/services", "/council-tax/pay", cctv):
        html = _html(web, host, page)
        blob = re.search(r'<script type="application/json" id="mega-menu-data">(.*?)</script>', html)
        assert blob is not None
        urls = {x["url"] for col in json.loads(blob.group(1))["columns"] for x in col["links"]}
        assert cctv in urls
        assert 'class="popular-tasks"' in html
    assert f"http://{host}{cctv}" not in _links(web, host, "/")
    assert f"http://{host}{cctv}" not in _links(web, host, "/services")
    assert "CCTV" not in _text(web, host, "/")
    a = _auth(truth, host)
    assert a["oracle_fetches"] == 8 and a["deliverables"]["5.3"]["status"] == "met"
    assert a["deliverables"]["5.5"]["status"] == "partial" and not a["deliverables"]["5.5"]["documents"]
    assert "penalty charge notice" in _main(web, host, "/services/parking/moving_traffic_cameras")


def test_two_axis_finder_multiplies_addresses(web: Heldback390Web, truth: dict) -> None:
    host = "www.trafford.gov.uk"
    finder = "/residents/i-want-to.aspx"
    assert len(_served_addresses(web, host, finder)) == 30
    home = _html(web, host, "/")
    assert '<select id="task" name="action">' in home and f'action="{finder}"' in home
    req = "/residents/community/community-safety/cctv/requesting-footage.aspx"
    assert f"http://{host}{req}" in _links(web, host, f"{finder}?audience=resident&action=request")
    assert f"http://{host}{req}" not in _links(web, host, f"{finder}?audience=landlord&action=pay")
    assert any(u.endswith("?src=tile") for u in _links(web, host, "/council-tax/pay"))
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    text = _text(web, host, urlsplit(doc["url"]).path)
    assert "Signed for and on behalf of Greater Manchester Police" in text and "Trafford Metropolitan" in text
    assert d["5.2"]["level"] == "step2" and not d["5.2"]["mark_displayed"]


def test_breadcrumb_skips_the_levels_that_link_the_page(web: Heldback390Web, truth: dict) -> None:
    host = "www.northlincs.gov.uk"
    ip = "/your-council/about-your-council/information-and-performance/"
    ig = ip + "information-governance/"
    cctv = ig + "cctv/"
    crumb = _html(web, host, cctv).split('aria-label="Breadcrumb">', 1)[1].split("</nav>", 1)[0]
    assert "about-your-council/" not in crumb.replace(ig, "") and ig in crumb
    assert f"http://{host}{ig}" not in _links(web, host, "/your-council/")
    assert f"http://{host}{ig}" in _links(web, host, ip)
    assert f"http://{host}/your-council/cctv/" in _links(web, host, "/a-z")
    d = _auth(truth, host)["deliverables"]
    assert d["5.3"]["status"] == "met" and d["5.3"]["evidence"][0]["url"] == f"http://{host}{cctv}"
    assert "Senior Responsible Officer" in _text(web, host, ig + "regulation-of-investigatory-powers-ripa/")


def test_bilingual_twins_and_related_box_on_every_page(web: Heldback390Web, truth: dict) -> None:
    host = "www.bridgend.gov.uk"
    cctv = "/my-council/customer-services/cctv-and-after-hours-customer-service/"
    html = _html(web, host, cctv)
    assert 'hreflang="cy"' in html and '<aside class="related-links">' in html
    assert '<aside class="related-links">' in _html(web, host, "/council-tax/pay")
    assert f"http://{host}{cctv}" not in _links(web, host, "/residents/crime-and-community-safety/")
    d = _auth(truth, host)["deliverables"]
    assert any("/cy/" in u for u in d["5.1"]["pages"])
    (doc,) = d["5.5"]["documents"]
    assert doc["draft"] and not doc["signed"]
    assert (_render(web, doc["url"]).header("Content-Type") or "").startswith("application/vnd.openxmlformats")
    assert d["5.2"]["level"] == "step1" and d["5.2"]["awarded"] == "2022-03"


def test_privacy_notice_behind_load_more_on_a_legacy_site(web: Heldback390Web, truth: dict) -> None:
    host = "www.dartford.gov.uk"
    notice = f"http://{host}/privacy-notices/community-safety-including-cctv-environmental-crime"
    assert '<main id="main">' not in _html(web, host, "/")
    assert notice not in _links(web, host, "/privacy-notices")
    assert notice not in _links(web, host, "/privacy-notices?page=2")
    assert notice in _links(web, host, "/privacy-notices?page=3")
    assert f"http://{host}/privacy-notices?page=2" in _links(web, host, "/privacy-notices")
    d = _auth(truth, host)["deliverables"]
    assert notice in d["5.1"]["pages"] and d["5.5"]["status"] == "partial"
    assert "Disallow: /search" in web.sites[host].robots_txt()


def test_tiles_only_homepage_with_tracked_tiles_and_spoc_only_in_pdf(web: Heldback390Web, truth: dict) -> None:
    host = "www.rushcliffe.gov.uk"
    home = _links(web, host, "/")
    assert f"http://{host}/environmental-health/" not in home and f"http://{host}/all-services/" in home
    assert any("utm_source=homepage&utm_medium=tile" in u for u in home)
    assert f"http://{host}/environmental-health/" in _links(web, host, "/all-services/")
    cctv = "/environmental-health/community-safety/cctv-surveillance-systems/"
    assert "single point of contact" not in _main(web, host, cctv)
    d = _auth(truth, host)["deliverables"]
    assert d["5.3"]["status"] == "met" and d["5.3"]["evidence"][0]["url"].endswith(".pdf")
    assert "Information Processing Agreement" in _main(web, host, cctv) and d["5.5"]["status"] == "not_met"


def test_noscript_link_is_the_way_to_the_services(web: Heldback390Web, truth: dict) -> None:
    host = "www.north-herts.gov.uk"
    html = _html(web, host, "/")
    assert '<noscript><a href="/site-menu">' in html
    assert f"http://{host}/community-safety" not in _links(web, host, "/")
    assert f"http://{host}/community-safety" in _links(web, host, "/site-menu")
    d = _auth(truth, host)["deliverables"]
    assert "30 days" in _main(web, host, "/retention-schedule")
    assert "30 days" not in _main(web, host, "/cctv-and-footage-requests")
    assert d["5.1"]["criteria"]["retention"] and d["5.3"]["status"] == "partial"


def test_filtered_listings_multiply_addresses(web: Heldback390Web, truth: dict) -> None:
    for host, base, count in (
        ("new.devon.gov.uk", "/find-a-service", 24),
        ("www.eastherts.gov.uk", "/whats-on", 25),
        ("www.ashford.gov.uk", "/documents", 18),
        ("www.southhams.gov.uk", "/parking/find-a-car-park", 24),
    ):
        assert len(_served_addresses(web, host, base)) == count, host
    east = _auth(truth, "www.eastherts.gov.uk")["deliverables"]
    assert [k for k, v in east["5.1"]["criteria"].items() if v] == ["cameras"]
    assert not any("democracy" in u for u in east["5.1"]["pages"])
    assert "611 arrests" in _text(web, "democracy.eastherts.gov.uk", "/documents/s61020/CCTV_Operations_Report.pdf")


def test_agreement_and_code_only_in_a_filtered_library(web: Heldback390Web, truth: dict) -> None:
    host = "www.ashford.gov.uk"
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    pages = _linking(web, host, doc["url"])
    assert pages and all(urlsplit(u).path == "/documents" for u in pages)
    assert f"http://{host}/documents?topic=cctv" in pages
    perf = "/your-community/cctv/cctv-service-performance/"
    assert 'alt="Surveillance Camera Code of Practice certification mark"' in _html(web, host, perf)
    assert d["5.2"]["mark_displayed"] and d["5.2"]["level"] == "step2"
    assert '<aside class="related-links">' in _html(web, host, "/housing")


def test_breadcrumb_skip_and_a_to_z_letter_addresses(web: Heldback390Web, truth: dict) -> None:
    host = "www.reigate-banstead.gov.uk"
    cat = "/info/20093/community_safety"
    cctv = f"http://{host}{cat}/1247/cctv_and_community_safety"
    assert cctv not in _links(web, host, cat)
    assert cctv in _links(web, host, f"{cat}/1240/crime_and_anti-social_behaviour")
    assert cctv in _links(web, host, "/a_to_z?letter=C")
    assert len(_served_addresses(web, host, "/a_to_z")) == 27
    d = _auth(truth, host)["deliverables"]
    assert d["5.3"]["status"] == "met" and d["5.5"]["status"] == "not_met"


def test_one_fact_only_on_the_third_load_more_page(web: Heldback390Web, truth: dict) -> None:
    host = "www.southribble.gov.uk"
    under = f"http://{host}/community/moss-lane-underpass"
    assert _linking(web, host, under) == {f"http://{host}/i-want-to/find-out-about?page=3"}
    d51 = _auth(truth, host)["deliverables"]["5.1"]
    assert d51["status"] == "partial" and d51["pages"] == [under]


def test_noscript_mega_menu_and_agreement_without_extension(web: Heldback390Web, truth: dict) -> None:
    host = "www.newark-sherwooddc.gov.uk"
    home = _html(web, host, "/")
    assert '<noscript><ul class="mega-fallback">' in home and 'class="services"' not in home
    cctv = "/your-district/public-protection/crime-prevention/cctv/"
    assert f"http://{host}{cctv}" not in _links(web, host, "/")
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    assert doc["signed"] and _no_extension(doc["url"])
    r = _render(web, doc["url"])
    assert r.header("Content-Type") == "application/pdf" and "filename=" in (r.header("Content-Disposition") or "")
    assert "<figcaption>Our control room holds step 2" in _html(web, host, cctv)
    assert "Ashfield" in _text(web, host, "/media/documents/cctv-shared-service-agreement.pdf")


def test_popular_searches_and_news_load_more(web: Heldback390Web, truth: dict) -> None:
    assert "http://www.southhams.gov.uk/search?q=council+tax" in _links(web, "www.southhams.gov.uk", "/parking")
    host = "www.rochford.gov.uk"
    install = f"http://{host}/news/rochford-district-council-takes-strides-towards-enhanced-public-safety-with-new-cctv-installation"
    assert install not in _links(web, host, "/news") and install in _links(web, host, "/news?page=2")


def test_councils_that_publish_nothing_still_carry_decoys(web: Heldback390Web, truth: dict) -> None:
    hosts = {"new.devon.gov.uk", "www.rochford.gov.uk", "www.southhams.gov.uk"}
    assert_publish_nothing(web, truth, hosts)
    for a in truth["authorities"]:
        assert a["heldback"]["host"] in hosts or evidence_urls(a)
