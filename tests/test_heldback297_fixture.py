"""The two hundred and ninety-seventh held-back web's own structures (the generic checks, truth rebuilds, wiring and
serving, live in tests/test_heldback_sets.py). No audit, no scoring: the set is measured once, by the lead, after the
detectors are frozen.

Checks: the councils are fresh register rows; the labelling rules hold with the intended tallies; and the site search
engines the set is built from are really served (a JSON-backed search whose HTML shell only links a noscript plain
list; a search that answers nothing without the form's hidden token; faceted results that open on news; an empty
index; results paged five at a time over look-alikes; a documents-only search linking landing pages; near-misses
ranked first with the one fact on page 2; results that link only print views; WordPress results linking shortlinks
that redirect; a search out of service with the sitemap carrying; a search form that posts; results sorted newest
first with the control centre last; results clickable only by script; a search address that answers 404), with the
labels' structures (step 2 sentence without a mark, SPOC and police agreement only in a policy PDF, signed Word
memorandum, signed agreement reached from the A to Z, mark with a step 2 sentence and signed SLA, step 1 in an FAQ
answer) and councils that publish nothing but carry look-alikes.
"""

from __future__ import annotations

import json
import re

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

from fixtures.heldback297.truth import TRUTH_PATH
from fixtures.heldback297.web import Heldback297Web


@pytest.fixture(scope="module")
def web() -> Heldback297Web:
    return Heldback297Web()


@pytest.fixture(scope="module")
def truth() -> dict:
    return json.loads(TRUTH_PATH.read_text(encoding="utf-8"))


def _results(web: Heldback297Web, url: str) -> list[str]:
    """The links inside a served search page's results list."""
    r = _render(web, url)
    assert r.status == 200, url
    body = r.body.decode("utf-8")
    found = re.search(r'<ol class="results">(.*?)</ol>', body, re.S)
    return re.findall(r'href="([^"]+)"', found.group(1)) if found else []


def test_fresh_councils(web: Heldback297Web, truth: dict) -> None:
    assert_fresh_councils(web, truth, 297)


def test_labelling_rules_and_tallies(truth: dict) -> None:
    assert_labelling_rules(truth, welsh=1, types=6)
    tally = status_tally(truth)
    assert tally["5.1"] == {"met": 10, "partial": 2, "not_met": 3}, tally
    assert tally["5.2"] == {"met": 3, "not_met": 12}, tally
    assert tally["5.3"] == {"met": 4, "partial": 5, "not_met": 6}, tally
    assert tally["5.5"] == {"met": 3, "partial": 4, "not_met": 8}, tally


def test_json_search_with_noscript_html_fallback(web: Heldback297Web, truth: dict) -> None:
    host = "www.hackney.gov.uk"
    pss = "/community-safety/public-space-surveillance"
    shell = _html(web, host, "/search?query=cctv")
    assert (
        pss not in shell
        and '<noscript><p>Your browser is not running scripts. <a href="/search/basic?query=cctv">' in shell
    )
    assert 'data-endpoint="/api/search?query=cctv"' in shell
    r = _render(web, f"http://{host}/api/search?query=cctv")
    assert r.header("Content-Type") == "application/json"
    assert f"http://{host}{pss}" in {x["url"] for x in json.loads(r.body)["results"]}
    assert pss in _results(web, f"http://{host}/search/basic?query=cctv")
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["level"] == "step2" and not d["5.2"]["mark_displayed"] and "<img" not in _html(web, host, pss)
    assert d["5.5"]["status"] == "partial" and not d["5.5"]["documents"]


def test_search_needs_the_form_token(web: Heldback297Web, truth: dict) -> None:
    host = "www.gateshead.gov.uk"
    cp = "/article/3112/Public-space-CCTV"
    assert '<input type="hidden" name="stoken" value="a7f3c19e">' in _html(web, host, "/")
    assert _results(web, f"http://{host}/site-search?q=cctv") == []
    assert "search session has expired" in _main(web, host, "/site-search?q=cctv")
    assert cp in _results(web, f"http://{host}/site-search?q=cctv&stoken=a7f3c19e")
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    assert doc["signed"] and doc["force"] == "Northumbria" and doc["url"].endswith(".docx")
    assert (_render(web, doc["url"]).header("Content-Type") or "").startswith("application/vnd.openxmlformats")
    assert "Signed on behalf of Gateshead Council" in _text(web, host, "/media/4410/cctv-mou-northumbria-police.docx")
    assert (
        d["5.3"]["status"] == "met" and d["5.3"]["spoc"]["phone"] and "single point of contact" in _main(web, host, cp)
    )


def test_faceted_search_opens_on_news(web: Heldback297Web, truth: dict) -> None:
    host = "www.eastriding.gov.uk"
    pn = "/council/governance-and-spending/how-we-use-your-information/find-privacy-information/privacy-notice-for-cctv"
    first = _results(web, f"http://{host}/search?q=cctv")
    assert first and all(u.startswith("/news/") for u in first) and pn not in first
    assert "/search?q=cctv&amp;type=page" in _html(web, host, "/search?q=cctv")
    assert pn in _results(web, f"http://{host}/search?q=cctv&type=page")
    a = _auth(truth, host)
    assert a["deliverables"]["5.1"]["pages"] == [f"http://{host}{pn}"] and a["oracle_fetches"] == 6
    assert "Data Protection Officer" in _main(web, host, pn) and a["deliverables"]["5.3"]["status"] == "not_met"


def test_empty_index_so_a_to_z_and_sitemap_carry(web: Heldback297Web) -> None:
    host = "www.suffolk.gov.uk"
    assert _results(web, f"http://{host}/search?query=cctv") == []
    assert "0 results for cctv" in _main(web, host, "/search?query=cctv")
    assert f"http://{host}/roads-and-transport" in _links(web, host, "/a-z")
    sitemap = _render(web, f"http://{host}/sitemap.xml").body.decode()
    assert f"http://{host}/about/foi/cctv-cameras" in sitemap


def test_bilingual_search_paged_five_over_look_alikes(web: Heldback297Web) -> None:
    host = "www.anglesey.gov.uk"
    assert {f"http://{host}/en", f"http://{host}/cy"} <= set(_links(web, host, "/"))
    first = _results(web, f"http://{host}/en/search?q=cctv")
    assert len(first) == 5 and "/en/search?q=cctv&amp;page=2" in _html(web, host, "/en/search?q=cctv")
    assert _results(web, f"http://{host}/en/search?q=cctv&page=2")
    assert "Holyhead Town Council has installed 48" in _main(web, host, "/en/news/holyhead-cameras")


def test_documents_only_search_through_landing_pages(web: Heldback297Web, truth: dict) -> None:
    host = "www.threerivers.gov.uk"
    land = "/downloads/file/1735/cctv-policy-2024-2028"
    pol = "/media/2094/cctv-policy-2024-2028.pdf"
    assert _results(web, f"http://{host}/search?term=cctv") == [land]
    assert f"http://{host}{pol}" in _links(web, host, land)
    assert "single point of contact" not in _main(web, host, "/community-safety/cctv")
    assert "single point of contact (SPOC) for surveillance camera systems" in _text(web, host, pol)
    d = _auth(truth, host)["deliverables"]
    assert {e["url"] for e in d["5.3"]["evidence"]} == {f"http://{host}{pol}"}
    assert not any("moderngov" in u for u in d["5.1"]["pages"])
    assert "adopt the new CCTV policy" in _main(web, "moderngov.threerivers.gov.uk", "/mgAi.aspx?ID=8377")


def test_near_misses_first_one_fact_on_page_two(web: Heldback297Web, truth: dict) -> None:
    host = "www.easthants.gov.uk"
    toilets = "/facilities/public-toilets"
    first = _results(web, f"http://{host}/search?keys=cctv")
    assert len(first) == 10 and toilets not in first
    assert "/search?keys=cctv&amp;start=10" in _html(web, host, "/search?keys=cctv")
    assert _results(web, f"http://{host}/search?keys=cctv&start=10") == [toilets]
    d51 = _auth(truth, host)["deliverables"]["5.1"]
    assert d51["status"] == "partial" and [k for k, v in d51["criteria"].items() if v] == ["cameras"]


def test_results_link_only_print_views(web: Heldback297Web) -> None:
    host = "www.torridge.gov.uk"
    found = _results(web, f"http://{host}/search?q=cctv")
    assert found and all(u.endswith("?action=Print&amp;model=result") for u in found)
    printed = _render(web, f"http://{host}/community-safety?action=Print&model=result").body.decode()
    assert '<body class="print">' in printed and "<table" not in printed
    assert '<main id="main">' not in _html(web, host, "/community-safety")


def test_wordpress_search_links_redirecting_shortlinks(web: Heldback297Web, truth: dict) -> None:
    host = "www.southoxon.gov.uk"
    found = _results(web, f"http://{host}/?s=cctv")
    assert "/?p=4411" in found and "/community-safety/cctv" not in found
    r = _render(web, f"http://{host}/?p=4411")
    assert r.status == 301 and r.header("Location") == f"http://{host}/community-safety/cctv"
    assert "<h1>South Oxfordshire District Council</h1>" in _html(web, host, "/")
    site = web.sites[host]
    assert not site.az and site.sitemap
    pdf = "/wp-content/uploads/2019/06/CCTV-half-yearly-report-October-2018-to-March-2019.pdf"
    assert "636 incidents" in _text(web, host, pdf) and "636" not in _main(web, host, "/community-safety/cctv")
    assert _auth(truth, host)["deliverables"]["5.2"]["status"] == "not_met"


def test_search_out_of_service_sitemap_carries_step_1_in_faq(web: Heldback297Web, truth: dict) -> None:
    host = "www.staffsmoorlands.gov.uk"
    cp = "/info/200045/community_safety/1187/cctv"
    assert "not available" in _main(web, host, "/site/scripts/search_results.php?searchQuery=cctv")
    assert not web.sites[host].az and f"http://{host}{cp}" in _render(web, f"http://{host}/sitemap.xml").body.decode()
    assert "<h3>Is the system certified?</h3>" in _html(web, host, cp)
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["level"] == "step1" and d["5.2"]["awarded"] == "2019" and not d["5.2"]["mark_displayed"]


def test_search_form_posts(web: Heldback297Web, truth: dict) -> None:
    host = "www.midsuffolk.gov.uk"
    assert '<form action="/search/results" method="post" role="search">' in _html(web, host, "/")
    assert _results(web, f"http://{host}/search/results?searchtext=cctv") == []
    d51 = _auth(truth, host)["deliverables"]["5.1"]
    assert d51["pages"] == [f"http://{host}/leisure/needham-lake"] and d51["criteria"]["retention"]


def test_sorted_newest_first_control_centre_last(web: Heldback297Web, truth: dict) -> None:
    host = "www.swale.gov.uk"
    cc = "/community-safety/cctv-control-centre"
    first = _results(web, f"http://{host}/search?q=cctv")
    assert first and cc not in first and all(u.startswith("/news/") for u in first)
    assert _results(web, f"http://{host}/search?q=cctv&sort=relevance")[0] == cc
    d = _auth(truth, host)["deliverables"]
    assert "BS 7958" in _main(web, host, cc) and d["5.2"]["status"] == "not_met" and d["5.1"]["criteria"]["standards"]


def test_paged_five_with_near_misses_and_agreement_from_a_to_z(web: Heldback297Web, truth: dict) -> None:
    host = "www.nuneatonandbedworth.gov.uk"
    param = "search_api_fulltext"
    assert "/community/cctv" not in _results(web, f"http://{host}/search?{param}=cctv")
    assert "/community/cctv" in _results(web, f"http://{host}/search?{param}=cctv&page=2")
    dsa = f"http://{host}/your-council/data-sharing-agreements"
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    assert doc["signed"] and doc["force"] == "Warwickshire" and _linking(web, host, doc["url"]) == {dsa}
    assert dsa in _links(web, host, "/a-z")
    assert d["5.2"]["status"] == "not_met" and d["5.1"]["criteria"]["self_assessment"]


def test_script_only_results_mark_and_signed_sla(web: Heldback297Web, truth: dict) -> None:
    host = "www.westsuffolk.gov.uk"
    cp = "/community/crime_and_safety/cctv.cfm"
    assert set(_results(web, f"http://{host}/search/results.cfm?keywords=cctv")) == {"#"}
    assert f'data-target="{cp}"' in _html(web, host, "/search/results.cfm?keywords=cctv")
    assert f"http://{host}{cp}" in _links(web, host, "/a-z")
    assert 'alt="Surveillance Camera Code of Practice certification mark"' in _html(web, host, cp)
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["mark_displayed"] and d["5.2"]["awarded"] == "2017-03"
    (doc,) = d["5.5"]["documents"]
    assert doc["signed"] and doc["force"] == "Suffolk" and doc["date"] == "2022-09-14"


def test_search_address_gone_a_to_z_carries(web: Heldback297Web, truth: dict) -> None:
    host = "www.ambervalley.gov.uk"
    assert '<form action="/search-results"' in _html(web, host, "/")
    assert _render(web, f"http://{host}/search-results?q=cctv").status == 404
    assert f"http://{host}/crime-and-emergencies/cctv" in _links(web, host, "/a-z")
    assert _auth(truth, host)["deliverables"]["5.3"]["status"] == "met"


def test_councils_that_publish_nothing_still_carry_decoys(web: Heldback297Web, truth: dict) -> None:
    assert_publish_nothing(web, truth, {"www.suffolk.gov.uk", "www.anglesey.gov.uk", "www.torridge.gov.uk"})
